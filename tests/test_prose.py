"""Prose extraction on sentences written for these tests in the styles of other papers (plain text,
LaTeX, HTML; '·' and '.' in units, K instead of °C, 'ca.', 'between … and …').

None of these sentences comes from the review.
"""
from __future__ import annotations

import pytest

from ingest.extraction.prose.prose import extract_sentences, groups
from ingest.extraction.prose.prose_context import Context, SentenceLike
from ingest.extraction.prose.prose_sentence import extract_sentence
from ingest.extraction.text.nlp import clean_text, mentions, pipeline, split_keys
from ontology.vocabulary import vocabulary


def facts(*texts, section="2.1"):
    """Measurements of consecutive sentences of one paragraph."""
    sents = []
    pos = 0
    for t in texts:
        sents.append(SentenceLike(t, pos, pos + len(t), section, [], 1))
        pos += len(t) + 1
    ms, _ = extract_sentences(sents, "test")
    return ms


def one(text, **kw):
    ms = facts(text, **kw)
    assert len(ms) == 1, [(m.property, m.value, m.system.name) for m in ms]
    return ms[0]


# ------------------------------------------------------------------------------ tokenizer
@pytest.mark.parametrize("word", ["Mg(BH4)2", "LiBH4–MgH2", "Li4(BH4)3I@SBA-15", "10^-4", "Mg(BH4)2·2NH3",
                                  "0.7Li(CB9H10)–0.3Li(CB11H12)"])
def test_tokenizer_keeps_chemistry_whole(word):
    doc = pipeline().make_doc(f"The {word}, as prepared.")
    assert word in [t.text for t in doc]


def test_tokenizer_still_splits_punctuation_and_units():
    toks = [t.text for t in pipeline().make_doc("at 25 °C (MgH2), 62 kJ mol-1.")]
    assert "MgH2" in toks and "(" in toks and "mol-1" in toks


def test_mentions_find_formulas_terms_and_skip_english_words():
    text = "In addition, MgH2 – LiBH4 was made by ball milling and studied by XRD. On heating it melts."
    ms = mentions(clean_text(text).text)
    kinds = {(m.kind, m.text) for m in ms}
    assert ("SYSTEM", "MgH2 – LiBH4") in kinds
    assert any(k == "SynthesisMethod" for k, _ in kinds) and any(k == "Technique" for k, _ in kinds)
    assert not any(t in ("In", "On") for _, t in kinds)


def test_clean_text_keeps_offsets_and_citations():
    raw = r"Ea of $\text{MgH}_2$ fell to 60 kJ mol<sup>-1</sup>.<sup>[12,14a]</sup>"
    c = clean_text(raw, base=100)
    assert c.text == "Ea of MgH2 fell to 60 kJ mol^-1."
    start = c.text.index("MgH2")
    s, e = c.span(start, start + 4)
    assert raw[s - 100:e - 100] == "MgH}_2"  # the original characters the clean word came from
    assert c.cites[0][1] == ["12", "14a"]
    assert split_keys("3–5") == ["3", "4", "5"] and split_keys("21a–c") == ["21a", "21b", "21c"]


# ------------------------------------------------------------------------------- numbers
def test_powers_of_ten_in_latex_and_html():
    g = groups(clean_text(r"a conductivity of $10^{-4} \text{ S cm}^{-1}$ and 2.5 × 10<sup>-4</sup> S cm<sup>-1</sup>").text)
    assert [n.value for x in g for n in x.numbers] == [1e-4, 2.5e-4]


def test_ion_conductor_power_of_ten_and_kelvin():
    m = one(r"The Li$_2$B$_{12}$H$_{12}$ pellet shows a Li-ion conductivity of $10^{-4}$ S cm$^{-1}$ at 373 K.")
    assert m.property == "ionic_conductivity" and m.value == pytest.approx(0.1) and m.unit == "mS/cm"
    assert m.conditions["temperature"] == pytest.approx(99.85)
    assert m.system.host.formula == "Li2B12H12"


