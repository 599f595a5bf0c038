"""Issue 10, long-range attribution in review-like prose: an alloy system named as such, a
precursor and what forms from it, a support introduced before the host, sample codes.

Sentences written for these tests; none comes from the review.
"""
from __future__ import annotations

from prose_sentences import para

from ingest.extraction.prose.prose import extract_sentences
from ingest.extraction.prose.prose_context import SentenceLike


def formulas(m):
    return {c.formula for c in m.system.components}


# ------------------------------------------------------------------------- an alloy system
def test_an_alloy_system_named_after_its_metal_is_what_the_next_values_are_about():
    v = para(("Milled MgH2 gives off hydrogen at 310 °C.",),
             ("Early workers improved the sorption of Mg in the Mg–Ni system by alloying.",
              "The reaction enthalpy dropped from 74 to 64 kJ/mol, putting the release at 255 °C."))
    assert v[64.0].system.host.formula == "Mg2Ni"
    assert v[74.0].system.host.formula == "MgH2" and v[74.0].baseline  # the change starts from the metal's hydride


def test_an_alloy_system_lowering_a_value_starts_from_the_hydride_of_its_metal():
    v = para(("The Mg–Ni system lowers the reaction enthalpy from 75 to 65 kJ/mol.",))
    assert v[65.0].system.host.formula == "Mg2Ni"
    assert v[75.0].system.host.formula == "MgH2"


def test_a_metal_named_in_a_system_is_part_of_it_not_the_sample():
    v = para(("Bulk MgH2 releases hydrogen at 330 °C.",
              "Adding nickel turned the Mg in the Mg–Ni system into a faster absorber.",
              "Its desorption enthalpy is 63 kJ/mol."))
    assert v[63.0].system.host.formula == "Mg2Ni"


# ----------------------------------------------------- an additive named before the bare host
def test_a_support_introduced_before_the_bare_host_joins_it():
    v = para(("Introducing few-layer graphene as a support turned the LiBH4 rods into particles 15–40 nm across.",))
    assert formulas(v[15.0]) == {"LiBH4", "graphene"}


def test_a_material_named_before_the_host_without_an_additive_cue_stays_out():
    v = para(("Unlike graphene, the LiBH4 rods shrank into particles 15–40 nm across.",))
    assert formulas(v[15.0]) == {"LiBH4"}


# ------------------------------------------------------------------------------ sample codes
def test_a_treatment_code_in_a_sample_name_is_no_component():
    from ontology.system import parse_system

    s = parse_system("HT120-8PEO-LiBH4", strict=False)
    assert {c.formula for c in s.components} == {"LiBH4", "PEO"}
    assert [c.formula for c in parse_system("LiBH4–MgH2", strict=False).components] == ["LiBH4", "MgH2"]


def test_a_sample_code_joined_by_a_hyphen_to_a_formula_in_inline_math_stays_one_name():
    from ingest.extract import extract_text
    from kg.literature import contract_rows

    doc = ("# A test paper\n\n## Abstract\n\n"
           "The annealed HT120-8PEO- $\\text{LiBH}_4$  electrolyte conducts  $0.3 \\text{ mS cm}^{-1}$  at 25 °C.\n")
    (r,) = [r for r in contract_rows(extract_text(doc)) if r["kind"] == "measurement"]
    assert r["value"] == 0.3 and {c["material"] for c in r["components"]} == {"LiBH4", "PEO"}


# ------------------------------------------------------- an element dissolved in a hydride
def test_an_element_in_brackets_inside_a_hydride_formula_is_dissolved_in_that_hydride():
    from ontology.system import parse_system

    s = parse_system("Mg(Ti)H", strict=False)
    assert [(c.formula, c.role) for c in s.components] == [("MgH2", "HostHydride"), ("Ti", "DopantSubstituent")]
    s = parse_system("Mg2Ni(Fe)H4", strict=False)
    assert [c.formula for c in s.components] == ["Mg2NiH4", "Fe"]
    assert [c.formula for c in parse_system("Mg(BH4)2", strict=False).components] == ["Mg(BH4)2"]


