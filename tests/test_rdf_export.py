"""RDF export of the graph and the SHACL shapes: a valid graph conforms, crafted bad graphs fail with
the violation that names what is wrong, Turtle and JSON-LD round-trip, and a real store exports."""
from __future__ import annotations

import copy
import json
import shutil

import pytest
import rdflib.namespace as rns
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.rdf_export import ExportError, graph_to_rdf, record_iri, serialize, validate
from ontology.namespaces import DATA, HKG, QUDT
from ontology.vocabulary import vocabulary

PROV, RDF, DOUBLE = rns.PROV, rns.RDF, rns.XSD.double

SRC = "doi:10.1000/rdf-test"
LAB = "entry:42"


def node(lab, rid, **props):
    return {"type": "node", "label": lab, "id": rid, "props": props}


def rel(r, a, la, b, lb, **props):
    return {"type": "rel", "rel": r, "from": a, "from_label": la, "to": b, "to_label": lb, "props": props}


def term_node(term_id):
    t = vocabulary().get(term_id)
    return node(t.kind, t.id, label=t.label, kind=t.kind, iri=t.iri, key=t.key, unit=t.unit)


def measurement(mid, key, value, unit, system="sys:a", source=SRC, **extra):
    props = {"property": key, "value": value, "unit": unit, "qualifier": "=", "baseline": False,
             "theoretical": False, "system_id": system, "source_id": source, "section": "3", **extra}
    return node("Measurement", mid, **props)


def valid_records() -> list[dict]:
    """A small graph written for the test: one MgH2 system from a paper, one from a lab entry."""
    vocab = vocabulary()
    mgh2 = vocab.by_formula("MgH2").id
    nb2o5 = vocab.by_formula("Nb2O5").id
    ea = vocab.property("dehydrogenation_activation_energy")
    onset = vocab.property("onset_dehydrogenation_temperature")
    catalysis = vocab.lookup("catalysis", "Strategy").id
    dsc = vocab.lookup("DSC", "Technique").id
    return [
        term_node(mgh2), term_node(nb2o5), term_node(ea.id), term_node(onset.id), term_node(catalysis),
        term_node(dsc),
        node("Material", "mat:Xq3Zr", formula="Xq3Zr", label="Xq3Zr"),
        node("System", "sys:a", name="MgH2–5mol%Nb2O5", text="MgH2–5 mol% Nb2O5", host_formula="MgH2"),
        node("System", "sys:b", name="MgH2–10wt%Xq3Zr", text="MgH2 + 10 wt% Xq3Zr", host_formula="MgH2"),
        node("Source", SRC, kind="publication", title="A test paper", year=2021, authors=["A. Author"],
             doi="10.1000/rdf-test"),
        node("Source", LAB, kind="lab_entry", title="Milling run 7", authors=["Lab Person"],
             created="2026-01-02T10:00:00+00:00"),
        node("Reference", f"{SRC}#ref21b", key="21b", source_id=SRC, text="A. Author, J. Test 2019", year=2019),
        measurement("m:1", "dehydrogenation_activation_energy", 70.0, "kJ/mol", technique=dsc,
                    cond_heating_rate=5.0, conditions_json=json.dumps({"heating_rate": 5.0}), refs=["21b"]),
        measurement("m:2", "onset_dehydrogenation_temperature", 200.0, "degC", system="sys:b",
                    value_max=220.0),
        measurement("m:3", "onset_dehydrogenation_temperature", 250.0, "degC", source=LAB),
        node("ChallengeStatement", "ch:1", challenge="HighOperatingTemperature", entities=[mgh2],
             source_id=SRC, section="5"),
        node("Conflict", "cf:1", kind="table_host_vs_prose", description="host differs",
             candidates=["MgH2", "Mg"], chosen="MgH2", source_id=SRC),
        node("MechanismClaim", "mc:1", mechanism="ElectronTransfer", host="MgH2", additive="Nb2O5",
             strategy=catalysis, source_id=SRC, section="2.1.2", start=100, end=180),
        rel("HAS_HOST", "sys:a", "System", mgh2, "Material", text="MgH2"),
        rel("HAS_ADDITIVE", "sys:a", "System", nb2o5, "Material", amount=5.0, amount_unit="mol%",
            role="Catalyst", additive_class="Oxide", text="Nb2O5"),
        rel("HAS_HOST", "sys:b", "System", mgh2, "Material", text="MgH2"),
        rel("HAS_ADDITIVE", "sys:b", "System", "mat:Xq3Zr", "Material", amount=10.0, amount_unit="wt%"),
        rel("MODIFIED_BY", "sys:a", "System", catalysis, "Strategy", source_id=SRC),
        rel("OF_SYSTEM", "m:1", "Measurement", "sys:a", "System"),
        rel("OF_SYSTEM", "m:2", "Measurement", "sys:b", "System"),
        rel("OF_SYSTEM", "m:3", "Measurement", "sys:a", "System"),
        rel("OF_PROPERTY", "m:1", "Measurement", ea.id, "Property"),
        rel("OF_PROPERTY", "m:2", "Measurement", onset.id, "Property"),
        rel("OF_PROPERTY", "m:3", "Measurement", onset.id, "Property"),
        rel("MEASURED_BY", "m:1", "Measurement", dsc, "Technique"),
        rel("REPORTED_IN", "sys:a", "System", SRC, "Source", place="pl:1", section="2.1", tbl="Table 1", row=3),
        rel("REPORTED_IN", "m:1", "Measurement", SRC, "Source", place="pl:2", section="3"),
        rel("CITES", "m:1", "Measurement", f"{SRC}#ref21b", "Reference"),
        rel("REFERENCE_OF", f"{SRC}#ref21b", "Reference", SRC, "Source"),
        rel("STATES", "ch:1", "ChallengeStatement", "HighOperatingTemperature", "Challenge"),
        rel("REPORTED_IN", "ch:1", "ChallengeStatement", SRC, "Source", place="pl:3", section="5"),
        rel("CREDITS", "mc:1", "MechanismClaim", "ElectronTransfer", "Mechanism"),
        rel("FOR_STRATEGY", "mc:1", "MechanismClaim", catalysis, "Strategy"),
        rel("REPORTED_IN", "mc:1", "MechanismClaim", SRC, "Source", place="pl:4", section="2.1.2"),
    ]


