"""The ontology is the single source of truth for the graph's own classes and properties.

Every hkg: class and property the RDF export writes (kg/rdf_export.py) and the SHACL shapes name
(ontology/shapes.ttl) is declared in the ontology's Turtle modules: typed as owl:Class,
owl:ObjectProperty, owl:DatatypeProperty (or, for term annotations, owl:AnnotationProperty), with a
label and a definition, as an object property when its values are IRIs and a datatype property when
they are literals, with domains and ranges the exported data keeps, and mapped to PROV-O, QUDT or SOSA
where they have a counterpart.  The graphs checked are the shipped literature snapshot, a lab entry
turned into RDF the way the repository does it, and hand-written records with every kind of record and
every optional field.  None of these record classes and properties is a vocabulary term.
"""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import pytest
import rdflib.namespace as rns
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

from kg.rdf_export import batch_to_rdf, graph_to_rdf, shapes_graph
from ontology.namespaces import HKG, PREFIXES, QUDT, SH
from ontology.vocabulary import KINDS, load_graph, vocabulary

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "data" / "snapshot" / "review.batch.json"
ENTRY = ROOT / "tests" / "fixtures" / "entry_mgh2_ni.yaml"
EXPORTER = ROOT / "kg" / "rdf_export.py"

PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
DECLARED_TYPES = {OWL.Class} | PROPERTY_TYPES
# Vocabularies the graph's own terms are mapped to.
PUBLIC = (str(PROV), str(QUDT), str(rns.SOSA), str(DCTERMS))
MAPPINGS = (SKOS.exactMatch, SKOS.closeMatch, SKOS.relatedMatch, SKOS.broadMatch, SKOS.narrowMatch,
            OWL.equivalentClass, OWL.equivalentProperty, RDFS.subClassOf, RDFS.subPropertyOf)

# rdflib's SOSA and XSD are read through rns: pytest probes module globals, and those namespaces warn.
XSD_STRING = rns.XSD.string
SRC = "doi:10.1000/declarations"
LAB = "entry:decl"


def is_hkg(iri) -> bool:
    return isinstance(iri, URIRef) and str(iri).startswith(str(HKG)) and str(iri) != str(HKG)


def short(iri) -> str:
    """A prefixed name for messages (hkg:ofSystem, owl:Class)."""
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
        if str(iri).startswith(str(ns)):
            return f"{prefix}:{str(iri)[len(str(ns)):]}"
    return str(iri)


# ------------------------------------------------------------------------------ the graphs
def node(lab, rid, **props):
    return {"type": "node", "label": lab, "id": rid, "props": props}


def rel(r, a, la, b, lb, **props):
    return {"type": "rel", "rel": r, "from": a, "from_label": la, "to": b, "to_label": lb, "props": props}


