"""The rows a gap report is computed from, read from the store with the statements in queries.py.

Two row kinds keep the analysis independent of the backend: one per system (host, strategies,
additive classes, sources) and one per measurement. Everything after this module is plain Python
over these rows, so the report logic is tested on fixture rows as well as on real stores.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ontology.comparability import with_spans
from ontology.vocabulary import vocabulary


@dataclass
class SystemRow:
    id: str
    name: str
    host: str                       # Material term id when known, else the host formula
    host_formula: str
    strategies: list[str] = field(default_factory=list)
    mechanisms: list[str] = field(default_factory=list)
    # (strategy, mechanism) pairs a source's mechanism claim credits for this system
    claimed: list[tuple[str, str]] = field(default_factory=list)
    additive_classes: list[str] = field(default_factory=list)
    additives: list[str] = field(default_factory=list)      # formulas (a polymer or carbon without one: its label)
    # every additive's Material id, those without a formula too (expanded graphite, a named scaffold)
    additive_ids: list[str] = field(default_factory=list)
    applications: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    lab_sources: list[str] = field(default_factory=list)

    @property
    def bare_host(self) -> bool:
        """The host itself ('MgH2', nothing added, no other name): its strategies are what its sources
        discuss about the host (catalysis, nanoconfinement, …), not how any of its samples was made."""
        return not self.additives and not self.additive_ids and self.name == self.host_formula


def place_of(r: MeasurementRow) -> dict[str, Any]:
    """Where a value was read (measurement id, section, offsets), for the evidence of a report row."""
    return {"measurement": r.id, "section": r.section, "start": r.start, "end": r.end}


REVIEWED = ("confirmed", "corrected")   # statuses a person has given a literature fact


@dataclass
class MeasurementRow:
    id: str
    system: str                     # system id
    property: str
    value: float
    value_max: float | None
    unit: str
    source: str
    source_kind: str                # 'publication' | 'lab_entry'
    year: int | None = None
    baseline: bool = False
    theoretical: bool = False
    calculated: bool = False        # from a calculation (DFT): never set against a measured value
    conditions: dict[str, float | str] = field(default_factory=dict)   # categorical ones: term ids
    condition_max: dict[str, float] = field(default_factory=dict)      # upper ends of ranged conditions
    refs: list[str] = field(default_factory=list)
    table: str | None = None
    row: int | None = None
    project: str | None = None
    title: str | None = None
    status: str = "extracted"       # curation status of a literature fact (kg/curation.py)
    method: str | None = None       # how the value was obtained (Kissinger, JMA …), for lab caveats
    section: str | None = None      # where in the source: the evidence sentence is cut at start:end
    start: int | None = None
    end: int | None = None
    uncertainty: float | None = None  # '72 ± 3 kJ/mol': 3 (null in a store made before the graph kept it)
    condition_qualifiers: dict[str, str] = field(default_factory=dict)   # 'within 10 min': {"time": "<="}

    def experimental(self) -> bool:
        """Read from an experiment: neither a theoretical value (from the formula) nor a calculated one (DFT).
        Only these rank a strategy or a lab's result: a measured onset set against a DFT number is no comparison."""
        return not self.theoretical and not self.calculated

    def settings(self) -> dict[str, Any]:
        """The conditions as compared (ontology.comparability.with_spans): a ranged one as its two ends."""
        return with_spans(self.conditions, self.condition_max)

    def number(self, key: str) -> float | None:
        """A numeric condition (temperature, cycles …) in its canonical unit; None when not stated
        (the categorical ones, a term id each, are read from ``conditions`` directly)."""
        value = self.conditions.get(key)
        return None if value is None or isinstance(value, str) else float(value)


def host_family(host: str) -> str | None:
    """Nearest family of a host term (its parent in the Material hierarchy), or None."""
    vocab = vocabulary()
    if host not in vocab:
        return None
    parents = vocab.get(host).parents
    return parents[0] if parents else None


def siblings(host: str) -> list[str]:
    """Other members of the host's family (same parent in the ontology)."""
    family = host_family(host)
    if family is None:
        return []
    vocab = vocabulary()
    return [t for t in vocab.children(family) if t != host and vocab.get(t).formula]


def in_family(host: str, family: str) -> bool:
    vocab = vocabulary()
    return host in vocab and vocab.is_a(host, family)

