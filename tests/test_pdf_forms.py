"""Raw forms of abstracts copied from web pages, indexing services and PDFs: units with glued or spaced
exponents, formulas split at their subscripts, ratios that are no cycle counts. Sentences written here."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, facts, para

from ingest.extraction.text.nlp import clean_text
from ingest.extraction.text.pdf_copy import split_subscripts
from ingest.extraction.text.quantity_text import groups
from ontology.units import UnitError, parse_unit, to_canonical


# ------------------------------------------------------------------------------------- units
@pytest.mark.parametrize(("unit", "key", "value", "expected"), [
    ("Scm−1", "ionic_conductivity", 1e-3, 1.0),
    ("Scm-1", "ionic_conductivity", 2e-4, 0.2),
    ("mScm-1", "ionic_conductivity", 0.5, 0.5),
    ("kJmol-1", "dehydrogenation_activation_energy", 71, 71),
    ("kJmol(-1)", "dehydrogenation_activation_energy", 71, 71),
    ("mAhg-1", "specific_capacity", 900, 900),
    ("oC", "dehydrogenation_temperature", 290, 290),
    ("o C", "dehydrogenation_temperature", 290, 290),
])
def test_glued_units_are_read(unit, key, value, expected):
    assert to_canonical(key, value, unit) == pytest.approx(expected)


@pytest.mark.parametrize("word", ["and-1", "Table-1", "oCx"])
def test_words_before_an_exponent_stay_no_unit(word):
    with pytest.raises(UnitError):
        parse_unit(word)


def _read(text):
    return [([n.value for n in g.numbers], g.unit, g.key) for g in groups(text)]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("It reached 3 × 10−5 Scm−1 at 40 °C.", 3e-5, "Scm−1"),
    ("It was 2.1 x 10-4 S cm -1 at 60 °C.", 2.1e-4, "S cm -1"),
    ("It gave 1210 mAh g -1 at 200 mA g -1 , and", 1210, "mAh g -1"),
    ("It fell to 62 kJ mol −1 after milling.", 62, "kJ mol −1"),
    ("It was 71 kJmol-1 only.", 71, "kJmol-1"),
    ("It released hydrogen at 290oC.", 290, "oC"),
    ("It was 1.5 × 10(-4) S . cm(-1) at 50 °C.", 1.5e-4, "S cm(-1)"),
    ("It was 10 -3 S cm-1 at 120 °C.", 1e-3, "S cm-1"),
    ("It was 10 −4 Scm−1 at 120 °C.", 1e-4, "Scm−1"),
    ("It gave 980 mAh g (-1) at 1 C.", 980, "mAh g (-1)"),
])
def test_spaced_and_glued_exponents_stay_with_their_value(text, value, unit):
    first = groups(text)[0]
    assert [n.value for n in first.numbers] == [pytest.approx(value)]
    assert first.unit == unit
    assert all(n.value > 0 for g in groups(text) for n in g.numbers)   # no "-1" or "-3" read as a value


def test_a_spaced_minus_after_a_plain_word_stays_a_value():
    # "to -1 V": the sign belongs to the number after "to", which is no unit
    assert _read("The potential changed from 5 to -1 V.") == [([5.0, -1.0], "V", None)]


@pytest.mark.parametrize("text", [
    "The conductivity is 104 times higher than that of the bare hydride.",
    "It desorbs hydrogen 20 times faster than milled MgH2.",
    "The rate is about 30 times greater than before.",
    "The uptake is 3 times as large.",
])
def test_n_times_a_comparison_is_a_ratio_not_a_cycle_count(text):
    assert all(g.key != "cycles" for g in groups(text))


@pytest.mark.parametrize("text", ["The cell was cycled 20 times at 1 C.", "The test was repeated 10 times over."])
def test_n_times_alone_is_still_a_cycle_count(text):
    assert [g.key for g in groups(text) if g.key] == ["cycles"]


# ------------------------------------------------------------------------ split formulas
@pytest.mark.parametrize(("text", "joined"), [
    ("formation of MgH 2 @PTh shells on graphene", "formation of MgH2@PTh shells on graphene"),
    ("LiBH 4 and Mg(BH 4 ) 2 were milled", "LiBH4 and Mg(BH4)2 were milled"),
    ("the Li 2 B 12 H 12 phase forms", "the Li2B12H12 phase forms"),
    ("Nb 2 O 5 was added", "Nb2O5 was added"),
    ("Co 3 O 4 nanosheets", "Co3O4 nanosheets"),
    ("the 2LiBH 4 -MgH 2 composite", "the 2LiBH4-MgH2 composite"),
    ("The 2LiBH 4 –MgH 2 composite", "The 2LiBH4–MgH2 composite"),      # (after 'The 2', which stays)
    ("MgH 2 – graphene", "MgH2 – graphene"),
    ("Li 4 (BH 4 ) 3 I electrolyte", "Li4(BH4)3I electrolyte"),
    ("MgH 2 5 wt% Ni", "MgH2 5 wt% Ni"),
    # an adduct's dot and its part, and a bracketed group's count letter, go on with the split formula
    ("the NaB 3 H 8 ·(H 2 O) x powder melted", "the NaB3H8·(H2O)x powder melted"),
    ("crystals of KB 11 H 14 ·3H 2 O grew slowly", "crystals of KB11H14·3H2O grew slowly"),
    ("Ca(BH 4 ) 2 ·(N H 3 ) n was heated", "Ca(BH4)2·(NH3)n was heated"),
    ("a Mg(BH4)2·(NH 3 ) y adduct", "a Mg(BH4)2·(NH3)y adduct"),
])
def test_formulas_split_at_their_subscripts_are_one_word_again(text, joined):
    cleaned = clean_text(text)
    assert cleaned.text == joined
    # every kept character still points at its own place in the original text
    assert all(text[o] == ch for o, ch in zip(cleaned.offsets, cleaned.text))


@pytest.mark.parametrize("text", [
    "LiH 2 h ball milled",        # LiH, then two hours
    "see Table 2 and Figure 3",
    "Sample A 2 h later",
    "In 2 cases it failed",
    "the C 60 fullerene",
    "heated at 5 K min-1",
    "mail user @Gmail",
])
def test_text_that_only_looks_split_stays_as_written(text):
    assert split_subscripts(text) == []
    assert clean_text(text).text == text


@pytest.mark.parametrize(("text", "kept"), [
    ("NaBH 4 · 3 h later", "NaBH4 · 3 h later"),     # a dot set apart, then three hours: no adduct
    ("3 NaBH4 + 5 wt% Co", "3 NaBH4 + 5 wt% Co"),     # a coefficient and a loading
    ("as in (Table 2) x-ray data", "as in (Table 2) x-ray data"),   # a bracket and a letter, no formula
])
def test_dots_and_letters_that_are_no_adduct_stay(text, kept):
    assert clean_text(text).text == kept


# --------------------------------------------------------------------------- glued prefixes
@pytest.mark.parametrize(("text", "repaired"), [
    ("undoped and 5 mol %Cadoped LiBH4", "undoped and 5 mol % Ca-doped LiBH4"),
    ("the Nidoped MgH2 powder", "the Ni-doped MgH2 powder"),
    ("TiF3catalysed LiBH4", "TiF3-catalysed LiBH4"),
])
def test_a_prefix_that_lost_its_hyphen_is_hyphenated_again(text, repaired):
    cleaned = clean_text(text)
    assert cleaned.text == repaired
    assert len(cleaned.offsets) == len(cleaned.text)


@pytest.mark.parametrize("text", ["Caused by heating, it melts.", "Based on DFT.", "Coated with Ni, it",
                                  "Codoped samples", "Interestingly, Compared with"])
def test_words_that_only_end_like_a_prefix_stay(text):
    assert clean_text(text).text == text


def _adds(m):
    return {c.formula for c in m.system.additives}


@pytest.mark.parametrize("sentence", [
    "The ionic conductivity of undoped and 10 mol %Mgdoped LiBH4 was 1.1 × 10−4 and 3.0 × 10−3 S·cm−1 "
    "at 150 °C, respectively.",
    "The conductivities of pristine and 10 mol% Mg-doped LiBH4 are 1.1 × 10−4 and 3.0 × 10−3 S cm−1 at "
    "150 °C, respectively.",
])
def test_undoped_and_doped_host_pair_in_order_without_a_paragraph_before(sentence):
    v = facts(sentence)
    assert _adds(v[0.11]) == set() and v[0.11].system.host.formula == "LiBH4"
    assert _adds(v[3.0]) == {"Mg"}


def test_bare_and_catalysed_host_pair_in_order():
    v = facts("The activation energies of bare and 5 wt% Nb2O5-catalysed MgH2 are 160 and 70 kJ/mol, "
              "respectively.")
    assert _adds(v[160.0]) == set() and _adds(v[70.0]) == {"Nb2O5"}


def test_one_doped_sample_alone_keeps_its_dopant():
    v = facts("The ionic conductivity of 10 mol% Mg-doped LiBH4 is 3.0 × 10−3 S cm−1 at 150 °C.")
    assert _adds(v[3.0]) == {"Mg"}


# ------------------------------------------------------------------ the conductor as host
def _record(text):
    from ingest.extract import extract_text
    return extract_text(f"# A\n\n{text}\n").measurements


@pytest.mark.parametrize("text", [
    "The Li2NH–2LiBH4 electrolyte has an ionic conductivity of 1.5 × 10-5 S cm-1 at 25 °C.",
    "The LiNH2–LiBH4 electrolyte conducts Li+ at 0.2 mS cm-1 at 60 °C.",
])
def test_an_amide_or_imide_with_a_borohydride_conducts_as_the_borohydride(text):
    (m,) = _record(text)
    assert m.system.host.formula == "LiBH4"
    assert [(a.formula, a.role) for a in m.system.additives][0][1] == "DopantSubstituent"


def test_the_same_pair_storing_hydrogen_is_the_borohydrides_too():
    # (one document's system has one reading: changed 4 December from the imide as host of hydrogen values)
    (m,) = _record("The Li2NH–2LiBH4 sample starts to absorb hydrogen at 50 °C.")
    assert m.system.host.formula == "LiBH4"
    assert [(a.formula, a.role) for a in m.system.additives] == [("Li2NH", "DopantSubstituent")]


def test_an_element_named_as_the_doping_agent_is_not_the_undoped_sample():
    v = para(("The effect of Mg doping on the conductivity of the high-pressure LiBH4 phase was studied.",
              "Mg doping raised the conductivity: the conductivity of undoped and 10 mol %Mgdoped LiBH4 was "
              "1.1 × 10−4 and 3.0 × 10−3 S·cm−1 at 150 °C, respectively."))
    assert v[0.11].system.host.formula == "LiBH4" and _adds(v[0.11]) == set()
    assert _adds(v[3.0]) == {"Mg"}


# ------------------------------------------------------------------ PDF glyphs and brackets
@pytest.mark.parametrize(("text", "value", "unc"), [
    ("The conductivity was 2.5 Â 10 À3 S cm À1 at 30 ◦C.", 2.5e-3, None),
    ("The conductivity was 2.5 ´ 10-4 S cm-1 at 30 ∘C.", 2.5e-4, None),
    ("The barrier was 75 Æ 3 kJ mol À1.", 75.0, 3.0),
])
def test_pdf_glyphs_of_number_signs_are_read_as_the_signs(text, value, unc):
    cleaned = clean_text(text)
    assert len(cleaned.offsets) == len(cleaned.text)
    first, *rest = groups(cleaned.text)
    assert first.numbers[0].value == pytest.approx(value) and first.numbers[0].uncertainty == unc
    assert all(g.unit == "°C" for g in rest)


def test_the_same_glyphs_in_words_stay():
    assert clean_text("Â la carte, À propos, café").text == "Â la carte, À propos, café"


@pytest.mark.parametrize("text", ["It was 75 kJ (mol H2)−1.", "It was 75 kJ (mol H-2)(-1)."])
def test_an_energy_per_bracketed_mole_of_hydrogen(text):
    (g,) = groups(text)
    assert to_canonical("reaction_enthalpy", g.numbers[0].value, g.unit) == 75


def test_a_resistivity_is_no_resistance():
    assert all(g.unit is None for g in groups("The film's resistivity was 1.2 × 10−4 Ω cm."))
    # (an area-specific resistance, Ω cm2, is no resistance in Ω either: tests/test_unfamiliar_kinds.py)
    assert groups("The interfacial resistance was 20 Ω.")[0].unit == "Ω"


# ------------------------------------------------- web and PDF characters inside words and formulas
@pytest.mark.parametrize(("text", "clean"), [
    ("The MgH₂–Ni composite releases 6.1 wt% H₂", "The MgH2–Ni composite releases 6.1 wt% H2"),
    ("a speciﬁc capacity in the ﬁrst cycle", "a specific capacity in the first cycle"),
    ("2.5∙10−3 S∙cm−1", "2.5·10-3 S·cm-1"),
    ("the de\u00adhydrogenation and re\u200bhydrogenation", "the dehydrogenation and rehydrogenation"),
    ("The activation en- ergy of", "The activation energy of"),
    ("The dehydro- genation temperature", "The dehydrogenation temperature"),
    ("The ball- milled powder", "The ball-milled powder"),
])
def test_characters_of_a_copy_are_undone(text, clean):
    cleaned = clean_text(text)
    assert cleaned.text == clean and len(cleaned.offsets) == len(cleaned.text)


@pytest.mark.parametrize("text", ["de- and rehydrogenation", "hydro- or dehydrogenation", "x₂ alone ₂ here"])
def test_suspended_hyphens_and_lone_subscripts_stay(text):
    assert clean_text(text).text.replace("x2", "x₂") == text


@pytest.mark.parametrize(("sentence", "value", "key"), [
    ("The de\u00adhydrogenation temperature of MgH2–Ni is 260 °C.", 260.0, "dehydrogenation_temperature"),
    ("The activation en- ergy of MgH2–Nb2O5 is 62 kJ mol−1.", 62.0, "dehydrogenation_activation_energy"),
    ("The LiBH₄–LiI electrolyte reaches 2.5 × 10⁻³ S cm⁻¹ at 60 °C.", 2.5, "ionic_conductivity"),
])
def test_copied_sentences_give_their_values(sentence, value, key):
    assert facts(sentence)[value].property == key


@pytest.mark.parametrize(("text", "role"), [
    ("The ionic conductivity of 10 mol% Mg-doped LiBH4 is 3.0 × 10−3 S cm−1 at 150 °C.", "DopantSubstituent"),
    ("The 5 mol% Ca-doped LiBH4 conducts Li+ at 0.2 mS cm−1 at 100 °C.", "DopantSubstituent"),
    ("The 5 wt% Ni-doped MgH2 releases hydrogen from 210 °C.", "Catalyst"),          # storing hydrogen
    ("The LiBH4–SiO2 composite conducts Li+ at 0.1 mS cm−1 at 30 °C.", "SolidElectrolytePartner"),
])
def test_a_metal_doped_into_a_conductor_is_a_substituent(text, role):
    (m,) = _record(text)
    assert [a.role for a in m.system.additives] == [role]


# ------------------------------------------------------------------------ the micro sign written as its name
@pytest.mark.parametrize(("text", "clean"), [
    ("grains of 2.4 mu m in size", "grains of 2.4 µm in size"),
    ("a 7 micro m thick Pd cap", "a 7 µm thick Pd cap"),
    ("at 15 mu A cm-2 for 40 h", "at 15 µA cm-2 for 40 h"),
    ("about 0.9 mu S cm(-1) at 25 °C", "about 0.9 µS cm(-1) at 25 °C"),
])
def test_a_micro_prefix_written_as_its_name_is_the_sign(text, clean):
    assert clean_text(text).text == clean


@pytest.mark.parametrize("text", [
    "rose by 4 mu in the fit",           # a function word, no unit
    "the mu m phase of the sample",      # no number before it
    "about 3 mu mice were used",         # a word that is no unit
    "ruptured after 6 micro tears",
])
def test_mu_and_micro_that_are_no_prefix_stay(text):
    assert clean_text(text).text == text


@pytest.mark.parametrize(("sentence", "value"), [
    ("The MgH2 particles shrank to 3.5 mu m after milling.", 3500.0),
    ("After milling, NaAlH4 agglomerates of about 12 micro m were seen.", 12000.0),
])
def test_sizes_in_spelled_micrometres_are_read(sentence, value):
    found = [r for r in contract_measurements(sentence) if r["property"] == "particle_size"]
    assert [(r["value"], r["unit"]) for r in found] == [(value, "nm")]


def test_a_bare_metre_for_a_grain_stays_unread():
    # the micro sign may have been lost, but a bare 'm' is not read as one: no size is guessed
    rows = contract_measurements("The TiH2 grains were refined from 2.2 m to 0.4 m by milling.")
    assert [r for r in rows if r["property"] == "particle_size"] == []


# ------------------------------------------------------------------------ an element symbol before the full stop
@pytest.mark.parametrize(("sentence", "element"), [
    ("Desorption began at 265 °C for the NaAlH4–4 mol% Co.", "Co"),
    ("The capacity reached 5.1 wt% with MgH2 and 7 wt% Mo.", "Mo"),
    ("An onset of 190 °C was found for Mg(BH4)2 + 3 at% La.", "La"),
    ("Hydrogen was released at 120 °C from LiAlH4 + Ga.", "Ga"),
])
def test_an_element_ending_a_composition_before_the_stop_is_read(sentence, element):
    rows = contract_measurements(sentence)
    assert rows and all(element in [c["material"] for c in r["components"]] for r in rows), rows


@pytest.mark.parametrize("text", [
    "The TiCl3 was bought from Acme Chemical Co.",   # a company, no composition before it
    "doped into MgH2 by the Co. of Ref. 4",
])
def test_an_abbreviation_after_no_composition_stays(text):
    assert clean_text(text).text == text
