"""Chemical formulas as papers write them: LaTeX, HTML and plain text, into one canonical form.

``parse_formula("$\\text{Al}(\\text{BH}_4)_3 \\cdot 6\\text{NH}_3$")``,
``parse_formula("Al(BH<sub>4</sub>)<sub>3</sub>·6NH<sub>3</sub>")`` and ``parse_formula("Al(BH4)3.6NH3")``
all give the normalized spelling ``Al(BH4)3·6NH3`` with its element composition, molar mass and
hydrogen count.  Atomic weights come from ``periodictable`` (IUPAC standard atomic weights), so no
mass is written down here.

Conventions of the normalized spelling (the identity of a formula in the graph):
element order as written, no whitespace, '·' between the parts of an adduct, counts of 1 dropped,
brackets kept as written, a polymorph prefix kept apart (``Formula.phase``), charges written
``BH4-``, ``[B12H12]2-`` or ``Mg^2+`` (caret where digits would otherwise read as a count).
Symbolic subscripts (``LiBH4-xFx``, ``TiHx``) are kept symbolic: the composition needs values.
"""
from __future__ import annotations

import ast
import html
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cache
from typing import Any

import periodictable

from .errors import UserError
from .text_memo import per_document

__all__ = ["Formula", "FormulaError", "parse_formula", "is_formula", "strip_markup", "top_level_parts"]


class FormulaError(UserError, ValueError):
    """Text that is not a chemical formula; the message names the bad token and how to fix it."""


# the alanate anions AlH4- and AlH6^3- (or their deuterides) written in a formula: their Al is the anion's,
# not a second metal of an alloy hydride
ALANATE_ANION = re.compile(r"Al[HD][46](?!\d)")


# ----------------------------------------------------------------------------------- markup
_SUB_DIGITS = str.maketrans("₀₁₂₃₄₅₆₇₈₉₊₋ₓ", "0123456789+-x")
_SUP_MAP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻", "0123456789+-")
_SUPERSCRIPT_RUN = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻]+")
# LaTeX commands that stand for a character; anything else that is a bare command is dropped.
_LATEX_SYMBOLS = {
    "cdot": "·", "bullet": "·", "times": "×", "rightarrow": "→", "to": "→", "leftrightarrow": "↔",
    "rightleftharpoons": "⇌", "sim": "~", "approx": "≈", "%": "%", "AA": "Å", "circ": "°",
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "varepsilon": "ε", "epsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "kappa": "κ", "lambda": "λ", "mu": "μ", "pi": "π",
    "sigma": "σ", "tau": "τ", "phi": "φ", "omega": "ω", "Delta": "Δ", "pm": "±", "le": "≤",
    "ge": "≥", "leq": "≤", "geq": "≥", "minus": "−", "cdots": "…", "ldots": "…",
}
_LATEX_WRAPPERS = re.compile(r"\\(?:text|mathrm|mathbf|textbf|textit|mathit|rm|mbox|operatorname)\s*\{([^{}]*)\}")
_CHARGE_TEXT = re.compile(r"^\s*(\d*\s*[+\-−–]|[+\-−–]\s*\d*)\s*$")
_CITATION = re.compile(r"^\s*\[[\d\s,;–\-a-z]+\]\s*$")
# After a subscript, a single space before these characters is a conversion artefact
# ("Li <sub>4</sub> (BH <sub>4</sub> )" is Li4(BH4)); a tab is a table column and stays.
_JOIN_AFTER_SUB = "A-Z()\\[\\]·@/\\-–—"


def _sup_replacement(content: str, keep_citations: bool) -> str:
    content = content.strip()
    if _CITATION.match(content):
        return content if keep_citations else ""
    if _CHARGE_TEXT.match(content):
        return "^" + re.sub(r"\s+", "", content)
    return "^" + content if len(content) <= 3 else "^{" + content + "}"


