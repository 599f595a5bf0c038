"""BioLogic EC-Lab / BT-Lab ASCII export (.mpt) -> ``Curve``.

The layout EC-Lab writes (galvani's ``MPTfile`` reads the same): line 1 ``EC-Lab ASCII FILE`` (or
``BT-Lab ASCII FILE``), line 2 ``Nb header lines : N``; N counts every line up to and including the
tab-separated column row, so the data start at line N + 1.  The header in between holds the
settings, among them ``Mass of active material : 3.180 mg``.  Text is Latin-1 (Windows), and in
comma locales every number, the header's included, has a decimal comma ('1,000000E+002').
An export saved without its header starts at the column row (``mode  ox/red  …  time/s``).

Columns are named ``name/unit``: 'time/s', 'Ewe/V', 'I/mA', '<I>/mA', 'cycle number',
'Q charge/mA.h', 'Q discharge/mA.h', 'Q charge/discharge/mA.h', '(Q-Qo)/mA.h', 'Capacity/mA.h',
'freq/Hz', 'Re(Z)/Ohm', '-Im(Z)/Ohm'.  Roles here are the ones ``ingest.instruments.curves`` derives from
(cycle, q_charge, q_discharge, q_signed, current, frequency, z_real, z_imag, …); columns the
derivations never use keep role 'other' and need no readable unit.
"""
from __future__ import annotations

import re

from ontology.units import instrument_unit

from .curves import Column, Curve, CurveError, decimal_comma, numeric_column, readable_unit

MAGIC = ("EC-Lab ASCII FILE", "BT-Lab ASCII FILE")
_NB_HEADER = re.compile(r"^\s*Nb header lines\s*:\s*(\d+)\s*$")
# Columns read without a unit (their '/…' is part of the name, not a unit)
_UNITLESS = {"mode", "ox/red", "error", "control changes", "Ns changes", "counter inc.", "Ns", "cycle number",
             "half cycle", "x"}
# Column name (before the unit) -> role; '-Im(Z)' is stored as Im(Z), so its sign flips on reading.
_ROLES = {"time": "time", "ewe": "potential", "<ewe>": "potential", "ecell": "potential",
          "i": "current", "<i>": "current",
          "cycle number": "cycle", "q charge": "q_charge", "q discharge": "q_discharge",
          "q charge/discharge": "q_signed", "freq": "frequency", "re(z)": "z_real", "-im(z)": "z_imag",
          "temperature": "temperature"}
# The techniques EC-Lab names in the header, as the line that follows "Technique : n" or stands alone
_TECHNIQUES = ("Galvanostatic Cycling with Potential Limitation", "Potentio Electrochemical Impedance Spectroscopy",
               "Galvano Electrochemical Impedance Spectroscopy", "Constant Current", "Cyclic Voltammetry",
               "Open Circuit Voltage")


def looks_like(text: str) -> bool:
    """An EC-Lab export: the magic first line, or (header-less export) EC-Lab's own column names."""
    first = text.lstrip("\ufeff").split("\n", 1)[0].strip()
    if first in MAGIC:
        return True
    return first.startswith("mode\tox/red\terror") or ("\t" in first and {"time/s", "Ewe/V"} <= set(first.split("\t")))


def read(text: str, name: str) -> Curve:
    lines = text.lstrip("\ufeff").splitlines()
    header: list[str] = []
    if lines and lines[0].strip() in MAGIC:
        m = _NB_HEADER.match(lines[1]) if len(lines) > 1 else None
        if m is None:
            raise CurveError(name, "an EC-Lab file needs 'Nb header lines : N' on its second line (export it "
                                   "again from EC-Lab with 'Export as text', header included)")
        n = int(m.group(1))
        if n < 3 or n > len(lines):
            raise CurveError(name, f"'Nb header lines : {n}' does not fit a file of {len(lines)} lines")
        header, column_row, body = lines[2:n - 1], lines[n - 1], lines[n:]
    else:
        column_row, body = lines[0], lines[1:]
    headers = [h.strip() for h in column_row.rstrip("\r\n").split("\t")]
    while headers and not headers[-1]:
        headers.pop()                     # EC-Lab ends the column row with a tab
    rows = [r.rstrip("\r\n").split("\t") for r in body if r.strip()]
    if not rows:
        raise CurveError(name, "the EC-Lab file has a column row but no data rows")
    comma = decimal_comma(rows)
    columns = [_column(name, k, h, rows, comma) for k, h in enumerate(headers)]
    return Curve(name, columns, _meta(header, comma))


def _column(name: str, k: int, header: str, rows: list[list[str]], decimal_comma: bool) -> Column:
    if header in _UNITLESS or "/" not in header:
        cname, unit = header, None
    else:
        cname, unit = header.rsplit("/", 1)
        unit = instrument_unit(unit)
    role = _ROLES.get(cname.casefold(), "other")
    unit = readable_unit(name, header, unit, required=role != "other")
    values = numeric_column(name, header, rows, k, decimal_comma=decimal_comma, lenient=role == "other")
    if role == "z_imag":
        values = -values                    # '-Im(Z)' -> Im(Z)
    return Column(header, cname, unit, role, values)


def _meta(header: list[str], decimal_comma: bool) -> dict[str, str]:
    meta: dict[str, str] = {}
    for line in header:
        s = line.strip()
        m = re.match(r"^Mass of active material\s*:\s*([\d.,]+)\s*([µumk]?g)\s*$", s)
        if m:
            value = m.group(1).replace(",", ".")
            meta["active_mass"] = f"{value} {m.group(2).replace('µ', 'u')}"
        elif s in _TECHNIQUES and "technique" not in meta:
            meta["technique"] = s
    meta["instrument_format"] = "EC-Lab ASCII (.mpt)"
    if decimal_comma:
        meta["decimal"] = "comma"
    return meta