# --------------------------------------------------- a phase the sample forms is no new sample
def test_a_phase_the_sample_forms_named_again_does_not_take_over_the_paragraph():
    v = para(("Li et al. ball-milled MgH2 with a FeCo alloy.",
              "Milling let Fe and Co dissolve into Mg, producing Mg2Co(Fe)H5 species that strain the MgH2 lattice.",
              "The Fe further changes the electronic structure of Mg2Co(Fe)H5 and weakens the Mg–H bond.",
              "These changes cut the activation energy to 80.1 kJ/mol."))
    assert v[80.1].system.host.formula == "MgH2" and formulas(v[80.1]) == {"MgH2", "FeCo"}


def test_a_sample_made_by_a_reaction_is_still_the_sample():
    v = para(("Ultrafine MgH2 nanoparticles of 4–6 nm were made by sonochemistry.",
              "MgCl2 reacted with LiH in THF, producing MgH2 and LiCl.",
              "The MgH2 nanoparticles reversibly stored 6.5 wt% H2 at 30 °C."))
    assert v[6.5].system.host.formula == "MgH2"


# ------------------------------------------------------------- a size of another material
def test_a_size_in_a_sentence_about_a_non_hydride_is_that_materials_own():
    v = para(("The MgH2–NiO composite anode delivers 1200 mAh/g.",
              "On cycling, the NiO breaks down into nanoscale particles in the 2–3 nm range.",
              "After cycling, the particles of the composite grow to 80 nm."))
    assert v[2.0].system.host.formula == "NiO" and v[2.0].value_max == 3.0
    assert v[80.0].system.host.formula == "MgH2"  # no material named: the paragraph's sample


# ------------------------------------------------------ a precursor an in-situ phase came from
def test_the_reagent_an_in_situ_phase_formed_from_joins_the_sample_as_its_precursor():
    v = para(("Dehydrogenation curves of MgH2 at several temperatures.",),
             ("Chen et al. showed that well dispersed Mg2Ni alloys may be in situ formed at the surface "
              "via the hydrogenation of NiCp2.",
              "The Mg2Ni alloys strain the surface MgH2.",
              "The strain lowers the activation energy from 158 to 92.5 kJ/mol."))
    roles = {c.formula: c.role for c in v[92.5].system.components}
    assert roles["MgH2"] == "HostHydride" and roles["Mg2Ni"] == "Catalyst"
    assert [r for f, r in roles.items() if f not in ("MgH2", "Mg2Ni")] == ["Precursor"]


def test_a_reagent_a_sample_was_not_formed_from_stays_out():
    v = para(("Dehydrogenation curves of MgH2 at several temperatures.",),
             ("Chen et al. dispersed Mg2Ni alloys on the surface and washed them with NiCp2.",
              "The Mg2Ni alloys strain the surface MgH2.",
              "The strain lowers the activation energy from 158 to 92.5 kJ/mol."))
    assert {c.role for c in v[92.5].system.components} == {"HostHydride", "Catalyst"}


# ------------------------------------------------- a hydride acting on the paragraph's host
def test_a_hydride_the_sentence_makes_act_on_the_host_is_its_additive_for_what_follows():
    v = para(("Liang et al. found that MgH2–V reaches an activation energy of 62.3 kJ/mol.",
              "Xu et al. showed that ZrH2, acting as a 'hydrogen relay', splits into Zr and H during cycling, "
              "thereby improving the sorption of the Mg/MgH2 system.",
              "At 275 °C, the peak desorption rate reaches 1.4 wt% H2 per minute."))
    assert formulas(v[1.4]) == {"MgH2", "ZrH2"}


def test_a_hydride_named_beside_the_host_without_acting_on_it_is_no_additive():
    v = para(("Liang et al. found that MgH2–V reaches an activation energy of 62.3 kJ/mol.",
              "Xu et al. compared ZrH2 with the Mg/MgH2 system.",
              "At 275 °C, the peak desorption rate reaches 1.4 wt% H2 per minute."))
    assert "ZrH2" not in formulas(v[1.4])


