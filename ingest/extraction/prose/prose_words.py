"""Word patterns several prose readers share: how a sentence names a baseline ('pristine', 'bare', 'alone'), a
comparison, a list, a cover, a change and its cause, an additive named after a value. Compiled once here so that every
reader of ``ingest.extraction.prose.prose`` sees the same words (the vocabulary in them comes from the ontology's word
schemes).
"""
from __future__ import annotations

import re

from ingest.extraction.text.amounts import AMOUNT, AMOUNT_GROUPS
from ingest.extraction.text.change_words import CHANGE_VERB
from ingest.extraction.text.comparison_words import COMPARED_WITH, CONTRAST_CONJUNCTION, THAT_OF, comparison
from ingest.extraction.text.copula import BE
from ingest.extraction.text.hedge_words import APPROX_SIGN, APPROXIMATING, LIMITING, NEARLY, hedged
from ingest.extraction.text.lacking import LACKING_NAMED_AFTER, NO_DECLINE
from ingest.extraction.text.preparation_words import CHANGE_EFFECT, OPENING_GERUND
from ingest.extraction.text.quantity_text import Group, _dims
from ingest.extraction.text.sample_words import BASELINE_WORDS, SAMPLE_NOUNS
from ingest.extraction.values.value_lists import FOR_SAMPLE
from ingest.extraction.values.value_roles import APPROX, APPROX_WORD
from ontology.vocabulary import vocabulary
from ontology.word_gate import gated

# a material that does something to the values: "X reduces/achieves/shows …"
ACTOR_AFTER = re.compile(r"(?:[\s,]+(?!and\b|or\b|than\b)[\w-]+){0,6}?[\s,]+(?:can\s+|could\s+|further\s+|effectively\s+|"
                          rf"significantly\s+|also\s+)*(?:{CHANGE_EFFECT}|achiev|demonstrat|exhibit|"
                          r"enabl|deliver|exploit|boost)\w*\b")


# "… at 55 °C in the adduct disappears", "… is suppressed": the value the clause says is done away with
GONE_AFTER = re.compile(r"[^.;,]{0,80}?\b(?:disappear\w*|vanish\w*|(?:is|are|was|were|gets?|got|becomes?|became)\s+"
                         r"(?:\w+ly\s+)?(?:suppressed|eliminated|removed|absent|gone)|no\s+longer)\b", re.I)


# "By adding MgO, …", "After doping with Ti, …", "Adding TiF3, …": a sentence opening with the addition (up to its comma)
FRONTED_ADDING = re.compile(rf"^\W*(?:(?:by|after|upon|on|when|through)\s+)?{OPENING_GERUND}\b[^,;:]*$", re.I)


FORMED = re.compile(r"\b(?:formation of|formed|forms?|into|to)\s+(?:the\s+)?$", re.I)


# "… from 150 to 95 °C in the first step and from 190 to 140 °C in the second", "…, while that of the second
# step from 205 to 151 °C": a second from–to pair joined to the first, with no words naming a quantity of its own
_ELLIPTIC_FROM = re.compile(r"\s*(?:(?:for|in|during|at|of)\s+[^,;.()\d]{0,60}?)?\s*,?\s*(?:and|while|whereas)\s+"
                            r"(?:(?:that|those)\s+(?:of|for|in)\s+[^,;.()\d]{0,40}?\s+|(?:for|in|during|of)\s+[^,;.()\d]{0,40}?\s+)?"
                            rf"from\s*{hedged(APPROXIMATING)}?", re.I)


def elliptic_change(text: str, last: Group, g: Group) -> bool:
    """Is g a from–to pair coordinated with the from–to pair ``last`` was named for, with no name of its own
    (its unit alone made it a condition, or nothing read it)?"""
    return g.kind == "change" and last.kind == "change" and last.role == "property" and bool(g.unit and last.unit) \
        and (g.role is None or g.role == "condition" and g.cues[-1:] == ["property:unit"]
             or g.role == "property" and g.key != last.key and _is_narrower(last.key, g.key)) \
        and _dims(g.unit) == _dims(last.unit) and _ELLIPTIC_FROM.fullmatch(text, last.end, g.start) is not None


