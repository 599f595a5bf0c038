"""Numbers with units as written in text: "~200 °C", "10^{-4} S cm^{-1}", "2.5 × 10<sup>-4</sup>".

A first, small parser shared by models (conditions given as text) and importers; the extraction
pipeline builds its richer span-level parsing on the same unit parser.
"""
from __future__ import annotations

import re

from .units import UnitError, parse_unit

_NUM = r"[-+−]?\d+(?:[.,]\d+)?"
_EXP = (r"(?:\s*[×x\*·]\s*10\s*(?:\^|\*\*)?\s*\{?\s*(?:<sup>)?\s*([-+−]?\d+)\s*(?:</sup>)?\}?)?")
_QTY = re.compile(rf"^\s*(?:~|≈|ca\.?\s*)?({_NUM}){_EXP}\s*(.*?)\s*$")
_POW10 = re.compile(r"^\s*10\s*(?:\^|\*\*)\s*\{?\s*(?:<sup>)?\s*([-+−]?\d+)\s*(?:</sup>)?\}?\s*(.*?)\s*$")


def _num(text: str) -> float:
    return float(text.replace("−", "-").replace(",", "."))


def parse_quantity_text(text: str) -> tuple[float, str]:
    """Split "523 K" / "1.2×10^-3 S/cm" / "10^{-4} S cm^{-1}" into (value, unit text)."""
    if text is None or not str(text).strip():
        raise UnitError("empty quantity: write a number and a unit, e.g. '250 degC'")
    raw = str(text).replace("$", "").replace("\\times", "×")
    m = _POW10.match(raw)
    if m:
        value, unit = 10.0 ** int(m.group(1).replace("−", "-")), m.group(2)
    else:
        m = _QTY.match(raw)
        if not m:
            raise UnitError(f"'{text}' is not a number with a unit, e.g. '250 degC' or '0.1 mS/cm'")
        value = _num(m.group(1))
        if m.group(2):
            value *= 10.0 ** int(m.group(2).replace("−", "-"))
        unit = m.group(3)
    if not unit:
        raise UnitError(f"'{text}' has no unit; a value without a unit is not recorded")
    parse_unit(unit)  # raises UnitError with the unit named
    return value, unit
