"""A material a sentence adds before it names the bare host ("With the addition of 5 wt% Nb2O5, the onset
temperature of MgH2 …") is that sample's additive with the loading written before it, whether the adding
is a phrase before the material or a passive after it ("When 5 wt% Nb2O5 was added, …"); a passive after a
list puts in every member. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


def _parts(row: dict) -> dict:
    return {c["material"]: (c["role"], c["amount"], c["amount_unit"]) for c in row["components"]}


@pytest.mark.parametrize("text, additive", [
    ("With the addition of 5 wt% Nb2O5, the onset temperature of MgH2 decreased to 190.3 °C.", "Nb2O5"),
    ("After adding 7 wt% NiCu/rGO, the initial dehydrogenation temperature of MgH2 fell to 190.3 °C.", "NiCu/rGO"),
    ("By adding 3 mol% TiF3, the onset temperature of LiBH4 was reduced to 190.3 °C.", "TiF3"),
])
def test_the_loading_written_before_an_additive_added_before_the_host_is_kept(text, additive):
    row = the_one(contract_measurements(text), 190.3)
    parts = _parts(row)
    assert additive in parts and parts[additive][1] is not None, row["components"]


@pytest.mark.parametrize("text, additive, amount", [
    ("When 5 wt% Nb2O5 was added, the onset temperature of MgH2 decreased to 190.3 °C.", "Nb2O5", 5.0),
    ("Once 10 wt% TiF3 had been introduced, MgH2 started to release hydrogen at 190.3 °C.", "TiF3", 10.0),
    ("After CeO2 was incorporated, the peak temperature of MgH2 shifted to 190.3 °C.", "CeO2", None),
])
def test_a_material_a_passive_puts_in_before_the_host_is_its_additive(text, additive, amount):
    parts = _parts(the_one(contract_measurements(text), 190.3))
    assert additive in parts and parts[additive][1] == amount, parts


def test_a_passive_after_a_list_puts_in_every_member():
    text = "When 5 wt% TiC, 3 wt% Ni and graphene were added, the onset temperature of MgH2 was 190.3 °C."
    parts = _parts(the_one(contract_measurements(text), 190.3))
    assert {k: v[1] for k, v in parts.items()} == {"MgH2": None, "TiC": 5.0, "Ni": 3.0, "graphene": None}


@pytest.mark.parametrize("text", [
    # the host doped is the subject of the passive, not a material put in
    "Although MgH2 is often doped with 5 wt% Nb2O5, pure MgH2 starts to release hydrogen at 190.3 °C.",
    # a list in another clause, before the passive's own material
    "TiC and MgO are stable phases; the onset temperature of MgH2 was 190.3 °C.",
])
def test_no_additive_where_nothing_is_put_into_this_sample(text):
    row = the_one(contract_measurements(text), 190.3)
    assert [c["material"] for c in row["components"]] == ["MgH2"], row["components"]


def test_graphitic_carbon_nitride_written_g_c3n4_is_the_additive():
    # ('g-' is no polymorph prefix the tokenizer splits off: the ontology writes the name with it)
    text = "g-C3N4 was introduced into MgH2 by ball milling. The MgH2–g-C3N4 composite releases hydrogen from 190.3 °C."
    row = the_one(contract_measurements(text), 190.3)
    assert [c.get("term") for c in row["components"]] == ["MagnesiumHydride", "GraphiticCarbonNitride"]


# the adding said right after the value the sentence gives for the bare host is that value's sample
@pytest.mark.parametrize("text, additive, amount", [
    ("The ionic conductivity of LiBH4 rose to 1.2 × 10-4 S/cm at 30 °C upon addition of 30 mol% LiI.", "LiI", 30.0),
    ("The onset temperature of MgH2 decreased to 190.3 °C after doping with 5 wt% Nb2O5.", "Nb2O5", 5.0),
    ("The peak temperature of LiAlH4 is lowered to 190.3 °C by adding 3 mol% TiCl3.", "TiCl3", 3.0),
])
def test_an_additive_added_right_after_the_value_is_the_samples(text, additive, amount):
    rows = contract_measurements(text)
    value = next(r["value"] for r in rows if r["unit"] in ("degC", "mS/cm"))
    parts = _parts(the_one(rows, value))
    assert additive in parts and parts[additive][1] == amount, parts


@pytest.mark.parametrize("text", [
    "MgH2 releases 6.1 wt% H2 at 300 °C, while the addition of 5 wt% Nb2O5 lowers the temperature needed.",
    "Bulk MgH2 releases 6.1 wt% H2 at 300 °C and is improved by adding Nb2O5 in later work.",
])
def test_an_adding_in_another_clause_leaves_the_value_on_the_bare_host(text):
    row = the_one(contract_measurements(text), 6.1)
    assert [c["material"] for c in row["components"]] == ["MgH2"], row["components"]


# a prefix naming a catalyst on a support written with a lower-case abbreviation ('rGO', 'gC3N4')
@pytest.mark.parametrize("text, support", [
    ("The TiO2/rGO-doped MgH2 releases 6.2 wt% H2 at 300 °C.", "TiO2/rGO"),
    ("The 7 wt% Fe3O4@rGO-modified MgH2 releases 6.2 wt% H2 at 300 °C.", "Fe3O4@"),
    ("The Ni/gC3N4-catalyzed MgH2 releases 6.2 wt% H2 at 300 °C.", "Ni/gC3N4"),
])
def test_a_prefix_with_a_supported_catalyst_adds_it(text, support):
    parts = _parts(the_one(contract_measurements(text), 6.2))
    assert any(k.startswith(support) for k in parts), parts


# the part a material plays, said with a copula before the host ('… was found to be an effective catalyst for …')
@pytest.mark.parametrize("sentence", [
    "NbF5 was found to be an effective catalyst for LiBH4.",
    "NbF5 proved to be a good additive for LiBH4.",
    "NbF5 turned out to be the best dopant in LiBH4.",
    "NbF5 was a superior additive for LiBH4.",
])
def test_a_material_said_to_be_the_hosts_catalyst_is_its_additive(sentence):
    rows = contract_measurements(sentence + " Hydrogen release starts at 190.3 °C.")
    assert "NbF5" in _parts(the_one(rows, 190.3)), rows


def test_a_catalyst_of_another_host_is_no_additive_of_this_one():
    rows = contract_measurements("NbF5 is known as a catalyst for MgH2. Pure LiBH4 releases hydrogen from 190.3 °C.")
    assert list(_parts(the_one(rows, 190.3))) == ["LiBH4"]


# "PEO was blended with NaBH4", "SiO2 nanoparticles were blended with KBH4": mixing, grinding or blending a material
# with the hydride named after it puts it into that hydride as milling does; a later "the composite" is that sample
# (polyacrylonitrile, PAN, is a polymer electrolyte matrix of the ontology, as PEO is).
@pytest.mark.parametrize("text, value, partner", [
    ("PEO was blended with NaBH4 in acetonitrile. The composite conducts 0.071 mS/cm at 65 °C.", 0.071, "PEO"),
    ("Polyacrylonitrile was ground with LiBH4, and the blend reached an ionic conductivity of 2.7 × 10−5 S cm−1 "
     "at 40 °C.", 0.027, "Polyacrylonitrile"),
    ("PAN was combined with KBH4 in DMF; the resulting composite conducts 0.0052 mS/cm at 70 °C.", 0.0052, "PAN"),
    ("SiO2 nanoparticles were blended with NaBH4. The blend shows a Na+ conductivity of 4.4 × 10−7 S cm−1 at 90 °C.",
     0.00044, "SiO2"),
])
def test_a_material_mixed_with_the_hydride_named_after_it_is_its_partner(text, value, partner):
    row = the_one(contract_measurements(text), value)
    assert _parts(row).get(partner, (None,))[0] == "SolidElectrolytePartner", row["components"]
    assert row["strategies"] == ["CompositeElectrolyteFormation"]


def test_a_polymer_mixed_with_a_solvent_only_is_no_partner():
    # (near miss: the polymer is mixed with a solution, and the value is said of the bare hydride)
    text = "PEO was dissolved in acetonitrile and mixed with the salt solution; LiBH4 alone reached 0.0011 mS/cm at 30 °C."
    assert [c["material"] for c in the_one(contract_measurements(text), 0.0011)["components"]] == ["LiBH4"]
