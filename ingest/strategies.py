"""Strategies of every system a document reports, from what the system is (``ontology.strategy_rules``).

Tables and sentences name systems; a sentence may also name a strategy ("by nanoconfinement").
Each system report keeps the strategies its sentence names and gains those its composition shows;
a system that a sentence gives values for, without a report of its own there, gets one when its
composition shows a strategy. The application the rules need (an oxide in an electrolyte is a
composite partner, in a storage hydride a catalyst) is read from the properties measured for it.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from ontology.models import GraphBatch, Measurement, SystemReport
from ontology.strategy_rules import application_of, merge, system_in_application


def _place(ref) -> tuple:
    return (ref.source_id, ref.section, ref.table, ref.row, ref.start)


def _measured_where(measurements: Iterable[Measurement]) -> tuple[dict[tuple, set[str]], dict[tuple, Measurement]]:
    """(system, place) → the properties measured for that system there, and one measurement of it (the
    last): the place, a sentence or table row, is where the application of its values is read."""
    measured: dict[tuple, set[str]] = defaultdict(set)
    last: dict[tuple, Measurement] = {}
    for m in measurements:
        key = (m.system.name, _place(m.source))
        measured[key].add(m.property)
        last[key] = m
    return measured, last


def apply_strategies(batch: GraphBatch) -> GraphBatch:
    """Prose reports and measurements of ``batch`` with composition strategies (in place; tables
    set theirs when they read the row)."""
    measured, systems = _measured_where(m for m in batch.measurements if m.source.table is None)
    reported = set()
    for r in batch.reports:
        if r.source.table is not None:
            continue
        key = (r.system.name, _place(r.source))
        reported.add(key)
        r.strategies = merge(r.strategies, r.system, application_of(measured.get(key, ())))
    for key, m in systems.items():
        if key in reported:
            continue
        strategies = merge([], m.system, application_of(measured[key]))
        if strategies:
            batch.reports.append(SystemReport(system=m.system, strategies=strategies, source=m.source))
    return batch


def apply_application_roles(batch: GraphBatch) -> GraphBatch:
    """Each system of ``batch`` with its additives' roles in the application its values are for (in
    place): the MgO of an LiBH4–MgO electrolyte is the conductor's partner, not a catalyst, in the
    graph as in the records. The application is read from the properties measured for the system
    where it stands (its sentence or table row), as the strategies read it."""
    measured, _ = _measured_where(batch.measurements)
    for item in [*batch.measurements, *batch.reports]:
        props = measured.get((item.system.name, _place(item.source)))
        if props:
            item.system = system_in_application(item.system, application_of(props))
    return batch
