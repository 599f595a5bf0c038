"""TA Instruments Universal Analysis text export (Q-series TGA / DSC / SDT) -> ``Curve``.

The layout: tab-separated ``Key  Value`` header lines (``Instrument  TGA Q500 …``, ``Size  10.1230  mg``,
``TempRange  9.92 to 79.11 °C at 4.99 °C/min``, ``Nsig  4``, ``Sig1  Time (min)``,
``Sig2  Temperature (°C)``, ``Sig3  Weight (mg)``, ``OrgMethod  1: Ramp 10.00 °C/min to 500.00 °C``),
the line ``StartOfData``, then tab-separated numbers with no column row: column n is ``SigN``.
Some exports are UTF-16 (``ingest.instruments.curve_formats.decode`` handles that).

Roles: 'Temperature' temperature, 'Time' time, 'Weight (%)' mass fraction, 'Weight (mg)' turned into
% of the first point, 'Heat Flow' the signal (turned so its main event is a maximum).
"""
from __future__ import annotations

import re

from .curves import Column, Curve, CurveError, endotherm_up, numeric_column, readable_unit, role_unit, split_header

_RAMP = re.compile(r"Ramp\s+([\d.]+)\s*°?C/min", re.IGNORECASE)
_AT_RATE = re.compile(r"\bat\s+([\d.]+)\s*°?C/min", re.IGNORECASE)


def looks_like(text: str) -> bool:
    return re.search(r"^Sig1\t", text[:20000], re.MULTILINE) is not None      # UA's signal list


def read(text: str, name: str) -> Curve:
    lines = text.lstrip("\ufeff").splitlines()
    at = next((i for i, line in enumerate(lines) if line.strip() == "StartOfData"), None)
    signals = {int(m.group(1)): m.group(2).strip() for line in lines[:at or 0]
               if (m := re.match(r"^Sig(\d+)\t(.+)$", line))}
    if at is None or not signals:
        raise CurveError(name, "a TA Instruments text export needs 'Sig1<tab>Time (min)'-style signal lines and a "
                               "'StartOfData' line; export from Universal Analysis with 'Spreadsheet/Text' output")
    rows = [r.split("\t") for r in lines[at + 1:] if r.strip()]
    if len(rows) < 2:
        raise CurveError(name, "the TA export has no data rows after 'StartOfData'")
    columns = [_column(name, k - 1, signals[k], rows) for k in sorted(signals)]
    curve = Curve(name, columns, _meta(lines[:at]))
    heat = curve.role("signal", required=False)
    if heat is not None:
        heat.values, turned = endotherm_up(heat.values)
        curve.meta["signal"] = heat.header + (", sign turned so the main (endothermic) event is a maximum"
                                              if turned else "")
    return curve


def _column(name: str, k: int, header: str, rows: list[list[str]]) -> Column:
    cname, unit = split_header(header)
    values = numeric_column(name, header, rows, k, decimal_comma=True)
    folded = cname.casefold()
    role = "other"
    unit = readable_unit(name, header, unit, required=False)
    if folded.startswith("temperature") and cname != header:
        role = "temperature"
    elif folded == "time" and unit:
        role = "time"
    elif folded == "weight" and unit == "%":
        role = "mass_fraction"
    elif folded == "weight" and unit and values[0] > 0:
        values, unit, role = 100.0 * values / values[0], "%", "mass_fraction"   # mass -> % of the start mass
    elif folded.startswith("heat flow"):
        role = "signal"
    return Column(header, cname, role_unit(name, header, role, unit), role, values)


def _meta(header: list[str]) -> dict[str, str]:
    meta = {"instrument_format": "TA Instruments Universal Analysis text"}
    for line in header:
        key, _, value = line.partition("\t")
        if key == "Instrument":
            meta["instrument"] = value.strip()
        elif key == "Size":
            meta["sample_mass"] = " ".join(value.split("\t")).strip()
        elif key in ("OrgMethod", "TempRange") and "heating_rate" not in meta:
            m = (_RAMP if key == "OrgMethod" else _AT_RATE).search(value)
            if m:
                meta["heating_rate"] = f"{float(m.group(1)):g} K/min"   # a °C/min step is a K/min step
    return meta
