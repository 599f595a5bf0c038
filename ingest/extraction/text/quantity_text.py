"""Numbers and their units in a sentence, read the way authors and indexing services print them.

A number is any form of ``ontology.quantities.NUMBER_FORMS``: "1,000", "2.5 × 10−3", "2.5 x 10-3",
"2.5·10^-3", "2.5 × 10(-3)", "2.5E-3", "10−4" alone, "(2.5 ± 0.3) × 10^-3", "75 ± 3" (a value
with its uncertainty; also "75 kJ/mol ± 3"). The words before it may qualify it ("~", "≈", "ca.",
"about", "<", ">", "≤", "≥", "up to", "at least"). Its unit is the longest run of words after it
that ``ontology.units.parse_unit`` understands *and* whose dimension fits a property or condition
of the ontology ("wt %", "wt.-%", "mass%", "º C", "degrees C", "kJ mol(-1)", "kJ per mol H2",
"S·cm−1", "mAh g(-1)" …).

Numbers written together are grouped:

- ranges:   "300–350 °C", "between 0.1 and 0.3 mS cm-1", "300 to 350 °C", "300 °C–350 °C"
- changes:  "from 160.7 to 88.2 kJ mol-1" → a baseline value (of the unmodified host) and the new one
- lists:    "0.2 and 6.4 mS cm-1 at 25 and 100 °C, respectively" → one value per system/condition

An amount inside a composition ("MgH2-5 wt% Nb2O5", "MgH2 + 10 wt.% TiO2", "5 wt% Ni(OH)2") is
marked as such: it says how much additive the system holds, it is no value of the system.

Nothing here lists properties, units or materials: those come from the ontology.
"""
from __future__ import annotations

import re
import re._parser as _sre_parse  # (the width of a qualifier pattern, read from the pattern itself)
from copy import copy
from dataclasses import dataclass, field
from functools import lru_cache

from ontology.families import SYMBOLS
from ontology.formula import is_formula
from ontology.quantities import (
    LAST_DIGITS_SPACED,
    NUMBER_FORMS,
    UNCERTAINTY_AFTER,
    number_value,
    uncertainty_in_last_place,
)
from ontology.system import AMOUNT_UNIT, HYDRIDE_ROOT
from ontology.text_memo import document_memo, per_document
from ontology.units import UnitError, factor_kinds, parse_unit, quantity
from ontology.vocabulary import vocabulary
from ontology.word_gate import first_letters_ahead, gated

from .bracket_pair_units import paired_list_units
from .change_words import CHANGE_NOUN, COMPARATIVE, IMPROVEMENT_NOUN, RELATIVE_PLACE
from .hedge_words import (
    APPROX_ABBREVIATION,
    APPROX_ADVERB,
    APPROX_SIGN,
    APPROXIMATING,
    BOUND_ABOVE,
    BOUND_BELOW,
    INDEXED_APPROX_EQUAL,
    LIMITING,
    NEARLY,
    bound,
    hedged,
)
from .held_levels import held_level
from .nlp import is_chemistry, system_of
from .per_cent_words import SPELLED_NUMBERS
from .sample_words import BASELINE_WORDS
from .samples_words import PREFIX

# ------------------------------------------------------------------------------- numbers
# A number not glued to a word ("MgH2", "Ti3C2"), an exponent ("cm^-1", "10^-4"'s 4) or the end
# of a hyphenated word ("SBA-15"; but "280 °C–330 °C" is a range), nor the digits after a decimal
# comma ("6,5 wt%" is not 5 wt%); a sign only where it cannot be a hyphen.
# (The leading look-ahead names the characters a number can start with: the look-behinds and the
# number forms are tried only there, not at every character of a sentence.)
# An indexing service prints "~" as "similar to" and glues the number to it ("similar to7 wt %",
# "approximate to190 degreesC"): after those two words a number may follow a letter; so may it after the
# prepositions a PDF copy glues to it ("close to10–6 S/cm", "of2.1 × 10–6", "at30 °C").
_VALUE = re.compile(rf"(?=[-+–−(.\d])(?:(?<![\w.^/)\]])|(?<=similar to)|(?<=approximate to)|(?<=\b[tT]o)|(?<=\b[oO]f)|(?<=\b[aA]t))(?<!\d,)(?<![\^)][-–−])(?<!(?<![°º˚])[A-Za-z][-–−])"
                    rf"(?P<sign>(?<![\w)])[-+–−](?=\d))?(?:{NUMBER_FORMS})(?![\d^]|\.\d)")
# A unit word: anything up to a space or punctuation, with an exponent in brackets ("mol(-1)",
# "g(-1)"); or a spelling in two words whose first is no unit ("wt %", "wt.-%", "mass %", "º C",
# "degrees C", "deg C").
# A PDF copy may set the exponent apart ("mAh g -1", "kJ mol −1", "g (-1)") or print the degree sign as
# a letter o ("300 oC"): the exponent is still the word's.
_UNIT_WORD = re.compile(r"\(\.\)(?=[A-Za-zµμ])|(?:wt|mass|weight)\s?\.?\s?-?\s?(?:%|pct\b)|%\s?by\s(?:weight|mass)\b|(?:mol|at|vol)\s?\.?\s?%|[°º˚]\s?[CK](?![A-Za-z])"
                        # "kJ/(mol H2)", "(mol H2)−1": per mole of hydrogen in brackets
                        # "mAh/[g of (Mg2Ni)]", "mAh/(g of alloy)": per gram of a named material (read as per gram)
                        r"|[^\s,;()\[\]]*/\s?(?:\[\s?k?g\s+of\s+[^\[\]]{1,40}\]|\(\s?k?g\s+of\s+[^()]{1,40}\))"
                        r"|[^\s,;()\[\]]*/\s?\(\s?mol\s?(?:(?:of\s)?(?:H\s?-?\s?2|H₂))?\s?\)"   # (and "kJ/(mol of H2)")
                        # "J/(mol K)", "J/(K mol H2)", "mL/(g·min)": a denominator of unit words in brackets
                        r"|[^\s,;()\[\]]*[A-Za-z]/\s?\((?:[A-Za-zµμ°][A-Za-z₂2]*[\s·⋅*]?){2,3}\)"
                        r"|\(\s?mol\s?(?:H-?2|H₂)\s?\)\s?(?:\^?\s?[-−–]\s?1|⁻¹|\(\s?[-−–]\s?1\s?\))"
                        # "kJ mol−1 (H2)", "kJ mol-1 (of H2)": per mole of hydrogen, the gas named in brackets after
                        # ("mAh g−1 (of LiAlH4)": per gram of the material the bracket names)
                        r"|(?:mol|k?g)\s?(?:\^?\s?[-−–]\s?1|⁻¹)\s?\(\s?(?:of\s+[^()]{1,30}|H\s?-?\s?2|H₂)\s?\)"
                        r"|o\s?C(?![A-Za-z])|deg(?:rees?|\.)?\s?(?:C|K|[Cc]elsius)(?![A-Za-z])"
                        r"|\((?:mol|k?g)\s?-?\s?(?:(?:of\s)?(?:H-?2|H₂))?\)\s?\^?\s?\(?[-−–]\s?1\)?"   # "kJ (mol H2)−1"
                        # "cm- 1", "g− 1": a copy that set the exponent's digit apart from its sign
                        r"|[^\s,;()\[\]]*[A-Za-z][-−–]\s[1-4](?![\w.,]?\d)"
                        r"|[^\s,;()\[\]]+(?:\(\s*[-+−]?\s*\d{1,2}\s*\)"
                        r"|(?<=[A-Za-z])\s?(?:\(\s*[-−–]\s*[1-4]\s*\)|[-−–]\s?[1-4](?![\w.,]?\d)))?")
_UNIT_CHAR = re.compile(r"[A-Za-z%°º˚µμÅΩ℃/]")
# ("kJ(.)mol(-1)": an indexing service writes the product dot as '(.)')
_PRODUCT_DOTS = frozenset((".", "·", "⋅", "(.)"))
# the unit reader's word tests, compiled once (it runs after every number of a paper)
_HYPHENATED = re.compile(r"^(.+?)-[a-z]{3,}$")
# the hyphen of a compound adjective between a number and its length unit ("30-μm thick", "5-nm-sized")
_HYPHEN_LENGTH = re.compile(r"[-‐‑](?=[nµμm]m(?:\b|-))")
_SETTINGS_PAIR = re.compile(r"^([^/\d][^/]*)/(?=\d)")
_PAIRED_SETTING = re.compile(r"\s?/\s?(\d+(?:\.\d+)?)(?=\s?[A-Za-z°µμ])")
# "10 nm-40 nm", "2 μm–5 μm": a range's upper end after a dash glued to the lower end's unit (a number after
# a letter and a dash is otherwise the end of a name, "SBA-15"): read when the same unit follows it
_UNIT_DASH_END = re.compile(r"[-–−](\d+(?:\.\d+)?)(?=\s?[A-Za-z°µμ℃])")
_DIGITS_ONLY = re.compile(r"[\d.]+")
_LEADING_DIGIT = re.compile(r"^\d")
_NAME_WORD = re.compile(r"[A-Z][a-z]{2,}\W*")
_ABBREVIATED_UNIT = re.compile(r"[A-Za-zµμ°]+[·.]")
# "after 50 cycles", "cycled 20 times"; but "N times higher/faster/more/as …" is a ratio, no cycle count
# ("after 10 de/rehydrogenation cycles", "after four desorptions": the runs counted named by the ontology's
# CycledProcessNoun scheme, joined by a slash or dash, or a plural of one counting the runs)
_RUN = rf"(?:(?:de|re|ab|des)-?\s*/\s*)?(?:re-?)?{vocabulary().scheme_alternation('CycledProcessNoun')}"
_RUNS_COUNTED = (rf"\s*(?:(?:(?:consecutive|full|complete|hydrogen|H2)\s+)?(?:{_RUN}(?:\s*[/–-]\s*{_RUN}|\s+and\s+{_RUN})*\s+)?"
                 rf"cycles?|{_RUN}s)\b")
_CYCLES = re.compile(rf"{_RUNS_COUNTED}|\s*times\b(?!\s+(?:more|less|as|greater|smaller|(?!over\b|per\b)[a-z]+er)\b)", re.I)
# "kJ" before "mol(...)" or "/ mol" the unit reader could not take: the unit goes on, so the
# part read ("kJ", an energy per particle to pint) would be ~10^23 times off. Not a unit here.
_UNIT_GOES_ON = re.compile(r"\s*(?:[/·]\s*|per\s+|\(\s*)?mol\b|/(?=[A-Za-z(])", re.I)
# "1.2 × 10−4 Ω cm": a resistivity, no resistance (no property of the ontology is measured in Ω·cm); "45 Ω cm²": an
# area-specific resistance, the resistance of a unit area of the interface, none either (read in part, it would be
# a resistance in Ω of no stated area)
_RESISTIVITY = re.compile(r"\s?(?:·\s?)?cm(?:\b(?![\d²^⁻−–-])|\s?(?:2|²|\^\s?2)(?![\d.,]\d))")

def _bound_qualifier(signs: tuple[str, ...], concepts: tuple[str, ...], *more: str) -> re.Pattern[str]:
    """The signs, the ontology's bound words of ``concepts`` (ValueHedgeWord, one space inside a phrase: the pattern
    keeps a bounded width) and ``more`` English words, ending the words before a number."""
    words = [*signs, *(w for c in concepts for w in vocabulary().scheme_words("ValueHedgeWord", c)), *more]
    spelled = "|".join([*map(re.escape, signs), rf"\b{bound(*concepts, spaced=False)}", *(rf"\b{w}" for w in more)])
    return re.compile(rf"{first_letters_ahead(words)}(?:{spelled})\s*$", re.I)


