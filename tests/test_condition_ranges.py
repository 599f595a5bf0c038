"""A condition stated as a range ('at 0.3–0.5 MPa', 'between 340 and 400 °C') is kept as a range: its lower end
in ``conditions``, its upper end in ``condition_max``, both in the condition's canonical unit, from the model through
extraction, the contract, the store and the pages. Sentences written for these tests."""
import json

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows
from ontology.models import ConditionValue, Measurement, SourceRef
from ontology.system import parse_system
from ui.app.display import conditions_text


def _rows(doc: str) -> list[dict]:
    return [r for r in contract_rows(extract_text(doc + "\n")) if r["kind"] == "measurement"]


def _one(doc: str, prop: str) -> dict:
    rows = [r for r in _rows(doc) if r["property"] == prop]
    assert len(rows) == 1, rows
    return rows[0]


def _measurement(**conditions) -> Measurement:
    return Measurement(property="reaction_enthalpy", value=70, unit="kJ/mol", system=parse_system("MgH2"),
                       source=SourceRef(source_id="t"), conditions=conditions)


# ------------------------------------------------------------------------------------------------ the model
@pytest.mark.parametrize("given", ["0.3–0.5 MPa", "0.3 to 0.5 MPa", "3-5 bar",
                                   {"value": 0.3, "value_max": 0.5, "unit": "MPa"}])
def test_a_range_keeps_both_ends_in_the_canonical_unit(given):
    m = _measurement(pressure=given)
    assert m.conditions == {"pressure": pytest.approx(0.3)} and m.condition_max == {"pressure": pytest.approx(0.5)}


def test_a_range_in_kelvin_is_stored_in_celsius():
    m = _measurement(temperature={"value": 573.15, "value_max": 623.15, "unit": "K"})
    assert m.conditions["temperature"] == pytest.approx(300) and m.condition_max["temperature"] == pytest.approx(350)
    assert ConditionValue(value=573.15, value_max=623.15, unit="K").canonical("temperature").unit == "degC"


def test_a_single_value_has_no_upper_end():
    m = _measurement(temperature="300 degC", time="10 min")
    assert m.condition_max == {} and m.conditions == {"temperature": 300.0, "time": 10.0}


@pytest.mark.parametrize("given, words", [
    ("0.5–0.3 MPa", "runs backwards"),
    ({"value": 0.3, "value_max": True, "unit": "MPa"}, "true/false"),
    ({"value": 0.3, "value_max": "a lot", "unit": "MPa"}, "not a number"),
])
def test_a_bad_range_is_refused_with_a_clear_error(given, words):
    with pytest.raises(ValueError, match=words):
        _measurement(pressure=given)


def test_an_upper_end_without_its_condition_is_refused():
    with pytest.raises(ValueError, match="no value"):
        Measurement.model_validate({**_measurement().model_dump(), "condition_max": {"pressure": 1.0}})


def test_a_stored_record_reads_back_and_an_old_one_without_ranges_still_loads():
    m = _measurement(pressure="2–4 MPa")
    again = Measurement.model_validate(m.model_dump())
    assert again.conditions == m.conditions and again.condition_max == m.condition_max and again.id == m.id
    old = m.model_dump()
    old.pop("condition_max")
    assert Measurement.model_validate(old).condition_max == {}


def test_a_range_changes_the_id_but_a_single_value_keeps_it():
    assert _measurement(pressure="2 MPa").id != _measurement(pressure="2–4 MPa").id


# ------------------------------------------------------------------------------------------------ extraction
@pytest.mark.parametrize("doc, prop, key, low, high", [
    ("The MgH2–5 wt% Ni composite kept a reversible capacity above 6 wt% at 0.3–0.5 MPa.",
     "reversible_hydrogen_capacity", "pressure", 0.3, 0.5),
    ("The first hydrogenation of Mg2Ni at 330 °C under 1.5–3 MPa yielded 3.3 wt% H2.",
     "absorbed_hydrogen_capacity", "pressure", 1.5, 3.0),
    ("PCT isotherms of the LiBH4–MgH2 composite recorded between 340 and 400 °C gave a reaction enthalpy of "
     "41 kJ/mol H2.", "reaction_enthalpy", "temperature", 340.0, 400.0),
    ("Sieverts measurements of the MgH2–TiF3 sample from 560 to 620 K gave a desorption enthalpy of 70 kJ/mol H2.",
     "reaction_enthalpy", "temperature", 286.85, 346.85),
])
def test_a_setting_stated_as_a_range_is_extracted_as_one(doc, prop, key, low, high):
    row = _one(doc, prop)
    assert row["conditions"][key] == pytest.approx(low) and row["condition_max"] == {key: pytest.approx(high)}, row


