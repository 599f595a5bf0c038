"""Coverage maps: how many systems, measurements and sources stand behind each combination."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from ontology.vocabulary import vocabulary

from .facts import MeasurementRow, SystemRow, host_family
from .model import Cell, CoverageMap

# What a coverage map lists as hosts: storage materials, i.e. the ontology's hydrides that have no
# other usual role (hkg:usualRole marks catalytic phases, reactants and by-products: TiH2, KH, …).
# A system whose "host" is a hydride-forming metal (Li, Mg: an extraction that missed the hydride or
# named the counter electrode), a catalyst or a carbon is left out of the host maps: it would be a
# row of one cell among the storage materials.
_HOST_KIND = "Hydride"


def _storage_host(host: str) -> bool:
    vocab = vocabulary()
    if host not in vocab:
        return False
    return vocab.is_a(host, _HOST_KIND) and not vocab.get(host).usual_role


def _hosted(systems: list[SystemRow]) -> list[SystemRow]:
    return [s for s in systems if _storage_host(s.host)]


def _build(name: str, row_label: str, col_label: str,
           pairs: Iterable[tuple[str, str, str, str | None]]) -> CoverageMap:
    """pairs: (row, col, system id, measurement id or None); sources are added by the caller."""
    systems: dict[tuple[str, str], set[str]] = defaultdict(set)
    measurements: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row, col, system, measurement in pairs:
        systems[(row, col)].add(system)
        if measurement:
            measurements[(row, col)].add(measurement)
    rows = sorted({r for r, _ in systems})
    cols = sorted({c for _, c in systems})
    cells: dict[str, dict[str, Cell]] = defaultdict(dict)
    for (r, c), sys_ids in systems.items():
        cells[r][c] = Cell(systems=len(sys_ids), measurements=len(measurements[(r, c)]))
    return CoverageMap(name=name, row_label=row_label, col_label=col_label, rows=rows, cols=cols,
                       cells=dict(cells))


def _attach_sources(cov: CoverageMap, key: Callable[[SystemRow], list[tuple[str, str]]],
                    systems: list[SystemRow]) -> CoverageMap:
    for s in systems:
        for r, c in key(s):
            cell = cov.cells.get(r, {}).get(c)
            if cell is not None:
                cell.sources = sorted(set(cell.sources) | set(s.sources) | set(s.lab_sources))
    return cov


def host_by_strategy(systems: list[SystemRow], measurements: list[MeasurementRow]) -> CoverageMap:
    systems = _hosted(systems)
    by_system = _measurements_by_system(measurements)
    pairs = [(s.host, st, s.id, m) for s in systems for st in s.strategies
             for m in (by_system.get(s.id) or [None])]
    cov = _build("host × strategy", "host", "strategy", pairs)
    return _attach_sources(cov, lambda s: [(s.host, st) for st in s.strategies], systems)


def family_by_strategy(systems: list[SystemRow], measurements: list[MeasurementRow]) -> CoverageMap:
    systems = _hosted(systems)
    by_system = _measurements_by_system(measurements)
    pairs = [(host_family(s.host) or "unclassified", st, s.id, m) for s in systems for st in s.strategies
             for m in (by_system.get(s.id) or [None])]
    cov = _build("host family × strategy", "host family", "strategy", pairs)
    return _attach_sources(cov, lambda s: [(host_family(s.host) or "unclassified", st)
                                           for st in s.strategies], systems)


def host_by_property(systems: list[SystemRow], measurements: list[MeasurementRow]) -> CoverageMap:
    systems = _hosted(systems)
    host_of = {s.id: s.host for s in systems}
    pairs = [(host_of[m.system], m.property, m.system, m.id) for m in measurements if m.system in host_of]
    cov = _build("host × property", "host", "property", pairs)
    props = defaultdict(set)
    for m in measurements:
        props[m.system].add(m.property)
    return _attach_sources(cov, lambda s: [(s.host, p) for p in props.get(s.id, ())], systems)


def strategy_by_mechanism(systems: list[SystemRow], measurements: list[MeasurementRow]) -> CoverageMap:
    """Strategy × mechanism only where a source's mechanism claim credits that mechanism for that
    strategy on the system (``SystemRow.claimed``), never every strategy of a system against every
    mechanism mentioned near it."""
    by_system = _measurements_by_system(measurements)
    pairs = [(st, mech, s.id, m) for s in systems for st, mech in s.claimed
             for m in (by_system.get(s.id) or [None])]
    cov = _build("strategy × mechanism", "strategy", "mechanism", pairs)
    return _attach_sources(cov, lambda s: list(s.claimed), systems)


def additive_class_by_host(systems: list[SystemRow], measurements: list[MeasurementRow]) -> CoverageMap:
    systems = _hosted(systems)
    by_system = _measurements_by_system(measurements)
    pairs = [(cls, s.host, s.id, m) for s in systems for cls in s.additive_classes
             for m in (by_system.get(s.id) or [None])]
    cov = _build("additive class × host", "additive class", "host", pairs)
    return _attach_sources(cov, lambda s: [(c, s.host) for c in s.additive_classes], systems)


def _measurements_by_system(measurements: list[MeasurementRow]) -> dict[str, list[str | None]]:
    out: dict[str, list[str | None]] = defaultdict(list)
    for m in measurements:
        out[m.system].append(m.id)
    return out


ALL_MAPS = (host_by_strategy, family_by_strategy, host_by_property, strategy_by_mechanism,
            additive_class_by_host)
