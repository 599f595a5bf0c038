"""The property-graph schema, derived from the ontology: node labels, relationship types, properties.

Node labels are the ontology's kinds (``ontology.vocabulary.KINDS``) plus the record labels below;
every node is keyed by ``id`` (STRING). Measurement nodes carry one ``cond_<key>`` column per ontology
condition key, so the column list follows the ontology. Labels and relationship types used in Cypher
come only from the fixed names here, never from user text.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from ontology.vocabulary import KINDS, vocabulary

# Property types (LadybugDB spelling; Neo4j is schemaless for properties and only needs the names).
STRING, DOUBLE, INT64, BOOLEAN, STRING_LIST = "STRING", "DOUBLE", "INT64", "BOOLEAN", "STRING[]"

# Where a fact sits in its source (SourceRef), shared by the record labels and REPORTED_IN.
_PLACE = (("source_id", STRING), ("section", STRING), ("tbl", STRING), ("row", INT64),
          ("refs", STRING_LIST), ("start", INT64), ("end", INT64))

TERM_PROPS = (("id", STRING), ("label", STRING), ("kind", STRING), ("iri", STRING), ("formula", STRING),
              ("alt_labels", STRING_LIST), ("key", STRING), ("unit", STRING))

# Labels that are records of the data rather than ontology terms.
RECORD_LABELS = ("System", "Measurement", "Source", "Reference", "Conflict", "ChallengeStatement",
                 "MechanismClaim")

# Store bookkeeping (time of the last load, version of the schema the store was brought up to); not
# part of the graph: excluded from counts and dumps.
META_LABEL = "HkgMeta"
META_PROPS = (("id", STRING), ("last_update", STRING), ("schema_version", STRING))

# Secondary indexes (Neo4j; LadybugDB indexes only the primary key): the properties reads filter on.
INDEXED = {"Measurement": ("property", "source_id"), "Material": ("formula",), "System": ("name",)}

# Prefix of Material nodes for formulas the ontology does not name.
NON_TERM_MATERIAL_PREFIX = "mat:"


class _Columns:
    """A table's property columns (``props``: (name, type) pairs), for node and relationship tables alike."""

    props: tuple[tuple[str, str], ...]

    @cached_property                 # read for every row of every load: computed once
    def names(self) -> tuple[str, ...]:
        return tuple(n for n, _ in self.props)

    @cached_property
    def name_set(self) -> frozenset[str]:
        return frozenset(self.names)

    def type_of(self, name: str) -> str:
        return dict(self.props)[name]


@dataclass(frozen=True)
class NodeTable(_Columns):
    label: str
    props: tuple[tuple[str, str], ...]          # (name, type), ``id`` first


@dataclass(frozen=True)
class RelTable(_Columns):
    type: str
    pairs: tuple[tuple[str, str], ...]          # (from label, to label)
    props: tuple[tuple[str, str], ...] = ()
    key: str | None = None                      # rel property that tells parallel edges apart


def condition_columns() -> tuple[str, ...]:
    return tuple(f"cond_{k}" for k in vocabulary().condition_keys())


def condition_term_columns() -> tuple[str, ...]:
    """One STRING column per categorical condition (its value's term id: 'LithiumIonConduction')."""
    return tuple(f"cond_{k}" for k in vocabulary().categorical_condition_keys())


@lru_cache(maxsize=1)
def node_tables() -> dict[str, NodeTable]:
    tables = {kind: NodeTable(kind, TERM_PROPS) for kind in KINDS}
    tables["System"] = NodeTable("System", (
        ("id", STRING), ("name", STRING), ("text", STRING), ("host_formula", STRING),
        ("architecture", STRING), ("additives_json", STRING)))
    tables["Measurement"] = NodeTable("Measurement", (
        ("id", STRING), ("property", STRING), ("value", DOUBLE), ("value_max", DOUBLE), ("unit", STRING),
        ("qualifier", STRING), ("baseline", BOOLEAN), ("theoretical", BOOLEAN), ("method", STRING),
        ("technique", STRING), ("system_id", STRING),
        *((c, DOUBLE) for c in condition_columns()), ("conditions_json", STRING),
        # the upper ends of conditions stated as ranges ('at 0.3–0.5 MPa'): key → upper end, as JSON; the cond_
        # column and conditions_json hold the lower end (a store written before ranges has none: read as {})
        ("condition_max_json", STRING),
        *((c, STRING) for c in condition_term_columns()),
        *_PLACE, ("derived_from", STRING), ("status", STRING), ("confidence", DOUBLE), ("fact_id", STRING),
        # the sign the source printed where the property stores a magnitude ('−148 kJ/mol' stored as 148): '-', else
        # null (last: a store written before it gets the column added at the end)
        ("reported_sign", STRING),
        # a value from a calculation (DFT, first principles), where `theoretical` is one worked out from the
        # composition (after reported_sign: a store written before it gets the column added at the end, null)
        ("calculated", BOOLEAN),
        # the conditions stated as bounds ('within 20 min': {"time": "<="}), as JSON; null when none is (after
        # calculated: a store written before it gets the column added at the end, null, read as {})
        ("condition_qualifiers_json", STRING),
        # '72 ± 3 kJ/mol': the ± half-width in the value's (canonical) unit, null when none is given (last: a store
        # written before it gets the column added at the end, null)
        ("uncertainty", DOUBLE)))
    tables["Source"] = NodeTable("Source", (
        ("id", STRING), ("kind", STRING), ("title", STRING), ("doi", STRING), ("year", INT64),
        ("authors", STRING_LIST), ("journal", STRING), ("url", STRING), ("created", STRING),
        ("project", STRING)))
    tables["Reference"] = NodeTable("Reference", (
        ("id", STRING), ("key", STRING), ("source_id", STRING), ("text", STRING), ("doi", STRING),
        ("year", INT64), ("journal", STRING)))
    tables["Conflict"] = NodeTable("Conflict", (
        ("id", STRING), ("kind", STRING), ("description", STRING), ("candidates", STRING_LIST),
        ("chosen", STRING), *_PLACE))
    tables["ChallengeStatement"] = NodeTable("ChallengeStatement", (
        ("id", STRING), ("challenge", STRING), ("entities", STRING_LIST), *_PLACE))
    # A mechanism a source credits, for an additive or a strategy, in a host (formulas as written
    # by the system parser; the mechanism and strategy are also CREDITS / FOR_STRATEGY edges).
    tables["MechanismClaim"] = NodeTable("MechanismClaim", (
        ("id", STRING), ("mechanism", STRING), ("host", STRING), ("additive", STRING),
        ("strategy", STRING), *_PLACE))
    return tables


