"""Spreadsheets with one row per measurement (CSV, TSV, Excel) turned into lab entries.

A column maps to a *field* of the measurement row:

    entry, title, author, date, project      which entry the row belongs to (optional)
    sample, system                           the sample id and its material system notation
    property, value, value_max, unit         the measurement (property key or label)
    qualifier, technique, method, note
    condition:<key>                          a condition, its unit from the column header
                                             ('T (°C)' -> condition:temperature in °C) or written in
                                             each cell; a cell may hold a range ('2–4', '250-300 °C',
                                             '250 to 300 °C')
    value:<property>                         a column of values of one property, unit from the header
    ignore                                   not imported

Columns are mapped automatically by name (field names, and ontology labels of conditions and
properties), and ``--mapping col=field`` overrides; ``preview`` shows the mapping and the first rows
parsed, so a lab can check before anything is written.  Rows are grouped into entries (by the
``entry`` column, else one entry per file) and samples; every entry is validated with
``ingest.entries.entry`` and an error is reported as file, row and column.  Nothing is written unless every
row is valid (the caller stores the entries only after ``build_entries`` succeeded).
"""
from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.instruments.curve_formats import decode
from ingest.instruments.curves import split_header
from ontology.errors import UserError
from ontology.limits import MAX_TABLE_BYTES
from ontology.models import parse_condition_text
from ontology.quantities import plain_number
from ontology.units import UnitError, canonical_unit, parse_unit
from ontology.vocabulary import fold, vocabulary

from .entry import EntryValidationError, Issue, LabEntry, load_entry

ROW_FIELDS = ("entry", "title", "author", "date", "project", "sample", "system", "property", "value",
              "value_max", "unit", "qualifier", "technique", "method", "note", "ignore")
# Spellings of *our own* field names that spreadsheets use (not domain vocabulary).
_FIELD_ALIASES = {"sample id": "sample", "sample_id": "sample", "material": "system",
                  "composition": "system", "material system": "system", "min": "value",
                  "max": "value_max", "units": "unit", "experiment": "entry", "entry id": "entry",
                  "remarks": "note", "comment": "note", "notes": "note"}


class TableError(UserError, ValueError):
    """A table that cannot be imported: names the file, the row and the column."""


@dataclass
class Mapping:
    column: str
    field: str                    # one of ROW_FIELDS, 'condition:<key>' or 'value:<property>'
    unit: str | None = None       # from the header, for condition:/value: columns
    how: str = "auto"             # 'auto' or 'given'

    def describe(self) -> str:
        unit = f" [{self.unit}]" if self.unit else ""
        return f"{self.column!r:>28} -> {self.field}{unit} ({self.how})"


@dataclass
class Table:
    name: str
    columns: list[str]
    rows: list[dict[str, Any]]     # header -> cell (None for empty cells)


@dataclass
class ImportPlan:
    table: Table
    mapping: list[Mapping]
    entries: list[LabEntry] = field(default_factory=list)
    issues: list[str] = field(default_factory=list)   # 'file: row N, column C: message'


# ------------------------------------------------------------------------------------ reading
def read_table(path: str | Path, *, sheet: str | int | None = 0) -> Table:
    import pandas as pd

    path = Path(path)
    suffix = path.suffix.lower()
    if isinstance(sheet, str) and sheet.isdigit():
        sheet = int(sheet)
    _check_size(path, suffix)
    try:
        if suffix in (".xlsx", ".xlsm", ".xls"):
            df = pd.read_excel(path, sheet_name=sheet if sheet is not None else 0, dtype=object)
        elif suffix in (".csv", ".tsv", ".txt"):
            # as a spreadsheet wrote it: UTF-8 (with Excel's BOM), Excel's 'Unicode text' (UTF-16) or a
            # Windows 'CSV' (cp1252: 'Tonset (°C)' is b'\xb0C' there), which UTF-8 alone refused
            text = decode(path.read_bytes())
            if not text.strip():
                raise TableError(f"{path.name}: the file is empty; export the sheet with its header row and "
                                 "one row per measurement")
            df = pd.read_csv(io.StringIO(text), sep=None, engine="python", dtype=str, keep_default_na=False,
                             comment=None)
        else:
            raise TableError(f"{path.name}: unknown table type '{suffix}'; use .csv, .tsv or .xlsx")
    except TableError:
        raise
    except Exception as exc:  # pandas raises many types for unreadable files; all mean the same
        raise TableError(f"{path.name}: cannot read the table: {exc}") from None
    columns = [str(c).strip() for c in df.columns]
    if len(set(columns)) != len(columns):
        raise TableError(f"{path.name}: duplicate column names: {columns}")
    rows = []
    for rec in df.to_dict(orient="records"):
        rows.append({str(k).strip(): _cell(v) for k, v in rec.items()})
    if not rows:
        raise TableError(f"{path.name}: the table has a header but no rows")
    return Table(path.name, columns, rows)


