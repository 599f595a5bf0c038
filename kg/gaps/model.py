"""What a gap report holds: pydantic models, independent of how the report is rendered."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field, ValidationError, field_validator

from ontology.errors import UserError
from ontology.vocabulary import UnknownTermError, vocabulary


def term_id(text: str | None, kind: str) -> str | None:
    """A term id of ``kind`` from its id or any of its labels and synonyms; anything else is refused
    with the nearest terms named (the CLI, the API, the HTTP API and the page all come through here)."""
    if text is None or not str(text).strip():
        return None
    text = str(text).strip()
    vocab = vocabulary()
    found, near = vocab.named_term(text, kind)
    if found is not None:
        return found
    if near:
        raise ValueError(f"'{text}' is not a {kind} term (did you mean: {', '.join(near)})")
    labels = sorted(t.label for t in vocab.terms(kind))
    raise ValueError(f"'{text}' is not a {kind} term; give one the ontology knows, e.g. "
                     + ", ".join(labels[:8]) + (" …" if len(labels) > 8 else ""))


class FilterError(UserError, ValueError):
    """Report filters that cannot be read; the message names each one as its surface does."""


def read_filters(values: dict[str, Any], named: Callable[[str], str]) -> ReportFilters:
    """``ReportFilters`` from a surface's values; a bad one refused as ``named(field)`` says it there
    ('--application' on the command line, "parameter 'application'" in the JSON API), without pydantic's
    report around it."""
    try:
        return ReportFilters(**values)
    except ValidationError as exc:
        raise FilterError("; ".join(f"{named(str(e['loc'][0]))}: {e['msg'].removeprefix('Value error, ')}"
                                    for e in exc.errors())) from None


class ReportFilters(BaseModel):
    """Restrict a report. Every field is optional. Terms are given by id or by any label or synonym
    ('solid electrolyte', 'borohydrides') and stored as term ids; a property by key or label."""

    application: str | None = None      # Application term id, e.g. 'HydrogenStorage'
    host_family: str | None = None      # Material term id of a family, e.g. 'Borohydride'
    property: str | None = None         # property key

    @field_validator("application", mode="before")
    @classmethod
    def _application(cls, v: str | None) -> str | None:
        return term_id(v, "Application")

    @field_validator("host_family", mode="before")
    @classmethod
    def _host_family(cls, v: str | None) -> str | None:
        return term_id(v, "Material")

    @field_validator("property", mode="before")
    @classmethod
    def _property(cls, v: object) -> str | None:
        if v is None or not str(v).strip():
            return None
        text = str(v).strip()
        try:
            return vocabulary().property(text).key
        except UnknownTermError as exc:
            term = vocabulary().lookup(text, "Property")
            if term is None or not term.key:
                raise ValueError(str(exc)) from None
            return term.key
    year_from: int | None = None
    year_to: int | None = None
    source: str | None = None           # a source id
    project: str | None = None          # lab project (lab entries only)
    confirmed_only: bool = False        # literature facts a curator confirmed or corrected only


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

    def studied(self, row: str, col: str) -> bool:
        """Whether any system has this combination (an empty cell is untried, which is not a count of 0)."""
        return col in self.cells.get(row, {})

    def system_counts(self, rows: list[str] | None = None, cols: list[str] | None = None) -> list[list[int | None]]:
        """Systems per cell, row by row; None where no system has the combination, so that a page or a
        PDF shows an untried cell blank ('–'), apart from a studied one."""
        return [[self.cells[r][c].systems if self.studied(r, c) else None for c in (cols or self.cols)]
                for r in (rows or self.rows)]


class Gap(BaseModel):
    """An untried or thin combination, or a property never reported, with the evidence for trying it."""

    kind: str                            # 'untried' | 'thin' | 'missing_property'
    host: str                            # Material term id or formula
    facet: str                           # 'strategy' | 'additive_class' | 'property'
    value: str                           # the strategy/class id or the property rule
    description: str
    promise: float                       # ranking score (evidence size on siblings)
    evidence: list[dict[str, Any]] = []            # sibling host, systems, example values, sources
    application: str | None = None       # Application term the gap is judged within
    statements: list[dict[str, Any]] = []          # the sources' challenge/outlook statements it answers


class Contradiction(BaseModel):
    system: str
    property: str
    unit: str
    values: list[dict[str, Any]]                   # value, source, refs, table/row, conditions
    spread: float
    tolerance: str
    origin: str = "values"               # 'values' | 'table_vs_text' | 'probable_unit_error' | 'table_vs_prose'
    #                                      | 'table_unit_corrected' (a cell rescaled to its text's unit)
    caveats: list[str] = []              # conditions that differ or are not stated (heating rate …)


class ChallengeCoverage(BaseModel):
    challenge: str                       # Challenge term id
    label: str
    sections: list[str] = []
    entities: list[str] = []
    systems: int = 0
    measurements: int = 0


class OutlookDirection(BaseModel):
    """A direction a source's outlook names (strategies, for a host or an application), set against
    what the graph holds: untried (no system combines them), thin (one or two) or studied."""

    challenge: str                       # the Challenge term of the statement
    label: str
    strategies: list[str]                # Strategy term ids the statement names together
    hosts: list[str] = []                # Material term ids it names (empty: any host)
    application: str | None = None
    sections: list[str] = []
    sources: list[str] = []
    systems: int = 0                     # systems in the graph with every strategy (and a named host)
    measurements: int = 0
    examples: list[str] = []             # names of a few such systems
    status: str = "untried"              # 'untried' | 'thin' | 'studied'


class LabComparison(BaseModel):
    entry: str
    entry_title: str
    system: str
    property: str
    unit: str
    value: float                         # (a range's middle, which the ranking uses)
    value_range: tuple[float, float] | None = None   # '300–350 °C': the lab value's two ends, as recorded
    uncertainty: float | None = None     # '72 ± 3 kJ/mol': the lab value's ± 3, in ``unit``
    n_literature: int
    percentile: float | None = None      # share of literature values this one beats (direction-aware)
    rank: int | None = None              # 1 = best
    best_value: float | None = None
    best_by: str | None = None           # source, place [refs] (system) of the best value
    best: dict[str, Any] = {}            # the best value's place (and evidence, when the text is here)
    composition_reported: bool = False   # the literature reports the composition for the lab value's application
    composition_reported_for: list[str] = []   # Application ids the literature reports the composition for
    comparable: str = ""                 # 'same system' | 'same host and strategy' | 'same host and strategy
    #                                      class' | 'same host' | 'same family'
    caveats: list[str] = []              # conditions that differ: heating rate, method, temperature, ion
    conditions: dict[str, Any] = {}      # the lab value's conditions (categorical ones: term ids)
    condition_max: dict[str, float] = {}   # upper ends of its conditions given as ranges (300–350 °C: 350)
    condition_qualifiers: dict[str, str] = {}   # its conditions stated as bounds ('within 10 min': '<=')


class SourceReview(BaseModel):
    source: str
    title: str | None = None
    reviewed: int                       # facts confirmed or corrected by a curator
    total: int


class GapReport(BaseModel):
    title: str = "HydrideKG literature gap report"
    filters: ReportFilters = Field(default_factory=ReportFilters)
    version: GraphVersion
    coverage: list[CoverageMap] = []
    gaps: list[Gap] = []
    contradictions: list[Contradiction] = []
    challenges: list[ChallengeCoverage] = []
    outlook: list[OutlookDirection] = []   # the sources' outlook directions against the graph
    lab: list[LabComparison] = []
    reviewed: list[SourceReview] = []   # how much of each source's facts a person has checked
