"""A metal or alloy the ontology stores hydrogen as (Mg for MgH2, Mg2Ni for Mg2NiH4) is a sample the text goes
on about, as a hydride is: values in later sentences that name no material are its values. Sentences written
for these tests."""
import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize("text, host, value", [
    # a value sentence first, then "Its …"
    ("The Mg2Ni alloy absorbs hydrogen at 200 °C. Its dehydrogenation activation energy is 76 kJ/mol.", "Mg2NiH4", 76.0),
    # a sentence with no value names the sample, the next gives the value
    ("The Mg2Ni alloy was milled for 20 h under argon. The alloy releases 3.2 wt% hydrogen at 280 °C.", "Mg2NiH4", 3.2),
    ("Mg thin films were sputtered onto glass. The films take up 7.1 wt% H2 at 250 °C.", "MgH2", 7.1),
    ("Mg2Ni is the subject of this work. It has an apparent activation energy of 81 kJ/mol for hydrogen desorption.",
     "Mg2NiH4", 81.0),
    ("Magnesium nanowires were grown by vapour transport. After hydrogenation they desorb hydrogen with an "
     "activation energy of 65 kJ/mol.", "MgH2", 65.0),
    # an alloy written by its composition is its own host
    ("The Mg90Ni10 alloy was prepared by melt spinning. After activation the alloy absorbs 5.8 wt% hydrogen at "
     "300 °C.", "Mg90Ni10", 5.8),
    ("Mg2Ni0.9Co0.1 absorbs 3.1 wt% hydrogen at 300 °C. Its desorption activation energy is 60 kJ/mol.",
     "Mg2Ni0.9Co0.1", 60.0),
    ("We cast Mg17Al12 ingots and pulverised them. The powder desorbs hydrogen with an enthalpy of 72 kJ/mol H2.",
     "Mg17Al12", 72.0),
])
def test_a_metal_or_alloy_host_carries_to_the_next_sentence(text, host, value):
    row = the_one(contract_measurements(text), value)
    assert row["material"] in (host, host.replace("H4", "").replace("H2", "")), row


@pytest.mark.parametrize("text", [
    # an ion and an element are no sample: the value stays on the passage's hydride
    "Mg(BH4)2 was modified with NH3. The NH3 ligands interact with Mg and H, opening Mg2+ pathways. "
    "The ionic conductivity reaches 0.02 mS/cm at 80 °C.",
    "LiBH4 was ball milled with LiI. Li-ion hopping between Li sites is easier. The ionic conductivity reaches "
    "0.02 mS/cm at 80 °C.",
])
def test_an_element_or_ion_is_no_sample(text):
    row = the_one(contract_measurements(text), 0.02)
    assert row["material"] in ("Mg(BH4)2", "LiBH4"), row
    assert len(row["components"]) == 2, row


# ---------------------------------------------------------------- an anode of a hydride with an electrolyte hydride
@pytest.mark.parametrize("text, value", [
    ("The MgH2–LiBH4 electrode delivers a reversible capacity of 1350 mAh g−1 as an anode.", 1350.0),
    ("As an anode in an all-solid-state cell, LiBH4–MgH2 reaches 1200 mAh/g in the first discharge.", 1200.0),
    ("MgH2 + LiBH4 composite anodes keep 800 mAh g−1 after 50 cycles at 120 °C.", 800.0),
])
def test_in_an_anode_the_anode_hydride_is_the_host_and_the_electrolyte_its_partner(text, value):
    row = the_one(contract_measurements(text), value)
    assert row["material"] == "MgH2", row
    assert [(c["material"], c["role"]) for c in row["components"][1:]] == [("LiBH4", "SolidElectrolytePartner")], row


def test_for_hydrogen_storage_the_same_pair_is_a_reactive_hydride_composite():
    row = the_one(contract_measurements("The MgH2–2LiBH4 composite releases 9.2 wt% H2 at 400 °C."), 9.2)
    assert row["material"] == "LiBH4", row
    assert [(c["material"], c["role"]) for c in row["components"][1:]] == [("MgH2", "DestabilizingReactant")], row


# an alloy named with its noun ('the Mg2Ni alloy doped with …', the ontology's AlloyNoun) or written by its composition
# ('Mg90Ni10 milled with …', its largest part a storage metal), with an additive put into it: the alloy is the host,
# the additive its own part (it had been the host, or lost)
@pytest.mark.parametrize("text, value, host, additive", [
    ("The Mg2Ni alloy doped with 3 wt% CeO2 releases 3.1 wt% H2.", 3.1, "Mg2Ni", "CeO2"),
    ("The Mg2Ni alloys catalysed by 2 mol% NbF5 absorb 3.3 wt% H2 at 200 °C.", 3.3, "Mg2Ni", "NbF5"),
    ("The Mg17Al12 alloy modified with 5 wt% TiO2 releases 4.1 wt% H2 at 300 °C.", 4.1, "Mg17Al12", "TiO2"),
    ("Mg90Ni10 with 3 wt% CeO2 releases 6.0 wt% H2.", 6.0, "Mg90Ni10", "CeO2"),
    ("Mg85Ni10Cu5 milled with 4 wt% TiF3 desorbs 5.2 wt% H2 at 300 °C.", 5.2, "Mg85Ni10Cu5", "TiF3"),
    ("Mg2Ni0.9Co0.1 doped with 2 wt% graphite desorbs 3.0 wt% H2 at 280 °C.", 3.0, "Mg2Ni0.9Co0.1", "graphite"),
])
def test_an_alloy_with_an_additive_is_its_host(text, value, host, additive):
    row = the_one(contract_measurements(text), value)
    comps = {c["material"]: c for c in row["components"]}
    assert comps[host]["role"] == "HostHydride" and comps[additive]["role"] != "HostHydride", row


def test_an_alloy_of_a_metal_storing_no_hydrogen_stays_an_additive():
    row = the_one(contract_measurements("MgH2 milled with 10 wt% of the Ni3Fe alloy releases 6.1 wt% H2."), 6.1)
    comps = {c["material"]: c for c in row["components"]}
    assert comps["MgH2"]["role"] == "HostHydride" and comps["Ni3Fe"]["role"] != "HostHydride", row
