"""Intermetallic formulas a PDF copy cut apart, joined again (ingest.extraction.text.pdf_copy via
ingest.extraction.text.nlp.clean_text), and values said of a sample beside a list of the phases it holds. Every sentence
here was written for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import cleaned as _clean


# ------------------------------------------------ an intermetallic split between its element groups
@pytest.mark.parametrize(("text", "joined"), [
    ("Ingots of PrMg2 Ni were remelted twice.", "Ingots of PrMg2Ni were remelted twice."),
    ("we cast the La Mg2 Ni9 electrode alloy", "we cast the LaMg2Ni9 electrode alloy"),
    ("hysteresis grows as SmMg2 Ni < YMg2 Ni here", "hysteresis grows as SmMg2Ni < YMg2Ni here"),
    ("a Ce Mg2 Ni9 ingot", "a CeMg2Ni9 ingot"),
])
def test_an_intermetallic_split_between_element_groups_is_one_word(text, joined):
    assert _clean(text) == joined


@pytest.mark.parametrize("text", [
    "a blend of MgH2 Ni and C",          # a hydride and a metal side by side
    "Ti Fe and Ni were mixed",           # metals without counts
    "peaks of XRD Mg2 Ni",                # an acronym before the alloy
    "the LaNi5 Mg2Ni couple",            # two formulas side by side
    "In Mg2 Ni films",                   # a capitalised English word
])
def test_words_beside_an_intermetallic_stay_apart(text):
    assert "LaNi5Mg2Ni" not in _clean(text) and "MgH2Ni" not in _clean(text) and "InMg2Ni" not in _clean(text) \
        and "TiFe" not in _clean(text) and "XRDMg2" not in _clean(text)


# ------------------------------------------------ a substituted alloy's formula a PDF line end cut in two
@pytest.mark.parametrize(("text", "joined"), [
    ("Electrodes of La0.8Mg0.2Ni3.1-\nMn0.2 were charged.", "Electrodes of La0.8Mg0.2Ni3.1Mn0.2 were charged."),
    ("the Mg2Ni0.8- Cu0.2 ribbons", "the Mg2Ni0.8Cu0.2 ribbons"),
    ("we tested Pr0.6Mg0.4Ni3.3-\nAl0.15Co0.1 anodes", "we tested Pr0.6Mg0.4Ni3.3Al0.15Co0.1 anodes"),
    ("the La0.75Mg0.25-yNdy\nNi3.2Co0.3 (y = 0.1) electrodes", "the La0.75Mg0.25-yNdyNi3.2Co0.3 (y = 0.1) electrodes"),
    ("cast La0.7Mg0.3\nNi2.9Mn0.1 ingots", "cast La0.7Mg0.3Ni2.9Mn0.1 ingots"),
])
def test_a_formula_a_line_end_cut_is_one_word(text, joined):
    assert _clean(text) == joined


@pytest.mark.parametrize(("text", "kept"), [
    ("the CeH2.73- MgH2-Ni composite", "CeH2.73-MgH2-Ni"),     # a composite's notation keeps its dash
    ("the MgH2- Ni0.5 sample", "MgH2-Ni0.5"),                  # a hydride and its catalyst
    ("pellets of LaNi5\nMg2Ni0.5 were", "LaNi5\nMg2Ni0.5"),       # a formula the ontology knows ends the line
])
def test_formulas_a_line_end_parts_stay_parted(text, kept):
    assert kept in _clean(text)


def _extract(tmp_path, text: str) -> list[dict]:
    from ui.cli.bench_strict import jsonl_rows
    path = tmp_path / "doc.md"
    path.write_text(text, encoding="utf-8")
    return [r for r in jsonl_rows(path) if r.get("kind") != "mechanism"]


def test_a_blank_line_inside_a_formula_is_no_paragraph_end(tmp_path):
    text = ("Anodes made of La0.7Mg0.3-xNdx\n\nNi3.1Mn0.2 (x = 0 and 0.2) were cycled. After 60 cycles they kept 71.5% "
            "(x = 0) and 80.2% (x = 0.2) of their capacity.\n")
    systems = {r["value"]: r["system"] for r in _extract(tmp_path, text)}
    assert systems == {71.5: "La0.7Mg0.3Ni3.1Mn0.2", 80.2: "La0.7Mg0.1Nd0.2Ni3.1Mn0.2"}


def test_a_blank_line_after_a_whole_formula_still_ends_the_paragraph(tmp_path):
    from ingest.documents.document import parse_document
    doc = parse_document("Films were grown on Mg2Ni.\n\nNi0.5Co0.5 layers were added on top.\n")
    assert len([b for b in doc.blocks if b.kind == "prose"]) == 2


# ------------------------------------------------ a value said of the sample beside the phases found in it
@pytest.mark.parametrize(("text", "value", "system"), [
    ("A Pd-capped Mg film was sputtered. After the last cycle, only Mg6Pd and Mg3Pd phases were detected in the film,"
     " which released all of its hydrogen at 335 K.", 61.85, "Mg–Pd"),
    ("The Mg–Ni–La alloy was cast. Once desorbed, Mg2Ni and La2Mg17 phases remained, and the alloy gave off its"
     " hydrogen completely at 560 K.", 286.85, "Mg–Ni–La"),
    ("The Mg–Pd bilayer was studied. XRD showed that Mg6Pd and MgPd phases were retained after dehydrogenation, and"
     " the bilayer released 2.1 wt% hydrogen at 340 K.", 2.1, "Mg–Pd"),
])
def test_a_value_beside_the_phases_found_is_the_samples(tmp_path, text, value, system):
    systems = {r["system"] for r in _extract(tmp_path, text + "\n") if r["value"] == value}
    assert systems == {system}


def test_phases_said_to_take_up_hydrogen_keep_their_value(tmp_path):
    text = "The Mg–Pd bilayer was studied. The Mg6Pd and MgPd phases take up 2.1 wt% hydrogen at 340 K.\n"
    assert {r["system"] for r in _extract(tmp_path, text)} == {"Mg6Pd", "MgPd"}
