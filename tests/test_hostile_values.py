"""Values, units and conditions a researcher types or an ELN exports that were stored WRONG (not refused):
each is now read right or refused with a message naming the fix; the near misses keep what they stored."""
from __future__ import annotations

import re

import pytest

from ingest.entries.entry import EntryValidationError, load_entry
from ingest.entries.entry_fields import measurements_from_fields
from ingest.entries.tabular import build_entries, plan_mapping, read_table
from ontology.models import parse_condition_text
from ontology.units import UnitError, to_canonical


def _entry(measurement: dict) -> dict:
    return {"title": "typed by hand", "author": "Q. Tester",
            "samples": [{"id": "T1", "system": "MgH2", "measurements": [measurement]}]}


# ------------------------------------------------------------ a comma in a number: one reading everywhere
@pytest.mark.parametrize("text, unit, ends", [
    ("0,125 MPa", None, (0.125, None)),          # a decimal comma after a lone zero was read as 125 MPa
    ("0,350", "MPa", (0.35, None)),
    ("1,000–2,500 cycles", None, (1000.0, 2500.0)),  # the lower end alone was read as 1 (a decimal comma)
    ("1,500", "cycles", (1500.0, None)),          # a column's bare number was 1.5; '1,500 cycles' was 1500
])
def test_a_comma_in_a_typed_number_is_read_as_a_quantity_reads_it(text, unit, ends):
    read = parse_condition_text(text, unit)
    assert (read.value, read.value_max) == ends


@pytest.mark.parametrize("text, unit, value", [
    ("1,5 MPa", None, 1.5), ("10,5", "wt%", 10.5), ("100,000 cycles", None, 100000.0), ("0.125 MPa", None, 0.125),
])
def test_near_miss_a_decimal_comma_and_a_thousands_comma_keep_their_value(text, unit, value):
    assert parse_condition_text(text, unit).value == value


def test_a_spreadsheet_cell_reads_its_comma_as_typed_text_does(tmp_path):
    table = tmp_path / "cells.csv"
    table.write_text('Sample,Material,Property,Value,Unit,cycles\n'
                     'K1,MgH2,hydrogen capacity,"0,125",wt%,"1,250"\n'
                     'K2,MgH2,hydrogen capacity,"5,5",wt%,40\n', encoding="utf-8")
    t = read_table(table)
    plan = build_entries(t, plan_mapping(t), author="me", title="cells")
    (entry,) = plan.entries
    first, second = (s.measurements[0] for s in entry.samples)
    assert first.value == 0.125 and first.conditions["cycles"]["value"] == 1250.0
    assert second.value == 5.5                    # near miss: a decimal comma stays one


# ------------------------------------------------------------ a bound is no condition
@pytest.mark.parametrize("text", [">300 °C", "≤ 2 h", "< 0.5 MPa", ">= 20 cycles"])
def test_a_condition_written_as_a_bound_is_refused(text):
    with pytest.raises(ValueError, match="is a bound"):
        parse_condition_text(text)


@pytest.mark.parametrize("text, value", [("~300 °C", 300.0), ("ca. 0.5 MPa", 0.5), ("320 °C", 320.0)])
def test_near_miss_an_approximate_condition_keeps_its_value(text, value):
    assert parse_condition_text(text).value == value


def test_a_bound_condition_in_an_entry_names_its_field():
    doc = _entry({"property": "hydrogen_capacity", "value": 5, "unit": "wt%",
                  "conditions": {"temperature": "> 280 degC"}})
    with pytest.raises(EntryValidationError, match=r"conditions\.temperature.*bound"):
        load_entry(doc)


@pytest.mark.parametrize("typed, qualifier", [(">6.2 wt%", ">"), ("≤ 3e-4 S/cm", "<="), ("< 45 kJ/mol", "<")])
def test_an_eln_field_keeps_the_bound_it_was_written_with(typed, qualifier):
    name = {"wt%": "hydrogen capacity", "S/cm": "ionic conductivity", "kJ/mol": "dehydrogenation activation energy"}
    field = {"name": next(v for k, v in name.items() if typed.endswith(k)), "value": typed}
    (m,), _ = measurements_from_fields([field])
    assert m["qualifier"] == qualifier