def _strip_html(text: str, keep_citations: bool) -> str:
    if "<" not in text:   # (most text has no tag: four scans of it spared; entities are still read)
        return html.unescape(text)
    # (a subscript ends at its own closing tag: when no formula letter follows it, the lazy body must not run on
    # through the next subscripts to one that is followed by one, 'Li <sub>3</sub> BN <sub>2</sub> +')
    # (and only the tag's name is read without case: the letters after it are a formula's capitals, 'H <sub>2</sub>
    # and' keeps its space)
    text = re.sub(rf" ?<(?i:sub)>\s*((?:(?!</?(?i:sub)>).)*?)\s*</(?i:sub)> ?(?=[{_JOIN_AFTER_SUB}])", r"\1", text,
                  flags=re.S)
    text = re.sub(r" ?<sub>\s*(.*?)\s*</sub>", r"\1", text, flags=re.S | re.I)
    text = re.sub(r" ?<sup>(.*?)</sup>", lambda m: _sup_replacement(m.group(1), keep_citations),
                  text, flags=re.S | re.I)
    text = re.sub(r"</?(?:i|b|em|strong|span|sub|sup|small)\b[^>]*>", "", text, flags=re.I)
    return html.unescape(text)


def _strip_latex(text: str) -> str:
    if "$" not in text and "\\" not in text:
        return text
    for _ in range(4):  # nested wrappers: \text{\mathrm{..}}
        new = _LATEX_WRAPPERS.sub(r"\1", text)
        if new == text:
            break
        text = new
    text = re.sub(r"\\([A-Za-z]+|%)", lambda m: _LATEX_SYMBOLS.get(m.group(1), ""), text)
    text = re.sub(r"\\[,;:! ]", " ", text)
    text = re.sub(r"\s*_\s*\{\s*([^{}]*?)\s*\}", r"\1", text)
    text = re.sub(r"\s*_\s*([A-Za-z0-9])", r"\1", text)
    text = re.sub(r"\s*\^\s*\{\s*([^{}]*?)\s*\}", lambda m: "^" + m.group(1).replace(" ", ""), text)
    text = re.sub(r"\^\s*°", "°", text)
    text = text.replace("$", "").replace("{", "").replace("}", "")
    text = text.replace("---", "—").replace("--", "–")
    # "\text{Li}_4(" and "@/\text{SBA-15}" leave spaces that the subscripts did not have
    return re.sub(r"(?<=[A-Za-z0-9)\]])\s+(?=[(\[)\]])|(?<=[(\[])\s+", "", text)


def _strip_unicode(text: str) -> str:
    text = text.translate(_SUB_DIGITS)
    return _SUPERSCRIPT_RUN.sub(lambda m: "^" + m.group(0).translate(_SUP_MAP), text)


@per_document(maxsize=16384)   # table cells, labels and words are stripped again and again
def top_level_parts(text: str, sep: str = "/") -> list[tuple[int, int]]:
    """(start, end) of the parts of ``text`` between ``sep`` outside brackets: 'Ti3C2/TiO2' has two
    parts, 'Mg(BH4/Cl)' one (a separator inside brackets joins no phases or layers)."""
    out, depth, last = [], 0, 0
    for i, c in enumerate(text):
        depth += c in "([" and 1 or c in ")]" and -1 or 0
        if c == sep and depth == 0:
            out.append((last, i))
            last = i + 1
    return out + [(last, len(text))]


def strip_markup(text: str, *, keep_citations: bool = False) -> str:
    """Remove LaTeX, HTML and unicode sub/superscript markup from (text around) formulas.

    Subscripts become plain digits, superscripts become ``^…`` (charges ``^2-``), ``\\cdot`` becomes
    '·' and ``\\text{--}`` an en dash.  Citation superscripts (``<sup>[16]</sup>``) are dropped unless
    ``keep_citations``.  Whitespace is collapsed; prose stays readable.
    """
    if text is None:
        return ""
    return _stripped(str(text), keep_citations)


