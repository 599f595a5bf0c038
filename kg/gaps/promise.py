"""Gaps ranked by promise: what is untried or thin on a host although it worked on the host's siblings,
and which properties are never reported for a host although they are what a reader needs next."""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from math import log1p
from typing import Any

from ontology.units import number_text
from ontology.vocabulary import vocabulary

from .facts import MeasurementRow, SystemRow, place_of, siblings
from .model import Gap

THIN = 1            # at most this many systems on a host counts as "thin"
NO_DATA_FACTOR = 0.5  # a sibling the graph holds nothing on is a weaker suggestion


def _worked(system: SystemRow, measured: set[str]) -> bool:
    """A system 'worked' when the literature reports measurements for it beyond the baseline."""
    return system.id in measured


def applications_of(systems: list[SystemRow], measurements: list[MeasurementRow]) -> dict[str, set[str]]:
    """system id -> the applications it is studied for: the ones it is applied as, and the ones the
    properties measured on it serve (an ionic conductivity makes it an electrolyte)."""
    vocab = vocabulary()
    serves = {k: set(vocab.property(k).applications) for k in vocab.property_keys()}
    out: dict[str, set[str]] = {s.id: set(s.applications) for s in systems}
    for m in measurements:
        if m.system in out:
            out[m.system] |= serves.get(m.property, set())
    return out


def storage_hosts(systems: list[SystemRow], measurements: list[MeasurementRow]) -> dict[str, set[str]]:
    """application -> hosts the literature studies as storage materials for it: hydrides (by the
    ontology) that host a literature system with a measured value of a property serving that
    application. Catalyst phases and by-products (TiH2, NbHx, KH, …) are additives there, so they
    never become candidate hosts through the ontology's family tree."""
    vocab = vocabulary()
    host_of = {s.id: s.host for s in systems}
    out: dict[str, set[str]] = defaultdict(set)
    for m in measurements:
        host = host_of.get(m.system)
        if host is None or m.source_kind != "publication" or not m.experimental() or m.baseline:
            continue
        if host in vocab and vocab.is_a(host, "Hydride") and not vocab.get(host).usual_role:
            for app in vocab.property(m.property).applications:
                out[app].add(host)
    return out


def _example(rows: list[MeasurementRow]) -> dict[str, Any] | None:
    """One measured value of a sibling system, to show what 'worked' means there."""
    if not rows:
        return None
    r = sorted(rows, key=lambda r: (r.property, r.value))[0]
    return {"property": r.property, "value": r.value, "unit": r.unit, "source": r.source, "refs": r.refs,
            "table": r.table, "row": r.row, **place_of(r)}


Applications = dict[str, set[str]]     # system id -> what it is studied for (``applications_of``)


def _facet_gaps(systems: list[SystemRow], measurements: list[MeasurementRow], facet: str,
                values_of: Callable[[SystemRow], list[str]], apps: Applications | None = None) -> list[Gap]:
    gaps: list[Gap] = []
    apps = applications_of(systems, measurements) if apps is None else apps
    for app, hosts in sorted(storage_hosts(systems, measurements).items()):
        in_app = [s for s in systems if app in apps.get(s.id, ())]
        gaps += _facet_gaps_in(in_app, measurements, facet, values_of, app, hosts)
    return gaps


