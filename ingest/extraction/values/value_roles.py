"""What a number in a sentence is: a property value, a condition, an amount, a difference, or no value
at all (a negated bound, a treatment the samples were put through, a share of the theoretical value),
and how a value was obtained (measured, theoretical, calculated).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from os.path import commonprefix
from typing import NamedTuple

from ingest.extraction.samples.samples_systems import has_hydrogen as _has_hydrogen
from ingest.extraction.text.abbreviations import spelled_out
from ingest.extraction.text.amounts import AMOUNT_OF, PER_CENT
from ingest.extraction.text.cell_words import CELL_NOUNS
from ingest.extraction.text.change_words import (
    CHANGE_NOUN,
    CHANGE_STEM,
    CHANGE_VERB,
    CHANGE_WORDS,
    CHANGED_PAST,
    COMPARATIVE,
    GROWING_VERB,
    IMPROVEMENT_NOUN,
    IMPROVING_STEM,
    IMPROVING_VERB,
    RELATIVE_PLACE,
)
from ingest.extraction.text.copula import BE, MAY_BE
from ingest.extraction.text.hedge_words import (
    APPROX_SIGN,
    APPROXIMATING,
    INDEXED_APPROX_EQUAL,
    LIMITING,
    NEARLY,
    UP_TO,
    bound,
    hedged,
)
from ingest.extraction.text.lacking import LACKING
from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, material_system, system_of
from ingest.extraction.text.preparation_words import (
    COVERED,
    MILLED,
    MILLED_OR_MIXED,
    MILLING,
    MILLING_PREFIX,
    MIXING,
    PUT_OR_MILLED,
)
from ingest.extraction.text.quantity_text import BOUND_OF_CHANGE, Group, _dims, additive_word, compatible_keys, is_unit
from ingest.extraction.text.sample_words import SAMPLE_NOUNS, SHAPE_WORDS
from ingest.extraction.text.samples_words import PREFIX, bracketed_loading
from ontology.elements import hydride_like
from ontology.formula import is_element_symbol
from ontology.units import DURATION_WRITTEN, TEMPERATURE_WRITTEN, UnitError, factor_kinds, parse_unit
from ontology.vocabulary import fold, vocabulary
from ontology.word_gate import Gated, first_letters_ahead, gated

from .both_ways import SORPTION_CUE, sorption_as_release
from .equation_basis import derived_from_equation
from .property_cues import (
    STOP_WORDS,
    WORD,
    _narrower,
    choose_property,
    condition_of_other,
    cue_table,
    exact_or_first,
    framed_by_uptake,
    fuller_kin,
    given_off_in,
    named_as_other,
    named_by_own_label,
    per_hydrogen_property,
    properties_named,
    reads_as_condition,
    refined_kin,
    released_after,
    said_stem,
    stem,
    stems,
    taken_up_after,
    taken_up_key,
    unitless_property,
)
from .reactions import without_equations
from .shares import shared_out

# ("a drop of about 60 °C" is a difference; "an activation energy of about 67 kJ/mol" is a value)
# ("decreased about 40 kJ/mol compared with …", "were reduced roughly 41 and 33 kJ/mol", "lowered by only 2 kJ/mol":
# a verb of change with the value right after it, no "to" or "from" between, says by how much it changed)
# ((?=[bdrilfs]): the words' first letters, which let a search pass other positions at once)
_CHANGE_HEDGE = rf"(?:{APPROXIMATING}|{NEARLY}|{LIMITING})"
# (the nouns of change: the ontology's ChangeWord scheme, its ChangeNoun, and 'difference')
_CHANGE_NOUN = vocabulary().scheme_alternation("ChangeWord", ("ChangeNoun",), more=("difference",))
_BY_OR_CHANGE_OF = rf"\b(?:by|{_CHANGE_NOUN}\s+of)"
# "lowered by more than 40 K", "a decreased desorption temperature by >60 °C", "a drop of over 50 °C": a bound said of
# the change is still a change (only after 'by' or a noun's 'of', as "rose over 300 °C" can say where a value went)
_BOUND_OF_CHANGE = BOUND_OF_CHANGE
# (the verbs: the ontology's ChangeWord scheme, its beginnings with 'ed' and its irregular pasts)
_DIFFERENCE_STARTS = first_letters_ahead(["by", "difference", *CHANGE_WORDS])
_DIFFERENCE_BODY = (rf"{_DIFFERENCE_STARTS}(?:(?:{_BY_OR_CHANGE_OF}"
                    rf"|\b{CHANGE_STEM}ed|\b{CHANGED_PAST})"
                    rf"\s*(?:{_CHANGE_HEDGE}|by)?\s*{_CHANGE_HEDGE}?"
                    rf"|{_BY_OR_CHANGE_OF}\s*{_BOUND_OF_CHANGE}\s*{_CHANGE_HEDGE}?)\s*")
DIFFERENCE = re.compile(_DIFFERENCE_BODY + "$", re.I)

# "(ΔT = 120 °C)", "∆T=up to 50 and 34°C", "a ΔTpeak of 85 K": a temperature written as its difference symbol, Δ (or
# the increment sign ∆) glued to T with any subscript, is how much a temperature changed, no temperature
_TEMPERATURE_DIFFERENCE = re.compile(rf"[Δ∆]\s?T[\w()]{{0,8}}\s*(?:=|{APPROX_SIGN}|:|of)\s*{_BOUND_OF_CHANGE}?\s*{_CHANGE_HEDGE}?\s*$",
                                     re.I)

# "the unit cell volume expands by ca. 8 %", "the volume of the cell increased by 5 %": the change of a volume is
# the value of the volume expansion (a relative change), no difference of another value
# (a pore volume is a property of its own, whose rise is a difference)
# (the verbs: ChangeWord's raising verbs and GrowthWord's, 'increases', 'expanded', 'grew', 'swollen')
_VOLUME_GROWN_BY = re.compile(rf"(?<!pore )\bvolumes?\b[^.;%]{{0,40}}?\b{GROWING_VERB}\w*\s+by"
                              rf"\s*(?:{APPROXIMATING}|{NEARLY})?\s*$", re.I)

# "lowered … by 30 °C and 58 °C", "reduced by 20 K, 35 K and 50 K": the values listed after the first
# difference are differences too
_DIFFERENCE_RUN = re.compile(_DIFFERENCE_BODY
                             + r"(?:[-−]?\d[\d.]*(?:\s*(?!and\b|or\b)[^\s\d,;()]+)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
                             r"(?:by\s+)?){1,4}$", re.I)

# "dehydrogenated by 210 °C", "releases all of its hydrogen by 300 °C": a bare 'by' before a temperature whose clause
# names no change (no verb or noun of lowering, raising or shifting) gives the point something is done by, a value;
# "lowered by 60 °C", "shifted to lower temperatures by 50 °C", "brought down by 80 °C" stay differences
_BARE_BY = re.compile(rf"\bby\s*{_BOUND_OF_CHANGE}?\s*{_CHANGE_HEDGE}?\s*$", re.I)
# (the ontology's ChangeWord scheme: its verbs, improving verbs and comparatives; the rest English)
_CHANGE_IN_CLAUSE = re.compile(rf"\b(?:{CHANGE_VERB}|{IMPROVING_VERB}|{COMPARATIVE}"
                               r"|diminish|cut|exceed|outperform|differ|small|larg|narrow"
                               r"|widen|extend|expand|grow|grew|depress|suppress|down|up|chang|offset|gap)\w*",
                               re.I)

_CHANGED_TO = re.compile(rf"\s*(?:,\s*)?(?:to|down\s+to|up\s+to)\s+{hedged(APPROXIMATING)}?\d")   # '… by 6 °C to 276 °C'


def _deadline_by(text: str, g: Group) -> bool:
    """Is the 'by' right before temperature ``g`` the point something is done by (no change said in its clause)?"""
    before = text[max(0, g.start - 120):g.start]
    if _dims(g.unit) != _dims("degC") or not (by := _BARE_BY.search(before)) or _CHANGED_TO.match(text, g.end):
        return False
    # (a bracket stays: 'a drop in T (T(1 bar)) by 6 °C'; the hedge after 'by' may end in a full stop of its own,
    # 'by approx. 60 °C', which ends no clause)
    clause = re.split(r"[,;:]|\.\s", before[:by.start()])[-1] + by.group()
    return not _CHANGE_IN_CLAUSE.search(clause)


# "95 °C below pure Mg(BH4)2" is a difference too; "300 °C, above which …" is not
# "~300 °C", "ca. 300 °C", "about 300 °C", "approximately 300 °C": an approximate value keeps the words before it
# (one spelling of the hedge for every bound and setting word: "above about 320 °C" is read as "above ~320 °C"; the
# bracketed-baseline, labelled and setting readers too, which once read a narrower one and so missed the tilde
# operator '∼' typesetting gives for '~': the review and pools read the same with this one, bar that)
APPROX_WORD = APPROXIMATING   # (the ontology's ValueHedgeWord: its signs, abbreviations and adverbs)
APPROX = rf"(?:{APPROX_WORD}\s*)?"

# "a drastic decrease of the decomposition temperature (more than 100 K)", "an increase in the hydrogen capacity of
# 0.8 wt%", "an increase in hydrogen capacity of more than 4–15%" (the property named with no article): a noun of change, the property it changed, then the value in brackets or after 'of'/'by' — how much it
# changed, no value of it ('… decrease of the temperature to 300 °C' gives the new value: no 'to' ends the words)
# (the nouns: the ontology's ChangeWord scheme, which are the gate's words: no sentence without one holds a match)
_CHANGE_NAMED = Gated(re.compile(rf"\b{vocabulary().scheme_alternation('ChangeWord')}\s+(?:of|in)\s+"
                           r"(?:(?:the|its|their)\s+)?(?:(?!\d|(?:is|are|was|were|be|been|being)\b)[^\s.;:()]+\s+){1,6}?(?:\(|of\s|by\s)\s*(?:"
                           rf"{bound('MoreThanPhrase', 'LessThanPhrase', 'OverWord')}|{NEARLY}|{LIMITING}|{APPROX_WORD})?\s*$", re.I),
                      tuple(sorted(fold(w) for w in vocabulary().scheme_words("ChangeWord"))))


# ("above 320 °C", "above about 320 °C": a bound on the next value, no difference)
DIFFERENCE_AFTER = re.compile(rf"^\s*(?:{COMPARATIVE}|{CHANGE_NOUN}|{IMPROVEMENT_NOUN}"
                              rf"|{RELATIVE_PLACE}\s+(?!which\b|\d|{APPROX_WORD}\s*\d))\b", re.I)


# "(an) enhancement of ∼ 90", "an increase of about 31", "a 40 % reduction": a relative change, named before it
_CHANGE_OF = re.compile(rf"\b(?:{IMPROVEMENT_NOUN}|{CHANGE_NOUN})\s+(?:of|by)\s*(?:{APPROXIMATING}|{NEARLY}|{bound('OverWord', 'MoreThanPhrase')})?"
                        r"\s*$", re.I)



@lru_cache(maxsize=1)
def _declined_to_before() -> re.Pattern:
    """'… then decreases to ', 'drops to about ': a word of the CapacityFade labels said as a verb and 'to' right
    before a value: where the property went (the capacity kept), no share lost ('decreased by 12 %' is a difference,
    'a capacity decay of 12 %' a fade). The words are the labels' own ('decrease', 'drop', 'decay', 'fade'), each
    read with the verb's endings."""
    nouns = {w for lab in vocabulary().property("capacity_fade").labels for w in fold(lab).split()} \
        - {"capacity", "of", "the", "is"}
    stems = sorted({re.sub(r"(?:ing|ation|e)$", "", w) for w in nouns if len(w) > 3}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, stems))})[a-z]*\s+(?:down\s+)?to\s*"
                      rf"(?:{LIMITING}|{APPROXIMATING}|{NEARLY})?\s*$", re.I)


@lru_cache(maxsize=1)
def _capacity_lost_before() -> re.Pattern:
    """'a capacity loss of only ', 'a decay of ~', 'lost ' (group 'verb'): the words of the CapacityFade labels that say a
    capacity was lost (all but 'capacity' and the words between), as a noun before 'of' or a verb, right before a
    value. ('a mass loss of', 'weight loss', 'hydrogen loss': the mass a sample gives off on heating is what it
    releases, no capacity lost.)"""
    nouns = {w for lab in vocabulary().property("capacity_fade").labels for w in fold(lab).split()} \
        - {"capacity", "of", "the"}
    alternation = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    # (the nouns' and the verb's first letters first: the four look-behinds are tried only where a word may start)
    return re.compile(rf"{first_letters_ahead([*nouns, 'los'])}(?<!\bmass\s)(?<!\bweight\s)(?<!\bhydrogen\s)(?<!\bH2\s)\b(?:(?:{alternation})\s+of|(?P<verb>los(?:t|es|ing)))"
                      rf"\s*(?:{LIMITING}|{APPROXIMATING}|{NEARLY})?\s*$", re.I)

_AMOUNT_BEFORE = re.compile(rf"\b(?:concentration of|loadings?\s+(?:of|was|were|is|are|amount(?:s|ed)\s+to|(?:of\s+)?up\s+to|as\s+high\s+as|reach(?:es|ed|ing)?)|doping (?:amount|ratio|level) of|ratio of|addition of|adding|add|doping|doped with|containing|contains|loading of|loaded with|mixed with|with)\s*(?:{APPROXIMATING}|{LIMITING})?\s*$", re.I)


@lru_cache(maxsize=1)
def _ratio_property_before() -> re.Pattern:
    """A property the ontology names as a ratio, right before "of" and its value: "a capacity retention
    ratio of 93%" is that property's value, no "ratio of" giving a composition."""
    labels = sorted({fold(label) for t in vocabulary().terms("Property") for label in t.labels
                     if fold(label).endswith(" ratio")}, key=len, reverse=True)
    if not labels:
        return re.compile(r"(?!)")
    return re.compile(rf"\b(?:{'|'.join(re.escape(x) for x in labels)})\s+of\s*(?:{APPROXIMATING}|{LIMITING})?\s*$", re.I)


# "with 8.1 wt% hydrogen released", "with 6 wt% of H2": the gas stored is the value's, no component's amount
_HYDROGEN_AFTER = re.compile(r"\s*(?:of\s+)?(?:H2|H₂|H-2|hydrogen|D2|deuterium)\b", re.I)
# ('re-hydrogenated with 5.2 wt% H2': the unit read took the gas in, "wt% H2")
_HYDROGEN_IN_UNIT = re.compile(r"\s(?:H2|H₂|H-2|D2)$")


CLAUSE_BREAK = re.compile(r"[;]")


# "not only absorbs hydrogen rapidly but also desorbs at 230 °C": the words of the first half are
# another verb's; the value's property is named after "but also". "… during the first desorption and a
# reversible capacity of 5.2 wt%": a new noun phrase ("and a/an …") names the value's quantity afresh;
# "…, and it absorbs 4.9 wt%": a new clause with its own subject names its own
# ("shows fast hydrogen uptake at room temperature and dehydrogenation at a lowered temperature of 175 °C":
# a process named after 'and' with its own setting starts the phrase the value is said in)
_CUE_BREAK = re.compile(r";|\bbut\s+also\b|\band\s+an?\b|,\s*and\s+(?:it|they|this|these)\b"
                        r"|\band\s+(?=[a-z]+(?:tion|ing)\s+at\s+(?:an?\s+)?(?:[a-z]+\s+){0,3}?temperatures?\s+of\b)", re.I)


# "at different temperatures (305 K, 373 K and 323 K)", "at three pressures (1, 2 and 5 MPa)": the values in
# the bracket are the settings the test was run at, none a property of the sample
_SETTINGS_LISTED = gated(re.compile(r"\b(?:at|under|with)\s+(?:(?:several|various|varying|different|two|three|four|five|six)\s+)"
                              r"(?:[a-z]+\s+)?(?:temperatures|pressures|heating\s+rates|current\s+densities|rates)\s*"
                              r"\((?:[^()]*?(?:,|\band\b)\s*)?$", re.I))


# "fastest at both 125 and 150 °C", "at both temperatures": two settings the samples were compared at
_AT_BOTH = re.compile(r"\bat\s+both\s*$", re.I)
# "… at 110 and 130 °C in isothermal runs", "150 °C during the isothermal desorption", "300 °C isothermally":
# the temperature an isothermal test was held at, said right after it
# ("110 °C and 130 °C in isothermal runs": the next value of the pair may come first)
_ISOTHERMAL_AFTER = re.compile(rf"(?:\s*,?\s*(?:and|or)\s+\d+(?:\.\d+)?\s*{TEMPERATURE_WRITTEN})?"
                               r"\s*,?\s*(?:(?:in|during|under|for|by)\s+(?:the\s+|an?\s+|its\s+)?(?:[\w-]+\s+){0,2}?)?"
                               r"isothermal(?:ly)?\b", re.I)


# "measuring the isothermal hydrogen evolution between 60 °C and 140 °C", "isothermal desorption runs at 300 °C": the
# temperatures an isothermal test was held at, said after the test's words
_ISOTHERMAL_BEFORE = re.compile(rf"\bisothermal(?:ly)?\s+(?:[\w-]+\s+){{0,3}}?(?:at|between|from|in\s+the\s+range\s+of)\s*"
                                rf"(?:\d+(?:\.\d+)?\s*{TEMPERATURE_WRITTEN}?\s*(?:and|to|-|–)\s*)?(?:{APPROXIMATING})?\s*$",
                                re.I)


# "5.3 wt% of hydrogen can be rehydrogenated under 400 °C", "6.0 wt% H2 was desorbed at 300 °C", "… is released
# upon heating to 800 K": the amount is the
# subject of the process the temperature was set for; the temperature is the condition of that amount
# ("with 4.9 wt% hydrogen released at 230 °C": the participle right after the gas named, no verb before it)
_AMOUNT_PROCESSED_AT = re.compile(r"\d\s*(?:wt\s*\.?\s*%|mass\s*%)\s*(?:of\s+)?(?:(?:H2|H₂|H-2|hydrogen|D2|deuterium)\s+(?=[a-z]+ed\s)|"
                                  r"(?:H2|H₂|H-2|hydrogen|D2|deuterium)?\s*"
                                  r"(?:(?:can|could|may|might|was|were|is|are|has|have|had|be|been|being|then|also)\s+){1,3})"
                                  r"(?:[a-z]+ly\s+)?(?:re-?)?[a-z]+ed\s+"
                                  # ("9.8 wt% hydrogen was evolved from the LiBH4–MgH2 composite at 400 °C": the sample it
                                  # came from said between)
                                  r"(?:from\s+[^,;.()]{1,60}?\s+)?"
                                  # ("… is released upon heating to 800 K": the end of the heating, no temperature of a release)
                                  r"(?:at|under|(?:(?:upon|on|after|when|by|during)\s+)?heat(?:ing|ed)\s+(?:up\s+)?to)"
                                  rf"\s*(?:{APPROXIMATING})?\s*$", re.I)


# "the hydrogenation enthalpy (ΔHabs = −70 kJ/mol) and activation energy (Ea = 67 kJ/mol)", "the hydriding enthalpy
# of −73 kJ/mol and activation energy of 64 kJ/mol": two quantity nouns after one process word, the second
# named bare (English words; the properties they name come from the ontology's labels)
_SHARED_PROCESS = re.compile(
    r"\b(?P<process>[A-Za-z]+)\s+(?:enthalp(?:y|ies)|entrop(?:y|ies))\b(?:\s*\([^()]*\)|\s+of\s+[^,;()]{1,30}?)?"
    r"\s*,?\s+and\s+(?:the\s+|its\s+)?(?:apparent\s+)?activation\s+energ(?:y|ies)\b"
    rf"(?:\s*\(\s*E_?[aA]\s*[=:]?|\s+(?:of|is|was|=))?\s*(?:{APPROXIMATING})?\s*$", re.I)


# "capacity (quantity of hydrogen absorbed for 60 min) of", "capacity (the amount of H2 released in 10 min) ="
# : a bracket that glosses the property's name right before its value (English words)
_GLOSS = re.compile(r"\((?:the\s+)?(?:quantity|amount|mass|weight|fraction)\s+of\s+(?:hydrogen|H2)\s+(?P<words>[^()]{1,40})\)"
                    rf"\s*(?:of|is|was|were|=|:)?\s*(?:{APPROXIMATING})?\s*$", re.I)

# "the induction period of the decomposition at 400 °C from >90 min to <10 min", "… at 350 °C fell from 40 min to
# 5 min": a temperature right before a time that changed from one value to another is the setting the times were
# measured at, no temperature of the process
# (the bound or hedge words before a time: English)
def _time_bound(*more: str) -> str:
    return rf"(?:[<>≤≥]\s*|{bound('OverWord', 'UnderWord', 'MoreThanPhrase', 'LessThanPhrase')}\s+|{hedged(APPROXIMATING, NEARLY, *more)})?"
_TIMED_CHANGE_AFTER = re.compile(
    r"\s*,?\s*(?:[a-z]+\s+){0,2}?from\s+" + _time_bound()
    + rf"\d+(?:\.\d+)?\s*(?:{DURATION_WRITTEN}\s+)?to\s+" + _time_bound(LIMITING)
    + rf"\d+(?:\.\d+)?\s*{DURATION_WRITTEN}\b", re.I)


# "the rehydrogenation of the doped sample has also been examined at 150 °C": the temperature a study was run at
# (a verb of studying in the passive right before 'at'), a condition of what it found
_STUDY_VERB = r"(?:investigated|examined|studied|evaluated|explored)"
_STUDIED_AT = re.compile(r"\b(?:been|was|were|is|are)\s+(?:also\s+|further\s+|then\s+)?"
                         rf"{_STUDY_VERB}\s+at\s*(?:{APPROXIMATING})?\s*$", re.I)
# "uptake was examined over the temperature range 95–185 °C", "… was followed by TGA over the temperature
# range 250–450 °C", "… were investigated at temperatures between 120 and 160 °C": the span a study was run over, in
# its own clause (no comma, no other clause between the verb and the span) — the study's settings, no temperature of
# the sample ("desorption took place in the temperature range of 230–310 °C" says what the sample did: a value)
_STUDIED_OVER = re.compile(r"\b(?:been|was|were|is|are)\s+(?:also\s+|further\s+|then\s+)?"
                           rf"(?:{_STUDY_VERB}|followed|monitored|measured|carried\s+out|performed)\b"
                           r"(?:(?!\b(?:and|but|while|whereas|which|that)\b)[^.;,]){0,60}?"
                           r"\b(?:in|over|within|at)\s+(?:the\s+|a\s+)?(?:temperatures?\s+(?:range\s+|window\s+)?|range\s+)"
                           rf"(?:of\s+|from\s+|between\s+)?(?:{APPROXIMATING}\s*)?$", re.I)

# "80 and 288 times higher than that of pristine LiBH4 at 350 °C", "a rate five times faster than the bulk's at 300 °C":
# the temperature a ratio of two samples' values was taken at, its setting (English words of a multiple)
_TIMES_THAN_AT = gated(re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred))\s*(?:-\s*)?"
                                  r"(?:times|fold)\s+(?:as\s+|more\s+|less\s+)?[a-z]+(?:er)?\s+(?:than|as)\b[^.;]{0,70}?"
                                  rf"\bat\s*{APPROX}$", re.I))
# "a 5x faster desorption at 400 °C than LiBH4", "a three-fold quicker release at 300 °C": the multiple before the
# comparison's noun and its setting, the 'than' after the temperature — the ratio's setting too, no temperature of the
# sample (a multiple written with an 'x' or '×' glued to it, as abstracts shorten 'times')
_TIMES_COMPARED_AT = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred))\s*(?:-\s*)?"
                                r"(?:times|fold|[x×])\s+(?:more\s+|less\s+)?[a-z]+er\s+(?:[a-z-]+\s+){1,3}"
                                rf"at\s*{APPROX}$", re.I)

# the temperature a study varied, with what the variation did or when it was made: "a rise in the reaction temperature
# from 90 to 160 °C lowers the uptake", "when the temperature is raised from 60 to 110 °C, …" — a span of settings,
# neither a property of the sample nor one condition of a value (a result changing, "the onset temperature fell from
# 350 to 250 °C", is no cause and no clause of 'when')
_TEMPERATURE_VARIED = (r"temperature\s+(?:is\s+|was\s+|are\s+|were\s+)?"
                       rf"(?:{CHANGE_VERB}|change|varie|vary|go|went)[a-z]*\s+")
_SPAN_START = rf"from\s+(?:\d+(?:\.\d+)?\s*{TEMPERATURE_WRITTEN}?\s*(?:to|-|–)\s*)?$"
_VARIED_WHEN = re.compile(rf"\b(?:when|as|if|once|while)\s+(?:the\s+)?(?:[a-z-]+\s+)?{_TEMPERATURE_VARIED}{_SPAN_START}", re.I)
_VARIED_NOUN = re.compile(rf"\b(?:{CHANGE_NOUN}|change|variation)s?\s+(?:in|of)\s+(?:the\s+)?"
                          rf"(?:[a-z-]+\s+)?temperatures?\s+{_SPAN_START}", re.I)