def all_kinds_of_records() -> list[dict]:
    """One of every record, with every optional field the export writes, as ``store.dump()`` gives them."""
    v = vocabulary()
    mgh2, nb2o5 = v.by_formula("MgH2").id, v.by_formula("Nb2O5").id
    ea = v.property("dehydrogenation_activation_energy").id
    catalysis = v.lookup("catalysis", "Strategy").id
    dsc = v.lookup("DSC", "Technique").id
    mechanism, method = v.terms("Mechanism")[0].id, v.terms("SynthesisMethod")[0].id

    def term(tid):
        t = v.get(tid)
        return node(t.kind, t.id, label=t.label, kind=t.kind, iri=t.iri, key=t.key, unit=t.unit)

    measured = {"qualifier": "=", "baseline": False, "theoretical": False, "system_id": "sys:a"}
    return [
        term(mgh2), term(nb2o5), term(ea), term(catalysis), term(dsc), term(mechanism), term(method),
        term("Oxide"), term("Catalyst"), term("HydrogenStorage"), term("HighOperatingTemperature"),
        node("Material", "mat:Xq3Zr", formula="Xq3Zr", label="Xq3Zr"),
        node("System", "sys:a", name="MgH2–5mol%Nb2O5–10wt%Xq3Zr", text="MgH2 + 5 mol% Nb2O5 + 10 wt% Xq3Zr",
             host_formula="MgH2", architecture="supported"),
        node("Source", SRC, kind="publication", title="A paper", year=2021, authors=["A. Author"],
             doi="10.1000/declarations", journal="J. Test", url="https://example.org/paper"),
        node("Source", LAB, kind="lab_entry", title="Milling run 7", authors=["Lab Person"],
             created="2026-01-02T10:00:00+00:00", project="Mg-based storage", url="hkg:entry/decl/r1"),
        node("Reference", f"{SRC}#ref21b", key="21b", source_id=SRC, text="B. Author, J. Test 2019",
             doi="10.1000/cited", year=2019, journal="J. Cited"),
        # literature measurement: a range, conditions, a technique, a citation, where it is in the paper
        node("Measurement", "m:1", property="dehydrogenation_activation_energy", value=70.0, value_max=75.0,
             unit="kJ/mol", source_id=SRC, section="3", tbl="Table 2", row=4, start=120, end=180,
             refs=["21b"], cond_heating_rate=5.0, cond_temperature=300.0, method="Kissinger",
             conditions_json='{"heating_rate": 5.0, "temperature": 300.0}', technique=dsc, **measured),
        # lab measurement derived from a raw-data file
        node("Measurement", "m:2", property="dehydrogenation_activation_energy", value=90.0, unit="kJ/mol",
             source_id=LAB, section="S1", row=0, derived_from="file:0f1e", **measured),
        # a categorical condition (the conducting ion): the term it names
        node("Measurement", "m:4", property="ionic_conductivity", value=0.1, unit="mS/cm", source_id=LAB,
             section="S1", row=1, cond_temperature=25.0, cond_conducting_ion="LithiumIonConduction",
             **measured),
        # a condition stated as a range (its upper end on the condition value)
        node("Measurement", "m:5", property="reaction_enthalpy", value=70.0, unit="kJ/mol", source_id=SRC,
             section="3", cond_temperature=300.0, condition_max_json='{"temperature":350.0}', **measured),
        # a property key the ontology does not know (kept as hkg:propertyKey)
        node("Measurement", "m:3", property="no_such_property", value=1.0, unit="kJ/mol", source_id=SRC,
             **measured),
        node("ChallengeStatement", "ch:1", challenge="HighOperatingTemperature", entities=[mgh2, catalysis],
             source_id=SRC, section="5", start=10, end=90),
        node("Conflict", "cf:1", kind="table_host_vs_prose", description="host differs",
             candidates=["MgH2", "Mg"], chosen="MgH2", source_id=SRC, section="2", tbl="Table 1", row=2),
        node("MechanismClaim", "mc:1", mechanism=mechanism, host="MgH2", additive="Nb2O5", strategy=catalysis,
             source_id=SRC, section="2.1.2", start=100, end=180),
        rel("HAS_HOST", "sys:a", "System", mgh2, "Material", text="MgH2", role="HostHydride"),
        rel("HAS_ADDITIVE", "sys:a", "System", nb2o5, "Material", amount=5.0, amount_unit="mol%",
            role="Catalyst", additive_class="Oxide", text="Nb2O5"),
        rel("HAS_ADDITIVE", "sys:a", "System", "mat:Xq3Zr", "Material", amount=10.0, amount_unit="wt%"),
        rel("IN_CLASS", nb2o5, "Material", "Oxide", "Material"),
        rel("MODIFIED_BY", "sys:a", "System", catalysis, "Strategy"),
        rel("ACTS_THROUGH", "sys:a", "System", mechanism, "Mechanism"),
        rel("MADE_BY", "sys:a", "System", method, "SynthesisMethod"),
        rel("APPLIED_AS", "sys:a", "System", "HydrogenStorage", "Application"),
        rel("OF_SYSTEM", "m:1", "Measurement", "sys:a", "System"),
        rel("OF_PROPERTY", "m:1", "Measurement", ea, "Property"),
        rel("MEASURED_BY", "m:1", "Measurement", dsc, "Technique"),
        rel("REPORTED_IN", "sys:a", "System", SRC, "Source", place="pl:1", section="2.1", tbl="Table 1",
            row=3, start=5, end=40),
        rel("REPORTED_IN", "m:1", "Measurement", SRC, "Source"),
        rel("REPORTED_IN", "m:2", "Measurement", LAB, "Source"),
        rel("CITES", "m:1", "Measurement", f"{SRC}#ref21b", "Reference"),
        rel("REFERENCE_OF", f"{SRC}#ref21b", "Reference", SRC, "Source"),
        rel("STATES", "ch:1", "ChallengeStatement", "HighOperatingTemperature", "Challenge"),
        rel("REPORTED_IN", "ch:1", "ChallengeStatement", SRC, "Source"),
        rel("CREDITS", "mc:1", "MechanismClaim", mechanism, "Mechanism"),
        rel("FOR_STRATEGY", "mc:1", "MechanismClaim", catalysis, "Strategy"),
        rel("REPORTED_IN", "mc:1", "MechanismClaim", SRC, "Source"),
    ]


