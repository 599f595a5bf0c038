"""Numbers with units as written in text: "~200 °C", "10^{-4} S cm^{-1}", "2.5 × 10<sup>-4</sup>",
"75 ± 3 kJ mol-1", "2.5E-3 S/cm".

``NUMBER_FORMS`` is the one pattern of how a number is printed — plain, with an uncertainty, or as a
power of ten in any of the forms authors and indexing services use — and ``number_value`` reads a
match of it. The extraction pipeline (``ingest.extraction.text.quantity_text``) finds these numbers in sentences;
``parse_quantity_text`` reads one quantity typed or imported as text (models, lab entries, forms).
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from .literal_patterns import literal_places
from .units import UnitError, parse_unit
from .vocabulary import vocabulary

# ------------------------------------------------------------------------------ number forms
_NUM = r"(?:\d{1,3}(?:,\d{3})+(?![\d.])|\d+(?:\.\d+)?|\.\d+)"
_PM = r"(?:±|\+/-|\+-)"
_TIMES = r"\s*[×xX*·⋅]\s*"
# Exponents have at most three digits: 10^-400 is no measurement, and the work stays bounded.
_EXP = r"[-+−–]?\d{1,3}(?!\d)"
# What makes "10" a power: 10^-3, 10^(-3), 10**-3, 10(-3), 10⁻³.
_POWER = (rf"10\s*(?:(?:\^|\*\*)\s*(?:\(\s*{_EXP}\s*\)|{_EXP})|\(\s*[-+−–]\d{{1,3}}\s*\)"
          r"|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}(?![⁰¹²³⁴⁵⁶⁷⁸⁹]))")
# After "2.5 ×" a plain "10-3", "10−3" or "10–3" is a power too (the superscript was lost in conversion);
# alone, "10-4" is one only with a one-digit exponent: 10 to 4 is no range, "10-12 nm" may be one.
_POWER_AFTER_TIMES = rf"(?:{_POWER}|10\s*[-+−–]\s*\d{{1,3}}(?!\d))"
# Before a conductivity in siemens, "10-12" is a power as well: a range of 10 to 12 S/cm is no
# solid's conductivity ("below 10-12 S cm-1").
# The same holds when a PDF copy sets the exponent apart: "10 -3 S cm-1", "10 −4 Scm−1".
_POWER_ALONE = rf"(?:{_POWER}|10[-+−–][1-9](?![\d.])|10\s?[-−–]\s?\d{{1,2}}(?=\s*m?S\s*(?:[·/.]\s*)?cm))"

# The uncertainty in the last digits' place, in brackets glued to the number ("353(11) meV": 353 ± 11;
# "0.42(3) eV": 0.42 ± 0.03; "1.23(5) × 10−3 S/cm"): one or two digits, nothing after the bracket that
# continues a word ("4(CB11H12)" is a formula's count, "10(-3)" a power).
_LAST_DIGITS = r"\((?P<{}>\d{{1,2}})\)(?![\w(])"
# The same bracket set one space apart ("196 (2) meV", "65.2 (3) kJ/mol"). Alone it is as often a reference
# or a list label ("at 300 (2)."), so it is an uncertainty only when a unit follows it: the reader that knows
# units (``ingest.extraction.text.quantity_text``) checks that, this pattern only finds the bracket.
LAST_DIGITS_SPACED = re.compile(r" \((\d{1,2})\)(?![\w(])")

NUMBER_FORMS = (
    rf"\(\s*(?P<pm_mant>{_NUM})\s*{_PM}\s*(?P<pm_unc>{_NUM})\s*\){_TIMES}(?P<pm_pow>{_POWER_AFTER_TIMES})"
    # "(73.6 ± 1.8) kJ/mol": a value and its uncertainty bracketed before the unit, without a power
    rf"|\(\s*(?P<br_num>{_NUM})\s*{_PM}\s*(?P<br_unc>{_NUM})\s*\)"
    # ("1.23 (5) × 10−3 S/cm": before a power the last digits' bracket may stand one space apart — the power after
    # it says it is no reference)
    rf"|(?P<mant>{_NUM})(?:\s*{_PM}\s*(?P<mant_unc>{_NUM})| ?{_LAST_DIGITS.format('mant_digits')})?{_TIMES}"
    rf"(?P<pow>{_POWER_AFTER_TIMES})"
    rf"|(?P<e_mant>\d+(?:\.\d+)?|\.\d+)[eE](?P<e_exp>{_EXP})"
    rf"|(?P<alone>{_POWER_ALONE})"
    rf"|(?P<num>{_NUM})(?:\s*{_PM}\s*(?P<unc>{_NUM})|\s*\(\s*±\s*(?P<unc_p>{_NUM})\s*\)"
    rf"|{_LAST_DIGITS.format('digits')})?"
)
UNCERTAINTY_AFTER = re.compile(rf"\s*{_PM}\s*(?P<unc>{_NUM})")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺−–", "0123456789-+--")


def _exponent(power: str) -> int:
    """'10^-3', '10^(-3)', '10(-3)', '10⁻³', '10 - 3' -> -3."""
    rest = power.translate(_SUPERSCRIPTS).strip()[2:]
    return int(re.sub(r"[\s^*()]", "", rest))


def _scaled(mantissa: str, exponent: int) -> float:
    """mantissa × 10^exponent without float powers (10.0 ** 400 raises; this gives inf)."""
    return float(f"{mantissa.replace(',', '')}e{exponent}")


def _in_last_place(number: str, digits: str) -> str:
    """The uncertainty of '0.42(3)' as a number: its digits in the places of the number's last ones ('0.03')."""
    decimals = len(number.split(".")[1]) if "." in number else 0
    return f"{int(digits) / 10 ** decimals:.{decimals}f}"