_CAUSES_AFTER = re.compile(rf"(?:\s*{TEMPERATURE_WRITTEN})?(?:\s*(?:to|-|–)\s*\d+(?:\.\d+)?\s*{TEMPERATURE_WRITTEN}?)?\s*,?\s*"
                           r"(?:led|brought|gave|(?:caus|lead|result|bring|induc|give|slow|accelerat|"
                           rf"{CHANGE_STEM}|{IMPROVING_STEM})(?:e?s|e?d))\b", re.I)


def varied_setting(text: str, g: Group) -> bool:
    """Is the temperature an end of the span a study varied its temperature over ("an increase in the hydrogenation
    temperature from 90 to 160 °C causes …", "when the temperature increases from 60 to 110 °C")?"""
    if not g.unit or _dims(g.unit) != _dims("degC") or "from" not in text[max(0, g.start - 40):g.start]:
        return False
    before = text[max(0, g.start - 100):g.start]
    return bool(_VARIED_WHEN.search(before) or _VARIED_NOUN.search(before) and _CAUSES_AFTER.match(text, g.end))


def test_setting(text: str, g: Group) -> bool:
    """Is the temperature the setting a test was run at ("the fastest rate at both 125 and 150 °C", "at
    130 °C in isothermal runs"), a condition of the values measured there, no temperature of the sample?"""
    return bool(g.unit) and _dims(g.unit) == _dims("degC") \
        and bool(_AT_BOTH.search(text, max(0, g.start - 12), g.start) or _ISOTHERMAL_AFTER.match(text, g.end)
                 or _ISOTHERMAL_BEFORE.search(text, max(0, g.start - 80), g.start)
                 or _AMOUNT_PROCESSED_AT.search(text, max(0, g.start - 90), g.start)
                 or _TIMED_CHANGE_AFTER.match(text, g.end) or _STUDIED_AT.search(text, max(0, g.start - 60), g.start)
                 or _STUDIED_OVER.search(text, max(0, g.start - 140), g.start)
                 or _TIMES_THAN_AT.search(text, max(0, g.start - 120), g.start)
                 or _TIMES_COMPARED_AT.search(text, max(0, g.start - 80), g.start)
                 or g.kind == "range" and bool(_CYCLED_IN.search(text, max(0, g.start - 60), g.start)))


# "cycled repeatedly at low temperatures (100–140 °C)", "stable hydrogenation cycling (100–140 °C)", "cycling between":
# the window of temperatures the runs were cycled in (a verb or noun of cycling, up to three words, the range)
_CYCLED_IN = re.compile(r"\b(?:cycl\w*|repeatedly)\s+(?:[a-z-]+\s+){0,3}?(?:\(\s*|between\s+|at\s+|in\s+)$", re.I)


# 'refined lattice parameters a=9.84, b=6.12 and c=10.77 Å', 'the unit cell of LiBH4 has a = 7.18 Å': the names of
# a structure's lengths (the ontology's StructuralQuantity scheme), then up to 90 characters of one clause to the value
# ('Mg–D distances of 1.95 Å': two element symbols joined by a dash before 'distance' name the spacing of that pair)
_PAIR_DISTANCE = r"(?-i:[A-Z][a-z]?)[–-](?-i:[A-Z][a-z]?)\s+distances?\b"
_STRUCTURAL = re.compile(rf"\b{vocabulary().scheme_alternation('StructuralQuantity', more=(_PAIR_DISTANCE,))}(?P<gap>(?:[^.;]|\.(?=\d)){{0,90}}?)$", re.I)


# 'the activation energy of the MgH2 hydrolysis is 31 kJ/mol', 'a hydrogen generation rate of 900 mL/min/g at 30 °C',
# 'its superconducting transition temperature is 263 K': a word of the ontology's ForeignProcessWord scheme in the
# value's clause (up to 90 characters of it before the value) says the temperature or energy is that process's
_FOREIGN_PROCESS = re.compile(rf"\b{vocabulary().scheme_alternation('ForeignProcessWord')}[^.;]{{0,90}}$", re.I)
# ('31 kJ/mol for the hydrolysis of MgH2', '45 kJ/mol was found for the hydrolysis': the process named after the value,
# a verb between at most)
_FOREIGN_PROCESS_AFTER = re.compile(r"[^.;,]{0,30}?\b(?:for|of|in|during)\s+(?:the\s+)?(?:\S+\s+)?"
                                    rf"{vocabulary().scheme_alternation('ForeignProcessWord')}", re.I)


# 'the barrier for H2 dissociation is 1.1 eV', 'an H2 dissociation energy barrier of 0.3 eV': the splitting of the H2
# molecule (the ontology's MoleculeDissociationWord scheme) with the barrier noun next to it, then the value within a
# few words of the clause
_SPLIT = vocabulary().scheme_alternation("MoleculeDissociationWord")
_DISSOCIATION_BARRIER = re.compile(rf"(?:\b{_SPLIT}\s+(?:energy\s+)?barriers?|\bbarriers?\s+(?:for|of|to)\s+(?:the\s+)?{_SPLIT})"
                                   r"[^.;]{0,40}$", re.I)


# 'spectra over photon energies of 0.6–4.5 eV', 'a plane-wave cutoff energy of 400 eV': the energy of a
# measurement's probe or a computation's setting (the ontology's ProbeEnergyWord scheme), then at most a few words of
# one clause to the value
_PROBE_ENERGY = re.compile(rf"\b{vocabulary().scheme_alternation('ProbeEnergyWord')}[^.;]{{0,30}}$", re.I)


# 'removed by an oil flow at 300 °C', 'cooled with water at 20 °C': a heat-transfer fluid's noun (the ontology's
# HeatTransferFluidWord scheme), a noun of its flow, and the temperature right after
_FLUID_AT = re.compile(rf"\b{vocabulary().scheme_alternation('HeatTransferFluidWord')}"
                       rf"(?:\s+(?:flow|flows|stream|bath|jacket|loop|circuit))?\s+(?:at|of)\s*{APPROX}$", re.I)


def foreign_process(text: str, g: Group) -> bool:
    """Is the temperature or molar energy ``g`` one of a process or state whose values the graph holds none of
    (a hydride's hydrolysis, its superconductivity), as a word of that process in its clause says, the energy the
    barrier of the H2 molecule's splitting, or the temperature the fluid's that heats or cools the bed?"""
    if not g.unit:
        return False
    dims = _dims(g.unit)
    if dims == _dims("degC") and _FLUID_AT.search(text, max(0, g.start - 60), g.start):
        return True   # (the heat-transfer fluid's temperature: a setting of the bed, none of the hydride)
    if dims in (_dims("eV"), _dims("kJ/mol")) and _DISSOCIATION_BARRIER.search(text, max(0, g.start - 140), g.start):
        return True   # (the H2 molecule's splitting barrier: a surface's, no energy of the graph)
    if dims not in (_dims("degC"), _dims("kJ/mol")):
        return False
    return bool(_FOREIGN_PROCESS.search(text, max(0, g.start - 140), g.start) or _FOREIGN_PROCESS_AFTER.match(text, g.end))


# the hydrolysis words of the ForeignProcessWord scheme, in the value's clause before it or named right after it
_HYDROLYSIS_WORD = vocabulary().scheme_alternation("ForeignProcessWord", ("HydrolysisWord",))
_HYDROLYSIS_BEFORE = re.compile(rf"\b{_HYDROLYSIS_WORD}[^.;]{{0,90}}$", re.I)
_HYDROLYSIS_AFTER = re.compile(r"[^.;,]{0,30}?\b(?:for|of|in|during)\s+(?:the\s+)?(?:\S+\s+)?"
                               rf"{_HYDROLYSIS_WORD}", re.I)


def _hydrolysis_reading(text: str, g: Group) -> tuple[str, str] | None:
    """(role, key) of a temperature or molar energy said of a hydrolysis (a foreign process of a thermal store): the
    temperature the solution was held at, a condition; the energy the hydrolysis's activation energy, the one
    molar-energy property of hydrogen generation; None where the process named is another one."""
    if not (_HYDROLYSIS_BEFORE.search(text, max(0, g.start - 140), g.start) or _HYDROLYSIS_AFTER.match(text, g.end)):
        return None
    if _dims(g.unit) == _dims("degC"):
        return "condition", "temperature"
    keys = [k for k in compatible_keys(g.unit)[0] if "HydrogenGeneration" in vocabulary().property(k).applications]
    return ("property", keys[0]) if len(keys) == 1 else None


# 'a double-layered structure with a = 7.09109(5) Å, c=11.50958(10)Å': a cell edge's symbol (the ontology's
# CellAxisSymbol scheme, case as written) and '=' right before the length name the edge without the words
_CELL_EDGE = re.compile(rf"(?<![\w.,·-]){vocabulary().scheme_alternation('CellAxisSymbol')}\s*=\s*$")
# ('a ≈ 4.2 Å', 'c approximate to 6.7 angstrom', as an indexing service prints '≈'): the edge given as approximate,
# its length in ångströms, the unit a cell is measured in ('a ~5 nm shell' is the article and a size)
_CELL_EDGE_APPROX = re.compile(rf"(?<![\w.,·-]){vocabulary().scheme_alternation('CellAxisSymbol')}\s*"
                               rf"(?:{APPROX_SIGN}|{INDEXED_APPROX_EQUAL})\s*$")


# 'negligible fluctuations (~0.05 wt%)', 'a variation of only 0.1 wt% in capacity', 'fluctuated by 0.2 wt%': a word of
# the ontology's ValueSpread scheme with the value right after it (a bracket, 'of', 'by' or 'within' and an
# approximate sign between at most) sizes the scatter of repeated values, no value of the property
_SPREAD = gated(re.compile(rf"\b{vocabulary().scheme_alternation('ValueSpread')}\s*(?:(?:in\s+(?:the\s+)?[a-z]+\s+)?(?:of|by|within)\s+)?"
                     rf"{hedged(LIMITING)}?[(\[]?\s*(?:{APPROXIMATING}|±|<|≤|{bound('LessThanPhrase', 'BelowWord', 'UnderWord')})?\s*$",
                     re.I))

# the ontology's PolarizationWord scheme, in the words before a voltage
_POLARIZATION = re.compile(rf"(?<![\w-]){vocabulary().scheme_alternation('PolarizationWord')}", re.I)
# the ontology's CyclingRangeWord scheme, then the words that set the limits ('between', 'over a window of', 'down
# to') and no verb that gives a value of its own: "cycled between 5 and 1000 mV", "cycling over a voltage window of
# 0.005–0.65 V", "a cut-off of 0.05 V" — the limits a test of an electrode ran between, its setting (not "the
# hysteresis during cycling was 0.2 V": the copula gives the value to the hysteresis)
_CYCLING_RANGE = re.compile(rf"(?<![\w-]){vocabulary().scheme_alternation('CyclingRangeWord')}(?![\w-])"
                            r"(?P<gap>(?:[^.;:]|(?<=\d)\.(?=\d)){0,60})$", re.I)
# (the words right before the value set the limits: "between", "down to", "a window of", or nothing but 'of' after
# 'cut-off' — not "cycled at 0.2 mA cm−2 with an overpotential of 18 mV", where a quantity of its own is named)
_LIMITS_SET = re.compile(r"(?:\b(?:between|from|to|window|range|limits?)(?:\s+(?:of|from|between))?|^\s*(?:of|at|to)?)\s*$",
                         re.I)
_GIVES_VALUE = re.compile(r"\b(?:was|were|is|are|be|been|remained|reached|showed|shows|gave|gives|delivered|exhibited)\b",
                          re.I)


# ("over a voltage window of 0.1–0.6 V, the cycling was stable": a window named by the quantity it spans, not by
# stability, with the cycling said after it in the sentence)
_SPAN_NAMED_BEFORE = re.compile(r"\b(?:voltage|potential)\s+(?:window|range)\s*(?:of|from|between)?\s*$", re.I)
_CYCLING_AFTER = re.compile(rf"[^.;]{{0,80}}?(?<![\w-]){vocabulary().scheme_alternation('CyclingRangeWord')}(?![\w-])",
                            re.I)


def cycling_range(text: str, g: Group) -> bool:
    """Is the voltage the limit (or limits) an electrode was cycled between ("cycled between 5 and 1000 mV versus
    Li", "cycling over a voltage window of 0.005–0.65 V", "with a cut-off of 0.05 V", "over a voltage window of
    0.1–0.6 V, the cycling was stable")? A setting of the test, no electrolyte's stability window, no hysteresis or
    plateau of the electrode."""
    # (two limits, or a cut-off: one width an electrolyte "supports cycling in a potential window of 1.2 V" is the
    # window it is stable over, its own property)
    said = _CYCLING_RANGE.search(text, max(0, g.start - 70), g.start)
    if said is not None:
        return (g.kind == "range" or said.group().lower().startswith("cut")) \
            and _LIMITS_SET.search(said.group("gap")) is not None and _GIVES_VALUE.search(said.group("gap")) is None
    return g.kind == "range" and _SPAN_NAMED_BEFORE.search(text, max(0, g.start - 40), g.start) is not None \
        and _CYCLING_AFTER.match(text, g.end) is not None


# 'a LiH pellet of 3 mm thickness', 'the pellets were 1.2 mm thick', 'pressed into a disc with a thickness of 2 mm': a
# noun of the ontology's CompactedBodyNoun scheme, then up to 50 characters of one clause to a length; or the length
# right before the noun ('a 3 mm pellet', 'a 2 mm thick LiBH4 pellet')
_BODY = vocabulary().scheme_alternation("CompactedBodyNoun")
_BODY_BEFORE = re.compile(rf"\b{_BODY}\b[^.;,]{{0,50}}$", re.I)
_BODY_AFTER = re.compile(rf"\s*(?:thick\s+)?(?:[\w()–-]+\s+)?{_BODY}\b", re.I)


def pressed_body_length(text: str, g: Group) -> bool:
    """Is the length ``g`` a size of a pellet or disc the powder was pressed into, no film of the material?"""
    if g.unit is None or _dims(g.unit) != _dims("nm"):
        return False
    return bool(_BODY_BEFORE.search(text, max(0, g.start - 60), g.start) or _BODY_AFTER.match(text, g.end))


def structural_length(text: str, g: Group) -> bool:
    """Is the length ``g`` a lattice parameter or an atomic spacing the words before it name — with no word of a
    size property of the sample between that name and the value ('the lattice expands, and the particles grow to
    40 nm' is a particle size) — or a cell edge written by its symbol ('a = 7.09 Å')?"""
    if g.unit is None or _dims(g.unit) != _dims("nm"):
        return False
    if _CELL_EDGE.search(text, max(0, g.start - 6), g.start):
        return True
    if _CELL_EDGE_APPROX.search(text, max(0, g.start - 30), g.start) and is_unit(g.unit, "angstrom"):
        return True
    if "ell" not in text and "atti" not in text and "spacing" not in text and "distance" not in text \
            and "bond" not in text:
        return False
    m = _STRUCTURAL.search(text, max(0, g.start - 120), g.start)
    if m is None:
        return False
    sizes = {w for key in compatible_keys(g.unit)[0] for label in cue_table().get(key, []) for w in label}
    return not sizes & set(stems(m.group("gap")))


@lru_cache(maxsize=1)
def _film_opening() -> re.Pattern[str]:
    """A film noun (the labels of the ontology's ThinFilmStructuring strategy: 'films', 'thin film') and the
    bracket opened right after it, or the 'of' that gives its measure ('Mg thin films of 100 nm'), up to where a
    value would start."""
    words = sorted(vocabulary().get("ThinFilmStructuring").labels, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})(?:\s*\(|\s+of)\s*"
                      rf"{hedged(APPROXIMATING)}?$", re.I)


@lru_cache(maxsize=1)
def _film_named_after() -> re.Pattern[str]:
    """A film noun (the ThinFilmStructuring labels) right after a length and the film's formula ('a 300 nm MgH2
    film'), an adjective of the film between ('a 300 nm dense MgH2 thin film')."""
    words = sorted(vocabulary().get("ThinFilmStructuring").labels, key=len, reverse=True)
    return re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:[A-Z][A-Za-z0-9()]*\s+)(?:[a-z][\w-]*\s+)?"
                      rf"(?:{'|'.join(re.escape(w) for w in words)})\b")


def _film_before(text: str, g: Group) -> bool:
    """Is the length ``g`` written right before the formula of the film it gives ('A 300 nm MgH2 film')?"""
    return g.unit is not None and _dims(g.unit) == _dims("nm") and _film_named_after().match(text, g.end) is not None


def _film_bracket(text: str, g: Group) -> bool:
    """Is the length ``g`` the first thing in a bracket right after a film noun ('Mg films (200 nm)'), or the
    measure its 'of' gives ('Mg thin films of 100 nm were capped with Pd': the film's, not the cap's)?"""
    if g.unit is None or _dims(g.unit) != _dims("nm"):
        return False
    opening = _film_opening().search(text, max(0, g.start - 40), g.start)
    if opening is None:
        return False
    # ('films of 20 nm crystallites', 'films of 30 nm Pd particles': the 'of' measures the noun after the length;
    # 'films of 100 nm were capped with Pd' names a layer's thickness after it, the film's as well)
    return "(" in opening.group(0) or _sized_after(text, g) in (None, "film_thickness", "coating_thickness")


def _sized_after(text: str, g: Group) -> str | None:
    """The key of the property the words right after a length name on their own ('20 nm crystallites':
    crystallite_size), else None."""
    m = _NOUN_AFTER_LENGTH.match(text, g.end)
    if m is None:
        return None
    # (the first word alone, then with the next: 'crystallites were capped' is crystallites, 'grain size' both)
    for words in (m.group("first"), f"{m.group('first')} {m.group('second') or ''}"):
        said: list[str] = []
        role, key = choose_property(g.unit or "", words.strip(), "", said)
        if role == "property" and said == ["property:named"]:
            return key
    return None


# the noun right after a length, a formula before it ('20 nm crystallites', '30 nm Pd particles', '20 nm grain size')
_NOUN_AFTER_LENGTH = re.compile(r"[-\s]+(?:[A-Z][\w()]*\s+)?(?P<first>[a-z][\w-]*)(?:\s+(?P<second>[a-z][\w-]*))?")


# "sub-micron (200–400 nm in size) crystallites", "narrow (3–4 nm) pores": a bracket closed right before the words
# of the noun it describes (up to a word of no noun: 'pores in which …' is 'pores')
_NOUN_AFTER_BRACKET = re.compile(r"[^()]{0,25}?\)\s*(?P<words>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)")


# "CMK-3 (2 nm pores)", "(5 nm crystallites)": the noun written right after the length, closing its bracket
_NOUN_CLOSING_BRACKET = re.compile(r"\s*(?P<words>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s*\)")


def _bracket_before_noun(text: str, g: Group) -> str | None:
    """The noun a length ``g`` in brackets describes, when the words right after the bracket name a property of
    that unit on their own ('(200–400 nm in size) crystallites': crystallites, whatever 'size' in the bracket
    names), or the words after the length that close its bracket do ('CMK-3 (2 nm pores)': pores); None otherwise
    ('MgH2 (20 nm) was milled': 'was' names none)."""
    if g.unit is None or _dims(g.unit) != _dims("nm") or _opened_bracket(text, g) is None:
        return None
    return next((noun for m in (_NOUN_CLOSING_BRACKET.match(text, g.end), _NOUN_AFTER_BRACKET.match(text, g.end))
                 if m is not None and (noun := _noun_named(g, m.group("words"))) is not None), None)


def _noun_named(g: Group, said_words: str) -> str | None:
    """The words up to the first of no noun ('pores in which …': 'pores'), when they name a property of the
    unit of ``g`` on their own."""
    words = []
    for w in said_words.split():
        if fold(w) in STOP_WORDS:
            break
        words.append(w)
    said: list[str] = []
    role, _ = choose_property(g.unit, " ".join(words), "", said)
    return " ".join(words) if role == "property" and said == ["property:named"] else None


# "stable from 0 to 5 V": the span's opening word, said of a range (quantity_text._RANGING), the 'between' of a
# span said as "stable between 0 and 5 V" — one wording for the labels to name ('from' is no word of a label)
_SPAN_FROM = re.compile(r"\bfrom$", re.I)


def _span_said_between(before: str) -> str:
    """The words before a range with the 'from' that opened it said as 'between'."""
    return _SPAN_FROM.sub("between", before)


# "below 400 °C gives 7.1 and 5.9 wt% hydrogen", "samples below 480 °C show desorption amounts of 8.3 wt%
# hydrogen", "4.8 wt% of hydrogen release … in the range RT to 400 °C": the upper bound of the run an amount of
# hydrogen in the same clause was measured in, its setting (the amount after the bound, or before it); no clause
# break or temperature noun said of the value between ("…, while its onset temperature is below 300 °C" names one)
# (a bare "to" only after the range's start in words: "drops to 196 °C" is where a value went)
# (the names of room temperature: the ontology's RoomTemperatureWord scheme, any space between their words)
_ROOM_NAME = vocabulary().scheme_alternation("RoomTemperatureWord").replace(r"\ ", r"\s+")
_RUN_BOUND = rf"(?:below|under|up\s+to|(?P<room>{_ROOM_NAME})\s+to)\s*" + APPROX
_HYDROGEN_AMOUNT = rf"{PER_CENT}\s*(?:of\s+)?(?:H2|H₂|hydrogen)\b"
_CLAUSE_GAP = rf"(?:(?![;,]\s*(?:and|while|whereas|but|which)\b|\btemperatures?\s+(?:{BE}|of|at)\b)(?:[^.;]|\.(?=\d)))"
_BOUND_BEFORE_AMOUNT = re.compile(rf"\b{_RUN_BOUND}$", re.I)
_AMOUNT_AFTER_BOUND = re.compile(rf"\s*{_CLAUSE_GAP}{{0,60}}?(?<![\d.]){_HYDROGEN_AMOUNT}", re.I)
_AMOUNT_BEFORE_BOUND = re.compile(rf"{_HYDROGEN_AMOUNT}{_CLAUSE_GAP}{{0,100}}?\b{_RUN_BOUND}$", re.I)


def _bound_of_amount_run(text: str, g: Group) -> bool:
    bound = _BOUND_BEFORE_AMOUNT.search(text, max(0, g.start - 40), g.start)
    if bound is None:
        return False
    if g.key == "onset_dehydrogenation_temperature" and bound.group("room") is None:
        return False   # (only "from RT to 420 °C" makes the end of the range an onset, by its "from")
    return _AMOUNT_AFTER_BOUND.match(text, g.end) is not None \
        or _AMOUNT_BEFORE_BOUND.search(text, max(0, g.start - 160), g.start) is not None


# "the loss of about 1 equiv. of NH3 at temperatures <90 °C", "the evolution of ammonia below 100 °C": a
# temperature of the release of a reagent gas the ontology knows (NH3, diborane), no stage of the hydrogen release
# (the nouns: the ontology's GasReleaseNoun scheme); "desorbs ammonia at 300 °C", "gave off NH3 at 250 °C": said with a
# verb of giving a gas off (GasGivingOffWord, the ReleaseVerb word beginnings) right before the gas, likewise
_GAS_LOST_BEFORE = gated(re.compile(rf"\b(?:{vocabulary().scheme_alternation('GasReleaseNoun')}\s+of|"
                              rf"{vocabulary().scheme_alternation('GasGivingOffWord')}|"
                              rf"{vocabulary().scheme_alternation('HydrogenProcessVerb', ('ReleaseVerb',))})\s+(?:(?:{APPROXIMATING}|{NEARLY}"
                              r")\s*)?(?:\d+(?:\.\d+)?\s*(?:equiv\.?|equivalents?|mol|moles?|molecules?)(?:/[\w ]{1,20}?)?"
                              r"(?:\s*\([^()]{1,20}\))?\s+of\s+)?"
                              r"(?P<gas>[^\s,;()]+)(?:\s+gas)?\s+(?:at|below|under|up\s+to|above)\s+(?:temperatures?\s+)?"
                              rf"(?:of\s+)?(?:<|≤|>|≥)?\s*{APPROX}$", re.I))


# "Ammonia loss from the ammoniate commences around 40 °C", "NH3 release from X begins at 60 °C", "the diborane
# evolution occurs above 120 °C": the gas named before the noun of its release, the clause then saying where that
# release starts or happens (the nouns: GasReleaseNoun) — the same temperature of a reagent gas given off
_GAS_NOUN_BEFORE = gated(re.compile(rf"(?<![\w-])(?P<gas>[A-Za-z][\w()]*)(?:\s+gas)?\s+"
                                    rf"{vocabulary().scheme_alternation('GasReleaseNoun')}\b(?:(?!\bhydrogen\b|\bH2\b)[^.;]){{0,60}}?"
                                    r"\b(?:starts?|started|begins?|began|commences?|commenced|occurs?|occurred|sets?\s+in|"
                                    r"takes?\s+place|took\s+place)\s+(?:at|around|about|from|near|above|below)\s*"
                                    rf"(?:<|≤|>|≥)?\s*{APPROX}$", re.I))


def _reagent_gas_lost(text: str, g: Group) -> bool:
    vocab = vocabulary()
    for form in (_GAS_LOST_BEFORE, _GAS_NOUN_BEFORE):
        # (each form on its own: 'NH3 release begins at' is no verb 'release' before a gas 'begins')
        lost = form.search(text, max(0, g.start - 120), g.start)
        term = vocab.lookup(lost.group("gas"), "Material") if lost is not None else None
        if term is not None and "Reagent" in vocab and vocab.is_a(term.id, "Reagent"):
            return True
    return False


