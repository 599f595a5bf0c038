"""'Three hydrogen release and uptake cycles of X reveal up to 4.9 wt% H2', 'during de-/rehydrogenation cycling
… 1.6 wt% after four desorptions': a capacity measured over counted cycles that the sentence names as runs
of both directions (a release and an uptake) is what the sample gives again and again, its reversible
capacity, not its first release. The run nouns are the ontology's CycledProcessNoun scheme (ReleaseRun,
UptakeRun); the joining words are English."""
from __future__ import annotations

import re

from ingest.extraction.text.per_cent_words import SPELLED_NUMBERS
from ingest.extraction.text.quantity_text import Group
from ontology.vocabulary import vocabulary

from .property_cues import choose_property

_V = vocabulary()
_RELEASE = _V.scheme_alternation("CycledProcessNoun", ("ReleaseRun",))
_UPTAKE = _V.scheme_alternation("CycledProcessNoun", ("UptakeRun",))
# a bracket of the run's settings may follow each noun: 'release (T = 320 °C, P(H2) = 3–4 bar) and uptake (…)'
_SETTINGS = r"(?:\s*\((?:[^()]|\([^()]*\))*\))?"
_JOIN = r"\s*(?:and|or|/|–|-)\s*(?:hydrogen\s+|H2\s+)?"
_CYCLING = r"\s*(?:cycl\w*)\b"
_BOTH_WAYS = re.compile(
    rf"\b(?:(?:re-?)?{_RELEASE}{_SETTINGS}{_JOIN}(?:re-?)?{_UPTAKE}|(?:re-?)?{_UPTAKE}{_SETTINGS}{_JOIN}{_RELEASE})"
    rf"{_SETTINGS}{_CYCLING}"
    # 'de/rehydrogenation cycles', 'ab/desorption cycling', 'de-/re-hydriding cycles': one noun, both prefixes
    rf"|\b(?:de|des|ab)-?\s*/\s*(?:re-?)?(?:{_RELEASE}|{_UPTAKE}){_CYCLING}", re.I)

# a count before the runs: 'Three hydrogen release (…) and uptake (…) cycles', whose settings' brackets keep
# the number reader from taking the count as a condition
# (or the runs of one direction counted in a sentence that names the cycling both ways: 'during release and
# uptake cycling, … after four hydrogen desorptions')
_COUNT = rf"\b(?:\d+|{'|'.join(SPELLED_NUMBERS)})\s+(?:consecutive\s+|full\s+|complete\s+)?(?:hydrogen\s+|H2\s+)?"
_COUNTED = re.compile(rf"{_COUNT}(?:{_BOTH_WAYS.pattern})", re.I)
_RUNS = re.compile(rf"{_COUNT}(?:re-?)?(?:{_RELEASE}|{_UPTAKE})s\b", re.I)

# the capacities a cycling of both directions makes reversible: the capacity unnamed and the amount released;
# an amount taken up only where its uptake word is the cycling's own ('during release and uptake cycling, it keeps
# 2.4 wt%'), not where the value's clause says it was taken up ('… cycles, it absorbs 6.2 wt%')
_CYCLED_KEYS = frozenset({"hydrogen_capacity", "desorbed_hydrogen_capacity"})
_ABSORBED = "absorbed_hydrogen_capacity"
REVERSIBLE = "reversible_hydrogen_capacity"


def cycled_both_ways(text: str, g: Group, conditions: list[dict]) -> bool:
    """Is the value ``g`` of ``text`` (its ``conditions`` read) a capacity over cycles the text names both ways?"""
    if g.key not in _CYCLED_KEYS and g.key != _ABSORBED or "ycl" not in text:
        return False
    if any("cycles" in c for c in conditions):
        found = _BOTH_WAYS.search(text)
    else:
        found = _COUNTED.search(text) or (_BOTH_WAYS.search(text) if _RUNS.search(text) else None)
    if found is None:
        return False
    if g.key == _ABSORBED:
        return found.end() <= g.start and choose_property(g.unit or "", text[found.end():g.start], "")[1] != _ABSORBED
    return True


# the verbs of keeping a capacity ('retains', 'maintains', 'keeps', 'remains': the ontology's KeepingVerb scheme, a
# sample's keeping and a capacity's remaining), with their other endings
_KEEPING = _V.scheme_alternation("KeepingVerb")
_KEPT = re.compile(rf"\b{_KEEPING}\w*\b[^.;:]{{0,30}}$", re.I)

# the same verbs in the passive after the value: 'a capacity of 5.1 wt% was retained / is kept by X after 20 cycles'
_KEPT_AFTER = re.compile(r"[^.;:]{0,25}?\b(?:is|are|was|were|be|been)\s+(?:still\s+|well\s+|largely\s+)?"
                         rf"{_KEEPING}\w*\b", re.I)


def kept_over_cycles(text: str, g: Group, conditions: list[dict]) -> bool:
    """'… and retains 8.7 wt% after 10 cycles': a hydrogen capacity a verb of keeping gives, measured after more than
    one cycle, is what the sample gives again and again — its reversible capacity."""
    if g.key not in _CYCLED_KEYS or "ycl" not in text:
        return False
    counted = [c["cycles"] for c in conditions if "cycles" in c]
    many = any((x.get("value") if isinstance(x, dict) else x) > 1 for x in counted)
    return many and bool(_KEPT.search(text, max(0, g.start - 40), g.start) or _KEPT_AFTER.match(text, g.end))
