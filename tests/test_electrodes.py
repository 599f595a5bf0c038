"""Issue 10 (items 1, 2, 5), lithium storage: what each part of an electrode is, read from the
composition, the notation and the sentence, and the same for every value of one system in a section.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows
from ontology.electrode_roles import anode_role, system_in_application
from ontology.system import parse_system


def records(*paragraphs: str, title: str = "# Electrodes") -> list[dict]:
    text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    return [r for r in contract_rows(extract_text(text)) if r["kind"] == "measurement"]


def parts(record: dict) -> dict:
    return {c["material"]: (c["role"], c["amount"]) for c in record["components"] if c["role"] != "HostHydride"}


def by_value(rows: list[dict]) -> dict:
    return {r["value"]: r for r in rows}


# ---------------------------------------------------------------- the ontology's binders
@pytest.mark.parametrize("binder", ["PVDF", "CMC", "PTFE", "SBR", "PAA", "sodium alginate"])
def test_a_binder_polymer_is_a_binder(binder):
    s = parse_system(f"MgH2–{binder}", strict=False)
    assert s.host.formula == "MgH2"
    assert [a.role for a in s.additives] == ["Binder"]


def test_a_polymer_that_is_no_binder_keeps_its_role():
    s = parse_system("MgH2@PMMA", strict=False)
    assert [a.role for a in s.additives] == ["ScaffoldConfinementHost"]


# ---------------------------------------------------------------- roles in an anode
def anode(notation: str, said=()):
    return {a.formula: a.role for a in system_in_application(parse_system(notation, strict=False), "Anode", said).additives}


def test_mixed_in_carbon_conducts_and_carbon_holding_the_hydride_stays_the_scaffold():
    assert anode("MgH2–graphene") == {"graphene": "ConductiveAdditive"}
    assert anode("LiAlH4/CNT") == {"carbon nanotube": "ConductiveAdditive"}
    assert anode("LiAlH4@C") == {"C": "ScaffoldConfinementHost"}
    assert anode("MgH2–C", said=("Nanoconfinement",)) == {"C": "ScaffoldConfinementHost"}
    # a porous carbon confines whatever the notation
    assert anode("MgH2–activated carbon") == {"activated carbon": "ScaffoldConfinementHost"}


def test_a_metallic_transition_metal_hydride_conducts_in_an_anode_and_catalyses_in_a_store():
    assert anode("0.7MgH2–0.3TiH2") == {"TiH2": "ConductiveAdditive"}
    s = parse_system("0.7MgH2–0.3TiH2")
    assert [a.role for a in system_in_application(s, "HydrogenStorage").additives] == ["Catalyst"]


def test_one_system_in_application_gives_electrolyte_and_anode_roles():
    """The wrapper is the only function of that name; the electrolyte rules under it say what they do."""
    import ontology.strategy_rules as rules
    assert not hasattr(rules, "system_in_application")
    s = parse_system("LiBH4–LiNH2")
    assert [a.role for a in system_in_application(s, "SolidElectrolyte").additives] \
        == [a.role for a in rules.system_with_electrolyte_roles(s, "SolidElectrolyte").additives] == ["DopantSubstituent"]


def test_an_oxide_in_an_anode_stays_a_catalyst():
    assert anode("MgH2–5 wt% Nb2O5") == {"Nb2O5": "Catalyst"}


def test_the_hosts_own_metal_and_an_electrolyte_hydride_in_an_anode():
    assert anode("Li3AlH6–Al") == {"Al": "ConductiveAdditive"}
    assert anode("MgH2–LiBH4") == {"LiBH4": "SolidElectrolytePartner"}
    # two conversion materials: LiAlH4 stores lithium itself, it is no electrolyte
    assert anode("MgH2–LiAlH4") == {"LiAlH4": "DestabilizingReactant"}


def test_anode_role_leaves_a_binder_alone():
    s = parse_system("MgH2–C–PVDF", strict=False)
    assert anode_role(s.additives[1], s) == "Binder"


# ---------------------------------------------------------------- formulations in sentences
def test_a_formulation_in_mass_fractions_is_one_sample():
    (r,) = records("The working electrode was cast from 75 wt% LiAlH4, 15 wt% Super P and 10 wt% PVDF. "
                   "It gave 1180 mAh g−1 at 200 mA g−1.")
    assert r["material"] == "LiAlH4" and r["value"] == 1180
    assert parts(r) == {"C": ("ConductiveAdditive", 15.0), "PVDF": ("Binder", 10.0)}
    assert r["conditions"]["current_density"] == 200


def test_a_formulation_with_fractions_in_brackets():
    (r,) = records("Electrodes consisting of MgH2 (70 wt%), acetylene black (20 wt%) and CMC (10 wt%) delivered "
                   "905 mAh g−1 after 30 cycles.")
    assert r["material"] == "MgH2"
    assert parts(r) == {"C": ("ConductiveAdditive", 20.0), "CMC": ("Binder", 10.0)}
    assert r["conditions"]["cycles"] == 30


def test_a_formulation_as_a_mass_ratio():
    (r,) = records("MgH2, carbon black and PTFE in a mass ratio of 8:1:1 were rolled into a film that "
                   "delivered 1320 mAh g−1 in the first discharge.")
    assert r["material"] == "MgH2"
    assert parts(r) == {"C": ("ConductiveAdditive", 10.0), "PTFE": ("Binder", 10.0)}


def test_an_electrolyte_milled_into_the_electrode_is_part_of_it():
    (r,) = records("MgH2 was ball milled with 35 wt% LiBH4 as the solid electrolyte, and this composite electrode "
                   "delivered 1540 mAh g−1 at 120 °C.")
    assert r["material"] == "MgH2"
    assert parts(r) == {"LiBH4": ("SolidElectrolytePartner", 35.0)}


def test_the_cells_electrolyte_layer_is_not_part_of_the_electrode():
    (r,) = records("We tested the MgH2 electrode in a bulk-type solid-state cell, LiBH4 serving as the solid electrolyte, "
                   "and delivered 1380 mAh g−1 at 120 °C.")
    assert r["material"] == "MgH2" and parts(r) == {}


def test_loadings_that_do_not_make_a_whole_stay_additives_of_the_host():
    # negative: the host has no share, the two loadings are additives of it, not a formulation
    (r,) = records("MgH2 with 5 wt% Ni and 5 wt% Nb2O5 released 6.2 wt% H2 at 300 °C.")
    assert r["material"] == "MgH2" and r["value"] == 6.2
    assert parts(r) == {"Ni": ("Catalyst", 5.0), "Nb2O5": ("Catalyst", 5.0)}


def test_a_molar_ratio_of_hydrides_is_no_formulation():
    rows = records("LiBH4 and MgH2 in a 2:1 ratio released 9.6 wt% hydrogen at 400 °C.")
    assert all(not any(c["role"] == "Binder" for c in r["components"]) for r in rows)
    assert 9.6 in by_value(rows)


# ---------------------------------------------------------------- one role per system and section
def test_every_value_of_an_mgh2_tih2_anode_gives_tih2_one_role():
    rows = records("A ball-milled 0.6MgH2–0.4TiH2 composite was cycled in a solid-state cell with LiBH4 as the "
                   "electrolyte at 120 °C. At 0.1 A g−1 the composite delivered 1150 mAh g−1 and kept 68 % of it "
                   "after 50 cycles; its first-cycle coulombic efficiency was 90.2 %.")
    with_tih2 = [r for r in rows if "TiH2" in parts(r)]
    assert {r["value"] for r in with_tih2} >= {1150, 68, 90.2}
    assert {parts(r)["TiH2"][0] for r in with_tih2} == {"ConductiveAdditive"}
    assert {r["application"] for r in with_tih2} == {"anode"}


def test_carbon_the_section_puts_the_hydride_in_stays_its_scaffold():
    rows = records("We made MgH2 nanocrystals embedded in a carbon matrix (denoted MgH2–C) as an anode. "
                   "The MgH2–C electrode delivered 1240 mAh g−1 after 40 cycles.")
    r = by_value(rows)[1240]
    assert parts(r) == {"C": ("ScaffoldConfinementHost", None)}


def test_carbon_milled_into_an_anode_conducts():
    rows = records("MgH2 ball milled with graphene (MgH2/graphene) delivered 760 mAh g−1 after 100 cycles at 1 A g−1.")
    r = by_value(rows)[760]
    assert parts(r) == {"graphene": ("ConductiveAdditive", None)}


# ---------------------------------------------------------------- the cell's test temperature
def test_the_temperature_a_cell_is_tested_at_reaches_the_paragraphs_later_values():
    rows = by_value(records("The LiAlH4 electrode was assembled into an all-solid-state cell and cycled at 100 °C. "
                            "It delivered 1260 mAh g−1 in the first discharge. At 60 °C only 840 mAh g−1 remained."))
    assert rows[1260]["conditions"]["temperature"] == 100
    assert rows[840]["conditions"]["temperature"] == 60           # its own temperature is kept


def test_a_cell_sentence_without_a_temperature_carries_none():
    rows = by_value(records("The LiAlH4 electrode was assembled into an all-solid-state cell. "
                            "It delivered 1260 mAh g−1 in the first discharge."))
    assert "temperature" not in rows[1260]["conditions"]


# ---------------------------------------------------------------- reaction equations
@pytest.mark.parametrize("sentence, host", [
    ("MgH2 stores lithium by the conversion MgH2 + 2Li+ + 2e− → Mg + 2LiH, which gives a theoretical capacity "
     "of 2038 mAh g−1.", "MgH2"),
    ("Through Li3AlH6 + 3Li → Al + 6LiH the hydride offers a theoretical capacity of 1493 mAh/g.", "Li3AlH6"),
])
def test_the_products_of_a_reaction_equation_are_no_sample(sentence, host):
    (r,) = [r for r in records(sentence) if r["property"] == "specific_capacity"]
    assert r["material"] == host and parts(r) == {}


def test_a_composite_written_with_spaced_plus_signs_without_an_arrow_stays_one_sample():
    # negative: no equation, the plus signs join one sample
    rows = records("The 2LiBH4 + MgH2 composite released 9.1 wt% hydrogen at 400 °C.")
    r = by_value(rows)[9.1]
    assert r["material"] == "LiBH4" and "MgH2" in parts(r)


def test_products_a_conversion_forms_are_not_the_mechanisms_host():
    text = ("# Anodes\n\nWe confined LiAlH4 in porous carbon (LiAlH4@C) as a conversion anode. The LiAlH4@C "
            "electrode retains 820 mAh g−1 after 150 cycles. The carbon buffers the volume change and keeps "
            "the Al and LiH products from agglomerating.\n")
    claims = [r for r in contract_rows(extract_text(text)) if r["kind"] == "mechanism"]
    assert claims and {c["host"] for c in claims} == {"LiAlH4"}


def test_the_same_parts_written_confined_and_mixed_are_two_samples():
    rows = by_value(records("The MgH2@C electrode retained 910 mAh g−1 after 60 cycles, whereas the ball-milled "
                            "MgH2/C mixture kept only 350 mAh g−1."))
    assert parts(rows[910]) == {"C": ("ScaffoldConfinementHost", None)}
    assert parts(rows[350]) == {"C": ("ConductiveAdditive", None)}


# ---------------------------------------------------------------- conditions of anode values
@pytest.mark.parametrize("sentence, value, conditions", [
    ("The LiAlH4@C anode kept 655 mA h g-1 after 250 cycles at 1 A/g.", 655, {"cycles": 250, "current_density": 1000}),
    ("A capacity retention of 79 % was reached after 120 cycles at 0.5C by the MgH2–TiH2 electrode.", 79,
     {"cycles": 120, "c_rate": 0.5}),
    ("At 0.1 mA cm−2 the MgH2 film electrode delivered 1420 mAh g(-1).", 1420, {"areal_current_density": 0.1}),
])
def test_cycling_conditions_of_an_anode_value(sentence, value, conditions):
    r = by_value(records(sentence))[value]
    assert {k: r["conditions"].get(k) for k in conditions} == conditions


def test_a_missing_conductive_additive_term_is_named(monkeypatch):
    from ontology import electrode_roles
    from ontology.strategy_rules import StrategyRuleError

    class Empty:
        def __contains__(self, term):
            return False

    electrode_roles._checked.cache_clear()
    monkeypatch.setattr(electrode_roles, "vocabulary", lambda: Empty())
    try:
        with pytest.raises(StrategyRuleError, match="ConductiveAdditive"):
            electrode_roles._checked()
    finally:
        electrode_roles._checked.cache_clear()


def test_the_graph_gives_one_system_one_set_of_roles():
    text = ("# Anodes\n\nA 0.65MgH2–0.35TiH2 composite was milled for 20 h. The 0.65MgH2–0.35TiH2 anode delivered "
            "1090 mAh g−1 at 100 mA g−1 and kept 70 % of it after 80 cycles.\n")
    batch = extract_text(text)
    roles = {a.role for item in [*batch.measurements, *batch.reports] for a in item.system.additives
             if item.system.name == "0.65MgH2–0.35TiH2"}
    assert roles == {"ConductiveAdditive"}