# "the reaction order was n = 1 at 340 K", "an Avrami exponent of m = 2.5 at 573 K": the setting a fit
# parameter was found at, no condition of a value said beside it (an energy of the same sentence)
# (the parameters' names: the ontology's FitParameter scheme)
_FIT_PARAMETER_AT = gated(re.compile(rf"\b{vocabulary().scheme_alternation('FitParameter')}\b"
                               r"[^.;]{0,60}?(?:\b\w{1,3}\s*=\s*|\bof\s+)\d+(?:\.\d+)?\s+(?:at|for)\s*"
                               rf"{APPROX}$", re.I))


# "a first-order transformation to an orthorhombic packing is largely complete by 240 K", "the transition of the
# low-temperature phase was complete at 390 K": where the change the clause's subject names has run through; a
# phase change's completion is its transition temperature (about it, when 'largely', 'nearly' … bound it)
_COMPLETE_BY = gated(re.compile(rf"\b(?P<event>[a-z]+)\s+(?:(?:of|to|into|from)\s+(?:(?!{BE}\b)[^.;,])"
                          rf"{{1,80}}?\s+)?(?:{BE}|becomes?|became)\s+(?P<adverb>(?:largely|mostly|{NEARLY}|essentially|"
                          rf"practically|virtually)\s+)?(?:\w+ly\s+)?complete(?:d)?\s+(?:by|at)\s*{APPROX}$", re.I))


def _completion(text: str, g: Group) -> bool:
    """Reads a temperature where a phase change the clause names is complete ('… is largely complete by
    240 K') as that change's transition temperature; True when it did."""
    done = _COMPLETE_BY.search(text, max(0, g.start - 160), g.start)
    if done is None:
        return False
    said: list[str] = []
    role, key = choose_property(g.unit, f"{done.group('event')} temperature", "", said)
    if role != "property" or key != "phase_transition_temperature" or said != ["property:named"]:
        return False
    g.role, g.key = role, key
    g.cues.append("property:completed")
    if done.group("adverb"):
        g.qualifier = "~"
        for n in g.numbers:
            n.qualifier = "~"
    return True


# "order–disorder": two words joined by an en dash are one compound word, as with a hyphen (the property labels
# write it so: "order-disorder transition"); a dash between formulas ("LiBH4–LiI") joins no words
_DASHED_WORDS = re.compile(r"(?<=[a-z])–(?=[a-z])")
# the class a value names right after its unit ("a 4 V-class NMC811 cathode", "5 V-grade spinels")
_CLASS_AFTER = re.compile(r"\s?-\s?(?:class|grade)\b", re.I)
# the voltage a cell or battery is named by ("a 3 V all-solid-state sodium battery", "toward 5 V lithium-ion
# cells"): the class of the device, no window or potential measured ('3 V in the full cell': a setting, read as before)
_VOLTAGE_CLASS_AFTER = re.compile(r"(?:\s+(?!(?:in|of|for|vs|versus|against|with|at|and|or|to|from|on|by|the|an?)\b)"
                                  rf"[a-z][\w-]*){{0,3}}\s+{CELL_NOUNS}\b", re.I)


_WORDS_READ = 15   # (the words before a value read for its name: a sentence's subject and verb seldom run longer)


def _spoken_into(found: list[re.Match[str]], base: int, ms: list[Mention]) -> int:
    """How many words before the last ``_WORDS_READ`` words belong to a property's name that those words cut
    into ("The hydride formation enthalpy of the Mg–10 at% Ni alloy, from the van 't Hoff plot, is": the first
    word, 'hydride', with 'formation enthalpy'): a name is read whole or not at all."""
    if len(found) <= _WORDS_READ:
        return 0
    cut = base + found[-_WORDS_READ].start()
    named = next((m for m in ms if m.kind == "Property" and m.start < cut < m.end), None)
    if named is None:
        return 0
    return sum(1 for w in found[:-_WORDS_READ] if base + w.start() >= named.start)


# "the DOE target of 5.5 wt%", "2010 system targets (6 wt% H2 and 0.045 kg/L)", "the goal: 6.5 wt%": a goal noun of the
# ontology's TargetWord scheme, then 'of', ':' or a bracket, and the goal's values with no clause or bracket closed between
_TARGET_BEFORE = Gated(re.compile(rf"\b{vocabulary().scheme_alternation('TargetWord')}\b[^.;:()\d]{{0,16}}?"
                                  r"(?:\(|\bof\b|:)(?:[^.;()]|\.(?=\d)){0,40}$", re.I),
                       tuple(sorted(fold(w) for w in vocabulary().scheme_words("TargetWord"))))


# "the target operating temperature of fuel cells is ~100 °C", "the goal capacity for vehicles is 6.5 wt%": a goal
# noun heading the property's name, the value after a copula and a hedge of a word or two ('is similar to', an
# indexing service's '~') (a sample noun after the goal noun names the sample studied: 'the target compound is
# stable up to 300 °C')
_TARGET_NAMED_BEFORE = gated(re.compile(rf"\b{vocabulary().scheme_alternation('TargetWord')}\s+(?!{SAMPLE_NOUNS}\b)"
                                        rf"(?:[a-z][\w-]*\s+){{1,8}}?{BE}\s+(?:{APPROXIMATING}|(?:[a-z]+\s+){{0,2}})\s*$", re.I))


# a length right after a covering participle and its 'with' or 'by' ('a Mg layer covered by 10 nm Pd', 'capped with
# about 5 nm of Ti'), the cover's material right after it
_COVER_BEFORE = re.compile(rf"\b{COVERED}\s+(?:with|by)\s+(?:an?\s+)?(?:{_CHANGE_HEDGE}\s*)?$", re.I)
COVER_GAP = re.compile(r"(?:-?thick)?(?:\s+of)?\s+")   # between the cover's thickness and its material


def cover_thickness(text: str, g: Group, ms: list[Mention]) -> bool:
    """Is the length ``g`` the thickness of the cover named right after it ('covered by 10 nm Pd', 'capped with 5 nm
    of Ti'): what the sample was covered with, no change 'by' how much ('shrank by 10 nm')?"""
    if g.unit is None or _dims(g.unit) != _dims("nm") or not _COVER_BEFORE.search(text, max(0, g.start - 40), g.start):
        return False
    return any(m.kind in ("Material", SYSTEM_LABEL) and COVER_GAP.fullmatch(text, g.end, m.start) for m in ms)


# a bare number that multiplies: 'by a factor of 16', '16 times', '16-fold' (not 'a hysteresis factor of 1.4')
_MULTIPLIER_BEFORE = re.compile(r"\b(?:by|a|of)\s+(?:a\s+)?factor\s+of\s*(?:about|around|nearly|almost|approximately|~|≈|∼)?\s*$", re.I)
_MULTIPLIER_AFTER = re.compile(r"\s*(?:-\s*|\s)?(?:times|fold)\b", re.I)


def classify(text: str, g: Group, prev_end: int, ms: list[Mention], chain_cue: str | None = None) -> str | None:
    """``_classify``'s answer, a fade declined to read as the share kept (see ``_declined_to_before``)."""
    cue = _classify(text, g, prev_end, ms, chain_cue)
    if g.key == "capacity_fade" and _declined_to_before().search(text, max(0, g.start - 40), g.start):
        # "the cycle stability first rises to 64 % and then decreases to 46 %": the share a capacity declined to is
        # the share kept, its retention; a fade is the share lost
        g.key = "capacity_retention"
        g.cues.append("property:declined-to")
    if g.role == "property" and g.unit is not None \
            and (given_off := released_after(g.unit, g.key, text[g.end:g.end + 40])) is not None:
        # "attains 7.3 wt% hydrogen absorption …, and ~5 wt% desorption in 6 min": the noun right after the
        # value gives hydrogen off, whatever uptake the words before it named
        g.key = given_off
        g.cues.append("property:released-after")
    return cue


class _Decided(NamedTuple):
    """A reading a rule settled early, with the cue to return: "" or None (callers chain only a str cue)."""
    cue: str | None


def _classify(text: str, g: Group, prev_end: int, ms: list[Mention], chain_cue: str | None = None) -> str | None:
    """Sets g.role/g.key; returns the words before the value that named it (the cue a following
    "… and 90 kJ/mol for the desorption" reuses; None where a rule settled it as no value a chain may name)."""
    if g.role is not None:
        return ""
    if g.unit is None:
        _read_unitless(text, g, prev_end)
        return ""
    if _class_or_target(text, g):
        return ""
    if (named := _named_after_copula(text, g)) is not None:
        return named
    before = _naming_words_before(text, g, prev_end, ms)
    cue = before
    # "1.1 × 10−2 S cm−1 at 90 °C after melting": a value said at this one is its setting, named by no word after
    set_by_value = _SETTING_OF_VALUE_BEFORE.search(text, max(0, g.start - 30), g.start) is not None
    before = _with_process_after(text, g, before, chain_cue, set_by_value)
    # (each rule in turn; the first that settles the value ends the reading, in this order)
    decided = (_anion_motion_or_cover(text, g, before, ms) or _difference_or_loss(text, g)
               or _setting_of_other_process(text, g) or _phase_change_reading(text, g)
               or _bound_or_treatment_setting(text, g) or _length_or_change_not_size(text, g))
    if decided is not None:
        return decided.cue
    after_words = _naming_words_after(text, g, set_by_value)
    if _is_amount(text, g, ms):
        g.role = "amount"
        return None
    if _share_not_capacity(text, g):
        return None
    kept = _SHARE_KEPT.match(text, g.end) if g.unit == "%" else None
    before, after_words = _words_of_kept_share(text, g, kept, before, after_words)
    _lost_kelvin(g, before)
    before = spelled_out(before)   # "the ESW reaches 5 V": a property abbreviation the document defined, written out
    before, after_words = _words_of_bracketed_size(text, g, before, after_words)
    g.role, g.key = choose_property(g.unit, before, after_words, g.cues)
    before = _sorption_as_release(text, g, before, after_words, ms)
    _capacity_framed_by_uptake(text, g)
    if _electrode_voltage_not_plateau(text, g, before):
        return ""
    _narrowed_by_gloss(text, g)
    _named_after_value(text, g, before, set_by_value, kept)
    _named_by_clause_after(text, g, set_by_value)
    _release_stage_temperature(text, g)
    _bound_of_release_run(text, g)
    _named_by_unit_or_context(text, g, before, chain_cue)
    _refined_property(text, g, before, after_words, kept)
    if g.role == "property" and (setting := _setting_of_property_after(text, g)):
        g.role, g.key = "condition", setting   # "the 1 bar equilibrium temperature": the setting of what it names
        g.cues.append("condition:modifier")
        return cue
    _property_of_other(text, g, before, ms)
    return cue


def _read_unitless(text: str, g: Group, prev_end: int) -> None:
    """A number without a unit is a value only of a property that is a pure number the words before it name."""
    # ("the hysteresis grows by a factor of 12", "a hysteresis 5 times that of bulk MgH2", "a 3-fold hysteresis":
    # a multiplier of change, no value of a property that is a pure number)
    key = unitless_property(text[max(prev_end, g.start - 80):g.start]) \
        if g.kind == "single" and not _MULTIPLIER_BEFORE.search(text, max(0, g.start - 30), g.start) \
        and not _MULTIPLIER_AFTER.match(text, g.end) else None
    if key is None:
        return
    g.unit, g.role, g.key = "dimensionless", "property", key   # "a transference number of 0.99"
    g.cues.append("property:named")


def _class_or_target(text: str, g: Group) -> bool:
    """A device's class or a goal set for a material is no value of a sample: ignored (True), before any word is read."""
    if _CLASS_AFTER.match(text, g.end) or (_VOLTAGE_CLASS_AFTER.match(text, g.end) and _dims(g.unit) == _dims("V")):
        g.role = "ignored"   # "a 4 V-class cathode", "a 100 Ah-class cell": the class of a device, no value of it
        g.cues.append("value:class")
        return True
    if _TARGET_BEFORE.search(text, max(0, g.start - 80), g.start) \
            or _TARGET_NAMED_BEFORE.search(text, max(0, g.start - 100), g.start):
        g.role = "ignored"   # "the DOE target of 5.5 wt%", "system targets (6 wt% H2 and 0.045 kg/L)": a goal, no sample's
        g.cues.append("value:target")
        return True
    return False


def _naming_words_before(text: str, g: Group, prev_end: int, ms: list[Mention]) -> str:
    """The words before the value that may name its property: its own clause's last words, equations left out."""
    before = without_equations(text, prev_end, g.start)
    before = _CUE_BREAK.split(before)[-1]
    base = g.start - len(before)   # (where the words read start in ``text``: the dashes below keep the length)
    if "–" in before:
        before = _DASHED_WORDS.sub("-", before)
    if (bound := _EXAMPLE_OF_BOUND.search(before)) is not None:
        before = before[:bound.start()]
    # (a "+" set off by spaces joins the parts of a sample, "MgH2 + 5 wt% Ni": no word of the cue)
    found = [w for w in WORD.finditer(before) if w.group() != "+"]
    words = [w.group() for w in found]
    before = " ".join(words[-_WORDS_READ - _spoken_into(found, base, ms):])
    if len(words) > _WORDS_READ and not named_by_own_label(before, g.unit) \
            and named_by_own_label(longer := " ".join(words[-40:]), g.unit):
        # "The enthalpy of hydride formation of the Mg–10 at% Ni alloy was determined from the van 't Hoff plot to
        # be …": the property named before a long subject and its verb, beyond the last fifteen words (there, only
        # the method is named, and a method names its usual property, not the one the sentence gives)
        before = longer
    if g.kind == "range":
        before = _span_said_between(before)
    if "ctivation" in before and (shared := _SHARED_PROCESS.search(text, max(0, g.start - 160), g.start)):
        # "the hydrogenation enthalpy (ΔH = …) and activation energy (Ea = 67 kJ/mol)": the process named
        # before the first noun is the process of both
        before = f"{shared.group('process')} {before}"
    return before


def _with_process_after(text: str, g: Group, before: str, chain_cue: str | None, set_by_value: bool) -> str:
    """The naming words with the process the value starts, or the one the words right after it name."""
    process = None if set_by_value else _process_after(text, g)
    if g.kind == "single" and _STARTS_FROM.search(text, max(0, g.start - 20), g.start) \
            and not _CHANGED_FROM.search(text, max(0, g.start - 40), g.start):
        before = f"{before} starts"  # "releases hydrogen from 95 °C": where the release starts
    if process:
        # "60 kJ/mol for the absorption and 90 kJ/mol for the desorption": the words after the
        # value say which process; the property words come from before the first value
        before = f"{chain_cue if chain_cue is not None else before} {process}"
    return before


def _anion_motion_or_cover(text: str, g: Group, before: str, ms: list[Mention]) -> _Decided | None:
    """An anion-motion barrier, a change complete 'by' a temperature, a cover's thickness: no difference 'by'."""
    if "ctivation" in before and _of_anion_motion(window := text[max(0, g.start - 160):g.start]) \
            and "conduct" not in window:
        # "the BH4− anions, more mobile, need a lower activation energy of 8 kJ/mol": the barrier of the anions'
        # reorientation, no dehydrogenation's (one said with a conductivity is the conduction's); kept as the
        # ontology's reorientation barrier where the unit can be one, else left out
        g.role, g.key = _reorientation_barrier(g.unit)
        g.cues.append("value:anion-motion")
        return _Decided("")
    if _dims(g.unit) == _dims("degC") and _completion(text, g):
        return _Decided("")   # ("complete by 240 K": no difference 'by')
    if cover_thickness(text, g, ms):
        # "a Mg layer covered by 10 nm Pd": the cover's thickness (the 'by' names the cover, no change)
        g.role, g.key = "property", "coating_thickness"
        g.cues.append("value:cover-thickness")
        return _Decided("")
    return None


def _difference_or_loss(text: str, g: Group) -> _Decided | None:
    """A difference, a capacity lost or a scatter of repeated values: how much something changed, no value of it."""
    if (DIFFERENCE.search(text[max(0, g.start - 30):g.start]) or _DIFFERENCE_RUN.search(text, max(0, g.start - 90), g.start)
            or _CHANGE_NAMED.search(text, max(0, g.start - 120), g.start)
            or _dims(g.unit) == _dims("degC") and _TEMPERATURE_DIFFERENCE.search(text, max(0, g.start - 30), g.start)) \
            and not _VOLUME_GROWN_BY.search(text, max(0, g.start - 60), g.start) and not _deadline_by(text, g):
        return _Decided(None)  # "decreased by 60 °C", "… by 30 °C and 58 °C": a difference, not a value
    if (lost := _capacity_lost_before().search(text, max(0, g.start - 50), g.start)) \
            and _named_fraction(_HYDROGEN_IN_UNIT.sub("", g.unit)) \
            and (lost.group("verb") is None or _SHARE_OF_CAPACITY_TO.match(text, g.end)):
        # ("lost 0.3 wt% of its capacity"; not "loses 13 wt% of hydrogen on heating", what it releases)
        # "a capacity loss of only 0.1 wt%", "a loss of 0.2 wt% H2 after ten cycles": how much capacity was lost,
        # no capacity; a fade is a share of the initial capacity, a bare '%' ("a capacity fade of 4 %" is read as one)
        g.role = "ignored"
        g.cues.append("value:capacity-lost")
        return _Decided("")
    if _PER_CYCLE.match(text, g.end) and _named_fraction(_HYDROGEN_IN_UNIT.sub("", g.unit)):
        # "the capacity degradation is only 0.003 wt% per cycle": how fast a capacity fades, no capacity
        g.role = "ignored"
        g.cues.append("value:capacity-lost")
        return _Decided("")
    if _SPREAD.search(text, max(0, g.start - 60), g.start):
        return _Decided(None)  # "negligible fluctuations (~0.05 wt%)": how far repeated values scatter, not a value
    return None


def _setting_of_other_process(text: str, g: Group) -> _Decided | None:
    """Settings listed, varied or of a test, a fit, a probe, a reagent gas or another process: no sample's value."""
    if _SETTINGS_LISTED.search(text, max(0, g.start - 80), g.start):
        g.role, g.key = "condition", None   # "cycled at different temperatures (305 K, 373 K and 323 K)": settings
        g.cues.append("condition:listed-settings")
        return _Decided("")
    if varied_setting(text, g):
        g.role = "ignored"
        g.cues.append("value:varied-setting")
        return _Decided("")
    if g.unit and _dims(g.unit) == _dims("eV") and _PROBE_ENERGY.search(text, max(0, g.start - 90), g.start):
        g.role = "ignored"  # "spectra over photon energies of 0.6–4.5 eV": the probe's energy, no sample's
        g.cues.append("value:probe-energy")
        return _Decided("")
    if foreign_process(text, g):
        if (reading := _hydrolysis_reading(text, g)) is not None:
            # "a hydrogen generation rate of 900 mL/min/g at 30 °C", "the activation energy of the hydrolysis is
            # 31 kJ/mol": the solution's temperature, the hydrolysis's own barrier (hkg:HydrogenGeneration)
            g.role, g.key = reading
            g.cues.append("value:hydrolysis")
            return _Decided("")
        g.role = "ignored"  # "a superconducting Tc of 203 K": no value the graph holds
        g.cues.append("value:foreign-process")
        return _Decided("")
    if test_setting(text, g):
        g.role, g.key = "condition", "temperature"
        g.cues.append("condition:test-setting")
        return _Decided("")
    if _dims(g.unit) == _dims("degC") and _FIT_PARAMETER_AT.search(text, max(0, g.start - 100), g.start):
        g.role = "ignored"
        g.cues.append("value:fit-setting")
        return _Decided("")
    if _dims(g.unit) == _dims("degC") and _reagent_gas_lost(text, g):
        g.role = "ignored"
        g.cues.append("value:reagent-gas")
        return _Decided("")
    return None


def _phase_change_reading(text: str, g: Group) -> _Decided | None:
    """Where a phase begins or a change into it happens is the transition temperature; a phase one is in, a setting."""
    # (each test below asks the value's unit, a cached lookup, before it searches the words for its cue)
    if "phase_transition_temperature" in compatible_keys(g.unit)[0] \
            and _PHASE_BOUND.search(text, max(0, g.start - 160), g.start):
        # "the high-temperature phase (above 115 °C)": where that phase begins, the transition temperature
        g.role, g.key, g.qualifier = "property", "phase_transition_temperature", "="
        for n in g.numbers:
            n.qualifier = "="
        g.cues.append("property:phase-bound")
        return _Decided(None)
    if "phase_transition_temperature" in compatible_keys(g.unit)[0] \
            and _CHANGES_INTO_PHASE.search(text, max(0, g.start - 160), g.start):
        # "LiBH4 transforms into the high-temperature phase at 115 °C": where the change happens
        g.role, g.key = "property", "phase_transition_temperature"
        g.cues.append("property:changes-into-phase")
        return _Decided(None)
    if _dims(g.unit) == _dims("degC") and _IN_PHASE_AT.search(text, max(0, g.start - 80), g.start):
        # "in its high-temperature phase at 120 °C, LiBH4 conducts …": the phase the sample is in, no change of it
        g.role, g.key = "condition", "temperature"
        g.cues.append("condition:in-phase")
        return _Decided("")
    return None


def _bound_or_treatment_setting(text: str, g: Group) -> _Decided | None:
    """An example setting, a step's or a treatment's setting, a bound where nothing happens: ignored, no cue."""
    if _dims(g.unit) in (_dims("degC"), _dims("MPa")) and _EXAMPLE_OF_RANGE.search(text, max(0, g.start - 90), g.start):
        g.role = "ignored"  # "decomposition below the melting point, e.g. 350 °C": a setting chosen in a range
        g.cues.append("value:example-setting")
        return _Decided(None)
    if _dims(g.unit) == _dims("degC") and _AFTER_STEP_BRACKET.search(text, max(0, g.start - 60), g.start) \
            and _MEDIUM_IN_BRACKET.match(text, g.end):
        g.role = "ignored"  # "the Al formed after dehydrogenation (T = 300 °C under vacuum)": the step's setting
        g.cues.append("value:step-setting")
        return _Decided(None)
    if treatment_setting(text, g):
        g.role = "ignored"  # "after annealing at 200 °C", "ball-milled at 400 rpm": how the sample was made
        g.cues.append("value:treatment")
        return _Decided(None)
    if _NEGATED_BOUND.search(text, max(0, g.start - 110), g.start):
        g.role = "ignored"  # "does not release any hydrogen below 180 °C": what the sample does not do
        return _Decided(None)
    if _dims(g.unit) == _dims("degC") and _STABLE_BOUND.search(text, max(0, g.start - 40), g.start) \
            and event_after(text, g) is None:
        g.role = "ignored"  # "stable up to 200 °C": where nothing happens yet, like a negated bound
        return _Decided(None)
    return None


def _length_or_change_not_size(text: str, g: Group) -> _Decided | None:
    """A pressed body's or a structure's length, a bound on a class or share, a distance, a change: no sample's size."""
    if pressed_body_length(text, g):
        g.role = "ignored"  # "a LiH pellet of 3 mm thickness": the pressed body's size, no film of the material
        g.cues.append("value:pressed-body")
        return _Decided(None)
    if structural_length(text, g):
        g.role = "ignored"  # "lattice parameters of a = 10.12 and c = 11.46 Å": a length of the structure, no size
        g.cues.append("value:structural")
        return _Decided(None)
    if "than" in text[max(0, g.start - 12):g.start] and _dims(g.unit) == _dims("nm") \
            and _CLASS_BOUND.search(text, max(0, g.start - 50), g.start):
        g.role = "ignored"  # "electrodes thicker than 140 µm fail": a bound on a kind of object, no size of a sample
        g.cues.append("value:class-bound")
        return _Decided(None)
    if _dims(g.unit) == _dims("nm") and _SHARE_BOUND.search(text, max(0, g.start - 70), g.start):
        g.role = "ignored"  # "with a majority portion smaller than 10 nm": a share of the distribution, no size of it
        g.cues.append("value:share-bound")
        return _Decided(None)
    if re.search(rf"\bwithin\s*(?:{APPROXIMATING})?\s*$", text[max(0, g.start - 15):g.start]) and \
            not reads_as_condition(g.unit):
        g.role = "ignored"  # "within ~5 nm of the particles": a distance, not a size of anything
        return _Decided(None)
    if DIFFERENCE_AFTER.match(text[g.end:]):
        return _Decided(None)  # "150 °C lower than bulk": a difference
    if g.unit in ("%", "percent") and _CHANGE_OF.search(text, max(0, g.start - 40), g.start):
        g.role = "ignored"  # "an enhancement of ~90 %": how much a value changed, no value of anything
        return _Decided(None)
    return None


def _naming_words_after(text: str, g: Group, set_by_value: bool) -> str:
    """The words right after the value, up to a stop word, or the event a verb there leads to ('' for a setting)."""
    after_words = []
    for w in WORD.findall(re.split(r"[,;.(]|\d", text[g.end:], maxsplit=1)[0])[:3]:
        if fold(w) in STOP_WORDS:
            break
        after_words.append(w)
    words = " ".join(after_words)
    if (event := event_after(text, g)) is not None:
        words = event   # ("… to 90 °C led to the evolution of hydrogen": the event, past the verb's stop words)
    if set_by_value:
        words = ""
    return words


