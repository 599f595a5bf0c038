"""Context forms of real abstracts: a value sentence that leans on the sample an earlier sentence named.

V: a series of amounts of one additive in a value sentence that names no hydride ("The composites with
2, 5 and 10 wt% X …, respectively") is one sample per amount of the paragraph's hydride; a composition
written with the series' variable ("MgH2–x wt% VCl3 (x = 2, 5, 10)") names that sample, the additive
without one amount. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


def _samples(rows: list[dict]) -> dict:
    """value -> {material: (role, amount)}"""
    return {r["value"]: {c["material"]: (c["role"], c["amount"]) for c in r["components"]} for r in rows}


@pytest.mark.parametrize("text, host, additive, values, loadings", [
    ("A set of MgH2–x wt% VCl3 (x = 2, 5, 10) composites was made by milling. The onset temperatures of the "
     "composites with 2, 5 and 10 wt% VCl3 are 241, 222 and 230 °C, respectively.",
     "MgH2", "VCl3", (241.0, 222.0, 230.0), (2.0, 5.0, 10.0)),
    ("Composites of MgH2–y mol% TiF3 (y = 1, 3, 5) were produced by milling. For the composites with 1, 3 and "
     "5 mol% TiF3, the apparent activation energies were 110, 96 and 82 kJ/mol, respectively.",
     "MgH2", "TiF3", (110.0, 96.0, 82.0), (1.0, 3.0, 5.0)),
    ("The mixtures of Mg(NH2)2–x wt% KOH (x = 3, 6) were ball milled. The samples with 3 and 6 wt% KOH desorb "
     "4.4 and 4.1 wt% H2, respectively.",
     "Mg(NH2)2", "KOH", (4.4, 4.1), (3.0, 6.0)),
    ("Mixtures of LiAlH4-x wt% NiCl2 (x = 1, 4) were ball milled. The mixtures with 1 and 4 wt% NiCl2 start to "
     "release hydrogen at 128 and 112 °C, respectively.",
     "LiAlH4", "NiCl2", (128.0, 112.0), (1.0, 4.0)),
    ("MgH2 was ball milled with different amounts of NbCl5. The samples with 5 and 10 wt% NbCl5 show activation "
     "energies of 95 and 88 kJ/mol, respectively.",
     "MgH2", "NbCl5", (95.0, 88.0), (5.0, 10.0)),
    ("LiAlH4 was examined as a hydrogen source. Samples doped with 2 and 4 mol% NbF5 started to decompose at "
     "120 and 105 °C, respectively.",
     "LiAlH4", "NbF5", (120.0, 105.0), (2.0, 4.0)),
    ("Our LiBH4 was purchased from a supplier. The hydride was then doped with 2, 5 and 10 mol% CeO2, which "
     "reduced its onset temperature to 330, 315 and 300 °C, respectively.",
     "LiBH4", "CeO2", (330.0, 315.0, 300.0), (2.0, 5.0, 10.0)),
])
def test_an_amount_series_without_its_hydride_is_the_paragraphs_hydride_at_each_amount(
        text, host, additive, values, loadings):
    got = _samples(contract_measurements(text))
    for v, x in zip(values, loadings):
        assert v in got, got
        assert got[v].get(host, (None,))[0] == "HostHydride" and got[v].get(additive, (None, None))[1] == x, got[v]


def test_a_series_variable_with_its_unit_names_the_sample_without_an_amount():
    text = "The MgH2–x wt% VCl3 composites were made by milling. The composites release 6.1 wt% H2 at 300 °C."
    got = _samples(contract_measurements(text))
    assert got[6.1] == {"MgH2": ("HostHydride", None), "VCl3": ("Catalyst", None)}, got


def test_a_series_after_its_own_hydride_keeps_that_hydride():
    # the value sentence names its hydride before the amounts: the paragraph's LiBH4 is not it
    text = ("LiBH4 was studied first. NaAlH4 doped with 2 and 4 mol% TiCl3 released hydrogen from 120 and 105 °C, "
            "respectively.")
    got = _samples(contract_measurements(text))
    assert got[120.0] == {"NaAlH4": ("HostHydride", None), "TiCl3": ("Catalyst", 2.0)}, got
    assert got[105.0] == {"NaAlH4": ("HostHydride", None), "TiCl3": ("Catalyst", 4.0)}, got


# A: the passage's sample named by its noun with what it holds ("the milled mixture containing X") is the sample
# a later anaphor ("the product", "its") means, additive and all
@pytest.mark.parametrize("text, value, parts", [
    ("We prepared a 1:1 mixture of LiNH2 and LiH. The milled mixture containing TiCl3 showed the best properties. "
     "The product desorbs about 5.5 wt% of hydrogen.", 5.5, {"LiNH2", "LiH", "TiCl3"}),
    ("Mg(NH2)2 and LiH were milled in a 1:2 ratio. In contrast, the composite doped with KH showed the fastest "
     "kinetics. That is, the product releases 4.9 wt% of hydrogen.", 4.9, {"Mg(NH2)2", "LiH", "KH"}),
    ("LiBH4 and MgH2 were milled together. The ball-milled sample including a small amount of NbF5 performed "
     "best. Its reversible capacity reached 8.3 wt%.", 8.3, {"LiBH4", "MgH2", "NbF5"}),
])
def test_the_sample_named_by_its_noun_with_its_additive_carries_on(text, value, parts):
    got = _samples(contract_measurements(text))
    assert set(got[value]) == parts, got


def test_a_sample_of_another_study_named_by_an_indefinite_noun_does_not_carry_on():
    text = ("We prepared a 1:1 mixture of LiNH2 and LiH. A mixture containing TiCl3 was reported elsewhere. "
            "The product desorbs about 5.5 wt% of hydrogen.")
    got = _samples(contract_measurements(text))
    assert set(got[5.5]) == {"LiNH2", "LiH"}, got


@pytest.mark.parametrize("text, value", [
    ("Mixtures of LiBH4 and MgH2 with 2 mol% TiCl3 were milled. The LiBH4 is destabilized. Extrapolation of the "
     "isotherms yields a predicted plateau pressure of 1.3 bar at 225 °C.", 0.13),
    ("Mixtures of LiBH4 and MgH2 with 2 mol% TiCl3 were milled. The LiBH4 is destabilized. The measured data, "
     "extrapolated to 200 °C, give a predicted equilibrium pressure of 0.7 bar.", 0.07),
    ("Mixtures of LiBH4 and MgH2 with 2 mol% TiCl3 were milled. The LiBH4 is destabilized. A van 't Hoff fit of "
     "the isotherm data predicted an equilibrium pressure of 1.9 bar at 230 °C.", 0.19),
])
def test_a_value_worked_out_from_the_samples_data_is_the_samples(text, value):
    got = _samples(contract_measurements(text))
    assert "TiCl3" in got[value], got


def test_a_calculation_not_from_the_samples_data_is_of_the_host():
    text = ("Mixtures of LiBH4 and MgH2 with 2 mol% TiCl3 were milled. DFT calculations predict a reaction "
            "enthalpy of 41.5 kJ/mol H2.")
    got = _samples(contract_measurements(text))
    assert "TiCl3" not in got[41.5], got


# E: one value said of "both compounds" / "the two hydrides" after two samples were named is each one's
@pytest.mark.parametrize("text, value, hosts", [
    ("LiBH4–LiI and LiBH4–LiBr solid solutions were prepared by milling. Both compounds show conductivities of "
     "about 0.12 mS/cm at 30 °C.", 0.12, {"LiI", "LiBr"}),
    ("Na2(BH4)(NH2) and Li2(BH4)(NH2) were compared. The two hydrides reach 0.3 mS/cm at 100 °C.", 0.3,
     {"NaBH4", "LiBH4"}),
    # (the second sample written last in a bracket, "(… for Li4(BH4)(NH2)3).", and the ion conducted named with
    # its speed, "lithium fast-ion conductivities", no material)
    ("Both salts melt at low temperature (95 °C for Li2(BH4)(NH2) and 212 °C for Li4(BH4)(NH2)3). Near 25 °C the "
     "two hydrides reach lithium fast-ion conductivities of roughly 0.2 mS/cm.", 0.2, {"LiBH4"}),
])
def test_a_value_said_of_the_two_samples_named_before_is_each_ones(text, value, hosts):
    rows = [r for r in contract_measurements(text) if r["value"] == value]
    assert len(rows) == 2, rows
    assert {c["material"] for r in rows for c in r["components"]} >= hosts, rows
    assert len({r["system"] for r in rows}) == 2, rows


def test_the_two_of_three_samples_named_is_not_each_of_them():
    text = ("Na2(BH4)(NH2), K2(BH4)(NH2) and Li2(BH4)(NH2) were compared. The two sodium-free hydrides reach "
            "0.3 mS/cm at 100 °C.")
    rows = [r for r in contract_measurements(text) if r["value"] == 0.3]
    assert len(rows) == 1, rows


# G: a bare host the passage made as a sample of its own ("MgH2 and MgH2-C films were prepared") is that sample
# when a sentence gives it values, not a reference of the modified one: the next sentence's anaphor means it
@pytest.mark.parametrize("text, value", [
    ("MgH2 and MgH2-C films were sputtered. The MgH2 film delivers a discharge capacity of 1500 mAh/g. The "
     "equilibrium potential of this conversion reaction is 0.52 V vs. Li/Li+.", 0.52),
    ("We prepared LiBH4 and LiBH4–LiI electrolytes. The LiBH4 electrolyte conducts 0.002 mS/cm at 30 °C. Its "
     "activation energy is 0.69 eV.", 0.69),
    ("MgH2 and MgH2-graphene films were made by sputtering. The MgH2 film shows a first discharge capacity of "
     "1900 mAh/g. Its conversion plateau lies at 0.47 V.", 0.47),
])
def test_the_bare_sample_the_passage_made_carries_on_after_its_own_values(text, value):
    rows = [r for r in contract_measurements(text) if r["value"] == value]
    assert len(rows) == 1 and len(rows[0]["components"]) == 1, rows


def test_a_bare_host_the_passage_did_not_make_stays_a_reference():
    text = ("MgH2-C films were sputtered. Bulk MgH2 delivers a discharge capacity of 1500 mAh/g. The "
            "equilibrium potential of this conversion reaction is 0.52 V vs. Li/Li+.")
    rows = [r for r in contract_measurements(text) if r["value"] == 0.52]
    assert len(rows) == 1 and {c["material"] for c in rows[0]["components"]} == {"MgH2", "C"}, rows


# H: the gap between discharge and charge potentials is a voltage hysteresis (ontology hkg:VoltageHysteresis),
# no average voltage
@pytest.mark.parametrize("text, value", [
    ("The MgH2 anode has its plateau near 0.5 V, with a voltage hysteresis of just 14 mV between the discharge "
     "and charge curves.", 0.014),
    ("For the LiH–Mg conversion electrode the potential hysteresis amounts to 0.3 V.", 0.3),
    ("The Mg2FeH6 electrode has a charge–discharge voltage hysteresis of 0.25 V.", 0.25),
])
def test_a_voltage_hysteresis_is_no_average_voltage(text, value):
    rows = [r for r in contract_measurements(text) if r["value"] == value]
    assert [r["property"] for r in rows] == ["voltage_hysteresis"], rows


def test_a_plateau_voltage_stays_an_average_voltage():
    rows = [r for r in contract_measurements("The MgH2 anode shows a conversion plateau at 0.46 V vs. Li/Li+.")
            if r["value"] == 0.46]
    assert [r["property"] for r in rows] == ["average_voltage"], rows


# B: "in the temperature from 150 to 250 °C" (the word 'range' left out) is a span, as "in the temperature range
# from …" is: no change from one value to another (an amount given off or taken up over a span is at its end,
# as 'up to 250 °C' gives it: tests/test_amount_over_a_temperature_range.py)
@pytest.mark.parametrize("text, value, temperature", [
    ("LiNH2 and LiH were milled. The product desorbs about 5.5 wt% of hydrogen in the temperature from 150 to "
     "250 °C.", 5.5, 250.0),
    ("LiNH2 and LiH were milled. The sample absorbs 5.1 wt% hydrogen over the temperatures from 100 to 200 °C.",
     5.1, 200.0),
    ("LiNH2 and LiH were milled. In the temperature from 150 to 250 °C, the mixture releases 4.2 wt% hydrogen.",
     4.2, 250.0),
])
def test_a_temperature_span_without_the_word_range_is_a_range_condition(text, value, temperature):
    rows = [r for r in contract_measurements(text) if r["value"] == value]
    assert len(rows) == 1 and rows[0]["conditions"].get("temperature") == temperature, rows


def test_a_release_in_the_temperature_from_x_to_y_is_one_temperature_range():
    rows = contract_measurements("LiNH2 and LiH were milled. Hydrogen is released in the temperature from 180 to "
                                 "400 °C.")
    assert [(r["property"], r["value"], r["value_max"]) for r in rows] == [("dehydrogenation_temperature", 180.0, 400.0)]


def test_a_temperature_that_decreased_from_x_to_y_stays_a_change():
    rows = contract_measurements("LiNH2 and LiH were milled. The onset temperature decreased from 250 to 180 °C.")
    assert sorted(r["value"] for r in rows) == [180.0, 250.0] and all(r["value_max"] is None for r in rows), rows


@pytest.mark.parametrize("written", ["MgH2–x wt% VCl3", "MgH2-x mol% TiF3", "LiBH4–y wt.% of CeO2"])
def test_a_composition_with_a_variable_loading_parses_to_its_parts(written):
    from ontology.system import parse_system
    s = parse_system(written, strict=False)
    assert len(s.additives) == 1 and s.additives[0].amount is None and s.host.formula in ("MgH2", "LiBH4"), s