@pytest.fixture(scope="module")
def exports() -> dict[str, Graph]:
    from ingest.entries.entry import entry_to_batch, load_entry_file
    from ingest.snapshot import read_batch

    entry = load_entry_file(ENTRY)
    entry.id = "decl-test"
    return {
        "records": graph_to_rdf(all_kinds_of_records()),
        "snapshot": batch_to_rdf(read_batch(SNAPSHOT)),
        "lab entry": batch_to_rdf(entry_to_batch(entry, 1, created=datetime(2026, 1, 5, tzinfo=UTC))),
    }


@pytest.fixture(scope="module")
def exported(exports) -> Graph:
    g = Graph()
    for part in exports.values():
        g += part
    return g


@pytest.fixture(scope="module")
def onto() -> Graph:
    return load_graph()


def hkg_classes(g: Graph) -> set[URIRef]:
    return {o for o in g.objects(None, RDF.type) if is_hkg(o)}


def hkg_predicates(g: Graph) -> dict[URIRef, set[str]]:
    """hkg: predicate -> how its objects are written ('iri', 'literal')."""
    used: dict[URIRef, set[str]] = defaultdict(set)
    for _s, p, o in g:
        if is_hkg(p):
            used[p].add("literal" if isinstance(o, Literal) else "iri")
    return used


def problems_of_declaration(onto: Graph, iri, allowed: set) -> list[str]:
    types = set(onto.objects(iri, RDF.type)) & DECLARED_TYPES
    out = []
    if not types:
        out.append(f"{short(iri)} is not declared (no rdf:type {' / '.join(short(t) for t in sorted(allowed))})")
        return out
    if not types <= allowed:
        out.append(f"{short(iri)} is declared as {sorted(map(short, types))}, expected one of "
                   f"{sorted(map(short, allowed))}")
    if len(types & PROPERTY_TYPES) > 1:
        out.append(f"{short(iri)} has several property types {sorted(map(short, types))}")
    if onto.value(iri, RDFS.label) is None and onto.value(iri, SKOS.prefLabel) is None:
        out.append(f"{short(iri)} has no rdfs:label")
    if not any(str(d).strip() for p in (SKOS.definition, RDFS.comment) for d in onto.objects(iri, p)):
        out.append(f"{short(iri)} has no skos:definition (or rdfs:comment)")
    return out


# ------------------------------------------------------------------------------ coverage
@pytest.mark.slow   # exports the whole review snapshot to RDF
def test_the_export_has_every_kind_of_record(exported):
    def typed(cls):
        return set(exported.subjects(RDF.type, cls))

    assert any(exported.value(m, HKG.hasCondition) for m in typed(HKG.Measurement)), "no measurement with conditions"
    assert any(exported.value(s, HKG.hasAdditive) for s in typed(HKG.MaterialSystem)), "no system with additives"
    for cls in (HKG.Publication, DCTERMS.BibliographicResource, HKG.Conflict, HKG.ChallengeStatement,
                HKG.Place, HKG.Component, HKG.ConditionValue):
        assert typed(cls), f"no {cls} in the export"
    labs = typed(HKG.LabEntry)
    assert labs and all(exported.value(e, PROV.wasAttributedTo) for e in labs), "no lab entry with its author"


@pytest.mark.slow   # exports the whole review snapshot to RDF
def test_the_export_uses_every_hkg_name_the_exporter_spells(exported):
    """So the checks below see every class and property the export can write (extend the records if
    this fails after a change to kg/rdf_export.py)."""
    spelled = {HKG[name] for name in re.findall(r"\bHKG\.(\w+)", EXPORTER.read_text(encoding="utf-8"))}
    assert len(spelled) > 30
    seen = hkg_classes(exported) | set(hkg_predicates(exported)) | {o for o in exported.objects() if is_hkg(o)}
    missing = sorted(short(i) for i in spelled - seen)
    assert not missing, f"kg/rdf_export.py writes terms the test graphs never exercise: {missing}"