def _share_not_capacity(text: str, g: Group) -> bool:
    """A fuel's energy or a share of a theoretical or whole capacity: its own property or ignored (True), no capacity."""
    if g.unit and _PER_HYDROGEN_WRITTEN.search(g.unit) and _energy_over_amount(g.unit):
        g.role = "ignored"  # "120 MJ kg-1 H2", "8.5 MJ L-1 H2": the energy hydrogen itself holds, a fuel's, no sample's
        g.cues.append("value:fuel-energy")
        return True
    if g.unit == "%" and (theory := _SHARE_OF_THEORY.match(text, g.end)):
        if _CELL_CAPACITY_BEFORE.search(text, max(0, g.start - 80), g.start) \
                and not _HYDROGEN_NAMED.match(text, theory.end()):
            # "discharge capacities of 83% of the theoretical capacity were achieved for TiS2": the share of its
            # theoretical capacity a cell's electrode reached, its active-material utilization
            said: list[str] = []
            role, key = choose_property(g.unit, "active material utilization", "", said)
            if role == "property":
                g.role, g.key, g.cues = role, key, [*g.cues, "property:share-of-theory"]
                return True
        if (key := _hydrogen_share_of_theory(text, g, theory.end())) is not None:
            # "the hydrolysis yield reached 92% of the theoretical value", "releases 85% of its theoretical hydrogen
            # capacity": the share of what the sample gives in theory, a property of its own (never wt%)
            g.role, g.key, g.cues = "property", key, [*g.cues, "property:share-of-theory"]
            return True
        g.role = "ignored"  # "69 % of the theoretical capacity": a share of a computed value, no retention
        return True
    if g.unit == "%" and _theory_share_referred(text, g):
        g.role = "ignored"  # "…, while those of the milled ones are 71 % and 38 %": the same shares of the theory
        g.cues.append("value:share-of-theory-referred")
        return True
    if g.unit == "%" and SHARE_OF_CAPACITY.match(text, g.end) \
            and _TAKEN_OR_GIVEN_BEFORE.search(text, max(0, g.start - 30), g.start):
        g.role = "ignored"  # "desorbs 90% of its hydrogen capacity within 5 min": how far a run got, no capacity
        return True
    return False


def _words_of_kept_share(text: str, g: Group, kept: re.Match[str] | None, before: str,
                         after_words: str) -> tuple[str, str]:
    """A share or capacity said kept, contained or reversible is named by the words that say so, not its capacity's."""
    if kept is None and _named_fraction(_HYDROGEN_IN_UNIT.sub("", g.unit)) and _kept_capacity(text, g):
        # "93 % of the capacity (4.4 wt%) remains after 50 cycles": the capacity in the bracket is what
        # cycling keeps, a capacity of cycling (read by those words: the share's words name a retention)
        before, after_words = "cycling capacity", ""
        g.cues.append("value:kept-capacity")
    if kept is None and g.unit == "%" and _KEEPING_VERB_BEFORE.search(text, max(0, g.start - 40), g.start) \
            and _SHARE_OF_CAPACITY_TO.match(text, g.end):
        # "maintaining ~70% of the initial capacity after four cycles": the share of a capacity kept, whatever
        # capacity the clause named before ("stabilizes the hydrogen storage capacity, maintaining ~70% …")
        before, after_words = "capacity retention", ""
        g.cues.append("value:kept-share")
    if kept is None and hydrogen_contained(text, g):
        before, after_words = "hydrogen capacity", ""
        g.cues.append("value:hydrogen-contained")
    if kept is None and g.unit == "%" and (_SHARE_REVERSIBLE.match(text, g.end) or _reversible_of_which(text, g)):
        before, after_words = "capacity retention", ""
        g.cues.append("value:reversible-share")
    if kept is not None:
        # "88 % of its initial capacity (5.1 wt%) is kept over 40 cycles": the share of a capacity
        # that is kept, read by the words that say so (the capacity's own words name no property of the value)
        after_words = f"capacity {kept.group('verb')}"
    return before, after_words


def _words_of_bracketed_size(text: str, g: Group, before: str, after_words: str) -> tuple[str, str]:
    """The naming words for a length in brackets: a film's thickness, or the size of the noun right after it."""
    if _film_bracket(text, g) or _film_before(text, g):
        # "Mg films (200 nm) were capped with Pd", "A 300 nm MgH2 film …": a length in brackets right after the film
        # it gives, or right before its formula and noun, is that film's thickness, whatever the words around name
        # (a size by its unit alone, a cap after it)
        before, after_words = "film thickness", ""
        g.cues.append("value:film-bracket")
    elif (noun := _bracket_before_noun(text, g)) is not None:
        # "sub-micron (200–400 nm in size) crystallites", "narrow (3–4 nm in diameter) pores": the bracket gives the
        # size of the noun right after it, which says whose size (a crystallite's, a pore's), not the bracket's words
        before, after_words = noun, ""
        g.cues.append("value:bracket-noun")
    return before, after_words


def _sorption_as_release(text: str, g: Group, before: str, after_words: str, ms: list[Mention]) -> str:
    """A temperature named by a word of both directions reads as the release's; returns the naming words then used."""
    if g.role == "condition" and g.cues[-1:] == ["property:unit"] and _dims(g.unit) == _dims("degC") \
            and (as_release := sorption_as_release(before)) is not None:
        # "hydrogen sorption in Mg needs about 570 K": the word of both directions names the temperature as the
        # release word would (and as much: 'sorption kinetics at 300 °C' stays a setting);
        # ingest.extraction.values.both_ways then gives it to each direction
        named: list[str] = []
        role, key = choose_property(g.unit, as_release, after_words, named)
        if role == "property" and key == "dehydrogenation_temperature" and named == ["property:named"] \
                and not _sorption_setting(text, g, ms):
            g.role, g.key, g.cues = role, key, [*g.cues[:-1], SORPTION_CUE, *named]
            before = as_release   # (the readers below take the words as the release's too)
    return before


def _capacity_framed_by_uptake(text: str, g: Group) -> None:
    """A capacity said as the outcome of an uptake is the amount taken up."""
    if g.role == "property" and (g.cues[-1:] in (["property:named"], ["property:weak"]) or g.cues[-1:] == ["property:unit"]
                                 and not given_off_in(_CLAUSE_AFTER.split(text[g.end:g.end + 120], maxsplit=1)[0])) \
            and (absorbed := taken_up_key(g.unit, g.key)) and framed_by_uptake(text[:g.start]):
        # (a capacity its unit alone names, 'with a high capacity of 4.9 wt%' after the uptake, the same — unless its
        # own clause gives it off: 'after rehydrogenation …, 3.9 wt% H2 can be released again')
        # "rehydrogenation of the decomposed sample results in … a hydrogen capacity of 4.2 wt%": a capacity named by its
        # general name, as the outcome of an uptake, is the amount taken up
        g.key = absorbed
        g.cues.append("property:framed-by-uptake")


def _electrode_voltage_not_plateau(text: str, g: Group, before: str) -> bool:
    """An electrode's polarization or a cell's cycling range is no plateau's potential: ignored (True)."""
    if g.key != "overpotential" and _dims(g.unit) == _dims("V") and _POLARIZATION.search(" ".join(before.split()[-6:])):
        # "the electrode polarization is below 0.2 V", "a minimal polarization of 250 mV": an electrode's lag under
        # current, no plateau's potential (a cell's plating overpotential named as such stays one; the word must
        # lead to the value: "owing to its low polarization, … an average voltage of 0.5 V" is the voltage's)
        g.role = "ignored"
        g.cues.append("value:polarization")
        return True
    if _dims(g.unit) == _dims("V") and cycling_range(text, g):
        g.role = "ignored"
        g.cues.append("value:cycling-range")
        return True
    return False


def _narrowed_by_gloss(text: str, g: Group) -> None:
    """A bracket that glosses the property's name gives the narrower property it means."""
    if g.role == "property" and g.key and (gloss := _GLOSS.search(text, max(0, g.start - 90), g.start)):
        # "a hydrogen storage capacity (the hydrogen taken up within 45 min) of 5.2 wt%": the bracket says
        # which capacity the name means, a narrower one of it
        _, narrower = choose_property(g.unit, f"hydrogen {gloss.group('words')}", "")
        if narrower and narrower != g.key and _narrower(narrower, g.key):
            g.key = narrower
            g.cues.append("property:glossed")


def _named_after_value(text: str, g: Group, before: str, set_by_value: bool, kept: re.Match[str] | None) -> None:
    """A value no word before it named, or only its unit, takes the property its own words after it name."""
    if g.role is None and not set_by_value:
        # "95 % of the capacity remains after 50 cycles": the property is named after the value
        g.role, g.key = choose_property(g.unit, before, _words_after(text, g), g.cues)
        g.cues += ["property:after"] if g.role else []
    elif g.role == "property" and g.key and g.cues[-1:] == ["property:unit"] and kept is None:
        # "offers 11.4 wt% of reversible hydrogen", "3.9 wt% H2 can be released again": a value its unit
        # alone read takes the narrower property the words after it, in its own clause, name whole
        said: list[str] = []
        role, key = choose_property(g.unit, before, _own_words_after(text, g), said)
        if role == "property" and key and said == ["property:named"] and _narrower(key, g.key):
            g.key = key
            g.cues[-1:] = said + ["property:after"]
        elif (absorbed := taken_up_key(g.unit, g.key)) \
                and taken_up_after(_CLAUSE_AFTER.split(text[g.end:g.end + 120], maxsplit=1)[0]):
            g.key = absorbed   # "5.5 wt% H2 within 10 min upon rehydrogenation": a word of uptake in its clause after
            g.cues[-1:] = ["property:process"]


def _named_by_clause_after(text: str, g: Group, set_by_value: bool) -> None:
    """A value unnamed (or a setting by its unit alone) named by the reaction, event or purpose its clause says."""
    if g.role is None and not set_by_value and (reaction := _predicted_reaction(text, g)) is not None:
        # "Using DFT we predict 52 (LiBH4) and 61 kJ/mol (NaBH4) for the decomposition": an energy per mole a
        # calculation gives a reaction, with no word of a barrier, is that reaction's enthalpy
        said: list[str] = []
        role, key = choose_property(g.unit, f"{reaction} enthalpy", "", said)
        if role == "property" and said == ["property:named"]:
            g.role, g.key = role, key
            g.cues += ["property:predicted-reaction"]
    if (g.role is None or g.role == "condition" and g.cues[-1:] == ["property:unit"]) \
            and (event := _EVENT_AT.match(text, g.end)):
        # "above 110 °C, at which a transition to the hexagonal structure occurs": the clause after the
        # value says what happens there, and so which property the value is (a unit alone made it no more
        # than a condition)
        said = []
        role, key = choose_property(g.unit, event.group("words"), "", said)
        if role == "property" and said == ["property:named"]:
            g.role, g.key, g.cues = role, key, [c for c in g.cues if c != "property:unit"] + said + ["property:event-after"]
            # ("only above 110 °C, at which a transition occurs": the event is at the value, the bound is the setting's)
            g.qualifier = "="
            for n in g.numbers:
                n.qualifier = "="
    if g.role in (None, "condition") and (purpose := _PURPOSE_AFTER.match(text, g.end)) \
            and _REQUIRED_BEFORE.search(text, max(0, g.start - 60), g.start):
        # "MgH2 requires 300 °C to release hydrogen", "must be heated above 300 °C to desorb H2": the
        # temperature a process needs, named by the purpose the sentence gives it
        said = []
        role, key = choose_property(g.unit, purpose.group("words") + (purpose.group("gas") or ""), "", said)
        if role == "property" and said == ["property:named"]:
            g.role, g.key, g.cues = role, key, [c for c in g.cues if not c.startswith("property:")] + said + ["property:purpose"]
    if g.role in (None, "condition") and _dims(g.unit) == _dims("degC") and (needed := _NEEDED_AFTER.match(text, g.end)):
        # "elevated temperatures (> 150 °C) … are needed for rehydrogenation of X": the temperature the process named
        # after the requirement takes
        said = []
        role, key = choose_property(g.unit, needed.group("words"), "", said)
        if role == "property" and said == ["property:named"]:
            g.role, g.key, g.cues = role, key, [c for c in g.cues if not c.startswith("property:")] + said + ["property:needed"]


def _release_stage_temperature(text: str, g: Group) -> None:
    """A temperature where a release the clause names starts, is reversed or spans is that stage's (or a setting)."""
    if g.role in (None, "condition") and _dims(g.unit) == _dims("degC") \
            and _STARTING_AT.search(text, max(0, g.start - 30), g.start) \
            and (verb := _PROCESS_VERB_BEFORE.search(text, max(0, g.start - 90), g.start)):
        # "releases 5 wt% H2 starting from 65 °C": where the release the clause names starts, its onset,
        # not the temperature the capacity was measured at
        said: list[str] = []
        role, key = choose_property(g.unit, f"start {verb.group('verb')} hydrogen", "", said)
        if role == "property" and said[-1:] in (["property:named"], ["property:weak"]):
            g.role, g.key, g.cues = role, key, [c for c in g.cues if not c.startswith("property:")] + said + ["property:starting"]
    if g.role in (None, "condition", "property") and _dims(g.unit) == _dims("degC") \
            and _REVERSED_AT.search(text, max(0, g.start - 90), g.start):
        # "LiBH4 decomposes to LiH + B + 3/2 H2 … the reaction can be reversed at 600 °C and 155 bar": the reverse of a
        # release takes the hydrogen back up, at that temperature (the release's own name before it says what is undone)
        said = []
        role, key = choose_property(g.unit, "rehydrogenation temperature", "", said)
        if role == "property":
            g.role, g.key = role, key
            g.cues = [c for c in g.cues if not c.startswith("property:")] + ["property:named", "property:reversed"]
    if g.kind == "range" and g.role == "condition" and g.cues[-1:] == ["property:unit"] \
            and (key := _fronted_range_of_release(text, g)):
        # "In a temperature range from 330 to 450 °C, the LiBH4–Ca(BH4)2 mixture decomposes in two steps": a span set
        # before a clause that tells the sample's release there, and gives no value of its own, is the release's span
        g.role, g.key = "property", key
        g.cues = [c for c in g.cues if not c.startswith("property:")] + ["property:named", "property:fronted-range"]
    if g.role == "property" and _dims(g.unit) == _dims("degC") and fronted_setting_of_amount(text, g):
        # "…, and at 130 °C it gave off 5.1 wt% H2 in 80 min": a temperature set before its clause, whose clause
        # gives an amount of hydrogen at it, is that amount's setting, whatever words of an earlier clause named
        g.role, g.key = "condition", "temperature"
        g.cues = [c for c in g.cues if not c.startswith("property:")] + ["condition:fronted-amount"]
    if (g.role == "condition" and g.cues[-1:] == ["property:unit"] or g.role == "property") and _dims(g.unit) == _dims("degC") \
            and FRONTED_SETTING.search(text, max(0, g.start - 45), g.start) and (key := _event_said_after(text, g)):
        # (words before the break that named it are another clause's: "desorption commences, and below 285 °C
        # the composite decomposes fully")
        # "at 225 °C, hydrogen desorption commences", "below 240 °C the composite decomposes fully": a temperature
        # set before its clause, whose words then name the stage of the release that happens there (its onset,
        # its end); a clause naming no stage ("already at 150 °C the composite releases 4 wt%") keeps it a setting
        g.role, g.key = "property", key
        g.cues = [c for c in g.cues if not c.startswith("property:")] + ["property:named", "property:event-after"]


def _bound_of_release_run(text: str, g: Group) -> None:
    """A release said above a temperature starts there; an amount released below or above it bounds its run."""
    if (g.role in (None, "condition") or (g.role == "property" and g.key == "dehydrogenation_temperature")) \
            and _dims(g.unit) == _dims("degC") and (_ABOVE_AT.search(text, max(0, g.start - 30), g.start) or _ABOVE_OPENS.match(text, g.start)
                                                    or _LOWEST_AT.search(text, max(0, g.start - 40), g.start)) \
            and (verb := _RELEASE_VERB_BEFORE.search(text, max(0, g.start - 90), g.start)):
        # "H2 is desorbed upwards of 180 °C", "hydrogen release starts above 250 °C": a release said to
        # happen above a temperature starts there, its onset (a verb, not a noun: "the dehydrogenation
        # temperature is above 300 °C" names no start); an amount released above it ("releases ≥8 wt% H2
        # above 280 °C") is measured there: the temperature is that capacity's setting
        said: list[str] = []
        role, key = choose_property(g.unit, f"start {verb.group('verb')} hydrogen", "", said)
        if _CAPACITY_BOUND.search(text, max(0, g.start - 90), g.start):
            g.role, g.key = "condition", "temperature"
            g.cues = [c for c in g.cues if not c.startswith("property:")] + ["property:capacity-above"]
        elif role == "property" and said[-1:] in (["property:named"], ["property:weak"]):
            g.role, g.key, g.cues = role, key, [c for c in g.cues if not c.startswith("property:")] + said + ["property:above"]
    if g.role == "property" and g.key == "dehydrogenation_temperature" and _dims(g.unit) == _dims("degC") \
            and (bound := _CAPACITY_BOUND.search(text, max(0, g.start - 90), g.start)) \
            and not _ABOVE_OPENS.match(bound.group("bound")):
        # "about 5 wt% of hydrogen is released below 400 °C": the bound of the run the amount was measured in, its
        # setting, no temperature of the release of its own
        g.role, g.key = "condition", "temperature"
        g.cues = [c for c in g.cues if not c.startswith("property:")] + ["property:capacity-below"]
    if (g.role == "condition" or g.role == "property"
            and g.key in ("dehydrogenation_temperature", "onset_dehydrogenation_temperature")) \
            and _dims(g.unit) == _dims("degC") and _bound_of_amount_run(text, g):
        # (a stage the words name stays a fact: "fully dehydrogenated below 440 °C with 8.3 wt% H2")
        g.role, g.key = "condition", "temperature"
        g.cues = [c for c in g.cues if not c.startswith("property:")] + ["property:amount-run-bound"]


def _named_by_unit_or_context(text: str, g: Group, before: str, chain_cue: str | None) -> None:
    """Last readings of an unnamed value: its unit per mol H2, a potential, words past its bracket, the chain cue."""
    if g.role is None and (key := per_hydrogen_property(g.unit)):
        g.role, g.key = "property", key     # "a measured 108 kJ/(mol H2)": per mole of H2, a ΔH
        g.cues.append("property:unit")
    if g.role is None and _dims(g.unit) == _dims("V") \
            and _AT_A_POTENTIAL.search(text, max(0, g.start - 50), g.start):
        # "1540 mA h g−1 is measured at a suitable potential of 0.52 V vs. Li+/Li": the potential the electrode
        # gives its capacity at, its working (average) potential
        said: list[str] = []
        role, key = choose_property(g.unit, "average potential", "", said)
        if role == "property":
            g.role, g.key, g.cues = role, key, [*g.cues, "property:at-potential"]
    if g.role is None and (closed := _BRACKET_CLOSES.match(text, g.end)):
        # "A and B (82 and 88 kJ/mol, respectively) show lower activation energies than C": a bracketed value
        # with no words of its own is named by the words after its bracket
        g.role, g.key = choose_property(g.unit, before, _words_after(text, Group(g.kind, [], g.unit, g.start, closed.end())), g.cues)
        g.cues += ["property:after"] if g.role else []
    if g.role is None and chain_cue and (word := _process_word(WORD.findall(before), g.unit)):
        # "the dehydrogenation activation energy is 76 kJ/mol, while that of hydrogen absorption is
        # 39 kJ/mol": the property named before, for the process this clause names
        g.role, g.key = choose_property(g.unit, f"{chain_cue} {word}", "", g.cues)
    if g.role == "property" and _dims(g.unit) == _dims("degC") \
            and _TREATED_AT.search(text, max(0, g.start - 80), g.start):
        g.role, g.key = "condition", "temperature"  # "were hydrogenated at 120 °C": how it was treated


def _refined_property(text: str, g: Group, before: str, after_words: str, kept: re.Match[str] | None) -> None:
    """The property made as narrow as its words name it: a barrier's ion or process, its purpose, a rate's step."""
    named_after = _NAMED_AFTER.match(text, g.end)
    if g.role == "property" and g.key and kept is None and "value:reversible-share" not in g.cues \
            and (kin := fuller_kin(g.key, g.unit, before, named_after.group(1), g.cues[-1:] == ["property:unit-kin"])
                 if named_after
                 else refined_kin(g.key, g.unit, before)):
        g.key = kin   # "an activation energy of 43 kJ mol−1 for Li+ conduction": the ion's barrier
        g.cues.append("property:kin")
    if g.role == "property" and g.cues[-1:] in (["property:weak"], ["property:named"]) and named_after is not None:
        _named_whole_with_what_for(g, before, named_after.group(1))
    if g.role == "property" and g.key == _hydrogen_diffusion_key():
        _rate_step_reread(g, before, after_words)


def _property_of_other(text: str, g: Group, before: str, ms: list[Mention]) -> None:
    """A property the words give as a setting of another, or name as another's, is no property of the sample."""
    if g.role == "property":
        cond = condition_of_other(g.unit, before) or _condition_of_sample_property(text, g, ms)
        if cond:
            g.role, g.key = "condition", cond
        elif named_as_other(g.unit, before):
            g.role, g.key = "ignored", None


# a value between a determiner and the words after it ("the 1 bar hydrogen equilibrium temperature", "a 0.1 MPa
# desorption temperature"): the value modifies the noun phrase those words make
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|these|that|those)\s+(?:[a-z]+\s+)?$", re.I)
# "T(1 bar)", "Peq(300 °C)", "ΔH(25 °C)": a value in the brackets of a short symbol is the setting the symbol's
# quantity is given at
_SYMBOL_OPENS = re.compile(r"(?<![\w])(?:Δ|[A-Za-zα-ω])[A-Za-z]{0,3}[,_]?[a-z]{0,4}\(\s*$")
_WORDS_AFTER_VALUE = re.compile(r"\s+(?:(?:hydrogen|H2|H₂)\s+)?(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})")


def _opens_clause(text: str, start: int) -> bool:
    """Whether nothing but a sentence's or clause's opening comes before ``start``."""
    said = text[:start].rstrip()
    return not said or said[-1] in ".;:"


# "… is the …" right after a value: the value first, the property it is named after it
# (the name read with the process and sample after it, as words before a value are: "the activation energy for
# hydrogenation of X")
_COPULA_THE = re.compile(rf"\s+{BE}\s+(?:the|a|an|its|their)\s+((?:[^\s.,;]+\s+){{0,7}}[^\s.,;]+)", re.I)


def _named_after_copula(text: str, g: Group) -> str | None:
    """'312 °C is the DSC peak temperature of X', '15 nm is the crystallite size of X': a value that opens its
    clause, followed by a copula and a name, is the value of the property that name says (by one of its own
    labels, nothing weaker); None and g untouched otherwise."""
    if not _opens_clause(text, g.start) or (m := _COPULA_THE.match(text, g.end)) is None:
        return None
    cues: list[str] = []
    role, key = choose_property(g.unit, m.group(1), "", cues)
    if role != "property" or cues != ["property:named"]:
        return None
    g.role, g.key = role, key
    g.cues.append("property:named")
    return m.group(1)


def _quantity_nouns() -> frozenset[str]:
    """The stems of the nouns the ontology's conditions end on ('temperature', 'pressure', 'time'): what a noun
    phrase naming a quantity ends on."""
    return frozenset(stem(label.split()[-1]) for t in vocabulary().terms("Condition") if t.key
                     for label in t.labels if label.split())


def _setting_of_property_after(text: str, g: Group) -> str | None:
    """'a drop in the 1 bar equilibrium temperature', 'the 0.1 MPa desorption temperature of MgH2': a value written
    as the modifier of a noun phrase that names a property of another kind (ending on a quantity's noun) is the
    setting that property is given at, no value of its own: the condition's key, else None."""
    if g.kind != "single":
        return None
    if _SYMBOL_OPENS.search(text, max(0, g.start - 12), g.start) and text[g.end:g.end + 1] == ")":
        conds = compatible_keys(g.unit)[1]
        return exact_or_first(g.unit, conds) if conds else None
    if not _DETERMINER_BEFORE.search(text, max(0, g.start - 20), g.start):
        return None
    after = _WORDS_AFTER_VALUE.match(text, g.end)
    if after is None:
        return None
    words = after.group("words").split()
    ends = [n for n in range(len(words), 0, -1) if stem(words[n - 1]) in _quantity_nouns()]
    if not ends or set(words[:ends[0]]) & STOP_WORDS:
        return None
    named = properties_named(" ".join(words[:ends[0]]))
    props, conds = compatible_keys(g.unit)
    if not named or any(k in props for k in named) or not conds:
        return None
    return exact_or_first(g.unit, conds)


# "the desorption plateau pressure of MgH2–Nb2O5 at 300 °C": a property's name, "of" and a sample, then "at"
_OF_SAMPLE_AT = re.compile(rf"\bof\s+(?P<sample>[^,;:()]{{1,80}}?)\s+(?:at|under)\s*(?:{APPROXIMATING})?\s*$")
# what may stand beside the sample's names between "of" and "at" ("the", "5 wt% Ni-doped", "composite")
_SAMPLE_FILLER = re.compile(rf"(?:\s|[-–+/@]|\bthe\b|\bwith\b|\band\b|\b\w+-?(?:doped|catalysed|catalyzed|added)\b|\bdoped\b|"
                            rf"{PER_CENT}|\b{SAMPLE_NOUNS}\b)*", re.I)


