"""A value set against another in a contrast clause is a value of the same, narrower property.

"A takes up 4.0 wt% H2 within 10 min, while for B and C only 3.0 and 2.65 wt% hydrogen content can be
obtained, respectively": the contrast ("while", "whereas", "compared with", "in contrast") compares one
quantity across samples, so the second clause's broader name ("hydrogen content") or its unit alone stands
for the first value's property (the absorbed capacity), not a property of its own. A value of another
family, or one said on another basis ("while its theoretical capacity is 7.6 wt%"), keeps its own reading.
"""
from __future__ import annotations

import re

from ingest.extraction.text.comparison_words import COMPARED_WITH
from ingest.extraction.text.quantity_text import Group, _dims
from ontology.vocabulary import vocabulary

from .property_cues import cue_table, stems
from .value_roles import APPROX, value_basis

# the words that set a clause against the one before it (English, not vocabulary)
_CONTRAST = re.compile(rf"\b(?:{COMPARED_WITH}|while|whereas|in\s+contrast|than|but)\b", re.I)
# a new sentence-like part ends the comparison
_BREAK = re.compile(r";|\.\s")


def contrast_narrowed(text: str, first: Group, g: Group, clause_start: int) -> bool:
    """Is ``g`` (a value after ``first``, across a contrast word) of ``first``'s property, its own reading
    being that property's broader family or its unit alone? Sets g.key when it is."""
    if first.role != "property" or g.role != "property" or not first.key or not g.key or first.key == g.key:
        return False
    if not g.unit or not first.unit or _dims(g.unit) != _dims(first.unit) or g.start <= first.end:
        return False
    gap = text[first.end:g.start]
    if not _CONTRAST.search(gap) or _BREAK.search(gap):
        return False
    if not _broader(g.key, first.key) or _named_apart(gap, g.key, first.key):
        return False
    own = value_basis(text[max(0, g.start - 80):g.start])
    if own != value_basis(text[max(clause_start, first.start - 80):first.start]):
        return False
    g.key = first.key
    g.cues.append("property:contrast")
    return True


# "much lower than that of the pristine hydride (350 °C)": the reference of a comparison named in words, its
# value in brackets after them
_REFERENCE_BRACKET = re.compile(rf"\b(?:than|{COMPARED_WITH})\s+(?:that|those|the\s+values?)\s+of\s+"
                                r"(?:the\s+)?(?:[^\s();.,]+\s+){0,2}[^\s();.,]+\s*\(\s*" + APPROX + "$",
                                re.I)
# (three words at most name the reference: "the as-received alanate", "pure MgH2"; a longer phrase, "MgH2 milled
# under argon", may describe a sample the value's system is not read from)


def compared_in_brackets(text: str, first: Group, g: Group) -> bool:
    """Is ``g`` (read as a setting by its unit alone) the value of the reference ``first`` is compared with, in
    brackets after the reference's words? It is then a value of ``first``'s property: sets g's role and key."""
    if first.role != "property" or not first.key or g.role != "condition" or g.start <= first.end:
        return False
    if not g.unit or not first.unit or _dims(g.unit) != _dims(first.unit):
        return False
    gap = text[first.end:g.start]
    if _BREAK.search(gap) or not _REFERENCE_BRACKET.search(gap):
        return False
    g.role, g.key = "property", first.key
    g.cues.append("property:compared")
    return True


def _named_apart(gap: str, key: str, first: str) -> bool:
    """Does the value's own clause (the words after the last contrast word of ``gap``) say a whole label of
    ``key`` holding a word no label of ``first`` has? 'the first lithiation gave 1500 mAh/g, but the reversible
    capacity fell to 300 mAh/g': the second clause names its own, broader quantity apart from the first one's
    ('reversible' is no word of a discharge capacity), while 'only 3 wt% hydrogen content' names the first's
    quantity by words its labels share."""
    opens = list(_CONTRAST.finditer(gap))
    words = set(stems(gap[opens[-1].end():])) if opens else set()
    table = cue_table()
    first_words = {w for label in table.get(first, []) for w in label}
    return any(label and set(label) <= words and not set(label) <= first_words for label in table.get(key, []))


def _broader(key: str, than: str) -> bool:
    """Is ``key`` a strict ancestor of ``than`` in the ontology's property hierarchy?"""
    vocab = vocabulary()
    try:
        return vocab.is_a(vocab.property(than).id, vocab.property(key).id)
    except KeyError:
        return False