# ------------------------------------------------------------------------------ declarations
@pytest.mark.slow   # exports the whole review snapshot to RDF
def test_every_hkg_class_the_export_uses_is_declared(exported, onto):
    classes = hkg_classes(exported)
    assert {HKG.Measurement, HKG.Component, HKG.ConditionValue, HKG.Place, HKG.Conflict,
            HKG.ChallengeStatement} <= classes
    problems = [p for c in sorted(classes) for p in problems_of_declaration(onto, c, {OWL.Class})]
    assert not problems, "classes the export uses are not declared in ontology/*.ttl:\n" + "\n".join(problems)


@pytest.mark.slow   # exports the whole review snapshot to RDF
def test_every_hkg_property_the_export_uses_is_declared_with_the_right_type(exported, onto):
    problems = []
    for pred, kinds in sorted(hkg_predicates(exported).items()):
        problems += problems_of_declaration(onto, pred, PROPERTY_TYPES)
        types = set(onto.objects(pred, RDF.type))
        if "iri" in kinds and OWL.DatatypeProperty in types:
            problems.append(f"{short(pred)} is an owl:DatatypeProperty but the export gives it IRIs")
        if "literal" in kinds and OWL.ObjectProperty in types:
            problems.append(f"{short(pred)} is an owl:ObjectProperty but the export gives it literals")
    assert not problems, "properties the export uses are not declared as used:\n" + "\n".join(problems)


@pytest.mark.slow   # exports the whole review snapshot to RDF
def test_every_hkg_iri_in_the_export_is_declared(exported, onto):
    """Not only classes and predicates: the terms a record points to are ontology terms too."""
    iris = {x for t in exported for x in t if is_hkg(x)}
    undeclared = sorted(short(i) for i in iris if not set(onto.objects(i, RDF.type)) & DECLARED_TYPES)
    assert not undeclared, f"hkg: IRIs in the export that the ontology does not declare: {undeclared}"


@pytest.mark.slow   # exports the whole review snapshot to RDF
def test_domains_and_ranges_hold_for_the_exported_data(exported, onto):
    def supers(cls) -> set:
        return set(onto.transitive_objects(cls, RDFS.subClassOf))

    def classes_of(x) -> set:
        return {s for t in exported.objects(x, RDF.type) for s in supers(t)}

    problems = set()
    for pred in hkg_predicates(exported):
        domains = set(onto.objects(pred, RDFS.domain))
        ranges = set(onto.objects(pred, RDFS.range))
        if not domains and not ranges:
            continue
        for s, o in exported.subject_objects(pred):
            for d in domains - classes_of(s):
                problems.add(f"{short(pred)}: subject typed {sorted(map(short, exported.objects(s, RDF.type)))}, "
                             f"not {short(d)} (rdfs:domain)")
            for r in ranges:
                if isinstance(o, Literal):
                    dtype = o.datatype or XSD_STRING
                    if dtype != r:
                        problems.add(f"{short(pred)}: literal of {dtype}, rdfs:range is {r}")
                elif r not in classes_of(o):
                    problems.add(f"{short(pred)}: object typed {sorted(map(short, exported.objects(o, RDF.type)))}, "
                                 f"not {short(r)} (rdfs:range)")
    assert not problems, "declared domains/ranges the export does not keep:\n" + "\n".join(sorted(problems))


def shape_iris(shapes: Graph) -> dict[URIRef, set[str]]:
    """hkg: IRIs the shapes name -> how ('class', 'property', 'term'); the shapes themselves excluded."""
    own = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape))
    named: dict[URIRef, set[str]] = defaultdict(set)

    def path_iris(path):
        if isinstance(path, URIRef):
            yield path
        elif isinstance(path, BNode):   # sequence, or inverse/oneOrMore… path: every IRI in it
            for _p, o in shapes.predicate_objects(path):
                yield from path_iris(o)

    for s, p, o in shapes:
        for x in (s, p, o):
            if is_hkg(x) and x not in own:
                named[x].add("term")
        if p in (SH.targetClass, SH["class"]) and is_hkg(o):
            named[o].add("class")
        if p == SH.path:
            for x in path_iris(o):
                if is_hkg(x):
                    named[x].add("property")
        if isinstance(o, Literal):      # SPARQL constraints
            for name in re.findall(r"\bhkg:(\w+)", str(o)):
                named[HKG[name]].add("term")
    return named


