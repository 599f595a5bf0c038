"""Value-range filters written as researchers write them, with units converted.

Grammar (one filter per string; several filters are ANDed)::

    PROPERTY OP NUMBER UNIT [at [CONDITION] OP NUMBER UNIT]
    "Ea < 70 kJ/mol"
    "ionic_conductivity >= 1 mS/cm at <= 30 °C"
    "onset temperature <= 523 K"
    "ionic conductivity > 1e-4 S/cm at temperature = 25 degC"

PROPERTY is a property key or any label/synonym of a Property term of the ontology; CONDITION a
condition key or label, or left out when the unit says which condition it is (°C -> temperature).
OP is one of < <= > >= = ~ (also ≤ ≥ ≈). Values are converted to the canonical unit of the property
(condition) before comparing. A system passes a filter when one of its measurements does; for a
range (value–value_max) the midpoint is compared.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from ontology.models import least_possible
from ontology.quantities import parse_quantity_text
from ontology.units import UnitError, is_compatible, to_canonical, unit_text
from ontology.vocabulary import UnknownTermError, vocabulary

from .features import FeatureIndex
from .model import AnalogQueryError

_OPS = {"<=": "<=", "=<": "<=", "≤": "<=", ">=": ">=", "=>": ">=", "≥": ">=", "<": "<", ">": ">",
        "==": "=", "=": "=", "~": "~", "≈": "~"}
_OP_RE = r"(<=|=<|≤|>=|=>|≥|==|=|<|>|~|≈)"
_FILTER = re.compile(rf"^\s*(?P<lhs>.+?)\s*{_OP_RE}\s*(?P<rhs>.+?)\s*$")
_AT = re.compile(r"\s+(?:at|@)\s+", re.IGNORECASE)
# 'method = Kissinger', 'method Kissinger', 'by Kissinger': a method is a word, not a quantity
_METHOD = re.compile(r"^\s*(?:method\s*(?:==|=|:|is)?|by)\s+(?P<method>\S.*?)\s*$|^\s*method\s*(?:==|=|:)\s*"
                     r"(?P<method2>\S.*?)\s*$", re.IGNORECASE)
APPROX = 0.05          # '=' and '~' accept ±5 % (at least 1e-9 in canonical units)


@dataclass(frozen=True)
class Comparison:
    key: str
    op: str
    value: float          # canonical unit of ``key``
    unit: str             # the canonical unit

    def test(self, x: np.ndarray) -> np.ndarray:
        v = self.value
        with np.errstate(invalid="ignore"):
            if self.op == "<":
                return x < v
            if self.op == "<=":
                return x <= v
            if self.op == ">":
                return x > v
            if self.op == ">=":
                return x >= v
            tol = max(abs(v) * APPROX, 1e-9)
            return np.abs(x - v) <= tol

    def text(self) -> str:
        unit = "" if self.unit in ("", "1") else f" {self.unit}"    # a count has no unit to print
        return f"{self.key} {self.op} {self.value:g}{unit}"


@dataclass(frozen=True)
class ValueFilter:
    text: str
    prop: Comparison
    condition: Comparison | None = None

    def describe(self) -> str:
        out = self.prop.text()
        return out + (f" at {self.condition.text()}" if self.condition else "")


def _resolve_property(text: str) -> str:
    vocab = vocabulary()
    t = text.strip()
    keys = set(vocab.property_keys())
    if t in keys:
        return t
    for cand in (t, t.replace("_", " ")):
        term = vocab.lookup(cand, "Property")
        if term is not None and term.key:
            return term.key
    hits = [f"{h.key} ({lab})" for h, _, lab in vocab.fuzzy(t, "Property", limit=4) if h.key]
    hint = f"; did you mean {', '.join(hits)}?" if hits else f"; known: {', '.join(sorted(keys))}"
    raise AnalogQueryError(f"filter: '{text}' is not a property of the ontology{hint}",
                           unknown=[text], suggestions={text: hits})


def _resolve_condition(text: str | None, unit: str) -> str:
    vocab = vocabulary()
    keys = vocab.condition_keys()
    if text:
        t = text.strip()
        if t in keys:
            return t
        term = vocab.lookup(t.replace("_", " "), "Condition")
        if term is not None and term.key:
            return term.key
        raise AnalogQueryError(f"filter: '{text}' is not a measurement condition; use one of: "
                               f"{', '.join(keys)}", unknown=[text])
    fitting = [k for k in keys if is_compatible(k, unit)]
    if not fitting:
        raise AnalogQueryError(f"filter: no measurement condition is measured in '{unit}'; "
                               f"conditions: {', '.join(keys)}")
    if len(fitting) > 1:
        raise AnalogQueryError(f"filter: unit '{unit}' fits several conditions ({', '.join(fitting)}); "
                               "name the condition, e.g. 'at temperature <= 30 °C'")
    return fitting[0]


def _split_quantity(rhs: str) -> tuple[float, str]:
    # "1e-4 S/cm" -> "1×10^-4 S/cm" (the shared parser reads the written ×10^ form)
    rhs = re.sub(r"^\s*([-+−]?\d+(?:\.\d+)?)[eE]([-+−]?\d+)\b", r"\1×10^\2", rhs)
    try:
        value, unit = parse_quantity_text(rhs)
    except (OverflowError, ArithmeticError):   # '1e400': beyond a float, not a value anyone measured
        raise UnitError(f"'{rhs.strip()}' is too large a number") from None
    if not math.isfinite(value):
        raise UnitError(f"'{rhs.strip()}' is not a finite number")
    return value, unit


def _quantity(key: str, rhs: str, what: str) -> tuple[float, str]:
    try:
        value, unit = _split_quantity(rhs)
    except UnitError as exc:
        canon = vocabulary().property(key).unit
        raise AnalogQueryError(f"filter {what} '{rhs}': {exc} (the canonical unit of {key} is "
                               f"{canon})") from None
    try:
        canonical = to_canonical(key, value, unit)
    except (UnitError, UnknownTermError) as exc:
        raise AnalogQueryError(f"filter {what}: {exc}") from None
    except (OverflowError, ArithmeticError):
        canonical = math.inf
    if not math.isfinite(canonical):
        raise AnalogQueryError(f"filter {what} '{rhs.strip()}' is too large a number (in {key}'s unit)")
    return canonical, vocabulary().property(key).unit or ""   # '' for a property without a unit


def parse_filter(text: str) -> ValueFilter:
    if not text or not text.strip():
        raise AnalogQueryError("empty filter; write e.g. 'Ea < 70 kJ/mol'")
    parts = _AT.split(text.strip(), maxsplit=1)
    m = _FILTER.match(parts[0])
    if not m:
        raise AnalogQueryError(f"filter '{text}' must look like 'PROPERTY OP VALUE UNIT', "
                               "e.g. 'Ea < 70 kJ/mol'")
    key = _resolve_property(m.group("lhs"))
    value, unit = _quantity(key, m.group("rhs"), "value")
    prop = _possible(text, Comparison(key, _OPS[m.group(2)], value, unit))
    if len(parts) == 2 and method_condition(parts[1]):
        raise AnalogQueryError(
            f"filter '{text}': analog filters compare numbers, not methods; ask "
            f"`hkg analogs ask best-values --host HOST --property {key} --at '{parts[1].strip()}'`, which keeps "
            "the values of that method family and says when the graph's values state none")
    cond = parse_condition(parts[1]) if len(parts) == 2 else None
    return ValueFilter(text=text, prop=prop, condition=cond)


def method_condition(text: str) -> str | None:
    """The method a condition asks for ('method = Kissinger' -> 'Kissinger'), else None."""
    m = _METHOD.match(text)
    return (m.group("method") or m.group("method2")) if m else None


def parse_condition(text: str) -> Comparison:
    """A condition as a chemist writes it: '<= 30 °C', 'temperature = 25 degC', 'cycles >= 50'."""
    c = re.match(rf"^\s*(?P<lhs>[^<>=≤≥~≈]*?)\s*{_OP_RE}?\s*(?P<rhs>[-+−\d.].*)$", text)
    if not c:
        raise AnalogQueryError(f"filter condition '{text}' must look like '<= 30 °C' or "
                               "'temperature = 25 degC'")
    return _condition(text, c.group("lhs") or None, c.group(2) or "~", c.group("rhs"))


def _condition(text: str, name: str | None, op: str, rhs: str) -> Comparison:
    """The condition of a filter. A condition that is a count (cycles: its canonical unit is '1') is
    written as a bare number when it is named ('at cycles >= 50'); every other one needs its unit."""
    try:
        _, unit = _split_quantity(rhs)
    except UnitError as exc:
        key = _resolve_condition(name, "") if name else None
        if key is None or vocabulary().property(key).unit != "1":
            raise AnalogQueryError(f"filter condition '{text}': {exc}") from None
        try:
            value = float(rhs.strip().replace("−", "-"))
        except ValueError:
            raise AnalogQueryError(f"filter condition '{text}': {exc}") from None
        return Comparison(key, _OPS[op], value, "")
    key = _resolve_condition(name, unit)
    value, canon = _quantity(key, rhs, "condition")
    return _possible(text, Comparison(key, _OPS[op], value, canon), "filter condition")


def _possible(text: str, cmp: Comparison, what: str = "filter") -> Comparison:
    """Refuse a bound no value can reach ('onset < -300 °C', 'capacity > -2 wt%'): below absolute zero, or
    below zero for a quantity that is never negative. Such a filter would silently match nothing (or all)."""
    floor = least_possible(cmp.key)
    if floor is not None and cmp.value < floor[0]:
        unit = unit_text(cmp.unit)          # as the pages print it: °C, not degC
        limit = f"{floor[0]:g} {unit}".strip()
        raise AnalogQueryError(f"{what} '{text.strip()}': {cmp.value:g} {unit} is below {limit}, the least "
                               f"{cmp.key} can be ({floor[1]}), so the filter would match nothing or "
                               f"everything; give a bound of at least {limit}")
    return cmp


def parse_filters(texts: list[str] | None) -> list[ValueFilter]:
    return [parse_filter(t) for t in texts or []]


def filter_mask(index: FeatureIndex, filters: list[ValueFilter]) -> np.ndarray | None:
    """Systems (bool [N]) having, for every filter, a measurement that passes it; None = no filter."""
    if not filters:
        return None
    mask = np.ones(len(index), dtype=bool)
    for f in filters:
        if f.prop.key not in index.properties:
            return np.zeros(len(index), dtype=bool)
        code = index.properties.index(f.prop.key)
        ok = (index.m_prop == code) & f.prop.test(index.m_value)
        if f.condition is not None:
            cond = index.m_conditions.get(f.condition.key)
            if cond is None:
                return np.zeros(len(index), dtype=bool)
            ok &= f.condition.test(cond)
        hit = np.zeros(len(index), dtype=bool)
        hit[index.m_sys[ok]] = True
        mask &= hit
    return mask


def property_mask(index: FeatureIndex, keys: list[str] | None) -> np.ndarray | None:
    """Systems with at least one value of each property given."""
    if not keys:
        return None
    mask = np.ones(len(index), dtype=bool)
    for key in keys:
        key = _resolve_property(key)
        if key not in index.properties:
            return np.zeros(len(index), dtype=bool)
        mask &= np.isfinite(index.values[:, index.properties.index(key)])
    return mask


def application_mask(index: FeatureIndex, application: str | None) -> np.ndarray | None:
    """Systems studied for the application (or a narrower one), or measured on its properties."""
    if not application:
        return None
    vocab = vocabulary()
    term = application if application in vocab and vocab.get(application).kind == "Application" \
        else vocab.lookup(application, "Application")
    if isinstance(term, str):
        term = vocab.get(term)
    if term is None:
        known = ", ".join(sorted(f"{t.id} ({t.label})" for t in vocab.terms("Application")))
        raise AnalogQueryError(f"unknown application '{application}'; known: {known}",
                               unknown=[application])
    wanted = {term.id, *vocab.descendants(term.id)}
    mask: np.ndarray = index.applications.has_any(wanted)
    for j, key in enumerate(index.properties):
        if wanted & set(vocab.property(key).applications):
            mask |= np.isfinite(index.values[:, j])
    return mask