def test_change_from_to_gives_baseline_and_improved_on_the_host():
    ms = facts("Doping NaAlH4 with 4 mol% TiCl3 lowers the apparent activation energy from 118 to "
               "79 kJ·mol−1 (Kissinger analysis).")
    assert [(m.value, m.baseline) for m in ms] == [(118.0, True), (79.0, False)]
    assert all(m.property == "dehydrogenation_activation_energy" for m in ms)
    assert ms[0].system.name == "NaAlH4"


def test_respectively_assigns_values_in_order_to_systems_and_temperatures():
    ms = facts("The LiBH4–LiCl and LiBH4–LiBr solid solutions reach 0.03 and 0.9 mS cm−1 at 30 and "
               "60 °C, respectively.")
    got = [(m.system.name, m.value, m.conditions.get("temperature")) for m in ms]
    assert got == [("LiBH4–LiCl", 0.03, 30.0), ("LiBH4–LiBr", 0.9, 60.0)]


def test_respectively_assigns_values_to_properties_in_order():
    ms = facts("In our Mg–Ni film the activation energies of hydrogen absorption and desorption came "
               "to 45.1 and 71.9 kJ/mol, respectively.")
    assert [(m.property, m.value) for m in ms] == [("hydrogenation_activation_energy", 45.1),
                                                   ("dehydrogenation_activation_energy", 71.9)]


def test_approximate_and_bounded_values_carry_qualifiers():
    a = one("Ball-milled Mg2FeH6 desorbs hydrogen at ~270 °C.")
    assert (a.property, a.value, a.qualifier) == ("dehydrogenation_temperature", 270.0, "~")
    b = one("With 5 mol% NbF5, the onset temperature of LiAlH4 drops below 100 °C.")
    assert (b.property, b.value, b.qualifier) == ("onset_dehydrogenation_temperature", 100.0, "<")
    assert b.system.host.formula == "LiAlH4"
    c = one("The Ca(BH4)2 composite releases ca. 9.6 mass% hydrogen.")
    assert (c.property, c.value, c.qualifier) == ("hydrogen_capacity", 9.6, "~")


def test_conditions_time_temperature_and_cycles():
    m = one("After 500 cycles the Mg–Ti–H nanocomposite still releases 5.9 wt.% H2 within 15 min at 300 °C.")
    assert (m.property, m.value) == ("hydrogen_capacity", 5.9)
    assert m.conditions == {"cycles": 500.0, "temperature": 300.0, "time": 15.0}


def test_kelvin_values_become_celsius():
    m = one("The peak desorption temperature of KBH4 is 850 K.")
    assert m.property == "peak_dehydrogenation_temperature" and m.value == pytest.approx(576.85)


def test_between_and_is_a_range():
    m = one("Hydrogen is released from NH3BH3 between 100 and 150 °C (decomposition temperature).")
    assert (m.value, m.value_max) == (100.0, 150.0)
    assert m.property == "dehydrogenation_temperature"


def test_battery_units_and_current_density_condition():
    ms = facts("The Si anode retains a reversible capacity of 1203 mA h g−1 after 80 cycles at "
               "100 mA g−1, with an initial coulombic efficiency of 91.4%.")
    by = {m.property: m for m in ms}
    assert by["specific_capacity"].value == 1203.0
    assert by["specific_capacity"].conditions == {"current_density": 100.0, "cycles": 80.0}
    assert by["coulombic_efficiency"].value == 91.4


def test_subject_is_the_nearest_system_not_the_first():
    ms = facts("Unlike bulk MgH2, which desorbs at 350 °C, the MgH2–5 wt% Nb2O5 sample desorbs hydrogen "
               "at 240 °C.")
    got = {m.value: m.system.name for m in ms}
    assert got[350.0] == "MgH2"
    assert got[240.0].startswith("MgH2–") and "Nb2O5" in got[240.0]


def test_amounts_and_differences_are_not_measurements():
    assert facts("MgH2 was milled with 10 wt% Ni for 2 h.") == [] or all(
        m.property != "hydrogen_capacity" for m in facts("MgH2 was milled with 10 wt% Ni for 2 h."))
    ms = facts("The dehydrogenation temperature of LiBH4 decreased by 90 °C (Figure 3d).")
    assert ms == []