def _sorption_setting(text: str, g: Group, ms: list[Mention]) -> bool:
    """Is the temperature after 'sorption' the setting of a property named with it and a sample ('the sorption
    kinetics of MgH2 at 300 °C'), read as ``_condition_of_sample_property`` reads it with the release's word?"""
    head = sorption_as_release(text[:g.start]) or text[:g.start]
    shift = len(head) - g.start
    cut = len(commonprefix([head, text]))   # where the word was put as the release's: what follows moves on
    moved = [x if x.end <= cut else replace(x, start=x.start + shift, end=x.end + shift) for x in ms]
    return _condition_of_sample_property(head + text[g.start:], replace(g, start=g.start + shift, end=g.end + shift),
                                         moved) is not None


def _condition_of_sample_property(text: str, g: Group, ms: list[Mention]) -> str | None:
    """'the desorption plateau pressure of MgH2 at 300 °C was 0.12 MPa': the value after 'at' is the setting
    of the property named before the sample, when that property's unit does not fit the value (as
    condition_of_other reads 'the rate at 300 °C', with the sample said between)."""
    m = _OF_SAMPLE_AT.search(text, max(0, g.start - 90), g.start)
    if m is None:
        return None
    rest = text[m.start("sample"):m.end("sample")]
    for x in sorted((x for x in ms if m.start("sample") <= x.start and x.end <= m.end("sample")),
                    key=lambda x: -x.start):
        rest = rest[:x.start - m.start("sample")] + " " + rest[x.end - m.start("sample"):]
    if rest == text[m.start("sample"):m.end("sample")] or not _SAMPLE_FILLER.fullmatch(rest):
        return None   # no sample named there, or words of a clause ("of 5 wt% that was measured")
    # (three words name the property; three more hold its name when those are the process it is of: "the equilibrium
    # temperature for the dehydrogenation of X at 1 bar")
    words = " ".join(WORD.findall(text[max(0, m.start() - 60):m.start()])[-6:])
    return condition_of_other(g.unit, f"{words} at")


# "started at 340 °C and completed before 450 °C", "begins at 120 °C and ends at 190 °C": a second verb with
# no subject of its own says what the same process did at the next value
_SECOND_PREDICATE = re.compile(r"\s*,?\s*and\s+(?:(?:is|was|were|are|has\s+been|had\s+been)\s+)?(?:\w+ly\s+)?"
                               r"(?P<verb>[a-z]+)\s+(?:at|before|by|below|above|around|near|until|up\s+to)"
                               rf"\s*(?:{APPROXIMATING})?\s*", re.I)


def shared_subject_property(text: str, g: Group, last: Group, chain_cue: str) -> str | None:
    """The property of a value its unit alone made a condition, when it is said by a second verb of the
    process the value before was named for ("… started at 340 °C and completed before 450 °C": where the
    release ended); None unless the verb, with the first value's words, names another property."""
    m = _SECOND_PREDICATE.fullmatch(text, last.end, g.start)
    if m is None or last.role != "property" or _dims(g.unit) != _dims(last.unit):
        return None
    # the second verb takes the place of the first: the words without which the first value's words no
    # longer name its property ("started") are that verb's, the others ("the dehydrogenation of X") the subject's
    words = chain_cue.split()
    subject = [w for i, w in enumerate(words) if not _names_other(last, " ".join(words[:i] + words[i + 1:]))]
    said: list[str] = []
    role, key = choose_property(g.unit, " ".join(subject + [m.group("verb")]), "", said)
    return key if role == "property" and said == ["property:named"] and key != last.key else None


# "… begins at 50 °C and reaches 5.3 wt%": a second verb whose object is an amount, said of the same subject
_REACHES_AFTER = re.compile(r"\s*,?\s*and\s+(?:then\s+)?(?:\w+ly\s+)?(?P<verb>reach(?:es|ed)?|attain(?:s|ed)?)"
                            rf"\s*(?:{APPROXIMATING})?\s*", re.I)


def shared_subject_amount(text: str, g: Group, last: Group, chain_cue: str) -> str | None:
    """The property of an amount its unit alone named, said by a second verb of the process the value before was
    named for, in another unit ("hydrogen re-absorption begins at 50 °C and reaches 5.3 wt%": the uptake's amount,
    not a release's): the first value's subject words with that verb name it; None unless they name another
    property than the unit alone gave."""
    m = _REACHES_AFTER.fullmatch(text, last.end, g.start)
    if m is None or last.role != "property" or _dims(g.unit) == _dims(last.unit):
        return None
    said: list[str] = []
    role, key = choose_property(g.unit, f"{chain_cue} {m.group('verb')}", "", said)
    return key if role == "property" and said == ["property:named"] and key != g.key else None


def _lost_kelvin(g: Group, before: str) -> None:
    """"… and entropy (117.2 J mol(-1))": a value per mole its words name as a quantity per mole and kelvin
    lost its K in print; the property named wins over a unit it cannot have (no enthalpy of 0.117 kJ/mol)."""
    if _dims(g.unit) != _dims("J/mol"):
        return
    own: list[str] = []
    choose_property(g.unit, before, "", own)
    if own == ["property:named"]:
        return   # "an enthalpy of 74000 J/mol": the words name a property the unit fits
    said: list[str] = []
    role, key = choose_property("J/(mol*K)", before, "", said)
    if role == "property" and said == ["property:named"]:
        g.unit = "J/(mol*K)"
        g.cues.append("unit:lost-kelvin")


def _names_other(g: Group, words: str) -> bool:
    """The words name a property of ``g``'s unit, but not ``g``'s own."""
    role, key = choose_property(g.unit, words, "", [])
    return role == "property" and key is not None and key != g.key


# "discharge capacities of", "the cell delivered", "a charge capacity of": a cell's capacity said before a share
_CELL_CAPACITY_BEFORE = re.compile(r"\b(?:(?:dis)?charge|lithiation|delithiation)\s+capacit(?:y|ies)\b|\bcells?\b"
                                   r"|\b(?:cathode|electrode)s?\b", re.I)
_HYDROGEN_NAMED = re.compile(r"\s*(?:hydrogen|H2|H₂)\b")
# "…, whereas those of the milled samples are ", "while the bare ones reach ": a pronoun that refers back to what the
# values before it were, with no number or bracket between (English, no vocabulary)
_REFERRED_BACK = re.compile(r"\b(?:those|that|ones)\b[^.;:()\d%]{0,60}$", re.I)
# what a share names as its own reference right after it ("… 60 % of its initial capacity")
_OWN_REFERENCE = re.compile(r"\s*(?:of|with\s+respect\s+to|relative\s+to|compared\s+to)\b", re.I)


# a unit written per mass or volume of hydrogen itself, its H2 after it ("MJ kg-1 H2", "kWh/kg H2")
_PER_HYDROGEN_WRITTEN = re.compile(r"(?:\bH\s*-?\s*2|H₂)\s*$")


def _energy_over_amount(unit: str) -> bool:
    """Is the unit an energy over a mass or a volume ('MJ kg-1', 'kWh/L'), as it is written (a pascal is no such unit,
    though of the same dimension)?"""
    kinds = factor_kinds(unit)
    return kinds is not None and kinds[0] == factor_kinds("J")[0] and kinds[1] in (factor_kinds("1/g")[1],
                                                                                  factor_kinds("1/L")[1])


_SENTENCE_END = re.compile(r"[.;!?]\s+(?=[A-Z(])")
# a hydrogen process said in the sentence before a share of the theory ("released", "desorbs", "hydrogen"): what it is
# a share of is hydrogen
_HYDROGEN_SAID = re.compile(r"\b(?:hydrogen|H2|H₂)\b", re.I)


def _hydrogen_share_of_theory(text: str, g: Group, theory_end: int) -> str | None:
    """The property of a share of the theory ('92 % of the theoretical value') in a sentence about hydrogen: the
    hydrolysis conversion where the sentence names a hydrolysis ('the hydrolysis yield', 'hydrolysed … 92 %'), the
    share of the theoretical hydrogen capacity where it names hydrogen ('released 85 % of the theoretical hydrogen
    capacity') — the host's theoretical, computed from its formula (``ontology.capacity``); else None (a share of a
    capacity of no named kind, 'reaches 85 % of the theoretical capacity', is not read)."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, g.start - 300), g.start)]
    before = text[starts[-1] if starts else max(0, g.start - 300):g.start]
    noun = text[theory_end:theory_end + 40]
    said: list[str] = []
    role, key = choose_property(g.unit, before, "", said)
    generation = [t.key for t in vocabulary().terms("Property")
                  if "HydrogenGeneration" in t.applications and t.key in compatible_keys(g.unit)[0]]
    if generation and (role == "property" and key in generation and said[-1:] in (["property:named"], ["property:weak"])
                       or re.search(r"\bhydroly", before, re.I)):
        return key if key in generation else generation[0]
    if _HYDROGEN_NAMED.match(noun) or _HYDROGEN_SAID.search(before):
        return _THEORY_SHARE
    return None


_THEORY_SHARE = "hydrogen_capacity_share"


def _theory_share_referred(text: str, g: Group) -> bool:
    """'… 80 % and 68 % with respect to the theoretical capacity, while those of the milled samples are 71 % and
    38 %': shares set against the shares of the theoretical capacity just before, by 'those', are shares of it too."""
    pct = text.rfind("%", max(0, g.start - 200), g.start)
    theory = _SHARE_OF_THEORY.match(text, pct + 1) if pct >= 0 else None
    if theory is None or _OWN_REFERENCE.match(text, g.end):
        return False
    between = text[theory.end():g.start]
    return bool(re.fullmatch(r"[^.;\d%]*", between)) and bool(_REFERRED_BACK.search(between))


# "formed after dehydrogenation (T = 300 °C under vacuum)", "following desorption (at 280 °C in argon)": a bracket
# opened right after a step named as a noun after 'after'/'following'/'upon' sets that step (English, no vocabulary), no
# value of a property ("the dehydrogenation temperature of LiBH4–MgH2 (T = 350 °C)" has no such preposition before its step)
_AFTER_STEP_BRACKET = re.compile(r"\b(?:after|following|upon)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?[\w-]+(?:ion|ing)\s*"
                                 r"\(\s*(?:T\s*=|at\b)\s*$", re.I)
# … when the bracket goes on to what the step was run under or in ('under vacuum', ', in argon'): a setting of the
# step, not the temperature an event was seen at ("releases hydrogen upon heating (at 350 °C)" stays that release's)
_MEDIUM_IN_BRACKET = re.compile(r"\s*,?\s*(?:under|in)\s+[^()]{1,40}\)", re.I)
# ("74 % with respect to the theoretical capacity", "62 % relative to its theoretical value": the same share, its
# reference said by a phrase of comparison, the article optional: 'with respect to theoretical hydrogen capacity')
_SHARE_OF_THEORY = re.compile(r"\s*(?:of\s+(?:the|its)|(?:with\s+respect|relative|compared)\s+to(?:\s+(?:the|its|their))?)"
                              r"\s+(?:\w+\s+)?theoretical(?:ly)?\b", re.I)
def _process_verbs(*concepts: str, more: tuple[str, ...] = ()) -> str:
    """The word beginnings of these concepts of the ontology's HydrogenProcessVerb scheme, as one group."""
    return vocabulary().scheme_alternation("HydrogenProcessVerb", concepts, more)


# "decomposition below the melting point, e.g. 350 °C", "above its melting point, i.e. at 300 °C": the point
# named after a bound and before an example is what the value is set against, not what it is
_EXAMPLE_OF_BOUND = gated(re.compile(r"\b(?:below|above|under|over|near|beneath|exceeding)\s+(?:the|its|their)\s+[^,;()]{1,40}?"
                               r",?\s*(?:e\.\s?g\.|i\.\s?e\.|such\s+as|for\s+example|for\s+instance|namely)\s*,?\s*(?:at\s+)?$",
                               re.I))


_TAKES_UP = (r"(?:takes?|took|taking)\s+up",)
# "… 90% of its hydrogen capacity", after a verb of release or uptake: a share of the sample's own capacity
SHARE_OF_CAPACITY = re.compile(r"\s*of\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?capacit(?:y|ies)\b", re.I)
# (the verbs of release and uptake: the ontology's HydrogenProcessVerb scheme; "takes up" is English)
_TAKEN_OR_GIVEN_BEFORE = re.compile(rf"\b{_process_verbs('ReleaseVerb', 'UptakeVerb', 'SorbingVerb', more=_TAKES_UP)}"
                                    rf"(?:\s+(?:{APPROXIMATING}|{NEARLY}|{bound('OverWord', 'MoreThanPhrase')}|{UP_TO}))?\s*$",
                                    re.I)


# "does not release any hydrogen below 180 °C", "no NH3 is detected up to 200 °C": a negated clause
# bounded by the value says what does not happen, no value the sample has
# ("without any H2 evolution up to 200 °C", "remained stable (no decomposition) below 120 °C", "cannot be
# dehydrogenated below …"; "not only … but also desorbs at", "no more than 3 min" are no negations;
# "without degradation at 300 °C" says how a value was kept, not a bound)
# (the clause may be long: "not a trace of H2 was measured from any KBH4 sample below 520 K"; a
# comma or "whereas/while/and" closes it; "at" and "without" stay close to their negation)
_NEGATED_WORDS = r"(?:[\s()]+(?!(?:only|but|than|more|less|longer|whereas|while|and)\b)[^\s,;:()]+){0,10}?[\s()]+"
_NEAR_NEGATED_WORDS = _NEGATED_WORDS.replace("{0,10}", "{0,5}")
_BOUND = r"(?:below|under|beneath|before|prior\s+to|until|up\s+to|(?:heated|heating)\s+(?:up\s+)?to" \
         r"|(?:at\s+)?(?:temperatures?\s+)?(?<!\bno\s)(?<!\bnot\s)(?:lower|less)\s+than)"   # not "no less than"
# ((?=[…]): the first letters of the alternatives, which lets a search pass other positions at once)
# "(1) decomposition below the melting point, e.g. 350 °C, …", "at moderate pressures, for example 5 MPa": a
# temperature or pressure given as an example of a range the words name (a bound and what it bounds), a setting
# the authors chose there, no value they measured (English, not vocabulary)
_EXAMPLE_OF_RANGE = re.compile(r"\b(?:above|below|under|over|beyond|between)\s+[^,;.()]{1,50}?,?\s*\(?"
                               rf"(?:e\.\s?g\.|for\s+example|for\s+instance)\s*,?\s*(?:at\s+)?{hedged(APPROXIMATING)}?$", re.I)


_NEGATED_BOUND = re.compile(rf"(?=[ncw])(?:(?:\b(?:not|no|never|neither|nor|cannot)\b|n't\b)(?:{_NEGATED_WORDS}{_BOUND}"
                            rf"|{_NEAR_NEGATED_WORDS}at)"
                            rf"|\b(?:without|negligible)\b{_NEAR_NEGATED_WORDS}{_BOUND})\s*{APPROX}$", re.I)


# "is (thermally) stable up to 200 °C", "remains stable below 150 °C"
_STABLE_BOUND = re.compile(rf"\bstable\s+(?:\w+\s+){{0,2}}?{_BOUND}\s*{APPROX}$", re.I)


# "Heating the solution to 90 °C led to the evolution of hydrogen", "stable up to 340 °C, at which point it
# decomposes": a clause right after the value that says what happened at it — a verb of consequence (the ontology's
# ConsequenceVerb) or 'at which point/temperature' and its subject — names the value's event; its words are the
# value's property words (a bound said before the value is then where that event sets in, no mere stability limit)
_EVENT_AFTER = re.compile(rf"\s*,?\s*(?:{vocabulary().scheme_alternation('ConsequenceVerb')}\s+(?:(?:the|a|an|its|their)\s+)?"
                          r"|at\s+which\s+(?:point|temperature|stage)\s*,?\s*(?:(?:it|they|the\s+[\w-]+)\s+)?)", re.I)
# (the event's words end with its clause, a bracket or a number: "the dehydrogenation of ca. 4 equiv. H")
_EVENT_END = re.compile(r"[,;.()]|\d")


def event_after(text: str, g: Group) -> str | None:
    """The words of the event a clause right after the value says happened at it, stop words skipped; None when
    no such clause follows."""
    m = _EVENT_AFTER.match(text, g.end)
    if m is None:
        return None
    rest = _EVENT_END.split(text[m.end():m.end() + 80], maxsplit=1)[0]
    return " ".join(w for w in WORD.findall(rest)[:6] if fold(w) not in STOP_WORDS) or None


# "the films were hydrogenated at 120 °C", "We hydrogenated the Mg films … at 250 °C", "followed by
# hydrogenation at 280 °C": a step the samples were put through (passive, a participle after the sample,
# or the authors' own act), whose temperature is no property of the product ("can be hydrogenated at",
# "absorbs at" stay what the sample can do)
# ("was fully/completely dehydrogenated at 450 °C" says where the release ended, an outcome the sample shows:
# the full dehydrogenation temperature, no step it was put through)
_TREATED = r"\b(?:we|was|were|been|being)\s+(?:(?!(?:fully|completely|entirely|totally)\b)\w+ly\s+|then\s+|subsequently\s+|first\s+)?"


_TREATED_AT = re.compile(
    rf"(?:{_TREATED}(?:re-?)?hydrogenated\b(?:\s+[\w-]+){{0,6}}?"
    rf"|{_TREATED}(?:re-?)?dehydrogenated"
    rf"|\b{SAMPLE_NOUNS}\s+(?:re-?)?(?:de)?hydrogenated"
    r"|\bfollowed\s+by\s+(?:\w+\s+)?(?:re-?)?hydrogenation\b(?:\s+[\w-]+){0,6}?)"
    rf"\s+(?:at|under)\s*{APPROX}$", re.I)


# "the high-temperature phase (above 115 °C)", "the hexagonal phase, stable above 110 °C", "low-temperature modifications
# below 490 K" (a crystallographer's word for a polymorph): the bound of a
# phase's range of existence is its transition temperature
# ("the high-temperature phase is stabilised down to 60 °C", "… polymorph was retained down to 30 °C": the
# bound the phase is kept to, the transition temperature it was moved to)
# ("the hexagonal phase of LiBH4 forms only above 117 °C", "The hexagonal phase of lithium borohydride conducts fast,
# but it is stable only above 110 °C": the phase named by up to three words after 'of', taken up again by a pronoun
# later in the clause, or forming or existing there, an adverb after the verb)
_OWNER_WORD = r"(?:[^\s,;()]|\([^\s()]*\))+"   # (a formula's brackets kept: 'of Mg(BH4)2')
_PHASE_BOUND = gated(re.compile(rf"\b(?:phases?|polymorphs?|temperature\s+modifications?)(?:\s+of\s+(?:{_OWNER_WORD}\s+){{0,2}}{_OWNER_WORD})?"
                          r"(?:\s*\(\s*|\s*,\s*|[^.;()]{0,80}?\b(?:it|which|that)\s+|\s+)?"
                          r"(?:(?:(?:is|are|was|were|remains?|remained|can\s+be|could\s+be|being|been|be)\s+){0,2}(?:\w+ly\s+)?"
                          r"(?:stable|existing|exists?|formed|forms?|appears?|present|stabili[sz]ed|retained|preserved|maintained|"
                          r"kept)\s+(?:only\s+)?)?"
                          r"(?:above|below|>|<|down\s+to)\s*$", re.I))


# "transforms into the high-temperature phase at 115 °C", "converts to its hexagonal polymorph at", "changed into a
# disordered form at": a verb of changing into a phase, form or polymorph, then the temperature it happens at (English
# and crystallographers' words, no vocabulary; a change into a compound, 'converts to MgB2 at', names no phase)
_CHANGES_INTO_PHASE = gated(re.compile(
    r"\b(?:transforms?|transformed|transforming|converts?|converted|converting|changes?|changed|changing|transits?|"
    r"transited|turns?|turned|switch(?:es|ed)?)\s+(?:\w+ly\s+)?(?:in)?to\s+(?:the\s+|its\s+|their\s+|an?\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:phases?|polymorphs?|forms?|modifications?|structures?)"
    r"(?:\s*\([^()]{0,20}\))?\s+(?:at|above|around|near)\s*" + APPROX + "$", re.I))
# "in its high-temperature phase at 120 °C", "in the hexagonal phase at 130 °C": the phase the sample is in at that
# temperature, a setting of what the sentence gives there, never where a transition happens
_IN_PHASE_AT = gated(re.compile(
    r"\b(?:in|within)\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,3}?(?:phases?|polymorphs?|forms?|modifications?)"
    r"\s*,?\s+(?:at|of)\s*" + APPROX + "$", re.I))


# "<method> at 200 °C", "<method> for 2 h at 250 °C", "<method> at 400 rpm for 12 h": the word before a
# setting, with at most one other setting of the same step between them
_SETTING_END = re.compile(rf"\s(?:at|for)\s*{APPROX}$", re.I)
# (and the means of a step: "pre-activated by five absorption/desorption cycles at 600 K")
_SETTING_WORDS = frozenset(("at", "for", "under", "in", "by", "through", "via"))


# "synthesised by partial thermal decomposition of Li2B12H12 at 380 °C", "obtained via hydrogenation of Mg at
# 350 °C": a route (a noun of action, adjectives before it) a sample was made by, with its setting
# ("prepared by ball milling followed by hydrogen desorption at 623 K", "… and subsequent dehydrogenation at …":
# the route's later step, after the steps before it, each a word or two of the method)
_MADE_BY_ROUTE_AT = re.compile(r"\b(?:synthesi[sz]ed|prepared|obtained|produced|made|formed|fabricated)\s+"
                               r"(?:by|via|through|upon)\s+"
                               r"(?:(?:[a-z-]+\s+){1,4}?(?:followed\s+by|and\s+(?:then|subsequent(?:ly)?)|then)\s+"
                               r"(?:(?:the|an?|hydrogen|thermal)\s+)?)?"
                               r"(?:(?:the|an?|[a-z]+(?:al|ic|ed|-state))\s+){0,3}"
                               r"[a-z]+(?:ion|sis)\s+(?:of\s+(?:the\s+)?\S+\s+)?(?:at|under)\s*$", re.I)


# "made by slowly heating a blend of LiNH2 and MgH2 up to 250 °C", "obtained by heating
# LiBH4 and MgH2 to 400 °C": a sample made by an act (a gerund) done to named materials, up to or at the
# step's setting: the temperature of that act, no property of the product
_MADE_BY_ACT = gated(re.compile(r"\b(?:synthesi[sz]ed|prepared|obtained|produced|made|formed|fabricated)\s+(?:by|via|through|upon)"
                          r"\s+(?:\w+ly\s+)?[a-z]+ing\s+(?P<object>[^.;,]{1,80}?)\s+(?:(?:up\s+)?to|at|under|until)\s*"
                          + APPROX + "$", re.I))
# the words an act's object may hold besides formulas and sample nouns ("a mixture of X and Y")
_OBJECT_GLUE = frozenset(("a", "an", "the", "of", "and", "with"))
_SAMPLE_NOUN = re.compile(rf"{SAMPLE_NOUNS}\W*$", re.I)


def _made_by_act(text: str, start: int) -> bool:
    """Is the value at ``start`` the bound of the act a sample was made by ('prepared by heating LiBH4 and
    MgH2 to 400 °C')? Only when the act's object names materials alone: 'prepared by ball milling desorbs
    hydrogen at 300 °C' says what the sample does, and keeps its value."""
    before = text[max(0, start - 160):start]
    if "ing " not in before:   # (cheap gate: most values have no gerund before them)
        return False
    m = _MADE_BY_ACT.search(before)
    return m is not None and all(w.lower() in _OBJECT_GLUE or system_of(w) is not None or _SAMPLE_NOUN.match(w)
                                 for w in m.group("object").split())


# "… is controlled by hydrogen diffusion through the hydride shell, and its …": a rate's limiting step (the
# RateStepWord scheme's words, then the step's own words) up to the word that starts the next phrase; one the
# value's own clause goes on from ('… by hydrogen diffusion, which has a barrier of …') is the diffusion's
_RATE_STEP = re.compile(rf"\b{vocabulary().scheme_alternation('RateStepWord')}"
                        r"(?P<step>(?:\s+(?!(?:with|and|but|while|whereas|which|that|whose)\b)\S+){1,10}?)"
                        r"(?=\s+(?P<next>with|and|but|while|whereas|which|that|whose)\b)", re.I)


@lru_cache(maxsize=1)
def _hydrogen_diffusion_key() -> str:
    return vocabulary().get("HydrogenDiffusionActivationEnergy").key


def _named_whole_with_what_for(g: Group, before: str, what_for: str) -> None:
    """'a migration barrier of 0.27 eV for hydrogen in Mg2NiH4': a name said only in part before the value is
    made whole by what the value is for, said right after it (the hydrogen's barrier, no Li+ migration's)."""
    said: list[str] = []
    role, key = choose_property(g.unit, before, what_for, said)
    if role == "property" and key is not None and key != g.key and said[-1:] == ["property:named"]:
        g.key = key
        g.cues[-1:] = [*said[-1:], "property:after"]