def _is_narrower(key: str | None, than: str | None) -> bool:
    """("… in the second dehydrogenation step": words that name only the broader property the first pair's
    narrower one belongs to say which step, not another quantity)"""
    vocab = vocabulary()
    try:
        return bool(key and than) and vocab.is_a(vocab.property(key).id, vocab.property(than).id)
    except KeyError:
        return False


FROM_TO_REST = re.compile(rf"\s*(?:(?:for|of|in)\s+[^,;.]{{0,60}}?)?\bto\s*{hedged(APPROXIMATING)}?", re.I)


FROM = re.compile(rf"\bfrom\s*{hedged(APPROXIMATING)}?$", re.I)


# "160 kJ/mol (bulk MgH2) to 120 kJ/mol", "… (A) and 95 kJ/mol": a sample in brackets, then the next value
BRACKETED_NEXT = re.compile(r"\s*\([^()]{1,60}\)\s*,?\s*(?:to|and|,|versus|vs\.?|compared\s+(?:with|to))\s*"
                             rf"{hedged(APPROXIMATING, LIMITING)}?", re.I)


def after_name(*concepts: str, more: tuple[str, ...] = ()) -> str:
    """A group of the words after a sample's name that still name it ('MgH2 alone', 'the Mg–Ni composite', 'its
    pristine counterpart'): the ontology's NameTailWord scheme, the ``concepts`` a reader reads, then ``more``."""
    return vocabulary().scheme_alternation("NameTailWord", concepts, more)


# "118 kJ/mol (undoped NaAlH4)", "79 kJ/mol (for the MgH2–Nb2O5 sample)": a system in brackets right after a
# value, alone in them, is the value's label
LABEL_OPENS = re.compile(rf"\s*\(\s*(?:(?:for|of|in)\s+)?(?:the\s+)?(?:{BASELINE_WORDS}\s+)?", re.I)


LABEL_CLOSES = re.compile(rf"(?:\s+{after_name('AloneWord', 'SampleTailNoun', 'CompositeTailNoun', 'CellPartTailNoun')})?"
                           r"\s*\)", re.I)


TO_VALUE = re.compile(rf"\b(?:to|reach\w*|of)\s+{hedged(APPROXIMATING, LIMITING)}?$", re.I)


# ("… for composite C2N7", "for the sample S-2": a sample's noun may stand before the name the text gave it)
# ("… decreased from 340 °C to 280 °C for MgH2–10 wt% Ni": the sample a change's new value is of, right after it)
# ("… and 52 kJ/mol for the 4 wt% TiO2-doped LiAlH4": the loading its prefix is written after may stand between)
FOR_NEXT = re.compile(rf"\s*,?\s*{FOR_SAMPLE}\s+(?:the\s+)?(?:{SAMPLE_NOUNS}\s+)?(?:{AMOUNT}\s+(?:of\s+)?)?")


RELATIVE_OF = re.compile(r"\s*,\s*(?:whose|which)\b[^,;()]*")   # a relative clause on the mention, up to the value


# "MgH2 (160 kJ/mol)", "MgH2–Ni (Ea = 75 kJ/mol)": a value in brackets right after a system
# ("than that of bulk Mg hydride decomposition (75 kJ/mol)": the system's reaction named between, the ontology's
# nouns of a release or uptake run and of a compound's breakdown)
_RUN_NOUN = (f"{vocabulary().scheme_alternation('CycledProcessNoun', ('ReleaseRun', 'UptakeRun'))}"
             f"|{vocabulary().scheme_alternation('BreakdownNoun')}")


IN_PARENTHESES = re.compile(rf"(?:\s+{after_name('AloneWord', 'SampleTailNoun', 'CompositeTailNoun', 'CellPartTailNoun', 'SystemTailNoun', 'MixtureTailNoun', more=(_RUN_NOUN,))})?\s*(?:,\s*)?\(\s*(?:[A-Za-zΔα-ω][\w()]*\s*(?:=|:|of)\s*|[a-z]+(?:\s+at)?\s+|{APPROX_WORD}\s*)?")