def test_near_miss_an_eln_field_without_a_bound_has_no_qualifier():
    (m,), _ = measurements_from_fields([{"name": "hydrogen capacity", "value": "6.2 wt%"}])
    assert "qualifier" not in m and m["value"] == 6.2


# ------------------------------------------------------------ angles and fractions are no count
@pytest.mark.parametrize("key, unit", [
    ("cycles", "turns"), ("cycles", "deg"), ("cycles", "rad"),        # a turn was 2π, a degree π/180
    ("cycles", "%"), ("cycles", "ppm"),                                # '100 %' of a count was 1 cycle
    ("coulombic_efficiency", "deg"), ("c_rate", "rpm"),               # an angle for an efficiency or a rate
])
def test_an_angle_or_a_fraction_for_a_count_is_refused(key, unit):
    with pytest.raises(UnitError, match=f"unit '{unit}'"):
        to_canonical(key, 100.0, unit)


@pytest.mark.parametrize("key, value, unit, stored", [
    ("cycles", 150, "cycles", 150.0), ("cycles", 150, "1", 150.0),
    ("coulombic_efficiency", 0.97, "1", 97.0), ("coulombic_efficiency", 970, "‰", 97.0),
    ("transference_number", 85, "%", 0.85), ("c_rate", 0.2, "1/h", 0.2),
])
def test_near_miss_counts_shares_and_rates_keep_their_value(key, value, unit, stored):
    assert to_canonical(key, value, unit) == pytest.approx(stored)


def test_a_cycle_count_in_per_cent_in_an_entry_names_its_field():
    doc = _entry({"property": "capacity_retention", "value": 91, "unit": "%", "conditions": {"cycles": "250 %"}})
    with pytest.raises(EntryValidationError, match=r"conditions\.cycles.*count"):
        load_entry(doc)


# ------------------------------------------------------------ a heat is no energy per particle
@pytest.mark.parametrize("unit", ["kJ", "kcal", "MJ"])
def test_a_heat_without_its_mole_is_refused_for_a_molar_energy(unit):
    """'68 kJ' for 68 kJ/mol was taken for an energy per particle: 4.1e25 kJ/mol."""
    with pytest.raises(UnitError, match=f"unit '{unit}' does not fit"):
        to_canonical("reaction_enthalpy", 68.0, unit)


@pytest.mark.parametrize("value, unit, stored", [
    (0.7, "eV", 67.5396), (700, "meV", 67.5396), (68, "kJ/mol", 68.0), (1.1e-19, "J", 66.2435),
])
def test_near_miss_energies_per_particle_and_per_mole_still_convert(value, unit, stored):
    assert to_canonical("reaction_enthalpy", value, unit) == pytest.approx(stored, rel=1e-4)


# ------------------------------------------------------------ 'gr' is a gram to the one who types it
@pytest.mark.parametrize("key, unit", [("specific_capacity", "mAh/gr"), ("specific_capacity", "mAh gr-1"),
                                       ("specific_surface_area", "m2/gr")])
def test_gr_is_refused_rather_than_read_as_a_grain(key, unit):
    with pytest.raises(UnitError, match="write 'g' for a gram"):
        to_canonical(key, 420.0, unit)


@pytest.mark.parametrize("unit", ["mAh/g", "mAhg-1", "mA h g−1"])
def test_near_miss_a_gram_keeps_its_value(unit):
    assert to_canonical("specific_capacity", 420.0, unit) == 420.0


# ------------------------------------------------------------ YAML 1.1's numbers no one types
_YAML_ENTRY = """title: numbers as typed
author: Q. Tester
samples:
  - id: Y1
    host: {{formula: MgH2}}
    additives: [{{formula: Ni, amount: {amount}}}]
    measurements:
      - {{property: hydrogen_capacity, value: {value}, unit: wt%, conditions: {{cycles: {cycles}}}}}
"""


def _yaml_entry(tmp_path, value="5.8", cycles="12", amount="'5 wt%'"):
    from ingest.entries.entry import load_entry_file

    path = tmp_path / "typed.yaml"
    path.write_text(_YAML_ENTRY.format(value=value, cycles=cycles, amount=amount), encoding="utf-8")
    return load_entry_file(path)