# --------------------------------------------------- a formula closing a bracketed list
def test_an_element_that_closes_a_bracketed_list_is_still_a_material():
    from ingest.extraction.text.nlp import mentions

    assert [m.text for m in mentions("absorbers (TiH2, B, or C) were mixed into NaBH4")
            if m.kind != "Strategy"] == ["TiH2", "B", "C", "NaBH4"]
    # one sample per absorber: the last of the list is one of them (values of one number, so not by value)
    texts = ("To raise the microwave response, Sato et al. added absorbers of microwaves (such as TiH2, B, or C) "
             "into the NaBH4 matrix.",
             "The composites containing these absorbers heated far faster than pure NaBH4, releasing 5 wt% H2 "
             "within 4 min.")
    sents, pos = [], 0
    for t in texts:
        sents.append(SentenceLike(t, pos, pos + len(t), "1", [], 1))
        pos += len(t) + 1
    systems = {frozenset(c.formula for c in m.system.additives) for m in extract_sentences(sents, "t")[0]}
    assert systems == {frozenset({"TiH2"}), frozenset({"B"}), frozenset({"C"})}


# ------------------------------------------------ a shell around the sample; the sample kept
def test_a_sample_supported_on_a_scaffold_and_wrapped_in_a_shell_keeps_both():
    v = para(("Wu et al. grew nanosized MgH2 evenly supported on graphene, wrapped in a thin shell of Ca(BH4)2, "
              "which delivers 950 mAh/g.",))
    assert formulas(v[950.0]) == {"MgH2", "graphene", "Ca(BH4)2"}


def test_a_sentence_without_values_about_the_bare_host_keeps_the_paragraphs_sample():
    v = para(("Wu et al. grew nanosized MgH2 on graphene, wrapped in a thin shell of Ca(BH4)2.",
              "Theoretical calculations suggest that CaB6 holds LiBH4 on the surface of MgH2.",
              "As a result, the electrode keeps 750 mAh/g after 300 cycles."))
    assert formulas(v[750.0]) == {"MgH2", "graphene", "Ca(BH4)2"}


def test_what_a_hydride_is_used_to_coat_joins_it():
    v = para(("Kim et al. used a THF solution of Li3(BH4)2Br to evenly coat LLZTO with a hydride layer.",
              "The conductivity at 25 °C reached 0.05 mS/cm."))
    roles = {c.formula: c.role for c in v[0.05].system.components}
    assert roles == {"LiBH4": "HostHydride", "LiBr": "DopantSubstituent",
                     "Li6.4La3Zr1.4Ta0.6O12": "SolidElectrolytePartner"}


# --------------------------------------------------- an additive acting in a named setting
def test_a_material_acting_on_a_hydride_named_as_the_setting_joins_it():
    v = para(("Bulk NaBH4 is very stable.",
              "Ito et al. reported that, in NaBH4 systems, TiF3 disrupts the reactant more strongly than TiCl3.",
              "While Cl- weakens the ionic bonds, F- breaks the B–H bond, forming NaBH4-xFx that lets NaBH4 release "
              "hydrogen at 140 °C."))
    assert formulas(v[140.0]) == {"NaBH4", "TiF3"}


def test_a_material_merely_named_after_the_setting_does_not_join_it():
    v = para(("Bulk NaBH4 is very stable.",
              "Ito et al. reported that, in NaBH4 systems, TiF3 and TiCl3 were both studied.",
              "NaBH4 released hydrogen at 140 °C."))
    assert formulas(v[140.0]) == {"NaBH4"}


# ------------------------------------------------ a supported catalyst named again bare
def test_a_catalyst_named_bare_after_its_supported_form_is_the_supported_one():
    v = para(("Wang et al. loaded Fe/C and FeCo/NC into MgH2, where the metal nanoparticles sat on a porous carbon.",
              "Alloying FeCo further lowered the onset temperature to 180 °C."))
    assert formulas(v[180.0]) == {"MgH2", "FeCo/NC"}     # the supported catalyst, as written


def test_a_supported_catalyst_of_another_paragraph_is_not_carried():
    v = para(("Wang et al. loaded FeCo/NC into MgH2.",),
             ("Alloying FeCo further lowered the onset temperature of MgH2 to 180 °C.",))
    assert formulas(v[180.0]) == {"MgH2", "FeCo"}