# "(as-received LiAlH4: 153 °C)", "(3LiBH4–LiI alone: 0.08 mS cm−1)": a value labelled by the system before it
LABELLED = re.compile(rf"(?:\s+{after_name('AloneWord', 'SampleTailNoun', 'CompositeTailNoun', 'CellPartTailNoun', 'MixtureTailNoun')})?"
                       r"\s*:\s*" + APPROX)


# "ΔH(bulk) = 74 kJ/mol", "Ea,pristine = 160 kJ/mol", "T_bulk = 282 °C": the property's symbol labelled, in brackets or
# after a comma or an underscore, by a word of the unmodified sample
BARE_SUBSCRIPT = re.compile(rf"[A-Za-zΔα-ω]\w*\s*(?:\(\s*{BASELINE_WORDS}\s*\)|[_,]\s*{BASELINE_WORDS}\b)\s*[=:]\s*"
                             rf"{APPROX}$", re.I)


# "in contrast to the bulk MgH2 system at 282 °C", "compared with pure LiBH4 at 470 °C": the unmodified host set
# against the sentence's value, its own value right after it
BARE_COMPARED = re.compile(rf"\b(?:{COMPARED_WITH})\s+(?:the\s+)?{BASELINE_WORDS}\s+\S+"
                            rf"(?:\s+{after_name('AloneWord', 'SampleTailNoun', 'SystemTailNoun', 'CounterpartNoun')})?"
                            r"\s*,?\s*(?:at|of)\s*"
                            rf"{APPROX}$", re.I)


# "94 °C lower than the commercial sample (≈278 °C)", "compared with the pristine powder (350 °C)": the unmodified
# host set against the sentence's value by a word and a noun, its value in brackets after them
BARE_THAN = re.compile(rf"\b(?:than|{COMPARED_WITH})\s+(?:th(?:at|ose)\s+of\s+)?the\s+{BASELINE_WORDS}\s+[a-z][\w-]*"
                        rf"\s*\(\s*{APPROX}$", re.I)


# "(bulk: 176 kJ/mol)", "… for the undoped borohydride": the unmodified host, named by a word and no formula
BARE_LABELLED = re.compile(rf"\(\s*(?:the\s+)?{BASELINE_WORDS}(?:\s+[a-z][\w-]*)?\s*:\s*{APPROX}$", re.I)


BARE_BEFORE = re.compile(rf"(?=[fo])\b(?:of|for)\s+the\s+{BASELINE_WORDS}\s+[a-z][\w-]*\s*,?\s*"
                          rf"(?:(?:is|was|are|were|reaches|amounts to|lies|lay|appears|occurs|sits|falls|remains|stays)\s+"
                          rf"(?:(?:at|to|around|near)\s+)?|\(\s*)?{APPROX}$", re.I)  # "… of the pristine mixture lies at 287 °C"


# ("… than that of the pristine hydride (350 °C)": the value in brackets after the bare host's words is its value)
# "slightly smaller than the bulk value of 75 kJ/mol H2", "the value of the pristine hydride (75 kJ/mol)": a value
# noun the baseline word qualifies names the unmodified host's value
BARE_VALUE = re.compile(rf"(?=[t])\bthe\s+(?:{BASELINE_WORDS}\s+(?:values?|figures?)|(?:values?|figures?)\s+of\s+(?:the\s+)?"
                         rf"{BASELINE_WORDS}(?:\s+[a-z][\w-]*)?)\s*(?:of|is|was|at|\()?\s*{APPROX}$", re.I)


BARE_FOR = re.compile(rf"\b(?:for|of|in)\s+(?:the\s+)?{BASELINE_WORDS}\s+(?:composites?|samples?|materials?|mixtures?|"
                       rf"hydrides?|powders?|systems?|ones?|counterparts?|electrodes?|electrolytes?)\b", re.I)


NAMED_BARE = re.compile(rf"\b{BASELINE_WORDS}\s+(?:[a-z][\w-]*\s+)?$", re.I)