def test_every_hkg_iri_in_the_shapes_is_declared(onto):
    named = shape_iris(shapes_graph())
    assert {HKG.ofProperty, HKG.ConditionValue, HKG.componentPart, HKG.canonicalUnit} <= set(named)
    problems = []
    for iri, uses in sorted(named.items()):
        allowed = ({OWL.Class} if "class" in uses else set()) | (PROPERTY_TYPES if "property" in uses else set())
        problems += problems_of_declaration(onto, iri, allowed or DECLARED_TYPES)
    assert not problems, "hkg: IRIs in ontology/shapes.ttl not declared in the ontology:\n" + "\n".join(problems)


# ------------------------------------------------------------------------------ not vocabulary
@pytest.mark.slow   # exports the whole review snapshot to RDF
def test_record_classes_and_properties_are_not_vocabulary_terms(exported, onto):
    """Extraction reads the labels of vocabulary terms; the graph's own structure must not be one."""
    vocab = vocabulary()
    structural = (hkg_classes(exported) - {HKG[k] for k in KINDS}) | set(hkg_predicates(exported))
    structural |= {s for t in (OWL.ObjectProperty, OWL.DatatypeProperty) for s in onto.subjects(RDF.type, t)}
    as_terms = sorted(short(i) for i in structural if str(i)[len(str(HKG)):] in vocab)
    with_synonyms = sorted(short(i) for i in structural if onto.value(i, SKOS.altLabel) is not None)
    assert not as_terms, f"record classes or properties under a kind root (vocabulary terms): {as_terms}"
    assert not with_synonyms, f"record classes or properties with skos:altLabel: {with_synonyms}"


def test_record_terms_are_mapped_to_public_vocabularies(onto):
    declared = {s for t in (OWL.ObjectProperty, OWL.DatatypeProperty) for s in onto.subjects(RDF.type, t)}
    declared |= {HKG.Measurement, HKG.MaterialSystem, HKG.Component, HKG.ConditionValue, HKG.Place,
                 HKG.Conflict, HKG.ChallengeStatement}
    outside = sorted((short(s), str(o)) for s in declared for p in MAPPINGS for o in onto.objects(s, p)
                     if isinstance(o, URIRef) and not is_hkg(o) and not str(o).startswith(PUBLIC))
    assert not outside, f"mappings outside PROV-O, QUDT, SOSA, Dublin Core: {outside}"
    expected = [
        (HKG.Measurement, SKOS.closeMatch, rns.SOSA.Observation),
        (HKG.Measurement, RDFS.subClassOf, PROV.Entity),
        (HKG.MaterialSystem, SKOS.closeMatch, rns.SOSA.FeatureOfInterest),
        (HKG.ofSystem, SKOS.closeMatch, rns.SOSA.hasFeatureOfInterest),
        (HKG.ofProperty, SKOS.closeMatch, rns.SOSA.observedProperty),
        (HKG.measuredBy, SKOS.closeMatch, rns.SOSA.usedProcedure),
        (HKG.maxValue, SKOS.closeMatch, QUDT.upperBound),
        (HKG.ConditionValue, RDFS.subClassOf, QUDT.QuantityValue),
        (HKG.Place, RDFS.subClassOf, PROV.Location),
        (HKG.reportedAt, SKOS.closeMatch, PROV.atLocation),
        (HKG.Conflict, RDFS.subClassOf, PROV.Entity),
        (HKG.ChallengeStatement, RDFS.subClassOf, PROV.Entity),
    ]
    missing = [t for t in expected if t not in onto]
    assert not missing, f"missing mappings: {missing}"
    inverse = [b for b in onto.objects(HKG.referenceOf, RDFS.subPropertyOf)
               if (b, OWL.inverseOf, DCTERMS.references) in onto]
    assert inverse, "hkg:referenceOf is a sub-property of the inverse of dcterms:references"