def m_iri(mid):
    return record_iri("Measurement", mid)


def assert_fails(records, *messages):
    conforms, report = validate(graph_to_rdf(records))
    assert not conforms, "a bad graph passed the shapes"
    for msg in messages:
        assert msg in report, f"expected violation {msg!r} not in report:\n{report}"
    return report


def props_of(records, mid):
    return next(r for r in records if r.get("id") == mid)["props"]


def without(records, pred):
    return [r for r in records if not pred(r)]


# ------------------------------------------------------------------------------------ mapping
def test_valid_graph_conforms_and_uses_ontology_iris():
    g = graph_to_rdf(valid_records())
    conforms, report = validate(g)
    assert conforms, report
    vocab = vocabulary()
    m1 = m_iri("m:1")
    assert (m1, RDF.type, HKG.Measurement) in g
    assert (m1, HKG.ofProperty, URIRef(vocab.property("dehydrogenation_activation_energy").iri)) in g
    assert (m1, QUDT.numericValue, Literal(70.0, datatype=DOUBLE)) in g
    assert (m1, QUDT.unit, URIRef(vocab.property("dehydrogenation_activation_energy").unit_iri)) in g
    assert (m1, PROV.hadPrimarySource, record_iri("Source", SRC)) in g
    # ids with ':' '/' '#' become one percent-encoded path segment of a DATA IRI
    assert str(record_iri("Source", SRC)) == str(DATA) + "source/doi%3A10.1000%2Frdf-test"
    assert str(record_iri("Material", "mat:Xq3Zr")).startswith(str(DATA))
    # the heating-rate condition is a node with its condition term, value and QUDT unit
    cond = next(g.objects(m1, HKG.hasCondition))
    heating = next(t for t in vocab.terms("Condition") if t.key == "heating_rate")
    assert (cond, HKG.ofCondition, URIRef(heating.iri)) in g
    assert (cond, QUDT.unit, URIRef(heating.unit_iri)) in g
    # the lab entry is attributed to an agent
    lab = record_iri("Source", LAB)
    agent = next(g.objects(lab, PROV.wasAttributedTo))
    assert (agent, RDF.type, PROV.Agent) in g
    assert (lab, RDF.type, HKG.LabEntry) in g


@pytest.mark.parametrize("fmt,syntax", [("ttl", "turtle"), ("jsonld", "json-ld")])
def test_serialisations_parse_back_to_an_isomorphic_graph(fmt, syntax):
    g = graph_to_rdf(valid_records())
    back = Graph().parse(data=serialize(g, fmt), format=syntax)
    assert len(back) == len(g) > 100
    assert isomorphic(g, back)