# "The additive-free hydride needs 345 °C …": the clause's subject is the unmodified host, named by a word
BARE_SUBJECT = re.compile(rf"(?:^|[.;:\n]\s*|,\s*(?:and|but|whereas|while)\s+|\b(?:whereas|while)\s+)(?:the\s+)?"
                           rf"{BASELINE_WORDS}\s+[a-z][\w-]*\s+(?:[a-z][\w-]*\s+){{1,6}}?{hedged(APPROXIMATING)}?$", re.I)


# ("for the bulk and confined samples": a list of samples, one of them bare, is no bare reference)
# ("… whereas only 3 wt% is released from the pristine sample": a passive verb of the value, then what gave it off)
BARE_AFTER = re.compile(rf"(?:\s+(?:(?:is|was|are|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn)\s+from))?"
                         rf"\s*(?:for|of|in|(?<=from))\s+(?:the\s+)?{BASELINE_WORDS}(?!\s*(?:,|and\b|or\b))\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*"
                         rf"|\s*\(\s*(?:for\s+)?(?:the\s+)?{BASELINE_WORDS}(?:\s+[a-z][\w-]*)?\s*\)"   # "156 kJ/mol (bulk)"
                         # "compared with 460 °C for the bulk.": the baseline word as the noun, the clause ending on it
                         # (or on the next value: "for the bulk and 90 kJ/mol for …", "for the bulk, 90 …")
                         rf"|\s*(?:for|of|in)\s+(?:the\s+)?{BASELINE_WORDS}(?=\s*(?:[.;)]|$)|,?\s+(?:and\s+)?(?:{APPROX_SIGN}\s*)?\d"
                         rf"|,?\s+(?:while|whereas|but)\b)", re.I)


# "the graphene-free sample", "the Nb2O5-free powder": the additive a sample is named free of
NAMED_FREE = re.compile(rf"\b([A-Za-z][\w()]*-free)\s+(?:[a-z][\w-]*\s+){{0,6}}?{hedged(APPROXIMATING)}?$", re.I)


# "(0.47 eV without SiO2)": the sample without the additive named
WITHOUT = LACKING_NAMED_AFTER


# a clause set against the value ("…, whereas undoped MgH2 …"): a system named there is its reference
CONTRAST = re.compile(rf"\b(?:{COMPARED_WITH}|{CONTRAST_CONJUNCTION}|compared|than|unlike|against|in contrast"
                       r"|(?:above|below) that of)\b", re.I)


# (a number, or one said as a word: "a transference number close to unity"; written to start at a digit or a 'u',
# so that the engine skips to them)
DIGIT = re.compile(r"[\du](?:(?<=\d)|(?<=\bu)nity\b)")


# between a reference and its own value: a verb or two, no clause break ("only", "shows just", "reaches")
# "smaller polarization than pristine MgH2 and delivered …", "by 125 °C below additive-free MgH2 …": the
# reference is the object of a comparison; what follows is the subject's (the sentence's sample)
SET_BELOW = re.compile(rf"\b(?:than|{COMPARED_WITH}|unlike|below|above|over)"
                        r"\s+(?:that\s+of\s+|those\s+of\s+)?(?:the\s+)?$", re.I)


# "begins at 235 °C, about 110 °C lower than for milled MgH2": a system named after the value in a
# comparison is the reference, not what the value is about
# ((?=[…]): the alternatives' first letters, which let a search pass other positions at once)
THAN_BETWEEN = comparison(r"\b[^;]*$")


COMPARED_OBJECT = comparison(rf"{THAT_OF}?\s+(?:the\s+)?(?:{BASELINE_WORDS}\s+)?(?:[a-z][\w-]*\s+)?$", more=("below", "above"))


# ("… for the decomposition of pure LiBH4": the reference's process named between)
FOR_ONLY = re.compile(r"\s*(?:,\s*)?(?:for|of|in)\s+(?:the\s+)?")