def test_paragraph_context_gives_the_subject_of_a_following_sentence():
    ms = facts("Chen et al. milled Mg(NH2)2 with LiH.", "The mixture starts to release hydrogen at 150 °C.")
    assert ms and ms[0].system.host.formula == "Mg(NH2)2"


def test_citation_keys_follow_the_sentence():
    s = SentenceLike("The LiBH4@CMK-3 composite shows Ea = 110 kJ mol<sup>-1</sup> (activation energy).<sup>[7b]</sup>",
                     0, 90, "3", [], 1)
    ms, _ = extract_sentence(s, Context("t"))
    assert ms and ms[0].source.refs == ["7b"]


def test_relations_system_strategy_mechanism_method():
    vocab = vocabulary()
    s = SentenceLike("MgH2 prepared by ball milling and nanoconfinement shows lattice distortion.", 0, 70, "2", [], 1)
    _, reports = extract_sentence(s, Context("t"))
    assert reports
    r = reports[0]
    assert r.system.host.formula == "MgH2"
    assert vocab.lookup("ball milling", "SynthesisMethod").id in r.methods
    assert vocab.lookup("nanoconfinement", "Strategy").id in r.strategies
    assert vocab.lookup("lattice distortion", "Mechanism").id in r.mechanisms


def test_technique_is_attached_to_the_measurement():
    m = one("DSC shows that the LiBH4–MgH2 composite has a dehydrogenation peak temperature of 352 °C.")
    assert m.technique == vocabulary().lookup("DSC", "Technique").id


# ------------------------------------------------------------------ the CLI on a small paper
PAPER = """# Catalysed sodium alanate for mobile storage

DOI: 10.9999/example.2024.001

## 1. Introduction

Complex hydrides store hydrogen at high density.<sup>[1]</sup>

## 2. Results

### 2.1. Kinetics

The NaAlH4–2 mol% TiCl3 composite releases ca. 4.9 wt.% H2 within 30 min at 423 K.<sup>[2,3]</sup>
Its apparent activation energy decreases from 118.1 to 79.5 kJ·mol−1 after milling.<sup>[4]</sup>

### 2.2. Electrodes

A MgH2 electrode delivers 1480 mA h g−1 at 100 mA g−1, and the LiBH4–LiI electrolyte reaches $10^{-4}$ S cm$^{-1}$ at 300 K.<sup>[5]</sup>
"""


def test_hkg_extract_jsonl_contract_on_a_paper(tmp_path, capsys):
    from ui.cli import main

    path = tmp_path / "paper.md"
    path.write_text(PAPER, encoding="utf-8")
    assert main(["extract", str(path), "--jsonl", "--no-progress"]) == 0
    import json

    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    # ``condition_max`` joined the contract with range conditions (README: the upper end of a stated range).
    keys = {"property", "value", "value_max", "unit", "material", "system", "additives", "conditions", "condition_max", "source",
            "kind", "components", "strategies", "application", "basis", "qualifier", "uncertainty",
            "reported_sign", "system_id", "baseline", "cues", "note",
            "condition_qualifier"}   # a condition stated as a bound ('within 20 min'), session 37
    assert rows and all(set(r) == keys for r in rows)
    assert {r["kind"] for r in rows} == {"measurement"}
    by = {(r["property"], r["value"]): r for r in rows}
    cap = by[("hydrogen_capacity", 4.9)]
    assert cap["material"] == "NaAlH4" and cap["additives"] == ["TiCl3"]
    assert cap["conditions"] == {"temperature": pytest.approx(149.85), "time": 30.0}
    assert cap["source"]["section"] == "2.1" and cap["source"]["refs"] == ["2", "3"]
    assert PAPER[cap["source"]["start"]:cap["source"]["end"]].startswith("The NaAlH4")
    assert ("dehydrogenation_activation_energy", 118.1) in by and ("dehydrogenation_activation_energy", 79.5) in by
    assert by[("specific_capacity", 1480.0)]["conditions"] == {"current_density": 100.0}
    sigma = by[("ionic_conductivity", 0.1)]
    assert sigma["unit"] == "mS/cm" and sigma["material"] == "LiBH4"
    assert sigma["conditions"]["temperature"] == pytest.approx(26.85)


