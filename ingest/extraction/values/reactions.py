"""Written reactions in a sentence: "NaAlH4 + 4Na+ + 4e− → Al + 4NaH", "Ca(BH4)2 + MgH2 → CaH2 + MgB2 + 4H2".

A value said of a reaction (its theoretical capacity, its enthalpy, the hydrogen it releases) belongs to
what reacts: the hydride and its partners on the left of the arrow. The products on the right are what the
sample turns into, never the sample measured, so they are no candidates for a value's system.
"""
from __future__ import annotations

import math
import re

from ingest.extraction.text.nlp import system_of
from ontology.text_memo import per_document

# Arrows as papers print them, and as markup leaves them ("\rightarrow" loses its "\right" to the
# markup cleaner: "arrow"; "\rightleftharpoons": "leftharpoons")
_ARROW = re.compile(r"\s*(?:→|⟶|⇌|⇄|⇋|↔|⟷|->|=>"
                    r"|(?P<word>\\?(?:long)?(?:left)?(?:right)?arrow|\\?(?:right)?leftharpoons))\s*")
# (the pieces one of which every arrow holds, looked for as plain substrings: a search of the pattern they make tried
# every character of every sentence, twice)
_ARROW_PIECES = ("→", "⟶", "⇌", "⇄", "⇋", "↔", "⟷", "=", "->", "arrow", "leftharpoons")


def _holds_arrow(text: str) -> bool:
    return any(piece in text for piece in _ARROW_PIECES)
# The equals sign of a reaction as plain-text abstracts print it ("Ca(BH4)2 = CaH2 + 2B + 3H2"): a sign
# between a formula and a sum of formulas; a sign before one term ("M = Fe, Co", "x = 1") is a definition
_EQUALS = re.compile(r"\s*(?<![<>=!])=(?![=>])\s*")

# the product side: 'CaH2 + MgB2 + 4H2', 'Al + 4NaH' (up to a comma, a bracket or a word)
# (a phase letter may lead a formula: "α-TiNi + LiH")
_PRODUCT = r"[\d./]*\s*(?:[α-ω]-?)?[A-Za-z(\[][^\s,;]*"
_PRODUCTS = re.compile(rf"\s*{_PRODUCT}(?:\s*\+\s*{_PRODUCT})*")


# what stands right before an arrow of a reaction: a formula, an ion ("3Li+") or electrons ("3e−")
_REACTANT_BEFORE = re.compile(r"(?:[A-Z(][\w().·]*[+\-−–]?|\d*e[−\-–])\s*$")


@per_document(maxsize=2048)   # (asked for each mention of a sentence, by the measurement and again by the claim reader)
def product_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the product sides of the reactions written in ``text`` are: after an arrow that follows a
    formula ("MgH2 → Mg + H2"; the word "arrow" between no formulas is English)."""
    return tuple(sorted(span for _, span in reactions(text)))


# the reactant side before an arrow: a sum of formulas, ions and electrons back to a word or punctuation
# ("α-TiNiH + Li+ + e−", "Ca(BH4)2 + 3MgH2")
_TERM = r"(?:[\d./]*(?:[α-ω]-?)?[A-Z(\[][^\s,;:]*|\d*e[−\-–])"
_REACTANTS = re.compile(rf"{_TERM}(?:\s*\+\s*{_TERM})*\s*$")


@per_document(maxsize=2048)   # (the claim reader asks again, after the measurement reader read every sentence)
def reactions(text: str) -> tuple[tuple[str, tuple[int, int]], ...]:
    """The reactions written in ``text``: (the reactant side as written, where its product side is)."""
    if not _holds_arrow(text):
        return ()
    spans = []
    for sign, sums_only in ((_ARROW, False), (_EQUALS, True)):
        for arrow in sign.finditer(text):
            if not _REACTANT_BEFORE.search(text, max(0, arrow.start() - 40), arrow.start()):
                continue
            products = _PRODUCTS.match(text, arrow.end())
            if products and (not sums_only or "+" in products.group()):
                reactants = _REACTANTS.search(text, max(0, arrow.start() - 80), arrow.start())
                spans.append((reactants.group().strip() if reactants else "", (arrow.end(), products.end())))
    return tuple(spans)


def without_equations(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with each reaction written whole in it, both sides, left out ('the enthalpies for (1)
    LiAlH4 → 1/3Li3AlH6 + 2/3Al + H2 and (2) … were': the formulas of the equations name what reacts, no words of
    the quantity, and they would push the quantity's words out of the words read before a value)."""
    if not _holds_arrow(text[start:end]):
        return text[start:end]
    kept, at = [], start
    for reactants, (_, product_end) in reactions(text):
        opened = text.rfind(reactants, start, product_end) if reactants else -1
        if opened < at or product_end > end:
            continue
        kept.append(text[at:opened])
        at = product_end
    kept.append(text[at:end])
    return " ".join(kept)


