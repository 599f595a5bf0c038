"""Letters a text defines for something that is no material ('hydriding combustion synthesis (HCS)', 'mechanical
milling (MM)') are not the ontology's material of the same letters (HCS: hollow carbon spheres) in that text; and a
duration written right after a milling or mixing participle ('the composite milled 10 h') is how the sample was made,
not the time a value was measured in. Sentences written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from ingest.extraction.text.abbreviations import defined_for_no_material


def _rows(text: str) -> list[tuple[str, float, str, tuple[str, ...], dict]]:
    return [(m.property, m.value, m.system.host.formula or m.system.host.text,
             tuple(sorted(a.formula or a.text for a in m.system.additives)),
             dict(m.conditions)) for m in extract_text(text).measurements]


@pytest.mark.parametrize("text", [
    "We prepared Mg2NiH4 by hydriding combustion synthesis (HCS). HCS-Mg2NiH4 releases 3.2 wt% H2 at 553 K.",
    "Mg95Ni5 made by hydriding combustion synthesis (HCS) and then milled (HCS+MM) absorbs 5.9 wt% H2 in 20 min at "
    "573 K.",
    "MgH2–5 wt% Fe2O3 was obtained by hydriding combustion synthesis (HCS) followed by mechanical milling (MM). "
    "The HCS+MM composite desorbs 5.9 wt% H2 in 20 min at 573 K.",
])
def test_letters_defined_for_a_route_are_no_carbon(text):
    assert "HCS" in defined_for_no_material(text)
    rows = _rows(text)
    assert rows and all(r[2] != "C" and "hollow carbon" not in r[3] and r[2] != "hollow carbon" for r in rows), rows


def test_near_miss_letters_defined_for_the_material_stay_it():
    text = "LiBH4 was melt infiltrated into hollow carbon spheres (HCS). LiBH4@HCS releases 10.2 wt% H2 at 400 °C."
    assert defined_for_no_material(text) == frozenset()
    rows = _rows(text)
    assert rows and rows[0][2] == "LiBH4" and rows[0][3], rows


@pytest.mark.parametrize("text, minutes", [
    ("The MgH2–Ni composite milled 10 h could absorb 5.68 wt% hydrogen in 100 s at 373 K.", 100 / 60),
    ("MgH2 with 4 wt% Nb2O5 ball-milled 20 h desorbs 6.1 wt% H2 in 8 min at 300 °C.", 8.0),
    ("A LiBH4–LiI powder ground 2 h releases 4.3 wt% H2 in 60 min at 350 °C.", 60.0),
])
def test_a_duration_after_the_milling_participle_is_no_measuring_time(text, minutes):
    rows = _rows(text)
    assert rows and all(abs(r[4].get("time", minutes) - minutes) < 1e-6 for r in rows), rows


def test_near_miss_a_duration_after_a_release_verb_is_the_measuring_time():
    rows = _rows("The milled MgH2–Ni composite released 5.1 wt% H2 in 15 min at 300 °C.")
    assert rows and rows[0][4].get("time") == 15.0, rows


def test_near_miss_letters_for_a_material_the_ontology_does_not_know_still_name_it():
    # (letters the ontology knows as no material keep naming whatever the text's words name)
    text = ("MgH2 was grown inside walnut shell char (WSC) templates. The MgH2@WSC composite releases 5.3 wt% H2 within "
            "12 min at 320 °C.")
    rows = _rows(text)
    assert rows and rows[0][2] == "MgH2" and rows[0][3], rows
