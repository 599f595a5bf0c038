"""Elements a text says take sites of a host's own lattice: 'upon Ti substitution', 'with 6.25 at.% Ti
substitution', 'Ni alloying', 'Ti-for-Mg substitution', 'the partial substitution of Li by Na', 'substituting
12.5 at.% Al for Mg', 'replacing 25% of Mg by Ti'. Such an element is a substituent of the host
(DopantSubstituent), whatever role its composition alone would give it (a transition metal beside MgH2 reads as a
catalyst); the strategy follows from that role (ontology.strategy_rules: Alloying, CationSubstitution,
AnionSubstitution).

The words are the ontology's (methods.ttl: SubstitutingWord and LatticeEntryWord after the element, ReplacementNoun
and ReplacingStem before it; materials.ttl: SubstitutionNoun); the English around them is here. A word of doping
('Ti-doped MgH2') says no such thing: what a doped element is, its composition decides (ingest.samples).
"""
from __future__ import annotations

import re
from functools import cache

from ontology.formula import is_element_symbol
from ontology.vocabulary import vocabulary

from .amounts import PER_CENT
from .nlp import SYSTEM_LABEL, Mention
from .sample_words import adding_nouns

# one element's symbol, written as such (case kept whatever the pattern's flags)
_SYMBOL = r"(?-i:[A-Z][a-z]?)"
_SYMBOL_ALONE = re.compile(_SYMBOL)
# ' or Li atoms by', ', Sr and Ba by': after the first element replaced, the others of a short list and the 'with' or
# 'by' that names what takes their sites ('the partial substitution of Mg or Li by Na')
_REPLACED_BY = (rf"(?:(?:\s*,|,?\s+or|,?\s+and)\s+{_SYMBOL}){{0,3}}\s+(?:(?:atoms?|ions?|cations?|anions?|sites?)\s+)?"
                r"(?:with|by)")
# '12.5 at.% ', '25% of ', 'part of the ', 'some ': how much of the element the words put in or take out
_SHARE = rf"(?:(?:the|some|partial|part\s+of(?:\s+the)?)\s+|{PER_CENT}\s*(?:of\s+)?(?:the\s+)?)?"


@cache
def _after_element() -> re.Pattern[str]:
    """What follows an element that enters the lattice: 'Ti substitution', 'Ni-alloyed', 'Ti-for-Mg substitution',
    'Al substituted for Mg' (not 'Ni alloyed with Mg', 'Mg substituted by Al': there the element is the one whose
    sites are taken)."""
    entering = vocabulary().scheme_alternation("PreparationVerb", ("SubstitutingWord", "LatticeEntryWord"))
    return re.compile(rf"(?:[-‐]|\s+)(?:for[-‐\s]+{_SYMBOL}[-‐\s]+)?(?:{entering}|{adding_nouns('SubstitutionNoun')})"
                      r"\b(?!\s+(?:with|by)\b)", re.I)


@cache
def _before_element() -> re.Pattern[str]:
    """What comes before an element that enters the lattice, right up to it: 'the substitution of ', 'partial
    replacement of Li by ', 'substituting 12.5 at.% ', 'replacing 25% of Mg with ', 'alloying with ' (a noun of
    replacement with 'of' or 'by', a verb of replacing with the element right after it or after the element it
    replaces, a word of entering with 'with' or 'by')."""
    noun = vocabulary().scheme_alternation("PreparationVerb", ("ReplacementNoun",))
    verb = vocabulary().scheme_alternation("PreparationVerb", ("ReplacingStem",))
    # ('upon alloying with Ni', 'Mg2FeH6 substituted with Y': the word of entering, then what enters)
    entering = vocabulary().scheme_alternation("PreparationVerb", ("SubstitutingWord", "LatticeEntryWord"))
    replaced = rf"{_SYMBOL}{_REPLACED_BY}\s+"
    return re.compile(rf"\b(?:{noun}\s+(?:of\s+{_SHARE}(?:{replaced})?|by\s+)|{verb}\s+{_SHARE}(?:{replaced})?"
                      rf"|{entering}\s+(?:with|by)\s+{_SHARE}"
                      # ('with 20% of its H replaced by Cl', 'Li is partly substituted by Na': the element replaced
                      # named right before the verb)
                      rf"|{_SYMBOL}\s+(?:(?:atoms?|ions?|was|were|is|are|being|partly|partially)\s+){{0,3}}{verb}\s+"
                      r"(?:with|by)\s+)(?:the\s+)?$", re.I)


# 'Mg by', 'Na for': an element the words after it give as the one whose sites are taken ('substitution of Mg by Ti')
_TAKEN_OUT = re.compile(rf"{_REPLACED_BY}\b", re.I)
# 'Ti-for-Mg substitution': the element after 'for' is the one whose sites are taken
_FOR_BEFORE = re.compile(r"\bfor[-‐\s]+$", re.I)


@cache
def _cue_words() -> tuple[str, ...]:
    """The ontology's words (word beginnings) of entering a lattice, lower case: a text holding none of them says no
    element enters one (most sentences)."""
    vocab = vocabulary()
    words = [w for c in ("SubstitutingWord", "LatticeEntryWord", "ReplacementNoun", "ReplacingStem")
             for w in vocab.scheme_words("PreparationVerb", concept=c)]
    words += vocab.scheme_words("AddingActionNoun", concept="SubstitutionNoun")
    return tuple(sorted({w.removesuffix("*").lower() for w in words}))


def may_enter(text: str) -> bool:
    """Could ``text`` say an element enters a lattice at all? (One look before its materials are read.)"""
    low = text.lower()
    return any(w in low for w in _cue_words())


def enters_lattice(text: str, start: int, end: int) -> bool:
    """Do the words around the element written from ``start`` to ``end`` say it takes sites of a host's lattice
    ('upon Ti substitution', 'substituting Al for Mg', 'the substitution of Mg by Ti' for Ti, not for Mg)?"""
    if _FOR_BEFORE.search(text, max(0, start - 5), start):
        return False
    if _after_element().match(text, end):
        return True
    before = _before_element().search(text, max(0, start - 60), start)
    return before is not None and not _TAKEN_OUT.match(text, end)


def entering_elements(text: str, found: list[Mention]) -> list[tuple[int, str]]:
    """(where, symbol) of each element mention in ``text`` the words around it say takes sites of a host's lattice
    (``enters_lattice``): the sentence that says so makes it the substituent of its samples."""
    if not may_enter(text):
        return []
    # (the words around each element looked at first: most elements of a paper stand far from any word of entering)
    # (and a symbol's look before its parse, which costs most)
    return [(m.start, m.text) for m in found if m.kind in ("Material", SYSTEM_LABEL) and _SYMBOL_ALONE.fullmatch(m.text)
            and may_enter(text[max(0, m.start - 60):m.end + 40]) and is_element_symbol(m.text)
            and enters_lattice(text, m.start, m.end)]
