"""Strategies of every system a document reports, from what the system is (``ontology.strategy_rules``).

Tables and sentences name systems; a sentence may also name a strategy ("by nanoconfinement").
Each system report keeps the strategies its sentence names and gains those its composition shows;
a system that a sentence gives values for, without a report of its own there, gets one when its
composition shows a strategy. The application the rules need (an oxide in an electrolyte is a
composite partner, in a storage hydride a catalyst) is read from the properties measured for it.
"""
from __future__ import annotations

from collections import defaultdict

from ontology.models import GraphBatch, SystemReport
from ontology.strategy_rules import application_of, merge, sentence_wide


def _place(ref) -> tuple:
    return (ref.source_id, ref.section, ref.table, ref.row, ref.start)


def apply_strategies(batch: GraphBatch) -> GraphBatch:
    """Prose reports and measurements of ``batch`` with composition strategies (in place; tables
    set theirs when they read the row)."""
    measured: dict[tuple, set[str]] = defaultdict(set)        # (system, place) → properties
    systems = {}
    for m in batch.measurements:
        if m.source.table is None:
            key = (m.system.name, _place(m.source))
            measured[key].add(m.property)
            systems[key] = m
    reported = set()
    # what each sentence names ('under light irradiation', 'nanostructured'): the sentence speaks of the
    # samples it gives values for, not only of the first hydride it names
    named: dict[tuple, set[str]] = defaultdict(set)
    for r in batch.reports:
        if r.source.table is None:
            named[_place(r.source)].update(s for s in r.strategies if sentence_wide(s))
    modified = {key[1] for key, m in systems.items() if m.system.additives}
    for r in batch.reports:
        if r.source.table is not None:
            continue
        key = (r.system.name, _place(r.source))
        reported.add(key)
        r.strategies = merge(r.strategies, r.system, application_of(measured.get(key, ())))
    for key, m in systems.items():
        if key in reported:
            continue
        # a bare host next to a modified system in the sentence is its reference, made without them
        shared = named.get(key[1], ()) if m.system.additives or key[1] not in modified else ()
        strategies = merge(shared, m.system, application_of(measured[key]))
        if strategies:
            batch.reports.append(SystemReport(system=m.system, strategies=strategies, source=m.source))
    return batch
