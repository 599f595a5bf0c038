"""What a PDF copy does to chemistry words, undone: subscripts set apart and prefixes run together.

Formulas split at their subscripts: "MgH 2", "LiBH 4", "Mg(BH 4 ) 2", "Li 2 B 12 H 12". Text copied
from a PDF keeps a subscript as a word of its own, so the tokenizer sees "MgH" and a number 2 (and the
number may then be read as a value). ``split_subscripts`` names the spaces to drop
so that the formula is one word again. A run is joined only where the result is chemistry and the
split form is not text of its own:

- the joined formula is one the ontology knows (``Vocabulary.by_formula``: MgH2, LiBH4, Mg(BH4)2), or
- it has at least two subscripts set apart ("Nb 2 O 5", "Li 2 B 12 H 12") and parses as a formula.

"LiH 2 h" (LiH, then two hours) stays as written: LiH2 is no formula of the ontology and the run has
one subscript only; "Table 2" and "Figure 3" are no formulas at all.

A dopant prefix whose hyphen (and the space before it) was lost: "5 mol %Cadoped LiBH4" is
"5 mol % Ca-doped LiBH4". ``glued_prefixes`` names the characters to put back, where the word cuts
into a formula and a preparation word that, hyphenated, reads as the prefix of a sample
(``ingest.samples.PREFIX``); "Caused", "Based", "Coated" cut into no such pair.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ontology.formula import FormulaError, parse_formula
from ontology.vocabulary import vocabulary

# A word of formula characters that ends in a letter or a closing bracket, then one or more words
# that may continue it: a one- or two-digit subscript, a closing bracket (with its count), or a
# further part starting with a capital or an opening bracket. The run is cut back below to the
# longest prefix that is a formula. (A coefficient may lead: "2LiBH 4".)
# A subscript set apart: alone ("MgH 2"), or with the rest of the formula glued after it, as many
# copies print it ("Mg(BH 4) 2", "Nb 2O 5", "Li 2B 12H 12": the space falls before each subscript only)
_SET_APART = r"\d{1,2}(?:(?=[A-Z()\[\]])[A-Za-z()\[\]\d]*[A-Za-z)\]]|(?![\d.,]?\d|\s?%))"
_RUN = re.compile(r"(?=[\dA-Z(\[])(?<![\w)\].])(?=\d*[A-Z(\[])\d*[A-Za-z()\[\]\d]*[A-Za-z)\]]"
                  rf" {_SET_APART}"
                  rf"(?: (?:{_SET_APART}|[)\]]\d{{0,2}}|[A-Z(\[][A-Za-z()\[\]\d]*))*")
_SUBSCRIPT = re.compile(r"\d{1,2}")
_DASH_AFTER = re.compile(r" [–-](?=[\dA-Z(\[])")
_FORMULA_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789()[]")
_SUBSCRIPT_HINT = re.compile(r"[A-Z)\]][A-Za-z()\[\]\d]{0,12}? \d{1,2}(?![\d.,]?\d|\s?%)")
_COEFFICIENT = re.compile(r"^\d+")
_ELEMENTS_ONLY = re.compile(r"[A-Z][a-z]?")


def split_subscripts(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the spaces to drop so that each split formula is one word."""
    drops: list[tuple[int, int]] = []
    done = -1
    for hint in _SUBSCRIPT_HINT.finditer(text):   # (a cheap scan first: a run is tried only where one may start)
        start = hint.start()
        while start > 0 and text[start - 1] in _FORMULA_CHARS:
            start -= 1
        m = _RUN.match(text, start) if start > done else None
        if m is None:
            continue
        words = m.group(0).split(" ")
        starts = [m.start()]
        for w in words[:-1]:
            starts.append(starts[-1] + len(w) + 1)
        for k in range(len(words), 1, -1):   # the longest prefix that is one formula
            if _rejoined(tuple(words[:k])):
                drops.extend((s - 1, s) for s in starts[1:k])
                end = done = starts[k - 1] + len(words[k - 1])
                if _DASH_AFTER.match(text, end):
                    drops.append((end, end + 1))   # "LiBH 4 –MgH 2": the space the subscript left before the dash
                break
    return drops


