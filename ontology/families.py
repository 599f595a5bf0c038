"""Composition families written with a symbol, and their members at a given value of it.

Papers name a series of samples once by a notation with a symbol: a coefficient ("xLiBH4–(1−x)LiI",
"(100−x)LiBH4–xLiNH2") or a subscript ("Mg1−xZnx(BH4)2", "Li(BH4)1−xIx"), then give the symbol a
value for one sample ("x = 0.25"). The member is the notation with every expression in the symbol
evaluated ("0.25LiBH4–0.75LiI", "Mg0.9Zn0.1(BH4)2"), which ontology.system reads like any written
composition. This is notation (arithmetic on the written formula), not vocabulary.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from fractions import Fraction

from .formula import FormulaError, _element, _eval_symbolic, parse_formula

SYMBOLS = "xyz"
_NUM = r"\d+(?:\.\d+)?"
# one term of an expression: a number, a symbol, or a number times a symbol ('2x')
_TERM = rf"(?:(?:{_NUM})?[{SYMBOLS}](?![a-z])|{_NUM})"
_EXPRESSION = rf"{_TERM}(?:\s*[-+–−]\s*{_TERM})*"
# a coefficient in brackets before a formula ('(1−x)LiI'), or an expression holding a symbol anywhere
# else (a coefficient 'xLiI', a subscript '1-x' / 'x' of 'Mg1-xZnx(BH4)2')
_IN_NOTATION = re.compile(rf"\(\s*(?P<bracketed>{_EXPRESSION})\s*\)(?=[A-Z(\[])|(?P<bare>{_EXPRESSION})")


def _in_element(text: str, i: int) -> bool:
    """Is the letter at ``i`` the second letter of an element's symbol ('y' of 'Dy'), not a symbol ('x' of 'Ix')?"""
    return i > 0 and text[i - 1].isupper() and _element(text[i - 1:i + 1]) is not None


def _expressions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, expression) of every expression in a symbol a notation holds. A lower-case letter
    after a capital is the second letter of an element's symbol ('Dy'), never a symbol. 'H12-xLiI' is
    a separator before the coefficient x of LiI, 'BH4-xFx' the subscript 4-x: as ontology.system reads
    a hyphen, the expression is a subscript only where its symbol comes back in the formula after it."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    while (m := _IN_NOTATION.search(text, pos)) is not None:
        pos = m.end()
        name = "bracketed" if m.group("bracketed") else "bare"
        start, end, expr = m.start(name), m.end(name), m.group(name)
        symbol_at = [start + i for i, c in enumerate(expr) if c in SYMBOLS]
        if not symbol_at or any(_in_element(text, i) for i in symbol_at):
            continue
        split = _SEPARATOR_THEN_COEFFICIENT.fullmatch(expr) if name == "bare" else None
        after = _PART_AFTER.match(text, end)
        # (a coefficient counts a formula after it: 'Ni100-x' at the notation's end is the subscript 100-x)
        if split and after is not None and after.group(0) and not set(expr) & set(SYMBOLS) & set(after.group(0)):
            start = start + split.start("coefficient")
            expr = split.group("coefficient")
        out.append((m.start() if name == "bracketed" else start, m.end() if name == "bracketed" else end, expr))
    return out


_SEPARATOR_THEN_COEFFICIENT = re.compile(rf"{_NUM}\s*[-–−]\s*(?P<coefficient>(?:{_NUM})?[{SYMBOLS}])")
_PART_AFTER = re.compile(r"[^-–−/+@\s]*")


def family_symbols(text: str) -> set[str]:
    """The symbols of a family notation ('xLiBH4–(1−x)LiI' → {'x'}); empty for a written composition."""
    return {c for _, _, expr in _expressions(text) for c in expr if c in SYMBOLS}