_SYSTEM_LINK = (("source_id", STRING),)  # which source said it: one edge per (system, term, source)
_COMPONENT = (("amount", DOUBLE), ("amount_unit", STRING), ("role", STRING), ("text", STRING))


@lru_cache(maxsize=1)
def rel_tables() -> dict[str, RelTable]:
    rels = (
        RelTable("IS_A", tuple((k, k) for k in KINDS)),
        RelTable("HAS_HOST", (("System", "Material"),), _COMPONENT),
        RelTable("HAS_ADDITIVE", (("System", "Material"),), (*_COMPONENT, ("additive_class", STRING))),
        RelTable("IN_CLASS", (("Material", "Material"),)),
        RelTable("MODIFIED_BY", (("System", "Strategy"),), _SYSTEM_LINK, key="source_id"),
        RelTable("ACTS_THROUGH", (("System", "Mechanism"),), _SYSTEM_LINK, key="source_id"),
        RelTable("MADE_BY", (("System", "SynthesisMethod"),), _SYSTEM_LINK, key="source_id"),
        RelTable("APPLIED_AS", (("System", "Application"),), _SYSTEM_LINK, key="source_id"),
        RelTable("OF_SYSTEM", (("Measurement", "System"),)),
        RelTable("OF_PROPERTY", (("Measurement", "Property"),)),
        RelTable("MEASURED_BY", (("Measurement", "Technique"),)),
        # A system is reported in many places of one source: one edge per place (``place`` key).
        RelTable("REPORTED_IN", tuple((x, "Source") for x in ("System", "Measurement", "Conflict",
                                                              "ChallengeStatement", "MechanismClaim")),
                 (("place", STRING), *[p for p in _PLACE if p[0] != "source_id"]), key="place"),
        RelTable("CITES", (("Measurement", "Reference"),)),
        RelTable("REFERENCE_OF", (("Reference", "Source"),)),
        RelTable("STATES", (("ChallengeStatement", "Challenge"),)),
        RelTable("CREDITS", (("MechanismClaim", "Mechanism"),)),
        RelTable("FOR_STRATEGY", (("MechanismClaim", "Strategy"),)),
    )
    return {r.type: r for r in rels}


def labels() -> tuple[str, ...]:
    return tuple(node_tables())


def rel_types() -> tuple[str, ...]:
    return tuple(rel_tables())


def property_keys() -> tuple[str, ...]:
    keys = {n for t in node_tables().values() for n in t.names}
    keys |= {n for r in rel_tables().values() for n in r.names}
    keys |= {n for n, _ in META_PROPS}
    return tuple(sorted(keys | {"from", "to"}))  # from/to: keys of the UNWIND rows


def label_rows() -> list[dict[str, str]]:
    """Each node label and its properties, for a reader writing Cypher (the query console)."""
    return [{"label": t.label, "properties": ", ".join(t.names)} for t in node_tables().values()]


def relationship_rows() -> list[dict[str, str]]:
    """Each relationship type, the labels it joins and its properties, for a reader writing Cypher."""
    return [{"relationship": r.type, "from → to": "; ".join(f"{a} → {b}" for a, b in r.pairs),
             "properties": ", ".join(r.names)} for r in rel_tables().values()]


def label_of_term_kind(kind: str) -> str:
    """The node label of an ontology term of this kind (the kind itself; checked)."""
    if kind not in KINDS:
        raise ValueError(f"'{kind}' is not an ontology kind")
    return kind


def check_label(label: str) -> str:
    """Guard: only the schema's fixed labels are ever placed into Cypher text."""
    if label not in node_tables() and label != META_LABEL:
        raise ValueError(f"'{label}' is not a node label of the HydrideKG schema")
    return label


def check_rel(rel: str) -> str:
    if rel not in rel_tables():
        raise ValueError(f"'{rel}' is not a relationship type of the HydrideKG schema")
    return rel
