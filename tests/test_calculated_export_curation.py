"""`calculated` (a DFT value) goes where `theoretical` goes beyond the graph: the RDF export states it with the
ontology's hkg:calculated (a boolean datatype property of a Measurement, declared beside hkg:theoretical), and a
curator may correct it as they correct `theoretical`, with the same checks (a value that is no true/false is
refused naming the field; nothing is stored)."""
from __future__ import annotations

import pytest
import rdflib.namespace as rns
from rdflib import Literal

from kg.curation import CORRECTABLE, CurationError, CurationLog, corrected
from kg.rdf_export import graph_to_rdf, validate
from ontology.models import Measurement, SourceRef
from ontology.namespaces import HKG
from ontology.system import parse_system


def _fact(**kw) -> Measurement:
    return Measurement(property="reaction_enthalpy", value=79.0, unit="kJ/mol", system=parse_system("Mg2FeH6"),
                       source=SourceRef(source_id="doi:10.9999/dft-test", section="3", start=10, end=90), **kw)


def test_the_ontology_declares_calculated_beside_theoretical():
    from ontology.vocabulary import vocabulary

    g, rdf, rdfs = vocabulary().graph, rns.RDF, rns.RDFS
    for prop in (HKG.calculated, HKG.theoretical):
        assert (prop, rdf.type, rns.OWL.DatatypeProperty) in g
        assert (prop, rdfs.domain, HKG.Measurement) in g and (prop, rdfs.range, rns.XSD.boolean) in g


def test_the_rdf_export_says_calculated():
    from test_rdf_export import m_iri, measurement, valid_records

    records = [*valid_records(), measurement("m:dft", "dehydrogenation_activation_energy", 41.0, "kJ/mol",
                                             calculated=True),
               {"type": "rel", "rel": "OF_SYSTEM", "from": "m:dft", "from_label": "Measurement", "to": "sys:a",
                "to_label": "System", "props": {}}]
    g = graph_to_rdf(records)
    conforms, report = validate(g)
    assert conforms, report
    assert (m_iri("m:dft"), HKG.calculated, Literal(True)) in g
    assert not list(g.triples((m_iri("m:1"), HKG.calculated, None)))     # a measured one: none said


def test_a_curator_corrects_calculated_as_theoretical():
    assert "calculated" in CORRECTABLE
    fixed = corrected(_fact(), {"calculated": True})
    assert fixed.calculated and not fixed.theoretical and fixed.basis == "calculated"
    assert not corrected(_fact(calculated=True), {"calculated": False}).calculated


def test_a_calculated_that_is_no_true_or_false_is_refused(tmp_path):
    log = CurationLog(tmp_path)
    for field in ("calculated", "theoretical"):       # the same check for both
        with pytest.raises(CurationError, match=f"{field}: "):
            log.decide(_fact(), "corrected", author="ana", reason="DFT", fields={field: "perhaps"})
    assert log.decisions() == {}
