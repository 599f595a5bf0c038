"""NETZSCH Proteus ASCII export (STA / TG / DSC / MS) -> ``Curve``.

The layout Proteus writes: ``#KEY:VALUE`` lines (``#EXPORTTYPE:DATA ALL``, ``#INSTRUMENT:NETZSCH STA 449F3``,
``#SEPARATOR:SEMICOLON``, ``#DECIMAL:POINT``, ``#EXO:-1``, ``#SAMPLE:…``, ``#SAMPLE MASS /mg:22.160``,
``#RANGE:30,0°C/5,0(K/min)/500,0°C``, ``#SEGMENT:S2/3``), then the column row starting with ``##``:
``##Temp./°C;Time/min;DSC/(mW/mg);Mass/%;Gas Flow(purge1)/(ml/min);Sensit./(uV/mW);Segment``.  The
unit follows the last '/' outside parentheses.  Some exports separate with ',' (``#EXPORTTYPE:,DATA ALL,,``)
and the header may keep a decimal comma ('5,0(K/min)') even when the data use a point.

Roles: 'Temp.' temperature, 'Time' time, 'Mass/%' mass fraction (% of the initial mass, read as wt%),
the H2 ion current of the mass spectrometer ('QMID(s:1|m:2)/A') or else the DSC heat flow the
signal a TPD reads.  The heating rate comes from the #RANGE segment.
"""
from __future__ import annotations

import csv
import io
import re

from .curves import Column, Curve, CurveError, decimal_comma, endotherm_up, numeric_column, readable_unit, role_unit

_RANGE = re.compile(r"(-?[\d.,]+)\s*°?C\s*/\s*([\d.,]+)\s*\(K/min\)\s*/\s*(-?[\d.,]+)\s*°?C")
_KEY = re.compile(r"^#([A-Z][A-Za-z0-9 ./()µ-]*?)\s*:\s*[,;]?\s*(.*?)[,;\s]*$")


def looks_like(text: str) -> bool:
    head = text.lstrip("\ufeff")[:20000]
    return "\n##" in "\n" + head and any(k in head for k in ("#EXPORTTYPE", "#INSTRUMENT:NETZSCH", "##Temp."))


def read(text: str, name: str) -> Curve:
    lines = text.lstrip("\ufeff").splitlines()
    at = next((i for i, line in enumerate(lines) if line.startswith("##")), None)
    if at is None:
        raise CurveError(name, "a NETZSCH export needs its column row starting with '##' "
                               "(e.g. '##Temp./°C;Time/min;DSC/(mW/mg);Mass/%'); export 'DATA ALL' as ASCII")
    meta = _meta(lines[:at])
    delimiter = _delimiter(meta, lines[at])
    headers = [h.strip() for h in next(csv.reader([lines[at][2:]], delimiter=delimiter))]
    while headers and not headers[-1]:
        headers.pop()
    table = csv.reader(io.StringIO("\n".join(lines[at + 1:])), delimiter=delimiter)
    rows = [r for r in table if any(c.strip() for c in r)]
    if len(rows) < 2:
        raise CurveError(name, "the NETZSCH export has no data rows under its '##' column row")
    comma = decimal_comma(rows, delimiter=delimiter, declared=meta.get("decimal", ""))
    columns = [_column(name, k, h, rows, comma) for k, h in enumerate(headers)]
    curve = Curve(name, columns, meta)
    _heating_segment(curve)
    _choose_signal(curve)
    return curve


def _meta(header: list[str]) -> dict[str, str]:
    meta: dict[str, str] = {"instrument_format": "NETZSCH Proteus ASCII"}
    for line in header:
        m = _KEY.match(line.strip())
        if not m:
            continue
        key, value = m.group(1).strip(), m.group(2).strip()
        if key == "RANGE":
            r = _RANGE.search(value)
            if r and "heating_rate" not in meta:
                start, rate, end = (float(g.replace(",", ".")) for g in r.groups())
                if end > start:            # the first heating segment gives the TPD's heating rate
                    meta["heating_rate"] = f"{rate:g} K/min"
            meta.setdefault("range", value)
        elif key.startswith("SAMPLE MASS"):
            meta["sample_mass"] = f"{value.replace(',', '.')} mg"
        else:
            meta[key.casefold().replace(" ", "_")] = value
    return meta


def _delimiter(meta: dict[str, str], column_row: str) -> str:
    declared = {"SEMICOLON": ";", "COMMA": ",", "TAB": "\t"}.get(meta.get("separator", "").upper())
    if declared:
        return declared
    counts = {d: column_row.count(d) for d in (";", "\t", ",")}
    return max(counts, key=lambda d: counts[d])


def _split(header: str) -> tuple[str, str | None]:
    """'Temp./°C' -> ('Temp.', '°C'); 'DSC/(mW/mg)' -> ('DSC', 'mW/mg'); 'Segment' -> ('Segment', None)."""
    depth, cut = 0, -1
    for i, ch in enumerate(header):
        depth += ch == "("
        depth -= ch == ")"
        if ch == "/" and depth == 0:
            cut = i
    if cut < 0:
        return header, None
    unit = header[cut + 1:].strip()
    if unit.startswith("(") and unit.endswith(")"):
        unit = unit[1:-1]
    return header[:cut].strip(), unit


def _role(cname: str, unit: str | None) -> str:
    n = cname.casefold()
    if n.startswith("temp"):
        return "temperature"
    if n == "time":
        return "time"
    if n == "mass" and unit == "%":
        return "mass_fraction"
    if n.startswith("dsc"):
        return "dsc"
    if n.startswith("qmid") or n.startswith("ion current"):
        return "ms_h2" if re.search(r"m:\s*2\b|m/z\s*=?\s*2\b", n) else "ms"
    if n == "segment":
        return "segment"
    return "other"


def _column(name: str, k: int, header: str, rows: list[list[str]], decimal_comma: bool) -> Column:
    cname, unit = _split(header)
    role = _role(cname, unit)
    unit = readable_unit(name, header, role_unit(name, header, role, unit),
                         required=role not in ("other", "ms", "ms_h2", "dsc"))
    values = numeric_column(name, header, rows, k, decimal_comma=decimal_comma, lenient=role == "other")
    return Column(header, cname, unit, role, values)


def _heating_segment(curve: Curve) -> None:
    """Keep the rows of the heating segment (isothermal holds and cooling runs would spoil onset and peak)."""
    seg = curve.role("segment", required=False)
    temp = curve.role("temperature", required=False)
    if seg is None or temp is None or len(set(seg.values.tolist())) < 2:
        return
    rise = {s: temp.values[seg.values == s][-1] - temp.values[seg.values == s][0] for s in set(seg.values.tolist())}
    best = max(rise, key=lambda s: rise[s])
    keep = seg.values == best
    for c in curve.columns:
        c.values = c.values[keep]
    curve.meta["segment_used"] = f"{best:g} (the heating segment)"


def _choose_signal(curve: Curve) -> None:
    """The TPD signal: the H2 ion current when the MS recorded it, else the DSC heat flow.

    The DSC curve is turned so that its main (endothermic) event is a maximum (``endotherm_up``)."""
    ms = curve.role("ms_h2", required=False)
    if ms is not None:
        ms.role = "signal"
        curve.meta["signal"] = f"{ms.header} (H2, m/z 2)"
        return
    dsc = curve.role("dsc", required=False)
    if dsc is None:
        return
    dsc.values, turned = endotherm_up(dsc.values)
    curve.meta["signal"] = dsc.header + (", sign turned so the main (endothermic) event is a maximum" if turned else "")
    dsc.role = "signal"
