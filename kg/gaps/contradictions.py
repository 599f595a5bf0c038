"""Contradictions: the same system and property, under comparable conditions, with values from
different sources that disagree by more than the property's tolerance (from the ontology).

Comparable conditions are the ontology's (``ontology.comparability``): a conductivity at 25 °C and one
at 60 °C, or a Kissinger and a JMAK activation energy, are different measurements, not a conflict; a
heating rate that differs or is not stated is named as a caveat of the contradiction. A conductivity of
Li+ and one of Mg2+, or a capacity in a liquid-electrolyte cell and one in an all-solid-state cell, are
never in conflict: values set apart by such a categorical condition are named as caveats of the
contradiction they were kept out of."""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from ingest.extraction.tables.table_units import KIND as TABLE_UNIT
from ontology.comparability import (
    categorical_conditions,
    categorical_difference,
    categorical_one_sided,
    compare_conditions,
    compare_signatures,
    signature,
)
from ontology.units import number_text, range_text
from ontology.vocabulary import vocabulary

from .facts import MeasurementRow, SystemRow, place_of
from .model import Contradiction


def _comparable_groups(rows: list[MeasurementRow]) -> list[tuple[list[MeasurementRow], list[str]]]:
    """Rows split into groups whose members are pairwise comparable (each row joins the first group
    it compares with entirely), with the caveats that remain inside each group. A row is checked
    against the distinct conditions of a group's members, not each member (a lab's thousands of
    values on one system share a few conditions)."""
    groups: list[tuple[list[MeasurementRow], list[str], set[tuple[Any, ...]]]] = []
    for r in sorted(rows, key=lambda r: (r.value, r.id)):
        mine = signature(r.settings(), r.method)
        for members, caveats, seen in groups:
            checks = [compare_signatures(r.property, mine, theirs) for theirs in seen]
            if all(c.comparable for c in checks):
                members.append(r)
                seen.add(mine)
                caveats.extend(c for check in checks for c in check.caveats if c not in caveats)
                break
        else:
            groups.append(([r], [], {mine}))
    return [(members, caveats) for members, caveats, _ in groups]


def _set_apart(rows: list[MeasurementRow], same: list[MeasurementRow]) -> list[str]:
    """Values of the same system and property kept out of a group because they name another conducting
    ion or cell type than a member: '0.001 mS/cm set apart (conducting ion Li+ vs Mg2+)'. Only values
    that state one are looked at (a lab with thousands of plain values stays linear)."""
    stated = [r for r in rows if categorical_conditions(r.conditions)]
    if not stated:
        return []
    out = []
    members = {r.id for r in rows}
    for other in same:
        if other.id in members or not categorical_conditions(other.conditions):
            continue
        differs = next((d for r in stated if (d := categorical_difference(r.conditions, other.conditions))), None)
        if differs:
            out.append(f"{range_text(other.value, other.value_max)} {other.unit} set apart, not a conflict ({differs})")
    return out


def _midpoint(m: MeasurementRow) -> float:
    return (m.value + m.value_max) / 2 if m.value_max is not None else m.value


def _tolerance(prop: str, values: list[float]) -> tuple[float, str]:
    term = vocabulary().property(prop)
    mean = sum(abs(v) for v in values) / len(values)
    allowed, text = [], []
    if term.tolerance is not None:
        allowed.append(term.tolerance)
        text.append(f"±{number_text(term.tolerance)} {term.unit}")
    if term.rel_tolerance is not None:
        allowed.append(term.rel_tolerance * mean)
        text.append(f"±{term.rel_tolerance:.0%}")
    if not allowed:
        allowed, text = [0.1 * mean], ["±10%"]
    return max(allowed), " or ".join(text)


def _study(m: MeasurementRow) -> tuple[Any, ...]:
    """What else must be shared before two values can disagree: for a size or thickness the route sets
    (ontology: hkg:setByPreparation), the study (source and cited references): 4 nm particles from
    one synthesis and 500 nm rods from another are two samples, not a conflict."""
    if not vocabulary().property(m.property).by_preparation:
        return ()
    return (m.source, tuple(sorted(m.refs)))


