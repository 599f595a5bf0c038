"""A loading written before the words that say what part the additive plays, its formula right after them:
'25 mol% conversion-type anode material CoO', '10 wt% of the oxide catalyst Nb2O5', '3 mol% dopant KH'.

The loading is the additive's: the words between name its kind (the ontology's AddedPartNoun and ApposedNoun
words end them: catalyst, additive, dopant, material …), never another sample. A word of the sentence's grammar
among them ('in', 'was', 'to') breaks the run: '10 wt% was milled into the anode material CoO' gives CoO no loading.
"""
from __future__ import annotations

import re

from ingest.extraction.text.amounts import AMOUNT_GROUPS
from ontology.vocabulary import vocabulary

_PART_NOUN = (f'(?:{vocabulary().scheme_alternation("AddedNoun", ("AddedPartNoun",))}'
              f'|{vocabulary().scheme_alternation("ApposedNoun")})')
# (grammar, not vocabulary: a verb, a preposition or a conjunction ends a describing run)
_GRAMMAR = r"(?:in|into|on|onto|to|with|and|or|was|were|is|are|be|been|as|by|for|from|at|than|then)"
_BEFORE_FORMULA = re.compile(
    rf"(?:{AMOUNT_GROUPS})\s*(?:of\s+(?:(?:the|a|an)\s+)?)?(?:(?!{_GRAMMAR}\s)[a-z][a-z-]*\s+){{0,3}}{_PART_NOUN}\s+$",
    re.I)
_REACH = 90   # the amount, an article, a few describing words and the part noun


def loading_before_part_noun(text: str, start: int) -> re.Match[str] | None:
    """The loading written before the part noun that stands right before the material at ``start``, else None."""
    return _BEFORE_FORMULA.search(text, max(0, start - _REACH), start)