# ("whereas only 2.1 wt% is obtained for pure X", "… was absorbed by bulk MgH2": the passive verb between;
# "only 0.8 wt% is released from milled MgH2": after a passive verb, 'from' names what gave the hydrogen off;
# "only 0.2 wt% of hydrogen is released for the undoped alloy": the gas the amount is of said between)
FOR_BARE = re.compile(rf"(?:\s+(?:of\s+)?(?:hydrogen|H2|H₂)\b)?\s*(?:,\s*)?(?:(?:(?:is|was|are|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|nd|ht)\s+)"
                       rf"(?:for|of|in|by|from)|(?:for|of|in|by))\s+(?:the\s+)?(?:[a-z]+\s+of\s+(?:the\s+)?)?{BASELINE_WORDS}\s+", re.I)


# "6.2 wt% hydrogen was released from", "3 wt% H2 is desorbed from", "2.1 wt% hydrogen evolved from": hydrogen
# given off by what 'from' names (a passive verb, or an intransitive one in the past; an aside between commas
# may come before the verb: "4 wt% hydrogen, with some ammonia, was released from")
GIVEN_OFF_FROM = re.compile(r"\s*(?:(?:of\s+)?(?:hydrogen|H\s?2|H₂|D\s?2)\s*)?(?:,[^,;()]{1,60},\s*)?(?:(?:is|was|are|were|has\s+been|have\s+been)\s+)?"
                             rf"(?:\w+ly\s+)?[a-z]+ed\s+from\s+(?:the\s+)?(?:{BASELINE_WORDS}\s+)?")


HYDROGEN_GAS = re.compile(r"\bhydrogen\b|H\s?2|H₂|D\s?2")


# the words a sentence may open with before its subject ("The mixed salt X …", "In contrast, the X …"): no verb
SUBJECT_LEAD = re.compile(r"\W*(?:(?:in\s+contrast|however|moreover|furthermore|here|notably|similarly|thus),?\s+)?"
                           r"(?:(?:the|a|an|this|our|its|their)\s+)?(?:[a-z][\w-]*\s+){0,3}?", re.I)


# ", and it shows …", "; it reaches …": a clause whose subject is a pronoun, between the last material and the value
IT_CLAUSE = re.compile(r"(?:,\s*(?:and|while|but)|;)\s+it\s+(?![^,;]*\b(?:than|compared|unlike|versus|vs)\b)[^,;]*$", re.I)


OWN_VALUE_GAP = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:only|just|merely|shows?|showed|reaches|reached|exhibits?|"
                            rf"exhibited|has|had|gives?|gave|delivers?|delivered)(?:\s+(?:{LIMITING}|{APPROXIMATING}))?\s*")


# a unit written in a form the unit parser rewrites: "kJ mol(-1)", "º C", "degrees C", "wt.-%", "mass%", "per"
RESPELLED = re.compile(r"\(\s*[-+−–]?\s*\d+\s*\)|[º˚]|\bdeg(?:rees?|\.)|[Cc]elsius|\b(?:mass|weight)\s*\.?\s*%"
                        r"|\bwt\s*\.\s*-?\s*%|\bper\b|\*\*")


# "via B–O bonds", "the Mg–H bond": two atoms joined by a dash and named a bond, no material
BOND_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?bonds?\b|\s+bonding\b", re.I)


# "Pure MgH2, in contrast, releases …": a contrast set off by commas right after the subject sets the subject
# against what came before, not against its own value
# the adverbs that set a clause against the one before ('in contrast', 'conversely'), one spelling for both readers
CONTRAST_ADVERB = r"(?:(?:in|by)\s+contrast|conversely|on\s+the\s+other\s+hand)"


# "Extrapolation of the isotherm data yields a predicted …", "fits of the measured data give …": a value worked out
# from the sample's own measurements is the sample's, though the sentence calls it predicted
FROM_MEASURED_DATA = re.compile(r"\bextrapolat\w*|\b(?:measured|experimental|isotherm|kinetic)\s+data\b", re.I)


# a value its own clause calls measured ("compared with the measured value of 108 kJ/mol"): no calculation, whatever
# the passage computed (the words: the ontology's MeasurementWord scheme)
SAID_MEASURED = re.compile(rf"\b{vocabulary().scheme_alternation('MeasurementWord', ('MeasuredInClauseWord',))}\b", re.I)


