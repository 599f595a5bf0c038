"""What a value of a property can be at all (the ontology's hkg:plausibleMin/Max, canonical unit): a number
outside was misread — a unit taken for another, an exponent lost — so extraction drops it and a lab entry is
refused; and the indexing services' product dot '(.)' ('kJ(.)mol(-1)') is read as the dot it stands for.
Sentences and entries written for the test."""
from __future__ import annotations

import copy

import pytest
import yaml
from prose_sentences import contract_measurements
from test_entry import FIX

from ingest.entries.entry import EntryValidationError, load_entry
from ontology.models import implausible_values
from ontology.vocabulary import vocabulary


def test_every_window_runs_upwards_and_holds_the_typical_values():
    vocab = vocabulary()
    typical = {"dehydrogenation_activation_energy": 160.0, "ion_migration_activation_energy": 0.5,
               "hydrogen_diffusion_activation_energy": 0.6,
               "hydrogen_capacity": 7.6, "ionic_conductivity": 1e-5, "specific_capacity": 2038.0,
               "onset_dehydrogenation_temperature": 350.0, "reaction_enthalpy": 74.5, "particle_size": 20.0}
    for key, value in typical.items():
        t = vocab.property(key)
        assert t.plausible_min is not None and t.plausible_min < t.plausible_max, key
        assert implausible_values(key, [value]) is None, key


@pytest.mark.parametrize("text", [
    "The LiBH4–LiI electrolyte has a migration energy of 0.5 kJ.",          # kJ for kJ/mol: 3 × 10^21 eV
    "MgH2–10 wt% Ni releases 45 wt% H2 at 300 °C.",                          # no hydride holds 45 wt% H2
    "Li3(NH2)2I conducts 1.2 × 10^6 S/cm at 25 °C.",                         # the exponent's sign lost
])
def test_a_value_no_sample_could_show_is_no_record(text):
    assert contract_measurements(text) == []


@pytest.mark.parametrize("text, value, unit", [
    ("The MgH2–Ni composite has an activation energy of 100 kJ(.)mol(-1) for dehydrogenation.", 100.0, "kJ/mol"),
    ("LiBH4–LiI conducts 1.2 x 10(-4) S(.)cm(-1) at 30 degrees C.", 0.12, "mS/cm"),
    ("The MgH2 anode delivers 1480 mA(.)h(.)g(-1) at 100 mA(.)g(-1).", 1480.0, "mAh/g"),
])
def test_the_indexing_services_product_dot_joins_the_unit(text, value, unit):
    rows = contract_measurements(text)
    assert [(r["value"], r["unit"]) for r in rows] == [(pytest.approx(value), unit)]


@pytest.mark.parametrize("measurement, shown", [
    ({"property": "dehydrogenation_activation_energy", "value": 85000, "unit": "kJ/mol"},   # J/mol typed as kJ/mol
     "(1 to 1000 kJ mol⁻¹)"),
    ({"property": "onset_dehydrogenation_temperature", "value": 1e300, "unit": "degC"},     # an exponent gone wrong
     "(-200 to 1500 °C)"),
])
def test_a_lab_entry_with_a_value_outside_the_window_is_refused_naming_the_field_and_the_range(measurement, shown):
    data = yaml.safe_load((FIX / "entry_mgh2_ni.yaml").read_text())
    bad = copy.deepcopy(data)
    bad["samples"][0]["measurements"][2] = measurement
    with pytest.raises(EntryValidationError) as err:
        load_entry(bad)
    issues = [i for i in err.value.issues if i.severity == "error"]
    assert [i.path for i in issues] == ["samples[0].measurements[2].value"]
    assert shown in issues[0].message and "check the unit" in issues[0].message
    assert not [f for f in load_entry(data).flags if "check the unit" in f.message]


@pytest.mark.parametrize("text, value", [
    ("The LiBH4–LiI sample has an ionic conductivity close to10–6 S/cm at 30 °C.", 0.001),
    ("The LiBH4–LiI sample has an ionic conductivity of2.1 × 10–6 S/cm at 30 °C.", 0.0021),
    ("The LiBH4–LiI sample conducts 2.1 × 10–6 S/cm at30 °C.", 0.0021),
])
def test_a_number_a_pdf_copy_glued_to_its_preposition_is_read_whole(text, value):
    (row,) = contract_measurements(text)
    assert row["value"] == pytest.approx(value) and row["conditions"] == {"temperature": 30.0}