def uncertainty_in_last_place(number: str, digits: str) -> float:
    """'0.196' with '(2)': 0.002 — the bracket counts units of the number's last written digit."""
    return float(_in_last_place(number.replace(",", ""), digits))


def number_value(groups: dict[str, Any]) -> tuple[float, float | None]:
    """(value, uncertainty) of a match of ``NUMBER_FORMS`` (its ``groupdict()``).

    Raises ValueError when the number is not finite (a power beyond the float range)."""
    g = groups
    unc: str | None = None
    unc_v: float | None
    if g.get("pm_mant") is not None:
        e = _exponent(g["pm_pow"])
        value, unc_v = _scaled(g["pm_mant"], e), _scaled(g["pm_unc"], e)
    elif g.get("br_num") is not None:
        value, unc_v = float(g["br_num"].replace(",", "")), float(g["br_unc"].replace(",", ""))
    elif g.get("mant") is not None:
        e = _exponent(g["pow"])
        value = _scaled(g["mant"], e)
        unc_v = _scaled(g["mant_unc"], e) if g.get("mant_unc") else None
        if g.get("mant_digits"):
            unc_v = _scaled(_in_last_place(g["mant"], g["mant_digits"]), e)
    elif g.get("e_mant") is not None:
        value, unc_v = _scaled(g["e_mant"], int(g["e_exp"].translate(_SUPERSCRIPTS))), None
    elif g.get("alone") is not None:
        value, unc_v = _scaled("1", _exponent(g["alone"])), None
    else:
        value = float(g["num"].replace(",", ""))
        unc = g.get("unc") or g.get("unc_p")
        if g.get("digits"):
            unc = _in_last_place(g["num"], g["digits"])
        unc_v = float(unc.replace(",", "")) if unc else None
    if not math.isfinite(value) or (unc_v is not None and not math.isfinite(unc_v)):
        raise ValueError("number beyond the range of a measurement")
    return value, unc_v


# -------------------------------------------------------------------------- one quantity
# the signs that say a typed value is approximate ('~', '≈', '∼', '≃': ValueHedgeWord's ApproximatingSign), each
# kept as '~', and 'ca.'
_APPROX_SIGNS = vocabulary().scheme_words("ValueHedgeWord", "ApproximatingSign")
_APPROX_SIGN = "|".join(map(re.escape, sorted(_APPROX_SIGNS, key=lambda w: (-len(w), w))))
_QTY = re.compile(rf"^\s*(?P<qual>{_APPROX_SIGN}|ca\.?\s*|<=|>=|≤|≥|<|>)?\s*(?P<sign>[-+])?(?:{NUMBER_FORMS})"
                  r"\s*(?P<unit>.*?)\s*$")