def test_unknown_format_and_malformed_records_are_refused():
    with pytest.raises(ExportError, match="format 'xml'"):
        serialize(graph_to_rdf([]), "xml")
    with pytest.raises(ExportError, match="record 1"):
        graph_to_rdf([{"type": "node", "label": "System"}])
    with pytest.raises(ExportError, match="not an ontology term"):
        graph_to_rdf([node("Strategy", "NoSuchStrategy")])
    with pytest.raises(ExportError, match="'type' must be"):
        graph_to_rdf([{"type": "edge"}])


# ------------------------------------------------------------------------------------ bad graphs
def test_measurement_without_unit_fails():
    recs = valid_records()
    props_of(recs, "m:1")["unit"] = None
    assert_fails(recs, "a measurement has exactly one unit (qudt:unit")


def test_unit_without_a_qudt_iri_fails_as_missing_unit():
    recs = valid_records()
    props_of(recs, "m:2")["unit"] = "furlongs"
    assert_fails(recs, "a measurement has exactly one unit (qudt:unit")


def test_unit_incompatible_with_property_fails():
    recs = valid_records()
    props_of(recs, "m:1")["unit"] = "mS/cm"   # a conductivity unit on an activation energy
    report = assert_fails(recs, "is not the canonical unit")
    vocab = vocabulary()
    assert vocab.property("ionic_conductivity").unit_iri in report
    assert vocab.property("dehydrogenation_activation_energy").iri in report


def test_measurement_without_system_fails():
    recs = without(valid_records(), lambda r: r.get("rel") == "OF_SYSTEM" and r["from"] == "m:2")
    props_of(recs, "m:2")["system_id"] = None
    assert_fails(recs, "a measurement has exactly one subject system")


def test_measurement_with_two_systems_fails():
    recs = valid_records()
    recs.append(rel("OF_SYSTEM", "m:2", "Measurement", "sys:a", "System"))
    assert_fails(recs, "a measurement has exactly one subject system")


def test_measurement_without_source_fails():
    recs = without(valid_records(), lambda r: r.get("rel") == "REPORTED_IN" and r["from"] == "m:1")
    props_of(recs, "m:1")["source_id"] = None
    assert_fails(recs, "a measurement has a source (prov:wasDerivedFrom",
                 "a measurement has exactly one primary source")


def test_value_not_numeric_fails():
    recs = valid_records()
    props_of(recs, "m:3")["value"] = "about 250"
    assert_fails(recs, "a measurement has exactly one numeric value")


def test_measurement_without_value_fails():
    recs = valid_records()
    props_of(recs, "m:3")["value"] = None
    assert_fails(recs, "a measurement has exactly one numeric value")


def test_measurement_with_two_properties_fails():
    recs = valid_records()
    other = vocabulary().property("hydrogen_capacity").id
    recs += [term_node(other), rel("OF_PROPERTY", "m:1", "Measurement", other, "Property")]
    assert_fails(recs, "a measurement has exactly one property")


def test_property_that_is_not_a_property_term_fails():
    recs = valid_records()
    strategy = vocabulary().lookup("catalysis", "Strategy").id
    recs = without(recs, lambda r: r.get("rel") == "OF_PROPERTY" and r["from"] == "m:3")
    props_of(recs, "m:3")["property"] = None
    recs.append(rel("OF_PROPERTY", "m:3", "Measurement", strategy, "Property"))
    assert_fails(recs, "must be an ontology term under hkg:Property")


def test_system_without_host_fails():
    recs = without(valid_records(), lambda r: r.get("rel") == "HAS_HOST" and r["from"] == "sys:b")
    assert_fails(recs, "a material system has a host material")


def test_host_not_named_by_the_ontology_conforms():
    recs = without(valid_records(), lambda r: r.get("rel") == "HAS_HOST" and r["from"] == "sys:b")
    recs.append(rel("HAS_HOST", "sys:b", "System", "mat:Xq3Zr", "Material", text="Xq3Zr"))
    conforms, report = validate(graph_to_rdf(recs))
    assert conforms, report


def test_host_that_is_not_a_material_fails():
    recs = without(valid_records(), lambda r: r.get("rel") == "HAS_HOST" and r["from"] == "sys:b")
    strategy = vocabulary().lookup("catalysis", "Strategy").id
    recs.append(rel("HAS_HOST", "sys:b", "System", strategy, "Material"))
    assert_fails(recs, "the host of a system must be a material")


