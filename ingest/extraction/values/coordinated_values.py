"""Values written side by side after a value of a property are further values of that property.

A chemist reading "the desorption temperature was lowered to 90 °C (first stage) and 149 °C (second
stage)", "360 K for A and 480 K for B", "380 °C for A, 350 °C for B and 340 °C for C" or "lowered to 240 °C
and 225 °C" takes every number as a value of the property named before the first: a coordinated value
carries no word of its own, and a test setting would be introduced by its own preposition ("at 300 °C",
"under 5 bar"). Read by its unit alone, a temperature looks like a test setting, so the later values were
lost; here they take the first value's property. A value said to be a difference ("90 °C lower") stays one.
"""
from __future__ import annotations

import re

from ingest.extraction.text.change_words import CHANGE_NOUN, COMPARATIVE, RELATIVE_PLACE
from ingest.extraction.text.comparison_words import CONTRAST_CONJUNCTION
from ingest.extraction.text.hedge_words import APPROX_ADVERB, APPROXIMATING, LIMITING, NEARLY, hedged
from ingest.extraction.text.quantity_text import C_FRACTION, Group, _dims

from .value_conditions import ROOM

# what may stand between two coordinated values: the gas ("5.8 wt% H2"), a label in brackets without a
# number ("(first-stage reaction)"), the sample it is for ("for 2LiBH4–MgH2", "for Li4(BH4)(NH2)3"),
# then the coordinating word; the second value may open with a hedge ("only", "about")
_LABEL = r"(?:\s*\([^()\d]{1,60}\))?"
_FOR_SAMPLE = r"(?:\s+(?:for|of|in|with)\s+(?:the\s+)?(?:[^\s,;]+\s+){0,5}?[^\s,;]+?)?"
_JOIN = rf"(?:\s*,\s*(?:(?:and|or|{CONTRAST_CONJUNCTION})\s+)?|\s+(?:and|or|versus|vs\.?|{CONTRAST_CONJUNCTION})\s+)"
_HEDGE = rf"(?:(?:{LIMITING}|{APPROXIMATING}|{NEARLY}|to)\s*)?"
# ("absorbs 2.1 wt% within 1 min, 3.3 wt% within 4 min": the setting each value was measured at; also a rate or a
# temperature written without a number of its own, "130 mAh/g at C/10 and …", "120 mAh/g at room temperature and …")
_SETTING = (rf"(?:\s+(?:at|in|within|after|under)\s+{hedged(APPROXIMATING)}?"
            rf"(?:\d[\d.]*\s*[^\s\d,;]+|{C_FRACTION.pattern}|{ROOM.pattern}))?")
# ("348 K upon heating and 340 K upon cooling": the run each value was read on)
_ON_RUN = r"(?:\s+(?:upon|on|during)\s+(?:the\s+)?[a-z]+ing)?"
COORDINATED_GAP = re.compile(rf"(?:\s+(?:H2|H|hydrogen))?{_SETTING}{_ON_RUN}{_LABEL}{_FOR_SAMPLE}{_JOIN}{_HEDGE}", re.I)

# the second value is a difference ("90 °C and 170 °C lower than …", "by 30 °C"), not a value of the property
# (the nouns of change: the ontology's ChangeWord scheme, its ChangeNoun)
_DIFFERENCE_AFTER = re.compile(rf"\s*(?:(?:and|or|,)\s*[\d.]+\s*\S+\s*)?(?:{COMPARATIVE}|"
                               rf"{RELATIVE_PLACE}|{CHANGE_NOUN})\b", re.I)
_DIFFERENCE_BEFORE = re.compile(rf"\b(?:by|of\s+{APPROX_ADVERB}|{CHANGE_NOUN}\s+of)\s*$", re.I)
# "performed at different temperatures (305 K, 373 K and 323 K)": a bracket of the tests' settings
_SETTINGS_BRACKET = re.compile(r"\b(?:at|under|within|in|after|over|during|with)\s+(?:[a-z][\w-]*\s+){0,3}\(\s*$", re.I)


def coordinated_value(text: str, first: Group, g: Group) -> bool:
    """Is ``g`` (read by its unit alone) a further value of ``first``'s property, written right after it?"""
    if first.role != "property" or first.key is None or not g.unit or not first.unit:
        return False
    if g.cues != ["property:unit"] or g.role not in ("condition", "property") or g.key == first.key:
        return False
    if _dims(g.unit) != _dims(first.unit) or g.start <= first.end:
        return False
    if not COORDINATED_GAP.fullmatch(text, first.end, g.start) \
            or _SETTINGS_BRACKET.search(text, max(0, first.start - 50), first.start):
        return False
    return not (_DIFFERENCE_AFTER.match(text, g.end) or _DIFFERENCE_BEFORE.search(text, max(0, g.start - 30), g.start))
