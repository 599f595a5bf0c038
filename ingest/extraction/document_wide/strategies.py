"""Strategies of every system a document reports, from what the system is (``ontology.strategy_rules``).

Tables and sentences name systems; a sentence may also name a strategy ("by nanoconfinement").
Each system report keeps the strategies its sentence names and gains those its composition shows;
a system that a sentence gives values for, without a report of its own there, gets one when its
composition shows a strategy. The application the rules need (an oxide in an electrolyte is a
composite partner, in a storage hydride a catalyst) is read from the properties measured for it.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from ontology.electrode_roles import anode_material, electrolyte_not_anode, holding_carbon, system_in_application
from ontology.models import GraphBatch, Measurement, SystemReport
from ontology.strategy_rules import APPLICATIONS, ARRANGEMENTS, SCAFFOLD_SAID, application_of, arranged_part, merge
from ontology.system import host_formula
from ontology.vocabulary import vocabulary


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


# what a sentence says of how a system's part is arranged ('encapsulated in a graphene shell (MgH2@G)'): it holds
# for that system wherever the section names it again ('The MgH2@G composite releases …'), also with the amounts
# a later sentence gives its parts ('atomically dispersed Ni on N-doped carbon … With 5 wt% Ni-N-C, MgH2 …')
def _system_key(system, source) -> tuple:
    parts = tuple(sorted(_part_key(a.formula) for a in system.additives))
    return (source.source_id, source.section, system.host.formula, parts, system.architecture)


def _part_key(formula: str) -> tuple[str, ...]:
    """An additive as its phases' ontology terms where the ontology knows them ('Ni/NC' and 'Ni/nitrogen-doped
    carbon' are one catalyst on N-doped carbon), else as written."""
    vocab = vocabulary()
    return tuple(getattr(vocab.lookup(p, "Material"), "id", p) for p in re.split(r"[/@]", formula))


def _arrangements_said(reports) -> dict[tuple, list[str]]:
    """(source, section, system) → the arrangement strategies (``ARRANGEMENTS``) sentences of the section name
    for a system that has the part they are about (``arranged_part``: not the bare host, not a catalyst's
    own support). A section that names both a shell and confinement for one host ('MgBu2 encapsulated in
    ZIF-8 … nanoconfined Mg') leaves it to each sentence: neither is carried."""
    said: dict[tuple, list[str]] = defaultdict(list)
    host_of: dict[tuple, tuple] = {}
    per_host: dict[tuple, set[str]] = defaultdict(set)
    for r in reports:
        if r.source.table is None:
            key = _system_key(r.system, r.source)
            host_of[key] = (r.source.source_id, r.source.section, r.system.host.formula)
            said[key] += [s for s in r.strategies if s in ARRANGEMENTS and s not in said[key]
                          and arranged_part(r.system, s)]
            per_host[host_of[key]].update(s for s in r.strategies if s in SCAFFOLD_SAID)
    for key, found in said.items():
        if len(per_host[host_of[key]]) > 1:
            said[key] = [s for s in found if s not in SCAFFOLD_SAID]
    return said


def _with_said(named: list[str], system, source, said: dict[tuple, list[str]]) -> list[str]:
    """``named`` with the arrangements said of the same system elsewhere in the section, when its own
    sentence says none."""
    if any(s in ARRANGEMENTS for s in named):
        return named
    return [*named, *said.get(_system_key(system, source), ())]


def _known_applications(measured: dict[tuple, set[str]], last: dict[tuple, Measurement] | None = None
                        ) -> dict[tuple, set[str]]:
    """(system, source) → the applications its values where they stand are for: a value whose property serves
    no application or several (a crystallite size, a capacity retention) is the system's in the one its other
    values in the source have (one system, one set of roles and strategies). Also (host, source) → the
    applications of all the source's systems of that host (``_host_key``), given ``last`` (each place's system)."""
    known: dict[tuple, set[str]] = defaultdict(set)
    for (name, where), props in measured.items():
        app = application_of(props)
        if app:
            known[(name, where[0])].add(app)
            if last is not None and (key := (name, where)) in last:
                known[_host_key(host_formula(last[key].system), where[0])].add(app)
    return known


def _host_key(host: str, source_id: str) -> tuple:
    return ("host", host, source_id)


def _application_at(name: str, ref, measured: dict[tuple, set[str]], known: dict[tuple, set[str]],
                    host: str | None = None) -> str | None:
    """The application of the system ``name`` where ``ref`` stands: its values' there, else the one it has in
    the source (``_known_applications``), else the one every system of its ``host`` has there ('MgH2@graphene
    … about 8 nm' in a paper whose MgH2 samples are all anodes)."""
    props = measured.get((name, _place(ref)))
    app = application_of(props) if props else None
    if app is None and len(known.get((name, ref.source_id), ())) == 1:
        app = next(iter(known[(name, ref.source_id)]))   # (a report without values too)
    if app is None and host is not None and not known.get((name, ref.source_id)) \
            and len(found := known.get(_host_key(host, ref.source_id), ())) == 1:
        app = next(iter(found))
    if app is None and host is not None and props and _lithium_storage_only(props):
        app = _lithium_use_of(host)   # 'the coulombic efficiency of MgH2@G': MgH2's one lithium-storage use
    return app