@lru_cache(maxsize=4096)
def _rejoined(words: tuple[str, ...]) -> bool:
    """Whether the words, written together, are one formula (see the module's rules)."""
    if not _SUBSCRIPT.match(words[1]):
        return False   # the first space must be the one before a subscript
    joined = _COEFFICIENT.sub("", "".join(words))
    if joined.count("(") != joined.count(")") or joined.count("[") != joined.count("]"):
        return False
    if vocabulary().by_formula(joined) is not None:
        return True
    subscripts = sum(1 for a, b in zip(words, words[1:]) if _SUBSCRIPT.match(b) and not a[-1:].isdigit())
    if subscripts < 2 or not _ELEMENTS_ONLY.match(joined):
        return False
    try:
        formula = parse_formula(joined)
    except FormulaError:
        return False
    return not formula.symbols and len(formula.composition) >= 2


# A capitalised word that ends in a participle ("Cadoped", "TiF3catalysed"), after a space, a bracket
# or a percent sign that the copy glued to it
_GLUED_WORD = re.compile(r"[A-Z](?<=(?<![\w\-–/@])[A-Z])[A-Za-z0-9]{0,8}?[a-z]{3,}(?:ed|ing)\b")
_CO = re.compile(r"^Co(?=[a-z])")


def glued_prefixes(text: str) -> list[tuple[int, str]]:
    """(position, text to insert) that make each glued prefix a hyphenated one, with a space after a
    percent sign it was glued to: '%Cadoped' -> '% Ca-doped'."""
    inserts: list[tuple[int, str]] = []
    for m in _GLUED_WORD.finditer(text):
        cut = _prefix_cut(m.group(0))
        if cut is None:
            continue
        if m.start() > 0 and text[m.start() - 1] == "%":   # '%Cadoped': a space after the percent sign too
            inserts.append((m.start(), " "))
        inserts.append((m.start() + cut, "-"))
    return inserts


@lru_cache(maxsize=4096)
def _prefix_cut(word: str) -> int | None:
    """Where the formula of a glued prefix ends ('Cadoped' -> 2), the longest formula first; None
    when no cut gives a formula and a preparation word. 'Codoped' is 'co-doped', no cobalt."""
    from .samples import PREFIX  # (samples reads mentions from ingest.nlp, which imports this module)
    if _CO.match(word) and PREFIX.fullmatch("X-" + word[2:]):
        return None
    for cut in range(len(word) - 4, 0, -1):
        head, rest = word[:cut], word[cut:]
        if not rest[0].islower() or not head[-1:].isalnum():
            continue
        if PREFIX.fullmatch(f"{head}-{rest}") and _is_formula(head):
            return cut
    return None


def _is_formula(word: str) -> bool:
    if not _ELEMENTS_ONLY.match(word):
        return False
    try:
        formula = parse_formula(word)
    except FormulaError:
        return False
    return not formula.symbols and bool(formula.composition)


# A word broken at the end of a PDF line: "activation en- ergy", "dehydro- genation" (a suspended hyphen,
# "de- and rehydrogenation", "hydro- or", is no break)
_BROKEN = re.compile(r"(?=-)(?<=[a-z]{2})-(\s+)(?!(?:and|or|nor|to|as|vs)\b)(?=[a-z]{2})")
_WORD_BEFORE = re.compile(r"[a-z]+$")
_WORD_AFTER = re.compile(r"[a-z]+")


def line_break_hyphens(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans to drop so that each word a PDF line broke is whole again: hyphen and space
    where the joined word is a word of the ontology's labels ('en- ergy' -> 'energy'), the space alone
    where it is not ('ball- milled' -> 'ball-milled')."""
    drops: list[tuple[int, int]] = []
    for m in _BROKEN.finditer(text):
        head = _WORD_BEFORE.search(text, 0, m.start()).group(0)
        tail = _WORD_AFTER.match(text, m.end()).group(0)
        if (head + tail) in _label_words():
            drops.append((m.start(), m.end()))
        else:
            drops.append(m.span(1))
    return drops


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    """Every lower-case word of every label of the ontology's terms ('activation', 'energy', ...)."""
    return frozenset(w for t in vocabulary().terms() for label in t.labels for w in re.findall(r"[a-z]+", label.lower())
                     if len(w) > 3)
