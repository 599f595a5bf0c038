"""'an initial discharge capacity of 1500 mAh/g', 'a first-cycle coulombic efficiency of 75 %', 'the ICE of
the 1st cycle': a value of a cycled electrode named for its first cycle was measured at cycle 1, a
condition the text gives in the property's words rather than as a number.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ingest.extraction.text.hedge_words import APPROXIMATING, LIMITING, hedged
from ontology.vocabulary import vocabulary

from .property_cues import cue_table, stems

# English ordinal words of the first cycle (not vocabulary); "first-principles" and "at first" are not
# (up to ten words between the property and its value: the sample named in them, 'the initial coulombic efficiency
# of the LiAlH4/C anode improved from 55% to 78%')
# (or the value in a bracket right after the property's words: 'retains 92 % of its initial capacity (210 mAh/g)')
_FIRST = re.compile(r"\b(?:initial|first(?:[\s-]cycle)?(?![\s-]principles?)|1st(?:[\s-]cycle)?)\s+(?P<next>[\w-]+)"
                    r"(?:\s+[^\s,;()]+){0,10}?"
                    r"(?:\s+(?:of|is|was|were|reached|reaches|amounts?\s+to|=|:)?\s*"
                    rf"(?:{hedged(APPROXIMATING, LIMITING)}|as\s+high\s+as\s+)?"
                    rf"|\s*\(\s*(?:(?:{APPROXIMATING})\s*)?)$", re.I)
# a later cycle's ordinal before the property ("the second discharge capacity", "the 300th charge capacity"):
# English ordinal words (not vocabulary) or a number with its ordinal suffix
_LATER_ORDINALS = {w: n for n, w in enumerate("second third fourth fifth sixth seventh eighth ninth tenth".split(), 2)}
_NTH = re.compile(rf"\b(?:(?P<digits>\d+)(?:st|nd|rd|th)|(?P<word>{'|'.join(_LATER_ORDINALS)}))(?:[\s-]cycle)?\s+"
                  r"(?P<next>[\w-]+)(?:\s+[^\s,;]+){0,5}?"
                  r"\s+(?:of|is|was|were|reached|reaches|remained|amounts?\s+to|=|:)?\s*"
                  rf"(?:{hedged(APPROXIMATING, LIMITING)}|as\s+high\s+as\s+)?$", re.I)
# "ICE": the initial coulombic efficiency by its abbreviation
_ICE = re.compile(rf"\bICEs?\b(?:\s+[^\s,;]+){{0,6}}?\s*(?:of|is|was|=|:)?\s*{hedged(APPROXIMATING)}?$")
_AT_FIRST = re.compile(r"\bat\s+first\b", re.I)
# the ordinal written after the value ("its 175 mAh/g initial discharge capacity", "1500 mAh/g first-cycle
# capacity"), or the first cycle said right after it ("delivers 900 mAh/g initially", "… in the first cycle")
# (the half cycles: the ontology's ElectrochemicalRun words)
_RUN = vocabulary().scheme_alternation("CycledProcessNoun", ("ElectrochemicalRun",))
_FIRST_AFTER = re.compile(r"^\s*(?:\)\s*)?(?:(?:initial|first(?:[\s-]cycle)?(?![\s-]principles?)|1st(?:[\s-]cycle)?)"
                          r"\s+(?P<next>[\w-]+)|(?P<said>initially\b|(?:in|at|during|on)\s+the\s+(?:first|initial|1st)"
                          rf"\s+(?:cycle|{_RUN})\b))", re.I)


def first_cycle(before: str, key: str | None) -> bool:
    """Do the words right before a value of ``key`` name it for the first cycle (and is ``key`` a property
    of a cycled electrode, which the ontology applies to lithium storage and not to electrolytes)?"""
    if not key or not _cycled(key):
        return False
    tail = before[-100:]
    if _ICE.search(tail[-60:]):
        return True
    first = _FIRST.search(tail)
    # the word after "initial" names the value's property ("initial discharge capacity of"), not another
    # step ("after an initial activation it shows a coulombic efficiency of")
    return first is not None and not _AT_FIRST.search(tail) \
        and bool(set(stems(first.group("next"))) & _label_words(key))


def first_cycle_after(after: str, key: str | None) -> bool:
    """Do the words right after a value of a cycled electrode's ``key`` name it for the first cycle ('retains
    95% of its 175 mAh/g initial discharge capacity', 'delivers 900 mAh/g initially')? An ordinal that opens
    another property's words ('… 175 mAh/g, initial coulombic efficiency 80%') does not."""
    if not key or not _cycled(key):
        return False
    first = _FIRST_AFTER.match(after[:60])
    if first is None:
        return False
    return bool(first.group("said")) or bool(set(stems(first.group("next"))) & _label_words(key))


@lru_cache(maxsize=128)
def _label_words(key: str) -> frozenset[str]:
    ordinal = set(stems("initial first first-cycle 1st cycle"))
    return frozenset(w for lab in cue_table().get(key, []) for w in lab) - ordinal


@lru_cache(maxsize=128)
def _cycled(key: str) -> bool:
    vocab = vocabulary()
    try:
        apps = vocab.property(key).applications
    except KeyError:
        return False
    return bool(apps) and all(a == "LithiumStorage" or vocab.is_a(a, "LithiumStorage") for a in apps) \
        and not any(a == "SolidElectrolyte" or vocab.is_a(a, "SolidElectrolyte") for a in apps)


def cycle_ordinal(before: str, key: str | None) -> int | None:
    """The cycle a value of a cycled electrode's ``key`` is named for by an ordinal before its property's words:
    1 for the first ('an initial discharge capacity of'), n for a later one ('the second discharge capacity was',
    'the 300th discharge capacity remained'); None when no ordinal names it."""
    if first_cycle(before, key):
        return 1
    if not key or not _cycled(key):
        return None
    nth = _NTH.search(before[-90:])
    if nth is None or not set(stems(nth.group("next"))) & _label_words(key):
        return None
    return int(nth.group("digits")) if nth.group("digits") else _LATER_ORDINALS[nth.group("word").lower()]
