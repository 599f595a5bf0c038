"""Gamry Framework impedance file (.DTA) -> ``Curve``.

The layout Gamry writes: line 1 ``EXPLAIN``, then tab-separated ``KEY  TYPE  VALUE  label`` lines
(``TAG  EISPOT``, ``TITLE  LABEL  Potentiostatic EIS  …``, ``AREA  QUANT  1.00000E+000  &Area (cm^2)``),
then ``ZCURVE  TABLE`` followed by a tab-indented column row
(``Pt Time Freq Zreal Zimag Zsig Zmod Zphz Idc Vdc IERange``), a units row
(``# s Hz ohm ohm V ohm ° A V #``) and tab-indented data rows.  Zimag is Z'' with its sign
(negative on a capacitive arc).  Gamry's AREA is the electrode area the software normalises by
(1 cm² unless set); it is kept as metadata only, never as a pellet area.
"""
from __future__ import annotations

import re

from .curves import Column, Curve, CurveError, decimal_comma, numeric_column

_ROLES = {"freq": "frequency", "zreal": "z_real", "zimag": "z_imag", "temp": "temperature"}
_UNITS = {"freq": "Hz", "zreal": "ohm", "zimag": "ohm", "temp": "degC"}


def looks_like(text: str) -> bool:
    return text.lstrip("\ufeff").split("\n", 1)[0].strip() == "EXPLAIN"


def read(text: str, name: str) -> Curve:
    lines = text.lstrip("\ufeff").splitlines()
    start = next((i for i, line in enumerate(lines) if re.match(r"^ZCURVE\tTABLE\b", line)), None)
    if start is None or start + 3 > len(lines):
        raise CurveError(name, "a Gamry .DTA file is read for its impedance table: expected a 'ZCURVE<tab>TABLE' "
                               "line, a column row (Pt Time Freq Zreal Zimag …) and a units row; "
                               "export the EIS run (EISPOT/EISGALV) file")
    headers = [h.strip() for h in lines[start + 1].strip("\r\n").split("\t")]
    rows = []
    for line in lines[start + 3:]:
        if not line.startswith(("\t", " ")) or not line.strip():
            break                                  # the table ends where an unindented line begins
        rows.append(line.strip("\r\n").split("\t"))
    if not rows:
        raise CurveError(name, "the ZCURVE table has no data rows")
    comma = decimal_comma(rows)
    columns = []
    for k, h in enumerate(headers):
        key = h.casefold()
        if key not in _ROLES:
            continue
        values = numeric_column(name, h, rows, k, decimal_comma=comma)
        columns.append(Column(h, h, _UNITS[key], _ROLES[key], values))
    return Curve(name, columns, _meta(lines[:start]))


def _meta(header: list[str]) -> dict[str, str]:
    meta = {"instrument_format": "Gamry .DTA (ZCURVE)"}
    for line in header:
        parts = line.split("\t")
        if len(parts) >= 3 and parts[0] in ("TAG", "TITLE", "AREA"):
            value = parts[1] if parts[0] == "TAG" else parts[2]
            meta[f"gamry_{parts[0].casefold()}"] = value.strip()
    return meta
