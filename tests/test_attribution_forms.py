"""Issue 10: sample forms seen in abstracts by other authors (sentences written for these tests).

A molar amount in an "adding X to Y" sentence, a sample word with modifiers before "was doped with",
a small coefficient of a foreign binary hydride (a catalyst, not a reactive partner), and a baseline
that does not take the paper's strategy."""
from __future__ import annotations

from prose_sentences import facts

from ingest.extract import RecordContext, extract_text
from ontology.system import parse_system


def roles(system):
    return {c.formula: (c.role, c.amount.value if c.amount else None) for c in system.additives}


def test_adding_a_molar_amount_to_a_dashed_composite_keeps_the_additive():
    v = facts("Adding 0.08 mol KH to Mg(NH2)2–2LiH lowers the onset dehydrogenation temperature to 107 °C.")
    assert roles(v[107.0].system) == {"LiH": ("DestabilizingReactant", 2.0), "KH": ("Catalyst", 0.08)}
    v = facts("Adding 0.05 mol TiF3 to MgH2 lowers the peak desorption temperature to 265 °C.")
    assert roles(v[265.0].system) == {"TiF3": ("Catalyst", 0.05)}


def test_a_trace_coefficient_of_a_foreign_binary_hydride_is_a_catalyst():
    r = roles(parse_system("Mg(NH2)2–2LiH–0.08KH", strict=False))
    assert r["KH"] == ("Catalyst", 0.08) and r["LiH"][0] == "DestabilizingReactant"
    assert roles(parse_system("LiBH4–0.5MgH2", strict=False))["MgH2"][0] == "DestabilizingReactant"
    # a trace of a complex hydride, or of a hydride of the host's own metal, stays a partner
    assert roles(parse_system("Mg(NH2)2–1.9LiH–0.1LiBH4", strict=False))["LiBH4"][0] == "DestabilizingReactant"


def test_a_sample_word_with_modifiers_links_the_dopant():
    v = facts("The 2LiBH4–MgH2 reactive hydride composite was doped with 5 mol% TiCl3.",
              "Under 5 bar H2 back-pressure, the doped composite desorbs 9.2 wt% H2 at 400 °C.")
    assert "TiCl3" in roles(v[9.2].system)
    v = facts("The MgH2 nanocrystalline powder was milled with 7 wt% Nb2O5 and desorbs 6.1 wt% H2 at 300 °C.")
    assert "Nb2O5" in roles(v[6.1].system)


def test_a_capped_prefix_names_the_cap():
    v = facts("Pd-capped Mg thin films deliver 1500 mAh g-1 as anodes.")
    assert "Pd" in roles(v[1500.0].system)


def test_a_ball_milled_baseline_does_not_take_the_papers_strategy():
    text = ("## Results\n\nThin-film MgH2 electrodes were sputtered on Cu foil. The film delivers 1500 mAh g-1. "
            "For comparison, a ball-milled MgH2 powder electrode retained 300 mAh g-1 after 20 cycles.\n")
    batch = extract_text(text, "t")
    ctx = RecordContext(batch)
    by_value = {m.value: m for m in batch.measurements}
    assert by_value[300.0].baseline and ctx.strategies_of(by_value[300.0]) == []
    assert "ThinFilmStructuring" in ctx.strategies_of(by_value[1500.0])


def test_a_relative_clause_about_the_reference_keeps_its_own_value():
    v = facts("Compared with bulk Mg(BH4)2, which dehydrogenates at 362 °C, the Mg(BH4)2@CNT composite "
              "releases 8 wt% H2.")
    assert v[362.0].system.name == "Mg(BH4)2" and v[362.0].property == "dehydrogenation_temperature"
    assert v[8.0].conditions == [] or all(c.value != 362.0 for c in v[8.0].conditions)
    # the same clause about the measured sample itself stays a condition of its value
    v = facts("MgH2, which was hydrogenated at 300 °C, releases 7.2 wt% H2.")
    assert 300.0 not in v


def test_a_halogen_on_the_hydrogen_sites_is_the_hydride_with_a_substituent():
    s = parse_system("NaBH3.5Cl0.5", strict=False)
    assert s.host.formula == "NaBH4" and roles(s) == {"Cl": ("DopantSubstituent", 0.5)}
    assert parse_system("MgH1.9F0.1", strict=False).host.formula == "MgH2"
    assert not parse_system("LiBH4", strict=False).additives


