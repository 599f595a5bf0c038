"""Facts real abstracts state that the model could not hold before 5 December (issue 10, items 4–6): hydrolysis
hydrogen generation (its own application), relative statements, a share of the theoretical capacity, cell-level
energy densities, liquid electrolytes and ammonia uptake. Each rule with three wordings or more and a sentence it
must not fire on; every sentence here is written for the test."""
from __future__ import annotations

import pytest
from grid_rates import measurement_rows, titled


def rows_of(sentence: str, title: str = "Hydride study") -> list[dict]:
    return measurement_rows(titled(title, sentence))


def row_of(sentence: str, value: float, title: str = "Hydride study") -> dict:
    found = [r for r in rows_of(sentence, title) if r["value"] == value]
    assert found, rows_of(sentence, title)
    return found[0]


# ---------------------------------------------------------------- 1. hydrolysis: rate, volume, conversion, barrier
@pytest.mark.parametrize("sentence,value", [
    ("Milled MgH2 with 5 wt% NiCl2 gave off hydrogen by hydrolysis at a rate of 820 mL g-1 min-1 in 0.5 M MgCl2 "
     "solution.", 820.0),
    ("Over Co–B, the NaBH4 solution reached a hydrogen generation rate of 2400 mL·min−1·g−1.", 2400.0),
    ("The hydrolysis rate of the MgH2–10 wt% graphite composite is 640 cc/g/min in seawater.", 640.0),
    ("Ammonia borane over Pt/C produced 3300 ml H2 g-1 min-1 during hydrolysis.", 3300.0),
])
def test_a_hydrolysis_rate_is_a_hydrogen_generation_rate(sentence, value):
    row = row_of(sentence, value, "Hydrolysis of hydrides")
    assert row["property"] == "hydrogen_generation_rate" and row["unit"] == "mL/g/min", row
    assert row["application"] == "hydrogen_generation", row


@pytest.mark.parametrize("sentence,value,prop", [
    ("MgH2 yielded 1450 mL/g of hydrogen by hydrolysis in seawater.", 1450.0, "hydrogen_generation_capacity"),
    ("The hydrolysis yield of the MgH2–10 wt% graphite composite reached 92% of the theoretical value within "
     "30 min.", 92.0, "hydrolysis_conversion"),
    ("For NaBH4 the degree of hydrolysis is 97% of the theoretical one after 20 min.", 97.0, "hydrolysis_conversion"),
    ("The apparent activation energy of hydrolysis of the MgH2–5 wt% Ni composite is 28.4 kJ/mol.", 28.4,
     "hydrolysis_activation_energy"),
    ("A barrier of 45 kJ/mol was found for the hydrolysis of NaBH4 over Co–B.", 45.0, "hydrolysis_activation_energy"),
])
def test_hydrolysis_figures_are_hydrogen_generation_properties(sentence, value, prop):
    row = row_of(sentence, value, "Hydrolysis of hydrides")
    assert row["property"] == prop and row["application"] == "hydrogen_generation", row


def test_the_solution_temperature_of_a_hydrolysis_is_its_setting():
    row = row_of("The hydrogen generation rate of MgH2 reaches 1250 mL/min/g at 30 °C.", 1250.0)
    assert row["conditions"].get("temperature") == 30.0, row
    rows = rows_of("The hydrogen generation rate of MgH2 reaches 1250 mL/min/g at 30 °C.")
    assert not any(r["property"].endswith("dehydrogenation_temperature") for r in rows), rows


def test_near_miss_a_thermal_release_stays_a_hydrogen_store():
    # no hydrolysis: a release temperature and a dehydrogenation activation energy, a store's
    rows = rows_of("MgH2–5 wt% Ni starts to release hydrogen at 215 °C. Its dehydrogenation activation energy is "
                   "96 kJ/mol.")
    props = {r["value"]: (r["property"], r["application"]) for r in rows}
    assert props[215.0] == ("onset_dehydrogenation_temperature", "hydrogen_storage"), rows
    assert props[96.0] == ("dehydrogenation_activation_energy", "hydrogen_storage"), rows


# ---------------------------------------------------------------- 2. relative statements are no measurement
@pytest.mark.parametrize("sentence", [
    "The LiBH4–LiI electrolyte shows a 10-fold higher conductivity than LiBH4 at 30 °C.",
    "The MgH2–TiF3 composite desorbed hydrogen 8 times faster than pristine MgH2 at 300 °C.",
    "The LiBH4–MgH2 composite showed a 5x faster desorption at 400 °C than LiBH4.",
    "The conductivity of the LiBH4@SBA-15 sample is three times that of LiBH4 at 40 °C.",
])
def test_a_multiple_of_a_baseline_gives_no_value_on_the_modified_system(sentence):
    # a ratio is not a measurement of either sample, and its temperature is the comparison's setting, no property
    assert rows_of(sentence) == []


def test_near_miss_a_sample_cycled_n_times_keeps_its_temperature():
    row = row_of("MgH2–Ni cycled five times starts to desorb hydrogen at 280 °C.", 280.0)
    assert row["property"].endswith("dehydrogenation_temperature"), row


# ---------------------------------------------------------------- 3. a share of the theoretical capacity
@pytest.mark.parametrize("sentence,value", [
    ("The LiBH4–Mg2NiH4 composite released 85% of the theoretical hydrogen capacity at 350 °C.", 85.0),
    ("About 90 % of its theoretical hydrogen content was desorbed by the NaAlH4–TiCl3 sample.", 90.0),
    ("The milled Mg(BH4)2 gives off hydrogen up to 76% of its theoretical capacity at 400 °C.", 76.0),
])
def test_a_share_of_the_theoretical_hydrogen_capacity_is_kept_as_written(sentence, value):
    row = row_of(sentence, value)
    assert row["property"] == "hydrogen_capacity_share" and row["unit"] == "%", row