# "… 650 K of the MgH2 with MoO2 and 640 K of that with MoS2", "the one with Co", "those containing 5 wt% TiO2": a
# pronoun for the sample just named, with another additive in place of its own (the words before the additive)
_THAT_WITH_WORDS = (r"\b(?:that|those|the\s+ones?)\s+(?:with|containing)\s+(?:[\d.]+\s*(?:wt|mol|at|vol)\s*\.?\s*%\s*"
                    r"(?:of\s+)?)?")


THAT_WITH = re.compile(rf"{_THAT_WITH_WORDS}$", re.I)


# ("640 K of that with MoS2": the value of the sample the pronoun names, right after it)
OF_THAT_WITH = re.compile(rf"\s*(?:of|for|in)\s+{_THAT_WITH_WORDS}", re.I)


DENOTED_LIST = gated(re.compile(r"(?=[adhlnr])\b(?:denoted|labell?ed|designated|referred\s+to|named|hereafter|abbreviated)\s+(?:as\s+)?(?=\S)", re.I))


# "typically", "in general": what a host does as such, not what the paragraph's sample did
# ((?=[…]): the first letters of the alternatives, which lets a search pass other positions at once)
# ("MgH2 is known to desorb above 400 °C", "it is well known that …": what is known of the host is general)
# (the words: the ontology's GeneralityWord scheme, every concept; its adverbs alone are
# ingest.extraction.values.class_values')
GENERAL = gated(re.compile(rf"\b{vocabulary().scheme_alternation('GeneralityWord', spaced=True)}\b", re.I))


# "NaAlH4 is the only complex hydride that …", "LiBH4 is one of the lightest hydrides, with …", "MgH2 is a cheap
# hydride holding …": the compound set in its class by 'is/are' in the present tense, what it is in general, not
# what the paragraph's sample did (English, no vocabulary: the class nouns a text sets a compound among)
CLASS_STATEMENT = gated(re.compile(r"(?=[ia])\b(?:is|are)\s+(?:the\s+only|one\s+of\s+the|among\s+the|the\s+\w+est|an?)\s+"
                                    r"(?:[\w-]+\s+){0,3}?(?:\w*hydrides?|compounds?|materials?|candidates?)\b", re.I))


# "The measured X of LiBH4 of 2.0 V agrees well with the value predicted by first-principles calculations": a value of
# the host set beside a computation's is the compound's own, not the paragraph's sample's (agreement in English; the
# computation's words: the ontology's ComputationWord scheme)
AGREES_WITH_COMPUTED = gated(re.compile(
    r"\b(?:agree[sd]?|agreement|consistent\s+with|in\s+line\s+with|match(?:es|ed)?|accords?)\b[^.;]{0,60}?"
    rf"{vocabulary().scheme_alternation('ComputationWord', ('ComputingWord', 'CalculatedWord'))}\b", re.I))


# "For comparison, …", "As a reference, …": a sentence about a reference sample, set aside from the passage's own
ASIDE = gated(re.compile(r"\W*(?:for|by|in|as\s+a)\s+(?:comparison|reference|control)\b", re.I))


# "This allows …", "These samples …", "It …": the sentence goes on about what the one before described
ANAPHOR_START = re.compile(r"\W*(?:this|these|such|it|they|both)\b", re.I)


# "…, whereas LiBH4 …", "but bare MgH2 …": the host named again is set against the sample
# (the words before a mention that set it apart; named apart from CONTRAST, which it used to shadow)
# ("8.9 wt%, without degradation after 25 cycles, was reached by the composite": a decline it did not have sets no
# sample apart)
SET_APART_BEFORE = gated(re.compile(rf"\b(?:{CONTRAST_CONJUNCTION}|unlike|in contrast|instead|without\s+{NO_DECLINE}|only)\b"
                                     r"[^.;]*$", re.I))