def test_a_bracket_naming_the_substituted_form_of_the_host_is_the_sample():
    v = facts("Calculations show that F substitution in NaBH4 (NaBH3.5F0.5) lowers the enthalpy change "
              "to 41.2 kJ mol−1.")
    assert v[41.2].system.host.formula == "NaBH4" and "F" in roles(v[41.2].system)
    v = facts("F substitution in NaBH4 ( NaBH3.5F0.5 ) lowers the enthalpy change to 41.2 kJ mol−1.")
    assert "F" in roles(v[41.2].system)


def test_a_system_the_ontology_names_by_its_elements_is_its_composition():
    v = facts("The Li–Mg–N–H system offers a moderate enthalpy of 39 kJ mol-1 H2 and releases 5.6 wt% H2.")
    for value in (39.0, 5.6):
        assert v[value].system.host.formula == "Mg(NH2)2" and "LiH" in roles(v[value].system)


def test_runs_of_spaces_left_by_markup_do_not_split_a_name():
    from ingest.extraction.text.nlp import clean_text

    c = clean_text("into mesoporous  $\\text{SiO}_2$  (MCM-41) here.<sup>[18]</sup> Then  more")
    assert c.text == "into mesoporous SiO2 (MCM-41) here. Then more" and len(c.offsets) == len(c.text)
    assert c.cites == [(len("into mesoporous SiO2 (MCM-41) here."), ["18"])]
    v = facts("Molten LiBH4 was infiltrated into mesoporous  SiO2  (MCM-41) and conducts 0.1 mS cm-1 at 40 °C.")
    assert "MCM-41" in v[0.1].system.name


def test_a_space_left_after_an_at_sign_does_not_split_a_confined_sample():
    """'$\\text{Mg(BH}_4)_2@ \\text{C}$': markup around each formula leaves 'Mg(BH4)2@ C' — one sample."""
    from ingest.extraction.text.nlp import clean_text

    raw = "the $\\text{LiBH}_4@ \\text{SiO}_2$ electrolyte"
    c = clean_text(raw)
    assert c.text == "the LiBH4@SiO2 electrolyte" and len(c.offsets) == len(c.text)
    assert raw[c.offsets[c.text.index("SiO2")]] == "S"          # offsets still point into the source
    v = facts("The Mg(BH4)2@ C composite starts to release hydrogen at 155 °C.")
    assert v[155.0].system.host.formula == "Mg(BH4)2" and "C" in roles(v[155.0].system)


def test_a_film_capped_with_a_catalyst_is_the_films_sample():
    v = facts("Mg thin films capped with Pd were sputtered on glass and desorb 5.5 wt% H2 at 150 °C.")
    assert v[5.5].system.host.formula in ("Mg", "MgH2") and "Pd" in roles(v[5.5].system)


def test_the_baseline_of_a_catalysed_composite_keeps_its_partner_not_its_catalyst():
    v = facts("Adding 0.06 mol RbH to Mg(NH2)2–2LiH shifts the peak temperature from 191 to 137 °C.",
              "The activation energies of the pristine and RbH-doped samples are 109 and 71 kJ mol−1, respectively.")
    assert roles(v[191.0].system) == {"LiH": ("DestabilizingReactant", 2.0)} and v[191.0].baseline
    assert roles(v[109.0].system) == {"LiH": ("DestabilizingReactant", 2.0)}
    assert roles(v[137.0].system)["RbH"] == ("Catalyst", 0.06) and roles(v[71.0].system)["RbH"][0] == "Catalyst"


def test_a_respectively_list_pairs_with_the_samples_the_sentence_before_gave_values():
    v = facts("Li0.8K0.2CB11H12 conducts Li+ with 4.4 x 10-3 S cm-1 at 25 °C, while unsubstituted LiCB11H12 "
              "reaches only 2.0 x 10-5 S cm-1.",
              "The migration barriers were 0.33 eV and 0.47 eV, respectively.")
    assert roles(v[0.33].system) == {"KCB11H12": ("DopantSubstituent", 0.2)}
    assert roles(v[0.47].system) == {} and v[0.47].baseline and v[0.02].baseline


def test_a_value_set_below_that_of_the_bulk_host_is_the_paragraphs_sample():
    v = facts("The MgH2–Ni/CNS composite absorbs 5.4 wt% H2 within 60 s at 150 °C.",
              "By van 't Hoff analysis, the desorption enthalpy is 70.8 kJ/mol H2, slightly below that of bulk "
              "MgH2 (74.4 kJ/mol H2).")
    assert set(roles(v[70.8].system)) == {"Ni/CNS"}      # Ni on its support: one catalyst
    assert roles(v[74.4].system) == {} and v[74.4].baseline