@per_document(maxsize=16384)   # (a cell, a label, a part of a notation is stripped by several readers)
def _stripped(text: str, keep_citations: bool) -> str:
    # (ASCII text is its own NFC form and holds no sub- or superscript character: those steps are spared)
    text = text if text.isascii() else unicodedata.normalize("NFC", text)
    text = _strip_html(text, keep_citations)
    text = _strip_latex(text)
    text = text if text.isascii() else _strip_unicode(text)
    # (a run of blanks or a tab is rare in a cell or a name: the substitution is spared when there is none)
    return (_BLANK_RUN.sub(" ", text) if "  " in text or "\t" in text else text).strip()


_BLANK_RUN = re.compile(r"[ \t]+")


# ----------------------------------------------------------------------------------- parsing
_SYMBOLS = "xyznδ"
_TERM = rf"(?:\d+(?:\.\d+)?(?:/(?:\d+|[{_SYMBOLS}]))?[{_SYMBOLS}]?|[{_SYMBOLS}])"
_COUNT = re.compile(rf"{_TERM}(?:[+\-]{_TERM})*")
_PHASE = re.compile(r"^([α-ωa-z]{1,3})-(?=[A-Z(\[])")
_ELEMENT = re.compile(r"[A-Z][a-z]?")
_MAX_DEPTH = 40
_COMPOSITE_MARKS = "–—-+/@ \t"
_MAX_DIGITS = 9
# Ligand abbreviations of organometallic and solvate formulas seen in hydride synthesis
# (MgBu2, NiCp2, Mg(en)(BH4)2, LiBH4·THF): chemistry shorthand, not ontology vocabulary.
_ABBREVIATIONS = {
    "MTBE": {"C": 5, "H": 12, "O": 1}, "THF": {"C": 4, "H": 8, "O": 1},
    "Me": {"C": 1, "H": 3}, "Et": {"C": 2, "H": 5}, "Bu": {"C": 4, "H": 9},
    "Ph": {"C": 6, "H": 5}, "Cp": {"C": 5, "H": 5}, "en": {"C": 2, "H": 8, "N": 2},
}
_ABBREV_RE = re.compile("|".join(sorted(map(re.escape, _ABBREVIATIONS), key=len, reverse=True)))
# an adduct part's count, before a formula, a bracket or a ligand abbreviation in lower case ('·1.5en')
_COEFF = re.compile(rf"(?:\d+(?:\.\d+)?(?:/\d+)?[{_SYMBOLS}]?|[{_SYMBOLS}])"
                    rf"(?=[A-Z(\[]|(?:{'|'.join(a for a in _ABBREVIATIONS if a.islower())})$)")
# Hydrogen and deuterium (LiBD4, MgD2).  Not 'T': in this field it is the MXene termination of
# Ti3C2Tx (O, OH, F), never tritium, so it must not add to a hydrogen capacity.
_HYDROGEN = ("H", "D")


@cache
def _element(symbol: str) -> Any:    # a periodictable element (the library is untyped), or None
    """periodictable element (or D/T isotope) for a symbol, or None."""
    try:
        el = periodictable.elements.symbol(symbol)
    except ValueError:
        return None
    return el if getattr(el, "number", 0) > 0 else None


# a mass number glued before one element symbol and nothing after: '7Li', '11B', '23Na'
_MASS_NUMBER_SYMBOL = re.compile(r"(\d{1,3})([A-Z][a-z]?)")


@per_document(maxsize=4096)
def nucleus_label(word: str) -> bool:
    """'7Li', '11B', '1H', '23Na': a naturally occurring isotope named by its mass number (the nucleus an NMR
    spectrum is measured on), not a count of atoms; only a mass number that is one of the element's natural
    isotopes reads so ('2Li', '4Mg' stay counts)."""
    m = _MASS_NUMBER_SYMBOL.fullmatch(word)
    el = _element(m.group(2)) if m else None
    if m is None or not isinstance(el, periodictable.core.Element):
        return False   # (deuterium and tritium are isotopes already: '2D' is no nucleus label)
    mass = int(m.group(1))
    return mass in el.isotopes and bool(el[mass].abundance)