# A comma typed in a number is a decimal comma before one, two or four and more digits ("1,5 K", "0,25 MPa")
# and after a lone leading zero ("0,125 MPa": no one groups thousands after a zero); before exactly three
# digits after another number it groups thousands ("1,500 cycles" is 1500).
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d{1,2}(?!\d)|\d{4,})|(?<=0)(?<![\d.,]0),(?=\d)")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
_QUALIFIER_OF = {**{sign: "~" for sign in _APPROX_SIGNS}, "ca.": "~", "ca": "~", "≤": "<=", "≥": ">="}


class Quantity(NamedTuple):
    value: float
    unit: str
    uncertainty: float | None = None
    qualifier: str = "="


def plain_number(text: str) -> float | None:
    """A number typed alone ('250', '0,5', '−20', '1,500', '0,125'), its commas read as ``parse_quantity``
    reads them; None for anything else (a number with a unit, a word)."""
    t = _DECIMAL_COMMA.sub(".", text.strip().replace("−", "-"))
    sign = t[:1] if t[:1] in "+-" else ""
    digits = t[len(sign):]
    if _GROUPED.fullmatch(digits):
        digits = digits.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", digits):
        return float(sign + digits)
    return None


def parse_quantity(text: str) -> Quantity:
    """'523 K', '1.2×10^-3 S/cm', '10^{-4} S cm^{-1}', '75 ± 3 kJ/mol', '~200 °C' as a Quantity."""
    if text is None or not str(text).strip():
        raise UnitError("empty quantity: write a number and a unit, e.g. '250 degC'")
    raw = str(text)
    if len(raw) > 200:
        raise UnitError(f"quantity '{raw[:40]}…' is {len(raw)} characters long; write one number and "
                        "its unit, e.g. '250 degC'")
    clean = (raw.replace("$", "").replace("\\times", "×").replace("\\pm", "±").replace("−", "-")
             .replace("{", "").replace("}", "").replace("<sup>", "^").replace("</sup>", ""))
    clean = _DECIMAL_COMMA.sub(".", clean)  # "1,5 K" typed with a decimal comma; "1,500 K" is 1500
    m = _QTY.match(clean)
    if not m:
        raise UnitError(f"'{text}' is not a number with a unit, e.g. '250 degC' or '0.1 mS/cm'")
    try:
        value, unc = number_value(m.groupdict())
    except ValueError:
        raise UnitError(f"'{text}' is beyond the range of a measurement; check the exponent") from None
    if m.group("sign") == "-":
        value = -value
    unit = m.group("unit")
    if unc is None and m.group("num") is not None and (bracket := LAST_DIGITS_SPACED.match(clean, m.end("num"))):
        # "65.2 (3) kJ/mol": the uncertainty in the last digits' place, the unit after it (checked below)
        unc, unit = uncertainty_in_last_place(m.group("num"), bracket.group(1)), clean[bracket.end():].strip()
    if unc is None:
        after = UNCERTAINTY_AFTER.search(unit)  # "75 kJ/mol ± 3": the uncertainty after the unit
        if after and after.start() > 0:
            unc, unit = float(after.group("unc").replace(",", "")), unit[:after.start()].strip()
    if not unit:
        raise UnitError(f"'{text}' has no unit; a value without a unit is not recorded")
    parse_unit(unit)  # raises UnitError with the unit named
    qual = (m.group("qual") or "=").strip()
    return Quantity(value, unit, unc, _QUALIFIER_OF.get(qual, qual))


def parse_quantity_text(text: str) -> tuple[float, str]:
    """Split "523 K" / "1.2×10^-3 S/cm" / "10^{-4} S cm^{-1}" into (value, unit text)."""
    q = parse_quantity(text)
    return q.value, q.unit


# "RT", "room temperature": 25 °C by convention (tables and prose read it the same way).
ROOM_TEMPERATURE_C = 25.0


def written_number(value: float) -> re.Pattern[str]:
    """Where a text writes ``value`` as its shortest decimal ('8' for 8.0, '63' for 63.0, '2.5'), not inside a longer
    number: to find the place of a value a reader was given back as a number."""
    return re.compile(rf"(?<![\d.]){re.escape(f'{value:g}')}(?![\d])")


def _digit_or_point(char: str) -> bool:
    return char == "." or char.isdecimal()


def number_places(value: float, text: str, pos: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) of each place ``written_number(value)`` finds in ``text`` from ``pos`` on, found without
    compiling a pattern for the value (a document's values are hundreds)."""
    return literal_places(text, f"{value:g}", pos, joined_before=_digit_or_point, joined_after=str.isdecimal)