def _facet_gaps_in(systems: list[SystemRow], measurements: list[MeasurementRow], facet: str,
                   values_of: Callable[[SystemRow], list[str]], app: str, hosts: set[str]) -> list[Gap]:
    """Gaps within one application: a strategy or additive class tried on sibling storage hosts and
    not (or once) on this one, judged against every system of the application on this host."""
    measured = {m.system for m in measurements if not m.baseline and m.source_kind == "publication"}
    rows_of: dict[str, list[MeasurementRow]] = defaultdict(list)
    for m in measurements:
        if m.source_kind == "publication" and m.experimental():
            rows_of[m.system].append(m)
    on_host: dict[str, dict[str, list[SystemRow]]] = defaultdict(lambda: defaultdict(list))
    for s in systems:
        for v in values_of(s):
            on_host[s.host][v].append(s)
    hosts_with_data = set(on_host)
    candidates = set(hosts)
    gaps: list[Gap] = []
    vocab = vocabulary()
    app_label = vocab.get(app).label if app in vocab else app
    for host in sorted(candidates):
        sibs = [h for h in siblings(host) if h in on_host and h in hosts]
        tried_here = on_host.get(host, {})
        for value in sorted({v for h in sibs for v in on_host[h]}):
            family = vocab.get(value).family_hosts if value in vocab else ()
            if family and host not in family:
                continue    # Li-RHC is LiBH4 with MgH2: not a strategy Mg(BH4)2 could try
            n_here = len(tried_here.get(value, []))
            if n_here > THIN:
                continue
            worked = [(h, s) for h in sibs for s in on_host[h][value] if _worked(s, measured)]
            if not worked:
                continue
            sources = sorted({src for _, s in worked for src in s.sources})
            promise = log1p(len(worked)) + 0.5 * log1p(len(sources))
            if host not in hosts_with_data:
                promise *= NO_DATA_FACTOR
            kind = "untried" if n_here == 0 else "thin"
            label = vocab.get(value).label if value in vocab else value
            host_label = vocab.get(host).formula if host in vocab and vocab.get(host).formula else host
            by_sibling: dict[str, int] = defaultdict(int)
            for h, _ in worked:
                by_sibling[h] += 1
            examples = []
            for h, s in worked[:3]:
                best = _example(rows_of.get(s.id, []))
                examples.append({"system": s.name, "host": h, **(best or {})})
            shown = "; ".join(
                f"{e['system']}: {label_of_prop(e['property'])} {number_text(e['value'])} {e['unit']} ({e['source']})"
                for e in examples if e.get("property"))
            desc = (f"{label} is {kind} on {host_label} for {app_label} ({n_here} system(s)) but worked on "
                    + ", ".join(f"{_formula(h)} ({n})" for h, n in sorted(by_sibling.items()))
                    + (f" — e.g. {shown}" if shown else ""))
            gaps.append(Gap(kind=kind, host=host, facet=facet, value=value, description=desc,
                            promise=round(promise, 3), application=app,
                            evidence=[{"sibling": h, "systems": n} for h, n in sorted(by_sibling.items())]
                            + [{"examples": examples}, {"sources": sources[:20]}]))
    return gaps


def label_of_prop(key: str) -> str:
    try:
        return vocabulary().property(key).label
    except Exception:  # noqa: BLE001 - an unknown key is shown as it is
        return key


def _formula(host: str) -> str:
    vocab = vocabulary()
    return (vocab.get(host).formula or host) if host in vocab else host


def strategy_gaps(systems: list[SystemRow], measurements: list[MeasurementRow],
                  apps: Applications | None = None) -> list[Gap]:
    # the bare host's strategies are its sources' topics: LiBH4's 8.86 wt% shows no strategy 'worked'
    return _facet_gaps(systems, measurements, "strategy", lambda s: [] if s.bare_host else s.strategies, apps)


def additive_class_gaps(systems: list[SystemRow], measurements: list[MeasurementRow],
                        apps: Applications | None = None) -> list[Gap]:
    return _facet_gaps(systems, measurements, "additive_class", lambda s: s.additive_classes, apps)


# --- properties a reader needs next ---------------------------------------------------------------
# Each rule: (name, applies(props, rows), description). Property keys are the public contract.
ROOM_TEMPERATURE_C = (15.0, 35.0)


def _rule_no_activation_energy(rows: list[MeasurementRow]) -> bool:
    props = {r.property for r in rows}
    return bool(props & {"onset_dehydrogenation_temperature", "peak_dehydrogenation_temperature"}) and \
        "dehydrogenation_activation_energy" not in props


def _rule_no_long_cycling(rows: list[MeasurementRow]) -> bool:
    caps = [r for r in rows if r.property in ("hydrogen_capacity", "specific_capacity")]
    return bool(caps) and not any((r.number("cycles") or 0) > 10 for r in caps)


def _rule_conductivity_one_temperature(rows: list[MeasurementRow]) -> bool:
    temps = {round(t) for r in rows
             if r.property == "ionic_conductivity" and (t := r.number("temperature")) is not None}
    has = any(r.property == "ionic_conductivity" for r in rows)
    return has and len(temps) <= 1


def _rule_no_room_temperature_conductivity(rows: list[MeasurementRow]) -> bool:
    cond = [r for r in rows if r.property == "ionic_conductivity"]
    lo, hi = ROOM_TEMPERATURE_C
    return bool(cond) and not any(lo <= (r.number("temperature") or -999) <= hi for r in cond)


