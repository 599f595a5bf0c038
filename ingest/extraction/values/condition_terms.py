"""Categorical conditions a sentence states for its values: the conducting ion ("a Li+ conductivity of
0.1 mS/cm", "the Mg2+ conductor reaches …") and the cell type ("in an all-solid-state cell the anode
delivers 900 mAh/g", "in a liquid-electrolyte half cell").

The words come from the ontology: each categorical condition (a keyed ``hkg:Condition`` without a unit)
has its values as sub-terms with labels and synonyms, and says with ``hkg:appliesTo`` which values it
qualifies (the conducting ion: solid-electrolyte properties; the cell type: anode properties). A
sentence naming two values of one condition ("unlike the liquid cell, the all-solid-state cell …") says
nothing certain about its numbers and leaves them as they are.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ontology.models import Measurement
from ontology.units import CELSIUS_WRITTEN
from ontology.vocabulary import vocabulary
from ontology.word_gate import Gated

# The ion qualifies a value when it qualifies a conduction word ("Li+ conductivity", "Mg2+-conducting",
# "lithium-ion conductor", "Li+ transference number"); alone, "Li+" is often a reference electrode
# ("vs. Li+/Li") and says nothing about what conducts.
_CONDUCTION_WORDS = ("conduct", "transference", "migration", "transport")
_CONDUCTION = rf"(?:[\s-]?(?:{_CONDUCTION_WORDS[0]}\w*|{'|'.join(_CONDUCTION_WORDS[1:])}))"
_AFTER = r"(?![\w+/⁺])"
# The ion's element, its label without 'ion' ("lithium", "Li", "Mg2+"), names it too where the words of the
# conduction follow it: the adjective ("a Li-ionic conductivity", "lithium ionic conduction"), the kind of conductor
# ("a lithium superionic conductor", "a sodium fast-ion conductor") or the conduction word alone ("a magnesium
# conductivity of …"); and the conductivity's symbol is written with the ion as its index ("σ(Li+) = 4 × 10−6
# S cm−1").
_ION_KIND = r"(?:[\s-]+(?:(?:super|fast)[\s-]?)?ion(?:ic)?)?"
_SIGMA = "σ"
_SIGMA_GATE = "("     # (what each σ(…) holds that a gate may look for: the σ is a cased letter, which it may not)
_ION_SUFFIX = re.compile(r"[\s-]ion$", re.I)


@lru_cache(maxsize=1)
def _any_of_key() -> dict[str, Gated]:
    """condition key → one pattern that matches where any of that key's value patterns does: most
    sentences name no value of a key, which one search then tells, not one search per value term (and
    that search is made only where the sentence holds the first word of one of the key's labels, or, for
    the conducting ion, a word of conduction)."""
    vocab = vocabulary()
    out = {}
    for key, patterns in _patterns().items():
        words = (*_CONDUCTION_WORDS, _SIGMA_GATE) if key == "conducting_ion" else tuple(sorted(
            {re.split(r"[\s-]", label.lower())[0] for term in vocab.condition_values(key) for label in term.labels}))
        out[key] = Gated(re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in patterns), re.I), words)
    return out


@lru_cache(maxsize=1)
def _patterns() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """condition key → [(value term id, pattern of its labels)]; ions need a conduction word after."""
    vocab = vocabulary()
    out: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for key in vocab.categorical_condition_keys():
        ion = key == "conducting_ion"
        for term in vocab.condition_values(key):
            words = "|".join(re.escape(label).replace(r"\ ", r"[\s-]").replace(r"\-", r"[\s-]")
                             for label in sorted(term.labels, key=len, reverse=True))
            tail = _CONDUCTION if ion else _AFTER
            # (?=[…]): the first characters of the labels, which lets a search pass every other
            # position at once instead of trying each label there (every sentence is searched)
            first = _first_characters(term.labels)
            pattern = rf"(?<![\w-])(?={first})(?:{words}){tail}"
            if ion:
                pattern = rf"{pattern}|{_element_forms(term.labels, words)}"
            out.setdefault(key, []).append((term.id, re.compile(pattern, re.I)))
    return out


def _element_forms(labels, words: str) -> str:
    """The pattern of a conducting ion named by its element before the words of its conduction ("lithium
    superionic conductor", "Li-ionic conductivity", "magnesium conductivity") or as the index of the conductivity's
    symbol ("σ(Mg2+)"); ``words`` is the pattern of the ion's labels."""
    stems = sorted({_ION_SUFFIX.sub("", label) for label in labels}, key=len, reverse=True)
    element = "|".join(re.escape(stem) for stem in stems)
    return rf"(?<![\w-])(?:{element}){_ION_KIND}{_CONDUCTION}|{_SIGMA}\s*\(\s*(?:{words})\s*\)"


def _first_characters(labels) -> str:
    """A character class of the characters the labels start with (a space or hyphen as [\\s-], as
    the patterns write it); '' for no labels."""
    chars = {label[0] for label in labels if label}
    if not chars:
        return ""
    spaced = bool(chars & {" ", "-"})
    return "[" + "".join(re.escape(c) for c in sorted(chars - {" ", "-"})) + (r"\s-" if spaced else "") + "]"


@lru_cache(maxsize=64)
def _qualifies(key: str, prop: str) -> bool:
    """Whether condition ``key`` applies to values of ``prop`` (``hkg:appliesTo`` on both terms)."""
    return key in vocabulary().categorical_conditions_for(prop)


_MATERIAL_KINDS = frozenset({"Material", "SYSTEM"})   # (ingest.extraction.text.nlp's mention kinds of a material and of
                                                      # a formula)


def without_conducting_ions(text: str, ms: list) -> list:
    """The mentions without the element that names a conducting ion ("Pure LiBH4 shows a lithium ion conductivity
    of …", "a magnesium-ion conductor", "σ(Mg2+) = …"): it says what carries the current, no lithium or magnesium
    sample of the sentence."""
    if not _any_of_key()["conducting_ion"].search(text):
        return ms
    spans = [(f.start(), f.end()) for _, pattern in _patterns()["conducting_ion"] for f in pattern.finditer(text)]
    return [m for m in ms if not (m.kind in _MATERIAL_KINDS and any(a <= m.start and m.end <= b for a, b in spans))]


def stated_conditions(text: str) -> dict[str, str]:
    """Categorical condition key → value term id that ``text`` names, for the conditions whose value
    it names exactly once."""
    return _single(_named(text))


def _single(named: dict[str, set[str]]) -> dict[str, str]:
    return {key: next(iter(values)) for key, values in named.items() if len(values) == 1}


def _named(text: str, keys=None) -> dict[str, set[str]]:
    """Categorical condition key → the value term ids ``text`` names (one or more); only the
    conditions ``keys`` when given."""
    out: dict[str, set[str]] = {}
    for key, patterns in _patterns().items():
        if keys is not None and key not in keys or not _any_of_key()[key].search(text):
            continue
        named = {tid for tid, pattern in patterns if pattern.search(text)}
        if named:
            out[key] = named
    return out


# The cell an abstract tests its electrode in is named once for the paragraph; the conducting ion is
# said of one material and reviews set Li+ and Mg2+ conductors side by side: only the cell type
# carries over the sentences of a paragraph.
_PARAGRAPH_WIDE = frozenset({"cell_type"})


# the temperature a sentence that names the cell tests it at ("cycled in an all-solid-state cell … at
# 120 °C"): the paragraph's later values of that cell were measured at it too
_CELL_TEMPERATURE = re.compile(rf"\bat\s+(\d+(?:\.\d+)?)\s*{CELSIUS_WRITTEN}|\bat\s+(\d+(?:\.\d+)?)\s*K\b")
TEMPERATURE = "temperature"


def _cell_temperature(text: str) -> dict[str, float]:
    """{temperature: °C} of a sentence that names its cell and one test temperature, else {}."""
    found = {float(c) if c else float(k) - 273.15 for c, k in _CELL_TEMPERATURE.findall(text)}
    return {TEMPERATURE: found.pop()} if len(found) == 1 else {}


def _paragraph(sentence) -> tuple:
    return (getattr(sentence, "section", None), getattr(sentence, "passage", None),
            getattr(sentence, "paragraph", None))


def _carried(sentences: list, wanted: set | None = None) -> dict[tuple, dict[str, Any]]:
    """(start, end) of a sentence → the paragraph-wide conditions the paragraph named last before it
    ("… applied to all-solid-state batteries. As a result, the composite delivers …").

    ``wanted``: the places asked about (the sentences with values); the sentences of a paragraph are
    read only up to its last wanted one, and paragraphs without one not at all."""
    out: dict[tuple, dict[str, Any]] = {}     # categorical term ids, and the cell's temperature (°C)
    runs: list[list] = []   # the sentences of each paragraph, in order
    paragraph = None
    for s in sentences:
        if not runs or _paragraph(s) != paragraph:
            paragraph = _paragraph(s)
            runs.append([])
        runs[-1].append(s)
    for run in runs:
        places = [(getattr(s, "start", None), getattr(s, "end", None)) for s in run]
        upto = len(run) if wanted is None else \
            next((i + 1 for i in range(len(run) - 1, -1, -1) if places[i] in wanted), 0)
        last: dict[str, Any] = {}
        for i in range(upto):
            out[places[i]] = dict(last)
            if i + 1 < upto:   # what the last one names reaches no sentence asked about
                text = getattr(run[i], "text", "")
                cell: dict[str, Any] = dict(_single(_named(text, _PARAGRAPH_WIDE)))
                if cell:
                    last.pop(TEMPERATURE, None)        # a new cell: its own temperature, or none said
                    cell.update(_cell_temperature(text))
                last.update(cell)
    return out


def apply_condition_terms(measurements: list[Measurement], sentences: list) -> list[Measurement]:
    """The measurements with the categorical conditions of their own sentence (found by the sentence
    offsets each record carries), else the cell type their paragraph named last before them ("With a
    liquid electrolyte the anode delivers … . After 100 cycles 594 mAh/g remain."); a condition the
    record already states is kept as it is."""
    by_place = {(getattr(s, "start", None), getattr(s, "end", None)): s for s in sentences}
    carried = _carried(sentences, {(m.source.start, m.source.end) for m in measurements if m.source.table is None})
    # a sentence is read once, whatever its number of values: (its own, its paragraph's)
    said: dict[tuple, tuple[dict[str, str], dict[str, str]]] = {}
    out = []
    for m in measurements:
        place = (m.source.start, m.source.end)
        if m.source.table is None and place not in said:
            text = getattr(by_place.get(place), "text", "")
            named = _named(text)
            # a sentence naming two cells ("unlike the liquid cell, the all-solid-state one …") is left as it is
            said[place] = _single(named), {k: v for k, v in carried.get(place, {}).items() if k not in named}
        own, paragraph = said[place] if m.source.table is None else ({}, {})
        # a theoretical or calculated value was tested in no cell: only its own sentence speaks for it
        stated = {**paragraph, **own} if m.basis == "measured" else own
        # the temperature the cell was said to be tested at, for a value of that cell without one of its own
        warm = {TEMPERATURE: stated[TEMPERATURE]} if TEMPERATURE in stated and TEMPERATURE not in m.conditions \
            and "cell_type" not in own and _qualifies("cell_type", m.property) else {}
        new = {k: v for k, v in stated.items() if k != TEMPERATURE and k not in m.condition_terms
               and _qualifies(k, m.property)}
        if new or warm:
            m = m.model_copy(update={"condition_terms": {**m.condition_terms, **new},
                                     "conditions": {**m.conditions, **warm}})
        out.append(m)
    return out