def _rate_step_reread(g: Group, before: str, after_words: str) -> None:
    """'The release from MgH2 is controlled by hydrogen diffusion, and its activation energy is 120 kJ/mol': a
    hydrogen diffusion barrier named only in the phrase of the step that limits a rate is that rate's mechanism;
    the value is the apparent activation energy of the process the other words name (kept as read when they
    name none, or the diffusion barrier again)."""
    steps = [m for m in _RATE_STEP.finditer(before) if m.group("next").lower() not in ("which", "that", "whose")]
    if not steps:
        return
    rest = before[:steps[-1].start()] + before[steps[-1].end():]
    said: list[str] = []
    role, key = choose_property(g.unit, rest, after_words, said)
    if role == "property" and key is not None and key != g.key:
        g.key = key
        g.cues[-1:] = [*said[-1:], "property:rate-step"]


def _reorientation_barrier(unit: str) -> tuple[str, str | None]:
    """(role, key) of an activation energy said of the anions' reorientation: the property the ontology's
    reorientation labels name in ``unit`` when that is the reorientation barrier, else ('ignored', None)."""
    key = vocabulary().get("ReorientationActivationEnergy").key
    role, read = choose_property(unit, vocabulary().get("ReorientationActivationEnergy").label, "", [])
    return ("property", key) if role == "property" and read == key else ("ignored", None)


def _of_anion_motion(before: str) -> bool:
    """Do the words before an activation energy name the anions' reorientation (the ontology's
    AnionReorientation labels: 'anion rotation', 'reorientational dynamics', 'anion mobility')?"""
    said = set(stems(before))
    return any(all(w in said for w in label) for label in _anion_motion_labels())


@lru_cache(maxsize=1)
def _anion_motion_labels() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(stems(label)) for label in vocabulary().get("AnionReorientation").labels if stems(label))


# a word that is a formula ('MgH2', 'Mg(BH4)2'): a capital, and a digit or a second capital
_FORMULA_WORD = re.compile(r"[A-Z][A-Za-z]*(?:\d|[A-Z(])[\w()]*")


def treatment_setting(text: str, g: Group) -> bool:
    """Is the value a setting of a preparation step: a synthesis method of the ontology named right before
    'at'/'for' ("after annealing at 200 °C", "sintered at 250 °C", "hot-pressed at 240 MPa"), or the route
    a sample was made by ("synthesised by partial decomposition of Li2B12H12 at 380 °C")? It says how
    the sample was made, neither a property nor the condition a value was measured at."""
    if _made_by_act(text, g.start) or _method_after(text, g) or _bare_step_duration(text, g):
        return True
    end = _SETTING_END.search(text, max(0, g.start - 20), g.start)
    if not end:
        return False
    if _MADE_BY_ROUTE_AT.search(text, max(0, g.start - 120), g.start):
        return True
    words = re.split(r"[,;:()]", text[max(0, end.start() - 60):end.start()])[-1].split()
    heads = [words[-4:]] + [words[max(0, k - 4):k] for k in range(max(0, len(words) - 4), len(words))
                            if words[k].lower() in _SETTING_WORDS and not _names_process(words[k + 1:], g.unit)]
    if len(words) > 1 and _FORMULA_WORD.fullmatch(words[-1]):
        heads.append(words[-5:-1])   # "mechanically activated MgH2 for 5 h": the method before the sample it made
    if len(words) > 2 and _BARE_DURATION.fullmatch(" ".join(words[-2:])):
        heads.append(words[-6:-2])   # "ball-milled 2 h at 400 rpm": the step's duration said before, without 'for'
    # ("LiBH4 was ground with PEO for 2 h", "milled together with 5 wt% Ni at 300 rpm": the step, then what it was
    # done with, then its setting; not where a verb of the value comes after: "MgH2 mixed with Ni desorbs for 10 min")
    heads += [words[max(0, k - 4):k] for k in range(max(0, len(words) - 5), len(words))
              if words[k].lower() == "with" and not _names_process(words[k + 1:], g.unit)
              and not any(_CLAUSE_VERB.fullmatch(w) for w in words[k + 1:])]
    return any(_names_method(head, g.unit or "") for head in heads)


def _names_method(head: list[str], unit: str) -> bool:
    """Do the words ``head`` end in a preparation step of the ontology ('ball milled', 'annealed')?"""
    if head and _MIXED.fullmatch(head[-1]):
        return True   # "ground/blended/mixed (with PEO) for 2 h": a mixing's duration (the ontology's MixingParticiple)
    st = stems(" ".join(head))
    # (the head's last words looked up for each length a label has, not every label compared)
    return any(tuple(st[-n:]) in _method_labels(unit) for n in _label_lengths(unit) if n <= len(st))


# a duration written as a number and its unit ("2 h", "30 min")
_BARE_DURATION = re.compile(rf"\d+(?:\.\d+)?\s+{DURATION_WRITTEN}", re.I)


def _bare_step_duration(text: str, g: Group) -> bool:
    """'MgH2 ball-milled 20 h with 5 wt% Nb2O5', 'NaAlH4 milled 30 min with …': a duration written right after a
    preparation step, without its 'for', is how long the step ran, not the time a value was measured in."""
    if not g.unit or _dims(g.unit) != _dims("min"):
        return False
    words = text[max(0, g.start - 40):g.start].split()
    return bool(words) and not _FORMULA_WORD.fullmatch(words[-1]) and _names_method(words[-4:], g.unit)


# ("… 10 h milled", "… 20 h ball-milled", "after 15 h milling": the ontology's MillingParticiple and MillingGerund;
# "after 3 h of ball milling", "after 2 and 12 h of grinding": a duration 'of' a milling or mixing, MixingGerund)
_MIXED = re.compile(MILLED_OR_MIXED, re.I)
# "the desorption peak of LiBH4 milled with TiO2 appeared at 723 K", "MgH2 doped with V is fully dehydrided at":
# a finite verb after what the sample was milled with is its clause's own verb (the subject being the phrase the
# participle sits in), so the setting after it is that verb's event, not the milling's (English, not vocabulary)
_CLAUSE_VERB = re.compile(rf"{BE}|appear(?:s|ed)?|occur(?:s|red)?|shift(?:s|ed)?|lies|lay|mov(?:es|ed)|"
                          r"reach(?:es|ed)|show(?:s|ed)|exhibit(?:s|ed)|start(?:s|ed)|beg[ia]ns?|commenc(?:es|ed)", re.I)
# ("of 15 h as-milled Mg2Ni powders": the state word 'as-' before the participle, as in 'as-prepared')
_MILLED_AFTER = re.compile(rf"\s*(?:-\s*)?(?:of\s+)?(?:as-?\s?)?{MILLING_PREFIX}(?:{MILLED}|{MILLING}|{MIXING})\b", re.I)


def _method_after(text: str, g: Group) -> bool:
    """'the 10 h milled MgH2–Ni sample', 'a 20 h ball-milled powder': a time written right before the milling
    participle it sets says how the sample was made."""
    return _dims(g.unit) == _dims("min") and _MILLED_AFTER.match(text, g.end) is not None


@lru_cache(maxsize=256)
def _label_lengths(unit: str) -> tuple[int, ...]:
    """The lengths (in words) of the ``_method_labels`` of ``unit``."""
    return tuple(sorted({len(lab) for lab in _method_labels(unit)}))


_CYCLE_PHRASE = re.compile(r"\S+\s+cycl\w*|\bcycl\w*", re.I)


def _names_process(words: list[str], unit: str | None) -> bool:
    """The words after a step's setting name what the value is of ("milled under Ar peaks at 371 °C": the
    sample's peak, no more the milling's setting); a cycle's process ("by five absorption/desorption
    cycles at") is the step's own."""
    said = set(stems(_CYCLE_PHRASE.sub(" ", " ".join(words))))
    return bool(said & _value_words(unit or ""))


@lru_cache(maxsize=256)
def _value_words(unit: str) -> frozenset[str]:
    props, _ = compatible_keys(unit)
    return frozenset(w for k in props for lab in cue_table().get(k, []) for w in lab)


@lru_cache(maxsize=256)
def _method_labels(unit: str) -> frozenset[tuple[str, ...]]:
    """Stem tuples of the ontology's synthesis methods' labels, without those ending in a word that also
    names a property the value could be ("thermal decomposition", "direct hydrogenation": the property's
    word), a process run by temperature ("hydriding at 3 MPa") or any condition ("milled under the same
    conditions peaks at": the milling time's word); a word only properties of other units have ("activated
    at 350 °C": an activation energy's word) still names the step."""
    keys = set().union(*compatible_keys(unit), *compatible_keys("degC"), vocabulary().condition_keys())
    named = {w for key, labels in cue_table().items() if key in keys for lab in labels for w in lab}
    return frozenset(lab for t in vocabulary().terms("SynthesisMethod") for lab in map(tuple, map(stems, t.labels))
                     if lab and lab[-1] not in named)


_STARTS_FROM = re.compile(rf"(?=[efs])\b(?:from|starting (?:at|from)|even at)\s*{APPROX}$", re.I)
# "the temperature increased from 207 °C (x = 1) to 250 °C (x = 4)": the 'from' of a change, where a value went
# from, no start of a release (the ontology's ChangeWord verbs; 'change', 'go' English)
_CHANGED_FROM = re.compile(rf"\b(?:{CHANGE_VERB}|chang|went|go)[a-z]*\s+"
                           rf"(?:[a-z]+\s+)?from\s*{APPROX}$", re.I)


_POST_PROCESS = re.compile(r"\s*(?:,\s*)?(?:for|of|during|upon|on|in)\s+(?:the\s+)?(?:first\s+|initial\s+)?(?:hydrogen\s+)?"
                           r"([A-Za-z][\w-]*)(?:\s+([A-Za-z]+))?")


# "… of 43 kJ mol−1 for Li+ conduction": what the value is of, named after it (not a next clause's verb)
_NAMED_AFTER = re.compile(r"\s*(?:for|of|during|upon)\s+(?:the\s+)?([^,;.()\d]{1,40})")


def _process_after(text: str, g: Group) -> str | None:
    """'for the absorption', 'during dehydrogenation': a word after the value that one of the
    unit's properties has in its labels and the others do not (it tells them apart)."""
    m = _POST_PROCESS.match(text, g.end)
    # ("… 460 °C for the bulk": the bare host's, no process, though a label holds 'bulk' before 'of')
    w = said_stem(m.group(1), m.group(2) or "") if m else None
    if w is None:
        return None
    props, _ = compatible_keys(g.unit)
    owners = [k for k in props if any(w in lab for lab in cue_table().get(k, []))]
    return m.group(1) if owners and len(owners) < len(props) else None


# the reactions a calculated energy per mole may be of ("for the decomposition", "decomposition energies of")
# (the nouns: the ontology's ReactionNoun scheme; group 1 the noun without its plural 's')
_REACTION_NOUN = re.compile(rf"\b({vocabulary().scheme_alternation('ReactionNoun')})s?\b", re.I)
# a barrier or a rate: what an activation energy is said with (the words: the ontology's BarrierWord scheme)
_BARRIER_WORD = re.compile(r"\b" + vocabulary().scheme_alternation("BarrierWord", more=(r"E\s*a",)) + r"\b", re.I)


def _predicted_reaction(text: str, g: Group) -> str | None:
    """The reaction a value in an energy per mole is calculated for ("Using DFT we predict 52 (LiBH4) and 61 kJ/mol
    (NaBH4) for the decomposition"), when its sentence says a calculation, names the reaction and says no word
    of a barrier or rate (an activation energy), else None."""
    props, _ = compatible_keys(g.unit)
    if "reaction_enthalpy" not in props:
        return None
    start = max(0, text.rfind(".", 0, max(0, g.start - 1)) + 1, g.start - 160)
    end = text.find(". ", g.end)
    sentence = text[start:end if end >= 0 else min(len(text), g.end + 120)]
    if not _CALCULATED.search(sentence) or _BARRIER_WORD.search(sentence):
        return None
    named = [m for m in _REACTION_NOUN.finditer(sentence)]
    if not named:
        return None
    at = g.start - start   # the reaction named nearest the value
    return min(named, key=lambda m: abs(m.start() - at)).group(1).lower()


def _process_word(words: list[str], unit: str) -> str | None:
    """The last of the words that one of the unit's properties has in its labels and another does not
    ('absorption' among activation energies): the process a clause names."""
    props, _ = compatible_keys(unit)
    table = cue_table()
    for w in reversed(words):
        owners = [k for k in props if any(stem(w) in lab for lab in table.get(k, []))]
        if owners and len(owners) < len(props):
            return w
    return None


# "% of the (initial) hydrogen storage capacity (4.4 wt%) remains / is retained / was kept"
_SHARE_KEPT = re.compile(r"\s*of\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,4}?capacit(?:y|ies)\s*(?:\([^()]*\)\s*)?"
                         # ("… (5.8 wt%) of MgH2–5 wt% NbN was retained": the sample may be named before the verb)
                         r"(?:(?:of|for)\s+[^,;.()]{1,40}?\s+)?"
                         rf"(?:(?:{BE}|has\s+been|{MAY_BE}|still|well)\s+){{0,2}}"
                         r"(?P<verb>remain\w*|retain\w*|kept|keeps?|maintain\w*)\b", re.I)
# "is reversible", "can be reabsorbed": a share said to be taken up again
_IS_REVERSIBLE = rf"(?:(?:{BE}|{MAY_BE})\s+)(?:\w+ly\s+)?{vocabulary().scheme_alternation('ReversibilityWord')}\b"
# "70% of it is reversible", "about 80 % of the released hydrogen can be reabsorbed": the share of the amount just
# named that the sample takes up again, the share of its capacity it keeps on cycling (the dev set's capacity_retention)
_SHARE_REVERSIBLE = re.compile(r"\s*of\s+(?:it|this|that|them|these|the\s+(?:released\s+|desorbed\s+|stored\s+)?(?:hydrogen|H2|amount))"
                               rf"\s+{_IS_REVERSIBLE}", re.I)
# "…, of which 75% is reversible over ten cycles": the same share, the amount it is of named before, in a relative clause
_OF_WHICH_BEFORE = re.compile(rf"\bof\s+which\s*(?:{APPROXIMATING}|{LIMITING}|{NEARLY})?\s*$", re.I)
_REVERSIBLE_AFTER = re.compile(rf"\s*{_IS_REVERSIBLE}", re.I)


def _reversible_of_which(text: str, g: Group) -> bool:
    """'… 15 wt%, of which 75% is reversible': the share of the amount named before that the sample keeps reversibly."""
    return bool(_OF_WHICH_BEFORE.search(text, max(0, g.start - 20), g.start)) and bool(_REVERSIBLE_AFTER.match(text, g.end))


def _kept_capacity(text: str, g: Group) -> bool:
    """The value is the bracketed capacity of a share said to be kept ("93 % of the capacity (4.4 wt%)
    remains", "95% of the hydrogen capacity (5.8 wt%) was retained")."""
    opened = _opened_bracket(text, g)
    if opened is None:
        return False
    pct = text.rfind("%", max(0, opened - 70), opened)
    if pct < 0:
        return False
    kept = _SHARE_KEPT.match(text, pct + 1)
    if kept is not None and kept.start("verb") > g.end:
        return True
    # "maintaining ~70% of the initial capacity after four cycles (4.3 wt% H2)": the keeping said before the share
    # ("retains 92 % (1.6 wt% H2) after four desorptions": the bracket right after the share kept)
    return bool(_KEEPING_BEFORE.search(text, max(0, pct - 40), pct)
                and (_SHARE_OF_CAPACITY_TO.fullmatch(text, pct + 1, opened) or not text[pct + 1:opened].strip()))


# "maintaining ~", "retains about ", "kept only ": the keeping verb right before a share's number
# (the verbs: the ontology's KeepingVerb scheme, its verbs a sample keeps a share with)
_KEEPING_VERB = (rf"\b{vocabulary().scheme_alternation('KeepingVerb', ('CapacityKeepingVerb',))}\s+"
                 rf"{hedged(LIMITING, APPROXIMATING, NEARLY)}?")
_KEEPING_VERB_BEFORE = re.compile(_KEEPING_VERB + "$", re.I)
_KEEPING_BEFORE = re.compile(_KEEPING_VERB + r"[\d.]+\s*$", re.I)   # … up to the share's number too
# "% of the initial capacity after four cycles ": the share's words up to the bracket
# ("losing only 0.36 wt% hydrogen capacity": the capacity named right after the share, without 'of its')
_SHARE_OF_CAPACITY_TO = re.compile(r"\s*(?:of\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,4}?|(?:of\s+)?(?:hydrogen|H2|"
                                   r"hydrogen\s+storage|storage)\s+|)capacit(?:y|ies)"
                                   r"(?:\s+(?:after|over|upon|during|for)\s+[^,;.()]{1,30}?)?\s*", re.I)


# ", at which the phase transition occurs", ", where the decomposition sets in": an event said to happen at the value
_EVENT_AT = re.compile(r"\s*,?\s*(?:(?:at|above|below)\s+which|where|when)\s+(?P<words>[^,;.()\d]{1,80}?)\s+"
                       r"(?:occurs?|occurred|takes?\s+place|took\s+place|sets?\s+in|set\s+in|happens?|happened)\b", re.I)
# "… 300 °C to release hydrogen", "… in order to fully dehydrogenate": what the value is needed for
# ("… 450 °C to release its hydrogen": a possessive or article before the gas, which the words leave out)
_PURPOSE_AFTER = re.compile(r"\s*,?\s*(?:in\s+order\s+)?(?:to|for)\s+(?P<words>(?:(?:fully|completely|effectively|start|begin)\s+)?"
                            r"(?:re-?)?[a-z]+)(?:\s+(?:its|their|the|all)){0,2}(?:\s+stored)?(?P<gas>\s+(?:hydrogen|H2|H₂))?\b",
                            re.I)
# a requirement before it: "requires", "needs", "must be heated (to|above)", "has to be heated", said actively too
# ("it had to heat up to 300 °C to release hydrogen")
_REQUIRED_BEFORE = re.compile(r"\b(?:requir(?:es?|ed|ing)|needs?|needed|needing|demands?|necessitates?"
                              r"|(?:must|has\s+to|have\s+to|had\s+to)\s+(?:be\s+heated|heat))\b[^,;.]{0,40}$", re.I)
# the requirement said after the value, passively: "temperatures (> 150 °C) and pressures (> 10 MPa) are needed for
# rehydrogenation", "above 300 °C is required to release hydrogen" (the words of the process kept for its name)
_NEEDED_AFTER = re.compile(r"\)?(?:\s*(?:and|or)\s[^.;]{0,45}?)?\s*(?:is|are|was|were|be|being)\s+"
                           r"(?:generally\s+|usually\s+|typically\s+|still\s+|thought\s+to\s+be\s+)?"
                           r"(?:needed|required|necessary)\s+(?:in\s+order\s+)?(?:to|for)\s+(?:the\s+)?"
                           r"(?P<words>(?:re-?)?[a-z]+(?:\s+(?:hydrogen|H2|H₂))?)\b", re.I)
# "… starting from 65 °C", "beginning at about 90 °C": where a process the clause names starts
_STARTING_AT = re.compile(r"\b(?:start(?:ing|s|ed)?|begin(?:ning|s)?|began|commenc\w*)\s+(?:from|at)\s+"
                          rf"(?:{hedged(APPROXIMATING, LIMITING)}|as\s+low\s+as\s+)?$", re.I)


def started_at(text: str, g: Group) -> bool:
    """'… starts at 215 °C', 'beginning from 90 °C': a verb of starting right before the value."""
    return _STARTING_AT.search(text, max(0, g.start - 30), g.start) is not None


# "… above 250 °C", "upwards of 180 °C": where a release said to happen above a temperature starts
_ABOVE_AT = re.compile(rf"\b(?:above|upwards?\s+of|in\s+excess\s+of)\s+{APPROX}$", re.I)
# "releases H2 at temperatures as low as 126 °C": the lowest temperature a release is said to happen at, where it starts
_LOWEST_AT = re.compile(rf"\btemperatures?\s+(?:as\s+low\s+as|down\s+to)\s*{APPROX}$", re.I)
# "for electrodes thicker than", "in films thinner than": a plural noun without article after a word of a case, a
# comparative of length, "than" — the kind of object a statement holds for, bounded by the value (not "synthesized
# nanoparticles smaller than 7 nm", "carbon with pores smaller than 2 nm": the sample's own) (English, not vocabulary)
_CLASS_BOUND = re.compile(r"\b(?:for|in|when|if|once|unless)\s+(?:[a-z-]+\s+)?[a-z]{3,}s\s+(?:thicker|thinner|larger|smaller|longer|shorter|"
                          rf"bigger|wider|narrower)\s+than\s*{hedged(APPROXIMATING)}?$")
# "with a majority portion smaller than 10 nm", "most of them below 5 nm", "a small fraction larger than 40 nm": a
# bound on a share of a size distribution the text gave (English quantifiers, no vocabulary)
_SHARE_BOUND = re.compile(r"\b(?:(?:an?|the)\s+)?(?:(?:small|minor|large|major|great)\s+)?"
                          r"(?:majority|minority|most|portion|fraction|part|half)(?:\s+(?:portion|part|fraction|share))?"
                          r"(?:\s+of\s+(?:them|these|the\s+[a-z]+))?\s+(?:(?:is|are|being)\s+)?"
                          r"(?:smaller|larger|finer|coarser|bigger|below|above|under|over|less|greater)"
                          rf"(?:\s+than)?\s*{hedged(APPROXIMATING)}?$", re.I)
# "0.003 wt% per cycle", "0.01 wt% H2/cycle": a share per cycle run
_PER_CYCLE = re.compile(r"\s*(?:(?:of\s+)?(?:H2|H₂|hydrogen)\s*)?(?:per\s+|/\s*|a\s+)cycle\b", re.I)
# a temperature set before the clause it is the setting of: "At 225 °C, …", "…, and below 240 °C the …", "Around
# 160 °C, …" (an approximate 'at')
FRONTED_SETTING = re.compile(r"(?:^\s*|[,;:]\s*(?:and\s+|while\s+|whereas\s+)?|(?<!so )\bthat\s+)(?:already\s+|even\s+|only\s+)?"
                              r"(?:at|around|near|below|above|up\s+to)"
                              r"(?:\s+temperatures?\s+(?:as\s+low\s+as|down\s+to))?\s*"
                              rf"{APPROX}$", re.I)
# "releases ≥8 wt% H2 above", "more than 9 wt% of hydrogen is released above": an amount of hydrogen right
# before the bound, the release's object or its passive subject (English, not vocabulary)
# (and below one: "5 wt% of hydrogen is released below 400 °C", the upper bound of the run the amount was measured in)
_CAPACITY_BOUND = re.compile(rf"{PER_CENT}\s*(?:of\s+)?(?:H2|hydrogen)?\s*(?:(?:is|are|was|were|can\s+be|could\s+be)\s+)?"
                             r"(?:[a-z]+ed\s+)?(?P<bound>above|upwards?\s+of|in\s+excess\s+of|below|under|up\s+to)\s+"
                             rf"{APPROX}$", re.I)
_ABOVE_OPENS = re.compile(r"(?:above|upwards?\s+of|in\s+excess\s+of)\b", re.I)   # the bound read into the value
# the clause's verb of release before it, a verb and not its noun (no clause break between; a decimal point
# of an amount, '6.5 wt%', is none)
_RELEASE_VERB_BEFORE = re.compile(r"\b(?P<verb>(?:releas(?:es?|ed|ing)|desorb(?:s|ed|ing)?|decompos(?:es?|ed|ing)"
                                  r"|dehydrogenat(?:es?|ed|ing)|evolv(?:es?|ed|ing)|liberat(?:es?|ed|ing)))\b(?:[^;.]|\.(?=\d))*$", re.I)
# the clause's verb of release or uptake before it (no clause break between)
_PROCESS_VERB_BEFORE = re.compile(rf"\b(?P<verb>(?:re-?)?{_process_verbs('ReleaseVerb', 'UptakeVerb', 'ReactionVerb')})"
                                  r"\b[^;.]*$", re.I)
_ASIDE = re.compile(r"\s*\([^()]*\)")
# the rest of a bracket the value is in: "…, respectively)" (no other value before it closes)
_BRACKET_CLOSES = re.compile(r"[^()\d]{0,30}\)")
# "at a suitable potential of", "at a potential of about": the potential an electrode works at (or its value in a
# bracket right after the words: "at a favourable potential (0.45 V vs Li+/Li)")
_AT_A_POTENTIAL = re.compile(rf"\bat\s+an?\s+(?:[a-z-]+\s+)?potential\s*(?:of\s+|\(\s*){hedged(APPROXIMATING)}?$", re.I)


# where the words of a clause end: a break, a clause word, a number (not a formula's digit, "Mg(BH4)2")
# (and 'with' after the clause's verb: "desorption commences with two major steps" says how it goes on, not
# what happens at the value)
_CLAUSE_WORDS_END = re.compile(r"[,;]|\.(?:\s|$)|(?<![A-Za-z)\]])\d|\b(?:and|or|but|while|whereas|which|that|than)\b"
                               r"|(?<=[a-z]s\s)with\b", re.I)


# "NaAlH4–2 mol% CeCl3": an additive's amount in a sample's name (after the notation's dash or plus), no value of
# the clause ('… reaches 0.9 wt% H2/min' is one)
_LOADING_AT = re.compile(rf"{AMOUNT_OF}(?=[A-Z])")


