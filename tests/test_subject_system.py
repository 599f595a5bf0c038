"""The abstract's subject system and the readings around it (ingest/extraction/samples/subject_system.py), and the
unit and phrase forms that hydrogen-storage abstracts use around it. Every sentence here is written
for the test."""
from __future__ import annotations

import pytest

from ingest.extraction.text.nlp import clean_text, mentions


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


@pytest.mark.parametrize("text, value, additives", [
    # a state the sample reached, after sentences that named the phases it forms as hydrides
    ("# LiAlH4 with CeF3\n\nLiAlH4 doped with CeF3 releases 6.8 wt% hydrogen below 200 °C. Li3AlH6 forms in the "
     "second step and then gives LiH and Al. LiH is stable up to 400 °C. The decomposed composite took up 2.5 wt% "
     "hydrogen at 250 °C.\n", 2.5, ["CeF3"]),
    ("# Mg(NH2)2–2LiH with KOH\n\nThe Mg(NH2)2–2LiH composite doped with KOH releases 5 wt% hydrogen from 120 °C. "
     "Li2Mg2(NH)3 forms first, then decomposes to Mg3N2. Finally, LiH decomposes to Li. The dehydrogenated sample "
     "absorbed 4.5 wt% hydrogen at 180 °C.\n", 4.5, ["KOH", "LiH"]),
    # the host named bare beside the sample's own additives is the sample
    ("# Sorption kinetics of MgH2 co-doped with V2O5 and TiF3\n\nThe kinetics of MgH2 co-doped with V2O5 and TiF3 "
     "were examined. Even coarse MgH2 powders became fast after adding 2 mol% V2O5 and 1 mol% TiF3. For this "
     "mixture, the hydride absorbed 5.5 wt% H2 in 2 min at 250 °C.\n", 5.5, ["TiF3", "V2O5"]),
    # a host set apart by what it lacks is the reference; the value of another clause is the sample's
    ("# Desorption from MgH2 with Cr2O3\n\nMgH2 co-doped with Cr2O3 and Fe3O4 was milled for 20 h. The onset "
     "temperature fell by 90 °C compared to MgH2 without any additive, and the activation energy was 95 kJ/mol, "
     "while that for MgH2 without oxide was 170 kJ/mol.\n", 95.0, ["Cr2O3", "Fe3O4"]),
])
def test_the_modified_subject_keeps_its_additives(text, value, additives):
    assert _additives_of(_records(text), value) == additives


@pytest.mark.parametrize("text, value", [
    ("# LiBH4 with TiO2\n\nLiBH4 doped with TiO2 was milled. The activation energy was 120 kJ/mol, whereas that "
     "of LiBH4 without TiO2 was 160 kJ/mol.\n", 160.0),
    ("# LiAlH4 with CeF3\n\nLiAlH4 doped with CeF3 releases 6.8 wt% hydrogen below 200 °C. The dehydrogenated "
     "LiAlH4 sample without CeF3 took up only 0.5 wt% hydrogen at 250 °C.\n", 0.5),
    ("# Mg2Ni with graphite\n\nMg2Ni milled with graphite stores 3.9 wt% hydrogen, against 3.0 wt% for Mg2Ni "
     "alone.\n", 3.0),
])
def test_a_host_named_by_what_it_lacks_is_the_bare_reference(text, value):
    assert _additives_of(_records(text), value) == []


def _properties(text: str) -> list[tuple[str, float]]:
    return [(p, v) for p, v, _, _ in _records(text)]