PROPERTY_RULES = (
    ("no_activation_energy", _rule_no_activation_energy,
     "dehydrogenation temperatures are reported but no activation energy"),
    ("no_cycling_beyond_10", _rule_no_long_cycling,
     "capacity is reported but never after more than 10 cycles"),
    ("conductivity_single_temperature", _rule_conductivity_one_temperature,
     "ionic conductivity is known at one temperature only (no Arrhenius behaviour)"),
    ("no_room_temperature_conductivity", _rule_no_room_temperature_conductivity,
     "no ionic conductivity measured near room temperature"),
)


def missing_property_gaps(systems: list[SystemRow], measurements: list[MeasurementRow]) -> list[Gap]:
    host_of = {s.id: s.host for s in systems}
    studied = set().union(*storage_hosts(systems, measurements).values())
    by_host: dict[str, list[MeasurementRow]] = defaultdict(list)
    for m in measurements:
        if m.system in host_of and m.experimental() and host_of[m.system] in studied:
            by_host[host_of[m.system]].append(m)
    gaps = []
    for host, rows in sorted(by_host.items()):
        n_systems = len({r.system for r in rows})
        for name, applies, text in PROPERTY_RULES:
            if applies(rows):
                gaps.append(Gap(kind="missing_property", host=host, facet="property", value=name,
                                description=f"{_formula(host)}: {text} ({n_systems} system(s), "
                                            f"{len(rows)} measurement(s))",
                                promise=round(log1p(n_systems) + log1p(len(rows)) * 0.5, 3),
                                evidence=[{"systems": n_systems, "measurements": len(rows)}]))
    return gaps


def unmeasured_property_gaps(systems: list[SystemRow], measurements: list[MeasurementRow],
                             prop: str) -> list[Gap]:
    """For a report on one property: each host of the report's scope the literature studies (for any
    application) that has no value of it at all. 'LiAlH4 × activation energy' with nothing reported is
    the widest gap there is, not 'no gaps'; the host's own values say what it was studied for."""
    host_of = {s.id: s.host for s in systems}
    studied = set().union(*storage_hosts(systems, measurements).values())
    measured: dict[str, list[MeasurementRow]] = defaultdict(list)
    for m in measurements:
        if m.system in host_of and m.experimental() and m.source_kind == "publication":
            measured[host_of[m.system]].append(m)
    label = label_of_prop(prop)
    gaps = []
    for host in sorted(studied):
        rows = measured.get(host, [])
        if any(r.property == prop for r in rows):
            continue
        n_systems = len({r.system for r in rows})
        gaps.append(Gap(kind="untried", host=host, facet="property", value=prop,
                        description=f"{_formula(host)}: no {label} reported in the literature of the graph; "
                                    f"its {n_systems} system(s) are studied for {_studied_for(rows)}",
                        promise=round(NO_DATA_FACTOR * log1p(n_systems), 3),
                        evidence=[{"systems": n_systems, "measurements": len(rows)}]))
    return gaps


SHOWN_PROPERTIES = 4     # the properties named for what a host was studied for (the most reported)


def _studied_for(rows: list[MeasurementRow]) -> str:
    """'anode, solid electrolyte (specific capacity, ionic conductivity, …)': the applications a
    host's values serve and its most reported properties."""
    vocab = vocabulary()
    apps = sorted({vocab.get(a).label if a in vocab else a
                   for r in rows for a in vocab.property(r.property).applications})
    counts = Counter(r.property for r in rows)
    props = sorted(counts, key=lambda k: (-counts[k], k))
    more = ", …" if len(props) > SHOWN_PROPERTIES else ""
    shown = ", ".join(label_of_prop(k) for k in props[:SHOWN_PROPERTIES]) + more
    return f"{', '.join(apps) or 'other values'} ({shown})"


def ranked_gaps(systems: list[SystemRow], measurements: list[MeasurementRow], limit: int = 60,
                unmeasured: Sequence[Gap] = (), keep: Callable[[Gap], bool] | None = None,
                apps: Applications | None = None) -> list[Gap]:
    """Every kind of gap, most promising first; ``keep`` picks the ones the report asks for (its host
    family) before the limit is applied; ``apps``: ``applications_of`` these rows, when the caller has it."""
    apps = applications_of(systems, measurements) if apps is None else apps
    gaps = strategy_gaps(systems, measurements, apps) + additive_class_gaps(systems, measurements, apps) \
        + missing_property_gaps(systems, measurements) + list(unmeasured)
    if keep is not None:
        gaps = [g for g in gaps if keep(g)]
    gaps.sort(key=lambda g: (-g.promise, g.host, g.value))
    return gaps[:limit]