SET_AT = re.compile(rf"(?=[abfiotuw])\b(?:at|under|to|from|in|between|within|for|after|over)\s*{hedged(APPROXIMATING)}?$", re.I)


# "… at 300 °C of X changed from 0.10 to 0.15 MPa", "… fell from": a verb of the value's own change before its
# 'from' (not a treatment's span: "heated from 25 to 400 °C" sets the temperature the step ran over)
# (the programme verbs: the ontology's ProgrammeVerb words; the irregular past forms of a change are English)
CHANGED_FROM = re.compile(rf"\b(?:(?!{vocabulary().scheme_alternation('ProgrammeVerb')})[a-z]+(?:ed|es|s)|rose|fell|went|grew|sank)"
                           r"\s+from\s*$", re.I)


# a copula between that setting and the value ("… at 300 °C was 0.12 MPa", "… under 10 bar reached 5 wt%")
# (the gas a pressure is of, named after it, belongs to the setting: "… at 1 bar of hydrogen was estimated to be 170 °C")
COPULA_GAP = re.compile(r"(?:\s*(?:of\s+)?(?:hydrogen|H2|H₂)\b)?"
                         rf"\s*,?\s*(?:is|was|were|are|amount(?:s|ed|ing)\s+to|{BE}\s+equal\s+to|equals?|"
                         r"reach(?:es|ed)|(?:has\s+|had\s+)?been|"
                         rf"{BE}\s+(?:found|determined|measured|calculated|estimated|predicted|computed)"
                         r"\s+(?:to\s+be|as|at))"
                         rf"\s*(?:{APPROXIMATING}|{LIMITING})?\s*", re.I)


# the gap ending in that copula ("… of MgH2 was estimated at …"): the 'at' of a copula sets nothing
COPULA_ENDS = re.compile(rf"(?:^|(?<=\s))(?:{COPULA_GAP.pattern})$", re.I)


# "68 kJ/mol and 122 J/(mol K)": nothing but 'and' between two values
AND_NEXT = re.compile(r"\s*(?:,|,?\s*and)\s+")   # (", " too: "74 kJ/mol, 135 J/(mol K), 64 kJ/mol and …")


# "313 µAh/cm2 (~2900 mAh/g)": nothing but an opening bracket (and a hedge) between a value and the next one
BRACKET_NEXT = re.compile(rf"\s*\(\s*{APPROX}")


# "the first event peaks near 110 °C, the second near 150 °C", ", the second one at 165 °C": an
# ordinal standing for the noun of the value before it, with no verb or name of its own — the same property
ORDINAL_ELLIPSIS = re.compile(r"\s*(?:,|;)?\s*(?:and\s+|while\s+|whereas\s+)?(?:the\s+)?(?:second|third|fourth|"
                               r"next|last|final|latter|other)(?:\s+(?:one|step|stage|peak|event|process))?\s*,?\s*"
                               rf"(?:at|of|near|around|by|to)?\s*(?:{APPROXIMATING}|{NEARLY})?\s*",
                               re.I)


# "The peak temperature of MgH2 is 350 °C and that of LiBH4 is 450 °C": 'that of' stands for the noun of the
# value before, said of another sample — the same property, whatever the unit alone would make it
# "… lay at 141 °C for CeCl3 and at 166 °C for TiCl3": a second value of the same quantity given, like the first, for
# a sample named after it, its name and verb left out (the same 'for' or 'with' after both values)
FOR_EACH_ELLIPSIS = re.compile(r"\s*(?:for|with)\s+(?![\d.])[^,;.()]{1,50}?\s*[,;]?\s*(?:and|but|while|whereas)\s+"
                                rf"(?:at|of|near|around|to|by)?\s*(?:{APPROXIMATING}|{LIMITING})?\s*$",
                                re.I)


