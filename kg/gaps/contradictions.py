"""Contradictions: the same system and property, under comparable conditions, with values from
different sources that disagree by more than the property's tolerance (from the ontology)."""
from __future__ import annotations

from collections import defaultdict

from ingest.table_units import KIND as TABLE_UNIT
from ontology.vocabulary import vocabulary

from .facts import MeasurementRow, SystemRow, place_of
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
        table_and_text = _table_and_text(rows)
        if len(provenance) < 2 and not table_and_text:
            continue  # one paper reporting two values under one condition is not a contradiction
        values = [_midpoint(r) for r in rows]
        spread = max(values) - min(values)
        allowed, text = _tolerance(prop, values)
        if spread <= allowed:
            continue
        out.append(Contradiction(
            system=name_of[system], property=prop, unit=rows[0].unit, spread=round(spread, 4),
            tolerance=text, origin="table_vs_text" if table_and_text else "values",
            values=[_value(r) for r in rows]))
    out += probable_unit_errors(name_of, measurements)
    out.sort(key=lambda c: (-c.spread / max(1e-9, abs(sum(v["value"] for v in c.values) / len(c.values))),
                            c.system))
    return out


def _value(r: MeasurementRow) -> dict:
    return {"value": r.value, "value_max": r.value_max, "source": r.source, "refs": r.refs,
            "table": r.table, "row": r.row, "conditions": r.conditions, **place_of(r)}


def _table_and_text(rows: list[MeasurementRow]) -> bool:
    """The same source gives the value in a table and in its text (and they disagree, checked after)."""
    by_source: dict[str, set[bool]] = defaultdict(set)
    for r in rows:
        by_source[r.source].add(r.table is not None)
    return any(kinds == {True, False} for kinds in by_source.values())


UNIT_SLIP = (10 ** 2.7, 10 ** 3.3)    # a ratio this close to 1000 reads as a milli/kilo slip


def probable_unit_errors(name_of: dict[str, str], measurements: list[MeasurementRow]) -> list[Contradiction]:
    """Values of one system and property about 10³ apart (whatever their conditions): far more often a
    unit slip (S/cm read as mS/cm, J as kJ) than chemistry."""
    groups: dict[tuple, list[MeasurementRow]] = defaultdict(list)
    for m in measurements:
        if not m.theoretical and m.system in name_of and m.value > 0:
            groups[(m.system, m.property)].append(m)
    out = []
    for (system, prop), rows in groups.items():
        rows = sorted(rows, key=lambda r: r.value)
        lo, hi = rows[0], rows[-1]
        if UNIT_SLIP[0] <= hi.value / lo.value <= UNIT_SLIP[1]:
            out.append(Contradiction(system=name_of[system], property=prop, unit=lo.unit,
                                     spread=round(hi.value - lo.value, 6),
                                     tolerance=f"×{hi.value / lo.value:.0f}: a factor of 10³",
                                     origin="probable_unit_error", values=[_value(lo), _value(hi)]))
    return out


def conflicts_as_contradictions(conflict_rows: list[dict]) -> list[Contradiction]:
    """Table-versus-prose conflicts recorded during extraction or load, shown beside value
    contradictions; a table cell rescaled to its text's unit is listed as that correction."""
    return [Contradiction(system=r.get("description", ""), property=r.get("kind", "conflict"), unit="",
                          values=[{"candidates": r.get("candidates", []), "chosen": r.get("chosen"),
                                   "source": r.get("source_id"), "table": r.get("tbl"),
                                   "row": r.get("row"), "refs": r.get("refs", [])}],
                          spread=0.0, tolerance="—",
                          origin="table_unit_corrected" if r.get("kind") == TABLE_UNIT else "table_vs_prose")
            for r in conflict_rows]
