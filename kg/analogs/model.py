"""Result objects of an analog search (plain dataclasses, JSON-ready through ``to_dict``)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ontology.errors import UserError

# Facets of the similarity, in display order, with their default weights. A weight of 0 switches a
# facet off. Facet names are API (CLI ``--weight host=2``, page sliders, JSON output).
DEFAULT_WEIGHTS: dict[str, float] = {
    "host": 3.0,          # same host, or a sibling/cousin in the ontology's Material hierarchy
    "elements": 2.0,      # additives sharing elements (H ignored)
    "additive_class": 1.5,  # additives of the same chemistry class (or a parent class)
    "role": 0.5,          # additives playing the same role (catalyst, support, dopant …)
    "strategy": 1.0,      # same modification strategy
    "mechanism": 1.0,     # same mechanism
    "synthesis": 0.5,     # same synthesis route
    "performance": 1.0,   # comparable measured values, normalised per property
}
FACETS = tuple(DEFAULT_WEIGHTS)


class AnalogQueryError(UserError, ValueError):
    """The query cannot be understood (unknown system, unknown tokens, bad weight or filter)."""

    def __init__(self, message: str, *, unknown: list[str] | None = None,
                 suggestions: dict[str, list[str]] | None = None):
        super().__init__(message)
        self.unknown = list(unknown or [])
        self.suggestions = dict(suggestions or {})


@dataclass
class PathNode:
    label: str            # node label of the property graph (System, Material, Strategy, Source …)
    id: str
    name: str = ""

    def text(self) -> str:
        shown = self.name or self.id
        return f"({self.label} {shown})"


@dataclass
class Path:
    """One explanation: a walk in the graph from the query (or the analog) to the shared thing."""

    facet: str
    nodes: list[PathNode]
    rels: list[str]                       # relation types between consecutive nodes; '<X' = reversed
    note: str = ""
    sources: list[str] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)    # source, place, sentence of each value/claim

    def text(self) -> str:
        out = self.nodes[0].text()
        for rel, node in zip(self.rels, self.nodes[1:]):
            out += f"<-[:{rel[1:]}]-" if rel.startswith("<") else f"-[:{rel}]->"
            out += node.text()
        return out + (f"  # {self.note}" if self.note else "")

    def to_dict(self) -> dict[str, Any]:
        return {"facet": self.facet, "path": self.text(), "note": self.note,
                "nodes": [asdict(n) for n in self.nodes], "rels": list(self.rels),
                "sources": list(self.sources), "evidence": list(self.evidence)}


@dataclass
class Analog:
    system_id: str
    name: str
    host: str
    score: float
    facets: dict[str, float]
    paths: list[Path] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)     # {"id", "kind", "title", "year"}
    values: dict[str, float] = field(default_factory=dict)  # representative value per property key
    applications: list[str] = field(default_factory=list)  # leaf Application terms it serves
    evidence: list[dict[str, Any]] = field(default_factory=list)     # every measurement: value, source, place, sentence

    def to_dict(self) -> dict[str, Any]:
        return {"system": {"id": self.system_id, "name": self.name, "host": self.host},
                "applications": list(self.applications),
                "evidence": list(self.evidence),
                "score": round(self.score, 4),
                "facets": {k: round(v, 4) for k, v in self.facets.items()},
                "explanation": [p.to_dict() for p in self.paths],
                "sources": self.sources,
                "values": {k: round(v, 6) for k, v in self.values.items()}}


@dataclass
class QueryProfile:
    """What the query is, in the terms the scorer compares (resolved from id, name, entry or text)."""

    text: str
    kind: str                                   # 'system' | 'lab_entry' | 'text'
    name: str
    host: str | None = None                     # Material term id (or 'formula:X' when not a term)
    host_formula: str | None = None
    additives: list[dict[str, Any]] = field(default_factory=list)   # formula, term, additive_class, role, amount
    elements: list[str] = field(default_factory=list)
    classes: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    strategies: list[str] = field(default_factory=list)
    mechanisms: list[str] = field(default_factory=list)
    methods: list[str] = field(default_factory=list)
    applications: list[str] = field(default_factory=list)
    values: dict[str, float] = field(default_factory=dict)  # representative values per property
    system_ids: list[str] = field(default_factory=list)   # graph systems the query *is* (excluded)
    inferred: dict[str, list[str]] = field(default_factory=dict)  # facet -> terms inferred from graph
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
