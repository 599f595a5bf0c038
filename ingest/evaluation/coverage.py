"""Table-cell coverage: how many numeric cells of a paper's tables became measurements (issue 3:
"≥ 95 % of numeric table cells become measurements").

Which cells count is decided by the column header, as ``ingest.extraction.tables.tables.columns`` reads it:

- counted — value columns: the header names an ontology Property ('Conductivity', 'ΔH', 'H2
  capacity', the pair 'Dehydrogenation temperature (onset/peak, °C)'), carries a unit, or is a
  quantity read per cell by its unit ('Hydrogenation performance', 'Cycling capacity');
- counted — condition columns: the header names an ontology Condition ('Temperature', 'Current
  density', 'Cycle');
- not counted: the Refs column (citations), the host / system / catalyst name columns (numbers
  there are formulas: 'Heated-400LiBH4', '75MgH2-25CoO') and amount columns ('Doping ratio
  (wt%)': a composition, part of the system's name).

Within a counted column a cell is *numeric* when it reads as numbers only: plain numbers, ranges
('125–160', '–35–150'), pairs and lists ('225/285', '-/317.5', '51/58/63/82', '110 390'), powers
of ten ('~10^-4', '4 × 10^-4'), T/E flags ('T75', 'E65'), quantities with units ('3 MPa 250 °C
6.6 wt%') and cycle ordinals ('(50th)'). A cell with words ('RT', a reaction equation) or without
a digit ('/', '-/-') is not numeric and is not counted.

The *values* of a cell are its numbers that give the column's quantity. Numbers whose unit makes
them conditions of that value (the '3 MPa 250 °C' before '6.6 wt%') and cycle ordinals are its
context, not values. A value cell is *covered* when every value of it is carried by an extracted
measurement of the same table and row whose evidence span lies inside the cell, of one of the
properties the header names (any property for a header read per cell by unit), with the value —
and value_max for a range — equal after conversion to the measurement's canonical unit. A
condition cell is covered when a measurement of its row carries its value under the column's
condition.

The cell reader here is deliberately independent of ``ingest.extraction.tables.tables``' own, so a value the
extractor misreads or drops shows up as uncovered instead of being counted by the same mistake.
Coverage is computed from rows of the public ``hkg extract --jsonl`` contract.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.documents.document import Document
from ingest.extraction.tables.tables import columns, rows
from ontology.formula import strip_markup
from ontology.units import is_compatible, to_canonical
from ontology.vocabulary import vocabulary

TARGET = 0.95
COUNTED_ROLES = {"property": "value", "condition": "condition"}

_NUM = r"[-–]?\d+(?:\.\d+)?"
_POW10 = re.compile(r"(?:(\d+(?:\.\d+)?)\s*[×x]\s*)?10\s*\^\s*\{?\s*([-–]?\d+)\s*\}?")
_ORDINAL = re.compile(r"\(\s*\d+\s*(?:st|nd|rd|th)\s*\)")
_UNIT = r"°\s?C|(?:wt|mol|at)\s?%|%|[A-Za-zµμ]+(?:\^?-?\d+)?(?:\s[A-Za-zµμ]+(?:\^?-?\d+)?)?"
_QTY = re.compile(rf"(?<![\w.])(?P<a>{_NUM})(?:\s*(?:to|–|-)\s*(?P<b>\d+(?:\.\d+)?))?\s*(?P<unit>{_UNIT})")
_FLAG = re.compile(r"(?<![A-Za-z])[TE](?=~?[-–]?\d)")
_RANGE = re.compile(rf"~?({_NUM})\s*[–-]\s*(\d+(?:\.\d+)?)")
_NUMBER = re.compile(rf"~?({_NUM})")


@dataclass
class NumericCell:
    table: str                  # 'Table 1'
    row: int                    # 1-based body row, as in the contract's source.row
    column: int                 # header column (after the row's realignment)
    header: str
    kind: str                   # 'value' | 'condition'
    keys: list[str]             # the column's property / condition keys (may be empty)
    text: str                   # the cell as the table shows it (markup stripped)
    start: int                  # offsets of the cell in the source text
    end: int
    values: list[tuple[float, float | None, str | None]] = field(default_factory=list)  # (value, max, unit)


def _number(text: str) -> float:
    return float(text.replace("–", "-"))


def _plain_pow10(m: re.Match) -> str:
    value = float(m.group(1) or 1) * 10 ** int(m.group(2).replace("–", "-"))
    return f"{value:.15f}".rstrip("0").rstrip(".")


def _unit_fits(unit: str, keys) -> str | None:
    for key in keys:
        try:
            if is_compatible(key, unit):
                return key
        except Exception:  # noqa: BLE001 - an unknown key or unit simply does not fit
            continue
    return None


def read_cell(text: str, kind: str, keys: list[str], unit: str | None):
    """The values of one cell of a counted column, or None when the cell is not numeric."""
    t = strip_markup(text).replace("−", "-").strip()
    if not re.search(r"\d", t):
        return None
    t = _POW10.sub(_plain_pow10, t)
    t = _ORDINAL.sub(" ", t)
    vocab = vocabulary()
    quantities, spans = [], []
    for m in _QTY.finditer(t):
        u = m.group("unit").strip()
        if u in ("to", "T", "E") or _unit_fits(u, list(keys) + vocab.property_keys() + vocab.condition_keys()) is None:
            continue
        b = m.group("b")
        quantities.append((_number(m.group("a")), float(b) if b else None, u))
        spans.append(m.span())
    rest = t
    for a, b in reversed(spans):
        rest = rest[:a] + " " + rest[b:]
    rest = _FLAG.sub("", rest)
    if re.search(r"[A-Za-z]", rest):
        return None
    values = []
    if quantities:
        # the quantity of the column is the value; quantities that are conditions are context
        # conditions with a dimension: a count ('cycles', unit 1) would claim every dimensionless
        # quantity, wt% included
        conditions = [k for k in vocab.condition_keys() if (vocab.property(k).unit or "1") != "1"]
        if keys and kind == "value":
            own = [q for q in quantities if _unit_fits(q[2], keys)]
        else:
            own = [q for q in quantities if _unit_fits(q[2], conditions) is None or kind == "condition"]
        values.extend(own or quantities[-1:])
    for slot in rest.split("/"):
        slot = slot.strip()
        if not slot or re.fullmatch(r"[-–~]+", slot):
            continue
        m = _RANGE.fullmatch(slot)
        if m:
            values.append((_number(m.group(1)), float(m.group(2)), unit))
            continue
        for word in slot.split():
            n = _NUMBER.fullmatch(word)
            if n is None:
                return None
            values.append((_number(n.group(1)), None, unit))
    return values or None


def numeric_cells(doc: Document) -> list[NumericCell]:
    """Every numeric cell of the counted columns of every table of ``doc`` (see the module doc)."""
    out = []
    for table in doc.tables:
        cols = columns(table)
        label = f"Table {table.number}"
        for view in rows(table, cols):
            for col in cols:
                kind = COUNTED_ROLES.get(col.role)
                at = view.cell_index.get(col.index)
                if kind is None or at is None or at >= len(view.row.cells):
                    continue
                cell = view.row.cells[at]
                values = read_cell(cell.text, kind, col.keys, col.unit)
                if values:
                    out.append(NumericCell(label, view.row.index, col.index, col.header, kind, list(col.keys),
                                           strip_markup(cell.text), cell.start, cell.end, values))
    return out


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= max(1e-9, 0.005 * abs(float(b)))


def _canonical(key: str, value: float | None, unit: str | None) -> float | None:
    if value is None or not unit:
        return value
    try:
        return to_canonical(key, value, unit)
    except Exception:  # noqa: BLE001 - a unit that does not fit: compare as written
        return value


def _value_covered(cell: NumericCell, value, rows: list[dict]) -> bool:
    v, vmax, unit = value
    for r in rows:
        s = r["source"]
        if s.get("start") is None or not (cell.start <= s["start"] and s["end"] <= cell.end):
            continue
        if cell.keys and r["property"] not in cell.keys:
            continue
        # a cell given at its text's unit (the row's ``note`` says so) is the cell, 10³ apart
        for scale in (1.0, 1e3, 1e-3) if r.get("note") else (1.0,):
            if _close(r["value"], _scaled(_canonical(r["property"], v, unit), scale)) and \
                    _close(r["value_max"], _scaled(_canonical(r["property"], vmax, unit), scale)):
                return True
    return False


def _scaled(value: float | None, scale: float) -> float | None:
    return None if value is None else value * scale


def _condition_covered(cell: NumericCell, value, rows: list[dict]) -> bool:
    v, _, unit = value
    for r in rows:
        for key in cell.keys:
            got = r["conditions"].get(key)
            if got is not None and _close(got, _canonical(key, v, unit)):
                return True
    return False


def coverage(doc: Document, rows: list[dict], target: float = TARGET) -> dict:
    """Coverage of ``doc``'s numeric table cells by ``rows`` (contract rows of its extraction)."""
    by_row: dict[tuple, list[dict]] = {}
    for r in rows:
        s = r["source"]
        if s.get("table") is not None:
            by_row.setdefault((s["table"], s["row"]), []).append(r)
    per: dict[str, dict] = {}
    uncovered = []
    for cell in numeric_cells(doc):
        mine = by_row.get((cell.table, cell.row), [])
        check = _value_covered if cell.kind == "value" else _condition_covered
        missing = [v for v in cell.values if not check(cell, v, mine)]
        t = per.setdefault(cell.table, {"cells": 0, "covered": 0, "value_cells": 0, "condition_cells": 0})
        t["cells"] += 1
        t[f"{cell.kind}_cells"] += 1
        if missing:
            uncovered.append({"table": cell.table, "row": cell.row, "column": cell.column, "header": cell.header,
                              "kind": cell.kind, "text": cell.text, "start": cell.start, "end": cell.end,
                              "missing": [[v, vmax] for v, vmax, _ in missing]})
        else:
            t["covered"] += 1
    for t in per.values():
        t["coverage"] = t["covered"] / t["cells"] if t["cells"] else None
    cells = sum(t["cells"] for t in per.values())
    covered = sum(t["covered"] for t in per.values())
    return {"cells": cells, "covered": covered, "coverage": covered / cells if cells else None,
            "target": target, "per_table": dict(sorted(per.items(), key=lambda kv: _table_number(kv[0]))),
            "uncovered": uncovered}


def _table_number(label: str) -> int:
    m = re.search(r"\d+", label)
    return int(m.group(0)) if m else 0