def test_source_without_kind_fails():
    recs = valid_records()
    props_of(recs, SRC)["kind"] = None
    assert_fails(recs, "a source has exactly one kind")


def test_lab_entry_without_agent_fails():
    recs = valid_records()
    props_of(recs, LAB)["authors"] = []
    assert_fails(recs, "a lab entry is attributed to the agent")


def test_condition_with_wrong_unit_fails():
    g = graph_to_rdf(valid_records())
    cond = next(g.objects(m_iri("m:1"), HKG.hasCondition))
    g.set((cond, QUDT.unit, URIRef(vocabulary().property("ionic_conductivity").unit_iri)))
    conforms, report = validate(g)
    assert not conforms and "condition unit" in report


def test_crafted_records_are_not_mutated_by_export():
    recs = valid_records()
    before = copy.deepcopy(recs)
    graph_to_rdf(recs)
    assert recs == before


# ------------------------------------------------------------------------------------ real store
def small_batch():
    from ontology.models import (
        Amount,
        Component,
        GraphBatch,
        MaterialSystem,
        Measurement,
        Source,
        SourceRef,
        SystemReport,
    )

    vocab = vocabulary()
    host = Component(formula="LiBH4", term=vocab.by_formula("LiBH4").id, text="LiBH4")
    add = Component(formula="LiI", text="LiI", amount=Amount(value=25, unit="mol%"))
    system = MaterialSystem(text="LiBH4–25 mol% LiI", name="LiBH4–25mol%LiI", host=host, additives=[add])
    at = SourceRef(source_id="doi:10.1000/rdf-store", section="4", table="Table 2", row=1)
    return GraphBatch(
        sources=[Source(id="doi:10.1000/rdf-store", kind="publication", title="Iodide-substituted LiBH4",
                        year=2020, authors=["C. Author"])],
        reports=[SystemReport(system=system, applications=["SolidElectrolyte"], source=at)],
        measurements=[
            Measurement(property="ionic_conductivity", value=0.1, unit="mS/cm", system=system, source=at,
                        conditions={"temperature": 25}),
            Measurement(property="ion_migration_activation_energy", value=0.3, unit="eV", system=system,
                        source=at),
        ])


@pytest.fixture(scope="module")
def loaded_folder(ontology_store, tmp_path_factory):
    """A store with the ontology and ``small_batch()``, loaded once; each test opens its own copy."""
    from kg.store import open_store

    folder = tmp_path_factory.mktemp("rdf") / "graph"
    shutil.copytree(ontology_store, folder)
    with open_store("ladybug", data_dir=folder) as st:
        st.load(small_batch())
    return folder


@pytest.fixture()
def loaded_store(loaded_folder, tmp_path):
    from kg.store import open_store

    with open_store("ladybug", data_dir=shutil.copytree(loaded_folder, tmp_path / "graph")) as st:
        yield st


def test_ladybug_store_export_conforms(loaded_store):
    from kg.rdf_export import export_store

    text = export_store(loaded_store, "ttl")
    g = Graph().parse(data=text, format="turtle")
    conforms, report = validate(g)
    assert conforms, report
    ms = list(g.subjects(RDF.type, HKG.Measurement))
    assert len(ms) == 2
    cond = [c for m in ms for c in g.objects(m, HKG.hasCondition)]
    assert len(cond) == 1 and (cond[0], QUDT.numericValue, Literal(25.0, datatype=DOUBLE)) in g
    jsonld = Graph().parse(data=export_store(loaded_store, "jsonld"), format="json-ld")
    assert isomorphic(g, jsonld)


@pytest.mark.slow   # exports the whole graph and runs SHACL over it
def test_cli_export_writes_file_and_validates(loaded_store, tmp_path, capsys):
    from ui.cli import main

    folder = loaded_store.folder if hasattr(loaded_store, "folder") else tmp_path / "graph"
    loaded_store.close()
    out = tmp_path / "graph.jsonld"
    assert main(["export", "--data-dir", str(folder), "--format", "jsonld", "--out", str(out), "--validate"]) == 0
    g = Graph().parse(out, format="json-ld")
    assert len(list(g.subjects(RDF.type, HKG.Measurement))) == 2
    assert not out.with_name(out.name + ".part").exists()
    assert main(["export", "--data-dir", str(folder), "--out", str(tmp_path / "no" / "x.ttl")]) == 2
    assert "does not exist" in capsys.readouterr().err
