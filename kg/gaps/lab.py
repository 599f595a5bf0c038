"""Lab versus literature: where each lab value falls among comparable literature values."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any, cast

from kg.readings import fold_same_study
from ontology.comparability import (
    categorical_conditions,
    categorical_difference,
    compare_signatures,
    method_family,
    signature,
    spanned_conditions,
    value_label,
)
from ontology.units import number_text, range_text
from ontology.vocabulary import vocabulary

from .facts import MeasurementRow, SystemRow, host_family, in_family, place_of
from .model import LabComparison
from .outlook import application_fits
from .promise import applications_of

MIN_VALUES = 3            # widen the comparison (system → host → family) until this many values


def _value(m: MeasurementRow) -> float:
    return (m.value + m.value_max) / 2 if m.value_max is not None else m.value


def _comparable_conditions(lab: MeasurementRow, lit: MeasurementRow) -> bool:
    """The ontology's comparable conditions (a conductivity at a temperature within the window); a
    method or heating rate that differs stays in the pool and is named as a caveat instead."""
    return compare_signatures(lab.property, signature(lab.settings(), lab.method),
                              signature(lit.settings(), lit.method), methods_must_match=False).comparable


def strategy_class(strategy: str) -> str:
    """The broadest strategy a strategy belongs to (MultiMetalCatalysis → Catalysis)."""
    ancestors = vocabulary().ancestors(strategy) if strategy in vocabulary() else []
    return ancestors[-1] if ancestors else strategy


def _beats(a: float, b: float, better: str) -> bool:
    return a < b if better == "lower" else a > b


class _Literature:
    """Literature values indexed once per report, so that each lab value looks up its comparison pool
    instead of scanning every measurement (a lab with thousands of entries made that quadratic)."""

    def __init__(self, systems: dict[str, SystemRow], measurements: list[MeasurementRow]):
        self.systems = systems
        self.by_prop: dict[str, list[MeasurementRow]] = defaultdict(list)
        self.by_name: dict[tuple[str, str], list[MeasurementRow]] = defaultdict(list)
        self.by_host: dict[tuple[str, str], list[MeasurementRow]] = defaultdict(list)
        self.by_strategy: dict[tuple[str, str, str], list[MeasurementRow]] = defaultdict(list)
        self.by_class: dict[tuple[str, str, str], list[MeasurementRow]] = defaultdict(list)
        for m in measurements:
            s = systems[m.system]
            self.by_prop[m.property].append(m)
            self.by_name[(m.property, s.name)].append(m)
            self.by_host[(m.property, s.host)].append(m)
            if s.bare_host:     # not a catalysed (confined, …) value: compared at the host level only
                continue
            for st in set(s.strategies):
                self.by_strategy[(m.property, s.host, st)].append(m)
            for cls in {strategy_class(st) for st in s.strategies}:
                self.by_class[(m.property, s.host, cls)].append(m)
        self._by_family: dict[tuple[str, str], list[MeasurementRow]] = {}

    def by_family(self, prop: str, family: str | None) -> list[MeasurementRow]:
        if family is None:
            return []
        key = (prop, family)
        if key not in self._by_family:
            self._by_family[key] = [m for m in self.by_prop.get(prop, ())
                                    if in_family(self.systems[m.system].host, family)]
        return self._by_family[key]

    def same_strategy(self, prop: str, system: SystemRow, by_class: bool = False) -> list[MeasurementRow]:
        """Values of the lab system's nearest analogs: the same host modified by the same strategy
        (``by_class``: by a strategy of the same class, e.g. any catalysis)."""
        seen: dict[str, MeasurementRow] = {}
        index = self.by_class if by_class else self.by_strategy
        keys = {strategy_class(st) for st in system.strategies} if by_class else set(system.strategies)
        for st in sorted(keys):
            for m in index.get((prop, system.host, st), ()):
                seen.setdefault(m.id, m)
        return list(seen.values())

    def pool(self, lab: MeasurementRow, system: SystemRow) -> tuple[list[MeasurementRow], str, list[str]]:
        """The narrowest level (system → host → family) holding MIN_VALUES comparable values; a wider
        level that adds nothing keeps the narrower label. Also the differences (conducting ion, cell
        type) that kept values of that level out of the pool: a Mg2+ conductivity is no yardstick for a
        Li+ one, but the reader should know it was left out."""
        levels: tuple[tuple[str, Callable[[], Iterable[MeasurementRow]]], ...] = (
            ("same system", lambda: self.by_name.get((lab.property, system.name), [])),
            ("same host and strategy", lambda: self.same_strategy(lab.property, system)),
            ("same host and strategy class", lambda: self.same_strategy(lab.property, system, True)),
            ("same host", lambda: self.by_host.get((lab.property, system.host), [])),
            ("same family", lambda: self.by_family(lab.property, host_family(system.host))))
        pool: list[MeasurementRow] = []
        level, apart = "", []
        for name, values in levels:
            candidates = list(values())
            wider = [m for m in candidates if _comparable_conditions(lab, m)]
            if len(wider) > len(pool):
                pool, level = wider, name
                apart = [d for m in candidates if (d := categorical_difference(lab.conditions, m.conditions))]
            if len(pool) >= MIN_VALUES:
                break
        return pool, level, apart


def categorical_caveats(lab: MeasurementRow, pool: list[MeasurementRow], apart: list[str]) -> list[str]:
    """The conducting ion and cell type of the lab value against its pool: stated on one side only,
    and how many values of the same level were left out because they name another one."""
    out = []
    mine = categorical_conditions(lab.conditions)
    theirs = [categorical_conditions(m.conditions) for m in pool]
    for key in sorted(set(mine) | {k for t in theirs for k in t}):
        label = key.replace("_", " ")
        stated = sorted({value_label(t[key]) for t in theirs if key in t})
        unstated = sum(key not in t for t in theirs)
        if key not in mine:
            out.append(f"{label} of the lab value not recorded; literature: {', '.join(stated)}"
                       + (f" ({unstated} of {len(pool)} not stated)" if unstated else ""))
        elif unstated:
            out.append(f"{label} {value_label(mine[key])} in the lab; not stated for {unstated} of "
                       f"{len(pool)} literature values")
    for differs in sorted(set(apart)):
        n = apart.count(differs)
        out.append(f"{n} literature value{'s' if n > 1 else ''} left out, not comparable ({differs})")
    return out


def caveats(lab: MeasurementRow, pool: list[MeasurementRow]) -> list[str]:
    """Conditions under which the lab value and its literature pool differ or are unknown: a heating
    rate shifts peak temperatures and Kissinger energies; methods differ in what they measure."""
    out = []
    keys = ["heating_rate", "temperature"] if lab.property != "ionic_conductivity" else ["heating_rate"]
    spanned = spanned_conditions(lab.method)    # a Kissinger energy has no single heating rate to state
    for key in keys:
        # (heating rate and temperature are numeric conditions: a number each, or missing)
        mine = cast("float | None", lab.conditions.get(key))
        theirs = [cast("float | None", m.conditions.get(key)) for m in pool]
        known = sorted({v for v in theirs if v is not None})
        if (mine is None and not known) or (key in spanned and (mine is None or not known)):
            continue
        label = key.replace("_", " ")
        unit = f" {vocabulary().property(key).unit}"
        span = range_text(known[0], known[-1] if len(known) > 1 else None) if known else ""
        if mine is None:
            out.append(f"{label} of the lab value not recorded; literature {span}{unit}")
        elif not known:
            out.append(f"{label} {number_text(mine)}{unit} in the lab; not stated for the literature values")
        elif known != [mine]:
            missing = sum(v is None for v in theirs)
            out.append(f"{label} {number_text(mine)}{unit} in the lab vs {span}{unit} in the literature"
                       + (f" ({missing} not stated)" if missing else ""))
    methods = sorted({m.method for m in pool if m.method})
    if lab.method and methods and methods != [lab.method]:
        families = {f for f in (method_family(m) for m in methods) if f is not None}
        own = method_family(lab.method)
        other = sorted(vocabulary().get(f).label for f in families if f != own)
        out.append(f"method {lab.method} in the lab vs {', '.join(methods)} in the literature"
                   + (f" (another method family: {', '.join(other)})" if own and other else ""))
    elif methods and not lab.method:
        out.append(f"method of the lab value not recorded; literature: {', '.join(methods)}")
    elif lab.method and not methods:
        # a Kissinger energy is no yardstick for an isothermal one: the reader must know it is unknown
        out.append(f"method {lab.method} in the lab; not stated for the {len(pool)} literature values")
    return out


def _composition(system: SystemRow) -> list[str]:
    """The additives that make a system's composition: their Material ids (formulas of rows that
    carry no ids)."""
    return sorted(system.additive_ids or system.additives)


def one_per_result(pool: list[MeasurementRow], systems: dict[str, SystemRow]) -> list[MeasurementRow]:
    """The pool with a result read twice (Table 1's PdNi at 62 and the text's Mg–PdNi at 62.5 kJ/mol,
    both citing one paper) counted once: a rank among readings is no rank among studies."""
    readings = [{"row": m, "host": systems[m.system].host, "additives": _composition(systems[m.system]),
                 "source": m.source, "refs": m.refs, "conditions": m.conditions, "value": _value(m),
                 "system": m.system} for m in pool]
    return [r["row"] for r in fold_same_study(readings)]


_ANY = "any"     # a published system whose values name no application: reported, for nothing in particular


def _reported_compositions(systems: list[SystemRow], measurements: list[MeasurementRow]
                           ) -> dict[Any, set[str]]:
    """A published system's name, and its composition (host with ALL its additives, formula or not:
    MgH2–TiO2–expanded graphite does not report MgH2–TiO2), -> the applications the literature reports
    it for (what it is applied as and what its values serve)."""
    published = [s for s in systems if s.sources]
    apps = applications_of(published, [m for m in measurements if m.source_kind == "publication"])
    out: defaultdict[Any, set[str]] = defaultdict(set)
    for s in published:
        for key in (s.name, (s.host, tuple(_composition(s))) if _composition(s) else None):
            if key is not None:
                out[key] |= apps.get(s.id) or {_ANY}
    return out


def _reported_apps(system: SystemRow, reported: dict[Any, set[str]]) -> set[str]:
    """The applications the literature reports the lab system's name or composition for."""
    by_composition = reported.get((system.host, tuple(_composition(system))), set()) if _composition(system) else set()
    return reported.get(system.name, set()) | by_composition


