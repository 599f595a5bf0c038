"""A PropertyValue's ``measurementTechnique`` / ``measurementMethod`` (schema.org) is the measurement's
technique or method: a technique the ontology lists (TPD, DSC, PCT, EIS) becomes the measurement's
``technique`` term, a kinetic analysis (Kissinger, JMAK, van 't Hoff) its ``method`` in the ontology's
words, and one the ontology does not know its ``method`` as written, said in the preview.

Fixture: tests/fixtures/eln/linked_data_forms.json with made-up values written here."""
from __future__ import annotations

import copy

import pytest

from kg.notebook import LabNotebook
from tests.test_eln_more_elns import build, fixture, mapped


def _with_values(tmp_path, values: list[dict]):
    spec = copy.deepcopy(fixture("linked_data_forms"))
    run = next(n for n in spec["metadata"]["@graph"] if n["@id"] == "./run-1/")
    run["variableMeasured"] = [{"@type": "PropertyValue", **v} for v in values]
    return build(tmp_path, "technique", spec)


@pytest.mark.parametrize(("how", "said", "technique", "method"), [
    ({"measurementTechnique": "TPD"}, "TPD", "TPD", None),
    ({"measurementTechnique": "differential scanning calorimetry"}, "DSC", "DSC", None),
    ({"measurementMethod": "Sieverts"}, "PCT", "PCT", None),
    ({"measurementTechnique": {"@type": "DefinedTerm", "name": "EIS"}}, "EIS", "EIS", None),
    ({"measurementMethod": "Kissinger"}, "Kissinger analysis", None, "Kissinger analysis"),
    ({"measurementTechnique": ["TPD"], "measurementMethod": "Kissinger"}, "TPD", "TPD", "Kissinger analysis"),
    ({"measurementMethod": "home-built flow rig"}, "home-built flow rig", None, "home-built flow rig"),
])
def test_the_technique_of_a_value_is_its_measurements(tmp_path, how, said, technique, method):
    path = _with_values(tmp_path, [{"name": "peak desorption temperature", "value": 310, "unitCode": "CEL", **how}])
    m = mapped(path)[1]["./run-1/"]
    (got,) = m.document["samples"][0]["measurements"]
    assert got.get("technique") == technique and got.get("method") == method
    assert said in dict(m.explain)["measurement: field 'peak desorption temperature'"]


def test_a_technique_the_ontology_does_not_know_is_said(tmp_path):
    path = _with_values(tmp_path, [{"name": "peak desorption temperature", "value": 310, "unitCode": "CEL",
                                    "measurementMethod": "home-built flow rig"}])
    why = dict(mapped(path)[1]["./run-1/"].explain)["measurement: field 'peak desorption temperature'"]
    assert "'home-built flow rig' is no technique of the ontology: kept as the method as written" in why


def test_the_technique_is_stored_with_the_measurement(tmp_path):
    path = _with_values(tmp_path, [
        {"name": "dehydrogenation activation energy", "value": 105, "unitCode": "B44",
         "measurementTechnique": "DSC", "measurementMethod": "Kissinger"}])
    nb = LabNotebook(tmp_path / "data", graph=False)
    nb.store_plan(nb.plan_eln(path), author="tester")
    (got,) = [m for rev in nb.repo.list() for s in rev.document["samples"] for m in s["measurements"]
              if m["note"] == "from the field 'dehydrogenation activation energy'"]
    assert (got["technique"], got["method"]) == ("DSC", "Kissinger analysis")


@pytest.mark.parametrize("how", [
    {"measurementTechnique": {"@id": "#technique-tpd"}},                       # a DefinedTerm of the graph
    {"measurementTechnique": [{"@id": "#technique-tpd"}]},
    {"measurementTechnique": {"@type": "DefinedTerm", "name": [{"@language": "de", "@value": "TPD-Messung"},
                                                               {"@language": "en", "@value": "TPD"}]}},
])
def test_a_technique_named_by_reference_or_in_languages_is_read_as_keywords_are(tmp_path, how):
    """A technique is a keyword-like term: read by the one reader of terms (crate._term), so a DefinedTerm
    referenced by @id gives its name and a name in several languages its English one."""
    spec = copy.deepcopy(fixture("linked_data_forms"))
    graph = spec["metadata"]["@graph"]
    graph.append({"@id": "#technique-tpd", "@type": "DefinedTerm", "name": "TPD"})
    run = next(n for n in graph if n["@id"] == "./run-1/")
    run["variableMeasured"] = [{"@type": "PropertyValue", "name": "peak desorption temperature", "value": 310,
                                "unitCode": "CEL", **how}]
    m = mapped(build(tmp_path, "technique", spec))[1]["./run-1/"]
    (got,) = m.document["samples"][0]["measurements"]
    assert got.get("technique") == "TPD"