# why reference values of one host disagree: each study's own unmodified sample, made its own way
REFERENCE_CAVEAT = ("all are reference values (the unmodified host each study compares with): as-received, "
                    "milled or annealed samples differ between studies")
# why calculated values of one system disagree (they are never set against measured ones)
CALCULATED_CAVEAT = ("all are calculated values (DFT, first principles): functionals, structures and "
                     "corrections differ between studies")


def find_contradictions(systems: list[SystemRow], measurements: list[MeasurementRow]) -> list[Contradiction]:
    name_of = {s.id: s.name for s in systems}
    by_system: dict[tuple[Any, ...], list[MeasurementRow]] = defaultdict(list)
    for m in measurements:
        if m.theoretical or m.system not in name_of:
            continue
        # a calculated (DFT) value is set only against calculated ones: a computation that differs from an
        # experiment is no contradiction of the experiment
        by_system[(m.system, m.property, m.baseline, m.calculated, *_study(m))].append(m)
    groups = [((key[0], key[1]), rows, caveats + _set_apart(rows, same))
              for key, same in by_system.items() for rows, caveats in _comparable_groups(same)]
    out = []
    for (system, prop), rows, caveats in groups:
        provenance = {(r.source, tuple(r.refs)) for r in rows}
        table_and_text = _table_and_text(rows)
        if len(provenance) < 2 and not table_and_text:
            continue  # one paper reporting two values under one condition is not a contradiction
        values = [_midpoint(r) for r in rows]
        spread = max(values) - min(values)
        allowed, text = _tolerance(prop, values)
        if spread <= allowed:
            continue
        if rows[0].baseline:      # grouped by baseline: all are, or none is
            caveats = [*caveats, REFERENCE_CAVEAT]
        if rows[0].calculated:    # grouped by calculated too
            caveats = [*caveats, CALCULATED_CAVEAT]
        out.append(Contradiction(
            system=name_of[system], property=prop, unit=rows[0].unit, spread=round(spread, 4),
            tolerance=text, origin="table_vs_text" if table_and_text else "values",
            values=[_value(r) for r in rows], caveats=caveats))
    seen = {(c.system, c.property, tuple(sorted(v["measurement"] for v in c.values))) for c in out}
    out += [c for c in table_text_disagreements(name_of, measurements)
            if (c.system, c.property, tuple(sorted(v["measurement"] for v in c.values))) not in seen]
    out += probable_unit_errors(name_of, measurements)
    out.sort(key=lambda c: (-c.spread / max(1e-9, abs(sum(v["value"] for v in c.values) / len(c.values))),
                            c.system))
    return out


def _value(r: MeasurementRow) -> dict[str, Any]:
    return {"value": r.value, "value_max": r.value_max, "source": r.source, "refs": r.refs,
            "table": r.table, "row": r.row, "conditions": r.conditions, "condition_max": r.condition_max,
            "method": r.method, **place_of(r)}


def _table_and_text(rows: list[MeasurementRow]) -> bool:
    """The same source gives the value in a table and in its text (and they disagree, checked after)."""
    by_source: dict[str, set[bool]] = defaultdict(set)
    for r in rows:
        by_source[r.source].add(r.table is not None)
    return any(kinds == {True, False} for kinds in by_source.values())