@pytest.mark.parametrize("text, expected", [
    ("A rehydrogenation of LiAlH4 under mild conditions (50 bar and 250 °C) is shown.",
     [("hydrogenation_temperature", 250.0)]),
    ("The catalyst lowered the rehydrogenation conditions of NaAlH4 from 473 K/12 MPa to 423 K/8 MPa.",
     [("hydrogenation_temperature", 199.85), ("hydrogenation_temperature", 149.85)]),
    ("Full rehydrogenation of Mg(BH4)2 needs 90 MPa and 400 °C.", [("hydrogenation_temperature", 400.0)]),
    # the step's main event named by the ontology's labels of the peak temperature
    ("NaAlH4 starts to release hydrogen at 180 °C, with the main release at 260 °C.",
     [("onset_dehydrogenation_temperature", 180.0), ("peak_dehydrogenation_temperature", 260.0)]),
    ("The main hydrogen release of KBH4 occurs at 480 °C.", [("peak_dehydrogenation_temperature", 480.0)]),
])
def test_a_temperature_paired_with_a_pressure_after_the_step_it_sets(text, expected):
    got = [(p, round(v, 2)) for p, v in _properties(text)]
    assert got == expected


def test_a_pair_of_settings_of_another_value_stays_its_conditions():
    assert _properties("The composite NaAlH4 absorbs 4 wt% hydrogen at 10 bar and 300 °C.") == \
        [("absorbed_hydrogen_capacity", 4.0)]


@pytest.mark.parametrize("text, expected", [
    # a slash pair after process words, with a formula (digits) between the words and the values
    ("The initial hydrogenation/dehydrogenation temperature for MgH2–(Co–TiO2)@C dropped to 330/520 K.",
     [("hydrogenation_temperature", 56.85), ("onset_dehydrogenation_temperature", 246.85)]),
    ("The onset hydrogenation/dehydrogenation temperatures of MgH2–Co are 330/520 K.",
     [("hydrogenation_temperature", 56.85), ("onset_dehydrogenation_temperature", 246.85)]),
    ("The hydrogenation/dehydrogenation temperatures of Mg2Ni–CNT are 150/280 °C.",
     [("hydrogenation_temperature", 150.0), ("dehydrogenation_temperature", 280.0)]),
    ("The initial absorption and desorption temperatures of MgH2–Co were 60 and 250 °C, respectively.",
     [("hydrogenation_temperature", 60.0), ("onset_dehydrogenation_temperature", 250.0)]),
])
def test_a_shared_qualifier_before_paired_process_words_keeps_their_order(text, expected):
    assert [(p, round(v, 2)) for p, v in _properties(text)] == expected


def _systems_of(text: str) -> list[tuple[float, str]]:
    from ingest.extract import extract_text
    from kg.literature import contract_rows
    return [(r["value"], r["system"]) for r in contract_rows(extract_text(text)) if r.get("kind") != "mechanism"]


@pytest.mark.parametrize("text, expected", [
    ("The peak temperature of NaAlH4 is 180 °C for NaAlH4–TiCl3 versus 230 °C for NaAlH4–CeCl3.",
     [(180.0, "NaAlH4–TiCl3"), (230.0, "NaAlH4–CeCl3")]),
    ("The desorption temperature of LiBH4 is 380 °C for LiBH4–NiCl2 versus 410 °C for LiBH4–CoCl2 and 420 °C "
     "for LiBH4–Cu.", [(380.0, "LiBH4–NiCl2"), (410.0, "LiBH4–CoCl2"), (420.0, "LiBH4–Cu")]),
    ("The onset temperature is 250 °C for Mg(BH4)2–TiF3 whereas 300 °C for Mg(BH4)2–NbF5.",
     [(250.0, "Mg(BH4)2–TiF3"), (300.0, "Mg(BH4)2–NbF5")]),
    ("Ea was 75 kJ/mol for MgH2–Nb2O5, vs. 98 kJ/mol for MgH2–Cr2O3 and 120 kJ/mol for MgH2–Fe2O3.",
     [(75.0, "MgH2–Nb2O5"), (98.0, "MgH2–Cr2O3"), (120.0, "MgH2–Fe2O3")]),
    # a storage alloy named bare by what it lacks, after its value
    ("The Mg2Ni–graphite composite stores 4.1 wt% hydrogen in contrast to 3.3 wt% for Mg2Ni alone.",
     [(4.1, "Mg2Ni–graphite"), (3.3, "Mg2Ni")]),
])
def test_values_set_side_by_side_each_with_its_own_sample(text, expected):
    assert _systems_of(text) == expected