# Words that qualify a value: the signs, and the bound words of the ontology's ValueHedgeWord scheme.
# ((?=[…]): each pattern's first characters, which let a search pass other positions at once)
_QUALIFIERS = [
    (_bound_qualifier(("<=", "=<", "≤", "⩽", "≦"), ("UpperBoundPhrase", "AtMostPhrase")), "<="),
    (_bound_qualifier((">=", "=>", "≥", "⩾", "≧"), ("AtLeastPhrase",)), ">="),
    # "similar to" and "approximate to" are how some indexing services print "∼" and "≈"
    # ("near 400 K", "close to 1 mS/cm", "of the order of 10-3 S cm-1": a value given as where it lies)
    # (the ontology's ValueHedgeWord: its signs, abbreviations, adverbs and nearly words)
    (re.compile(rf"(?:{APPROX_SIGN}|\b(?:{APPROX_ABBREVIATION}|{APPROX_ADVERB}|{NEARLY})|\bsimilar to"
                rf"|\b{INDEXED_APPROX_EQUAL}|\bnear|\bclose to|\b(?:of|on|in) the order of)\s*$",
                re.I), "~"),
    (_bound_qualifier(("<",), BOUND_BELOW, "before"), "<"),
    (_bound_qualifier((">",), BOUND_ABOVE), ">"),
]
# ("in the temperature from 150 to 250 °C", "over the pressures from 1 to 10 bar": a span a setting noun after 'in'
# or 'over' names, the word 'range' left out; a change would be said by a verb, "the temperature rose from")
# ("stable from 0 to 5 V": a state that holds from one end to the other, a window, no change)
# ("a stability window from 0 to 5 V", "the window of X extends from 0 V to 5 V": a window named with its two ends,
# a span that extends from one to the other; what "was extended from 5 to 10 h" was changed)
_RANGING = re.compile(r"(?:\b(?:rang\w*|vary\w*|varie[sd]|span\w*|stable|extends|extending|windows?(?:\s+(?:is|was|of))?)"
                      r"|\b(?:in|within|over|across)\s+(?:the\s+|a\s+)?(?:[a-z]+\s+)?(?:temperatures?|pressures?|intervals?|"
                      rf"regions?|windows?)(?:\s+(?:region|interval|window|domain))?)\s+(?:from\s+)?{hedged(APPROXIMATING)}?$",
                      re.I)
_FROM = re.compile(rf"(?=[f])\bfrom\s*{hedged(APPROXIMATING)}?$", re.I)
_BETWEEN = re.compile(rf"(?=[b])\bbetween\s*{hedged(APPROXIMATING)}?$", re.I)
# "lowered by 60 °C to 250 °C", "reduced by ~30 kJ/mol to 95 kJ/mol": the first number is how much the value
# changed and the second the value it changed to, no range of two ends
# ("lowered by more than 40 K", "by >60 °C", "a drop of over 50 °C": a bound said of a change, which is still the change;
# the qualifiers' words above, after 'by' or a noun's 'of' as value_roles.DIFFERENCE reads them)
BOUND_OF_CHANGE = (rf"(?:>=|<=|[<>≤≥⩽⩾]|{bound('MoreThanPhrase', 'LessThanPhrase', 'OverWord', 'UnderWord')}"
                   rf"|{bound('UpperBoundPhrase', 'AtLeastPhrase', 'AtMostPhrase', 'AsMuchAsPhrase')})")
_BY_BEFORE = re.compile(rf"(?=[b])\bby\s*{BOUND_OF_CHANGE}?\s*(?:{APPROXIMATING}|{NEARLY}|{LIMITING}"
                        r")?\s*$", re.I)
# ("420∼470 K", "3～5 wt%": a tilde between two numbers joins a range's ends, as many authors write it)
_RANGE_GAP = re.compile(r"^\s*(?:[–—-]|~|∼|～|to)\s*$")
_TILDE_GAP = re.compile(r"^\s*[~∼～]\s*$")
# ("pore sizes 15 < Davg < 26 nm", "1.3 ≤ Vtot ≤ 2.5 cm3/g", "0.1 < x < 0.3 mS/cm": the quantity's symbol written
# between its two bounds, the span it lies in — a range of two ends, neither end a bound of its own; the symbol is
# one short word: two bounds of two things, "< 20 nm and particles < 200 nm", are each the bound they say)
_SYMBOL_BOUNDS_GAP = re.compile(r"^\s*(?:<|≤|⩽|<=)\s*[^\s\d<>≤≥⩽⩾=,;:()][^\s<>≤≥⩽⩾=,;:()]{0,11}\s*(?:<|≤|⩽|<=)\s*$")
_CHANGE_GAP = re.compile(rf"^\s*(?:to|down to|up to|→|->)\s*{hedged(APPROXIMATING)}?$", re.I)
_AND_GAP = re.compile(r"^\s*(?:and)\s*$")
# "75.6 vs. 155.2 kJ/mol": two values set against each other, no list of one property's values
VERSUS = rf"(?:vs\.?|versus)\s*{hedged(APPROXIMATING)}?"   # (the prose reader pairs such values: prose_subject._versus_subject)
_VERSUS_GAP = re.compile(rf"\s*{VERSUS}", re.I)
# "from 265 °C for pure X to 110 °C for the doped sample": a change whose first value names its own
# (reference) sample between the two numbers (or in a bracket: "from 376 °C (for pristine X) to 338 °C", "from 355 °C
# (Li2B12H12) to 85 °C": a bare bracket holding a formula; "from 25 °C (room temperature) to …" names no sample)
# ("from 300 °C (pristine) to 210 °C upon adding X": a bracket of the word saying the first value's sample is bare)
_CHANGE_FOR_GAP = re.compile(r"^\s*(?:(?:for|of|in)\s+(?:(?![\d(])[^\s,;]+\s+){1,6}?"
                             rf"|\(\s*{BASELINE_WORDS}(?:\s+[a-z][\w-]*)?\s*\)\s*"
                             r"|\(\s*(?:(?:for|of|in)\s+(?:[^()]|\([^()]*\)){1,40}"
                             r"|(?=[^)]{0,40}[a-z]\d)(?:[^()]|\([^()]*\)){1,40})\)\s*)(?:to|down to|up to)\s*"
                             rf"{hedged(APPROXIMATING)}?$", re.I)
# "52 (LiBH4) and 61 kJ/mol", "39 kJ/mol H2 for MgH2 and 64 kJ/mol H2": the value's own sample, in a bracket (no
# number in it, a formula's own brackets allowed) or named after 'for' in a few words, then the word that lists
# the next value
LABELLED_LIST_GAP = re.compile(r"\s*(?:\((?:[^()\d]|(?<=[A-Za-z)])\d|\([^()]*\)){1,40}\)|for\s+(?:[^\s,;]+\s+){0,4}?[^\s,;]+)"
                               rf"\s*(?:,\s*(?:and\s+)?|,?\s*and\s+|,?\s*or\s+){hedged(APPROXIMATING)}?", re.I)
_LIST_GAP = re.compile(r"^\s*(?:,|,?\s*and|,?\s*or|/|,\s*and)\s*$")
# "a theoretical capacity of 7.6 wt%, and 6.5 wt% was released": a value after a comma with a verb of its own
# starts a clause, no second member of a list of two
_OWN_VERB_NEXT = re.compile(r"\s*(?:(?:of\s+)?(?:H2|hydrogen)\s+)?(?:was|is|has\s+been|had\s+been|could\s+be|can\s+be)\b",
                            re.I)
# "at around 250 °C and around 300 °C": each member with the approximation word the one before it has (one
# without: "peaks at 168 °C, nearly 60 °C lower than …" starts a difference, no second member)
# "2.1 V vs. Li+/Li and 2.6 V vs. Na+/Na": the electrode a potential is measured against, written after each
# value, belongs to its unit (what the volt is read against): the values around it are still one list
# ("5–650 mV versus Li", "0.05 V vs. Li", "1.5 V vs Li metal": right after a potential's unit the metal alone names
# the electrode too, a couple written short — not "MgH2 versus TiH2", samples set against each other)
REFERENCE_ELECTRODE = (r"(?:(?:vs\.?|versus)\s*[A-Z][a-z]?(?:\d?\+)?/[A-Z][a-z]?(?:\d?\+)?(?![\w+/])"
                       r"|(?:(?<=\dV\s)|(?<=\d\sV\s)|(?<=\dmV\s)|(?<=\d\smV\s)|(?<=\dV\s\()|(?<=\d\sV\s\()|(?<=mV\s\())"
                       r"(?:vs\.?|versus)\s*[A-Z][a-z]?\+?(?:\s+metal)?(?![\w+/]))")
_REFERENCE_LIST_GAP = re.compile(rf"^\s*{REFERENCE_ELECTRODE}\s*(?:,|,?\s*and|,?\s*or)\s*$")
# ("similar to 75 degrees C and similar to 120 degrees C": the words an indexing service prints for "~", said again
# before each member, as the qualifier reader takes them)
_APPROX_LIST_GAP = re.compile(rf"^\s*(?:,|,?\s*and|,?\s*or)\s*(?:{APPROXIMATING}|{NEARLY}"
                              r"|similar to|approximate(?:ly equal)? to)\s*$")
# "at 141 °C and at 166 °C, respectively": the preposition of the first member said again before the next one
# (a 'respectively' list only: "at 200 °C and at 300 °C" alone are settings)
_PREPOSITION_AGAIN = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s+(?P<word>at|of|to|near|around)\s+"
                                rf"(?:{APPROXIMATING})?\s*", re.I)
_PREPOSITION_BEFORE = re.compile(rf"\b(at|of|to|near|around)\s+(?:{APPROXIMATING})?\s*$", re.I)


def _preposition_again(text: str, gap: str, first_start: int) -> bool:
    """Is ``gap`` a list word and the preposition that stands before the list's first member, said again?"""
    again = _PREPOSITION_AGAIN.fullmatch(gap)
    before = _PREPOSITION_BEFORE.search(text, max(0, first_start - 20), first_start) if again else None
    return before is not None and before.group(1).lower() == again.group("word").lower()


# "a temperature of 220 °C, 150 °C lower than …": the value after is a difference, no list member
DIFFERENCE_NEXT = re.compile(rf"\s*(?:{COMPARATIVE}|{RELATIVE_PLACE}|{CHANGE_NOUN}|{IMPROVEMENT_NOUN})\b", re.I)
# the words that make the values after them a test's settings, not values of a property
# ("performed at different temperatures (305 K, 373 K and 323 K)": the preposition may govern a bracket's list)
# ('compared with 300 °C and 350 °C': values set against others, no setting 'with')
_SETTING_BEFORE = re.compile(r"\b(?:at|under|within|in|after|upon|over|below|above|between|from|during|for|"
                             r"(?<!compared )(?<!comparison )with|"
                             rf"by)\s*(?:(?:[a-z][\w-]*\s+){{0,3}}\(\s*)?{hedged(APPROXIMATING)}?$",
                             re.I)
_FIGURE_REF = re.compile(r"\b(?:Fig(?:ure)?s?|Tables?|Schemes?|Eqs?|Equations?|Refs?|Sections?)\.?\s*(?:\d+[a-z]?\s*(?:,|and|–|-)\s*)*$", re.I)
# ("… for A, B and C, in that order": the same pairing said another way; "in the order of 1 mS/cm" is a magnitude)
RESPECTIVELY_WORDS = r"(?:respectively|in\s+(?:that|this|the\s+same|the\s+given|the\s+listed)\s+order|in\s+the\s+order(?!\s+of))"
# ((?=[ri]): the first letters of the words, which lets a search pass other positions at once)
_RESPECTIVELY = gated(re.compile(rf"(?=[ri])\b{RESPECTIVELY_WORDS}\b", re.I))
# An amount in a composition: after a component and a separator ("MgH2-5 wt%", "MgH2 + 10 wt.%"),
# or before the material it is an amount of ("5 wt% Ni(OH)2", "10 mol% of TiF3").
_AMOUNT_UNIT = re.compile(AMOUNT_UNIT)
_NAMED_AMOUNT_UNIT = re.compile(r"(?:wt|mass|weight|mol|at|vol)\b.*%")  # "5% X" alone may be a yield
_COMPONENT_BEFORE = re.compile(r"(?:^|\s)(\S+?)\s*[-–+]\s*$")
_MATERIAL_AFTER = re.compile(r"\s*(?:of\s+)?([^\s,;]+)")
# "7 wt.% rare earth", "2 at.% transition metals": a share of a group of elements (the ontology's ElementGroupWord)
_ELEMENT_GROUP_AFTER = re.compile(rf"\s*(?:of\s+)?(?:the\s+)?{vocabulary().scheme_alternation('ElementGroupWord')}\b", re.I)
_GLUED_WORD = re.compile(r"[^\s,;]*")


