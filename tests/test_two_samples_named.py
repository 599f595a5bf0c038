"""Two samples of one host named in one sentence and then referred to by short role words.

A second link to the same host after its first additives ('and co-doped with …', 'or with …', 'and with …') opens a
second sample; a later sentence tells them apart by what they hold ('the co-doped one', 'the Ti-only sample', 'the
Nb-containing composite': the sample whose additive holds that element, with its amount). Near misses stay one
sample. The sentences are our own."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text


def _values(text: str) -> list[tuple[float, str]]:
    """(value, the sample's name) of every row, in order."""
    return [(r.value, r.system.name) for r in extract_text(text).measurements]


@pytest.mark.parametrize("text, expected", [
    # 'and co-doped with' naming two dopants (one again at another amount): a second sample
    ("We prepared NaAlH4 doped with 4 mol% TiCl3 and co-doped with 2 mol% TiCl3 + 2 mol% CeCl3. The Ce co-doped "
     "sample gave off 4.2 wt% H2 within 3 h at 150 °C, against 3.6 wt% for the Ti-only sample.",
     [(4.2, "NaAlH4–2 mol% TiCl3–2 mol% CeCl3"), (3.6, "NaAlH4–4 mol% TiCl3")]),
    ("LiBH4 catalysed by 10 mol% TiF3 and co-catalysed by 5 mol% TiF3 and 5 mol% NbF5 was tested. The "
     "co-catalysed one began to lose hydrogen at 260 °C, while the TiF3-only one began to lose it at 290 °C.",
     [(260.0, "LiBH4–5 mol% TiF3–5 mol% NbF5"), (290.0, "LiBH4–10 mol% TiF3")]),
    # 'or with': one sample each, each with its own amount
    ("MgH2 was ball milled with 5 wt% Nb2O5 or with 5 wt% TiO2. The Nb2O5-containing one released 6.1 wt% at "
     "300 °C, while the TiO2-containing one released 5.2 wt%.",
     [(6.1, "MgH2–5 wt% Nb2O5"), (5.2, "MgH2–5 wt% TiO2")]),
    ("Mg(NH2)2–2LiH was mixed with 3 mol% KH or with 3 mol% RbH. The KH-doped composite desorbed 4.9 wt% H2, "
     "whereas the RbH-doped composite desorbed 4.6 wt%.",
     [(4.9, "Mg(NH2)2–2LiH–3 mol% KH"), (4.6, "Mg(NH2)2–2LiH–3 mol% RbH")]),
])
def test_a_second_link_opens_a_second_sample(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an element prefix names the sample named before whose additive holds that element, amount and all
    ("MgH2–5 wt% Nb2O5 and MgH2–5 wt% TiO2 were made. Their activation energies were 62 and 75 kJ/mol for the Nb- "
     "and Ti-containing composites, respectively.",
     [(62.0, "MgH2–5 wt% Nb2O5"), (75.0, "MgH2–5 wt% TiO2")]),
    ("LiBH4–10 wt% NbF5 and LiBH4–10 wt% TiF3 were milled for 2 h. Onset temperatures of 255 and 280 °C were "
     "found for the Nb- and Ti-containing samples, respectively.",
     [(255.0, "LiBH4–10 wt% NbF5"), (280.0, "LiBH4–10 wt% TiF3")]),
    ("MgH2–5 mol% NiO and MgH2–5 mol% Co3O4 were ball milled for 10 h. Activation energies of 70 and 81 kJ/mol were "
     "obtained for the Ni-doped and Co-doped samples, respectively.",
     [(70.0, "MgH2–5 mol% NiO"), (81.0, "MgH2–5 mol% Co3O4")]),
    ("MgH2–10 wt% FeCl3 and MgH2–10 wt% CoCl2 were studied. The Fe-doped one started to release hydrogen at 250 °C, "
     "and the Co-doped one at 270 °C.",
     [(250.0, "MgH2–10 wt% FeCl3"), (270.0, "MgH2–10 wt% CoCl2")]),
])
def test_an_element_prefix_names_the_sample_holding_it(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the two samples' role words after several lists of values that 'respectively' closes: each list in that order
    ("NaAlH4 doped with 4 mol% TiCl3 and co-doped with 2 mol% TiCl3 + 2 mol% CeCl3 were compared. Activation "
     "energies of the first step were 79.5 and 92.1 kJ/mol, and those of the second step 97.3 and 104.5 kJ/mol for "
     "the co-doped and Ti-doped materials, respectively.",
     [(79.5, "NaAlH4–2 mol% TiCl3–2 mol% CeCl3"), (92.1, "NaAlH4–4 mol% TiCl3"),
      (97.3, "NaAlH4–2 mol% TiCl3–2 mol% CeCl3"), (104.5, "NaAlH4–4 mol% TiCl3")]),
    ("MgH2 was milled with 5 wt% Ni or with 5 wt% Ni + 5 wt% Co. The onset temperatures were 240 and 265 °C for "
     "the co-doped and Ni-only composites, respectively.",
     [(240.0, "MgH2–5 wt% Ni–5 wt% Co"), (265.0, "MgH2–5 wt% Ni")]),
])
def test_role_words_order_the_two_samples(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, name", [
    # near misses: one sample with every additive
    ("MgH2 was doped with 5 wt% Ni and 3 wt% CeO2. It released 6.0 wt% at 300 °C.", "MgH2–5 wt% Ni–3 wt% CeO2"),
    ("MgH2 co-doped with Ni and Fe released 6.0 wt% at 300 °C.", "MgH2–Ni–Fe"),
    ("NaAlH4 doped with TiCl3 and then ball milled with graphite released 4.5 wt% at 150 °C.",
     "NaAlH4–TiCl3–graphite"),
    ("NaAlH4 doped with 2 mol% TiCl3 and co-doped with 2 mol% CeCl3 released 4.5 wt% at 150 °C.",
     "NaAlH4–2 mol% TiCl3–2 mol% CeCl3"),
])
def test_one_sample_stays_one(text, name):
    assert [n for _, n in _values(text)] == [name]


@pytest.mark.parametrize("text, expected", [
    # near misses: the values of one sample named after them pair with the steps, not with the two samples
    ("MgH2 was milled with 5 wt% Ni or with 5 wt% Ni + 5 wt% Co. Activation energies of the first and the second "
     "step were 70 and 85 kJ/mol for the co-doped sample, respectively.",
     [(70.0, "MgH2–5 wt% Ni–5 wt% Co"), (85.0, "MgH2–5 wt% Ni–5 wt% Co")]),
    ("LiBH4 was ball milled with 10 mol% TiF3 or with 5 mol% TiF3 and 5 mol% NbF5. For the two steps, activation "
     "energies of 150 and 170 kJ/mol were found for the Nb co-doped sample, respectively.",
     [(150.0, "LiBH4–5 mol% TiF3–5 mol% NbF5"), (170.0, "LiBH4–5 mol% TiF3–5 mol% NbF5")]),
    ("Pure MgH2 was milled with 5 wt% Fe or with 5 wt% Fe and 5 wt% Ni. Peak temperatures of 290 and 330 °C were "
     "observed for the Fe-only composite, respectively.",
     [(290.0, "MgH2–5 wt% Fe"), (330.0, "MgH2–5 wt% Fe")]),
])
def test_one_sample_named_after_the_values_keeps_them(text, expected):
    assert _values(text) == expected
