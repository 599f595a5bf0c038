"""What a gap report holds: pydantic models, independent of how the report is rendered."""
from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class ReportFilters(BaseModel):
    """Restrict a report. Every field is optional; ids are ontology term ids or property keys."""

    application: str | None = None      # Application term id, e.g. 'HydrogenStorage'
    host_family: str | None = None      # Material term id of a family, e.g. 'Borohydride'
    property: str | None = None         # property key
    year_from: int | None = None
    year_to: int | None = None
    source: str | None = None           # a source id
    project: str | None = None          # lab project (lab entries only)


class GraphVersion(BaseModel):
    """Enough to reproduce a report: what the graph held and which ontology it spoke."""

    backend: str
    ontology_version: str
    counts: dict[str, int]
    content_hash: str                   # hash over the ids of every measurement/system/source
    generated: datetime
    app_version: str


class Cell(BaseModel):
    systems: int = 0
    measurements: int = 0
    sources: list[str] = []


class CoverageMap(BaseModel):
    """Counts for row × column combinations (e.g. host × strategy)."""

    name: str
    row_label: str
    col_label: str
    rows: list[str]
    cols: list[str]
    cells: dict[str, dict[str, Cell]] = {}   # row -> col -> cell

    def cell(self, row: str, col: str) -> Cell:
        return self.cells.get(row, {}).get(col, Cell())


class Gap(BaseModel):
    """An untried or thin combination, or a property never reported, with the evidence for trying it."""

    kind: str                            # 'untried' | 'thin' | 'missing_property'
    host: str                            # Material term id or formula
    facet: str                           # 'strategy' | 'additive_class' | 'property'
    value: str                           # the strategy/class id or the property rule
    description: str
    promise: float                       # ranking score (evidence size on siblings)
    evidence: list[dict] = []            # sibling host, systems, sources


class Contradiction(BaseModel):
    system: str
    property: str
    unit: str
    values: list[dict]                   # value, source, refs, table/row, conditions
    spread: float
    tolerance: str
    origin: str = "values"               # 'values' | 'table_vs_prose'


class ChallengeCoverage(BaseModel):
    challenge: str                       # Challenge term id
    label: str
    sections: list[str] = []
    entities: list[str] = []
    systems: int = 0
    measurements: int = 0


class LabComparison(BaseModel):
    entry: str
    entry_title: str
    system: str
    property: str
    unit: str
    value: float
    n_literature: int
    percentile: float | None = None      # share of literature values this one beats (direction-aware)
    rank: int | None = None              # 1 = best
    best_value: float | None = None
    best_by: str | None = None           # source / citation of the best value
    composition_reported: bool = False
    comparable: str = ""                 # 'same system' | 'same host' | 'same family'


class GapReport(BaseModel):
    title: str = "HydrideKG literature gap report"
    filters: ReportFilters = Field(default_factory=ReportFilters)
    version: GraphVersion
    coverage: list[CoverageMap] = []
    gaps: list[Gap] = []
    contradictions: list[Contradiction] = []
    challenges: list[ChallengeCoverage] = []
    lab: list[LabComparison] = []
