"""A table cell whose unit slipped by 10³ against the source's own text.

Review tables give a unit once, in the column header ("Conductivity [mS cm⁻¹]"), and a cell may
still carry a value written in another unit ("~10⁻⁴" meant in S/cm). The text states each value with
its unit beside it, so when a source gives one system's property in a table and in its prose about
10³ apart (and nothing in the prose agrees with the table), the text's unit wins: the table record
is stored at the text's scale and a ``Conflict`` says what was changed and why. Nothing is dropped:
the note names both readings, and a curator can still correct the fact (decisions apply after this).
"""
from __future__ import annotations

import math
from collections import defaultdict

from ontology.models import Conflict, GraphBatch, Measurement
from ontology.vocabulary import vocabulary

KIND = "table_unit_vs_text"
SLIP = 3.0                  # decades between a milli- and a base unit (mS/cm vs S/cm, J vs kJ)
SLIP_WINDOW = 0.3           # ± decades: the text's value and the rescaled cell agree within ×2
AGREE = 0.1                 # decades: a prose value this close to the cell confirms the cell as it is
TEMPERATURE_WINDOW = 10.0   # °C: a table row at RT and a text value at 30 °C speak of one state


def _measured(m: Measurement) -> bool:
    return not (m.theoretical or m.calculated) and m.value > 0


def same_state(a: Measurement, b: Measurement) -> bool:
    """Conditions both records state do not separate them (a conductivity at 25 °C and at 120 °C may
    well be 10³ apart); a condition only one states is not evidence either way."""
    for key in set(a.conditions) & set(b.conditions):
        x, y = a.conditions[key], b.conditions[key]
        if key == "temperature":
            if abs(x - y) > TEMPERATURE_WINDOW:
                return False
        elif not math.isclose(x, y, rel_tol=0.1):
            return False
    return True


def _decades(cell: Measurement, text: Measurement) -> float:
    return math.log10(text.value / cell.value)


def _slip(cell: Measurement, prose: list[Measurement]) -> tuple[int, Measurement] | None:
    """(power of ten, the prose record) when the text reads the cell 10³ (or 10⁻³) off, else None."""
    comparable = [p for p in prose if same_state(cell, p)]
    if not comparable or any(abs(_decades(cell, p)) <= AGREE for p in comparable):
        return None
    slips = [p for p in comparable if abs(abs(_decades(cell, p)) - SLIP) <= SLIP_WINDOW]
    if not slips:
        return None
    nearest = min(slips, key=lambda p: abs(abs(_decades(cell, p)) - SLIP))
    return (3 if _decades(cell, nearest) > 0 else -3), nearest


def _where(m: Measurement) -> str:
    s = m.source
    if s.table:
        return f"{s.table} row {s.row}" if s.row is not None else s.table
    return f"§{s.section}" if s.section else "the text"


def reconcile_table_units(batch: GraphBatch) -> GraphBatch:
    """The batch with every table value that its own source's text reads 10³ off rescaled to the
    text's unit, plus one ``Conflict`` note per rescaled value (the batch given is not changed)."""
    prose: dict[tuple, list[Measurement]] = defaultdict(list)
    for m in batch.measurements:
        if m.source.table is None and _measured(m):
            prose[(m.source.source_id, m.system.id, m.property)].append(m)
    measurements, notes = [], []
    for m in batch.measurements:
        found = (_slip(m, prose.get((m.source.source_id, m.system.id, m.property), []))
                 if m.source.table is not None and _measured(m) else None)
        if found is None:
            measurements.append(m)
            continue
        power, text = found
        scale = 10.0 ** power
        fixed = m.model_copy(update={"value": float(f"{m.value * scale:.12g}"), "value_max": (
            None if m.value_max is None else float(f"{m.value_max * scale:.12g}"))})
        measurements.append(fixed)
        notes.append(Conflict(
            kind=KIND, source=m.source, chosen=f"{fixed.value:g} {m.unit}",
            candidates=[f"{m.value:g} {m.unit} (table)", f"{text.value:g} {text.unit} (text, {_where(text)})"],
            description=(f"{_where(m)} ({m.system.name}): {property_name(m.property)} {m.value:g} {m.unit} "
                         f"in the table is "
                         f"10{'³' if power > 0 else '⁻³'}× off the text's {text.value:g} {text.unit} "
                         f"({_where(text)}), which states its unit; stored as {fixed.value:g} {m.unit}")))
    if not notes:
        return batch
    return batch.model_copy(update={"measurements": measurements, "conflicts": [*batch.conflicts, *notes]})


def property_name(key: str) -> str:
    """The property's name as people write it (the note is read on pages and in reports)."""
    term = vocabulary().property(key)
    return term.label if term is not None else key
