"""A ratio written with the names it is of: after them, "(1:0.1)", "in a 2:1 molar ratio", "with the
molar ratios of 1:2", "(2:1 by mole)", "mixed at a molar ratio of 3:1", "in a weight ratio of
70:20:10", "(8:1:1 by weight)"; or before them, "a 3:1 (molar) mixture of".

One pattern for every reader: the kind the text gives the ratio (a word before or after it) is in
the named groups ``kind``/``kind_after``/``by``, read by ``ratio_kind``; a sample's molar ratio
(ingest.extraction.samples.samples) and an electrode's mass ratio (ingest.extraction.samples.electrode_formulations)
each keep their own. "LiBH4/MgH2 = 2:1" sets the names equal to their ratio. A ratio the text says is of something else
("a 40:1 ball-to-powder ratio", "(1:1 v/v)", "a 1:1 B/Li ratio") is no composition: ``ratio_after`` does not return it.
"""
from __future__ import annotations

import re

from ingest.extraction.text.preparation_words import MILLED_OR_MIXED
from ingest.extraction.text.sample_words import SAMPLE_NOUNS

_KIND = r"molar|mole|mol|weight|mass|wt\s*\.?\s*%|wt\.?|w/w|volume|vol\.?|v/v"
# "mixed at", "were ball-milled in": the verb of the mixing between the names and their ratio
_MIXED = rf"(?:(?:were|was)\s+)?(?:(?:ball|hand)[- ]?)?{MILLED_OR_MIXED}(?:\s+together)?\s+"
# (or set equal to the names: "LiBH4/MgH2 = 2:1", the parts' ratio written as an equation)
# (or after a noun of the sample: "the Mg2FeH6–LiBH4 composite of molar ratio 1:5", "… composite of 3:10 molar ratio")
# (or the last item of the bracket the names stand in, after a comma: "in LiBH4 (LiBH4–LiCl, 3:1)")
_LAST_IN_BRACKET = (r"(?P<listed>,)\s*(?=(?:(?:" + _KIND + r")\s+ratio\s*[:=]?\s*)?\d+(?:\.\d+)?"
                    r"(?:\s*:\s*\d+(?:\.\d+)?)+(?:\s*(?:" + _KIND + r"))?\s*\))")
RATIO_AFTER = re.compile(
    rf"\s*(?:\(\s*|(?P<equals>\s*=\s*)|{_LAST_IN_BRACKET}|,?\s*(?:{_MIXED})?(?:in|at|with)\s+(?:an?\s+|the\s+)?"
    rf"|\s*{SAMPLE_NOUNS}\s+(?:of|with|in)\s+(?:an?\s+|the\s+)?(?=(?:{_KIND})\s+ratio|\d+(?:\.\d+)?\s*:\s*\d+(?:\.\d+)?\s*(?:{_KIND})))"
    rf"(?:(?P<kind>{_KIND})\s+ratios?(?:\s*[:=]\s*|\s+(?:of\s+)?))?"     # ("(mole ratio: 3:1)")
    r"(?P<r>(?P<a>\d+(?:\.\d+)?)\s*:\s*(?P<b>\d+(?:\.\d+)?)(?:\s*:\s*\d+(?:\.\d+)?)*)"
    rf"(?:\s*by\s+(?P<by>mole|weight|mass|volume)|\s*(?P<kind_after>{_KIND})(?:\s+ratio)?(?![\w/]))?(?:\s*\))?", re.I)
# "a 3:1 (molar) mixture of", "a 1:1 by weight blend of": the ratio written before the names
RATIO_BEFORE = re.compile(
    r"(?P<r>(?P<a>\d+(?:\.\d+)?)\s*:\s*(?P<b>\d+(?:\.\d+)?)(?:\s*:\s*\d+(?:\.\d+)?)*)"
    rf"(?:\s*\(?\s*(?:by\s+(?P<by>mole|weight|mass|volume)|(?P<kind_after>{_KIND}))\s*\)?)?"
    r"\s+(?:physical\s+)?(?:mixtures?|composites?|blends?)\s+(?:of|between)\s+(?:the\s+)?$", re.I)
# "a LiBH4:LiI 3:1 mixture", "NaBH4:C60 80:20 wt%": the ratio right after parts joined by a colon, written bare
RATIO_BARE = re.compile(
    r"\s+(?P<r>(?P<a>\d+(?:\.\d+)?)\s*:\s*(?P<b>\d+(?:\.\d+)?))(?![\d:.])"
    rf"(?:\s*by\s+(?P<by>mole|weight|mass|volume)|\s*(?P<kind_after>{_KIND})(?:\s+ratio)?(?![\w/]))?", re.I)
# what a bare ratio is of when the words after it name another ratio ("40:1 ball-to-powder ratio",
# "1:1 B/Li ratio", "(1:1 v/v)")
_OTHER_RATIO = re.compile(r"\s*(?:[\w/.-]+\s+){1,2}?ratios?\b", re.I)


# "an equimolar mixture of A and B", "A and B were mixed in equimolar amounts", "in an equimolar ratio": equal
# moles of every part named, a molar ratio of ones written in a word
EQUIMOLAR = r"(?<![\w-])equi-?molar"   # (not "non-equimolar")
EQUIMOLAR_BEFORE = re.compile(rf"{EQUIMOLAR}\s+(?:physical\s+)?(?:mixtures?|composites?|blends?)\s+(?:of|between)"
                              r"\s+(?:the\s+)?$", re.I)
EQUIMOLAR_AFTER = re.compile(rf",?\s*(?:(?:were|was)\s+)?(?:co-?|(?:ball|hand)[- ]?)?(?:{MILLED_OR_MIXED}\s+)?"
                             rf"(?:together\s+)?in\s+(?:an?\s+|the\s+)?{EQUIMOLAR}\s+"
                             r"(?:ratios?|amounts?|proportions?|quantities)\b", re.I)
# "an equimolar LiBH4–LiI mixture", "the equimolar composite": the word right before a sample's name or noun
EQUIMOLAR_WORD = re.compile(rf"{EQUIMOLAR}\s+$", re.I)


def equimolar_around(text: str, start: int, end: int) -> bool:
    """Does the text say the names between ``start`` and ``end`` are mixed in equal moles ('an equimolar mixture
    of A and B', 'A and B in equimolar amounts')?"""
    return bool(EQUIMOLAR_BEFORE.search(text, max(0, start - 60), start) or EQUIMOLAR_AFTER.match(text, end))


def ratio_after(text: str, pos: int) -> re.Match | None:
    """The ratio right after the names ending at ``pos``, unless the text says it is another ratio."""
    ratio = RATIO_AFTER.match(text, pos)
    if ratio is None or ratio_kind(ratio) is None and _OTHER_RATIO.match(text, ratio.end("r")):
        return None
    return ratio


def ratio_before(text: str, start: int) -> re.Match | None:
    """'a 3:1 (molar) mixture of' right before the names starting at ``start``."""
    return RATIO_BEFORE.search(text, max(0, start - 60), start)


def ratio_kind(ratio: re.Match) -> str | None:
    """'molar', 'mass', 'volume', or None for a bare 'a:b' (which may be either)."""
    word = ratio.group("kind") if "kind" in ratio.re.groupindex else None
    word = word or ratio.group("kind_after") or ratio.group("by")
    if word is None:
        return None
    word = word.lower()
    return "molar" if word.startswith("mol") else "volume" if word.startswith(("vol", "v/v")) else "mass"


def ratio_shares(ratio: re.Match) -> list[float]:
    return [float(x) for x in re.split(r"\s*:\s*", ratio.group("r"))]