# "… is 405 °C for the bare hydride but drops to 345 °C for the doped one": a clause joined after the value that leaves
# its subject out and says only how the quantity changed — the value it changes to is of the property the first named
# (a subject of its own before the verb, "and the temperature was raised to 350 °C", is a setting, not this)
CHANGED_ELLIPSIS = re.compile(r"\s*(?:(?:for|of|with|in)\s+(?![\d.])[^,;.()]{1,50}?)?\s*[,;]?\s*(?:and|but|while|whereas|yet)\s+"
                              r"(?:(?:it|then|is|was|are|were|has|have|had|been|[a-z]+ly)\s+)*"
                              rf"(?:{CHANGE_VERB})\w*\s+(?:down\s+|up\s+|further\s+)?to\s*{hedged(APPROXIMATING, LIMITING)}?\s*$",
                              re.I)


FOR_EACH_AFTER = re.compile(r"\s*(?:for|with)\s+[^\s\d.]", re.I)   # (not a time: "… for 2 h and at …")


THAT_OF_ELLIPSIS = re.compile(r"\s*[,;]?\s*(?:and|but|while|whereas)\s+(?:that|those)\s+(?:of|for)\s+[^,;.()]{1,60}?\s+"
                               r"(?:is|was|are|were|reache[sd]|amounts?\s+to|(?:lies|lay)\s+at|at)\s*"
                               rf"(?:{APPROX_WORD}|{LIMITING})?\s*$", re.I)


# "LiH with an ionic conductivity of", "LiBH4, which has a high conductivity of": a material's own value phrase
# ("first, MgH2 is formed with a reaction enthalpy of …": the phase's own formation, said with its verb)
OWN_VALUE_PHRASE = re.compile(r"\s*,?\s*(?:(?:is|are|was|were|being)\s+(?:[a-z]+ly\s+)?(?:formed|produced|generated)\s+)?"
                               r"(?:with|having|which\s+(?:has|shows|exhibits|displays))\s+(?:an?\s+|the\s+|its\s+)?"
                               rf"(?:[a-z][\w-]*\s+){{1,4}}?(?:of|=)\s*{hedged(APPROXIMATING, LIMITING)}?", re.I)


# the words between two values of one list: "2140 mAh/g and 10.5 wt%", "…, 7.6 wt%, and 2038 mAh/g"
LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


ELECTROLYTE = "SolidElectrolyte"


THAN_BEFORE = re.compile(r"(?<!compared with )(?<!compared to )(?<!versus )(?<!vs\. )(?<!vs )(?<!against )"
                          r"\b(?:higher|lower|more|less|greater|smaller|larger|faster|slower)\s+than\s*$", re.I)


# ("compared with only 2.1 wt% for pure MgH2": a hedge that plays the reference's value down, before it)
COMPARISON = comparison(rf"{THAT_OF}?\s*(?:the\s+|that\s+|those\s+)?(?:{LIMITING}\s+)?"
                         rf"{hedged(APPROXIMATING)}?"
                         # ("versus below 100 mAh/g for MgH2": the reference's value, given as a bound)
                         r"(?:(?:below|above|under|over|up to|(?:less|more|lower|higher) than)\s+)?$", more=("against",))


# (the ontology's EffectVerb scheme: ChangeStem)
CHANGE_VERB = re.compile(rf"\b{CHANGE_EFFECT}\b", re.I)


# "the 9.1 wt%", "this 6.3 wt%": a value with a determiner before it, one the text has given already
DETERMINED = re.compile(r"\b(?:the|this|that|these|those)\s+(?:same\s+)?$", re.I)


# "… to 84.1 kJ/mol next to a Ti dopant", "… with an Nb dopant": a computed value at the site of a dopant the
# sentence names after it is the doped host's
# ("… 86 kJ/mol for Ti2C doping", "… 86 kJ/mol upon Nb addition": the adding named after the material)
DOPANT_AFTER = re.compile(r"\s+(?:dopants?|doping|addition)\b", re.I)


# "… 86 kJ/mol for doping Ti2C", "… after doping 5 wt% V": the transitive gerund before the material it puts in
# (a hydride after it is doped, no additive: those are passed over above)
DOPING_GERUND = re.compile(rf"\b(?:doping|adding)\s+(?:of\s+)?(?:{AMOUNT_GROUPS}\s*(?:of\s+)?)?$", re.I)


LAYER_KEYS = ("film_thickness",)
