"""A share of a sample named as such: "(NaAlH4 loading 40 wt%)", "a hydride content of 25 wt%",
"at a 30 wt% loading". It says how much of a component the sample holds (a composition), never a
hydrogen capacity; unless the words name the property itself ("a hydrogen content of 7.6 wt%": the
ontology's label of the capacity) or the share is of hydrogen.
"""
from __future__ import annotations

import re

from ingest.extraction.text.copula import BE
from ingest.extraction.text.hedge_words import LIMITING, hedged
from ingest.extraction.text.quantity_text import Group, compatible_keys
from ingest.extraction.text.sample_words import BEST_SHARE, HEDGE_BEFORE_SHARE, SHARE_NOUN
from ontology.word_gate import gated

from .property_cues import cue_table, stems

# English nouns of a share (not vocabulary): the words before or after a composition's number
_SHARE_NOUN = SHARE_NOUN
# the words a share is measured by after its noun ("loading rate", "filling ratio", "content level"): English
_SHARE_MEASURE = r"(?:rates?|ratios?|levels?)"

# "<words> loading 45 wt%", "loading of", "content was", "loading: 45 wt%", "loading = 45 wt%", "content of about"
# ("the NaAlH4 content in the composite was 40 wt%": the sample it is a share of named between)
# ("the optimal amount of the catalyst was found to be 5 wt%": the best of the amounts tried, a share too)
# ("the loading of MgH2 was determined as 15 wt%", "the MgH2 loading in the scaffold reached 30 wt%": the verbs an
# author reports a measured share with)
# ("the loading rate of the Mg@C sample reaches a record high of 65 %": a share noun with the word of its measure
# after it, and the verb of its reaching a figure, said so whatever the figure is called)
_SHARE_BEFORE = gated(re.compile(rf"(?P<words>(?:[^\s,;:()]+\s+){{0,2}})(?P<noun>{BEST_SHARE}|{_SHARE_NOUN})"
                           rf"(?P<measure>\s+{_SHARE_MEASURE})?"
                           r"(?:(?:\s+(?:in|of)\s+(?:the\s+)?[^\s,;:()]+){1,2}(?:\s+[a-z]+)?"
                           r"(?=\s+(?:was|were|is|are|reach(?:ed|es)|attain(?:ed|s)|amount(?:s|ed)\s+to)\b))?"
                           rf"\s*(?:of|{BE}(?:\s+(?:found|determined|shown|estimated|measured|calculated)"
                           r"\s+(?:to\s+be|as))?|=|:"
                           r"|amount(?:s|ed)\s+to|(?:reach(?:ed|es)|attain(?:ed|s))(?:\s+(?:a|an)\s+(?:[a-z]+\s+){0,2}of)?)?\s*"
                           rf"(?:{HEDGE_BEFORE_SHARE}|{hedged(LIMITING)})?$", re.I))

# "a 30 wt% loading", "30 wt.% LiBH4 loading"
_SHARE_AFTER = re.compile(rf"\s*(?P<words>(?:[^\s,;:()]+\s+){{0,1}})(?P<noun>{_SHARE_NOUN})\b", re.I)

_HYDROGEN = re.compile(r"\b(?:hydrogen|H2|H)\b")


def shared_out(text: str, g: Group, bare: bool = False) -> bool:
    """Is the value (a named fraction) the share of a component the words before or after it name? ``bare``: the
    value is a bare per cent, a share only where the words before it say it with the word of its measure ("the
    loading rate of … reaches 65 %")."""
    m = _SHARE_BEFORE.search(text, max(0, g.start - 80), g.start)
    if bare and (m is None or not m.group("measure")):
        return False
    m = m or _SHARE_AFTER.match(text, g.end)
    if m is None or g.unit is None or _HYDROGEN.search(m.group("words")):
        return False   # "hydrogen content", "H2 loading": what the sample stores
    return not _names_property(g.unit, f"{m.group('words')} {m.group('noun')}")


def _names_property(unit: str, words: str) -> bool:
    """The words hold a whole label of a property the value's unit fits ('gravimetric content' would)."""
    props, _ = compatible_keys(unit)
    said = set(stems(words))
    table = cue_table()
    return any(lab and set(lab) <= said for k in props for lab in table.get(k, []))