# one term of a side as written: its coefficient ('3/2', '2', '0.5', none), a phase letter, the formula
_SIDE_TERM = re.compile(r"^(?P<n>\d+(?:\.\d+)?(?:/\d+)?)?(?:[α-ω]-?)?(?P<formula>[A-Z(\[].*)$")


def unbracketed(term: str) -> str:
    """A term without the bracket or sentence it was written in: '(LiBH4' of '(LiBH4 + Al → …)', '3H2)', '3H2.'."""
    term = term.rstrip(".")
    if term.count("(") > term.count(")") and term.startswith("("):
        term = term[1:]
    if term.count(")") > term.count("(") and term.endswith(")"):
        term = term[:-1]
    return term


def side_terms(side: str) -> list[tuple[float, str] | None]:
    """(coefficient, formula) of each term of one side of a written reaction ('LiH + 1/2AlB2 + 3/2 H2'), None
    for a term that is no formula. A term is one formula: a space inside it is the conversion's ('Li3BN 2')."""
    out: list[tuple[float, str] | None] = []
    for raw in side.split("+"):
        m = _SIDE_TERM.match(unbracketed(re.sub(r"\s+", "", raw)))
        if m is None:
            out.append(None)
            continue
        num, _, den = (m.group("n") or "1").partition("/")
        out.append((float(num) / float(den or 1), m.group("formula")))
    return out


# a reactant's coefficient: a whole number glued to the formula, first or after a '+'
_COEFFICIENT = re.compile(r"(?:^|(?<=\+)\s*)(\d+)(?=[A-Z(\[])")
# the coefficient of a lone reactant: whole, decimal or the decimal a glued fraction was cleaned to
_ONE_COEFFICIENT = re.compile(r"\d+(?:\.\d+)?(?=[A-Z(\[])")


def in_lowest_terms(text: str, systems: list) -> list:
    """The (mention, system) pairs with a reaction's reactant side ('3LiH + 3LiBH4·NH3 → …') read by its
    ratio in lowest terms (LiH + LiBH4·NH3): an equation scales its coefficients to balance its atoms, so
    they are no amounts of the sample; the ratio between them is ('2LiNH2 + LiBH4 →' stays 2:1)."""
    if not _holds_arrow(text):
        return systems
    return [(m, (_reduced(m) or s) if arrow_at(text, m.end) else s) for m, s in systems]


def _reduced(mention):
    """The system of a sum of reactants with every term's coefficient divided by their common factor,
    None when every term has none above 1 in common."""
    terms = mention.text.split("+")
    if len(terms) == 1:
        # ('1/3Li3AlH6 → LiH + …', cleaned to '0.3333Li3AlH6'): one reactant in lowest terms is the compound itself
        alone = _ONE_COEFFICIENT.match(mention.text.strip())
        return system_of(mention.text.strip()[alone.end():]) if alone else None
    counts = [_COEFFICIENT.match(t.strip()) for t in terms]
    if len(terms) < 2 or not all(counts):
        return None
    factor = math.gcd(*(int(c.group(1)) for c in counts if c is not None))
    if factor < 2:
        return None
    reduced = " + ".join(_scaled(t.strip(), factor) for t in terms)
    return system_of(reduced)


def _scaled(term: str, factor: int) -> str:
    """A reactant with its coefficient divided by ``factor`` (a coefficient of 1 left unwritten)."""
    count = int(_COEFFICIENT.match(term).group(1)) // factor   # type: ignore[union-attr]
    return _COEFFICIENT.sub("" if count == 1 else str(count), term, count=1)


