"""A value its sentence gives for a sample that received an additive, while the record holds none.

"LiAlH4 doped with transition metals releases hydrogen near 35 °C", "MgH2 catalysed by titanate nanotubes
lowered the onset to 250 °C", "with an added dopant of TiCl3 or LiH the alane decomposes below 100 °C": the value
is the doped sample's. When the reading could not join that additive to the record (a class of additives, a name
the ontology lacks, dopants listed apart from the host), the record left is the bare host's, or an additive's
own as if it were the host: a wrong record either way. Such a value is abstained on (issue 10): no record rather
than one on a sample the text says was not measured.

The words come from the ontology: the participles that give a sample its additive (hkg:AdditiveGivingParticiple,
before 'with' or 'by'), the nouns of an added material's part (hkg:AgentNoun: 'with an added dopant of …'), the
word beginnings of a material's form (hkg:MaterialForm: 'titanate nanotubes' names a material the ontology lacks).
English stays here: the prepositions, the articles, where a clause ends.
"""
from __future__ import annotations

import re
from functools import cache

from ingest.extraction.text.nlp import SYSTEM_LABEL, clean_text, mentions
from ontology.literal_patterns import literal_places, word_character
from ontology.models import Measurement
from ontology.quantities import number_places
from ontology.vocabulary import vocabulary

# (a record the sentence compares against, or a value set against another, is the reading of a baseline)
_BASELINE_CUES = ("baseline", "value:compared")
_MATERIAL_KINDS = ("Material", SYSTEM_LABEL)
# where the added material's words end: a clause break, a relative pronoun
_OBJECT_END = re.compile(r"[,;:]|\b(?:which|that|while|whereas)\b", re.I)
_BRACKETED = re.compile(r"\([^()]*\)")
_MAX_OBJECT = 60   # characters after 'with'/'by' the added material's name starts within


@cache
def _adding_phrase() -> re.Pattern[str]:
    """'doped with', 'catalysed by', 'with an added dopant of': the words before an added material."""
    vocab = vocabulary()
    participles = vocab.scheme_alternation("PreparationVerb", ("AdditiveGivingParticiple",))
    nouns = vocab.scheme_alternation("AgentNoun", ("DopantNoun", "CatalystNoun", "AdditiveNoun", "PromoterNoun"))
    return re.compile(rf"\b{participles}\s+(?:with|by)\b|\bwith\s+(?:(?:an?|the|some|added)\s+){{0,2}}{nouns}\s+of\b",
                      re.I)


@cache
def _form_word() -> re.Pattern[str]:
    return re.compile(rf"\b{vocabulary().scheme_alternation('MaterialForm')}\w*", re.I)


def unjoined_additive(m: Measurement, sentence: str) -> bool:
    """Does ``sentence`` give ``m``'s value for a sample that received an additive (a material or a form of one
    after 'doped with', 'catalysed by', 'with an added dopant of', before the value) that the reading cannot join
    (``_unreadable``) while ``m``'s system holds no additive, and names no host again between them and the value
    ('…, against 350 °C for pure MgH2')?"""
    if m.source.table or not sentence or m.system.additives or any(c.startswith(_BASELINE_CUES) for c in m.cues):
        return False   # (a record that holds an additive is never this one: decided before any text is read)
    if not _adding_phrase().search(sentence):
        return False   # (first, on the words as written: most sentences add nothing, and are cleaned only once)
    sentence = clean_text(sentence).text   # ('TiF<sub>3</sub>': the mentions' offsets are of the clean text)
    at = next((start for start, _ in number_places(m.value, sentence)), None)
    if at is None:
        return False
    found = [x for x in mentions(sentence) if x.kind in _MATERIAL_KINDS]
    # (a bracket's words belong to the added material before it: 'three chlorides (TiCl3, VCl3 and NbCl5)')
    unbracketed = _BRACKETED.sub(lambda b: " " * len(b.group(0)), sentence)
    for phrase in _adding_phrase().finditer(sentence[:at]):
        stop = _OBJECT_END.search(unbracketed, phrase.end(), at)
        end = stop.start() if stop else at
        named = [x for x in found if phrase.end() <= x.start < min(end, phrase.end() + _MAX_OBJECT)]
        head = sentence[phrase.end():min(end, phrase.end() + _MAX_OBJECT)]
        if not named and not _form_word().search(head):
            continue   # ('catalysed by ball milling': no material after the words)
        last = named[-1].end if named else phrase.end()
        if _unreadable(m, named) and not _host_again(m, sentence[last:at]):
            return True
    return False


def _unreadable(m: Measurement, named: list) -> bool:
    """Are the added material's words (its ``named`` mentions) none the reading can join: no material at all (a form
    of one the ontology lacks), a class of them ('transition metals'), or the record's own host (the dopant taken for
    the host)? (A named material the record lacks is left to the readers that join it.)"""
    vocab = vocabulary()
    return not named or any(x.term is not None and x.term in vocab and vocab.children(x.term) for x in named) \
        or any(x.text in {m.system.host.text, m.system.host.formula} for x in named)


def _host_again(m: Measurement, between: str) -> bool:
    """Is the record's host written again between the added material and the value?"""
    host = m.system.host
    return any(name and next(literal_places(between, name, joined_before=word_character, joined_after=word_character),
                             None) for name in {host.text, host.formula})