# the property of a change of state (a polymorphic transition, melting): where it happens, never a setting
_TRANSITION = "phase_transition_temperature"
# "(At ~160 °C,) conversion to a disordered variant of the β-Mg(BH4)2 phase", "transformation of orthorhombic LiBH4
# into its hexagonal form", "a transition into the γ polymorph": a change into another polymorph, named by its Greek
# letter or crystal system or as a polymorph or modification (English and crystallographers' words, no vocabulary) —
# not a conversion into another compound ('conversion of MgH2 to the Mg phase' releases hydrogen)
_POLYMORPH_CHANGE = re.compile(
    r"[\s,]*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:conversion|transformation|transition|change)\s+"
    r"(?:of\s+[^,;.]{1,40}?\s+)?(?:to|into)\s+[^,;]{0,60}?"
    r"(?:\b(?:polymorphs?|modifications?)\b|(?:[α-ω]|\b(?:hexagonal|orthorhombic|cubic|tetragonal|monoclinic|trigonal|"
    r"rhombohedral|high-temperature|low-temperature))[^,;\s]*\s+(?:phase|form|structure)s?\b)", re.I)
# "At 130 °C, above the transition, …": a clause that places the temperature by the change, not at it
_PLACED_BY = re.compile(r"[\s,]*(?:above|below|after|before|beyond|past|near|close\s+to|prior\s+to)\b", re.I)


# "the reaction can be reversed at a temperature of 600 °C", "the decomposition was fully reversed under 350 °C": a
# release (the reaction a hydride paper reports) said in the passive to be reversed at a temperature (English words)
_REVERSED_AT = re.compile(r"\b(?:reaction|decomposition|dehydrogenation|desorption|release)\s+(?:can|could|may|might|is|was|"
                          r"were|are|has|have)\s+(?:been\s+|be\s+)?(?:\w+ly\s+)?reversed\s+(?:at|under)\s+"
                          rf"(?:(?:a|the)\s+temperature\s+of\s+)?{APPROX}$", re.I)
# a span set before its clause: "In a temperature range from", "…; between", "In the range of" (English, no vocabulary)
_FRONTED_RANGE = re.compile(r"(?:^\s*|[,;:]\s*(?:and\s+|while\s+|whereas\s+)?)(?:in\s+(?:a|the)\s+(?:[a-z]+\s+)?range\s+"
                            r"(?:of\s+|from\s+|between\s+)?|between\s+|from\s+)$", re.I)
# the clause after the span up to its end: no value of its own, no comparison ("decomposes faster than …")
# (a digit only inside a formula: 'the LiBH4–Ca(BH4)2 mixture')
_RELEASE_CLAUSE_AFTER = re.compile(r"\s*,?\s*(?P<words>(?:[^\d.;,]|(?<=[A-Za-z)\]])\d){3,120}?)(?=[.;,]|$)")


def _fronted_range_of_release(text: str, g: Group) -> str | None:
    """The temperature of release a fronted span's clause names with a verb of giving hydrogen off ("In the range
    330–450 °C, the mixture decomposes in two steps"): the span is where the release runs; None when the clause
    gives a value, compares, or names no release (a setting then)."""
    if not _FRONTED_RANGE.search(text, max(0, g.start - 45), g.start):
        return None
    clause = _RELEASE_CLAUSE_AFTER.match(text, g.end)
    if clause is None or re.search(r"\bthan\b", clause.group("words"), re.I) \
            or not _RELEASE_VERB_BEFORE.search(clause.group("words")):
        return None
    said: list[str] = []
    role, key = choose_property(g.unit, clause.group("words"), "", said)
    return key if role == "property" and said[-1:] in (["property:named"], ["property:weak"]) else None


# the amount of hydrogen a clause gives, right where its words end at a digit ("it gave off 5.1 wt% H2")
_AMOUNT_OPENS = re.compile(rf"{PER_CENT}", re.I)


def _clause_end_after(text: str, g: Group) -> re.Match[str] | None:
    """Where the words of the clause after ``g`` end (past the space or comma right after it)."""
    return _CLAUSE_WORDS_END.search(text, g.end + len(text[g.end:g.end + 4]) - len(text[g.end:g.end + 4].lstrip(" ,")))


def fronted_setting_of_amount(text: str, g: Group) -> bool:
    """Is ``g`` a temperature set before its clause ("At 130 °C, the doped sample released 5.1 wt%", "…, and at
    130 °C it gave off 5.1 wt% H2") whose clause's words run to an amount of hydrogen, the value said at it?"""
    if not FRONTED_SETTING.search(text, max(0, g.start - 45), g.start):
        return False
    end = _clause_end_after(text, g)
    return end is not None and end.group().isdigit() and _AMOUNT_OPENS.match(text, end.start()) is not None


def _event_said_after(text: str, g: Group) -> str | None:
    """The narrower temperature (an onset, an end) the clause after a fronted temperature fully names, if any."""
    end = _clause_end_after(text, g)
    while end is not None and end.group().isdigit() and text[end.start() - 1] in "–-+" \
            and (loading := _LOADING_AT.match(text, end.start())):
        end = _CLAUSE_WORDS_END.search(text, loading.end())   # (the clause's sample named with its loading)
    rest = text[g.end:end.start() if end else g.end + 80]
    if end is not None and end.group().isdigit():
        return None   # "at 250 °C, the rate can reach 1.25 wt%/min": the setting of the clause's own value
    if _PLACED_BY.match(rest):
        return None
    if _TRANSITION in compatible_keys(g.unit)[0] and _POLYMORPH_CHANGE.match(text, g.end, g.end + 200):
        return _TRANSITION
    said: list[str] = []
    # (a loading in the clause's sample, 'NH3BH3–5 wt% Pt', is no word of what happens)
    # (eight words that are no grammar words: 'conversion to a disordered variant of the β phase' names its phase)
    words = [w for w in WORD.findall(_LOADING_AT.sub(" ", rest)) if fold(w) not in STOP_WORDS][:8]
    role, key = choose_property(g.unit, " ".join(words), "", said)
    if role != "property" or said != ["property:named"] or key is None:
        return None
    # a stage of a process (its onset, its end), or a change of state ('conversion to the β phase is observed'),
    # which happens at the temperature and is never the setting of another value, as a bare release may be
    return key if key == _TRANSITION or any(_narrower(key, k) for k in compatible_keys(g.unit)[0] if k != key) \
        else None


# a value written right before 'at' ("… S cm−1 at", "6 wt% at"): the number after 'at' is that value's setting
_SETTING_OF_VALUE_BEFORE = re.compile(r"\d[^\d,;()]{0,12}\s+at\s*" + APPROX + "$")
# a number, then unit words no reader took ("mL min-1 gcat-1": a rate per gram of catalyst, no unit of the graph),
# then 'at': the temperature after it is that value's setting
# (a number of its own, after a space or a bracket and before one: not the count of a formula, "Mg(BH4)2 peaks at",
# "Mg(NH2)2–2LiH begins at")
# (unit words: a short lower-case symbol or one with an exponent, 'mL', 'min-1', 'gcat−1', 'mLH2' — not a formula or a
# verb, "0.05 KH begins at", "x = 5 and 10 began to release hydrogen at")
_UNIT_WORD = r"(?:[a-zµμ][^\s,;()]{0,3}|[a-zµμ][^\s,;()]*[−-]\d)"
_UNREAD_VALUE_AT = re.compile(rf"(?:(?<=\s)|(?<=\())(?P<number>\d+(?:\.\d+)?)\s+(?:{_UNIT_WORD}\s+){{1,4}}at\s*"
                              + APPROX + "$")


def setting_of_unread_value(text: str, g: Group, gs: list[Group]) -> bool:
    """Is the temperature said 'at' right after a value whose unit no reader took ("hydrogen came off at
    3100 mL min-1 gcat-1 at 303 K")? It is the setting that value was measured at — of a value the graph does not
    hold, so no property of its own: the words before it name the unread value, never the temperature."""
    if _dims(g.unit) != _dims("degC"):
        return False
    said = _UNREAD_VALUE_AT.search(text, max(0, g.start - 60), g.start)
    return said is not None and not any(o.start <= said.start("number") < o.end for o in gs if o is not g and o.unit)


def _words_after(text: str, g: Group) -> str:
    """Up to five words after the value, before the clause ends (stop words skipped)."""
    # ("(95 % of its initial capacity)": the bracket closes the words)
    # ("93 % of the capacity (4.4 wt%) remains": an aside in brackets opened after the value is skipped)
    rest = re.split(r"[,;.()]|\d", _ASIDE.sub(" ", text[g.end:g.end + 80]), maxsplit=1)[0]
    return " ".join(w for w in WORD.findall(rest)[:8] if fold(w) not in STOP_WORDS)


# the words after a value that are still its own: a clause or coordinated phrase after it has its own
# ("releases 6 wt% and absorbs 5 wt%": "absorbs" is the second value's)
# ("is desorbed and absorbed again": an "and" before a second participle joins two verbs of one clause)
# (a digit of a formula, "H2", is no number that ends them)
_OWN_WORDS_END = re.compile(r"[,;.()]|(?<![A-Za-z])\d|\band\b(?!\s+(?:re-?)?[a-z]+ed\b)|\b(?:or|but|while|whereas|which|that|than)\b", re.I)


# the rest of a value's clause, its settings included ("5.5 wt% within 10 min upon rehydrogenation at 200 °C")
_CLAUSE_AFTER = re.compile(r"[,;(]|\.(?:\s|$)|\b(?:and|but|while|whereas|which|that|than)\b", re.I)


def _own_words_after(text: str, g: Group) -> str:
    """Up to eight words after the value, before the clause or a coordinated phrase starts (stop words skipped)."""
    rest = _OWN_WORDS_END.split(text[g.end:g.end + 80], maxsplit=1)[0]
    return " ".join(w for w in WORD.findall(rest)[:8] if fold(w) not in STOP_WORDS)


# "(x = ", "(y=", "(with x = ", "where x = ": a series variable's values follow (the loadings of a family of
# samples); a share given to a variable is that member's composition whatever word brings the variable in
_SERIES_VARIABLE = re.compile(r"(?:\(|\b(?:with|where|for)\s)\s*[xyn]\s*=\s*$")


# "the Na salt contains 9.5 wt% H", "NaBH4 holds 10.6 wt% hydrogen": the hydrogen share of the compound's own
# formula, its (theoretical) hydrogen capacity; a share of anything else it contains is its composition
# (the verbs: the ontology's ContentVerb scheme)
_CONTAINS_BEFORE = re.compile(rf"\b{vocabulary().scheme_alternation('ContentVerb')}\s+(?:{hedged(APPROXIMATING, UP_TO)}|"
                              r"as\s+much\s+as\s+)?$", re.I)
_HYDROGEN_CONTAINED = re.compile(r"\s*(?:of\s+)?(?:hydrogen\b|H(?:2|₂)?(?![\w-]))")


def hydrogen_contained(text: str, g: Group) -> bool:
    return _named_fraction(_HYDROGEN_IN_UNIT.sub("", g.unit or "")) \
        and _CONTAINS_BEFORE.search(text, max(0, g.start - 30), g.start) is not None \
        and (_HYDROGEN_CONTAINED.match(text, g.end) is not None or _HYDROGEN_IN_UNIT.search(g.unit) is not None)


# a share said of each additive of a list, in brackets after it or before 'each of' it (not "released 5 wt% each":
# the amount each sample gave)
_EACH_AFTER = re.compile(r"\s*each\s*(?:\)|of\b)", re.I)
_EACH_BEFORE = re.compile(rf"\(\s*(?:of\s+)?each\s*{hedged(APPROXIMATING)}?$", re.I)


# the gas a hydride stores, as a share after a per cent names it: hydrogen or its isotope deuterium ("6.8 wt% D2")
_STORED_GAS = frozenset({"H2", "H", "D2", "D", "H₂", "D₂"})


def _is_amount(text: str, g: Group, ms: list[Mention]) -> bool:
    """'10 wt% Ni', '5 mol% of TiF3': a composition, not a measured value."""
    try:
        u = parse_unit(g.unit)
    except UnitError:
        return False
    if u.dimensionality:
        return False
    if _named_fraction(g.unit) and (_EACH_AFTER.match(text, g.end) or _EACH_BEFORE.search(text, max(0, g.start - 12), g.start)):
        return True     # "(10 wt% each)", "(each 10 wt%)", "10 wt% each of FeCl3 and NiCl2": every listed additive's loading
    if _AMOUNT_BEFORE.search(text[max(0, g.start - 25):g.start]) and not _HYDROGEN_AFTER.match(text, g.end) \
            and not hydrogen_contained(text, g) \
            and not _HYDROGEN_IN_UNIT.search(g.unit) \
            and not _property_named_after(text, g) \
            and not _ratio_property_before().search(fold(text[max(0, g.start - 60):g.start])):
        return True
    if _named_fraction(g.unit) and _SERIES_VARIABLE.search(text, max(0, g.start - 14), g.start):
        return True     # "MgH2–x CeO2 (x = 5, 10 wt%)": the loadings a series variable stands for
    if (_named_fraction(g.unit) and shared_out(text, g)) or (g.unit == "%" and shared_out(text, g, bare=True)):
        g.cues.append("value:share")   # (said so in words: no comparison makes it a value again)
        return True     # "(NaAlH4 loading 40 wt%)", "a hydride content of 25 wt%", "a 35 wt% loading"
    nxt = re.match(r"\s*(?:of\s+)?", text[g.end:])
    pos = g.end + (nxt.end() if nxt else 0)
    after = next((m for m in ms if m.start == pos and m.kind in (SYSTEM_LABEL, "Material") and m.text not in _STORED_GAS),
                 None)
    if after is not None:
        # ("6.8 wt% D2": the stored hydrogen, as deuterium, is no additive's share; "99 % Mg plating efficiency",
        # "close to 100% Li deposition/dissolution efficiency": a bare per cent whose words after the element name a
        # property of its unit is that property's value, the element the ion the property is of)
        return not (g.unit == "%" and is_element_symbol(after.text) and _property_named_after(text, g, after.end))
    if any(m.kind == SYSTEM_LABEL and m.start < g.start and g.end <= m.end for m in ms):
        return True     # "MgH2-5 wt% CoNC0": a share inside a sample's name, whatever the name's last part
    if _named_fraction(g.unit) and _described_additive_after(text, pos, ms):
        return True     # "20 wt% fumed SiO2", "5 wt% amorphous Nb2O5 particles": a share of a described additive
    if _named_fraction(g.unit) and _SAMPLE_BY_AMOUNT.match(text, g.end):
        return True     # "the 10 wt% sample", "the 5 mol% doped composite": a sample named by its loading
    if _named_fraction(g.unit) and _SHARE_OF_REFERRED.match(text, g.end):
        return True     # "5 wt% of them was milled with MgH2": a share of the material named before, its loading
    closed = re.match(r"\s*\)\s*of\s+(\S+)", text[g.end:])
    if closed and _named_fraction(g.unit) and _opened_bracket(text, g) is not None \
            and additive_word(closed.group(1)) and (_AMOUNT_NOUN.search(text, 0, _opened_bracket(text, g))
                                                      or not _hydride_word(closed.group(1))):
        return True     # "different amounts (2, 5 and 10 wt%) of Nb2O5": how much of it went in
    # "CeO2 nanosheets (5 wt%) were introduced into MgH2": a bracketed share alone, right after a
    # material that stores no hydrogen, is how much of it went in
    opened = text.rfind("(", 0, g.start)
    if opened >= 0 and _named_fraction(g.unit) and _loading_of_named_sample(text, g, opened, ms):
        g.cues.append("value:share")
        return True     # "(LiAlH4–7TiO2@rGO, 7 wt%)": the loading of the modified sample the bracket names first
    # "(5 wt%)", or "(rGO, 20 mass%)": the share follows the material's abbreviation
    if opened < 0 or not re.fullmatch(r"\s*(?:[A-Za-z][\w-]{0,10}\s*,\s*)?", text[opened + 1:g.start]) \
            or not re.match(r"\s*\)", text[g.end:]):
        return False
    # "Ni(acac)2 (5 wt%)": a formula the tokenizer does not read as a material, that stores no hydrogen
    word = re.search(r"(\S+)\s*$", text[:opened])
    if word and _named_fraction(g.unit) and additive_word(word.group(1)) and not _hydride_word(word.group(1)) \
            and system_of(word.group(1).strip("()[]")) is None:
        return True
    # (the prefix right before that word: samples' own reading of "TiF3-doped", "CMK-3-confined")
    prefixed = next((p for p in PREFIX.finditer(text, max(0, word.start() - 40), word.start())
                     if not text[p.end():word.start()].strip()), None) if word else None
    if prefixed and _named_fraction(g.unit) and bracketed_loading(text, prefixed.start(), opened, text.find(")", g.end) + 1):
        g.cues.append("value:share")
        return True     # "TiF3-doped LiBH4 (5 wt%)", "CMK-3-confined LiBH4 (33 wt%)": a loading, of the prefix or the host
    if not _named_fraction(g.unit) and _share_property_before(text, opened, ms):
        return False    # "The coulombic efficiency is highest for LiBH4–LiI (97 %)": the named property's value
    return any(m.kind in (SYSTEM_LABEL, "Material") and 0 <= opened - m.end <= 25
               and re.fullmatch(r"[\s\w-]*", text[m.end:opened])
               and ((own := material_system(m)) is not None and (not _has_hydrogen(own) or _loaded_last(own, text, m, opened))
                    or own is None and m.kind == "Material" and m.term is not None
                    and not _stores_as_a_kind(m)) for m in ms)   # 'reduced graphene oxide'


def _share_property_before(text: str, opened: int, ms: list[Mention]) -> bool:
    """Does the clause before the bracket opened at ``opened`` name a property the ontology measures as a bare
    share ('coulombic efficiency', 'capacity retention')? A bare '%' alone in the bracket after a sample then is that
    property's value: a loading is written as a named share ('5 wt%'), seldom as a bare per cent."""
    vocab = vocabulary()
    return any(p.kind == "Property" and p.end <= opened and p.term in vocab and vocab.get(p.term).unit == "%"
               and not CLAUSE_BREAK.search(text, p.end, opened) for p in ms)


def _loading_of_named_sample(text: str, g: Group, opened: int, ms: list[Mention]) -> bool:
    """Does the bracket opened at ``opened`` name a modified sample first and then, after a comma, this share, which
    closes it ('(LiAlH4–7TiO2@rGO, 7 wt%)', '(denoted MgH2–Ni/C, 10 wt%)')? Such a share is the additive's loading."""
    if not re.match(r"\s*\)", text[g.end:]):
        return False
    for m in ms:
        if m.kind == SYSTEM_LABEL and opened < m.start and re.fullmatch(r"\s*,\s*", text[m.end:g.start]) \
                and re.fullmatch(r"\s*(?:[a-z]+\s+){0,2}", text[opened + 1:m.start]):
            own = material_system(m)
            return own is not None and not own.bare
    return False


def _stores_as_a_kind(m: Mention) -> bool:
    """'a high-capacity hydrogen storage material', 'a complex hydride': a hydride named by its kind, in words
    (the ontology's Hydride class or one under it), which a bracketed share after it is the hydrogen of."""
    return bool(m.term) and vocabulary().is_a(m.term, "Hydride") and bool(vocabulary().children(m.term))


# 'a hydrogen storage material with a high gravimetric hydrogen capacity of about': what the kind of hydride is
# described with, a property named in a few words, then 'of' and the value (an approximating word may stand between)
_KIND_WITH = re.compile(rf"\s+with\s+(?:an?\s+|its\s+)?[^.;:,()\d]{{0,60}}?\s+of\s+(?:[a-z]+\.?\s+|{APPROX_SIGN}\s*)?$")


# "With a high gravimetric hydrogen capacity of 10.1 wt%, AlH3 …", "With its hydrogen content of 18.5 wt%, LiBH4 …":
# a share the sentence opens with, to present the compound it goes on to (what its formula holds; a run's share is
# said 'reversible', 'released', 'measured' …, or of a sample that is no bare compound: the caller asks that)
_FRONTED_HOLDING = re.compile(r"^\W*with\s+(?:a|an|its|their|the)\s+(?!(?:[\w-]+\s+){0,4}?(?:reversibl\w*|releas\w*|measur\w*|"
                              r"experimental\w*|achiev\w*|obtain\w*|actual\w*|practical\w*|usable)\b)(?:[\w-]+\s+){0,4}?"
                              rf"(?:capacit(?:y|ies)|contents?|densit(?:y|ies))\s+(?:of\s+)?{hedged(APPROXIMATING, UP_TO)}?$", re.I)


def fronted_holding(text: str, g: Group) -> bool:
    """'With a high gravimetric hydrogen capacity of 10.1 wt%, AlH3 decomposes …': the hydrogen share the sentence
    opens with, before the compound it presents."""
    return bool(_named_fraction(_HYDROGEN_IN_UNIT.sub("", g.unit or ""))) and _FRONTED_HOLDING.search(text[:g.start]) is not None


def kind_described(text: str, g: Group, ms: list[Mention], bare: bool = False) -> bool:
    """'Mg(BH4)2 is a high-capacity hydrogen storage material (14.9 wt%)': a hydrogen share in brackets right
    after the words that say what kind of hydride the compound is — the hydrogen its formula holds, a
    theoretical value, not one measured on a sample. For a ``bare`` compound, so too a share the kind is said
    to come with ('NaBH4 is regarded as a hydrogen storage material with a gravimetric hydrogen capacity of
    10.8 wt%'), the property named between ('with 5 wt% Ni' names none: an additive's share)."""
    if not _named_fraction(_HYDROGEN_IN_UNIT.sub("", g.unit or "")):
        return False
    opened = text.rfind("(", max(0, g.start - 6), g.start)
    if opened >= 0 and any(m.kind == "Material" and _stores_as_a_kind(m) and 0 <= opened - m.end <= 2 for m in ms):
        return True
    return bare and any(
        m.kind == "Material" and _stores_as_a_kind(m) and m.end < g.start
        and _KIND_WITH.fullmatch(text, m.end, g.start)
        and any(p.kind == "Property" and m.end < p.start and p.end <= g.start for p in ms) for m in ms)


def _property_named_after(text: str, g: Group, since: int | None = None) -> bool:
    """'with 97% capacity retention', 'with a 99.5 % coulombic efficiency': the words right after the value
    (or after ``since``, past an element the property is of) name a property of its unit whole; the value is that
    property's, no share of an additive."""
    said: list[str] = []
    at = g.end if since is None else since
    role, _ = choose_property(g.unit, "", " ".join(WORD.findall(_OWN_WORDS_END.split(text[at:at + 40], maxsplit=1)[0])[:3]), said)
    return role == "property" and said == ["property:named"]


# words that carry a clause on, never describe a material: "5 wt% is released from MgH2", "6 wt% within 10 min"
_NOT_DESCRIPTIVE = STOP_WORDS | frozenset("is was were are be been being has have had can could within after under "
                                          "over below above than via into onto per each only just while whereas "
                                          "which that when then respectively".split())
_DESCRIBING = re.compile(r"(?:([a-z][a-z-]{2,})\s+){1,2}")
# "(4.7 wt% without Ni)", "(3.9 wt% in the absence of TiO2)": the words after the share say what a sample lacks,
# so the share is a value of the sample without that additive, not a loading of it
_LACKS = re.compile(rf"\s*{LACKING}\b", re.I)


def _described_additive_after(text: str, pos: int, ms: list[Mention]) -> bool:
    """'20 wt% fumed SiO2', '5 wt% amorphous Nb2O5', '10 wt% few-layer Ti3C2': one or two words that
    describe the additive (its make, form or state) stand between its share and its name. Only an
    additive that stores no hydrogen: a hydride after such words is the sample the value was measured on."""
    words = _DESCRIBING.match(text, pos)
    if not words or _LACKS.match(text, pos) or any(w in _NOT_DESCRIPTIVE for w in words.group(0).split()):
        return False
    return any(m.start == words.end() and m.kind in (SYSTEM_LABEL, "Material") and m.text not in ("H2", "H")
               and (own := material_system(m)) is not None and not _has_hydrogen(own) for m in ms)


def _loaded_last(system, text: str, m: Mention, opened: int) -> bool:
    """'MgH2–Co (5 wt%)': right after a composition whose last part is an additive storing no hydrogen,
    a bracketed share is that additive's loading."""
    last = system.additives[-1] if system.additives else None
    return last is not None and last.amount is None and not hydride_like(last.formula) \
        and not text[m.end:opened].strip() and system.name.endswith(last.formula)


_NAMED_FRACTION = re.compile(r"(?:wt|mass|weight|mol|at|vol)\.?\s*%")


def _named_fraction(unit: str | None) -> bool:
    """'wt%', 'mol%', 'mass%': a share of a named kind (a bare '%' may be a yield or a retention)."""
    return bool(unit) and bool(_NAMED_FRACTION.fullmatch(unit.replace(" ", "")))


def _hydride_word(word: str) -> bool:
    """The word names a hydrogen-bearing material ('MgH2', 'LiBH4')."""
    s = system_of(word.strip("()[].,;:"))
    return s is not None and _has_hydrogen(s)


def _opened_bracket(text: str, g: Group) -> int | None:
    """Where the bracket around g opens (g inside '( … )'), else None."""
    opened = text.rfind("(", 0, g.start)
    if opened < 0 or ")" in text[opened:g.start]:
        return None
    return opened