def arrow_at(text: str, at: int) -> bool:
    """An arrow of a reaction starts at ``at`` (after optional space): what stands before it reacts."""
    return _ARROW.match(text, at) is not None


def in_products(text: str, at: int) -> bool:
    """Offset ``at`` lies on the product side of a reaction of ``text``: what the reactants give, no
    sample and no host (the theoretical capacity after '… → Al + 4LiH' is the reactant's)."""
    return any(a <= at < b for a, b in product_spans(text))


# a formula written as one term of a sum: a coefficient may stand before it, a sign or the side's end after it
_TERM_END = r"(?![\w(\[·⋅])"
_FORMULA_AT = re.compile(r"[A-Z][A-Za-z0-9()]*")


def intermediate_at(text: str, at: int) -> bool:
    """Offset ``at`` starts a reactant that a reaction written before it in ``text`` gave: an intermediate of
    a sequence of steps ('i) Li3AlH6 + TiF3 → 3LiF + Al + Ti + 3H2, ii) 3Al + Ti → Al3Ti': the Al of the second
    step is the first's product, no sample and no host)."""
    before = [span for span in product_spans(text) if span[1] <= at]   # (most sentences write no reaction)
    term = _FORMULA_AT.match(text, at) if before else None
    if term is None:
        return False
    word = re.compile(rf"(?:^|[\s+])[\d./]*\s*{re.escape(term.group())}{_TERM_END}")
    return any(word.search(text, a, b) is not None for a, b in before)


def without_products(text: str, systems: list) -> list:
    """The (mention, system) pairs of the sentence but those on the product side of a written reaction, and
    both sides of a reaction written in brackets as the name of a step ('the first (NaAlH4 → Na3AlH6) and
    second (Na3AlH6 → NaH) steps': which step a value is of, not which sample)."""
    spans = product_spans(text) if systems else ()
    if not spans:
        return systems
    spans = (*spans, *_step_labels(text, spans))
    return [(m, s) for m, s in systems if not any(a <= m.start < b for a, b in spans)]


# a bracket opened right after a word of order or of a step, and the step word after it closes
_STEP_BEFORE = re.compile(r"\b(?:first|second|third|fourth|initial|final|last|two|three|each|the)\s*\(\s*$", re.I)
_STEP_AFTER = re.compile(r"\s*\)\s*(?:and|,|or)?\s*(?:(?:first|second|third|final|last)\s*\("
                         r"|(?:de)?(?:hydrogenation\s+)?(?:steps?|stages?|reactions?|processes)\b)", re.I)


def _step_labels(text: str, products: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """Where reactions stand in brackets as the names of steps: from the bracket's opening to its close."""
    out = []
    for _, end in products:
        close = end - 1 if text[end - 1] == ")" else end   # (the product side as read may hold the closing bracket)
        opened = text.rfind("(", 0, close)
        if opened < 0 or ")" in text[opened:close] or not _STEP_BEFORE.search(text, max(0, opened - 12), opened + 1):
            continue
        if _STEP_AFTER.match(text, close):
            out.append((opened, end))
    return out



# "the MgH2 and LiBH4 dehydrogenation steps", "the LiBH4 decomposition stage": a hydride of the composite naming
# one of its reaction steps
_STEP_OF_PART = re.compile(r"(?:\s+and\s+[A-Z][\w()]*)?\s+(?:de)?(?:hydrogenation|hydriding|decomposition|desorption)"
                           r"\s+(?:steps?|stages?)\b", re.I)


def without_step_names(text: str, systems: list, sample) -> list:
    """The (mention, system) pairs but the hydrides of ``sample`` (a composite the passage is about) that name one of
    its reaction steps ('the apparent activation energies of the MgH2 and LiBH4 dehydrogenation steps'): the
    values are the composite's."""
    if sample is None or len(sample.components) < 2 or "step" not in text and "stage" not in text:
        return systems
    parts = {c.formula for c in sample.components}
    return [(m, s) for m, s in systems if not (s.bare and s.host.formula in parts
                                               and _STEP_OF_PART.match(text, m.end))]