@pytest.mark.parametrize("doc", [
    "Cycled between 250 and 300 °C, the MgH2–Co composite kept 5.9 wt% over 50 cycles.",
    "The MgH2–Co composite retained 5.9 wt% after 50 cycles between 250 and 300 °C.",
    "Over 40 cycles between 250 and 300 °C, the MgH2–Co composite maintained 5.9 wt%.",
])
def test_a_capacity_kept_over_cycles_holds_the_window_it_was_cycled_in(doc):
    row = _one(doc, "reversible_hydrogen_capacity")
    assert row["conditions"]["temperature"] == 250.0 and row["condition_max"] == {"temperature": 300.0}, row


def test_near_miss_an_amount_given_off_over_a_ramp_is_the_amount_by_its_end():
    row = _one("The MgH2–Co composite gave off 5.9 wt% between 250 and 300 °C.", "hydrogen_capacity")
    assert row["conditions"] == {"temperature": 300.0} and row["condition_max"] == {}, row


@pytest.mark.parametrize("doc, prop", [
    ("The MgH2–5 wt% Ni composite kept a reversible capacity of 6 wt% at 0.5 MPa.", "reversible_hydrogen_capacity"),
    # a setting that runs downwards is a change the sample went through, no span it was measured over
    ("Sieverts measurements of the MgH2–TiF3 sample cooled from 620 to 560 K gave a desorption enthalpy of 70 kJ/mol "
     "H2.", "reaction_enthalpy"),
])
def test_a_single_setting_or_a_downward_change_is_no_range(doc, prop):
    assert _one(doc, prop)["condition_max"] == {}


# ------------------------------------------------------------------------------------------------ store and pages
def test_the_store_keeps_the_range_and_the_pages_print_it(empty_store):
    from kg.gaps.read import read_rows
    from ontology.models import GraphBatch, Source

    m = _measurement(pressure="2–4 MPa", temperature="330 degC")
    empty_store.load(GraphBatch(sources=[Source(id="t", kind="publication", title="t")], measurements=[m]))
    rows = empty_store.query("MATCH (m:Measurement) RETURN m.condition_max_json AS upper, m.cond_pressure AS low")
    assert rows[0]["low"] == 2.0 and json.loads(rows[0]["upper"]) == {"pressure": 4.0}
    read = read_rows(empty_store)["measurements"]
    assert read[0].condition_max == {"pressure": 4.0}
    assert conditions_text(m.all_conditions, m.condition_max) == "pressure 2–4 MPa, temperature 330 °C"
    assert conditions_text(m.all_conditions) == "pressure 2 MPa, temperature 330 °C"


def test_a_curator_gives_or_takes_a_range_through_the_conditions():
    from kg.curation import corrected, evidence_of

    ranged = corrected(_measurement(temperature="330 degC"), {"conditions": {"pressure": "1.5–3 MPa"}})
    assert ranged.conditions == {"pressure": 1.5} and ranged.condition_max == {"pressure": 3.0}
    single = corrected(ranged, {"conditions": {"pressure": "5 MPa"}})   # the curator's conditions are all of them
    assert single.conditions == {"pressure": 5.0} and single.condition_max == {}
    assert evidence_of(ranged)["condition_max"] == {"pressure": 3.0} and "condition_max" not in evidence_of(single)


def test_the_rdf_export_gives_the_upper_end_and_the_shapes_check_it():
    from rdflib import Literal

    from kg.rdf_export import batch_to_rdf, shacl_check
    from ontology.models import GraphBatch, Source
    from ontology.namespaces import HKG

    batch = GraphBatch(sources=[Source(id="t", kind="publication", title="t")],
                       measurements=[_measurement(pressure="2–4 MPa", temperature="330 degC")])
    g = batch_to_rdf(batch)
    conforms, _, report = shacl_check(g)
    assert conforms, report
    assert [float(v) for v in g.objects(None, HKG.conditionMaxValue)] == [4.0]
    (c,) = g.subjects(HKG.conditionMaxValue, None)
    g.set((c, HKG.conditionMaxValue, Literal(1.0)))   # below the lower end: a range running backwards
    conforms, violations, _ = shacl_check(g)
    assert not conforms and any("runs from its value up" in v.message for v in violations)


def _entry(pressure) -> dict:
    return {"title": "Mg2Ni uptake", "author": "A. Researcher", "created": "2026-05-01", "samples": [
        {"id": "S1", "system": "Mg2Ni", "measurements": [
            {"property": "absorbed_hydrogen_capacity", "value": 3.3, "unit": "wt%",
             "conditions": {"temperature": "330 degC", "pressure": pressure}}]}]}


def test_a_lab_entry_gives_a_range_and_a_backwards_one_is_refused_on_its_field():
    from ingest.entries.entry import EntryValidationError, entry_to_batch, load_entry

    e = load_entry(_entry("1.5–3 MPa"))
    e.id = "range"
    (m,) = entry_to_batch(e, 1).measurements
    assert m.conditions["pressure"] == 1.5 and m.condition_max == {"pressure": 3.0}
    with pytest.raises(EntryValidationError) as exc:
        load_entry(_entry("3–1.5 MPa"))
    assert any(i.path.endswith("conditions.pressure") and "backwards" in i.message for i in exc.value.issues)