@pytest.mark.parametrize("value, cycles, stored", [
    ("05.8", "020", (5.8, 20.0)),     # '020' was octal 16
    ("5.8", "010", (5.8, 10.0)),      # … and '010' 8
    ("0.58e1", "0012", (5.8, 12.0)),  # '0012' was 10
])
def test_a_number_with_a_leading_zero_is_decimal(tmp_path, value, cycles, stored):
    m = _yaml_entry(tmp_path, value=value, cycles=cycles).samples[0].measurements[0]
    assert (m.value, m.conditions["cycles"]) == stored


@pytest.mark.parametrize("amount", ["2:1", "1:20", "1:2:3"])
def test_a_colon_amount_is_refused_not_read_in_base_60(tmp_path, amount):
    """'amount: 2:1' was the base-60 number 121, stored as a molar ratio of 121."""
    with pytest.raises(EntryValidationError, match=r"additives\[0\]\.amount"):
        _yaml_entry(tmp_path, amount=amount)


def test_near_miss_plain_yaml_numbers_keep_their_value(tmp_path):
    entry = _yaml_entry(tmp_path, value="1.5e-3", cycles="300", amount="2")
    m = entry.samples[0].measurements[0]
    assert (m.value, m.conditions["cycles"]) == (0.0015, 300)
    assert entry.samples[0].additives[0].amount.value == 2.0


# ------------------------------------------------------------ a negative setting no sample is held at
@pytest.mark.parametrize("key, typed", [("pressure", "-2 bar"), ("time", "−15 min"), ("cycles", "-4 cycles"),
                                        ("pressure", {"value": -0.3, "unit": "MPa"})])
def test_a_negative_pressure_duration_or_count_is_refused(key, typed):
    from ontology.models import condition_value

    with pytest.raises(ValueError, match="check the sign"):
        condition_value(key, typed).canonical(key)


@pytest.mark.parametrize("key, typed, stored", [("pressure", "0 bar", 0.0), ("temperature", "-30 °C", -30.0),
                                                ("heating_rate", "-2 K/min", -2.0), ("time", "45 s", 0.75)])
def test_near_miss_zero_and_signed_settings_keep_their_value(key, typed, stored):
    from ontology.models import condition_value

    assert condition_value(key, typed).canonical(key).value == stored


def test_a_negative_pressure_in_an_entry_names_its_field():
    doc = _entry({"property": "hydrogen_capacity", "value": 5, "unit": "wt%", "conditions": {"pressure": "-3 bar"}})
    with pytest.raises(EntryValidationError, match=r"conditions\.pressure.*sign"):
        load_entry(doc)


# ------------------------------------------------------------ a 'C' the researcher meant: the error says how to write it
@pytest.mark.parametrize("key, typed, fix", [("c_rate", "0.1C", "0.1 1/h"), ("c_rate", "2 C", "0.1 1/h"),
                                             ("temperature", "350 C", "'°C'")])
def test_a_c_for_a_c_rate_or_celsius_is_refused_with_the_spelling_that_works(key, typed, fix):
    from ontology.models import condition_value

    with pytest.raises(UnitError, match=re.escape(fix)):
        condition_value(key, typed).canonical(key)


def test_near_miss_a_c_rate_per_hour_is_stored():
    from ontology.models import condition_value

    assert condition_value("c_rate", "0.5 1/h").canonical("c_rate").value == 0.5


@pytest.mark.parametrize("typed, stored", [("6,1", 6.1), ("0,125", 0.125), ("7,25", 7.25)])
def test_an_eln_number_field_with_a_decimal_comma_becomes_its_measurement(typed, stored):
    (m,), _ = measurements_from_fields([{"name": "hydrogen capacity", "value": typed, "unit": "wt%"}])
    assert (m["value"], m["unit"]) == (stored, "wt%")


def test_near_miss_an_eln_field_that_is_no_number_stays_a_field():
    measurements, uses = measurements_from_fields([{"name": "hydrogen capacity", "value": "six", "unit": "wt%"}])
    assert measurements == [] and uses[0].became == "field"