def _reported_for_value(lab: MeasurementRow, found: set[str]) -> bool:
    """Reported for what the lab measured: an MgH2@Nb2O5 anode paper does not report MgH2 + Nb2O5
    as a storage material. A lab property of no application, or a paper of none, counts as reported."""
    wanted = set(vocabulary().property(lab.property).applications)
    if not found:
        return False
    return not wanted or _ANY in found or any(application_fits(w, sorted(found)) for w in wanted)


def compare(systems: list[SystemRow], measurements: list[MeasurementRow]) -> list[LabComparison]:
    sys_by_id = {s.id: s for s in systems}
    literature = _Literature(sys_by_id, [m for m in measurements if m.source_kind == "publication"
                                         and m.experimental() and not m.baseline and m.system in sys_by_id])
    lab_rows = [m for m in measurements if m.source_kind == "lab_entry" and m.system in sys_by_id]
    reported = _reported_compositions(systems, measurements)
    out = []
    for lab in lab_rows:
        system = sys_by_id[lab.system]
        better = vocabulary().property(lab.property).better_when or "higher"
        pool, level, apart = literature.pool(lab, system)
        pool = one_per_result(pool, sys_by_id)
        value = _value(lab)
        found = _reported_apps(system, reported)
        comp = LabComparison(entry=lab.source, entry_title=lab.title or lab.source, system=system.name,
                             property=lab.property, unit=lab.unit, value=value, uncertainty=lab.uncertainty,
                             value_range=None if lab.value_max is None else (lab.value, lab.value_max),
                             n_literature=len(pool),
                             composition_reported=_reported_for_value(lab, found),
                             composition_reported_for=sorted(found - {_ANY}), comparable=level if pool else "",
                             conditions=dict(lab.conditions), condition_max=dict(lab.condition_max),
                             condition_qualifiers=dict(lab.condition_qualifiers))
        comp.caveats = categorical_caveats(lab, pool, apart)
        if pool:
            comp.caveats = caveats(lab, pool) + comp.caveats
            values = [_value(m) for m in pool]
            beaten = sum(1 for v in values if _beats(value, v, better))
            comp.percentile = round(100.0 * beaten / len(values), 1)
            comp.rank = 1 + sum(1 for v in values if _beats(v, value, better))
            best = min(pool, key=_value) if better == "lower" else max(pool, key=_value)
            comp.best_value = _value(best)
            where = f" {best.table} row {best.row}" if best.table else f" §{best.section}" if best.section else ""
            comp.best_by = best.source + where + (f" [{', '.join(best.refs)}]" if best.refs else "") + \
                f" ({sys_by_id[best.system].name})"
            # where the best value was read, for its evidence sentence (attached with the report's)
            comp.best = {"source": best.source, "refs": best.refs, "table": best.table, "row": best.row,
                         **place_of(best)}
        out.append(comp)
    return out