# ------------------------------------------------------------------------------------------------ tables
_TABLE = ("# Uptake of doped MgH2\n\nTable 1. Hydrogen uptake of the doped samples.\n\n"
          "| Sample | Absorbed capacity | Reversible capacity |\n|---|---|---|\n"
          "| MgH2–5 wt% Ni | 2–4 MPa 250 °C 5.6 wt% | / |\n"
          "| MgH2–5 wt% Co | 3 MPa 250 °C 5.1 wt% | / |\n"
          "| MgH2–5 wt% Fe | 3 MPa 0 to 300 °C 5.0 wt% | / |\n")


def test_a_table_cell_gives_a_setting_as_a_range_and_a_ramps_amount_by_its_end():
    rows = {r["system"]: r for r in _rows(_TABLE)}
    ni, co, fe = rows["MgH2–5 wt% Ni"], rows["MgH2–5 wt% Co"], rows["MgH2–5 wt% Fe"]
    assert ni["conditions"]["pressure"] == 2.0 and ni["condition_max"] == {"pressure": 4.0}, ni
    assert co["conditions"]["pressure"] == 3.0 and co["condition_max"] == {}, co          # near miss: one value
    # an amount taken up over a ramp is the amount by its end, as prose reads it
    assert fe["conditions"]["temperature"] == 300.0 and fe["condition_max"] == {}, fe
    assert all(r["components"][1]["amount"] == 5.0 for r in rows.values())   # 'MgH2–5 wt%' is no range


# ------------------------------------------------------------------------------------------------ comparison
@pytest.mark.parametrize("other, comparable", [
    ({"pressure": 1.2}, True),                   # inside the range
    ({"pressure": 3.3}, True),                   # within the pressure window of the upper end
    ({"pressure": 6.0}, False),                  # far above it
])
def test_a_range_compares_with_a_value_inside_or_near_it(other, comparable):
    from ontology.comparability import compare_conditions, with_spans

    ranged = with_spans({"pressure": 1.0, "temperature": 300.0}, {"pressure": 3.0})
    check = compare_conditions("absorbed_hydrogen_capacity", ranged, {"temperature": 300.0, **other})
    assert check.comparable is comparable, check
    if not comparable:
        assert check.caveats == ["pressure 1–3 vs 6 MPa"]


def test_a_gap_row_compares_its_range_and_a_row_without_one_its_value():
    from kg.gaps.facts import MeasurementRow

    row = MeasurementRow(id="m", system="s", property="absorbed_hydrogen_capacity", value=5.0, value_max=None,
                         unit="wt%", source="t", source_kind="publication", conditions={"pressure": 1.0},
                         condition_max={"pressure": 3.0})
    assert row.settings() == {"pressure": (1.0, 3.0)}
    old = MeasurementRow(id="m", system="s", property="absorbed_hydrogen_capacity", value=5.0, value_max=None,
                         unit="wt%", source="t", source_kind="publication", conditions={"pressure": 1.0})
    assert old.settings() == {"pressure": 1.0}


def test_an_analogs_evidence_row_gives_its_range_and_an_old_row_none():
    from kg.analogs.explain import condition_max

    assert condition_max({"condition_max_json": '{"pressure":3.0}'}) == {"pressure": 3.0}
    assert condition_max({"condition_max_json": None}) == {} and condition_max({}) == {}
    assert condition_max({"condition_max_json": "not json"}) == {}


def test_a_range_found_in_lab_notes_is_kept_when_the_suggestion_is_accepted():
    from ingest.entries.entry import entry_to_batch, load_entry
    from ui.app import record

    (found,) = record.suggestions("The powder took up 3.1 wt% H2 within 20 min at 300 °C under 1.5–3 MPa.", "Mg2Ni")
    assert found["condition_max"] == {"pressure": 3.0}
    conditions = record.entry_conditions(found)
    assert conditions["pressure"] == {"value": 1.5, "value_max": 3.0, "unit": "MPa"}
    assert conditions["time"] == {"value": 20.0, "unit": "min"}          # never a bare number in the entry
    e = load_entry({"title": "notes", "author": "A. Researcher", "created": "2026-05-01", "samples": [
        {"id": "S1", "system": "Mg2Ni", "measurements": [{"property": found["property"], "value": found["value"],
                                                         "unit": found["unit"], "conditions": conditions}]}]})
    e.id = "notes"
    (m,) = entry_to_batch(e, 1).measurements
    assert m.condition_max == {"pressure": 3.0} and m.conditions["pressure"] == 1.5
