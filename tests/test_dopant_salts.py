"""An element-doped hydride whose dopant the text writes as a compound with the host in another sentence
("5 mol% Ca-doped LiBH4" … "LiBH4–5 mol% Ca(BH4)2"): the dopant is that compound, the element's salt with
the host's own anion (ingest/extraction/samples/dopant_salts.py); as an electrolyte's loading it is a cation substituent
(ontology.strategy_rules._cation_dopant). Sentences written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from ingest.extraction.samples.dopant_salts import dopant_salt
from kg.literature import contract_rows


def _parts(text: str) -> list[list[tuple[str, str | None, float | None]]]:
    rows = [r for r in contract_rows(extract_text(text)) if r.get("kind") == "measurement"]
    return [[(c["material"], c["role"], c["amount"]) for c in r["components"] if c["role"] != "HostHydride"]
            for r in rows]


@pytest.mark.parametrize("text, salt, amount", [
    ("At 220 °C the conductivity of 5 mol %Cadoped LiBH4 reaches 12 mS/cm. Its activation volume, that of "
     "LiBH4−5 mol % Ca(BH4)2, is small.\n", "Ca(BH4)2", 5.0),
    ("The conductivity of 5 mol% Ca-doped LiBH4 reaches 1.1 mS/cm at 120 °C. The doping forms a solid "
     "solution of LiBH4 and Ca(BH4)2.\n", "Ca(BH4)2", 5.0),
    ("Mg-doped LiBH4 conducts 0.3 mS/cm at 100 °C; the LiBH4-10 mol% Mg(BH4)2 sample was milled for 2 h.\n",
     "Mg(BH4)2", None),
    ("We prepared LiBH4–Sr(BH4)2 by milling. The Sr-doped LiBH4 shows an ionic conductivity of 0.5 mS/cm "
     "at 110 °C.\n", "Sr(BH4)2", None),
])
def test_element_dopant_named_by_its_salt(text, salt, amount):
    found = _parts(text)
    assert found and all(parts == [(salt, "DopantSubstituent", amount)] for parts in found)


def test_a_hydride_of_the_element_is_no_dopant_salt():
    # CaH2 is a product or a destabiliser, not the salt that brings Ca into LiBH4's lattice (Ca doped into a
    # borohydride's lattice is its substituent since 4 December, whatever the salt)
    found = _parts("The Ca-doped LiBH4 sample releases hydrogen from 300 °C, and LiBH4-CaH2 forms on heating.\n")
    assert found and all(parts == [("Ca", "DopantSubstituent", None)] for parts in found)


@pytest.mark.parametrize("element, host, compound, salt", [
    ("Ca", "LiBH4", "Ca(BH4)2", True),
    ("I", "LiBH4", "LiI", True),          # the anion's salt with the host's own cation
    ("Ca", "LiBH4", "CaH2", False),       # hydrogen alone
    ("Ni", "MgH2", "Mg2NiH4", False),     # the host's every element: a phase it forms
    ("Ti", "NaAlH4", "TiCl3", False),     # nothing of the host
])
def test_dopant_salt(element, host, compound, salt):
    assert dopant_salt(element, host, compound) is salt
