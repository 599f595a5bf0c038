"""Per-measurement conditions another ELN writes as schema.org reference values (a PropertyValue's
``valueReference``: nested PropertyValues with name/value/unitCode/unitText or minValue/maxValue, inline
or by @id) are read on .eln import as that measurement's conditions; a name the ontology does not know
goes into the measurement's note. Crates written here, in a temporary folder."""
from __future__ import annotations

import json
import zipfile

import pytest

from ingest.eln.archive import open_eln
from ingest.eln.crate import read_crate
from ingest.eln.export import ExportItem, write_eln
from ingest.eln.to_entry import map_record
from ingest.entries.entry import load_entry
from kg.entries import EntryRepository


def _crate(tmp_path, values: list[dict], nodes: list[dict] = (), title="MgH2 + 5 wt% TiF3, run 7"):
    """One record (a Dataset named ``title``) measuring ``values``; ``nodes``: more nodes of the graph."""
    graph = [
        {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"},
         "conformsTo": {"@id": "https://w3id.org/ro/crate/1.1"}, "sdPublisher": {"@id": "#pub"}},
        {"@id": "#pub", "@type": "Organization", "name": "AnotherELN"},
        {"@id": "./", "@type": "Dataset", "hasPart": [{"@id": "./run/"}]},
        {"@id": "./run/", "@type": "Dataset", "name": title, "variableMeasured": values},
        *nodes]
    path = tmp_path / "other.eln"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("other/ro-crate-metadata.json",
                    json.dumps({"@context": "https://w3id.org/ro/crate/1.1/context", "@graph": graph}))
    crate = read_crate(open_eln(path))
    (mapped,) = [map_record(r, file=str(path), publisher=crate.publisher) for r in crate.records]
    load_entry(mapped.document)                        # the entry it gives is valid
    return mapped


def _by_property(mapped) -> dict[str, dict]:
    return {m["property"]: m for m in mapped.document["samples"][0]["measurements"]}


@pytest.mark.parametrize(("references", "conditions"), [
    # a code (UN/CEFACT 'CEL') for the unit, a range as minValue/maxValue
    ([{"@type": "PropertyValue", "name": "Temperature", "value": 300, "unitCode": "CEL"},
      {"@type": "PropertyValue", "name": "Hydrogen pressure", "minValue": 2, "maxValue": 4, "unitText": "MPa"}],
     {"temperature": {"value": 300.0, "unit": "degC"}, "pressure": {"value": 2.0, "value_max": 4.0, "unit": "MPa"}}),
    # the ontology key as propertyID, a unit text pint reads
    ([{"@type": "PropertyValue", "propertyID": "heating_rate", "name": "ramp", "value": 5, "unitText": "K/min"}],
     {"heating_rate": {"value": 5.0, "unit": "K/min"}}),
    # a QuantitativeValue, a value in kelvin, one reference rather than a list
    ({"@type": "QuantitativeValue", "name": "temperature", "value": "573", "unitText": "K"},
     {"temperature": {"value": 573.0, "unit": "K"}}),
    # a synonym of the ontology ('cycle number'), a count without a unit
    ([{"@type": "PropertyValue", "name": "Cycle number", "value": 25}],
     {"cycles": {"value": 25.0, "unit": "1"}}),
])
def test_reference_values_are_the_conditions_of_their_measurement(tmp_path, references, conditions):
    mapped = _crate(tmp_path, [{"@type": "PropertyValue", "name": "H2 capacity", "value": 5.9, "unitText": "wt%",
                                "valueReference": references}])
    assert _by_property(mapped)["hydrogen_capacity"]["conditions"] == conditions


