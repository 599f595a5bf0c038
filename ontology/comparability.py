"""When two values of a property may be put side by side, read from the ontology (reporting.ttl).

A contradiction, a ratio between analogs and a lab value against the literature all ask the same
question: were the two measured under comparable conditions? The ontology says

* how far a condition may differ (``hkg:comparisonWindow``: 10 °C of temperature, 0.5 K/min of
  heating rate …),
* which condition a property's values need before they compare at all (``hkg:requiresCondition``:
  a conductivity without its temperature compares with nothing),
* which condition shifts a value and is named as a caveat (``hkg:caveatCondition``: the heating rate
  of temperatures read on heating and of Kissinger energies),
* and the method families (children of ``hkg:KineticAnalysis``): a Kissinger energy and a JMAK or
  Arrhenius energy are different measurements.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rdflib import URIRef

from .namespaces import HKG
from .vocabulary import vocabulary

KINETIC_ANALYSIS = "KineticAnalysis"


@dataclass
class Comparison:
    comparable: bool
    caveats: list[str] = field(default_factory=list)    # why not, or what differs although comparable


def _key_of(term_id: str) -> str | None:
    vocab = vocabulary()
    return vocab.get(term_id).key if term_id in vocab else None


@lru_cache(maxsize=1)
def _annotations() -> tuple[dict[str, float], dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(condition key → window, property key → required condition keys, property key → caveat keys)."""
    vocab = vocabulary()
    g = vocab.graph
    windows: dict[str, float] = {}
    for s, _, o in g.triples((None, HKG.comparisonWindow, None)):
        key = _key_of(str(s).rsplit("#", 1)[-1])
        if key:
            windows[key] = float(str(o))

    def by_property(predicate: URIRef) -> dict[str, frozenset[str]]:
        out: dict[str, set[str]] = {}
        for s, _, o in g.triples((None, predicate, None)):
            prop, cond = _key_of(str(s).rsplit("#", 1)[-1]), _key_of(str(o).rsplit("#", 1)[-1])
            if prop and cond:
                out.setdefault(prop, set()).add(cond)
        return {k: frozenset(v) for k, v in out.items()}

    return windows, by_property(HKG.requiresCondition), by_property(HKG.caveatCondition)


@lru_cache(maxsize=256)
def spanned_conditions(method: str | None) -> frozenset[str]:
    """The conditions a method's value is derived across (``hkg:spansCondition`` on the method or a class above
    it): a Kissinger or Ozawa energy comes from several heating rates, so it has none to state or compare."""
    if not method:
        return frozenset()
    vocab = vocabulary()
    term = vocab.get(method) if method in vocab else vocab.lookup(method, "Technique")
    if term is None:
        return frozenset()
    out = set()
    for tid in (term.id, *vocab.ancestors(term.id)):
        for _, _, o in vocab.graph.triples((HKG[tid], HKG.spansCondition, None)):
            key = _key_of(str(o).rsplit("#", 1)[-1])
            if key:
                out.add(key)
    return frozenset(out)


def condition_window(key: str) -> float | None:
    return _annotations()[0].get(key)


def required_conditions(prop: str) -> frozenset[str]:
    return _annotations()[1].get(prop, frozenset())


def caveat_conditions(prop: str) -> frozenset[str]:
    return _annotations()[2].get(prop, frozenset())


@lru_cache(maxsize=256)
def method_family(method: str | None) -> str | None:
    """The kinetic-analysis family of a method as written ('Kissinger', 'JMA', 'Arrhenius plot'):
    its ancestor right under ``KineticAnalysis``; None when the method is not one the ontology knows."""
    if not method:
        return None
    vocab = vocabulary()
    term = vocab.get(method) if method in vocab else vocab.lookup(method, "Technique")
    if term is None:
        return None
    chain = [term.id, *vocab.ancestors(term.id)]
    for tid, parent in zip(chain, chain[1:]):
        if parent == KINETIC_ANALYSIS:
            return tid
    return None


def _label(key: str) -> str:
    return key.replace("_", " ")


def _unit(key: str) -> str:
    unit = vocabulary().property(key).unit
    return "" if unit in (None, "1") else f" {unit.replace('degC', '°C')}"


# A condition as compared: a number, a range's two ends (a condition stated as a span: 'at 0.3–0.5 MPa'), or the
# term id a categorical condition names
Setting = float | str | tuple[float, float]


def with_spans(conditions: dict[str, float | str], upper: dict[str, float] | None) -> dict[str, Setting]:
    """``conditions`` with each condition stated as a range (its upper end in ``upper``) as its two ends."""
    if not upper:
        return dict(conditions)
    return {k: (v, upper[k]) if k in upper and not isinstance(v, str) else v for k, v in conditions.items()}


def _ends(value: float | tuple[float, float]) -> tuple[float, float]:
    return value if isinstance(value, tuple) else (value, value)


def _apart(x: float | tuple[float, float], y: float | tuple[float, float]) -> float:
    """How far two settings lie apart: 0 where a value lies in the other's range or the ranges overlap."""
    (xl, xh), (yl, yh) = _ends(x), _ends(y)
    return max(0.0, yl - xh, xl - yh)


