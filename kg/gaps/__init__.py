"""Literature gap reports: coverage, promising gaps, contradictions, stated challenges, lab vs literature.

``build_report(store, filters)`` reads rows from the store with the statements in ``queries`` and
computes every section in Python (see ``facts``): the same code serves the CLI, the API and the UI.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .challenges import challenge_coverage, statements_in_scope
from .contradictions import conflicts_as_contradictions, find_contradictions
from .coverage import ALL_MAPS
from .facts import REVIEWED, MeasurementRow, SystemRow, in_family
from .lab import compare
from .model import FilterError, Gap, GapReport, GraphVersion, ReportFilters, SourceReview, read_filters
from .outlook import cite_statements, outlook_directions
from .promise import applications_of, ranked_gaps, unmeasured_property_gaps
from .read import apply_filters, graph_version, read_rows, rows_version

if TYPE_CHECKING:
    from kg.store import GraphStore


def compute_report(systems: list[SystemRow], measurements: list[MeasurementRow], *,
                   conflicts: Sequence[dict[str, Any]] = (), statements: Sequence[dict[str, Any]] = (),
                   filters: ReportFilters | None = None, version: GraphVersion | None = None) -> GapReport:
    """Every section of the report from rows (no store needed: fixtures and stores alike)."""
    filters = filters or ReportFilters()
    version = version or rows_version({"systems": systems, "measurements": measurements,
                                       "conflicts": list(conflicts), "challenges": list(statements)})
    scoped = apply_filters(systems, measurements, filters)
    apps = applications_of(*scoped)     # what each system of the report is studied for: once per report
    gaps = gaps_in_scope(systems, measurements, filters, scoped, apps)
    systems, measurements = scoped
    kept = {s.id for s in systems}
    if filters.host_family or filters.application:
        # the source's challenges and outlook as far as they concern the report's systems
        statements = statements_in_scope(list(statements), systems, measurements, filters.application, apps)
    return GapReport(
        filters=filters,
        version=version,
        coverage=[build(systems, measurements) for build in ALL_MAPS],
        gaps=cite_statements(gaps, list(statements)),
        contradictions=find_contradictions(systems, measurements)
        + conflicts_as_contradictions(conflicts_in_scope(conflicts, measurements, filters)),
        challenges=challenge_coverage(list(statements), systems, measurements, apps),
        outlook=outlook_directions(list(statements), systems, measurements),
        lab=compare(systems, [m for m in measurements if m.system in kept]),
        reviewed=reviewed_per_source(measurements),
    )


def gaps_in_scope(systems: list[SystemRow], measurements: list[MeasurementRow], filters: ReportFilters,
                  scoped: tuple[list[SystemRow], list[MeasurementRow]],
                  apps: dict[str, set[str]] | None = None) -> list[Gap]:
    """The gaps of the report's hosts (``scoped``: the rows ``apply_filters`` kept). A gap is a strategy
    tried on a host's siblings and not on it, so a report on one family ('Mg(BH4)2') judges its hosts
    against every sibling in the graph (LiBH4 included) and keeps the gaps on its own hosts; narrowing
    the rows to the family first left no sibling to compare with ('No gaps found').  ``apps``:
    ``applications_of(*scoped)``, when the caller has it."""
    unmeasured = unmeasured_in_scope(systems, measurements, filters)
    family = filters.host_family
    if family is None:
        return ranked_gaps(*scoped, unmeasured=unmeasured, apps=apps)
    wider = apply_filters(systems, measurements, filters.model_copy(update={"host_family": None}))
    return ranked_gaps(*wider, unmeasured=unmeasured, keep=lambda g: in_family(g.host, family))


def unmeasured_in_scope(systems: list[SystemRow], measurements: list[MeasurementRow],
                        filters: ReportFilters) -> list[Gap]:
    """A report on one property of one host family ('LiAlH4 × activation energy') drops the systems
    without a value of it; the family's hosts the literature studies for other values, and never for
    this property, are its untried gaps. (Without a family every host lacking the property would be
    listed: MgH2 has no ionic conductivity, which nobody asked.)"""
    if not (filters.property and filters.host_family):
        return []
    scope = filters.model_copy(update={"property": None})
    return unmeasured_property_gaps(*apply_filters(systems, measurements, scope), filters.property)


def conflicts_in_scope(conflicts: Sequence[dict[str, Any]], measurements: list[MeasurementRow],
                       filters: ReportFilters) -> list[dict[str, Any]]:
    """The table-versus-text notes about values the report shows: a report on LiAlH4 or on activation
    energies is no place for a note on a LiBH4 conductivity cell. A note is kept when a value of the
    filtered report was read at its place (source, table, row); without such filters, every note of
    the source(s) asked for."""
    kept = [c for c in conflicts if not filters.source or c.get("source_id") == filters.source]
    if not any((filters.host_family, filters.application, filters.property,
                filters.year_from is not None, filters.year_to is not None)):
        return kept
    places = {(m.source, m.table, m.row) for m in measurements if m.table}
    return [c for c in kept if (c.get("source_id"), c.get("tbl"), c.get("row")) in places]


def reviewed_per_source(measurements: list[MeasurementRow]) -> list[SourceReview]:
    """Share of each literature source's facts (in the report) that a curator has checked."""
    counts: dict[str, list[Any]] = {}
    for m in measurements:
        if m.source_kind != "publication":
            continue
        c = counts.setdefault(m.source, [0, 0, m.title])
        c[0] += m.status in REVIEWED
        c[1] += 1
    return [SourceReview(source=s, title=t, reviewed=r, total=n) for s, (r, n, t) in sorted(counts.items())]


def build_report(store: GraphStore, filters: ReportFilters | None = None) -> GapReport:
    rows = read_rows(store)
    report = compute_report(rows["systems"], rows["measurements"], conflicts=rows["conflicts"],
                            statements=rows["challenges"], filters=filters,
                            version=graph_version(store, rows))
    attach_evidence(report, getattr(store, "data_dir", None))
    return report


def attach_evidence(report: GapReport, data_dir: str | Path | None = None) -> GapReport:
    """Each value a report shows (contradicting values, gaps' examples, the literature's best value
    beside a lab value) gets its provenance: source, section or table row, refs and the evidence
    sentence when the source text is on this machine."""
    from kg.evidence import EvidenceReader

    reader = EvidenceReader(data_dir)
    for c in report.contradictions:
        for v in c.values:
            if v.get("source"):
                v["evidence"] = reader.record(v)
    for lab in report.lab:
        if lab.best.get("source"):
            lab.best["evidence"] = reader.record(lab.best)
    for g in report.gaps:
        for item in g.evidence:
            for e in item.get("examples", []):
                if e.get("source"):
                    e["evidence"] = reader.record(e)
    return report


__all__ = ["FilterError", "GapReport", "ReportFilters", "build_report", "compute_report", "read_filters"]