def test_references_by_id_qualify_their_own_measurement_only_and_unknown_names_become_its_note(tmp_path):
    nodes = [{"@id": "#t300", "@type": "PropertyValue", "name": "Temperature", "value": 300, "unitText": "°C"},
             {"@id": "#bpr", "@type": "PropertyValue", "name": "Ball-to-powder ratio", "value": 40},
             {"@id": "#hr", "@type": "PropertyValue", "name": "Heating rate", "value": 10, "unitText": "K/min"},
             {"@id": "#ea", "@type": "PropertyValue", "name": "Activation energy", "value": 71, "unitText": "kJ/mol",
              "valueReference": [{"@id": "#hr"}]},
             {"@id": "#cap", "@type": "PropertyValue", "name": "H2 capacity", "value": 5.9, "unitText": "wt%",
              "valueReference": [{"@id": "#t300"}, {"@id": "#bpr"}]}]
    mapped = _crate(tmp_path, [{"@id": "#cap"}, {"@id": "#ea"}], nodes)
    got = _by_property(mapped)
    assert got["hydrogen_capacity"]["conditions"] == {"temperature": {"value": 300.0, "unit": "°C"}}
    assert got["dehydrogenation_activation_energy"]["conditions"] == {"heating_rate": {"value": 10.0,
                                                                                       "unit": "K/min"}}
    assert "Ball-to-powder ratio 40 (names no property of the ontology)" in got["hydrogen_capacity"]["note"]
    explained = dict(mapped.explain)
    assert "of the measurement 'H2 capacity' alone" in explained["condition: field 'H2 capacity → Temperature'"]
    fields = {f["name"] for f in mapped.document["fields"]}
    assert "H2 capacity → Ball-to-powder ratio" in fields                # kept as a field too, not dropped


def test_a_reference_that_does_not_fit_is_noted_and_the_entrys_own_conditions_still_apply(tmp_path):
    # near miss: a temperature given in a unit of capacity is no condition; the entry's pressure field
    # applies to the measurement without references of its own, not to the one that has them
    mapped = _crate(tmp_path, [
        {"@type": "PropertyValue", "name": "H2 capacity", "value": 5.9, "unitText": "wt%",
         "valueReference": [{"@type": "PropertyValue", "name": "Temperature", "value": 300, "unitText": "mAh/g"},
                            {"@type": "PropertyValue", "name": "Time", "value": 2, "unitText": "h"}]},
        {"@type": "PropertyValue", "name": "Activation energy", "value": 71, "unitText": "kJ/mol"},
        {"@type": "PropertyValue", "name": "Hydrogen pressure", "value": 1, "unitText": "MPa"}])
    got = _by_property(mapped)
    assert got["hydrogen_capacity"]["conditions"] == {"time": {"value": 2.0, "unit": "h"}}
    assert "Temperature 300 mAh/g" in got["hydrogen_capacity"]["note"]
    assert got["dehydrogenation_activation_energy"]["conditions"] == {"pressure": {"value": 1.0, "unit": "MPa"}}


def test_a_plain_property_value_list_reads_as_before(tmp_path):
    # near miss: no valueReference at all; every condition is every measurement's, as before
    mapped = _crate(tmp_path, [
        {"@type": "PropertyValue", "name": "H2 capacity", "value": 5.9, "unitText": "wt%"},
        {"@type": "PropertyValue", "name": "Temperature", "value": 320, "unitText": "°C"}])
    assert _by_property(mapped)["hydrogen_capacity"]["conditions"] == {"temperature": {"value": 320.0, "unit": "°C"}}


def test_our_export_read_without_its_entry_file_keeps_each_measurements_conditions(tmp_path):
    repo = EntryRepository(tmp_path / "repo")
    measured = [{"property": "hydrogen_capacity", "value": 5.1, "unit": "wt%",
                 "conditions": {"pressure": "2–4 MPa", "temperature": {"value": 250, "unit": "°C"}}},
                {"property": "dehydrogenation_activation_energy", "value": 88, "unit": "kJ/mol",
                 "conditions": {"heating_rate": "5 K/min"}}]
    doc = load_entry({"title": "two values", "author": "Test Person",
                      "samples": [{"id": "S1", "system": "MgH2 + 5 wt% TiF3", "measurements": measured}]}).document()
    rec = repo.create(doc, author="t", entry_id="r1")
    path = write_eln([ExportItem(document=rec.document, revisions=[])], tmp_path / "ours.eln", repo.read_file)
    bare = tmp_path / "bare.eln"                       # as another ELN passes it on: the metadata only
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(bare, "w") as dst:
        for item in src.infolist():
            if item.filename.endswith("ro-crate-metadata.json"):
                dst.writestr(item, src.read(item))
    crate = read_crate(open_eln(bare))
    (back,) = [map_record(r, file=str(bare), publisher=crate.publisher) for r in crate.records]
    assert not back.own
    got = _by_property(back)
    assert got["hydrogen_capacity"]["conditions"] == {"pressure": {"value": 2.0, "value_max": 4.0, "unit": "MPa"},
                                                      "temperature": {"value": 250.0, "unit": "°C"}}
    assert got["dehydrogenation_activation_energy"]["conditions"] == {"heating_rate": {"value": 5.0,
                                                                                       "unit": "K/min"}}
