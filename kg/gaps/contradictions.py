"""Contradictions: the same system and property, under comparable conditions, with values from
different sources that disagree by more than the property's tolerance (from the ontology)."""
from __future__ import annotations

from collections import defaultdict

from ontology.vocabulary import vocabulary

from .facts import MeasurementRow, SystemRow
from .model import Contradiction

# Conditions are bucketed so that "300 °C" and "302 °C" compare but "30 °C" and "300 °C" do not.
BUCKETS = {"temperature": 10.0, "pressure": 0.5, "cycles": 1.0, "time": 5.0, "current_density": 50.0}


def _condition_key(conditions: dict[str, float]) -> tuple:
    return tuple(sorted((k, round(v / BUCKETS[k])) for k, v in conditions.items() if k in BUCKETS))


def _midpoint(m: MeasurementRow) -> float:
    return (m.value + m.value_max) / 2 if m.value_max is not None else m.value


def _tolerance(prop: str, values: list[float]) -> tuple[float, str]:
    term = vocabulary().property(prop)
    mean = sum(abs(v) for v in values) / len(values)
    allowed, text = [], []
    if term.tolerance is not None:
        allowed.append(term.tolerance)
        text.append(f"±{term.tolerance:g} {term.unit}")
    if term.rel_tolerance is not None:
        allowed.append(term.rel_tolerance * mean)
        text.append(f"±{term.rel_tolerance:.0%}")
    if not allowed:
        allowed, text = [0.1 * mean], ["±10%"]
    return max(allowed), " or ".join(text)


def find_contradictions(systems: list[SystemRow], measurements: list[MeasurementRow]) -> list[Contradiction]:
    name_of = {s.id: s.name for s in systems}
    groups: dict[tuple, list[MeasurementRow]] = defaultdict(list)
    for m in measurements:
        if m.theoretical or m.system not in name_of:
            continue
        groups[(m.system, m.property, m.baseline, _condition_key(m.conditions))].append(m)
    out = []
    for (system, prop, _baseline, _cond), rows in groups.items():
        provenance = {(r.source, tuple(r.refs)) for r in rows}
        if len(provenance) < 2:
            continue  # one paper reporting two values under one condition is not a contradiction
        values = [_midpoint(r) for r in rows]
        spread = max(values) - min(values)
        allowed, text = _tolerance(prop, values)
        if spread <= allowed:
            continue
        out.append(Contradiction(
            system=name_of[system], property=prop, unit=rows[0].unit, spread=round(spread, 4),
            tolerance=text,
            values=[{"value": r.value, "value_max": r.value_max, "source": r.source, "refs": r.refs,
                     "table": r.table, "row": r.row, "conditions": r.conditions} for r in rows]))
    out.sort(key=lambda c: (-c.spread / max(1e-9, abs(sum(v["value"] for v in c.values) / len(c.values))),
                            c.system))
    return out


def conflicts_as_contradictions(conflict_rows: list[dict]) -> list[Contradiction]:
    """Table-versus-prose conflicts recorded during extraction, shown beside value contradictions."""
    return [Contradiction(system=r.get("description", ""), property=r.get("kind", "conflict"), unit="",
                          values=[{"candidates": r.get("candidates", []), "chosen": r.get("chosen"),
                                   "source": r.get("source_id"), "table": r.get("tbl"),
                                   "row": r.get("row"), "refs": r.get("refs", [])}],
                          spread=0.0, tolerance="—", origin="table_vs_prose")
            for r in conflict_rows]