def atomic_mass(symbol: str) -> float:
    """Standard atomic weight (g/mol) of an element symbol, from periodictable."""
    el = _element(symbol)
    if el is None or not el.mass:
        raise FormulaError(f"no standard atomic weight for '{symbol}'")
    return float(el.mass)


@dataclass(frozen=True)
class _Count:
    """A subscript: exact number, or an expression in symbols (``4-x``)."""

    text: str
    value: Fraction | int | None  # None when symbolic

    @classmethod
    def one(cls) -> _Count:
        return _ONE

    def evaluate(self, values: Mapping[str, float]) -> Fraction | int:
        if self.value is not None:
            return self.value
        return _eval_symbolic(self.text, values)


# (counts and multipliers are ints where whole, Fractions where not: int arithmetic is many times faster
# and gives the same compositions, as Fraction and int compare, hash and convert to float alike)
_ONE = _Count("", 1)


def _symbols_in(text: str) -> set[str]:
    return {c for c in text if c in _SYMBOLS}


def _eval_symbolic(expr: str, values: Mapping[str, float | Fraction]) -> Fraction:
    missing = sorted(_symbols_in(expr) - set(values))
    if missing:
        raise FormulaError(f"symbolic subscript '{expr}' needs a value for {', '.join(missing)}; "
                           f"pass values={{'{missing[0]}': 0.25}}")
    py = re.sub(r"(\d)([" + _SYMBOLS + "])", r"\1*\2", expr).replace("δ", "d_")
    env = {("d_" if k == "δ" else k): Fraction(str(v)) for k, v in values.items()}
    return _safe_eval(ast.parse(py, mode="eval").body, env)