def _number(text: str) -> float:
    """'2.5 × 10^-4' -> 2.5e-4, '10^-4' -> 1e-4, '1,000' -> 1000, '2.5E-3' -> 2.5e-3."""
    m = _VALUE.fullmatch(text.strip())
    if m is None:
        raise ValueError(f"'{text}' is not a number")
    value, _ = number_value(m.groupdict())
    return -value if m.group("sign") in ("-", "–", "−") else value


# ----------------------------------------------------------------------------------- units
_NOT_UNITS = ("turn", "dimensionless", "radian", "year", "inch", "technical_atmosphere", "attosecond")


@lru_cache(maxsize=8192)
def _dims(unit: str):
    """Dimensionality of a unit text as a hashable key, or None when it is not a unit here."""
    try:
        u = parse_unit(unit)
    except UnitError:
        return None
    if any(part in _NOT_UNITS or re.match(r"(?:kibi|mebi|gibi|tebi)", part)
           for part in str(u).replace("/", " ").replace("*", " ").split()):
        return None  # "cycles", "in", "at", "as": words pint happens to know
    return tuple(sorted(dict(u.dimensionality).items()))


@lru_cache(maxsize=1)
def _keys_by_dims() -> dict:
    """Dimensionality -> (property keys, condition keys) of the ontology's canonical units."""
    table: dict = {}
    for kind in ("Property", "Condition"):
        for term in vocabulary().terms(kind):
            if not term.key or not term.unit or term.key == "cycles":
                continue
            d = _dims(term.unit)
            if d is None and term.unit in ("%", "1"):
                d = ()
            if d is None:
                continue
            props, conds = table.setdefault(d, ([], []))
            (props if kind == "Property" else conds).append(term.key)
    for _, conds in table.values():
        # conditions sharing a unit (pressure, back-pressure, stacking pressure): an uncued value is
        # the one the ontology names the default reading, so it comes first
        conds.sort(key=lambda k: not vocabulary().property(k).default_reading)
    return table


