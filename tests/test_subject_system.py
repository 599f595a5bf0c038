"""The abstract's subject system and the readings around it (ingest/subject_system.py), and the
unit and phrase forms that hydrogen-storage abstracts use around it. Every sentence here is written
for the test."""
from __future__ import annotations

import pytest

from ingest.nlp import clean_text, mentions


@pytest.mark.parametrize("text", [
    "The composite was rehydrided at 600 K/8 MPa within 2 h.",
    "Absorption needs 573 K/3 MPa instead of 673 K/10 MPa for the bare hydride.",
    "Cycling ran at 1 C/2 C rates.",
    "Reloading at 320 °C/5 bar H2 took 10 min.",
])
def test_a_unit_after_a_number_before_a_slash_is_no_material(text):
    found = [m.text for m in mentions(clean_text(text).text)]
    assert not any("/" in t and t[0] in "KC" for t in found), found


def test_a_material_after_a_number_before_a_slash_stays_a_material():
    found = [m.text for m in mentions(clean_text("Samples with 2 Ni/C and 5 Co/C were milled.").text)]
    assert "Ni/C" in found and "Co/C" in found


def _records(text: str) -> list[tuple[str, float, str, list[str]]]:
    from ingest.extract import extract_text
    from kg.literature import contract_rows
    rows = [r for r in contract_rows(extract_text(text)) if r.get("kind") != "mechanism"]
    return [(r["property"], r["value"], r["material"],
             sorted(c["material"] for c in r.get("components") or [] if c["role"] != "HostHydride")) for r in rows]


def _additives_of(records, value: float) -> list[str]:
    return next(adds for _, v, _, adds in records if v == value)


@pytest.mark.parametrize("text, modified, bare", [
    ("# Sorption of MgH2 co-doped with NiO and CeO2\n\nWe studied MgH2 co-doped with NiO and CeO2 by ball "
     "milling. The MgH2 starts to release hydrogen at 210 °C. Its activation energy is 75 kJ/mol, while that "
     "of pure MgH2 is 160 kJ/mol.\n", (210.0, 75.0), (160.0,)),
    ("# LiBH4 catalysed by NbCl5\n\nLiBH4 catalysed by 5 mol% NbCl5 was prepared by milling. "
     "LiBH4 then desorbs 9.2 wt% of hydrogen up to 450 °C. Pristine LiBH4 gives only 4 wt% hydrogen below "
     "that temperature.\n", (9.2,), (4.0,)),
    ("# Mg2NiH4 doped with Co3O4\n\nMg2NiH4 doped with Co3O4 is studied here. The Mg2NiH4 absorbs 3.1 wt% "
     "hydrogen within 60 s.\n", (3.1,), ()),
])
def test_a_bare_host_named_again_in_a_titled_abstract_is_its_modified_subject(text, modified, bare):
    records = _records(text)
    for v in modified:
        assert _additives_of(records, v), records
    for v in bare:
        assert _additives_of(records, v) == [], records


def test_a_baseline_word_inside_the_mention_keeps_the_host_bare():
    records = _records("# MgH2 with Nb2O5\n\nMgH2 doped with Nb2O5 desorbs hydrogen from 230 °C. Earlier work "
                       "found that bulk MgH2 releases hydrogen at 400 °C.\n")
    assert _additives_of(records, 230.0) == ["Nb2O5"]
    assert _additives_of(records, 400.0) == []
