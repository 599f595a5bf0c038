"""Every part of the measured sample as real abstracts name it: a molar coefficient glued before a dopant
prefix by an indexing service ("0.04CeAl4-doped NaAlH4"), a hydride named as the host's coating ("coated
with a Mg(BH4)2 layer", "with a LiBH4 shell"), an additive the verb after the sample's parts puts in ("LiBH4
and MgH2 were milled with 5 wt% NbF5"), and the scaffold a doped host is put in afterwards ("doped with LiI
and confined in mesoporous silica"). Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


def _parts(row: dict) -> dict:
    return {c["material"]: (c["amount"], c["amount_unit"]) for c in row["components"]}


@pytest.mark.parametrize("text, additive, amount", [
    ("0.04CeAl4-doped NaAlH4 starts to release hydrogen at 121.5 °C.", "CeAl4", 0.04),
    ("The onset temperature of 0.1TiCl3-doped LiAlH4 is 121.5 °C.", "TiCl3", 0.1),
    ("Hydrogen release from 0.05NbF5-catalysed Mg(BH4)2 begins at 121.5 °C.", "NbF5", 0.05),
])
def test_a_coefficient_glued_before_a_dopant_prefix_is_its_amount(text, additive, amount):
    parts = _parts(the_one(contract_measurements(text), 121.5))
    assert parts.get(additive) == (amount, "ratio"), parts


def test_a_dopant_prefix_without_a_coefficient_keeps_no_amount():
    parts = _parts(the_one(contract_measurements("CeAl4-doped NaAlH4 starts to release hydrogen at 121.5 °C."),
                           121.5))
    assert parts.get("CeAl4") == (None, None), parts


@pytest.mark.parametrize("text, coating", [
    ("An MgH2 electrode coated with a Mg(BH4)2 layer delivers a discharge capacity of 1501.5 mAh/g.", "Mg(BH4)2"),
    ("MgH2 coated with a thin LiBH4 layer starts to release hydrogen at 251.5 °C.", "LiBH4"),
    ("MgH2 nanoparticles with a LiBH4 shell start to release hydrogen at 251.5 °C.", "LiBH4"),
    ("Graphene-supported MgH2 with a NaBH4 coating starts to release hydrogen at 251.5 °C.", "NaBH4"),
])
def test_a_hydride_named_as_the_hosts_coating_is_part_of_the_sample(text, coating):
    value = 1501.5 if "capacity" in text else 251.5
    parts = _parts(the_one(contract_measurements(text), value))
    assert "MgH2" in parts and coating in parts, parts


def test_a_hydride_named_beside_the_host_without_a_coating_word_stays_apart():
    # the comparison names another sample: no shell, no layer, nothing that puts it on the host
    rows = contract_measurements("MgH2 starts to release hydrogen at 251.5 °C, compared with LiBH4 at 400 °C.")
    assert set(_parts(the_one(rows, 251.5))) == {"MgH2"}


@pytest.mark.parametrize("text, additive, amount", [
    ("LiBH4 and MgH2 were milled with 5 wt% NbF5. The composite releases 9.5 wt% hydrogen.", "NbF5", 5.0),
    ("LiBH4 and MgH2 were co-milled with TiCl3. The composite releases 9.5 wt% hydrogen.", "TiCl3", None),
    ("MgH2 doped with 5 wt% Ni was then milled with 3 wt% graphene. The composite releases 9.5 wt% hydrogen.",
     "graphene", 3.0),
])
def test_the_additive_the_verb_after_the_samples_parts_puts_in_joins_it(text, additive, amount):
    parts = _parts(the_one(contract_measurements(text), 9.5))
    assert additive in parts and parts[additive][0] == amount, parts


def test_a_second_sample_milled_apart_keeps_its_own_additive():
    text = ("LiBH4 and MgH2 were milled together, and NaAlH4 was milled with TiCl3. "
            "The composite releases 9.5 wt% hydrogen.")
    assert "TiCl3" not in _parts(the_one(contract_measurements(text), 9.5))


@pytest.mark.parametrize("text, scaffold", [
    ("LiBH4 was doped with LiI and confined in mesoporous silica. It reaches 0.54 mS/cm at 30 °C.",
     "mesoporous silica"),
    ("LiBH4 doped with LiI was confined in SiO2. It reaches 0.54 mS/cm at 30 °C.", "SiO2"),
    ("LiBH4 doped with LiI was infiltrated into a porous carbon. It reaches 0.54 mS/cm at 30 °C.", "porous carbon"),
])
def test_the_scaffold_a_doped_host_is_then_put_in_holds_the_whole_sample(text, scaffold):
    row = the_one(contract_measurements(text), 0.54)
    roles = {c["material"]: c["role"] for c in row["components"]}
    assert roles.get("LiI") == "DopantSubstituent" and roles.get(scaffold) == "ScaffoldConfinementHost", roles


def test_a_scaffold_named_only_as_a_reference_stays_apart():
    text = "LiBH4 was doped with LiI, and mesoporous silica was used as a reference. It reaches 0.54 mS/cm at 30 °C."
    assert "mesoporous silica" not in _parts(the_one(contract_measurements(text), 0.54))


@pytest.mark.parametrize("text, support", [
    ("MgH2 was milled with plasma-treated carbon and starts to release hydrogen at 224.5 °C.", "plasma-treated carbon"),
    ("MgH2 milled with plasma carbon starts to release hydrogen at 224.5 °C.", "plasma carbon"),
    ("MgH2 milled with vapour-grown carbon starts to release hydrogen at 224.5 °C.", "vapour-grown carbon"),
    ("MgH2 mixed with plasma-activated graphite starts to release hydrogen at 224.5 °C.", "plasma-activated graphite"),
])
def test_a_carbon_named_by_its_making_keeps_its_name(text, support):
    # (the ontology's CarbonKindArchitecture words: a kind of carbon by how it was made, not carbon as such)
    assert support in _parts(the_one(contract_measurements(text), 224.5))


def test_a_plasma_process_said_of_the_milling_leaves_the_carbon_as_such():
    parts = _parts(the_one(contract_measurements(
        "MgH2 was plasma milled with carbon and starts to release hydrogen at 224.5 °C."), 224.5))
    assert not any("plasma" in name for name in parts), parts


@pytest.mark.parametrize("text", [
    "MgH2 co-catalysed by Ni and CeO2 starts to release hydrogen at 201.5 °C.",
    "MgH2 doped with Ni as well as CeO2 starts to release hydrogen at 201.5 °C.",
    "MgH2 catalysed by Ni together with CeO2 starts to release hydrogen at 201.5 °C.",
    "MgH2 doped simultaneously with Ni and CeO2 starts to release hydrogen at 201.5 °C.",
])
def test_the_second_additive_of_a_pair_put_in_together_is_kept(text):
    assert set(_parts(the_one(contract_measurements(text), 201.5))) == {"MgH2", "Ni", "CeO2"}


def test_a_pair_compared_as_alternatives_stays_one_sample_each():
    rows = contract_measurements("MgH2 doped with Ni or CeO2 starts to release hydrogen at 201.5 °C.")
    assert all(not {"Ni", "CeO2"} <= set(_parts(r)) for r in rows), rows


@pytest.mark.parametrize("text, amounts", [
    ("Ni and CeO2 co-doped MgH2 starts to release hydrogen at 203.5 °C.", {"Ni": None, "CeO2": None}),
    ("Ni,CeO2-codoped MgH2 starts to release hydrogen at 203.5 °C.", {"Ni": None, "CeO2": None}),
    ("5 wt% Ni and 3 wt% CeO2 co-doped MgH2 starts to release hydrogen at 203.5 °C.", {"Ni": 5.0, "CeO2": 3.0}),
    ("Fe, TiO2 co-catalysed MgH2 starts to release hydrogen at 203.5 °C.", {"Fe": None, "TiO2": None}),
])
def test_dopants_before_a_joint_verb_before_the_host_are_one_sample(text, amounts):
    parts = _parts(the_one(contract_measurements(text), 203.5))
    assert {k: v[0] for k, v in parts.items() if k != "MgH2"} == amounts, parts


def test_a_material_before_a_plain_prefix_names_a_sample_of_its_own():
    # (no joint verb: "MnCl2 and Mn-doped MgH2" are two samples, each with one additive)
    rows = contract_measurements("MnCl2 and Mn-doped MgH2 start to release hydrogen at 203.5 °C.")
    assert all(not {"Mn", "MnCl2"} <= set(_parts(r)) for r in rows), rows


@pytest.mark.parametrize("notation, additive, amount", [
    ("MgH2-10wt%(Ni/C)", "Ni/C", 10.0),
    ("MgH2–5 wt% (Mg(BH4)2)", "Mg(BH4)2", 5.0),
    ("LiBH4-30wt%(SiO2)", "SiO2", 30.0),
])
def test_a_loading_then_its_one_material_in_brackets_is_that_material(notation, additive, amount):
    from ontology.system import analyse_system
    parsed = analyse_system(notation)
    assert not parsed.unknown and {c.formula: c.amount.value for c in parsed.system.additives} == {additive: amount}


def test_a_bracket_of_several_materials_after_a_loading_is_not_read_as_one():
    from ontology.system import analyse_system
    parsed = analyse_system("MgH2 + 10 wt% (Ni + CeO2)")
    assert not any(c.formula in ("Ni + CeO2", "Ni+CeO2") for c in parsed.system.additives)


@pytest.mark.parametrize("text, parts", [
    ("LiBH4 was first milled with LiI. The resulting solid solution was then mixed with 30 wt% SiO2. "
     "The final electrolyte conducts 0.31 mS/cm at 30 °C.", {"LiBH4", "LiI", "SiO2"}),
    ("Mg(BH4)2 was ball milled with 10 wt% TiO2. After that, the mixture was confined in activated carbon. "
     "The obtained material conducts 0.31 mS/cm at 30 °C.", {"Mg(BH4)2", "TiO2", "activated carbon"}),
    ("Mg(BH4)2 was synthesised and then ball milled with 10 wt% TiO2. The product conducts 0.31 mS/cm at 30 °C.",
     {"Mg(BH4)2", "TiO2"}),
    ("NaBH4 was dried under vacuum and then milled with 5 wt% Ni. The powder conducts 0.31 mS/cm at 30 °C.",
     {"NaBH4", "Ni"}),
])
def test_a_sample_built_over_steps_keeps_every_part(text, parts):
    assert set(_parts(the_one(contract_measurements(text), 0.31))) == parts


def test_a_sample_put_in_a_scaffold_keeps_the_catalyst_beside_the_scaffold():
    text = ("Mg(BH4)2 was ball milled with 10 wt% TiO2. After that, the mixture was confined in activated carbon. "
            "The obtained material starts to release hydrogen at 131.5 °C.")
    roles = {c["material"]: c["role"] for c in the_one(contract_measurements(text), 131.5)["components"]}
    assert roles["TiO2"] == "Catalyst" and roles["activated carbon"] == "ScaffoldConfinementHost", roles


def test_a_step_that_adds_nothing_leaves_the_sample_alone():
    text = "LiBH4 was first milled with LiI. The resulting solid solution was then annealed. It conducts 0.31 mS/cm at 30 °C."
    assert set(_parts(the_one(contract_measurements(text), 0.31))) == {"LiBH4", "LiI"}


@pytest.mark.parametrize("text, amounts", [
    ("MgH2 was doped with a mixture of 5 wt% Ni and 4 wt% Fe. The sample desorbs hydrogen from 249.5 °C.",
     {"Ni": 5.0, "Fe": 4.0}),
    ("MgH2 was milled with a blend of 3 wt% Ni and 2 wt% CeO2. It desorbs hydrogen from 249.5 °C.",
     {"Ni": 3.0, "CeO2": 2.0}),
    ("MgH2 was catalysed by a mixture of 2 mol% Nb2O5 and 1 mol% TiF3. It desorbs hydrogen from 249.5 °C.",
     {"Nb2O5": 2.0, "TiF3": 1.0}),
])
def test_additives_named_as_one_mixture_with_their_loadings_are_all_kept(text, amounts):
    parts = _parts(the_one(contract_measurements(text), 249.5))
    assert {k: v[0] for k, v in parts.items() if k != "MgH2"} == amounts, parts


def test_a_mixture_named_with_no_loadings_keeps_its_members_without_amounts():
    parts = _parts(the_one(contract_measurements(
        "MgH2 was catalysed by a mixture of Ni and Fe. The sample desorbs hydrogen from 249.5 °C."), 249.5))
    assert {k: v[0] for k, v in parts.items() if k != "MgH2"} == {"Ni": None, "Fe": None}, parts


@pytest.mark.parametrize("text, partner", [
    ("LiBH4 and Ca(BH4)2 form a eutectic. The eutectic releases hydrogen from 229.5 °C.", "Ca(BH4)2"),
    ("MgH2 and LiBH4 form a reactive hydride composite. The composite starts to release hydrogen at 229.5 °C.",
     "MgH2"),
    ("LiBH4 and NaBH4 readily form a eutectic mixture that starts to release hydrogen at 229.5 °C.", "NaBH4"),
    ("Mg(BH4)2 and Ca(BH4)2 formed a composite, which starts to release hydrogen at 229.5 °C.", "Mg(BH4)2"),
])
def test_a_pair_said_to_form_a_sample_of_several_parts_is_that_sample(text, partner):
    assert partner in _parts(the_one(contract_measurements(text), 229.5))


def test_a_pair_said_to_form_phases_of_their_own_is_no_sample():
    text = "LiBH4 and Ca(BH4)2 form separate phases. Pure LiBH4 starts to release hydrogen at 229.5 °C."
    assert set(_parts(the_one(contract_measurements(text), 229.5))) == {"LiBH4"}


@pytest.mark.parametrize("text, additive, amount", [
    ("MgH2-Ni(5wt%) starts to release hydrogen at 222.5 °C.", "Ni", 5.0),
    ("LiBH4-SiO2(30 wt.%) starts to release hydrogen at 222.5 °C.", "SiO2", 30.0),
    ("The dehydrogenation onset of MgH2-TiO2(10wt%) is 222.5 °C.", "TiO2", 10.0),
])
def test_a_loading_glued_in_brackets_after_the_additive_is_kept(text, additive, amount):
    parts = _parts(the_one(contract_measurements(text), 222.5))
    assert parts.get(additive, (None,))[0] == amount, parts


def test_a_share_in_brackets_after_a_bare_host_makes_no_additive():
    rows = contract_measurements("Pure MgH2 (95 wt%) starts to release hydrogen at 222.5 °C.")
    assert set(_parts(the_one(rows, 222.5))) == {"MgH2"}


@pytest.mark.parametrize("text, later", [
    ("MgH2 was first doped with Ni and then coated with carbon. It starts to release hydrogen at 266.5 °C.", "C"),
    ("MgH2 was doped with Ni and subsequently wrapped with graphene. It starts to release hydrogen at 266.5 °C.",
     "graphene"),
    ("LiBH4 was doped with TiF3 and then milled with 5 wt% CNTs. It starts to release hydrogen at 266.5 °C.",
     "carbon nanotube"),
])
def test_a_later_step_of_the_same_sentence_adds_to_the_sample(text, later):
    assert later in _parts(the_one(contract_measurements(text), 266.5))


def test_a_later_comparison_in_the_same_sentence_adds_nothing():
    text = "MgH2 was doped with Ni and compared with TiO2. It starts to release hydrogen at 266.5 °C."
    assert "TiO2" not in _parts(the_one(contract_measurements(text), 266.5))


@pytest.mark.parametrize("text, amounts", [
    ("MgH2/5wt%Ni starts to release hydrogen at 224.5 °C.", {"Ni": 5.0}),
    ("MgH2-10wt%Ni-5wt%graphene starts to release hydrogen at 224.5 °C.", {"Ni": 10.0, "graphene": 5.0}),
    ("The onset temperature of MgH2/3wt%Nb2O5 is 224.5 °C.", {"Nb2O5": 3.0}),
])
def test_run_together_loadings_of_indexing_services_are_kept(text, amounts):
    parts = _parts(the_one(contract_measurements(text), 224.5))
    assert {k: v[0] for k, v in parts.items() if k != "MgH2"} == amounts, parts


def test_a_ratio_of_per_cents_is_no_composition():
    # (no material after the slash's loading: a yield over a loading, not a sample)
    rows = contract_measurements("Pure MgH2 starts to release hydrogen at 224.5 °C with 95 wt%/5 wt% phases.")
    assert set(_parts(the_one(rows, 224.5))) == {"MgH2"}
