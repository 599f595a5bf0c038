"""The alloy a sentence means by 'this alloy' / 'the alloy' (item: a value on the wrong system).

A passage may name several materials of a storage metal ("the MgIn solid solution was put into a Mg3Ag alloy and
formed Mg5.7In0.3Ag") and then go on with "this alloy …". The noun says which one: the alloy the passage named
last, not the sample the paragraph was about before (which may be a composite of the solid solution the alloy grew
from). An alloy is a composition written as alloys are on a storage metal (``ontology.hosts.storage_alloy``) or a
material named with the alloy noun after it ("the Mg2Ni alloy"). The nouns come from the ontology (AlloyNoun).
"""
from __future__ import annotations

import re

from ontology.hosts import storage_alloy
from ontology.models import MaterialSystem

from .nlp import SYSTEM_LABEL, Mention, system_of
from .sample_words import ALLOY_NOUNS

# "this alloy", "the ternary alloy", "that hydrogenated alloy": a determiner and at most one lower-case word (a
# formula before the noun, "the Mg3Ag alloy", names the alloy itself)
_THIS_ALLOY = re.compile(rf"(?i:\b(?:this|that|the)\s+)(?:[a-z][a-z-]*\s+)?(?i:{ALLOY_NOUNS})\b")
_NOUN_AFTER = re.compile(rf"\s+(?i:{ALLOY_NOUNS})\b")


def refers_to_alloy(text: str, before: int) -> bool:
    """The sentence names its subject 'this alloy' (or 'the alloy') before ``before``."""
    return _THIS_ALLOY.search(text, 0, before) is not None


def last_alloy(text: str, ms: list[Mention]) -> MaterialSystem | None:
    """The last alloy ``text`` names, or None; none in a sentence that itself says 'this alloy' (the materials it
    names are the alloy's phases or products, not a new alloy)."""
    if _THIS_ALLOY.search(text) is not None:
        return None
    found = None
    for m in ms:
        if m.kind not in (SYSTEM_LABEL, "Material"):
            continue
        s = system_of(m.text)
        if s is not None and s.bare and (storage_alloy(s.host.formula) or _NOUN_AFTER.match(text, m.end)):
            found = s
    return found