def value_label(value: Setting) -> str:
    """A condition value as written: a number, a range ('0.3–0.5'), or the label of the term a categorical
    condition names."""
    if isinstance(value, tuple):
        return f"{value[0]:g}–{value[1]:g}"
    if isinstance(value, str):
        vocab = vocabulary()
        return vocab.get(value).label if value in vocab else value
    return f"{value:g}"


def categorical_difference(a: Mapping[str, Setting], b: Mapping[str, Setting]) -> str | None:
    """The first categorical condition (conducting ion, cell type) both sides state differently, as
    'conducting ion Li+ vs Mg2+'; such values are different measurements, whatever the property."""
    for key in sorted(set(a) & set(b)):
        x, y = a[key], b[key]
        if (isinstance(x, str) or isinstance(y, str)) and x != y:
            return f"{_label(key)} {value_label(x)} vs {value_label(y)}"
    return None


def categorical_one_sided(a: Mapping[str, Setting], b: Mapping[str, Setting]) -> list[str]:
    """Categorical conditions only one side states, as 'conducting ion stated for one value only (Li+)':
    no reason to set the values apart, but the reader should know one of them may be another kind of
    measurement (a capacity of a liquid-electrolyte cell beside one whose cell is not given)."""
    out = []
    for key in sorted(set(a) ^ set(b)):
        value = a[key] if key in a else b[key]
        if isinstance(value, str):
            out.append(f"{_label(key)} stated for one value only ({value_label(value)})")
    return out


def categorical_conditions(conditions: dict[str, float | str]) -> dict[str, str]:
    """The categorical conditions of a conditions mapping (conducting ion, cell type): term ids."""
    return {k: v for k, v in conditions.items() if isinstance(v, str)}


def compare_conditions(prop: str, a: Mapping[str, Setting], b: Mapping[str, Setting], *,
                       method_a: str | None = None, method_b: str | None = None, methods_must_match: bool = True,
                       same_sample: bool = False) -> Comparison:
    """Whether values of ``prop`` measured under conditions ``a`` and ``b`` (and methods) compare, with
    the caveats that remain. A condition only one side states is no evidence either way, unless the
    property requires it; ``same_sample`` (a source's table and its own text on one system) makes a
    required condition one side leaves unstated a caveat instead. Categorical conditions (a term id as
    the value) must be equal where both sides state them."""
    differs = categorical_difference(a, b)
    if differs:
        return Comparison(False, [differs])
    caveats: list[str] = categorical_one_sided(a, b)
    for key in sorted(required_conditions(prop)):
        if a.get(key) is None or b.get(key) is None:
            if not same_sample:
                return Comparison(False, [f"{_label(key)} of one value not stated"])
            known = a.get(key) if a.get(key) is not None else b.get(key)
            caveats.append(f"{_label(key)} stated for one value only"
                           + ("" if known is None else f" ({value_label(known)}{_unit(key)})"))
    flagged = caveat_conditions(prop)
    spanned = spanned_conditions(method_a) | spanned_conditions(method_b)
    for key in sorted(set(a) | set(b) | flagged):
        window = condition_window(key)
        if window is None:
            continue
        x, y = a.get(key), b.get(key)
        if isinstance(x, str) or isinstance(y, str):
            continue
        if x is None or y is None:
            if key in flagged and key not in spanned:   # a Kissinger energy has no single heating rate to state
                known = x if x is not None else y
                other = "" if known is None else f" for one value (the other {value_label(known)}{_unit(key)})"
                caveats.append(f"{_label(key)} not stated{other}")
            continue
        if _apart(x, y) > window:
            text = f"{_label(key)} {value_label(x)} vs {value_label(y)}{_unit(key)}"
            if key not in flagged:
                return Comparison(False, [text])
            caveats.append(text)
        elif key in spanned and _ends(x) != _ends(y):
            # two Kissinger energies from different sets of heating rates (2–10 vs 5–20 K/min): overlapping sets
            # lie within the window, yet a method's value derived across them differs with the set
            caveats.append(f"{_label(key)} sets {value_label(x)} vs {value_label(y)}{_unit(key)} (each value is "
                           "derived across its set)")
    fa, fb = method_family(method_a), method_family(method_b)
    if method_a and method_b and (fa or method_a) != (fb or method_b):
        text = f"method {method_a} vs {method_b}" + (
            f" ({vocabulary().get(fa).label} vs {vocabulary().get(fb).label})" if fa and fb and fa != fb else "")
        if methods_must_match and fa and fb and fa != fb:
            return Comparison(False, [text])
        caveats.append(text)
    elif bool(method_a) != bool(method_b):
        caveats.append(f"method stated for one value only ({method_a or method_b})")
    return Comparison(True, caveats)


def signature(conditions: Mapping[str, Setting], method: str | None = None) -> tuple[Any, ...]:
    """What a comparison of two values depends on, as a key: their conditions and method."""
    return (tuple(sorted(conditions.items())), method)


@lru_cache(maxsize=65536)
def compare_signatures(prop: str, a: tuple[Any, ...], b: tuple[Any, ...], methods_must_match: bool = True,
                       same_sample: bool = False) -> Comparison:
    """``compare_conditions`` of two signatures (see ``signature``), computed once per pair: a system with
    thousands of values under a handful of conditions compares a handful of pairs. The result is
    shared: read it, never change it."""
    return compare_conditions(prop, dict(a[0]), dict(b[0]), method_a=a[1], method_b=b[1],
                              methods_must_match=methods_must_match, same_sample=same_sample)