@lru_cache(maxsize=8192)
def compatible_keys(unit: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(property keys, condition keys) whose canonical unit has the dimension of ``unit``."""
    d = _dims(unit)
    if d is None:
        return (), ()
    props, conds = _keys_by_dims().get(d, ([], []))
    # "a jump rate of ~10^8 s−1": a condition the ontology reads only in its own unit or notation (a C-rate, '0.2C'
    # read per hour) is no reading of a value in another unit of its dimension (hkg:writtenInOwnUnit)
    conds = [k for k in conds if not vocabulary().property(k).own_unit_only or _own_unit(unit, k)]
    if not d:  # plain ratios: only percentages are values ("85%", "6 wt%"), not bare words
        if "%" not in unit and not unit.endswith("pct"):   # ("wt pct" is a per cent too)
            return (), ()
        conds = []
    elif "%" not in unit and "pct" not in unit:
        # "k = 3.1 × 10−4 s−1": a bare inverse time is a rate constant, no share of hydrogen released per minute
        # (a property the ontology counts in per cent per time needs the per cent written)
        props = [k for k in props if "%" not in (vocabulary().property(k).unit or "")]
    if d and len(props) + len(conds) > 1:
        # "820 Wh/L": an energy per volume has a pressure's dimension, yet a unit written as an energy over a volume
        # is an energy density, never a pressure (nor "MPa" an energy density): where some keys' units are built
        # of the same kinds of factor as the written one, only those are meant
        written = factor_kinds(unit)
        alike = [k for k in (*props, *conds) if factor_kinds(vocabulary().property(k).unit or "") == written]
        if alike:
            props, conds = [k for k in props if k in alike], [k for k in conds if k in alike]
    return tuple(props), tuple(conds)


def _own_unit(unit: str, key: str) -> bool:
    """Is ``unit`` the canonical unit of the condition or property ``key`` itself (not only one of its dimension)?"""
    return is_unit(unit, vocabulary().property(key).unit or "")


def is_unit(unit: str, target: str) -> bool:
    """Is the unit text ``unit`` the unit ``target`` itself ('h-1' is '1/h', 's−1' is not)?"""
    try:
        return parse_unit(unit) == parse_unit(target)
    except UnitError:
        return False



# the material named in a per-mass unit's bracket ("/[g of (Mg2Ni)]", "/(kg of alloy)"): the unit is per gram
_PER_MASS_OF = re.compile(r"/\s?[\[(]\s?(k?g)\s+of\s+.*$")
# "kJ/(mol of H2)": per mole of hydrogen, as "kJ/(mol H2)" is read
_MOL_OF = re.compile(r"(?<=mol)\s?of(?=\sH)")


# a two-letter element symbol other than the pascal's ('Pd', 'Mg', 'Gd', 'Ta', 'Ga'): pint reads one as a prefixed unit
# (peta-day, megagram, giga-day …); after a unit word it is the material the value is of
_ELEMENT_PAIR = re.compile(r"(?!Pa$)[A-Z][a-z]")


def read_unit(text: str, pos: int) -> tuple[str, int] | None:
    """The longest run of words after ``pos`` that is a unit fitting some property or condition."""
    words = []
    last = pos   # where the last word read ends
    for m in _UNIT_WORD.finditer(text, pos):
        gap = text[last:m.start()]
        if len(words) >= 5 or gap.strip() or (not words and len(gap) > 2):
            break
        if words and m.group(0) in _PRODUCT_DOTS:
            last = m.end()   # "S . cm(-1)": a product dot set apart by a PDF copy joins two unit words
            continue
        last = m.end()
        w = m.group(0).rstrip(".:")
        end = m.start() + len(w)     # (where the word ends in the text, whatever the rewrites below leave of it)
        # (the per-mass and settings-pair patterns need a '/' in the word: a word without one is passed unread)
        slashed = "/" in w
        if slashed:
            w = _PER_MASS_OF.sub(r"/\1", w)   # "mAh/[g of (Mg2Ni)]" -> "mAh/g"
        w = _MOL_OF.sub("", w)
        pair = _SETTINGS_PAIR.match(w) if slashed else None  # "923 K/15 MPa", "300 °C/5 bar": a pair of settings; the unit ends at '/'
        if pair and _dims(pair.group(1)) is not None:
            words.append((pair.group(1), m.start(), m.start() + len(pair.group(1))))
            break
        hyphen = _HYPHENATED.match(w) if "-" in w else None  # "nm-thick", "µm-sized": the unit is before the hyphen
        if hyphen and _dims(hyphen.group(1)) is not None:
            words.append((hyphen.group(1), m.start(), m.start() + len(hyphen.group(1))))
            break
        if (head := _range_end_unit(text, w, m.end(), [x for x, _, _ in words])) is not None:
            words.append((head, m.start(), m.start() + len(head)))   # "20 nm-50 nm": the unit ends at the dash
            break
        if _DIGITS_ONLY.fullmatch(w) or (words and _LEADING_DIGIT.match(w)) or not _UNIT_CHAR.search(w):
            break  # a number, or a sign ("±", "=", "~") that pint would read as nothing
        if words and _ELEMENT_PAIR.fullmatch(w) and is_formula(w):
            break  # "5 wt% Pd": the element the loading is of, no peta-day ('Pa', pascal, is no element pair here)
        named = _GAS_NAMED_AFTER.search(w) if "(" in w else None
        if named is not None:   # "kJ mol−1 (H2)", "mAh g−1 (of Li2O)": per mole or gram of what the bracket names
            words.append((w[:named.start()], m.start(), m.end()))
            break
        words.append((w, m.start(), end))
        if m.end() != end:  # trailing '.' or ':' ends the unit
            break
    if words and _NAME_WORD.fullmatch(words[0][0]):
        return None  # a capitalised word ("Kim" would be kibimetres) is a name, not a unit
    if not words or _dims(words[0][0]) is None and not _ABBREVIATED_UNIT.match(words[0][0]):
        return None  # the first word is no unit ("and", "the"): no unit follows
    for n in range(len(words), 0, -1):
        unit = " ".join(w for w, _, _ in words[:n])
        props, conds = compatible_keys(unit)
        if not (props or conds) and n >= 2 and (lost := _lost_exponent(unit)):
            unit, (props, conds) = lost, compatible_keys(lost)
        if props or conds or unit in ("%",):
            end = words[n - 1][2]
            if _UNIT_GOES_ON.match(text, end) and "mol" not in unit:
                return None  # "75 kJ mol^(x)": a unit read in part is a wrong unit
            if _RESISTIVITY.match(text, end) and _dims(unit) == _dims("ohm"):
                return None
            return unit, end
    return None


_GAS_NAMED_AFTER = re.compile(r"\s?\(\s?(?:of\s+[^()]{1,30}|H\s?-?\s?2|H₂)\s?\)$")
# "1200 mA h g", "0.1 mS cm", "1000 mA g": a copy (PDF, indexing service) that lost the superscript "−1" of
# the last word. A product of these words measures nothing, so the last word is read as the divisor it was.
_LOST_EXPONENT = re.compile(r"^(?P<head>.*\S)\s+(?P<per>k?g|cm|mol)$")


def _lost_exponent(unit: str) -> str | None:
    """'mA h g' -> 'mA h g-1' when that (and not the product) fits a property or condition, else None."""
    m = _LOST_EXPONENT.match(unit)
    if m is None:
        return None
    per = f"{m.group('head')} {m.group('per')}-1"
    props, conds = compatible_keys(per)
    return per if props or conds else None


# ---------------------------------------------------------------------------------- groups
@dataclass
class Number:
    value: float
    start: int
    end: int                     # end of the number, or of its unit when one follows
    unit: str | None = None
    qualifier: str = "="
    uncertainty: float | None = None   # "75 ± 3 kJ/mol": 3, in the unit of the value
    amount: bool = False         # an amount inside a composition ("MgH2-5 wt% Nb2O5"), not a value
    ordinal: bool = False        # "1st", "5th": which run, never a quantity (nor "2 nd", "5 th" as units)
    upper: float | None = None   # "60, 70–75 and 80 kJ/mol": a member of a list that is a range ends here


@dataclass
class Group:
    """Numbers written together: one value, a range, a change (from→to) or a list."""

    kind: str                    # 'single' | 'range' | 'change' | 'list' | 'cycles'
    numbers: list[Number]
    unit: str | None
    start: int
    end: int
    qualifier: str = "="
    role: str | None = None      # 'property' | 'condition' | 'amount' | None
    key: str | None = None
    respectively: bool = False
    cues: list[str] = field(default_factory=list)   # the rules that read it
                                                    # (ingest/extraction/document_wide/confidence.py)


# (any qualifier at all, in one search: most numbers have none, which this tells instead of a search per qualifier)
# (searched in the 25 to 60 characters before a number: even a piece of one character, '<', is seldom there)
_ANY_QUALIFIER = gated(re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _QUALIFIERS), re.I), shortest=1,
                       most=40)


def _reach(pattern: re.Pattern[str]) -> int:
    r"""The most characters a qualifier's words take: every qualifier pattern ends with ``\s*$`` (its words end the
    words before the number), and what comes before that has a bounded width."""
    if not pattern.pattern.endswith(r"\s*$"):
        raise ValueError(f"a qualifier must end the words before a number (\\s*$): {pattern.pattern!r}")
    return _sre_parse.parse(pattern.pattern.removesuffix(r"\s*$"), pattern.flags).getwidth()[1]


# (a qualifier's words end at the last character of the words before the number that is no space, so they start at
# most this far before it: only that tail is searched — case-insensitive patterns cost some µs a character — and
# ``\b`` still sees the character before the tail)
_QUALIFIER_REACH = max(_reach(pattern) for pattern, _ in _QUALIFIERS)


@per_document(maxsize=1024)   # (the bound's value, its words' end and their start are asked of the same words)
def _qualifier_in(before: str) -> tuple[re.Match[str] | None, str]:
    """(the qualifier's words at the end of ``before``, the qualifier they give), else (None, '=')."""
    tail = max(0, len(before.rstrip()) - _QUALIFIER_REACH)
    if not _ANY_QUALIFIER.search(before, tail):
        return None, "="
    for pattern, q in _QUALIFIERS:
        m = pattern.search(before, tail)
        if m:
            return m, q
    return None, "="


# "(pores below 2 nm", "(i.e., particles smaller than": a bracket opening on things named in the plural and
# the words that bound a value — what the bracket defines is a class of them, by its limit
_CLASS_OPENING = re.compile(r"\((?:i\.\s?e\.,?\s+|e\.\s?g\.,?\s+)?(?:[a-z][\w-]*\s+)?[a-z][\w-]*[a-z]s\s+$")


def _class_bound(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start``..``end`` is the limit that defines a class in a bracket of its own
    ('a high micropore content (pores below 2 nm)'): a definition, not a measurement of the sample."""
    if not re.match(r"\s*\)", text[end:end + 3]):
        return False
    before = text[max(0, start - 60):start]
    end_words = qualifier_words_end(before)
    return end_words < len(before) and _CLASS_OPENING.search(before[:end_words]) is not None


def qualifier_before(before: str) -> str:
    """The qualifier the words right before a number give it ('~', '>', '<=', … or '=')."""
    return _qualifier_in(before)[1]


def qualifier_words_end(before: str) -> int:
    """Where the words before a value stop when the qualifier they end with ('up to', 'less than') is left out."""
    m = _qualifier_in(before)[0]
    return m.start() if m else len(before)


def qualifier_start(text: str, at: int) -> int:
    """Where the qualifier written right before ``text[at]`` starts ('less than' of 'less than 100 mAh/g'),
    else ``at``: the words that bound a value are the value's, no comparison of two samples."""
    before = text[max(0, at - 30):at]
    m = _qualifier_in(before)[0]
    return at - len(before) + m.start() if m else at


def _uncertainty_after(text: str, n: Number) -> int | None:
    """'75 kJ mol-1 ± 3 kJ mol-1', '75 kJ/mol ± 3', '75 kJ/mol ± 4%': the uncertainty written after
    the unit. Sets ``n.uncertainty`` and returns where the uncertainty ends (None: there is none)."""
    m = UNCERTAINTY_AFTER.match(text, n.end)
    if m is None:
        return None
    unc = float(m.group("unc").replace(",", ""))
    end = m.end()
    unit = read_unit(text, end)
    if unit is not None:
        if unit[0] == "%" and n.unit != "%":
            unc = abs(n.value) * unc / 100  # a relative uncertainty
        elif _dims(unit[0]) != _dims(n.unit) or unit[0] != n.unit and _dims(n.unit) == ():
            return end  # in another unit: not read as this value's uncertainty
        end = unit[1]
    n.uncertainty = unc
    return end


def _is_amount(text: str, n: Number) -> bool:
    """'MgH2-5 wt% Nb2O5', 'MgH2 + 10 wt.% TiO2', '5 wt% Ni(OH)2': how much of a component a
    composition holds. The chemistry words are checked by the system-notation parser's reading
    (``ingest.extraction.text.nlp.is_chemistry``); hydrogen itself ("6 wt% H2") is what is stored, not an additive."""
    if n.unit is None or not _AMOUNT_UNIT.fullmatch(n.unit):
        return False
    before = _COMPONENT_BEFORE.search(text[max(0, n.start - 40):n.start])
    if before and _chemistry(before.group(1)):
        return True
    if _NAMED_AMOUNT_UNIT.match(n.unit) and _ELEMENT_GROUP_AFTER.match(text, n.end):
        return True   # "93 wt.% Mg and 7 wt.% rare earth": a part of the alloy's composition
    after = _MATERIAL_AFTER.match(text, n.end)
    word = after.group(1) if after else ""
    named = PREFIX.fullmatch(_trimmed(word))
    word = named.group("add") if named else word   # "the 5 wt% Ni-doped MgH2": the loading of the prefix's Ni
    # "the 11.4 wt% 2LiBH4–MgH2 composite" is a capacity: a hydride of the ontology after the number ("5 wt% Ni–MgH2",
    # whose first part is no hydride, is the loading of that part)
    return bool(after and _NAMED_AMOUNT_UNIT.match(n.unit) and additive_word(word)
                and (named is not None or not _known_hydride(word) or not _known_hydride(_first_part(word))))


# the first part of a notation: up to its first sign that joins parts ('Ni' of 'Ni–MgH2', 'V2C' of 'V2C/Ti3C2–MgH2')
_FIRST_PART = re.compile(r"[^–/@+:]+?(?=[–/@+:]|-[A-Z\d(]|$)")


def _first_part(word: str) -> str:
    m = _FIRST_PART.match(_trimmed(word))
    return m.group() if m else word


# "5 wt% CeO2-catalysed", "5wt%-Nb2O5-doped": the words of the preparation after the formula
_PREPARED_SUFFIX = re.compile(r"[-‐](?:co-?)?[a-z]+(?:ed|ing)$")   # ("LiBH4-like" is no preparation)
# "Ni(acac)2", "Ti(OBu)4", "[Ni(en)3]Cl2", "(Cp)2": ligands written as abbreviations, no element symbols
_LIGAND = re.compile(r"\((?:[a-z]{1,6}|O?[A-Z][a-z]{1,3})\)")


def additive_word(word: str) -> bool:
    """The word after an amount names a material: a formula ("Nb2O5", "γ-Fe2O3", "TiO2@C"), also when a
    preparation word is joined to it ("CeO2-catalysed") or it holds ligand abbreviations ("Ni(acac)2")."""
    word = _PREPARED_SUFFIX.sub("", re.sub(r"^[-–‐]?(?:[αβγδεζηθκ]-)?", "", _trimmed(word)))
    if _chemistry(word):
        return True
    return bool(_LIGAND.search(word)) and _chemistry(_LIGAND.sub("", word))


def _known_hydride(word: str) -> bool:
    """The word names a system whose host is a hydride term of the ontology (LiBH4, 2LiBH4–MgH2)."""
    s = system_of(_trimmed(word))
    return bool(s and s.host.term and vocabulary().is_a(s.host.term, HYDRIDE_ROOT))


def _trimmed(word: str) -> str:
    word = word.rstrip(".:")
    while word.endswith((")", "]")) and word.count(")") + word.count("]") > word.count("(") + word.count("["):
        word = word[:-1]
    while word.startswith(("(", "[")) and word.count("(") + word.count("[") > word.count(")") + word.count("]"):
        word = word[1:]
    return word


def _chemistry(word: str) -> bool:
    word = _trimmed(word)
    if not word:
        return False
    if re.fullmatch(r"[HD]2?|H₂", word):
        return False
    return is_chemistry(word)


def _coefficient(text: str, end: int) -> bool:
    """The number is glued to a formula that is no unit ("2LiBH4", not "300K" or "5MPa")."""
    if end >= len(text) or not (text[end].isupper() or text[end] in "(["):
        return False
    word = _trimmed(_GLUED_WORD.match(text, end).group(0))
    return _dims(word) is None and _chemistry(word)


# a space alone between two numbers ("180 8 kJ/mol"), and a group of three digits that is a thousands
# group ("12 500 mAh/g") rather than a number of its own
_ONLY_SPACE = re.compile(r"[ \u00a0\u2009]+")
_THOUSANDS = re.compile(r"\d{3}(?![.,]\d)")


def _lost_plus_minus(text: str, value: Number, unc: Number) -> bool:
    """"180 8 kJ/mol": a "±" the source lost between a value without a unit and a much smaller number
    right after it with the unit: the small number is the value's uncertainty, never a value."""
    return (value.unit is None and not value.amount and value.uncertainty is None
            and _ONLY_SPACE.fullmatch(text, value.end, unc.start) is not None
            and 0 < unc.value <= value.value / 5 and not _THOUSANDS.match(text, unc.start))


# an English ordinal suffix glued to a whole number ("1st", "22nd", "5th"); pint would read "nd", "th" as units
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")
# "6,2 wt%", "72,5 kJ/mol": a decimal comma — one or two digits (or four and more) glued after the comma, a unit
# after them; never a group of three ("1,000" is a thousand) nor a list ("2, 3 and 5 wt%", "2,3 and 5 wt%")
_DECIMAL_COMMA = re.compile(r",(\d{1,2}|\d{4,})(?![\d,.])")


# "log σ = −3.2 (S cm−1)", "log(σ / S cm−1) of −3.5", "log σ (S cm−1) = −2.9": a conductivity written as its
# decimal logarithm (of the value in S/cm, the unit said before or after the number, or not at all)
# (also as indexing services print it: "S cm(-1)", "S·cm−1")
_S_PER_CM = r"S\s*[·⋅]?\s*(?:cm\s*[−–-]\s*1|cm\^\s*[−–-]\s*1|cm\s*\(\s*[−–-]\s*1\s*\)|/\s*cm)"
_LOG_CONDUCTIVITY = re.compile(rf"\blog\s*(?:10\s*)?\(?\s*(?:σ|sigma)(?:\s*T)?\s*(?:/\s*{_S_PER_CM})?\s*\)?"
                               rf"(?:\s*[(\[]\s*{_S_PER_CM}\s*[)\]])?\s*(?:=|{APPROX_SIGN}|of|is|was|:)\s*$", re.I)
_S_PER_CM_AFTER = re.compile(rf"\s*[(\[]?\s*{_S_PER_CM}\s*[)\]]?")


def _log_conductivity(text: str, m: re.Match, value: float) -> Number | None:
    """The conductivity a logarithm written before the number (``value``, signed) says, in S/cm (None when no
    logarithm is)."""
    log = _LOG_CONDUCTIVITY.search(text, max(0, m.start() - 45), m.start())
    if log is None:
        return None
    unit = _S_PER_CM_AFTER.match(text, m.end())
    return Number(10.0 ** value, m.start(), unit.end() if unit else m.end(), unit="S/cm",
                  qualifier=qualifier_before(text[max(0, log.start() - 25):log.start()]))


def numbers(text: str) -> list[Number]:
    """The numbers ``text`` writes, with their units (``_read_numbers``). Within one document's extraction a text
    read before is given again, not read again (the C-rate check and the measurement groups read the same
    sentence), each number a fresh copy: callers complete the numbers they are given (a unit from a label)."""
    memo = document_memo(_NUMBERS)
    if memo is None:
        return _read_numbers(text)
    read = memo.get(text)
    if read is None:
        read = memo[text] = tuple(_read_numbers(text))
    return [copy(n) for n in read]


_NUMBERS = "ingest.extraction.text.quantity_text.numbers"


# "48 (53) kJ/mol H2 with PBE (LDA)", "91.4 (97.2) kJ/mol": a number in brackets between a value and its unit
_BRACKETED_NUMBER = re.compile(r" \((\d+(?:\.\d+)?)\)(?![\w(])")


def _bracketed_alternative(text: str, number: str, value: float, end: int) -> tuple[Number, tuple[str, int]] | None:
    """"48 (53) kJ/mol H2 with PBE (LDA)": a bracketed number between a value and the unit that is no
    uncertainty of it — written with a decimal point, or as large as the value in its last digit's units (an
    uncertainty as large as its value says nothing) — is a second value of the same quantity, another method's
    or functional's reading, which the same unit follows. None when the bracket is absent or an uncertainty
    ("65.2 (3) kJ/mol": 65.2 ± 0.3)."""
    bracket = _BRACKETED_NUMBER.match(text, end)
    if bracket is None or (unit := read_unit(text, bracket.end())) is None:
        return None
    digits = bracket.group(1)
    if "." not in digits and uncertainty_in_last_place(number, digits) < abs(value):
        return None
    return Number(float(digits), bracket.start(1), unit[1], unit=unit[0]), unit


def _spaced_uncertainty(text: str, number: str, end: int) -> tuple[float, tuple[str, int]] | None:
    """"65.2 (3) kJ/mol": an uncertainty in the last digits' place one space after ``number`` (ending at
    ``end``), and the unit after it. Only with a unit right after the bracket: "at 300 (2)." cites a reference,
    "300 (573 K)" restates the value. None when the bracket is no such uncertainty."""
    bracket = LAST_DIGITS_SPACED.match(text, end)
    if bracket is None:
        return None
    unit = read_unit(text, bracket.end())
    if unit is None:
        return None
    return uncertainty_in_last_place(number, bracket.group(1)), unit


# A minus sign set one space apart from its digits ("are – 148", "ΔH = - 75", "−\u2009148": a copy or a typesetter
# that spaced it): a dash after a space (or the text's start, a bracket, "=", ":") and before one space and a digit
_SPACED_SIGN = re.compile(r"(?:^|(?<=[\s(=:]))[-–−][ \u00a0\u2009\u202f]$")
# the word before such a dash: "MgH2 – 10 wt% Ni" joins a component to its amount, no sign
_WORD_BEFORE_DASH = re.compile(r"(\S+)\s+[-–−][ \u00a0\u2009\u202f]$")


def _spaced_sign(text: str, digits_at: int, previous_end: int) -> int | None:
    """Where the minus sign of the number whose digits begin at ``digits_at`` begins, when a dash set one space
    apart from the digits is its sign: not when the dash stands between two numbers ("25 – 30 °C", "300 °C – 350
    °C": a range; ``previous_end``: where the number read before ends), joins a chemical word to an amount
    ("MgH2 – 10 wt% Ni") or opens a parenthesis that a second spaced dash closes ("the sample – 5 g of it – was").
    None when the number has no such sign."""
    dash = _SPACED_SIGN.search(text, max(0, digits_at - 3), digits_at)
    if dash is None:
        return None
    if previous_end >= 0 and not text[previous_end:dash.start()].strip():
        return None   # between two numbers: a range or a list's dash
    word = _WORD_BEFORE_DASH.search(text, max(0, dash.start() - 40), digits_at)
    if word is not None and _chemistry(word.group(1)):
        return None
    sentence_end = re.search(r"[.;!?](?:\s|$)", text[digits_at:])
    rest = text[digits_at:digits_at + sentence_end.start()] if sentence_end else text[digits_at:]
    if re.search(rf"\s{re.escape(text[dash.start()])}\s", rest):
        return None   # a parenthesis between two dashes
    return dash.start()


def _read_numbers(text: str) -> list[Number]:
    out = []
    consumed = 0  # an uncertainty after a unit is part of the number before it
    for m in _VALUE.finditer(text):
        if m.start() < consumed:
            continue
        if _FIGURE_REF.search(text, max(0, m.start() - 12), m.start()):
            continue  # "Figure 3d", "Table 2": labels, not quantities (3 d would read as days)
        if _coefficient(text, m.end()):
            continue  # "2LiBH4–MgH2", "0.7Li(CB9H10)": a coefficient of the formula it is glued to
        try:
            value, unc = number_value(m.groupdict())
        except ValueError:
            continue
        end = m.end()
        if (comma := _DECIMAL_COMMA.match(text, end)) is not None and m.group("num") is not None \
                and m.group("num").isdigit() and m.group("unc") is None and read_unit(text, comma.end()) is not None:
            # "releases 6,2 wt% H2": a decimal comma, as European authors write it
            value, end = float(f"{m.group('num')}.{comma.group(1)}"), comma.end()
        start = m.start()
        if m.group("sign") in ("-", "–", "−"):
            value = -value
        elif m.group("sign") is None and (spaced := _spaced_sign(text, m.start(), out[-1].end if out else -1)):
            value, start = -value, spaced   # "are – 148 and −44.5 kJ/mol": a minus set apart from its digits
        if "log" in text and (log := _log_conductivity(text, m, value)) is not None:
            out.append(log)   # "log σ = −3.2 (S cm−1)": the conductivity is 10^−3.2 S/cm
            consumed = log.end
            continue
        n = Number(value, start, end, uncertainty=unc)
        if value.is_integer() and value > 0 and (suffix := _ORDINAL_SUFFIX.match(text, end)):
            n.end, n.ordinal = suffix.end(), True   # "the 1st, 2nd, and 5th discharges": no unit follows
            out.append(n)
            consumed = n.end
            continue
        unit = None if _CYCLES.match(text, end) else read_unit(text, end)
        alternative: Number | None = None
        if unit is None and unc is None and m.group("num") is not None \
                and (read := _bracketed_alternative(text, m.group("num"), value, end)) is not None:
            alternative, unit = read   # "52 (57) kJ/mol": both values take the unit after the bracket
        elif unit is None and unc is None and m.group("num") is not None \
                and (spaced := _spaced_uncertainty(text, m.group("num"), end)) is not None:
            n.uncertainty, unit = spaced   # "196 (2) meV": 196 ± 2 meV, the bracket no value of its own
        if unit is None and 0 < value <= _MAX_C_RATE and (rate := _C_RATE.match(text, end)) \
                and not re.search(r"[\w)][–+-]\s*$", text[max(0, m.start() - 3):m.start()]):  # not "MgH2–5 C"
            unit = ("1/h", rate.end())  # "at 0.1 C", "0.5C": a C-rate, a charge in so many hours' inverse
        elif unit is None and value > _MAX_C_RATE and (bare := _C_RATE.match(text, end)) \
                and "rate" not in bare.group(0).lower() and not re.search(r"[\w)][–+-]\s*$", text[max(0, m.start() - 3):m.start()]):
            unit = ("°C", bare.end())  # "from 425C to 180C", "above 500 C": a degree sign lost
        elif unit is None and (joined := _HYPHEN_LENGTH.match(text, end)) is not None \
                and (length := read_unit(text, joined.end())) is not None and _dims(length[0]) == _dims("nm"):
            unit = length   # "a 30-μm thick film", "300-nm-thick layers", "5-nm particles": a length hyphen-joined to its number
        if unit and unit[0] in _PURITY_UNITS and _purity(text, m.start(), unit[1], value):
            consumed = unit[1]
            continue  # "MgH2 (99.9%, Alfa Aesar)": the purity the maker sold it at, no value of the sample
        if unit and unit[0] == "%" and _hydrogen_share(text, m.start(), unit[1]):
            unit = ("wt%", unit[1])
        if unit:
            n.unit, n.end = unit
            consumed = n.end  # "S cm(-1)": the -1 is the unit's, not a number of its own
            if n.uncertainty is None:
                consumed = _uncertainty_after(text, n) or consumed
        if n.unit and out and _lost_plus_minus(text, out[-1], n):
            out[-1].unit, out[-1].end, out[-1].uncertainty = n.unit, n.end, n.value
            consumed = max(consumed, n.end)
            continue
        n.qualifier = qualifier_before(text[max(0, m.start() - 25):m.start()])
        if n.qualifier != "=" and n.unit and _class_bound(text, m.start(), n.end):
            consumed = n.end
            continue  # "a high micropore content (pores below 2 nm)": the bound that defines a class, no value
        n.amount = _is_amount(text, n)
        out.append(n)
        if alternative is not None:
            alternative.qualifier = n.qualifier
            out.append(alternative)
            continue
        if n.unit and (upper := _range_end_after_unit(text, n)) is not None:
            out.append(upper)
            consumed = upper.end
            continue
        paired = _PAIRED_SETTING.match(text, n.end) if n.unit else None
        if paired:  # "923 K/15 MPa": the setting after the slash is a number of its own
            second = Number(float(paired.group(1)), paired.start(1), paired.end(1))
            unit = read_unit(text, second.end)
            if unit:
                second.unit, second.end = unit
                second.qualifier = n.qualifier
                out.append(second)
                consumed = second.end
    if "C/" in text or "C /" in text:
        rates = [Number(1 / float(m.group(1)), m.start(), m.end(), unit="1/h")
                 for m in C_FRACTION.finditer(text) if float(m.group(1)) > 0]
        if rates:
            out = sorted(out + rates, key=lambda n: n.start)
    if "unity" in text:
        out = sorted(out + _unity_numbers(text), key=lambda n: n.start)
    return out


# "a transference number close to unity", "of nearly unity": the number one written as a word, after words
# that say it is (a ratio's value, never a count); "close to unity (0.97)" gives the measured figure in the
# bracket, which is the value — the word only rounds it
_UNITY = re.compile(rf"\b(?:(?P<near>close\s+to|near|approaching|{APPROXIMATING}|{NEARLY}|virtually|essentially"
                    r")|of|equal\s+to|equals?|is|was|reaching|reaches|reached)\s+(?P<one>unity)\b"
                    r"(?!\s*\(\s*(?:t\S*\s*=\s*)?\d)", re.I)


_DASHED_NUMBER = re.compile(r"(.+?)[-–−](\d+(?:\.\d+)?)")


def _range_end_unit(text: str, word: str, end: int, before: list[str]) -> str | None:
    """'nm' of 'nm-50' in '20 nm-50 nm' (and 'm' of 'mu m-5 mu m'): a unit word glued by a dash to the number
    after it, which the same unit follows; None for an exponent ('cm-1 at', no unit written again)."""
    dashed = _DASHED_NUMBER.fullmatch(word) if "-" in word or "–" in word or "−" in word else None
    if dashed is None or _dims(" ".join([*before, dashed.group(1)])) is None:
        return None
    again = " ".join([*before, dashed.group(1)])
    return dashed.group(1) if re.match(rf"\s?{re.escape(again)}(?![A-Za-z])", text[end:end + len(again) + 2]) else None


def _range_end_after_unit(text: str, n: Number) -> Number | None:
    """'20 nm-50 nm': the upper end glued by a dash to the unit of ``n``, in the same unit and above it."""
    dash = _UNIT_DASH_END.match(text, n.end)
    if dash is None or n.unit is None or n.amount:   # ('MgH2–5 wt%–10 wt% Ni' lists amounts of a composition)
        return None
    upper = Number(float(dash.group(1)), dash.start(1), dash.end(1), qualifier=n.qualifier)
    unit = read_unit(text, upper.end)
    if unit is None or not same_unit_spelled(unit[0], n.unit) or upper.value <= n.value:
        return None
    upper.unit, upper.end = unit
    return upper


def _unity_numbers(text: str) -> list[Number]:
    """The number 1 for each 'unity' said as a value, approximate when the words before say it is near."""
    return [Number(1.0, m.start("one"), m.end("one"), qualifier="~" if m.group("near") else "=")
            for m in _UNITY.finditer(text)]


# "MgH2 (99.9%, Alfa Aesar)", "NaAlH4 (purity 93%, Sigma-Aldrich)", "LiBH4 (Acros, ≥95%)", "Mg (99.8% pure)": a
# per cent in brackets with the maker's name (capitalised words, no digit, no formula) or a word of purity is
# the purity of what was bought; a purity is at least _MIN_PURITY per cent
_PURITY_UNITS = frozenset(("%", "wt%", "mass%"))
_MIN_PURITY = 80
_PURITY_WORD = r"(?:purity|purities|pure)"
_MAKER = r"(?P<maker>[A-Z][A-Za-z&.'\- ]{1,40}?)"
_PURITY_OPEN = re.compile(rf"\(\s*(?:{_PURITY_WORD}\s*(?:of\s*)?[:=]?\s*)?[≥>~]?\s*$", re.I)
_MAKER_OPEN = re.compile(rf"\(\s*{_MAKER}\s*[,;]\s*(?:{_PURITY_WORD}\s*(?:of\s*)?[:=]?\s*)?[≥>~]?\s*$")
_PURITY_AFTER = re.compile(rf"\s*(?:{_PURITY_WORD}\b\s*)?\)")


def _purity(text: str, start: int, end: int, value: float) -> bool:
    """Is the per cent at ``start``..``end`` a purity written with its maker or a purity word in brackets?"""
    if value < _MIN_PURITY:
        return False
    before = text[max(0, start - 60):start]
    if (opened := _PURITY_OPEN.search(before)) is not None:
        worded = re.search(_PURITY_WORD, opened.group(0), re.I) is not None
        # (the purity word in any case, the maker's name with its capital: "(190 %, calculated)" names none)
        after = re.match(rf"\s*(?P<word>(?i:{_PURITY_WORD})\b)?\s*(?:[,;]\s*{_MAKER}\s*\)|\))", text[end:end + 60])
        if after is None:
            return False
        maker = after.group("maker")
        return (maker is not None and _a_maker(maker)) or ((worded or after.group("word") is not None)
                                                            and maker is None)
    opened = _MAKER_OPEN.search(before)
    return opened is not None and _a_maker(opened.group("maker")) and _PURITY_AFTER.match(text, end) is not None


def _a_maker(name: str) -> bool:
    """A maker's name: capitalised words, none a formula ('Alfa Aesar', 'Sigma-Aldrich'; not 'Ni')."""
    return not any(is_formula(w) for w in re.split(r"[\s-]+", name.strip()) if w)


# "releases 5.1% hydrogen", "2.8% of H2": a bare per cent OF hydrogen is the share of the sample's mass it is
# ("22% H2 capacity", "80% hydrogen storage capacity": a share OF a capacity, no capacity)
# ("absorbs 1.7% and 4.6% in the mass fraction of H-2", "3.9% (mass fraction of hydrogen)": an indexing service's
# mass fraction OF hydrogen said after the per cent)
_GAS = r"(?:hydrogen|H\s?-?\s?2|H₂|D\s?-?\s?2)\b"
_MASS_FRACTION_OF_GAS = rf"mass\s+fractions?\s+of\s+(?:the\s+)?{_GAS}"
_HYDROGEN_AFTER = re.compile(rf"\s*(?:(?:of\s+)?{_GAS}"
                             r"(?!\s*(?:atoms?|sites?|occupancy|(?:storage\s+)?capacit\w*|content|uptake)\b)"
                             rf"|\(?\s*(?:in\s+|as\s+)?(?:the\s+|a\s+)?{_MASS_FRACTION_OF_GAS})", re.I)
# "a gravimetric hydrogen capacity of 2.76%", "a hydrogen content of 5.1% at 40 °C and 2.8% at 70 °C": a bare per
# cent named by a capacity of hydrogen before it, within the clause (no share kept or lost of it: a retention)
# ("the mass fraction of H-2 the sample took up reached 6.7%": the mass fraction of hydrogen named before)
_HYDROGEN_SHARE_BEFORE = re.compile(r"\b(?:gravimetric(?:\s+hydrogen)?|hydrogen(?:\s+storage)?)\s+(?:capacity|capacities|"
                                    r"content|density|uptake|release|yield)\b[^.;%]{0,45}$"
                                    rf"|\b{_MASS_FRACTION_OF_GAS}[^.;%]{{0,60}}$"
                                    r"|\b(?:gravimetric(?:\s+hydrogen)?|hydrogen(?:\s+storage)?)\s+(?:capacity|capacities|"
                                    r"content)\b[^.;]{0,40}%[^.;%]{0,30}$", re.I)
_NOT_A_CAPACITY = re.compile(r"retention|retain|remain|kept|keep|maintain|preserv|loss|lost|decay|fad|efficien|conversion|"
                             r"purity", re.I)
_SHARE_OF = re.compile(r"\s*of\s+(?:the|its|their|this)\b", re.I)
# "capacity is 5.09% (mass fraction, hereinafter the same), and the amount of hydrogen desorption is 4.86%": a per cent
# the sentence declared a mass fraction before makes the later bare per cents of hydrogen the same mass shares
_MASS_FRACTION_OPENED = r"\(\s*mass\s+fractions?\b"
_MASS_FRACTION_SAID = re.compile(rf"%\s*{_MASS_FRACTION_OPENED}", re.I)
# ("4.43 % (mass fraction) hydrogen": the whole bracket after a per cent)
_MASS_FRACTION_BRACKET = re.compile(rf"\s*{_MASS_FRACTION_OPENED}[^()]{{0,40}}\)", re.I)
_HYDROGEN_NAMED = re.compile(r"\bhydrogen\b[^.;%]{0,40}$", re.I)


# "1.7% and 4.6% in the mass fraction of H-2": the next bare per cent of a list, which says what the list's shares are
_NEXT_PER_CENT = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?P<num>\d+(?:\.\d+)?)\s*%")


def _hydrogen_share(text: str, start: int, end: int) -> bool:
    """Is the bare '%' value at ``start``..``end`` a gravimetric hydrogen capacity (a mass share in wt%)?
    ('releases 5.1% hydrogen', 'a gravimetric capacity of 2.76%'; not '80% of its capacity', a retention;
    a member of a list of bare per cents is what the list's last member is: '2.1% and 3.8% of hydrogen')."""
    if (following := _NEXT_PER_CENT.match(text, end)) is not None:
        return _hydrogen_share(text, following.start("num"), following.end())
    if _SHARE_OF.match(text, end):
        return False   # "95% of the theoretical capacity": a share of another value
    # ("releases 4.43 % (mass fraction) hydrogen": the bracket that says the per cent is a mass share stands between)
    declared = _MASS_FRACTION_BRACKET.match(text, end)
    if _HYDROGEN_AFTER.match(text, end) or declared and _HYDROGEN_AFTER.match(text, declared.end()):
        return True
    before = text[max(0, start - 90):start]
    if "fraction" in text[:start] and _MASS_FRACTION_SAID.search(text, 0, start) \
            and (named := _HYDROGEN_NAMED.search(before)) and not _NOT_A_CAPACITY.search(before, named.start()):
        return True
    m = _HYDROGEN_SHARE_BEFORE.search(before)
    if m is None and ("apacit" in before or "loss" in before):   # (cheap gate: most bare per cents have neither)
        m = _capacity_named_before().search(before)
    # (the words after the name say whether the share was kept or lost, "a hydrogen capacity loss of 5%"; a name that
    # holds such a word itself, "a total mass loss of 8%", is the share given off)
    # ("the hydrogen capacity maintains above 6.0% after 20 cycles": a level the capacity is kept at, no share kept)
    return m is not None and (not _NOT_A_CAPACITY.search(before, m.end("name") if m.lastgroup == "name" else m.start())
                              or held_level(text, start))


@lru_cache(maxsize=1)
def _capacity_named_before() -> re.Pattern[str]:
    """'a rehydrogenation capacity of 7.1%', 'its desorption capacity reached 4.2%': a bare per cent named by the
    label of a capacity of hydrogen (a property given in wt%), or by any label of the hydrogen capacity itself ('a
    total mass loss of 8%': the mass a sample gives off on heating), is that mass share, though the label does not say
    'hydrogen' (the labels are the ontology's, so this depends on the vocabulary alone)."""
    labels = sorted({lab for t in vocabulary().terms("Property") if t.unit == "wt%"
                     for lab in t.labels if "capacit" in lab or t.key == "hydrogen_capacity"}, key=len, reverse=True)
    names = "|".join(re.escape(lab).replace(r"\ ", r"\s+") for lab in labels)
    return re.compile(rf"\b(?P<name>{names})\b[^.;%]{{0,45}}$", re.I)


# "0.2 C", "0.1C", "2 C-rate": a C-rate after a number (a coulomb is no unit any value here is given in);
# a temperature in bare "C" ("at 300 C") is far above any rate an electrode is cycled at
_C_RATE = re.compile(r"\s?C(?:[- ]rates?)?(?![\w°/@–-])")
_MAX_C_RATE = 20
# "at C/5": a fifth of the capacity per hour (the number after the slash is no value of its own)
C_FRACTION = re.compile(r"(?<![\w/–°º˚-])C\s?/\s?(\d+(?:\.\d+)?)(?!\.\d|[\w%/])")


def members_have_unit(nums: list[Number]) -> bool:
    """Every member of a list carries one and the same unit ("182 kJ/mol and 122 kJ/mol")."""
    return len(nums) > 1 and len({n.unit for n in nums}) == 1 and nums[0].unit is not None


# "× 10−3", "x 10^-3", "·10(-3)": a power of ten written after a number
_POWER = re.compile(r"\s?[×xX·]\s?10\s?(?:\^\s?)?\(?([−\-–]?)\s?(\d{1,2})\)?")


_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?\s*")


def _power_factor(m: re.Match) -> float:
    """10−3 of a match of ``_POWER``: 0.001."""
    return 10.0 ** (int(m.group(2)) * (-1 if m.group(1) else 1))


def _share_power(text: str, members: list[Number]) -> None:
    """'1.2, 2.3 and 3.4 × 10−3 S cm−1', '1.2–3.4 × 10−3': a power of ten written once, after the last number
    of a list or range, scales every number of it that has none of its own."""
    last = _POWER.search(text, members[-1].start, members[-1].end)
    if last is None:
        return
    factor = _power_factor(last)
    for n in members[:-1]:
        # (only a plain decimal: "10−5 and 2.5 × 10−5" has its own power of ten)
        if _PLAIN_NUMBER.fullmatch(text, n.start, n.end):
            n.value *= factor
            if n.uncertainty is not None:
                n.uncertainty *= factor


@lru_cache(maxsize=4096)
def same_unit_spelled(a: str, b: str) -> bool:
    """One unit however it is spelled: "°C", "degC" and "\\degC" (an arXiv abstract's), "wt%" and "wt.%"."""
    if a == b:
        return True
    try:
        return parse_unit(a) == parse_unit(b)
    except UnitError:
        return False


_LENGTH = _dims("nm")


def _in_unit_of(n: Number, unit: str) -> bool:
    """'pore radii from 8 Å to 20 nm', 'from 1 µm to 200 nm': the first length of a from–to pair written in
    another unit of length is one value with the second, converted into its unit (True when it was). Lengths
    only: sizes span orders of magnitude, and authors change the unit with them; two temperature scales in one
    pair ('from 300 °C to 350 K') are two settings, not one change."""
    if n.unit is None or _dims(n.unit) != _LENGTH or _dims(unit) != _LENGTH:
        return False
    try:
        n.value = float(quantity(n.value, n.unit).to(parse_unit(unit)).magnitude)
    except (UnitError, ValueError, TypeError):   # (pint says so with a TypeError or a ValueError)
        return False
    n.unit = unit
    return True


def _labelled_units(text: str, nums: list[Number]) -> None:
    """"52 (LiBH4) and 61 kJ/mol (NaBH4)", "95 (A), 110 (B) and 130 kJ/mol (C)", "118 for MgH2 and 86 kJ/mol for
    MgH2–Nb2O5": each value followed by its own sample, in brackets or after 'for', the unit written once after the
    last — every value takes that unit and stays a value of its own, read with its own label (read from the last
    back, so a unit passes along the whole list)."""
    for j in range(len(nums) - 2, -1, -1):
        n, nxt = nums[j], nums[j + 1]
        if n.unit is None and nxt.unit is not None and not n.amount and not nxt.amount \
                and LABELLED_LIST_GAP.fullmatch(text, n.end, nxt.start) \
                and not _DESIGNATOR_BEFORE.search(text, max(0, n.start - 12), n.start):
            n.unit = nxt.unit


# "Sample 2 (LiBH4) and 5.5 wt% (MgH2)", "run 3 for MgH2 and …": a number naming a sample or a run, no value
_DESIGNATOR_BEFORE = re.compile(r"\b(?:samples?|specimens?|batch(?:es)?|runs?|entry|no\.|#)\s*$", re.I)


# the value of a composition symbol: 'x = 33', 'y=0.2'
_SYMBOL_VALUE = re.compile(rf"(?<![\w-])[{SYMBOLS}]\s*=\s*$")   # (the ontology's composition symbols)
# the value of an atomic ratio written by its symbols: 'H/M = 1.1', 'H/Mg=2' (hydrogen atoms per metal atom: a number
# of no unit, which a unit written after the next number of a list is not)
_RATIO_SYMBOL_VALUE = re.compile(r"(?<![\w/])[A-Z][a-z]?/[A-Z][a-z]?\s*=\s*$")


def _member_range(text: str, nums: list[Number], k: int) -> bool:
    """Are nums[k] and nums[k + 1] the two ends of a range written as one member of a list ('60, 70–75 and 80
    kJ/mol', '300–350 and 400–450 °C, respectively', '4.2±0.4, −2∼−4 and 1.1±0.2 kJ/mol'): joined by a dash or a
    tilde, the unit written after the upper end if at all, with a list's gap to a number before or after them?"""
    lo, hi = nums[k], nums[k + 1]
    if lo.amount or hi.amount or lo.unit is not None and (hi.unit is None or not same_unit_spelled(lo.unit, hi.unit)) \
            or not _MEMBER_RANGE_GAP.fullmatch(text, lo.end, hi.start) \
            or not (hi.value > lo.value or lo.value < 0 and hi.value < 0):
        return False
    before = k > 0 and nums[k - 1].unit is None and not nums[k - 1].amount \
        and bool(_LIST_GAP.match(text[nums[k - 1].end:lo.start]))
    after = k + 2 < len(nums) and hi.unit is None and not nums[k + 2].amount \
        and bool(_LIST_GAP.match(text[hi.end:nums[k + 2].start]))
    return before or after


# (a dash or a tilde only: 'to' between two numbers of a list says a change as often as a range)
_MEMBER_RANGE_GAP = re.compile(r"\s*(?:[–—-]|[~∼～])\s*")


def _ranges_in_lists(text: str, nums: list[Number]) -> list[Number]:
    """``nums`` with each range written as a member of a list made one number with its ``upper`` end, so that the
    list keeps one value for each member it pairs with its samples."""
    out: list[Number] = []
    k = 0
    while k < len(nums):
        if k + 1 < len(nums) and _member_range(text, nums, k):
            lo, hi = nums[k], nums[k + 1]
            merged = copy(lo)
            merged.end, merged.unit, merged.upper = hi.end, hi.unit, hi.value
            if lo.value < 0 and hi.value < lo.value:
                merged.value, merged.upper = hi.value, lo.value   # ("−2∼−4": negative ends written by their size)
            out.append(merged)
            k += 2
            continue
        out.append(nums[k])
        k += 1
    return out


def _expanded_range(text: str, g: Group) -> Group:
    """A group of one number with an upper end (a member range no list took up after all) as the range it is."""
    n = g.numbers[0]
    lo, hi = copy(n), copy(n)
    lo.upper = hi.upper = None
    hi.value = n.upper if n.upper is not None else n.value
    lo.unit = None
    return Group("range", [lo, hi], g.unit, g.start, g.end, g.qualifier, g.role)


def groups(text: str) -> list[Group]:
    nums = numbers(text)
    if ")" in text or "for" in text:   # (a label is in a bracket or after 'for')
        _labelled_units(text, nums)
    if ")" in text:   # "3.4 (2.8), 3.7 (3.1) and 5.1 (4.5) eV": the unit written once is every pair's
        paired_list_units(text, nums)
    if len(nums) > 2:
        nums = _ranges_in_lists(text, nums)
    out: list[Group] = []
    i = 0
    while i < len(nums):
        n = nums[i]
        before = text[max(0, n.start - 30):n.start]
        j = i
        # extend over range / change / list partners
        kind = "single"
        while j + 1 < len(nums) and not n.amount:
            gap = text[nums[j].end:nums[j + 1].start]
            nxt = nums[j + 1]
            same_unit = nums[j].unit is None or nxt.unit is None or same_unit_spelled(nums[j].unit, nxt.unit) \
                or j == i and _FROM.search(before) is not None and _CHANGE_GAP.match(gap) is not None \
                and _in_unit_of(nums[j], nxt.unit)
            # ("doped with 1, 3 and 5 mol% NbF5": bare numbers listed before an amount are amounts too)
            if not same_unit or nxt.amount and not (nums[j].unit is None and _LIST_GAP.match(gap)):
                break
            if nums[j].unit is None and nxt.unit is not None and not ("%" in nxt.unit and "H" not in nxt.unit) \
                    and _SYMBOL_VALUE.search(text, max(0, nums[j].start - 8), nums[j].start):
                break   # "at x = 33, 1.6 mS cm-1": the member's symbol value, then the value it has (a share of no
                #         hydrogen, 'x = 5, 10 and 20 wt%', lists the symbol's values)
            if nums[j].unit is None and _RATIO_SYMBOL_VALUE.search(text, max(0, nums[j].start - 8), nums[j].start):
                break   # "H/M = 1.1, 1.5 mass%": the atomic ratio, then the capacity in mass per cent
            if nums[j].unit is None and nxt.unit is not None and _VERSUS_GAP.fullmatch(gap):
                nums[j].unit = nxt.unit   # "75.6 vs. 155.2 kJ/mol": the unit written once is both values'
                break
            if kind in ("single",) and _FROM.search(before) and _CHANGE_GAP.match(gap):
                kind = "range" if _RANGING.search(before) else "change"
            elif kind == "single" and _FROM.search(before) and not _RANGING.search(before) \
                    and nums[j].unit is not None and same_unit_spelled(nums[j].unit, nxt.unit) and _CHANGE_FOR_GAP.match(gap):
                kind = "change"
            elif kind in ("single", "list") and nums[j].unit is not None and same_unit_spelled(nums[j].unit, nxt.unit) \
                    and (_LIST_GAP.match(gap) or _APPROX_LIST_GAP.match(gap) and nums[j].qualifier == nxt.qualifier != "="
                         or nums[j].unit == "V" and _REFERENCE_LIST_GAP.match(gap)
                         or _preposition_again(text, gap, nums[i].start)
                         and _RESPECTIVELY.search(text[nxt.end:].split(";")[0].split(". ")[0])) \
                    and (_RESPECTIVELY.search(text[nxt.end:].split(";")[0].split(". ")[0])
                                                  or not _SETTING_BEFORE.search(text, max(0, n.start - 50), n.start)
                                                  and not DIFFERENCE_NEXT.match(text, nxt.end)
                                                  and not (kind == "single" and gap.lstrip().startswith(",")
                                                           and _OWN_VERB_NEXT.match(text, nxt.end))):
                # "182 kJ/mol and 122 kJ/mol for A and B, respectively", "the onset temperatures of A and B are
                # 240 °C and 225 °C": the unit written twice is still one list ("at 200 °C and 300 °C" are settings)
                kind = "list"
            elif kind == "single" and _BETWEEN.search(before) and _AND_GAP.match(gap):
                kind = "range"
            elif kind == "single" and nums[j].unit is None and _RANGE_GAP.match(gap) and "to" not in gap \
                    or kind == "single" and nums[j].unit is None and gap.strip() == "to":
                kind = "range"
                if _TILDE_GAP.match(gap):
                    nxt.qualifier = nums[j].qualifier   # ("420∼470 K": the tilde joins the ends, it approximates neither)
            elif kind == "single" and (nums[j].unit is None or same_unit_spelled(nums[j].unit, nxt.unit)) \
                    and nxt.value > nums[j].value and _SYMBOL_BOUNDS_GAP.match(gap):
                kind = "range"
                nxt.qualifier = nums[j].qualifier   # ("15 < D < 26 nm": the sign before 26 bounds the span, not 26)
            elif kind == "single" and nums[j].unit is not None and same_unit_spelled(nums[j].unit, nxt.unit) \
                    and _RANGE_GAP.match(gap) and nxt.value > nums[j].value and not _FROM.search(before) \
                    and not _BY_BEFORE.search(before):
                kind = "range"  # "300 °C–350 °C", "300 °C to 350 °C": the unit written twice
            elif kind in ("single", "list") and nums[j].unit is None and (
                    _LIST_GAP.match(gap) or _APPROX_LIST_GAP.match(gap) and nums[j].qualifier == nxt.qualifier != "="):
                kind = "list"   # ("of ~75 and ~120 °C": the unit written once, each number approximated)
            else:
                break
            j += 1
            if kind in ("range", "change") or nums[j].unit is not None and not (
                    kind == "list" and members_have_unit(nums[i:j + 1])):
                break
        members = nums[i:j + 1]
        unit = next((m.unit for m in reversed(members) if m.unit), None)
        if kind in ("list", "range") and len(members) > 1:
            _share_power(text, members)
        if kind == "list" and members[0].qualifier == "~" and all(m.qualifier == "=" for m in members[1:]):
            for m in members[1:]:
                m.qualifier = "~"   # "~80 and 100 kJ/mol": an approximation written once goes with the list
        if kind in ("change", "range") and members[0].qualifier == "~" and members[0].unit is None \
                and _FROM.search(before) and all(m.qualifier == "=" for m in members[1:]):
            # "from around 30 to 70%": the approximation and the unit written once hold for both ends ("from about
            # 120 nm to 18 nm", each with its unit, approximates the first only)
            for m in members[1:]:
                m.qualifier = "~"
        g = Group(kind, members, unit, members[0].start, members[-1].end, members[0].qualifier)
        if n.amount or members[-1].amount:
            g.role = "amount"
        if kind == "single" and n.upper is not None:
            g = _expanded_range(text, g)
        if kind == "range" and members[0].value > members[-1].value:
            if _RANGING.search(before) or all(m.value < 0 for m in members):
                # ("−2∼−4 kJ/mol": negative ends written by their size, smaller first, are a range all the same)
                # "transition temperatures range from 100 to −70 °C": a range said as one, from its upper end
                g.numbers = sorted(members, key=lambda m: m.value)
            else:
                g.kind = "change"  # "350–300 °C" is not a range: read it as a change
        out.append(g)
        i = j + 1
    out = _merge_change_lists(text, out)
    if " than " in text:
        out = _value_then_differences(text, out)
    _bounds_carried(text, out)
    if "/" in text:
        out = _slash_pairs(text, out)
    _mark_cycles(text, out)
    # an ordinal that numbers no run ("the 2nd step", "5th place") is no value of anything
    out = [g for g in out if g.kind == "cycles" or not any(n.ordinal for n in g.numbers)]
    out = sorted(out + _spelled_cycles(text), key=lambda g: g.start)
    if "(" in text:
        out = _restated_list(text, out)
    for g in out:
        g.respectively = g.respectively or g.kind in ("list", "changes") and bool(_RESPECTIVELY.search(text, g.end))
    _ends_paired(text, out)
    _respectively_ahead(text, out)
    return out


_FROM_BEFORE = re.compile(rf"\bfrom\s+{hedged(APPROXIMATING)}?$", re.I)


def _ends_paired(text: str, groups: list[Group]) -> None:
    """'The conductivities range from 2 × 10−7 to 4 × 10−4 S cm−1 for A and B, respectively': the two ends of
    a range its clause pairs up are the two samples' values, in the order written — a list of two, not one
    sample's span (a later value of the clause, 'from 1 to 2 and 3 to 4 mS/cm, respectively', takes the pairing)."""
    for k, g in enumerate(groups):
        if g.kind != "range" or len(g.numbers) != 2 or not _FROM_BEFORE.search(text, max(0, g.start - 30), g.start):
            continue   # (only a range said 'from … to …'; '250 to 300 °C and 300 to 350 °C, respectively' pairs ranges)
        clause = text[g.end:].split(";")[0].split(". ")[0]
        pairing = _RESPECTIVELY.search(clause)
        if pairing is None or any(h.start < g.end + pairing.start() and h.role != "condition" and h.unit
                                  and same_unit_spelled(h.unit, g.unit or "") for h in groups[k + 1:]):
            continue
        g.kind, g.respectively = "list", True
        g.numbers = sorted(g.numbers, key=lambda n: n.start)
        g.qualifier = g.numbers[0].qualifier


# "released H2 at about 260 °C, 80 °C and 160 °C lower than the milled and pure MgH2 respectively": a list one
# longer than the references the 'than' names (English words: comparatives, the list's joints)
_THAN_REFERENCES = re.compile(r"\s*(?:lower|higher|less|more|smaller|larger|below|above)\s+than\s+(?P<refs>[^;.()]{1,80}?)"
                              r"\s*,?\s*respectively\b", re.I)
_REFERENCE_JOINT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _value_then_differences(text: str, groups: list[Group]) -> list[Group]:
    """``groups`` with a list that has one member more than the references its 'than … respectively' names split
    in two: its first member, the sample's own value, and the differences from each reference after it."""
    out = []
    for g in groups:
        m = _THAN_REFERENCES.match(text, g.end) if g.kind == "list" and len(g.numbers) > 2 else None
        if m is not None and len(_REFERENCE_JOINT.split(m.group("refs").strip())) == len(g.numbers) - 1:
            first, rest = g.numbers[0], g.numbers[1:]
            out += [Group("single", [first], first.unit or g.unit, first.start, first.end, first.qualifier),
                    Group("list", rest, g.unit, rest[0].start, g.end, rest[0].qualifier)]
        else:
            out.append(g)
    return out


# "exceeding 0.1 mS/cm at 30 °C and 10 mS/cm at 140 °C": a value, its setting, "and", the next value, its setting
_SETTING_GAP = re.compile(rf"\s*,?\s*(?:at|under)\s*{hedged(APPROXIMATING)}?$")
_SETTING_AND_GAP = re.compile(r"\s*,?\s*and\s*$")
_SETTING_NEXT = re.compile(r"\s*,?\s*(?:at|under)\b")


def _bounds_carried(text: str, out: list[Group]) -> None:
    """A bound written once before parallel value-and-setting pairs holds for each of them: "exceeding
    0.1 mS/cm at 30 °C and 10 mS/cm at 140 °C" are both above their values."""
    for a, cond, b in zip(out, out[1:], out[2:]):
        if a.kind == b.kind == "single" and a.qualifier in ("<", ">", "<=", ">=") and b.qualifier == "=" \
                and a.unit and b.unit and cond.unit and same_unit_spelled(a.unit, b.unit) \
                and not same_unit_spelled(a.unit, cond.unit) and _SETTING_GAP.fullmatch(text, a.end, cond.start) \
                and _SETTING_AND_GAP.fullmatch(text, cond.end, b.start) and _SETTING_NEXT.match(text, b.end):
            b.qualifier = b.numbers[0].qualifier = a.qualifier


# "120.0 μAh cm−2 (∼1130 mAh g−1) and 40.0 μAh cm−2 (∼377 mAh g−1)": values each restated in brackets in a unit
# of a property, after values in a unit of none; between two restatements, the bracket closes, a list word, the
# next outer value, and the next bracket opens
_RESTATED_OPEN = re.compile(rf"[\d.]+\s*(?P<unit>[^\d()\s][^()]{{0,12}}?)\s*\(\s*{hedged(APPROXIMATING)}?$")
_RESTATED_GAP = re.compile(r"\s*\)\s*(?:,\s*(?:and\s+)?|and\s+)" + _RESTATED_OPEN.pattern)


def _restated_list(text: str, gs: list[Group]) -> list[Group]:
    """``gs`` with each run of bracketed restatements (see _RESTATED_GAP) made one list, so that the words
    that name the outer values ("the discharge and charge capacities are respectively …") pair them up."""
    opened = {id(g): m for g in gs if g.kind == "single" and g.unit is not None and compatible_keys(g.unit)[0]
              and (m := _RESTATED_OPEN.search(text, max(0, g.start - 30), g.start)) is not None
              and not compatible_keys(m.group("unit").strip())[0]   # (the outer value's unit names no property)
              and not _property_value_before(gs, m.start(), g.start)}
    runs: list[list[Group]] = []
    for g in (g for g in gs if id(g) in opened):
        if runs and runs[-1][-1].unit == g.unit and _RESTATED_GAP.fullmatch(text, runs[-1][-1].end, g.start):
            runs[-1].append(g)
        else:
            runs.append([g])
    merged = [r for r in runs if len(r) > 1]
    if not merged:
        return gs
    gone = {id(g) for r in merged for g in r}
    # (the list starts where its first outer value does: the words before it name the values)
    lists = [Group("list", [n for g in r for n in g.numbers], r[0].unit, opened[id(r[0])].start(), r[-1].end,
                   r[0].qualifier) for r in merged]
    return sorted([g for g in gs if id(g) not in gone] + lists, key=lambda g: g.start)


def _property_value_before(gs: list[Group], start: int, end: int) -> bool:
    """Is a value in a unit of a property read between ``start`` and ``end`` ('6 × 10-2 S cm-1 (378 K)': the
    conductivity, written as a power, before a bracket that holds its setting, not a restatement of it)?"""
    return any(start <= h.start and h.end <= end and h.unit and compatible_keys(h.unit)[0] for h in gs)


def _respectively_ahead(text: str, groups: list[Group]) -> None:
    """'MgH2 was milled with TiO2 and CeO2, respectively, giving onset temperatures of 250 and 265 °C': the
    pairing words may close the list of samples, before the values. The first list after them, of no fewer than
    two values, pairs up (a list before them, which they close, is theirs; a later list is set against the first)."""
    for m in _RESPECTIVELY.finditer(text):
        # (an amount list, "with 5 and 10 wt% X, respectively", names samples: it is not a value list)
        if any(g.kind in ("list", "changes") and g.role != "amount" and g.end <= m.start() for g in groups):
            continue
        first = next((g for g in groups if g.start >= m.end() and g.kind in ("list", "changes")
                      and g.role != "amount"), None)
        if first is not None:
            first.respectively = True


# "discharge/charge capacities of 1,920/1,150 mAh g−1": values written with a slash after words written
# with one pair up as "respectively" does (a fraction, "1/2", has no such words before it)
# ("132/118/125 kJ/mol for A, B and C, respectively": as many values as the list pairs up)
_SLASHED = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_SLASH_VALUES = re.compile(rf"(?<![\w.,/])(?P<a>{_SLASHED})(?:\s?/\s?(?P<b>{_SLASHED}))+(?![\d/,.]\d)")
_SLASH_NUMBER = re.compile(_SLASHED)
# (a formula between the words and the values keeps its digits: "… temperature for Mg-(Ni-TiO2)@rGO decreased
# to 323/479 K"; a number of its own does not)
_SLASH_WORDS = re.compile(r"\b[A-Za-z][\w-]*\s?/\s?[A-Za-z][\w-]*\b(?:[^.;\d/]|(?<=[A-Za-z)\]])\d+){0,80}$")


# "… 132/118/125 kJ/mol for A, B and C, respectively": the pairing words later in the clause
_RESPECTIVELY_LATER = re.compile(rf"(?:[^.;]|\.(?=\d)){{0,120}}?\b{RESPECTIVELY_WORDS}\b", re.I)


def _slash_pairs(text: str, gs: list[Group]) -> list[Group]:
    for m in _SLASH_VALUES.finditer(text):
        power = _POWER.match(text, m.end())   # "1.2/2.3 × 10−3 S cm−1": the power of ten both share
        unit = read_unit(text, power.end() if power else m.end())
        # (more than two values only where the clause pairs them up: "Pd/Mg/Pd films (10/200/10 nm)" are
        # a stack's layers, not one property of three samples)
        if unit is None or not (m.group(0).count("/") == 1 and _SLASH_WORDS.search(text, max(0, m.start() - 110), m.start())
                                or _RESPECTIVELY_LATER.match(text, unit[1])):
            continue
        q = qualifier_before(text[max(0, m.start() - 25):m.start()])
        pair = [Number(float(n.group(0).replace(",", "")), n.start(), n.end(), unit=unit[0], qualifier=q)
                for n in _SLASH_NUMBER.finditer(text, m.start(), m.end())]
        pair[-1].end = unit[1]
        for n in pair if power else ():
            n.value *= _power_factor(power)
        g = Group("list", pair, unit[0], m.start(), unit[1], q, respectively=True)
        gs = sorted([x for x in gs if x.end <= m.start() or x.start >= unit[1]] + [g], key=lambda x: x.start)
    return gs


def _merge_change_lists(text: str, gs: list[Group]) -> list[Group]:
    """'from 135 and 61.1 kJ/mol to 30.8 and 56.5 kJ/mol, respectively': two lists of one length
    joined by 'to' after 'from' are pairs of changes (kind 'changes', first half the baselines)."""
    out: list[Group] = []
    i = 0
    while i < len(gs):
        g = gs[i]
        nxt = gs[i + 1] if i + 1 < len(gs) else None
        if (nxt is not None and g.kind == "list" and nxt.kind == "list" and len(g.numbers) == len(nxt.numbers)
                and _FROM.search(text[max(0, g.start - 30):g.start])
                and _CHANGE_GAP.match(text[g.end:nxt.start]) and (g.unit or nxt.unit)):
            unit = g.unit or nxt.unit
            if g.unit is None or nxt.unit is None or g.unit == nxt.unit:
                out.append(Group("changes", g.numbers + nxt.numbers, unit, g.start, nxt.end, g.qualifier))
                i += 2
                continue
        if (nxt is not None and g.kind == "change" and nxt.kind in ("single", "list") and g.unit
                and nxt.unit == g.unit and _TO_LIST_GAP.fullmatch(text, g.end, nxt.start)
                and _RESPECTIVELY.search(text[nxt.end:].split(";")[0].split(". ")[0])):
            # "from 355 °C for A to 287 °C and 264 °C for B and C, respectively": the reference's value,
            # then a list of the new ones
            first, *rest = g.numbers
            out.append(Group("single", [first], g.unit, g.start, first.end, first.qualifier))
            out.append(Group("list", rest + nxt.numbers, g.unit, rest[0].start, nxt.end, rest[0].qualifier))
            i += 2
            continue
        out.append(g)
        i += 1
    return out


_TO_LIST_GAP = re.compile(r"\s*(?:\S+\s*)?(?:,\s*(?:and\s+)?|and\s+)")


# "after five cycles": a cycle count written as a word (numbers in figures are read above; SPELLED_NUMBERS
# from ingest.extraction.text.per_cent_words)
_SPELLED_CYCLES = gated(re.compile(rf"\b({'|'.join(SPELLED_NUMBERS)})(?=\s+(?:consecutive\s+|full\s+|complete\s+)?cycles\b|{_RUNS_COUNTED})",
                             re.I))


# "in the first cycle", "at the second discharge cycle", "the initial charge cycle": which cycle a value
# was read in, written as an ordinal word before the singular noun (a number before it is read above);
# the article is part of it, so that the phrase goes with the value it follows ("X in the first cycle and Y …")
_ORDINALS = {w: float(i) for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth".split(), start=1)} | {"initial": 1.0}
_ORDINAL_CYCLE = re.compile(rf"(?:\b(?:the|its|their)\s+)?\b({'|'.join(_ORDINALS)})\s+(?:(?:full|complete|[a-z/]*(?:charge|lithiation|"
                            rf"hydrogenation|sorption))\s+)?cycle\b(?!-)", re.I)


def _spelled_cycles(text: str) -> list[Group]:
    out: list[Group] = []
    if "ycle " in text or "ycle," in text or "ycle." in text or text.endswith("ycle"):
        for m in _ORDINAL_CYCLE.finditer(text):
            g = Group("cycles", [Number(_ORDINALS[m.group(1).lower()], m.start(), m.end())], None, m.start(), m.end())
            g.role, g.key = "condition", "cycles"
            out.append(g)
    if "ycles" not in text and "ions " not in text and "ions," not in text and "ions." not in text:
        # (most sentences: no cycle count at all, so no regex scan; "after four desorptions" counts runs)
        return out
    for m in _SPELLED_CYCLES.finditer(text):
        g = Group("cycles", [Number(SPELLED_NUMBERS[m.group(1).lower()], m.start(), m.end())], None, m.start(),
                  _CYCLES.match(text, m.end()).end() if _CYCLES.match(text, m.end()) else m.end())
        g.role, g.key = "condition", "cycles"
        out.append(g)
    return out


def _mark_cycles(text: str, gs: list[Group]) -> None:
    for g in gs:
        if g.unit is None and _CYCLES.match(text, g.end) and all(float(n.value).is_integer() for n in g.numbers):
            # ("for the 1st, 2nd and 5th discharges, respectively": a list of runs pairs with the values' list)
            g.respectively = g.kind == "list" and bool(_RESPECTIVELY.search(text, g.end))
            g.kind, g.role, g.key = "cycles", "condition", "cycles"
            g.end = _CYCLES.match(text, g.end).end()
        elif g.unit is None and all(n.ordinal for n in g.numbers) and re.search(r"\bcycl", text[g.end:g.end + 15]):
            g.kind, g.role, g.key = "cycles", "condition", "cycles"