def table_text_disagreements(name_of: dict[str, str], measurements: list[MeasurementRow]) -> list[Contradiction]:
    """A source's table and its own text on one system and property that disagree beyond tolerance:
    the same sample, so a condition the sentence leaves out (the table's 'RT') is a caveat, not a
    reason to look away; a reference flag one of them carries does not split them either."""
    groups: dict[tuple[Any, ...], list[MeasurementRow]] = defaultdict(list)
    for m in measurements:
        if not m.theoretical and m.system in name_of:
            groups[(m.system, m.property, m.source, m.calculated, *_study(m))].append(m)
    out = []
    for (system, prop, *_), rows in groups.items():
        for cell in (r for r in rows if r.table is not None):
            # one row per table cell: the cell and every sentence of the source that reads otherwise
            texts, caveats = [], []
            for text in (r for r in rows if r.table is None):
                check = compare_conditions(prop, cell.settings(), text.settings(), method_a=cell.method,
                                           method_b=text.method, same_sample=True)
                allowed, _ = _tolerance(prop, [_midpoint(cell), _midpoint(text)])
                if check.comparable and abs(_midpoint(cell) - _midpoint(text)) > allowed:
                    texts.append(text)
                    caveats += [c for c in check.caveats if c not in caveats]
            if texts:
                values = [_midpoint(r) for r in (cell, *texts)]
                out.append(Contradiction(system=name_of[system], property=prop, unit=cell.unit,
                                         spread=round(max(values) - min(values), 4),
                                         tolerance=_tolerance(prop, values)[1], origin="table_vs_text",
                                         values=[_value(r) for r in (cell, *texts)], caveats=caveats))
    return out


UNIT_SLIP = (10 ** 2.7, 10 ** 3.3)    # a ratio this close to 1000 reads as a milli/kilo slip


def probable_unit_errors(name_of: dict[str, str], measurements: list[MeasurementRow]) -> list[Contradiction]:
    """Values of one system and property about 10³ apart (whatever their numeric conditions): far more
    often a unit slip (S/cm read as mS/cm, J as kJ) than chemistry. Values naming another conducting
    ion or cell type are different measurements (a Mg2+ conductivity may well be 10³ below a Li+ one),
    so they are never paired."""
    groups: dict[tuple[Any, ...], list[MeasurementRow]] = defaultdict(list)
    for m in measurements:
        if not m.theoretical and m.system in name_of and m.value > 0:
            groups[(m.system, m.property, m.calculated)].append(m)
    out = []
    for (system, prop, _), same in groups.items():
        for rows in _categorical_groups(same):
            out += _unit_slip(name_of[system], prop, rows)
    return out


def _categorical_groups(rows: list[MeasurementRow]) -> list[list[MeasurementRow]]:
    """Rows split so that no two in a group name different conducting ions or cell types (a row that
    names none joins the first group). Each group keeps the terms its members state, so a row is
    checked against those, not against every member."""
    groups: list[tuple[list[MeasurementRow], dict[str, str]]] = []
    for r in sorted(rows, key=lambda r: (r.value, r.id)):
        mine = categorical_conditions(r.conditions)
        for members, terms in groups:
            if all(terms.get(k, v) == v for k, v in mine.items()):
                members.append(r)
                terms.update(mine)
                break
        else:
            groups.append(([r], dict(mine)))
    return [members for members, _ in groups]


def _unit_slip(system: str, prop: str, rows: list[MeasurementRow]) -> list[Contradiction]:
    """The lowest and the highest value of a group, when they are about 10³ apart."""
    lo, hi = min(rows, key=lambda r: r.value), max(rows, key=lambda r: r.value)
    if not UNIT_SLIP[0] <= hi.value / lo.value <= UNIT_SLIP[1]:
        return []
    return [Contradiction(system=system, property=prop, unit=lo.unit, spread=round(hi.value - lo.value, 6),
                          tolerance=f"×{hi.value / lo.value:.0f}: a factor of 10³", origin="probable_unit_error",
                          values=[_value(lo), _value(hi)],
                          caveats=categorical_one_sided(lo.conditions, hi.conditions))]


def conflicts_as_contradictions(conflict_rows: list[dict[str, Any]]) -> list[Contradiction]:
    """Table-versus-prose conflicts recorded during extraction or load, shown beside value
    contradictions; a table cell rescaled to its text's unit is listed as that correction."""
    return [Contradiction(system=r.get("description", ""), property=r.get("kind", "conflict"), unit="",
                          values=[{"candidates": r.get("candidates", []), "chosen": r.get("chosen"),
                                   "source": r.get("source_id"), "table": r.get("tbl"),
                                   "row": r.get("row"), "refs": r.get("refs", [])}],
                          spread=0.0, tolerance="—",
                          origin="table_unit_corrected" if r.get("kind") == TABLE_UNIT else "table_vs_prose")
            for r in conflict_rows]