def test_near_miss_a_share_of_no_named_kind_and_a_theoretical_content_in_wt_percent():
    # no hydrogen named: not read; a theoretical content in wt% stays a hydrogen capacity
    assert all(r["value"] != 85.0 for r in rows_of("The composite reaches 85% of the theoretical capacity."))
    row = row_of("Mg(BH4)2 holds a theoretical hydrogen content of 14.9 wt%.", 14.9)
    assert row["property"] == "hydrogen_capacity" and row["unit"] == "wt%", row


# ---------------------------------------------------------------- 4. cell-level figures
@pytest.mark.parametrize("sentence,value,prop,unit", [
    ("The all-solid-state cell with the LiBH4 electrolyte reached an energy density of 410 Wh/kg and 820 Wh/L.",
     820.0, "volumetric_energy_density", "Wh/L"),
    ("The all-solid-state cell with the LiBH4 electrolyte reached an energy density of 410 Wh/kg and 820 Wh/L.",
     410.0, "gravimetric_energy_density", "Wh/kg"),
    ("A Li–S battery using Li4(BH4)3I as the electrolyte delivers a specific energy of 350 Wh kg-1.", 350.0,
     "gravimetric_energy_density", "Wh/kg"),
    ("The pouch cell with the Li2B12H12 electrolyte reaches a volumetric energy density of 600 Wh L−1.", 600.0,
     "volumetric_energy_density", "Wh/L"),
])
def test_a_cells_energy_density_is_its_own_property_and_never_a_pressure(sentence, value, prop, unit):
    row = row_of(sentence, value)
    assert row["property"] == prop and row["unit"] == unit, row
    assert "pressure" not in row["conditions"], row


def test_near_miss_the_energy_hydrogen_itself_holds_is_no_samples():
    rows = rows_of("Hydrogen holds 120 MJ kg-1 H2, and MgH2 is a promising store.")
    assert all(r["value"] != 33333.3 for r in rows) and not any("energy_density" in r["property"] for r in rows), rows
    row = row_of("The desorption plateau pressure of Mg2Ni is 0.1 MPa H2 at 300 °C.", 0.1)
    assert row["property"] == "plateau_pressure", row


def test_areal_capacity_and_critical_current_density_exist_already():
    rows = rows_of("The Li4(BH4)3I electrolyte sustained a critical current density of 2.6 mA/cm2 and an areal "
                   "capacity of 3.1 mAh/cm2.")
    assert {r["property"] for r in rows} == {"critical_current_density", "areal_capacity"}, rows


# ---------------------------------------------------------------- 5. liquid electrolytes
@pytest.mark.parametrize("sentence,value", [
    ("A 0.5 M solution of Mg(BH4)2 in THF showed an ionic conductivity of 2.1 mS/cm at 25 °C.", 2.1),
    ("Mg(BH4)2 dissolved in DME conducts Mg2+ with 4.3 mS/cm at room temperature.", 4.3),
    ("The LiBH4 electrolyte in diglyme reached 6.0 mS cm-1 at 30 °C.", 6.0),
    ("Dissolving LiBH4 in the ionic liquid [Pyr14][TFSI] gave 1.2 mS/cm at 25 °C.", 1.2),
])
def test_a_hydride_salt_in_a_solvent_is_a_liquid_electrolyte(sentence, value):
    row = row_of(sentence, value, "Borohydride electrolytes")
    assert row["property"] == "ionic_conductivity" and row["application"] == "liquid_electrolyte", row
    assert row["conditions"].get("electrolyte_medium") == "DissolvedInLiquid", row


def test_near_miss_a_solid_electrolyte_and_a_scaffold_filled_from_a_solution_stay_solid():
    row = row_of("The LiBH4–LiI solid electrolyte reaches 0.1 mS/cm at 30 °C.", 0.1)
    assert row["application"] == "solid_electrolyte" and "electrolyte_medium" not in row["conditions"], row
    row = row_of("LiBH4 infiltrated in THF into SBA-15 gives LiBH4@SBA-15 with 0.1 mS/cm at 40 °C.", 0.1)
    assert row["application"] == "solid_electrolyte", row


# ---------------------------------------------------------------- 6. ammonia uptake is no hydrogen capacity
@pytest.mark.parametrize("sentence,value", [
    ("Mg(BH4)2 took up NH3 up to an ammonia storage capacity of 11.3 wt% at room temperature.", 11.3),
    ("The NH3 uptake of Mg(BH4)2 reaches 54 wt% under 1 bar NH3.", 54.0),
    ("An ammonia absorption capacity of 38.5 wt% was measured for LiBH4 at 20 °C.", 38.5),
])
def test_ammonia_taken_up_is_an_ammonia_capacity(sentence, value):
    row = row_of(sentence, value)
    assert row["property"] == "ammonia_capacity" and row["unit"] == "wt%", row


def test_near_miss_hydrogen_released_by_an_ammoniate_stays_a_hydrogen_capacity():
    row = row_of("Mg(BH4)2·2NH3 released 8.1 wt% hydrogen at 250 °C.", 8.1)
    assert row["property"].endswith("hydrogen_capacity"), row
