"""Fields of a group that holds no measurement (an ELN's 'Ball milling → temperature', SampleDB's
'Multilayers → 0 → Films → 0 → Substrate Temperature', PASTA's 'Geometry → Height') describe how the
sample was made or what it is — never the conditions of a later measurement of the entry.  A group named
by a synthesis method of the ontology becomes a synthesis step with those parameters; the entry's
measurements keep only the conditions given at the entry's own level or under their own field.

Fixture: tests/fixtures/eln/linked_data_forms.json with made-up values written here."""
from __future__ import annotations

import copy

from ingest.entries.entry_fields import measurements_from_fields
from kg.notebook import LabNotebook
from tests.test_eln_more_elns import build, fixture, mapped


def _pv(name: str, value, code: str = "", **more) -> dict:
    return {"@type": "PropertyValue", "name": name, "value": value, **({"unitCode": code} if code else {}), **more}


def _record(tmp_path, values: list[dict]):
    spec = copy.deepcopy(fixture("linked_data_forms"))
    run = next(n for n in spec["metadata"]["@graph"] if n["@id"] == "./run-1/")
    run["variableMeasured"] = values
    return build(tmp_path, "groups", spec)


MILLING = _pv("Ball milling", "planetary mill", valueReference=[
    _pv("temperature", 25, "CEL"), _pv("milling time", 2, "HUR"), _pv("speed", 400, unitText="rpm")])


def test_a_milling_temperature_is_no_condition_of_the_capacity(tmp_path):
    m = mapped(_record(tmp_path, [_pv("hydrogen capacity", 3.1, "P1"), MILLING]))[1]["./run-1/"]
    (capacity,) = m.document["samples"][0]["measurements"]
    assert "temperature" not in capacity.get("conditions", {})


def test_a_group_named_by_a_synthesis_method_is_a_synthesis_step(tmp_path):
    m = mapped(_record(tmp_path, [_pv("hydrogen capacity", 3.1, "P1"), MILLING]))[1]["./run-1/"]
    (step,) = m.document["synthesis"]
    assert step["method"] == "ball milling"
    assert step["temperature"] == {"value": 25.0, "unit": "degC"}
    assert step["milling_time"] == {"value": 2.0, "unit": "h"} and step["speed"] == {"value": 400.0, "unit": "rpm"}
    why = dict(m.explain)["synthesis: field 'Ball milling → temperature'"]
    assert "a parameter of the synthesis step 'ball milling'" in why


def test_the_entrys_own_conditions_still_apply_to_its_measurements(tmp_path):
    m = mapped(_record(tmp_path, [_pv("hydrogen capacity", 3.1, "P1"), _pv("temperature", 300, "CEL"),
                                  MILLING]))[1]["./run-1/"]
    (capacity,) = m.document["samples"][0]["measurements"]
    assert capacity["conditions"]["temperature"]["value"] == 300


def test_a_group_of_no_measurement_and_no_method_keeps_its_condition_as_a_field():
    fields = [{"name": "hydrogen capacity", "value": 3.1, "unit": "wt%"},
              {"name": "Storage → temperature", "value": -20, "unit": "degC"}]
    measurements, uses = measurements_from_fields(fields)
    assert "conditions" not in measurements[0] or not measurements[0]["conditions"]
    (kept,) = [u for u in uses if u.name == "Storage → temperature"]
    assert kept.became == "field"
    assert "the group 'Storage' holds no measurement" in kept.why


def test_the_step_is_stored_with_the_entry(tmp_path):
    nb = LabNotebook(tmp_path / "data", graph=False)
    nb.store_plan(nb.plan_eln(_record(tmp_path, [_pv("hydrogen capacity", 3.1, "P1"), MILLING])), author="t")
    (rev,) = [r for r in nb.repo.list() if r.document["title"] == "Mg2NiH4 run 1"]
    assert rev.document["synthesis"][0]["method"] == "ball milling"
