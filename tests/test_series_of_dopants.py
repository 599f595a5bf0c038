"""A paper comparing additives across a series gives each sample's value in one sentence: a clause per sample
joined by a comma with its verb left out ('A starts at 185 °C, the TiCl3-doped sample at 120 °C and …'), or a
value per sample after 'for' with the unmodified one named in words first ('185 °C for the undoped sample,
120 °C for the TiCl3-doped sample …': the bare words are the first value's, not the next one's). Every sentence
is written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import records


def additives_by_value(text: str) -> dict[float, tuple[str, ...]]:
    """value -> the formulas of the additives of its record's system (the host left out)."""
    return {r["value"]: tuple(c["material"] for c in r["components"][1:]) for r in records(text)}


@pytest.mark.parametrize("text, want", [
    ("NaAlH4 was ball milled with 3 mol% of TiCl3, ZrCl4 or CeCl3. The pristine alanate begins to decompose at "
     "183 °C, the TiCl3-doped sample at 118 °C and the CeCl3-doped sample at 109 °C.",
     {183.0: (), 118.0: ("TiCl3",), 109.0: ("CeCl3",)}),
    ("LiBH4 was milled with 10 wt% of TiO2, Nb2O5 or V2O5. Plain LiBH4 loses hydrogen from 402 °C, LiBH4–TiO2 from "
     "341 °C and LiBH4–Nb2O5 from 327 °C.",
     {402.0: (), 341.0: ("TiO2",), 327.0: ("Nb2O5",)}),
    ("Mg(BH4)2 was doped with 5 mol% of NiCl2, CoCl2 or FeCl3. Undoped Mg(BH4)2 shows its main peak at 291 °C, the "
     "NiCl2-doped sample at 262 °C, and the CoCl2-doped sample at 255 °C.",
     {291.0: (), 262.0: ("NiCl2",), 255.0: ("CoCl2",)}),
    # (a bare phrase right after a value is that value's, not the next one's)
    ("NaAlH4 was ball milled with 3 mol% of TiCl3, ZrCl4 or CeCl3. The onset lies at 183 °C for the undoped "
     "sample, 118 °C for the TiCl3-doped sample and 109 °C for the ZrCl4-doped sample.",
     {183.0: (), 118.0: ("TiCl3",), 109.0: ("ZrCl4",)}),
    ("Mg(BH4)2 was doped with 5 mol% of NiCl2 or CoCl2. Its activation energy is 201 kJ/mol for the pristine "
     "borohydride, 148 kJ/mol for the NiCl2-doped sample and 139 kJ/mol for the CoCl2-doped sample.",
     {201.0: (), 148.0: ("NiCl2",), 139.0: ("CoCl2",)}),
    ("2LiBH4–MgH2 was milled with 5 mol% of TiCl3 or NbF5. The peak temperature amounts to 420 °C for the additive-free "
     "composite, 371 °C for the TiCl3-doped composite and 352 °C for the NbF5-doped composite.",
     {420.0: ("MgH2",), 371.0: ("MgH2", "TiCl3"), 352.0: ("MgH2", "NbF5")}),
])
def test_each_gapped_clause_of_a_series_is_its_own_sample(text, want):
    got = additives_by_value(text)
    assert {v: got.get(v) for v in want} == want


def test_a_bare_phrase_before_its_own_value_stays_the_reference():
    """(near miss) 'for the pristine hydride lies at 350 °C': the bare words name the value after them."""
    got = additives_by_value("MgH2 was milled with 5 wt% Nb2O5. The onset for the pristine hydride lies at 350 °C.")
    assert got == {350.0: ()}


def test_an_aside_after_a_comma_joins_no_clause():
    """(near miss) ', respectively (bulk LiAlH4: 150 °C)': the bracket's value is the bulk hydride's."""
    got = additives_by_value("LiAlH4 was milled with 5 mol% TiF3 or TiCl3. The doped samples begin to decompose at 81 "
                             "and 76 °C, respectively (bulk LiAlH4: 152 °C).")
    assert got.get(152.0) == ()


@pytest.mark.parametrize("text, value, system", [
    ("Mg(NH2)2–2LiH was milled with 0.05 mol of KH or RbH. The Rb-containing sample peaks at 139 °C.",
     139.0, "Mg(NH2)2–2LiH–0.05RbH"),
    ("NaAlH4 was ball milled with 2 mol% of TiCl3 or CeCl3. The Ce-containing sample starts to decompose at 109 °C.",
     109.0, "NaAlH4–2 mol% CeCl3"),
    ("MgH2 was milled with 5 wt% of Nb2O5 or TiO2. The Nb-doped sample starts to release hydrogen at 187 °C.",
     187.0, "MgH2–5 wt% Nb2O5"),
])
def test_an_element_prefix_names_the_alternative_holding_it(text, value, system):
    """'milled with A or B … the Rb-containing sample': the alternative holding the element, with its amount."""
    assert {r["value"]: r["system"] for r in records(text)}.get(value) == system


def test_a_prefix_before_a_formula_is_the_text_s_own_sample():
    """(near miss) 'the Ti-doped MgH2 film' names its host: no alternative of the passage."""
    got = {r["value"]: r["system"] for r in records(
        "MgH2 was milled with 5 wt% of Nb2O5 or TiO2. The Ti-doped MgH2 film starts to release hydrogen at 187 °C.")}
    assert got.get(187.0) == "MgH2–Ti"