# 'of them', 'of these nanoparticles', 'of the as-made powder': a share of something named before, by a plural
# pronoun or by its particle form (the GenericHead words), is a loading of it, never a hydrogen content; 'of it'
# only when a putting-in follows ('5 wt% of it was milled with'): 'releases 5 wt% of it' may mean its hydrogen;
# 'of this hierarchical catalyst', 'of a bimetallic additive': a share of what the text names by its part in the
# sample (the ontology's AddedPartNoun words) is that additive's loading too
_ADDED_PART = vocabulary().scheme_alternation("AddedNoun", ("AddedPartNoun",))
_SHARE_OF_REFERRED = re.compile(rf"\s*of\s+(?:them\b|(?:these|those)\b(?!\s+[a-z])"
                                rf"|(?:the|these|those)\s+(?:[a-z][\w-]*\s+){{0,2}}?{SHAPE_WORDS}\b"
                                rf"|(?:the|an?|this|these|that)\s+(?:[a-z][\w-]*\s+){{0,3}}?{_ADDED_PART}\b"
                                rf"|it\s+(?:was|is)\s+(?:then\s+)?(?:\w+[\s-])?{PUT_OR_MILLED}\b)", re.I)


# "the 10 wt% sample", "the 5 wt.% doped composite", "a 7 mol% one": a sample named by its loading
# (not "6 wt% of the material", "6 wt% hydrogen-storage material", "5 wt% within 10 min")
_SAMPLE_BY_AMOUNT = re.compile(r"[\s-]*(?:(?!(?:of|the|a|an|its|their|in|within|from|for|at|and|or|than|by|to|on|over|"
                               rf"after|with|under|hydrogen)\b)[a-z][a-z-]*\s+){{0,2}}?{SAMPLE_NOUNS}\b")


# "different amounts (…)", "loadings (…)", "various contents (…) of": the bracket holds the amounts
_AMOUNT_NOUN = re.compile(r"\b(?:amounts?|loadings?|concentrations?|quantit(?:y|ies)|doping\s+(?:levels?|ratios?)"
                          r"|additive\s+contents?)\s*$", re.I)


# Words saying a quantity changed rather than that an event happened (English, not vocabulary).
_CHANGED_QUANTITY = re.compile(r"\b(?:temperatures?|T|shift\w*|lower\w*|reduc\w*|decreas\w*|drop\w*|mov\w*|fell|"
                               r"fall\w*|declin\w*|increas\w*|rais\w*|improv\w*|enhanc\w*|chang\w*|went|goes)\b", re.I)


# where a clause ends before a from–to pair: a semicolon, a colon, a bracket of an aside (not one inside a
# formula, opened right after a letter or digit or closed right before one) or a comma with a conjunction
_CLAUSE_BREAK = re.compile(r"[;:]|(?<![\w)])\(|\)(?![\w(])|,\s*(?:and|but|while|whereas)\b")


def event_span(text: str, g: Group) -> bool:
    """'desorbs hydrogen from 150 to 250 °C', 'dehydrogenates from 200 to 300 °C': a from–to pair of
    temperatures after the words of an event is the span the event covers, a range; a quantity said to go
    from one value to another ('the temperature decreased from 350 to 280 °C') changed instead."""
    if g.kind != "change" or g.role != "property" or g.unit is None or _dims(g.unit) != _dims("degC"):
        return False
    # (a comma does not end the change: "reduces the onset temperature by 70 °C, from 266 to 196 °C")
    # (a formula's own brackets do not end it either: "lowers the onset temperature of Mg(BH4)2 from 275 to 180 °C")
    clause = _CLAUSE_BREAK.split(text[max(0, g.start - 80):g.start])[-1]
    return not _CHANGED_QUANTITY.search(clause)


# "shifted to", "was lowered to", "dropped to": the value a change reached, the modified sample's
SHIFTED_TO = re.compile(rf"\b(?:{CHANGE_VERB}|{IMPROVING_VERB})\w*"
                         rf"\s+(?:down\s+|up\s+|further\s+)?to\s*{hedged(APPROXIMATING, LIMITING)}?$", re.I)


# How a value was obtained, when the sentence says it was not measured (English, not vocabulary).
# (searched only where the text holds a piece of one of its words: most sentences hold none)
# (the words: the ontology's ComputationWord scheme; its adjectives only before 'calculation')
_CALCULATED = gated(re.compile(
    rf"\b(?:{vocabulary().scheme_alternation('ComputationWord', ('ComputingWord', 'ApproximationWord'))}|"
    rf"{vocabulary().scheme_alternation('ComputationWord', ('CalculationAdjective',))}\s+calculation)\b", re.I))


# ((?=[…]): the first letters of the alternatives, which lets a search pass other positions at once)
# (the words: the ontology's ComputationWord scheme, TheoreticalWord, and its HeldAmountWord scheme)
THEORETICAL = gated(re.compile(first_letters_ahead(vocabulary().scheme_words("ComputationWord", "TheoreticalWord"))
                          + r"(?<!close to the )(?<!close to )(?<!near the )(?<!of the )(?<!than the )(?<!to the )"
                          r"(?<!approaching the )\b"
                          rf"{vocabulary().scheme_alternation('ComputationWord', ('TheoreticalWord',))}"
                          r"\b(?!\s+(?:value|one|limit)s?\b)"   # 'close to the theoretical value'
                          # "promising owing to its high gravimetric capacity (7.6 wt%)": why a host is
                          # studied, i.e. what its composition holds, not a value measured here
                          # ("due to the potentially high hydrogen storage density (7.6 wt%)": the same reason said
                          # with "the" and a density or content; a comparison, "due to the higher capacity of the
                          # doped sample", is a result of this work; so is a 'reversible' capacity, one cycling gave)
                          r"|(?=[odbtig])\b(?:owing to|due to|because of|thanks to|in view of|given)\s+(?:its|their|the)\s+"
                          r"(?!(?:[\w-]+\s+){0,3}?"
                          rf"{vocabulary().scheme_alternation('HeldAmountWord', ('ResultComparative',))}\b)"
                          r"(?:[\w-]+\s+){0,4}"
                          rf"{vocabulary().scheme_alternation('HeldAmountWord', ('HeldAmountNoun',))}\b"
                          # ("alane's inherently high hydrogen content by mass (10 wt% …)", "its intrinsic
                          # capacity of 7.6 wt%": the amount the formula holds, said to be the compound's own)
                          rf"|(?=[iI])\b{vocabulary().scheme_alternation('HeldAmountWord', ('InherentWord',))}\s+"
                          r"(?:[\w-]+\s+){0,5}?"
                          rf"{vocabulary().scheme_alternation('HeldAmountWord', ('HeldAmountNoun', 'HeldPropertyNoun'))}\b",
                          re.I))


# "the calculated formation enthalpy is −77 kJ/mol": a value said to be calculated, before its name ("the
# activation energy calculated from the Kissinger plot", "the calculated Kissinger energy" are measured)
# (the word: the ontology's ComputationWord scheme, CalculatedWord)
_CALCULATED_ADJECTIVE = gated(re.compile(r"\b(?:the|a|an|its|their|our|this|these)\s+(?:\w+\s+)?"
                                   rf"{vocabulary().scheme_alternation('ComputationWord', ('CalculatedWord',))}\s+"
                                   r"(?!(?:from|by|using|via|with|through|according|based|on|at|as|in|for)\b)\w", re.I))

# "We calculate 0.61 eV for …", "here we compute a formation enthalpy of …": the authors say they computed it;
# read like the adjective, so a value experimenters calculate from their own curves stays measured ("we calculated
# the Kissinger activation energy as …") (the verbs: the ontology's FirstPersonComputingVerb)
_CALCULATED_BY_US = gated(re.compile(r"\bwe\s+(?:\w+ly\s+)?"
                                     rf"{vocabulary().scheme_alternation('ComputationWord', ('FirstPersonComputingVerb',))}\b",
                                     re.I))


def _said_calculated(before: str) -> bool:
    """'the calculated enthalpy of …', 'we calculate … for': the clause says the value was calculated."""
    return _CALCULATED_ADJECTIVE.search(before) is not None or _CALCULATED_BY_US.search(before) is not None


def _analysis_named(before: str) -> bool:
    """The clause names an analysis of measured curves (the ontology's kinetic analyses: Kissinger,
    JMAK, Arrhenius, van 't Hoff), which a 'calculated' value came out of."""
    words = set(stems(before))
    return any(all(w in words for w in lab) for lab in _analysis_labels())


def _measuring_technique_named(words: str) -> bool:
    """The words name a measuring technique of the ontology, or an analysis of what one measured (any Technique
    but a computation: 'the Scherrer equation' is XRD's)."""
    said = set(stems(words))
    return any(lab <= said for lab in _measuring_labels())


@lru_cache(maxsize=1)
def _measuring_labels() -> tuple[frozenset[str], ...]:
    vocab = vocabulary()
    return tuple(frozenset(stems(label)) for t in vocab.terms("Technique") if not vocab.is_a(t.id, "Computation")
                 for label in t.labels if stems(label))


@lru_cache(maxsize=1)
def _analysis_labels() -> tuple[tuple[str, ...], ...]:
    vocab = vocabulary()
    return tuple(tuple(stems(label)) for t in vocab.terms("Technique") if vocab.is_a(t.id, "KineticAnalysis")
                 for label in t.labels if stems(label))


@lru_cache(maxsize=1)
def _curve_properties() -> frozenset[str]:
    """Keys of the properties an analysis of measured rates yields as such (the ontology's isothermal and
    non-isothermal kinetic analyses and what they ``hkg:measures``: Kissinger → activation energy). (Not an
    enthalpy: 'the calculated enthalpy' is as often a computed formation enthalpy as a van 't Hoff one.)"""
    vocab = vocabulary()
    return frozenset(vocab.get(p).key for t in vocab.terms("Technique")
                     if vocab.is_a(t.id, "IsothermalKineticAnalysis") or vocab.is_a(t.id, "NonIsothermalKineticAnalysis")
                     for p in t.measures if p in vocab and vocab.get(p).key)


# "… in agreement with the measured 75 kJ/mol", "than the experimental value": a sentence that sets a value
# against a measurement calls the other one calculated in the computational sense
# (the words: the ontology's MeasurementWord scheme)
_MEASURED_BESIDE = re.compile(rf"\b{vocabulary().scheme_alternation('MeasurementWord', ('MeasuredWord',))}\b", re.I)


# "the equilibrium temperature was estimated to be 232 °C", "estimated at 40 kJ/mol": a value the text says was
# estimated, not read (asked only in a passage that spoke of a computation: elsewhere an estimate is from a run)
# (the word: the ontology's ComputationWord scheme, EstimatedWord)
_ESTIMATED = gated(re.compile(rf"\b{vocabulary().scheme_alternation('ComputationWord', ('EstimatedWord',))}"
                              rf"\s+(?:to\s+be|at|as)\s+(?:{APPROX}|only\s+)$", re.I))
# "estimated from the Kissinger plot", "from the measured isotherms": what an estimate was made from, said before it
# (the nouns: the ontology's MeasurementWord scheme)
_FROM_DATA = re.compile(r"\b(?:from|by|using)\s+(?:the\s+|our\s+)?(?:[\w'-]+\s+){0,3}?"
                        rf"{vocabulary().scheme_alternation('MeasurementWord', ('MeasuredDataNoun',))}\b", re.I)


# "… 75 kJ/mol from the Kissinger plot", "210 °C by DSC": what a value came from, said right after it
_SOURCE_AFTER = re.compile(r"\s*(?:H2\s*)?,?\s*(?:from|by|using|via|through|with|in)\b", re.I)


def estimated_in_computation(before: str, following: str = "") -> bool:
    """'The equilibrium temperature … was estimated to be 232 °C' in a passage that spoke of its calculations: the
    estimate is the computation's (one 'estimated from the van 't Hoff plot', or by a kinetic analysis, or one whose
    source is said right after it, '… by DSC', is a reading of measured curves; one 'from DFT' is read so already)."""
    return _ESTIMATED.search(before) is not None and not _FROM_DATA.search(before) and not _analysis_named(before) \
        and not _SOURCE_AFTER.match(following)


def names_a_computation(text: str) -> bool:
    """'DFT calculations show …', 'by first-principles simulations': the text speaks of a computation."""
    return _CALCULATED.search(text) is not None


def calculated_from_curves(before: str, key: str | None, sentence: str) -> bool:
    """'the calculated activation energy dropped to 80 kJ/mol' in a study that measured: only the adjective
    says 'calculated', and the property is one experimenters calculate from their own rate curves (Kissinger,
    JMAK), so the value is measured. (Words of a computation, 'DFT', 'simulations', 'the model', keep it
    calculated, as does a sentence that sets it against a measured value; so does a passage that named a
    computation before: the caller asks that, ``names_a_computation``.)"""
    return key in _curve_properties() and _said_calculated(before) \
        and not _CALCULATED.search(before) and not _MODELLED.search(before) and not _MEASURED_BESIDE.search(sentence)


# "extracted using a continuum percolation model", "obtained from an effective-medium model", "modelled":
# a value a model gives, not one read from a measurement (a kinetic analysis of measured curves, "from
# the JMAK model", is no such model: see _analysis_named) (the words: the ontology's ComputationWord scheme)
_MODELLED = gated(re.compile(r"\b(?:from|by|using|with|via|through|according to)\s+(?:[\w-]+\s+){0,4}?"
                             rf"{vocabulary().scheme_alternation('ComputationWord', ('ModelNoun',))}\b"
                             rf"|\b{vocabulary().scheme_alternation('ComputationWord', ('ModelledWord',))}\b", re.I))


# "close to the theoretical 11.4 wt%", "the theoretical value of 2038 mAh/g": the word right before the value
# ("… close to the theoretical value (1569 mAh/g)": the value in the bracket after the words is the theoretical one)
# ("theo. capacity 239 mAh/g", "theor. 1.2 V": the word's common abbreviations, with their full stop)
_THEORETICAL_RIGHT_BEFORE = gated(re.compile(r"\b(?:theoretical(?:ly)?|theor?\.)\s+(?:[a-z]+\s+){0,3}?(?:(?:of|is|was|=)\s+|\(\s*)?"
                                             rf"{hedged(APPROXIMATING, LIMITING)}?$", re.I))


# "a high hydrogen content of 14.9 wt%", "its gravimetric hydrogen density (7.6 wt%)": the hydrogen a
# compound holds by its formula, praised or named by its density, not an amount a sample gave off here ("the
# hydrogen content of the cycled sample was 4.1 wt%" is measured)
_HYDROGEN_HELD = gated(re.compile(r"\b(?:(?:high|large|great|remarkable|impressive|attractive)\s+(?:gravimetric\s+|volumetric\s+)?"
                            r"|(?:gravimetric|volumetric)\s+)hydrogen\s+(?:storage\s+)?(?:contents?|densit(?:y|ies))\b"
                            # "LiBH4 contains 18.5 wt% hydrogen": what a compound holds by its formula
                            rf"|^\s*\S+\s+(?:contains|holds)\s+{hedged(APPROXIMATING, UP_TO)}?$", re.I))


# "(83 %, calculated)", "(11.4 wt%, theoretical)": how the value was obtained, said after it in its bracket
_BASIS_AFTER = re.compile(r"\s*,\s*(?:as\s+)?(?P<how>calculated|computed|predicted|simulated|theoretical(?:ly)?)\b", re.I)


# "releases 8.4 wt% hydrogen in theory", "stores 7.6 wt% H2 theoretically": the basis said right after the value
# ("a 10.6 wt% theoretical H2 capacity": the adjective right after the value qualifies the noun the value
# measures; not '… 85 % of the theoretical capacity', a share of it)
_THEORY_AFTER = re.compile(r"\s*(?:(?:of\s+)?(?:hydrogen|H2)?\s*(?:in\s+theory|theoretically)\b"
                           r"|theoretical\s+(?=[\w-]))", re.I)


# "stores 9.6 wt% hydrogen based on the overall reaction X → Y", "12 wt% according to the reaction stoichiometry",
# "assuming a complete reaction": a value worked out from a reaction's formulae, not read from a run ("released 5 wt%
# from the reaction of X with Y", "in the reaction", are what a run gave)
_BY_REACTION_AFTER = gated(re.compile(r"\s*(?:(?:of\s+)?(?:hydrogen|H2)\b)?\s*,?\s*(?:based\s+on|according\s+to|assuming)\s+"
                                      r"(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
                                      r"(?:reactions?|equations?|stoichiometry|stoichiometric)\b", re.I))


def theoretical_before(text: str, g: Group) -> bool:
    """'the theoretical hydrogen capacity of 3.6 wt% (for Mg2Ni)': the value is named theoretical right before it."""
    return _THEORETICAL_RIGHT_BEFORE.search(text, max(0, g.start - 80), g.start) is not None


# "The theoretical enthalpies are … , indicating that full release requires temperatures above 430 °C", "DFT gives
# 38 kJ/mol H2, which means that it would desorb at 20 °C", "… corresponding to a T(1 bar) of 95 °C": a temperature
# the sentence derives from the value of the clause before the connective (English, not vocabulary)
_DERIVING = re.compile(r"\b(?:indicating|suggesting|implying|meaning|corresponding\s+to|which\s+(?:means|indicates|"
                       r"suggests|implies|corresponds\s+to))\b(?:(?!;|\.\s).)*$", re.I | re.S)


def derived_basis(text: str, g: Group) -> str | None:
    """The basis ('theoretical', 'calculated') of the value a temperature at ``g`` is derived from ('…, indicating
    that … requires temperatures exceeding 430 °C' after a theoretical enthalpy); None when the sentence derives it
    from nothing, or from a measured value."""
    if not g.key or not g.key.endswith("temperature"):
        return None
    # (the sentence's own words only: a full stop and a space end an earlier one, '–44.5 kJ' does not)
    start = max(0, text.rfind(". ", 0, g.start) + 1)
    found = _DERIVING.search(text, start, g.start)
    if found is None:
        return None
    premise = value_basis(text[start:found.start()])
    return premise if premise != "measured" else None


def said_in_theory(text: str, g: Group) -> bool:
    return bool(_THEORY_AFTER.match(text, g.end)) or derived_from_equation(text, g.end)


# "74.6 kJ/mol H2 by DFT", "… from first-principles calculations", "67 kJ/mol H2 from experiment", "90 °C in our DFT
# calculations": how the value was obtained, said right after it (over what the clause before says: "… by DFT,
# compares with 67 … from experiment")
# ('in theory' is no calculation: what the formula holds, theoretical — ``said_in_theory``)
_OBTAINED_AFTER = gated(re.compile(r"\s*(?:H2\s*)?,?\s*(?:(?P<calc>(?:(?:by|from|via|using|with)\s+(?:the\s+|our\s+)?(?:DFT|"
                             r"first[- ]principles|ab\s+initio|(?:theoretical\s+)?calculations?|simulations?|theory)|"
                             r"(?:in|according\s+to)\s+(?:the\s+|our\s+)?(?:DFT|first[- ]principles|ab\s+initio|"
                             r"(?:theoretical\s+)?calculations?|simulations?)"
                             # ("66 kJ/mol within the generalized gradient approximation": the approximation the
                             # computation was done in, the ontology's ApproximationWord)
                             rf"|(?:within|in|at|with|using)\s+(?:the\s+)?"
                             rf"{vocabulary().scheme_alternation('ComputationWord', ('ApproximationWord',))})\b)|"
                             r"(?P<meas>(?:from|in|by)\s+(?:the\s+|our\s+)?(?:experiments?|measurements?)\b|experimentally\b))",
                             re.I))


# 'theoretical', the noun phrase it qualifies, then a comma or a conjunction that starts the next noun phrase
_THEORETICAL_PHRASE = re.compile(r"\btheoretical\s+(?P<head>(?:[\w-]+\s+){0,3}?[\w-]+)\s*(?:,|\band\b|\bwith\b|;)"
                                 r"(?P<tail>(?:(?!\btheoretical\b).)*)$", re.I | re.S)


# "very good theoretical performances, i.e. a theoretical capacity of 2038 mAh/g and a potential of 0.5 V", "its
# theoretical properties: …": 'theoretical' said of a whole list, before the list opens (English, not vocabulary)
_THEORETICAL_UMBRELLA = re.compile(r"\btheoretical\s+(?:[\w-]+\s+){0,2}?(?:performances?|properties|characteristics|values|"
                                   r"figures|features|parameters|metrics)\s*(?:,\s*|\(\s*)?(?:i\.\s?e\.|namely|such\s+as|:|"
                                   r"including|e\.\s?g\.)", re.I)


def under_theoretical_umbrella(text: str, listed_from: int, g: Group) -> bool:
    """'… theoretical performances, i.e. a theoretical capacity of 2038 mAh/g and a potential of 0.5 V': the value
    before (at ``listed_from``) opened a list that 'theoretical' was said of as a whole, and g goes on with it
    (no clause ends between them)."""
    return _THEORETICAL_UMBRELLA.search(text, max(0, listed_from - 160), listed_from) is not None \
        and not re.search(r"[;.]\s|\)", text[listed_from:g.start])


def theory_of_another(before: str, g: Group) -> bool:
    """'a high theoretical capacity and a low plateau of 0.5 V', 'its theoretical capacity, low plateau potential
    (0.5 V)': 'theoretical' qualifies the noun right after it, a property of its own, and the value is of the
    property the next phrase names — measured unless its own words say otherwise. ('the theoretical capacity and
    voltage are 2038 mAh/g and 0.5 V': the capacity, named in the qualified phrase, stays theoretical.)"""
    if "theoretical" not in before.lower() or g.unit is None or not g.key or _THEORETICAL_UMBRELLA.search(before):
        return False
    m = _THEORETICAL_PHRASE.search(before)
    if m is None:
        return False
    head = set(stems(m.group("head")))
    if not any(lab and set(lab) <= head for key, labels in cue_table().items() if key != g.key for lab in labels):
        return False     # ('the theoretical gravimetric and volumetric capacities …': no property of its own qualified)
    said: list[str] = []
    role, key = choose_property(g.unit, m.group("tail"), "", said)
    return role == "property" and key == g.key and said == ["property:named"]


# "the drop in ΔH matches theoretical predictions and came with a drop in ΔS (… 133 J/mol/K)", "in agreement with DFT
# calculations, and …": a result set against a computation, whose clause goes on to the value; the words are the
# comparison's, not the value's basis ("agrees with the theoretical prediction of 72 kJ/mol": the value is the
# prediction, the phrase runs into it)
_THEORY_WORD = r"(?:theoretical|DFT|first[- ]principles|ab[- ]initio|computational|calculated)"   # a computation named
_AGREES_WITH_THEORY = re.compile(r"\b(?:match\w*|agree\w*|consistent|in\s+(?:good\s+|close\s+)?(?:line|agreement|accordance)|"
                                 r"confirm\w*|support\w*|verif\w*)\s+(?:well\s+)?(?:with\s+)?(?:(?:the|our|previous|earlier)\s+)?"
                                 rf"{_THEORY_WORD}\s+(?:[\w-]+\s+)?"
                                 r"(?:predictions?|calculations?|results?|studies|expectations?)"
                                 r"(?=\s*(?:,|;|\band\b|\bbut\b|\bwhile\b))", re.I)


_THEORY_NAMED = gated(re.compile(_THEORY_WORD, re.I))   # (the gate of _AGREES_WITH_THEORY: its computation's words)


# "48 kJ/mol H2 with PBE (LDA), close to an experimental value of 71.5 kJ/mol H2": a clause that names a
# computation and then calls the value that ends it measured (the words: the ontology's MeasurementWord scheme)
_MEASURED_IN_CLAUSE = re.compile(rf"\b{vocabulary().scheme_alternation('MeasurementWord', ('MeasuredInClauseWord',))}\b",
                                 re.I)


def _measured_after_computation(before: str) -> bool:
    """The clause's last word of a computation is followed by a word calling the value measured."""
    ends = [m.end() for m in _CALCULATED.finditer(before)]
    return bool(ends) and _MEASURED_IN_CLAUSE.search(before, ends[-1]) is not None


def value_basis(before: str, after: str = "", following: str = "") -> str:
    """'calculated' (DFT …), 'theoretical' (from the composition) or 'measured', from the words of
    the clause before the value ("the Kissinger activation energy calculated from …" is measured), or
    from a bracket's word right after it, or from how ``following`` (the words after the value) says it
    was obtained."""
    said = _BASIS_AFTER.match(after)
    if said:
        return "theoretical" if said.group("how").lower().startswith("theor") else "calculated"
    if following and (by := _BY_REACTION_AFTER.match(following)) and not _measuring_technique_named(by.group(0)):
        return "theoretical"   # (not "23 nm according to the Scherrer equation": an analysis of a measured pattern)
    obtained = _OBTAINED_AFTER.match(following) if following else None
    if obtained:
        return "calculated" if obtained.group("calc") else "measured"
    if _THEORY_NAMED.search(before):   # (most clauses name no theory: the comparison is looked for only where one is)
        before = _AGREES_WITH_THEORY.sub(" ", before)
    if _CALCULATED.search(before) and not _measured_after_computation(before) \
            or (_said_calculated(before) or _MODELLED.search(before)) and not _analysis_named(before):
        return "calculated"
    return "theoretical" if THEORETICAL.search(before) or _THEORETICAL_RIGHT_BEFORE.search(before) \
        or _HYDROGEN_HELD.search(before) else "measured"