def _safe_eval(node: ast.expr, env: Mapping[str, Fraction]) -> Fraction:
    """Arithmetic on numbers and symbols only (no names beyond the given values, no calls)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return Fraction(str(node.value))
    if isinstance(node, ast.Name) and node.id in env:
        return env[node.id]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_safe_eval(node.operand, env)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.Div)):
        a, b = _safe_eval(node.left, env), _safe_eval(node.right, env)
        if isinstance(node.op, ast.Div):
            if b == 0:
                raise FormulaError("symbolic subscript divides by zero for the values given")
            return a / b
        return {ast.Add: a + b, ast.Sub: a - b, ast.Mult: a * b}[type(node.op)]
    raise FormulaError("symbolic subscript is not simple arithmetic")


def _number(text: str) -> Fraction | int:
    if text.isdecimal():     # a whole count ('4'): as Fraction(text) reads it
        if len(text) > _MAX_DIGITS:
            raise FormulaError(f"count '{text}' is too long; write at most {_MAX_DIGITS} digits")
        return int(text)
    if len(re.sub(r"\D", "", text)) > _MAX_DIGITS:
        raise FormulaError(f"count '{text}' is too long; write at most {_MAX_DIGITS} digits")
    try:
        return Fraction(text)
    except ZeroDivisionError:
        raise FormulaError(f"count '{text}' divides by zero; write a fraction like '1/2'") from None


def _canonical_number(text: str) -> str:
    """'2.0' -> '2', '1' -> '' (implicit), '1/3' kept, '0.810' -> '0.81'."""
    if "/" in text:
        return text
    if text.isdecimal():
        return "" if int(text) == 1 else str(int(text))
    value = Fraction(text)
    if value == 1:
        return ""
    if value.denominator == 1:
        return str(value.numerator)
    return text.rstrip("0").rstrip(".") if "." in text else text


# Composition while parsing: element -> list of (numeric multiplier, counts multiplied in).
_Terms = dict[str, list[tuple[Fraction | int, tuple[_Count, ...]]]]


@dataclass
class _Node:
    spelled: str
    terms: _Terms


class _Parser:
    """Recursive descent over a cleaned formula string (no whitespace, no markup)."""

    def __init__(self, text: str, original: str):
        self.s, self.i, self.original = text, 0, original

    def fail(self, message: str, hint: str) -> FormulaError:
        return FormulaError(f"{message} in formula '{self.original}': {hint}")

    def unexpected(self) -> FormulaError:
        c = self.peek()
        if self.at(_COMPOSITE_MARKS):
            what = "a space" if c.isspace() else f"'{c}'"
            return FormulaError(
                f"'{self.original}' has {what} between parts at position {self.i}, so it is not one "
                "formula: parse mixtures and composites with ontology.system.parse_system")
        return self.fail(f"unexpected '{c}' at position {self.i}",
                         "a formula holds element symbols, counts, '()', '[]', '·' and a charge")

    def at(self, chars: str) -> bool:
        c = self.peek()
        return bool(c) and c in chars

    def peek(self) -> str:
        return self.s[self.i] if self.i < len(self.s) else ""

    def sequence(self, depth: int, closer: str | None) -> _Node:
        if depth > _MAX_DEPTH:
            raise self.fail("brackets nested too deeply", f"use at most {_MAX_DEPTH} levels")
        spelled: list[str] = []
        terms: _Terms = {}
        while self.i < len(self.s) and not self.at(")]·"):
            node = self.item(depth)
            count = self.count()
            spelled.append(node.spelled + count.text)
            _merge(terms, node.terms, count)
        if not spelled:
            where = f"'{self.peek()}' at position {self.i}" if self.peek() else "end of text"
            raise self.fail(f"expected an element before {where}",
                            "write element symbols like 'Mg', groups like '(BH4)2'")
        if closer is None and self.at(")]"):
            raise self.fail(f"unbalanced '{self.peek()}' at position {self.i}",
                            "remove it or add the matching opening bracket")
        return _Node("".join(spelled), terms)

    def item(self, depth: int) -> _Node:
        c = self.peek()
        if self.at("(["):
            closer = ")" if c == "(" else "]"
            start = self.i
            self.i += 1
            inner = self.sequence(depth + 1, closer)
            if self.peek() != closer:
                raise self.fail(f"unbalanced '{c}' at position {start}",
                                f"add the closing '{closer}'")
            self.i += 1
            return _Node(c + inner.spelled + closer, inner.terms)
        m = _ABBREV_RE.match(self.s, self.i)
        if m and not (m.group(0) == "en" and self.i > 0 and self.s[self.i - 1].isalpha()):
            self.i = m.end()
            return _Node(m.group(0), {el: [(n, ())] for el, n in _ABBREVIATIONS[m.group(0)].items()})
        return self.element()

    def element(self) -> _Node:
        m = _ELEMENT.match(self.s, self.i)
        if not m:
            c = self.peek()
            if c.islower():
                raise self.fail(f"'{c}' at position {self.i} is lower case",
                                "element symbols start with a capital letter (write 'Mg', not 'mg')")
            raise self.unexpected()
        symbol = m.group(0)
        if len(symbol) == 2 and _element(symbol) is None and _element(symbol[0]) is not None:
            symbol = symbol[0]  # "Hx", "Bn": one-letter element and a symbolic count
        if _element(symbol) is None:
            raise self.fail(f"unknown element '{m.group(0)}'",
                            "check the spelling; symbols are one capital and at most one small letter")
        self.i += len(symbol)
        return _Node(symbol, {symbol: [(1, ())]})

    def count(self) -> _Count:
        m = _COUNT.match(self.s, self.i)
        if not m:
            return _Count.one()
        text = m.group(0)
        if re.search("[+-]", text) and not _symbols_in(text):
            text = (re.match(_TERM, text) or m).group(0)  # "12-5" is two components, not arithmetic
        self.i += len(text)
        if _symbols_in(text):
            return _Count(text, None)
        value = _number(text)
        if value == 0:
            raise self.fail(f"count '{text}' at position {self.i - len(text)} is zero",
                            "drop the element, or write its count (e.g. 'H2')")
        return _Count(_canonical_number(text), value)


def _merge(into: _Terms, terms: _Terms, count: _Count, factor: Fraction | int = 1) -> None:
    for el, parts in terms.items():
        for mult, counts in parts:
            if count.value is not None:
                into.setdefault(el, []).append((mult * count.value * factor, counts))
            else:
                into.setdefault(el, []).append((mult * factor, (*counts, count)))


@dataclass(frozen=True)
class Formula:
    """A parsed formula: normalized spelling, composition, molar mass, hydrogen count."""

    text: str                                   # as given
    normalized: str                             # canonical plain spelling (no phase prefix)
    phase: str | None = None                    # polymorph prefix: 'γ', 'am', 'o', 'h'
    charge: int = 0
    symbols: tuple[str, ...] = ()               # symbolic subscripts, e.g. ('x',)
    values: tuple[tuple[str, float], ...] = ()  # values given for the symbols
    _terms: tuple[tuple[str, tuple[tuple[Fraction | int, tuple[_Count, ...]], ...]], ...] = field(
        default=(), repr=False, compare=False)

    def __str__(self) -> str:
        return self.display

    @property
    def display(self) -> str:
        """Normalized spelling with the polymorph prefix ('γ-Mg(BH4)2')."""
        return f"{self.phase}-{self.normalized}" if self.phase else self.normalized

    @property
    def is_symbolic(self) -> bool:
        return bool(self.symbols) and not set(self.symbols) <= {k for k, _ in self.values}

    def composition_for(self, values: Mapping[str, float] | None = None) -> dict[str, float]:
        """Atoms per formula unit; ``values`` gives numbers to symbolic subscripts."""
        env = {**dict(self.values), **(values or {})}
        if self.is_symbolic and not set(self.symbols) <= set(env):
            missing = ", ".join(s for s in self.symbols if s not in env)
            raise FormulaError(
                f"'{self.text}' has symbolic subscripts ({missing}); give values, e.g. "
                f"parse_formula(text, values={{'{self.symbols[0]}': 0.25}})")
        out: dict[str, float] = {}
        for el, parts in self._terms:
            total: Fraction | int = 0
            for mult, counts in parts:
                for c in counts:
                    mult *= c.evaluate(env)
                total += mult
            if total < 0:
                raise FormulaError(f"'{self.text}' has a negative count of {el} for {env}")
            out[el] = float(total)
        return out

    @property
    def composition(self) -> dict[str, float]:
        # computed once per formula (its Fractions are the cost), handed out as a copy the caller may change
        known = self.__dict__.get("_composition")
        if known is None:
            known = self.composition_for()
            object.__setattr__(self, "_composition", known)
        return dict(known)

    @property
    def elements(self) -> tuple[str, ...]:
        """Element symbols in order of first appearance (known even when symbolic)."""
        known = self.__dict__.get("_elements")   # (asked again and again by the system rules; a tuple)
        if known is None:
            known = tuple(el for el, _ in self._terms)
            object.__setattr__(self, "_elements", known)
        return known

    @property
    def molar_mass(self) -> float:
        """g/mol from periodictable standard atomic weights."""
        return sum(n * atomic_mass(el) for el, n in self.composition.items())

    @property
    def hydrogen_count(self) -> float:
        """H atoms (deuterium included) per formula unit."""
        comp = self.composition
        return sum(comp.get(h, 0.0) for h in _HYDROGEN)

    @property
    def hydrogen_mass_fraction(self) -> float:
        comp = self.composition
        return sum(comp.get(h, 0.0) * atomic_mass(h) for h in _HYDROGEN) / self.molar_mass


# --------------------------------------------------------------------------- pre-processing
_DASHES = str.maketrans({"−": "-", "‐": "-", "‑": "-", "⁻": "-"})
_ADDUCT_DOTS = str.maketrans({"⋅": "·", "•": "·", "∙": "·", "*": "·", "×": "·"})


def _adduct_dots(s: str) -> str:
    """'.' is an adduct dot unless it is a decimal point ('VH0.81', 'Zr1.4Ta0.6').

    Between digits it is taken as an adduct dot after a bracketed group when a formula follows the
    digits ('(BH4)2.2NH3', not '(NH3)1.5', '(BH4)0.5' or '(BH4)1.25Cl0.75', whose other counts are decimal
    too), and before a fraction ('LiBH4.1/2NH3').
    """
    out = []
    for i, c in enumerate(s):
        if c != ".":
            out.append(c)
            continue
        before, after = s[:i], s[i + 1:]
        digits_before = re.search(r"(\d+)$", before)
        digit_after = bool(re.match(r"\d", after))
        if not (digits_before and digit_after):
            out.append("·" if before and after else c)
            continue
        integer = digits_before.group(1)
        # (not in a formula written with decimal counts elsewhere, 'Ca(BH4)1.25Cl0.75': a count of its own)
        after_group = re.search(r"[)\]]\d+$", before) and integer != "0" and re.match(r"\d+[A-Z]", after) \
            and not re.search(r"\d\.\d", f"{before} {after}")
        fraction_next = re.match(r"\d+/\d+", after)
        out.append("·" if after_group or fraction_next else ".")
    return "".join(out)


_TRAILING_CHARGE = re.compile(r"(\d*)([+-])$")


def _split_charge(s: str, original: str) -> tuple[str, int, str]:
    """Take a trailing charge off: '^2-', '[B12H12]2-', 'BH4-', 'Mg2+'. Returns (rest, charge, how)."""
    if "^" in s:
        body, _, charge = s.partition("^")
        m = re.fullmatch(r"\(?(\d*)([+-])\)?|\(?([+-])(\d*)\)?", charge)
        if not m:
            raise FormulaError(f"'^{charge}' in formula '{original}' is not a charge: "
                               "write charges like '^2-', '^+' or '2-' after a bracket")
        digits = m.group(1) if m.group(2) else m.group(4)
        sign = m.group(2) or m.group(3)
        return body, _charge_value(digits, sign, original), "caret"
    m = _TRAILING_CHARGE.search(s)
    if not m:
        return s, 0, ""
    body, digits, sign = s[:m.start()], m.group(1), m.group(2)
    if digits and not (body.endswith((")", "]")) or _ELEMENT.fullmatch(body)):
        body, digits = body + digits, ""  # 'BH4-': the 4 is a count
    return body, _charge_value(digits, sign, original), "plain"


def _charge_value(digits: str, sign: str, original: str) -> int:
    if len(digits) > 2:
        raise FormulaError(f"charge '{digits}{sign}' in formula '{original}' is implausibly large")
    n = int(digits) if digits else 1
    return n if sign == "+" else -n


def _spell_charge(body: str, charge: int) -> str:
    if charge == 0:
        return ""
    sign = "+" if charge > 0 else "-"
    n = abs(charge)
    if re.fullmatch(r"[A-Z][a-z]?[\d.]+", body):  # 'B2' + '+': plain 'B2+' would read as B^2+
        return "^" + (str(n) if n > 1 else "") + sign
    if n == 1:
        return sign
    return f"{n}{sign}" if body.endswith((")", "]")) else f"^{n}{sign}"


# A formula written in plain ASCII letters, digits and brackets ('MgH2', 'Mg(BH4)2'): no markup, dash, dot,
# space or compatibility character, so every step of the cleaning leaves it as it is
_PLAIN = re.compile(r"[A-Za-z0-9()\[\]]+")


def _clean(text: str) -> str:
    if _PLAIN.fullmatch(text):
        return text
    s = strip_markup(text).translate(_DASHES).translate(_ADDUCT_DOTS)
    s = unicodedata.normalize("NFKC", s).replace("·", "·")
    s = re.sub(r"\s*·\s*", "·", s)
    s = re.sub(r"\s*([()\[\]^])\s*", r"\1", s)
    return s.strip()


def parse_formula(text: str, values: Mapping[str, float] | None = None) -> Formula:
    """Parse one chemical formula in LaTeX, HTML or plain notation.

    ``values`` gives numbers to symbolic subscripts (``parse_formula('LiBH4-xFx', {'x': 0.25})``).
    Raises FormulaError naming the bad token for empty text, unknown elements, unbalanced brackets,
    mixtures ('MgH2–Ni': use ``parse_system``) and leading coefficients ('2MgH2').
    """
    if text is None or not str(text).strip():
        raise FormulaError("empty formula: give a chemical formula such as 'MgH2' or 'Mg(BH4)2'")
    if not values:
        found = _parse_plain(str(text).strip())
        if isinstance(found, FormulaError):
            raise FormulaError(*found.args)   # (each caller its own error: the one remembered is never raised)
        return found
    return _parse(str(text).strip(), values)


@per_document(maxsize=16384)
def _parse_plain(original: str) -> Formula | FormulaError:
    """A formula without values for its symbols: the same words come back in every sentence and
    table row, and a Formula is immutable, so the parse is remembered; so is the error of a word
    that is no formula (a third of the words asked about are asked again)."""
    try:
        return _parse(original, None)
    except FormulaError as e:
        if type(e) is not FormulaError:
            raise
        return FormulaError(*e.args)


def _parse(original: str, values: Mapping[str, float] | None) -> Formula:
    s = _clean(original)
    s = _adduct_dots(s) if "." in s else s    # (only a '.' is read there)
    if not s:
        raise FormulaError(f"'{original}' holds only markup: give a chemical formula such as 'MgH2'")
    phase = None
    m = _PHASE.match(s)
    if m:
        phase, s = m.group(1), s[m.end():]
    s, charge, _ = _split_charge(s, original)
    parts = s.split("·")
    spelled: list[str] = []
    terms: _Terms = {}
    for k, part in enumerate(parts):
        coeff = _COEFF.match(part)
        if coeff and k == 0:
            raise FormulaError(
                f"leading coefficient '{coeff.group(0)}' in '{original}': a formula has no coefficient; "
                "write it without (e.g. 'MgH2'), or use ontology.system.parse_system for '2MgH2'")
        if not part:
            raise FormulaError(f"empty part around '·' in '{original}': write adducts like 'Mg(BH4)2·2NH3'")
        count = _Count.one()
        if coeff:
            txt = coeff.group(0)
            count = _Count(txt, None) if _symbols_in(txt) else _Count(_canonical_number(txt), _number(txt))
            if count.value is not None and count.value <= 0:
                raise FormulaError(f"coefficient '{txt}' in '{original}' must be above zero")
            part = part[coeff.end():]
        parser = _Parser(part, original)
        node = parser.sequence(0, None)
        if parser.i != len(part):
            raise parser.unexpected()
        spelled.append(count.text + node.spelled)
        _merge(terms, node.terms, count)
    body = "·".join(spelled)
    symbols = tuple(sorted({sym for parts_ in terms.values() for _, counts in parts_
                            for c in counts for sym in _symbols_in(c.text)}))
    given = tuple(sorted((k, float(v)) for k, v in (values or {}).items()))
    formula = Formula(text=original, normalized=body + _spell_charge(body, charge), phase=phase,
                      charge=charge, symbols=symbols, values=given,
                      _terms=tuple((el, tuple(parts)) for el, parts in terms.items()))
    if not formula.is_symbolic:
        formula.composition  # noqa: B018 - evaluate now so negative counts fail at parse time
    return formula


def is_formula(text: str) -> bool:
    """Quick check: does the text parse as one chemical formula (its counts may be symbols: 'Li2+xB12H12')?"""
    try:
        parse_formula(text)
    except (FormulaError, ValueError, KeyError):
        return False
    return True


def is_numeric_formula(text: str) -> bool:
    """Does the text parse as one chemical formula whose counts are all numbers, of one element at least ('MgH2';
    not 'MgxNi', whose composition needs a value of x)?"""
    try:
        return bool(parse_formula(text).composition)
    except (FormulaError, ValueError, KeyError):
        return False


def is_element_symbol(symbol: str) -> bool:
    """Is ``symbol`` one element's symbol ('C', 'Ni'; not 'M' nor 'G', which no formula reads, nor 'Ox', 'Me', which
    read as formulas with a symbolic count or as an abbreviation, not as one element)?"""
    try:
        return set(parse_formula(symbol).composition) == {symbol}
    except (FormulaError, ValueError):
        return False
