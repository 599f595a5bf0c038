"""Which reaction a negative enthalpy (or entropy) is of: 'the hydride formation enthalpy … is −72 kJ/mol H2' is a
formation's, the decomposition's stored negated (+72); 'the enthalpy of the decomposition of LiAlH4 into Li3AlH6, Al
and H2 is −10 kJ/mol H2, so the step is exothermic' is the decomposition's own, kept negative.

The reaction is the one the word of uptake, formation or release nearest the property's own words names (inside
them: 'desorption enthalpy'; or beside them: 'the enthalpy of the decomposition of …'), read in the words before
the value. A value with no such word there is the usual formation convention unless the sentence says the
reaction gives heat off and names a release. The words live in the ontology (HydrogenProcessVerb, ReactionHeatWord).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ontology.vocabulary import vocabulary


@lru_cache(maxsize=1)
def _direction_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(words of a release, words of an uptake or formation, words of giving heat off), each from a word's start."""
    vocab = vocabulary()
    release = "|".join((vocab.scheme_alternation("HydrogenProcessVerb", ("ReleaseVerb", "DehydridingWord")),
                        vocab.scheme_alternation("CycledProcessNoun", ("ReleaseRun",))))
    uptake = "|".join((vocab.scheme_alternation("HydrogenProcessVerb", ("UptakeVerb", "HydridingWord")),
                       vocab.scheme_alternation("CycledProcessNoun", ("UptakeRun",)),
                       vocab.scheme_alternation("ReactionHeatWord", ("FormationWord",))))
    exothermic = vocab.scheme_alternation("ReactionHeatWord", ("ExothermicWord",))
    # ('hydride', 'hydrides' begin like 'hydriding' but name a class of compounds, no process; a word's start
    # only: 'dehydriding' holds no uptake word)
    return (re.compile(rf"\b(?:{release})", re.I), re.compile(rf"\b(?!hydrides?\b)(?:{uptake})", re.I),
            re.compile(rf"\b{exothermic}", re.I))


def _nearest_is_release(text: str, lo: int, hi: int, at: tuple[int, int]) -> bool | None:
    """Is the process word of ``text[lo:hi]`` nearest the span ``at`` one of release (True), of uptake or formation
    (False)? None without any."""
    release, uptake, _ = _direction_words()
    found = [(m, True) for m in release.finditer(text, lo, hi)] + [(m, False) for m in uptake.finditer(text, lo, hi)]
    if not found:
        return None

    def distance(m: re.Match[str]) -> int:
        return max(at[0] - m.end(), m.start() - at[1], 0)

    return min(found, key=lambda x: distance(x[0]))[1]


def kept_negative(text: str, value_start: int, clause_from: int, named: tuple[int, int] | None) -> bool:
    """Is a negative value at ``value_start`` the source's own reaction's, a release (kept negative), rather than a
    formation's or of no named reaction (stored negated)? ``named``: the span of the property's words before the
    value, if any; ``clause_from``: where the words that can name the value begin."""
    at = named or (value_start, value_start)
    release = _nearest_is_release(text, clause_from, value_start, at)
    if release is not None:
        return release
    # "ΔH = −21 kJ/mol: the decomposition is exothermic": a release the sentence says gives heat off
    return bool(_direction_words()[2].search(text)) and _nearest_is_release(text, 0, len(text), at) is True



def both_ways_named(words: str, text: str) -> bool:
    """Do the words before a list of negative enthalpies name both an uptake (or formation) and a release? A hydride
    formed with heat given off takes heat to decompose, so the release's value is written with the formation's sign
    ('formation and decomposition enthalpies of −70 and −80 kJ/mol H2'): stored as a magnitude — unless the sentence
    (``text``) says a reaction gives heat off."""
    release, uptake, exothermic = _direction_words()
    return bool(release.search(words)) and bool(uptake.search(words)) and not exothermic.search(text)


@lru_cache(maxsize=1)
def _formation_beside_release() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A formation word coordinated with a word of release: (written before it, 'formation and decomposition',
    'formation/desorption'; written after it, 'decomposition and formation')."""
    vocab = vocabulary()
    formation = vocab.scheme_alternation("ReactionHeatWord", ("FormationWord",))
    release = "|".join((vocab.scheme_alternation("HydrogenProcessVerb", ("ReleaseVerb", "DehydridingWord")),
                        vocab.scheme_alternation("CycledProcessNoun", ("ReleaseRun",))))
    link = r"\w*\s*(?:/|\band\b|\bor\b|\bvs\.?|\bversus\b)\s*"
    return (re.compile(rf"(?<!hydride\s)\b(?:{formation})(?={link}(?:{release}))", re.I),
            re.compile(rf"(?P<lead>\b(?:{release}){link})(?P<f>{formation})", re.I))


def formation_as_uptake(words: str) -> str:
    """``words`` with a formation set beside a release ("the formation and decomposition enthalpies were −77 and 86
    kJ/mol H2, respectively") read as the hydride's formation from the metal and hydrogen, the uptake ('hydride
    formation'): two directions, one value each, so the formation's value is the uptake's property with the sign the
    source wrote, not a second value of the release's (a formation enthalpy said alone is still the release's,
    negated)."""
    low = words.lower()
    if "formation" not in low and "forming" not in low:
        return words
    before, after = _formation_beside_release()
    words = before.sub(lambda m: "hydride " + m.group(0), words)
    return after.sub(lambda m: m.group("lead") + "hydride " + m.group("f"), words)
