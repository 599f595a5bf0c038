"""Elements a text says take sites of a host's own lattice: 'upon Ti substitution', 'with 6.25 at.% Ti
substitution', 'Ni alloying', 'Ti-for-Mg substitution', 'the partial substitution of Li by Na', 'substituting
12.5 at.% Al for Mg', 'replacing 25% of Mg by Ti'. Such an element is a substituent of the host
(DopantSubstituent), whatever role its composition alone would give it (a transition metal beside MgH2 reads as a
catalyst); the strategy follows from that role (ontology.strategy_rules: Alloying, CationSubstitution,
AnionSubstitution).

The words are the ontology's (methods.ttl: SubstitutingWord and LatticeEntryWord after the element, ReplacementNoun
and ReplacingStem before it; materials.ttl: SubstitutionNoun); the English around them is here. A word of doping
('Ti-doped MgH2') says no such thing: what a doped element is, its composition decides
(ingest.extraction.samples.samples).
"""
from __future__ import annotations

import re
from functools import cache

from ingest.extraction.text.amounts import PER_CENT
from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention
from ingest.extraction.text.sample_words import adding_nouns
from ontology.elements import SYMBOL_WRITTEN, formula_symbols
from ontology.formula import is_element_symbol
from ontology.vocabulary import vocabulary
from ontology.word_gate import may_say, may_say_in

# one element's symbol, written as such (case kept whatever the pattern's flags)
_SYMBOL = SYMBOL_WRITTEN
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
    noun = adding_nouns("SubstitutionNoun")
    return re.compile(rf"(?:[-‐]|\s+)(?:for[-‐\s]+(?P<out>{_SYMBOL})[-‐\s]+)?(?:{entering}|{noun})"
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
    # (the element replaced, where the words name it: groups out1 to out3)
    return re.compile(rf"\b(?:{noun}\s+(?:of\s+{_SHARE}(?:(?P<out1>{_SYMBOL}){_REPLACED_BY}\s+)?|by\s+)"
                      rf"|{verb}\s+{_SHARE}(?:(?P<out2>{_SYMBOL}){_REPLACED_BY}\s+)?"
                      rf"|{entering}\s+(?:with|by)\s+{_SHARE}"
                      # ('with 20% of its H replaced by Cl', 'Li is partly substituted by Na': the element replaced
                      # named right before the verb)
                      rf"|(?P<out3>{_SYMBOL})\s+(?:(?:atoms?|ions?|was|were|is|are|being|partly|partially)\s+){{0,3}}"
                      rf"{verb}\s+(?:with|by)\s+)(?:the\s+)?$", re.I)


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
    return may_say(text, _cue_words())


def enters_lattice(text: str, start: int, end: int) -> bool:
    """Do the words around the element written from ``start`` to ``end`` say it takes sites of a host's lattice
    ('upon Ti substitution', 'substituting Al for Mg', 'the substitution of Mg by Ti' for Ti, not for Mg)?"""
    return _entering(text, start, end)[0]


def _entering(text: str, start: int, end: int) -> tuple[bool, str | None]:
    """(whether the words say the element from ``start`` to ``end`` takes sites of a host's lattice, the element whose
    sites it takes where they name it: 'Mg' of 'the substitution of Mg by Ti' or of 'Ti-for-Mg substitution')."""
    if _FOR_BEFORE.search(text, max(0, start - 5), start):
        return False, None
    after = _after_element().match(text, end)
    if after is not None:
        return True, after.group("out")
    before = _before_element().search(text, max(0, start - 60), start)
    if before is None or _TAKEN_OUT.match(text, end):
        return False, None
    return True, before.group("out1") or before.group("out2") or before.group("out3")


def entering_elements(text: str, found: list[Mention]) -> list[tuple[int, str, str | None]]:
    """(where, symbol, the element it replaces or None) of each element mention in ``text`` the words around it say
    takes sites of a host's lattice (``enters_lattice``): the sentence that says so makes it the substituent of its
    samples — of those whose host holds the element replaced, where the words name one ('replacing Ni with Co in
    MgH2' swaps nothing in MgH2)."""
    if not may_enter(text):
        return []
    out = []
    for m in found:
        # (the words around each element looked at first: most elements of a paper stand far from any word of
        # entering; and a symbol's look before its parse, which costs most)
        if m.kind in ("Material", SYSTEM_LABEL) and _SYMBOL_ALONE.fullmatch(m.text) \
                and may_say_in(text, max(0, m.start - 60), m.end + 40, _cue_words()) and is_element_symbol(m.text):
            said, replaced = _entering(text, m.start, m.end)
            if said:
                out.append((m.start, m.text, replaced))
    return out


def substituted_in(host_formula: str, replaced: str | None) -> bool:
    """Can an element that replaces ``replaced`` (None: the words name no element replaced) be a substituent of the
    host ``host_formula``? Only where the host holds the element it replaces."""
    return replaced is None or replaced in formula_symbols(host_formula)
