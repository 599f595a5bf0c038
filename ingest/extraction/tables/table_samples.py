"""A table row whose name does not spell its sample out, named by the prose that gives its value.

A review's table writes a sample short: letters its authors never define ('MH@HyC', 'MHG@MBH': the
initials of MgH2 and graphene), or a class with the members it tried ('LiBH4/oxide (SiO2, CaO, MgO and
ZrO2)': one value for the series). Where the document's own prose gives the same value of the same
property, in the same unit and state, on a sample that holds every part the row reads and whose other
parts are what the row leaves unread — the letters are their initials, or a member the row lists — the
row is that sample: the reader of the paper sees it there. The row keeps its text as written; its name
and identity are the prose sample's, so both are one sample in the graph. A row named exactly as one
so resolved, elsewhere in the document's tables, is that sample too (one name, one sample in a
document). With no such prose value, or two that disagree, the row stays as it was read: its unread
letters kept in its name, never a guessed material.
"""
from __future__ import annotations

import math
import re

from ontology.formula import is_numeric_formula, strip_markup
from ontology.models import Component, GraphBatch, MaterialSystem, Measurement
from ontology.strategy_rules import application_of, composition_strategies

from .table_units import same_state


def _unread(system: MaterialSystem) -> list[str]:
    """The parts of a row's name the reader could not read: letters kept as written (a host the ontology lacks
    written in capitals alone is letters too, 'CBH', though C, B and H are elements)."""
    parts = list(system.unresolved)
    host = system.host.formula
    if system.host.term is None and (not is_numeric_formula(host) or re.fullmatch(r"[A-Z]{2,}", host)):
        parts.append(host)
    return parts


def _initials(c: Component) -> str:
    """The letters a short name writes a component by: a formula's capitals (MgH2 'MH', Mg(BH4)2 'MBH'),
    a name's word initials (graphene 'G', reduced graphene oxide 'RGO')."""
    if is_numeric_formula(c.formula):
        return "".join(re.findall(r"[A-Z]", c.formula))
    return "".join(w[0] for w in re.split(r"[\s\-]+", c.formula) if w).upper()


def _letters(parts: list[str]) -> list[str]:
    return sorted("".join(re.findall(r"[A-Za-z]", "".join(parts))).upper())


def _written(formula: str, name: str) -> bool:
    return re.search(rf"(?<![A-Za-z0-9]){re.escape(formula)}(?![a-z0-9])", name) is not None


def _listed(system: MaterialSystem) -> list[str]:
    """Formulas the row's name writes that no component of its reading holds (the members of a class the
    row lists, 'oxide (SiO2, CaO …)')."""
    held = {c.formula for c in system.components}
    name = strip_markup(system.text or system.name)
    return [t for t in re.findall(r"[A-Z][A-Za-z0-9()]*", name) if t not in held and is_numeric_formula(t)]


def _fits(row: MaterialSystem, prose: MaterialSystem) -> bool:
    """The prose sample holds every part the row reads, and what else it holds is what the row leaves
    unread: each one a formula the row's name writes, or, all together, the initials its letters are."""
    unread = _unread(row)
    row_parts = {c.formula for c in row.components
                 if c.formula not in unread and (c.term is not None or is_numeric_formula(c.formula))}
    have = {c.formula for c in prose.components}
    if not row_parts <= have or prose.host.formula not in have:
        return False
    name = strip_markup(row.text or row.name)
    extra = [c for c in prose.components if c.formula not in row_parts and not _written(c.formula, name)]
    unread = [u for u in unread if re.fullmatch(r"[A-Za-z]+", u)]   # (letters, not a phrase)
    if not unread:
        return not extra and len(prose.components) > len(row_parts)
    return bool(extra) and _letters(unread) == sorted("".join(_initials(c) for c in extra))


def _open(m: Measurement) -> bool:
    """A table row whose name leaves part of its sample unread or lists members it does not pick."""
    return bool(m.source.table) and bool(_unread(m.system) or _listed(m.system))


def _same_value(a: Measurement, b: Measurement) -> bool:
    return (a.property == b.property and a.unit == b.unit and math.isclose(a.value, b.value, rel_tol=1e-6)
            and (a.value_max is None) == (b.value_max is None)
            and (a.value_max is None or math.isclose(a.value_max, b.value_max or 0.0, rel_tol=1e-6))
            and same_state(a, b))


def _named(row: MaterialSystem, prose: MaterialSystem) -> MaterialSystem:
    # (its text as the row writes it; its name, and so its identity and the roles read from it, the prose's)
    return prose.model_copy(update={"text": row.text})


def rows_named_by_prose(batch: GraphBatch) -> GraphBatch:
    """``batch`` with each open table row (see the module) given the sample the prose names for its value
    (its roles as the prose's, read for their application), and its system report with it."""
    prose = [m for m in batch.measurements if not m.source.table]
    found: dict[str, MaterialSystem] = {}
    for m in batch.measurements:
        if not _open(m) or m.system.name in found:
            continue
        fits = {p.system.key or p.system.name: p.system for p in prose
                if _same_value(m, p) and _fits(m.system, p.system)}
        if len(fits) == 1:
            found[m.system.name] = _named(m.system, next(iter(fits.values())))
    if not found:
        return batch
    batch.measurements = [m.model_copy(update={"system": found[m.system.name]})
                          if m.source.table and m.system.name in found else m for m in batch.measurements]
    measured: dict[tuple, set[str]] = {}
    for m in batch.measurements:
        measured.setdefault((m.source.table, m.source.row), set()).add(m.property)
    batch.reports = [_report(r, found[r.system.name], measured.get((r.source.table, r.source.row), set()))
                     if r.source.table and r.system.name in found else r for r in batch.reports]
    return batch


def _report(r, system: MaterialSystem, properties: set[str]):
    # (the row's strategies: what its system now is, for what it was measured as, as the table reader sets them)
    return r.model_copy(update={"system": system,
                                "strategies": composition_strategies(system, application_of(properties))})