def test_extract_text_source_from_doi_and_progress(capsys):
    from ingest.extract import extract_text

    batch = extract_text(PAPER, progress=True)
    assert batch.sources[0].id == "doi:10.9999/example.2024.001"
    assert batch.sources[0].title.startswith("Catalysed sodium alanate")
    assert len({m.id for m in batch.measurements}) == len(batch.measurements)
    assert [m.id for m in extract_text(PAPER).measurements] == [m.id for m in batch.measurements]


def test_bench_extract_is_in_the_shared_bench_group():
    from ui.cli import build_parser

    args = build_parser().parse_args(["bench", "extract", "--repeat", "1"])
    assert args.func.__name__ == "cmd_bench_extract" and args.repeat == 1


def test_evaluate_counts_matches_one_to_one():
    from ui.cli.extract import evaluate

    src = {"section": "2", "table": None, "row": None, "refs": [], "start": 0, "end": 1}
    rows = [{"property": "hydrogen_capacity", "value": 6.0, "value_max": None, "material": "MgH2", "source": src},
            {"property": "hydrogen_capacity", "value": 6.0, "value_max": None, "material": "MgH2", "source": src},
            {"property": "hydrogen_capacity", "value": 5.0, "value_max": None, "material": "LiBH4", "source": src}]
    facts = [{"property": "hydrogen_capacity", "value": 6.0, "value_max": None, "host": "MgH2", "section": "2"},
             {"property": "hydrogen_capacity", "value": 5.0, "value_max": None, "host": "MgH2", "section": "2"}]
    ev = evaluate(rows, facts)
    assert ev["matched"] == 1 and ev["recall"] == 0.5 and ev["precision"] == pytest.approx(1 / 3)


@pytest.mark.parametrize("text, word, reagent", [
    ("Mg nanocrystals of 25 nm were synthesized using potassium and naphthalene.", "potassium", True),
    ("MgH2 was milled using Nb2O5 as a catalyst.", "Nb2O5", False),
    ("A cell using LiBH4 as the solid electrolyte cycled 100 times.", "LiBH4", False),
    ("Mg(BH4)2 was made by ball milling MgH2 with B2H6 gas.", "B2H6", True),
    ("LiBH4 was made by ball milling LiH with TiF3 as a catalyst.", "TiF3", False),
])
def test_reagents_of_a_preparation_are_told_from_additives(text, word, reagent):
    from ingest.extraction.prose.prose_mentions import _reagent

    (m,) = [m for m in mentions(text) if text[m.start:m.end] == word]
    assert _reagent(text, m) is reagent


def test_using_x_as_a_catalyst_keeps_x_as_the_additive():
    m = one("MgH2 milled using Nb2O5 as a catalyst released hydrogen from 200 °C.")
    assert m.system.host.formula == "MgH2" and [a.formula for a in m.system.additives] == ["Nb2O5"]


def test_context_does_not_cross_a_heading(tmp_path):
    from ingest.extract import extract_text

    text = ("# Abstracts\n\n## A1\n\nThe LiAlH4–TiCl3 powder was milled for 2 h.\n\n"
            "## A2\n\nThe sample releases 5.2 wt% hydrogen at 180 °C.\n")
    assert [m.system.name for m in extract_text(text).measurements] == []
    text = text.replace("## A2\n\n", "")
    (m,) = extract_text(text).measurements
    assert m.system.name == "LiAlH4–TiCl3" and m.source.section == "A1"


CONTRACT_PAPER = """# Two abstracts

## A1

A LiBH4@SBA-15 nanoconfinement composite was prepared. It releases hydrogen from 220 °C.

## A2

The Li4(BH4)3I electrolyte reaches about 0.1 mS/cm at 25 °C.
"""