def family_member(text: str, values: Mapping[str, float | Fraction]) -> str | None:
    """The notation of the member of the family ``text`` at ``values`` ('xLiBH4–(1−x)LiI', x = 0.25 →
    '0.25LiBH4–0.75LiI'); None when the notation holds no symbol given a value, or when a part's amount
    comes out zero or below (x = 0 or 1 is an end member: the pure compound, no composite of the family) — except
    an element's subscript, whose zero leaves the element out ('Mg2Ni1-xPdx', x = 0 → 'Mg2Ni').
    Raises ValueError for a value that is no finite number."""
    for symbol, value in values.items():
        if symbol not in SYMBOLS:
            raise ValueError(f"'{symbol}' is no family symbol (one of {', '.join(SYMBOLS)})")
        if not isinstance(value, (int, float, Fraction)) or value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"{symbol} = {value!r} is no finite number")
    # ('x = 2/3' gives 'Li(BH4)1/3(NH2)2/3', as a paper writes that member: the notation in the text's own form)
    written_as_fraction = any(isinstance(v, Fraction) for v in values.values())
    found = _expressions(text)
    if not found or not family_symbols(text) <= set(values):
        return None
    pieces, last = [], 0
    for start, end, expr in found:
        expr = expr.replace("–", "-").replace("−", "-")
        try:
            amount = _eval_symbolic(re.sub(r"\s+", "", expr), values)
        except FormulaError:
            return None
        before = text[last:start]
        subscript = _SUBSCRIPTED.search(before) is not None
        if amount < 0 or amount == 0 and not subscript:
            return None
        if amount == 0:
            # "Mg2Ni1-xPdx" at x = 0: the element with no share is absent from the member, Mg2Ni (an end member of
            # a solid solution is a compound of its own; a composite's part with no share leaves no composite)
            pieces.append(_SUBSCRIPTED.sub("", before))
        elif subscript and amount == 1:
            pieces.append(before)   # (a subscript 1 is not written: "Ni1-x" at x = 0 is Ni)
        else:
            # (a fraction reads as a subscript only between a group's brackets, 'Li(BH4)1/3(NH2)2/3'; elsewhere it
            # would split the formula, 'Li(BH4)3/4Cl1/4': a decimal there)
            between_groups = start > 0 and text[start - 1] == ")" and (end == len(text) or text[end] == "(")
            pieces += [before, _shown(amount, written_as_fraction and between_groups)]
        last = end
    return "".join(pieces) + text[last:]


# an element symbol right before an expression: the expression is its subscript, not a coefficient of a part
_SUBSCRIPTED = re.compile(r"[A-Z][a-z]?$")


def _shown(amount: Fraction, as_fraction: bool = False) -> str:
    if as_fraction and amount.denominator != 1:
        return f"{amount.numerator}/{amount.denominator}"
    return f"{round(float(amount), 6):g}"


def member_written(family: str, formula: str) -> bool:
    """Is the written composition ``formula`` a member of the substitution family ``family`` at some value of its one
    symbol, the parent at zero included ('Mg2Ni' and '(Mg2Ni)98Cu2' of '(Mg2Ni)100−xCux', 'Mg2Ni0.9Co0.1' of
    'Mg2Ni1−xCox')? Compositions compare per atom ('Mg2Ni' is '(Mg2Ni)100' scaled); the member's elements are the
    family's, the substituent's left out at zero, the parent's all kept. A name the family's notation holds no such
    member of ('Mg', 'Ni', 'MgNi2') is none."""
    symbols = family_symbols(family)
    if len(symbols) != 1 or family_symbols(formula):
        return False
    (symbol,) = symbols
    try:
        symbolic = parse_formula(family.replace("−", "-").replace("–", "-"))
        start = symbolic.composition_for({symbol: 0.0})
        slope = {e: 2 * (n - start.get(e, 0.0)) for e, n in symbolic.composition_for({symbol: 0.5}).items()}
        named = parse_formula(formula).composition
    except (FormulaError, ValueError, KeyError, ZeroDivisionError):
        return False
    elements = set(start) | set(slope)
    # (every element of the parent stays: 'Cu' is no member of '(Mg2Ni)100−xCux', though x = 100 leaves only Cu)
    if not named or not set(named) <= elements or not all(named.get(e) for e, n in start.items() if n > 0):
        return False
    # the member at x: start + slope·x, proportional to the named composition; x from the first pair of elements
    # that fixes it (at zero, when the parent's share already fits), then checked on every element
    order = sorted(elements)
    value = 0.0
    for i, a in enumerate(order):
        for b in order[i + 1:]:
            na, nb = named.get(a, 0.0), named.get(b, 0.0)
            denominator = slope.get(a, 0.0) * nb - na * slope.get(b, 0.0)
            if abs(denominator) > 1e-12:
                value = (na * start.get(b, 0.0) - start.get(a, 0.0) * nb) / denominator
                break
        else:
            continue
        break
    member = {e: start.get(e, 0.0) + slope.get(e, 0.0) * value for e in order}
    if value < 0 or any(n < -1e-9 for n in member.values()):
        return False
    total, named_total = sum(member.values()), sum(named.values())
    return total > 0 and all(abs(member[e] / total - named.get(e, 0.0) / named_total) < 1e-6 for e in order)
