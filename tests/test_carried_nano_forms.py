"""The nano form a sentence gives a storage material holds for the sample made from it in that sentence or the next
(issue 10, review S27): 'LiNH2 nanoparticles were made by …. Mixed with LiH, the composite released 5.1 wt%' is a
sample of nanosized LiNH2 (Nanosizing), though the value's sentence names no form. Near misses: a sentence that
writes the host again for its sample ('bulk MgH2 milled with Ni') or whose form word is a catalyst's ('Ni
nanoparticles') carries none, and a form two sentences back is not carried. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import records


def _strategies(text: str) -> dict[str, list[str]]:
    return {r["system"]: r["strategies"] for r in records(text)}


@pytest.mark.parametrize("text, system", [
    ("Li2NH nanoparticles were made in a plasma reactor. When mixed with Mg(BH4)2, the ternary composite desorbed "
     "5.0 wt% H2 at 160 °C.", "Li2NH–Mg(BH4)2"),
    ("Li2NH nanoparticles were obtained by an ammonia plasma. Once Mg(BH4)2 was added to form a three-component "
     "system, 5.0 wt% H2 was desorbed at 160 °C.", "Li2NH–Mg(BH4)2"),
    ("We grew MgH2 nanoparticles by hydrogenating a Grignard precursor. Ball milled with 5 wt% Nb2O5, they took up "
     "6.2 wt% H2 within 10 min at 200 °C.", "MgH2–5 wt% Nb2O5"),
    ("Ultrafine NaAlH4 nanoparticles were first precipitated from solution and then doped with 4 mol% TiCl3; the "
     "doped powder released 4.1 wt% H2 at 150 °C.", "NaAlH4–TiCl3"),
])
def test_host_nanoparticles_make_the_composite_nanosized(text, system):
    found = _strategies(text)
    assert "Nanosizing" in found[system], found


def test_host_written_again_is_its_own_sample():
    # near miss: the value's sentence names the host anew (bulk MgH2 with Ni), no sample of the nanoparticles
    text = ("MgH2 nanoparticles were grown by hydrogenating a Grignard precursor. For comparison, bulk MgH2 ball "
            "milled with 5 wt% Ni released 5.8 wt% H2 at 300 °C.")
    found = _strategies(text)
    assert all("Nanosizing" not in s for name, s in found.items() if "Ni" in name), found


def test_catalyst_nanoparticles_carry_no_form():
    # near miss: the nanoparticles are the catalyst's, not the hydride's
    text = ("Ni nanoparticles were deposited on carbon. Milled with them, MgH2 released 6.1 wt% H2 at 280 °C.")
    assert all("Nanosizing" not in s for s in _strategies(text).values())


def test_form_two_sentences_back_is_not_carried():
    text = ("LiBH4 nanoparticles were made by solvent evaporation. The powder was stored in argon for a week. "
            "Milled with 10 wt% SiO2, LiBH4 released 8.0 wt% H2 at 400 °C.")
    assert all("Nanosizing" not in s for s in _strategies(text).values())


def test_form_of_a_compared_host_is_not_carried():
    # near miss: the nanoparticles are what the composite is compared with
    text = "VCl3 was milled with MgH2. The composite desorbs at 215 °C, well below MgH2 nanoparticles."
    found = _strategies(text)
    assert "MgH2–VCl3" in found and "Nanosizing" not in found["MgH2–VCl3"], found