def test_contract_components_strategies_application_basis_and_section(tmp_path, capsys):
    import json

    from ui.cli import main

    path = tmp_path / "abstracts.md"
    path.write_text(CONTRACT_PAPER, encoding="utf-8")
    assert main(["extract", str(path), "--jsonl", "--no-progress"]) == 0
    rows = {r["property"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    t = rows["onset_dehydrogenation_temperature"]  # "releases hydrogen from 220 °C": where it starts
    assert t["kind"] == "measurement" and t["source"]["section"] == "A1"
    assert t["components"] == [
        {"material": "LiBH4", "role": "HostHydride", "amount": None, "amount_unit": None, "in_situ": False,
         "term": "LithiumBorohydride"},
        {"material": "SBA-15", "role": "ScaffoldConfinementHost", "amount": None, "amount_unit": None,
         "in_situ": False, "term": "SBA15"}]
    assert t["strategies"] == ["Nanoconfinement"] and t["application"] == "hydrogen_storage"
    assert t["basis"] == "measured" and t["uncertainty"] is None
    s = rows["ionic_conductivity"]
    assert s["material"] == "LiBH4" and s["system"] == "Li4(BH4)3I" and s["qualifier"] == "~"
    assert [(c["material"], c["role"]) for c in s["components"]] == [("LiBH4", "HostHydride"),
                                                                      ("LiI", "DopantSubstituent")]
    assert s["application"] == "solid_electrolyte" and s["source"]["section"] == "A2"


# ------------------------------------------------------------ how other authors say 'onset' (issue 10)
@pytest.mark.parametrize("sentence,key", [
    ("Desorption from the MgH2–10 wt% TiFe composite begins at 228 °C.", "onset_dehydrogenation_temperature"),
    ("MgH2-8 wt.% CoNi began to desorb hydrogen at 181.5 degrees C.", "onset_dehydrogenation_temperature"),
    ("Mg0.9Zn0.1(BH4)2 releases hydrogen from 97 °C.", "onset_dehydrogenation_temperature"),
    ("For MgH2–7 wt% Fe3O4, desorption sets in at 221 °C.", "onset_dehydrogenation_temperature"),
    ("The dehydrogenated Mg2Ni re-absorbs hydrogen starting even at 30 °C.", "hydrogenation_temperature"),
    ("The Pd-capped Mg film absorbs hydrogen from 65 °C.", "hydrogenation_temperature"),
    ("LiBH4 releases hydrogen at 410 °C.", "dehydrogenation_temperature"),
])
def test_onset_phrasings(sentence, key):
    ms = [m for m in extract_sentences([SentenceLike(sentence, 0, len(sentence), "1")], "t")[0]]
    assert [m.property for m in ms] == [key]


@pytest.mark.parametrize("sentence", [
    "The MgH2–Fe3O4 composite keeps 91% of its capacity after 20 cycles.",
    "After 100 cycles, 93% of the capacity remains for MgH2–5 wt% Nb2O5.",
    "MgH2–5 wt% Nb2O5 retains 95% of its initial capacity after 40 cycles.",
])
def test_retention_phrasings(sentence):
    (m,) = extract_sentences([SentenceLike(sentence, 0, len(sentence), "1")], "t")[0]
    assert m.property == "capacity_retention" and m.system.additives


def test_indexing_service_subscripts_in_brackets():
    """'LiBH(4)', 'Mg(BH(4))(2)', 'H-2': subscripts as some indexing services print them (issue 10)."""
    assert clean_text("2LiBH(4) + MgH2 released 8.3 wt.% H-2").text == "2LiBH4 + MgH2 released 8.3 wt.% H2"
    assert clean_text("Mg(BH(4))(2) at 1.1 x 10(-3) S cm(-1)").text == "Mg(BH4)2 at 1.1 x 10(-3) S cm(-1)"
    s = "Mg(BH(4))(2) doped with 5 mol% TiF3 released 9.1 wt% H-2 below 350 degrees C."
    (m,) = extract_sentences([SentenceLike(s, 0, len(s), "1")], "t")[0]
    assert m.value == 9.1 and m.system.name == "Mg(BH4)2–5 mol% TiF3"


def test_a_unit_symbol_after_two_spaces_is_no_element():
    """LaTeX-converted text keeps two spaces before a unit ("10^-6  S cm^-1"): S is siemens, not sulfur."""
    assert not [m for m in mentions("a conductivity of  10^-6  S cm^-1  at 150 °C") if m.text == "S"]
