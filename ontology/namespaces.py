"""Namespaces used by the HydrideKG ontology and its RDF exports.

Kept in one module, like rdflib's own ``rdflib.namespace``, so that no other module spells an IRI.
"""
from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

HKG = Namespace("https://w3id.org/hydridekg/ontology#")
"""Terms of the ontology (classes, annotation and object properties)."""

DATA = Namespace("https://w3id.org/hydridekg/data/")
"""Instances in the graph: systems, measurements, sources, entries."""

QUDT = Namespace("http://qudt.org/schema/qudt/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
QUANTITYKIND = Namespace("http://qudt.org/vocab/quantitykind/")
SH = Namespace("http://www.w3.org/ns/shacl#")
CHEBI = Namespace("http://purl.obolibrary.org/obo/CHEBI_")
EMMO = Namespace("https://w3id.org/emmo#")

PREFIXES = {
    "hkg": HKG, "data": DATA, "qudt": QUDT, "unit": UNIT, "quantitykind": QUANTITYKIND,
    "sh": SH, "owl": OWL, "rdf": RDF, "rdfs": RDFS, "skos": SKOS, "xsd": XSD, "prov": PROV,
    "dcterms": DCTERMS, "chebi": CHEBI, "emmo": EMMO,
}


def bind_all(graph: Graph) -> Graph:
    """Bind every project prefix on an rdflib graph (for readable Turtle)."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    return graph