def _check_size(path: Path, suffix: str) -> None:
    """Refuse a table over MAX_TABLE_BYTES before parsing it: for a workbook (a zip) the size of its
    unpacked parts, which its directory declares and the zip reader holds it to."""
    import zipfile

    try:
        size = path.stat().st_size
        if suffix in (".xlsx", ".xlsm") and zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                size = sum(info.file_size for info in zf.infolist())
    except (OSError, zipfile.BadZipFile):
        return                                   # the reader below says what is wrong with the file
    if size > MAX_TABLE_BYTES:
        raise TableError(f"{path.name}: {size:,} bytes of table (unpacked); the limit is {MAX_TABLE_BYTES:,}. "
                         "Split the table into several files, or keep only the columns to import")


def _cell(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if isinstance(v, str):
        v = v.strip()
        return v or None
    return v


def field_names() -> str:
    """Every field a column can map to, as shown by ``--help`` and by the mapping errors."""
    return ", ".join(f for f in ROW_FIELDS if f != "ignore") + ", condition:<key>, value:<property>, ignore"


# ------------------------------------------------------------------------------------ mapping
# Symbols spreadsheets write for a property with a subscript ('Tonset', 'T_peak', 'E_a', 'onset T'):
# the symbol letter stands for this word of the ontology's labels ('onset temperature').
_SYMBOL_WORDS = {"t": "temperature", "e": "energy", "δh": "enthalpy", "dh": "enthalpy"}
# common subscripts, spelled out as in the ontology's labels
_SUBSCRIPTS = {"on": "onset", "des": "desorption", "abs": "absorption", "dec": "decomposition",
               "max": "peak", "d": "dehydrogenation", "dehyd": "dehydrogenation",
               "hyd": "hydrogenation", "tr": "transition"}
_SYMBOL_FIRST = re.compile(r"^(?P<sym>[TE]|ΔH|dH)\s*[_.\-]?\s*[({\[]?\s*(?P<sub>[A-Za-z][A-Za-z ,\-]*?)\s*[)}\]]?$",
                           re.IGNORECASE)
_SYMBOL_LAST = re.compile(r"^(?P<sub>[A-Za-z][A-Za-z \-]*?)\s+(?P<sym>[TE])$", re.IGNORECASE)


def _property_spellings(name: str) -> list[str]:
    """The header name and the ontology-style spellings of a symbol with a subscript.

    'Tonset' / 'T_onset' / 'T(onset)' / 'onset T' -> 'onset temperature'; 'T_peak' -> 'peak
    temperature'; 'E_a' -> 'Ea'; 'Ea,des' -> 'Ea(des)'.  Only spellings the ontology knows map.
    """
    base = name.strip()
    out = [base, base.replace("_", " ")]
    m = _SYMBOL_FIRST.match(base) or _SYMBOL_LAST.match(base)
    if m:
        sym, sub = m.group("sym"), " ".join(m.group("sub").replace("-", " ").split())
        word = _SYMBOL_WORDS.get(sym.casefold())
        parts = [p.strip() for p in sub.replace(",", " ").split() if p.strip()]
        spelled = " ".join(_SUBSCRIPTS.get(p.casefold(), p) for p in parts)
        if word:
            out += [f"{spelled} {word}", f"{sub} {word}"]
        out += [f"{sym}{sub}", f"{sym}{parts[0]}" + (f"({' '.join(parts[1:])})" if len(parts) > 1 else "")]
    return list(dict.fromkeys(out))


def _lookup(kind: str, names: list[str]):
    vocab = vocabulary()
    for n in names:
        term = vocab.lookup(n, kind)
        if term is None:
            term = next((t for t in vocab.terms(kind) if t.key and fold(t.key) == fold(n.replace(" ", "_"))), None)
        if term is not None and term.key:
            return term
    return None


def _auto_field(column: str) -> tuple[str, str | None] | None:
    name, unit = split_header(column)
    key = fold(name).replace("_", " ")
    if unit is None:
        if key.replace(" ", "_") in ROW_FIELDS:
            return key.replace(" ", "_"), None
        if key in _FIELD_ALIASES:
            return _FIELD_ALIASES[key], None
    # A property named by a label, key or symbol ('Tonset (°C)', 'Ea (kJ/mol)') wins over the bare
    # condition its unit would suggest: the column holds that property's values in that unit.
    term = _lookup("Property", _property_spellings(name))
    if term is not None:
        return f"value:{term.key}", unit
    term = _lookup("Condition", [name, name.replace("_", " ")])
    if term is not None:
        return f"condition:{term.key}", unit
    if unit is not None:  # 'T (°C)', 'p (bar)': the one condition whose unit has this dimension
        return _condition_by_dimension(unit)
    return None


def _condition_by_dimension(unit: str) -> tuple[str, str] | None:
    try:
        dims = parse_unit(unit).dimensionality
    except UnitError:
        return None
    if not dims:  # dimensionless says nothing about which condition it is
        return None
    hits = [t.key for t in vocabulary().terms("Condition")
            if t.key and t.unit and parse_unit(t.unit).dimensionality == dims]
    if len(hits) > 1:   # 'p (bar)': pressure, which back-pressure and stacking pressure share a unit with
        hits = [k for k in hits if vocabulary().property(k).default_reading]
    return (f"condition:{hits[0]}", unit) if len(hits) == 1 else None


def plan_mapping(table: Table, given: dict[str, str] | None = None) -> list[Mapping]:
    """Mapping of every column: given ones first, the rest by name; unknown columns raise."""
    given = dict(given or {})
    unknown_given = [c for c in given if c not in table.columns]
    if unknown_given:
        raise TableError(f"{table.name}: --mapping names columns that are not in the table: "
                         f"{unknown_given}; columns are {table.columns}")
    out, unmapped = [], []
    for col in table.columns:
        if col in given:
            fld = given[col].strip()
            _, unit = split_header(col)
            _check_field(table.name, col, fld)
            out.append(Mapping(col, fld, unit if ":" in fld else None, "given"))
            continue
        auto = _auto_field(col)
        if auto is None:
            unmapped.append(col)
        else:
            out.append(Mapping(col, auto[0], auto[1]))
    if unmapped:
        raise TableError(f"{table.name}: cannot tell what column(s) {unmapped} hold; map them with "
                         f"--mapping 'COLUMN=FIELD' (fields: {field_names()}); --mapping 'COLUMN=ignore' "
                         "skips a column")
    fields = [m.field for m in out]
    dupes = sorted({f for f in fields if fields.count(f) > 1 and ":" not in f and f != "ignore"})
    if dupes:
        raise TableError(f"{table.name}: several columns map to {dupes}; keep one with --mapping")
    has_value = "value" in fields or any(f.startswith("value:") for f in fields)
    if not has_value:
        raise TableError(f"{table.name}: no value column; name one 'value' (with 'property' and 'unit' "
                         "columns) or give a property column with its unit, like 'hydrogen capacity (wt%)'")
    if "value" in fields and "property" not in fields:
        raise TableError(f"{table.name}: a 'value' column needs a 'property' column")
    if not ("system" in fields or "sample" in fields):
        raise TableError(f"{table.name}: no 'system' column (the material, e.g. 'MgH2–10 wt% Ni')")
    for m in out:
        # a condition column without a unit in its header is read cell by cell ('2–4 MPa'): a cell
        # without its unit is then reported on its row
        if m.field.startswith("value:") and m.unit is None:
            raise TableError(f"{table.name}: column '{m.column}' -> {m.field} needs a unit in its header, "
                             f"e.g. '{m.column} (°C)'")
        if m.unit:
            try:
                parse_unit(m.unit)
            except UnitError as exc:
                raise TableError(f"{table.name}: column '{m.column}': {exc}") from None
    return out


def _check_field(name: str, col: str, fld: str) -> None:
    vocab = vocabulary()
    if fld in ROW_FIELDS:
        return
    prefix, _, key = fld.partition(":")
    if prefix == "condition" and key in vocab.condition_keys():
        return
    if prefix == "value" and key in vocab.property_keys():
        return
    raise TableError(f"{name}: --mapping {col}={fld}: unknown field; use one of {field_names()} "
                     f"(condition keys: {', '.join(vocab.condition_keys())}; property keys: "
                     f"{', '.join(vocab.property_keys())})")


# ---------------------------------------------------------------------------- building entries
def build_entries(table: Table, mapping: list[Mapping], *, author: str | None = None,
                  title: str | None = None) -> ImportPlan:
    """Group rows into entries and validate them; ``plan.issues`` lists every problem by row/column."""
    plan = ImportPlan(table, mapping)
    by_field = {m.field: m for m in mapping}
    # (entry key) -> document, and where each measurement came from (for error messages)
    docs: dict[str, dict] = {}
    origin: dict[tuple[str, int, int], tuple[int, Mapping | None]] = {}
    for r, row in enumerate(table.rows, start=2):  # row 1 is the header
        def get(f, row=row):
            m = by_field.get(f)
            return row.get(m.column) if m else None

        ekey = str(get("entry") or "")
        doc = docs.setdefault(ekey, {
            "title": str(get("title") or title or (f"{table.name} {ekey}".strip())),
            "author": str(get("author") or author or ""),
            "samples": [], "tags": ["table-import"],
        })
        if get("date") and "created" not in doc:
            doc["created"] = str(get("date"))
        if get("project") and "project" not in doc:
            doc["project"] = str(get("project"))
        system = get("system")
        sid = str(get("sample") or system or "")
        samples = doc["samples"]
        s_index = next((i for i, s in enumerate(samples) if s["id"] == sid), None)
        if s_index is None:
            samples.append({"id": sid, "system": str(system) if system else sid, "measurements": []})
            s_index = len(samples) - 1
        elif system and samples[s_index]["system"] != str(system):
            plan.issues.append(f"{table.name}: row {r}, column '{by_field['system'].column}': sample "
                               f"'{sid}' was '{samples[s_index]['system']}' on an earlier row")
        conditions = {}
        for m in mapping:
            if m.field.startswith("condition:") and row.get(m.column) is not None:
                key = m.field.split(":", 1)[1]
                try:
                    conditions[key] = _condition_cell(key, row[m.column], m.unit)
                except ValueError as exc:
                    plan.issues.append(f"{table.name}: row {r}, column '{m.column}': {exc}")
        base = {k: get(k) for k in ("qualifier", "technique", "method", "note") if get(k) is not None}
        meas = samples[s_index]["measurements"]
        if "value" in by_field and get("value") is not None:
            item = {"property": str(get("property") or ""), "value": _num(get("value")),
                    "unit": str(get("unit") or ""), "conditions": conditions, **base}
            if get("value_max") is not None:
                item["value_max"] = _num(get("value_max"))
            origin[(ekey, s_index, len(meas))] = (r, by_field.get("value"))
            meas.append(item)
        for m in mapping:
            if m.field.startswith("value:") and row.get(m.column) is not None:
                origin[(ekey, s_index, len(meas))] = (r, m)
                meas.append({"property": m.field.split(":", 1)[1], "value": _num(row[m.column]),
                             "unit": m.unit, "conditions": conditions, **base})
    for ekey, doc in docs.items():
        try:
            plan.entries.append(load_entry(doc))
        except EntryValidationError as exc:
            for issue in exc.issues:
                if issue.severity == "error":
                    plan.issues.append(_locate(table, ekey, issue, origin, by_field))
    return plan


def _condition_cell(key: str, cell: Any, unit: str | None) -> dict[str, Any]:
    """A condition cell as the entry gives it: a number in the header's unit, or text with its unit or a
    range ('2–4', '250 to 300 °C'); raises ValueError saying how to write it."""
    number = _num(cell)
    if isinstance(number, (int, float)):
        if unit is None and key != "cycles":
            raise ValueError(f"{number:g} has no unit; put it in the column header, e.g. '{key} "
                             f"({canonical_unit(key)})', or in the cell")
        return {"value": number, "unit": unit or "1"}
    value = parse_condition_text(str(cell), unit)
    out: dict[str, Any] = {"value": value.value, "unit": value.unit}
    if value.value_max is not None:
        out["value_max"] = value.value_max
    return out


def _num(v: Any) -> Any:
    """Numbers as numbers (decimal commas accepted); anything else is left for validation to name."""
    if isinstance(v, (int, float)):
        return v
    t = str(v).strip().replace("\u2212", "-")
    # a comma read as a typed quantity's is ('1,5' is 1.5, '0,125' 0.125, '1,500' 1500, as '1,500 cycles' is)
    typed = plain_number(t)
    if typed is not None:
        return typed
    try:
        return float(t)
    except ValueError:
        return v


_PATH = re.compile(r"^samples\[(\d+)\](?:\.measurements\[(\d+)\](?:\.(\w+))?)?")


def _locate(table: Table, ekey: str, issue: Issue, origin, by_field) -> str:
    """'samples[0].measurements[2].unit' -> 'file: row 5, column 'Unit': …'."""
    m = _PATH.match(issue.path)
    entry = f" (entry '{ekey}')" if ekey else ""
    if m and m.group(2) is not None:
        row, col = origin.get((ekey, int(m.group(1)), int(m.group(2))), (None, None))
        fld = m.group(3)
        colmap = by_field.get(fld) if fld in ("property", "unit", "technique", "value_max") else None
        if fld == "conditions":
            cond = issue.path.split("conditions.", 1)[-1]
            colmap = by_field.get(f"condition:{cond}")
        column = (colmap or col)
        where = f"row {row}" + (f", column '{column.column}'" if column else "")
        return f"{table.name}{entry}: {where}: {issue.message}"
    if m:
        column = by_field.get("system") or by_field.get("sample")
        return f"{table.name}{entry}: column '{column.column if column else '?'}': {issue.message}"
    fld = by_field.get(issue.path.split(".")[0])
    hint = f" (column '{fld.column}')" if fld else (" (give it with --author)" if issue.path == "author" else "")
    return f"{table.name}{entry}: {issue.path}{hint}: {issue.message}"


def _show(v: Any) -> str:
    if not (isinstance(v, dict) and "value" in v):
        return str(v)
    upper = f"–{v['value_max']:g}" if v.get("value_max") is not None else ""
    return f"{v['value']:g}{upper} {v['unit']}"


def preview(plan: ImportPlan, rows: int = 5) -> str:
    """Human-readable mapping, first rows and problems: what an import would write."""
    lines = [f"{plan.table.name}: {len(plan.table.rows)} rows, {len(plan.table.columns)} columns", "mapping:"]
    lines += [f"  {m.describe()}" for m in plan.mapping]
    lines.append(f"entries: {len(plan.entries)}" + (" (some refused, see problems)" if plan.issues else ""))
    shown = 0
    for e in plan.entries:
        for s in e.samples:
            for m in s.measurements:
                if shown < rows:
                    cond = ", ".join(f"{k} = {_show(v)}" for k, v in m.conditions.items())
                    rng = f"–{m.value_max:g}" if m.value_max is not None else ""
                    lines.append(f"  {e.system(s.id).name:<28} {m.property:<36} {m.value:g}{rng} {m.unit}"
                                 + (f"  ({cond})" if cond else ""))
                shown += 1
    if plan.issues:
        lines.append(f"problems ({len(plan.issues)}):")
        lines += [f"  - {i}" for i in plan.issues]
    return "\n".join(lines)