_LITHIUM_STORAGE = "LithiumStorage"


def _lithium_storage_only(props: Iterable[str]) -> bool:
    """Every property is one of lithium storage as a whole (a coulombic efficiency: an anode's or a cell's)."""
    vocab = vocabulary()
    apps = {a for key in props for a in vocab.property(key).applications}
    return bool(apps) and all(vocab.is_a(a, _LITHIUM_STORAGE) for a in apps)


def _lithium_use_of(host: str) -> str | None:
    """The one lithium-storage use the ontology gives ``host``: an anode material that is no electrolyte (MgH2), an
    electrolyte that is no anode material (LiBH4); else None."""
    if anode_material(host) and not electrolyte_not_anode(host):
        return APPLICATIONS["anode"]
    return APPLICATIONS["electrolyte"] if electrolyte_not_anode(host) else None


def apply_strategies(batch: GraphBatch) -> GraphBatch:
    """Prose reports and measurements of ``batch`` with composition strategies (in place; tables
    set theirs when they read the row)."""
    measured, systems = _measured_where(m for m in batch.measurements if m.source.table is None)
    known = _known_applications(measured, systems)
    said = _arrangements_said(batch.reports)
    reported = set()
    for r in batch.reports:
        if r.source.table is not None:
            continue
        key = (r.system.name, _place(r.source))
        reported.add(key)
        r.strategies = merge(_with_said(r.strategies, r.system, r.source, said), r.system,
                             _application_at(r.system.name, r.source, measured, known, host_formula(r.system)))
    for key, m in systems.items():
        if key in reported:
            continue
        strategies = merge(_with_said([], m.system, m.source, said), m.system,
                           _application_at(m.system.name, m.source, measured, known, host_formula(m.system)))
        if strategies:
            batch.reports.append(SystemReport(system=m.system, strategies=strategies, source=m.source))
    return batch


def held_in_carbon(batch: GraphBatch) -> dict[tuple, set[tuple]]:
    """(host, source, section) → (name, parts) of the confined carbon systems a section names ('MgH2
    nanoparticles grown inside a carbon matrix (MgH2–C)' gives MgH2@carbon): the carbon of that host's
    other notations in the section ('the MgH2–C electrode') is the same scaffold, not a conductive
    additive mixed in (``ontology.electrode_roles``, ``is_held``)."""
    items: list[Any] = [*batch.reports, *batch.measurements]
    held: dict[tuple, set[tuple]] = defaultdict(set)
    for item in items:
        if item.system.architecture == "confined" and any(holding_carbon(a) for a in item.system.additives):
            held[held_key(item)].add((item.system.name, _parts(item.system)))
    return held


def is_held(item, held: dict[tuple, set[tuple]]) -> bool:
    """The section puts ``item``'s host in carbon: a confined system of that name, or one written with
    other parts (words: 'MgH2@carbon matrix' for 'MgH2–C'). The same parts written both ways ('MgH2@C'
    and 'MgH2/C') are two samples the text sets apart: the mixture's carbon is mixed in."""
    name, parts = item.system.name, _parts(item.system)
    return any(n == name or p != parts for n, p in held.get(held_key(item), ()))


def _parts(system) -> frozenset[str]:
    return frozenset(c.formula for c in system.components)


def held_key(item) -> tuple:
    # (a table's rows are samples of their own: one row's confined system says nothing of another's carbon)
    return (item.system.host.formula, item.source.source_id, item.source.section, item.source.table,
            item.source.row if item.source.table is not None else None)


HELD = ("Nanoconfinement",)      # what ``held_in_carbon`` adds to the strategies said for a system


def apply_application_roles(batch: GraphBatch) -> GraphBatch:
    """Each system of ``batch`` with its additives' roles in the application its values are for (in
    place): the MgO of an LiBH4–MgO electrolyte is the conductor's partner, not a catalyst, in the
    graph as in the records. The application is read from the properties measured for the system
    where it stands (its sentence or table row), as the strategies read it."""
    measured, last = _measured_where(batch.measurements)
    said: dict[tuple, set[str]] = defaultdict(set)      # strategies the text names for the system there
    for r in batch.reports:
        said[(r.system.name, _place(r.source))].update(r.strategies)
    held = held_in_carbon(batch)
    known = _known_applications(measured, last)
    for item in [*batch.measurements, *batch.reports]:
        place = (item.system.name, _place(item.source))
        app = _application_at(item.system.name, item.source, measured, known, host_formula(item.system))
        if app is not None:
            item.system = system_in_application(item.system, app, (
                *said.get(place, ()), *(HELD if is_held(item, held) else ())))
    return batch
