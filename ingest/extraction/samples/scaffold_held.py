"""A hydride the passage puts in a scaffold it named apart: "CMK-3 served as the host for LiBH4", "We used SBA-15 silica
as a scaffold. LiBH4 was infiltrated from the melt."

The sentence that names the hydride says it went into a scaffold without naming the scaffold beside it (the scaffold is
named by its function, 'as the host for', or in an earlier sentence of the passage, ``referents.scaffolds_named``): the
hydride so named is the sample in the passage's last scaffold, which a later "the confined composite", "the
nanoconfined sample" or "the infiltrated hydride" then points back to. A confining verb with its own destination
("infiltrated into the aerogel") is the sample reader's; a hydride named beside a scaffold it is not put in ("LiBH4 and
SBA-15 were dried") stays bare.
"""
from __future__ import annotations

import re

from ontology.models import MaterialSystem
from ontology.vocabulary import vocabulary

_CONFINING_HEAD = vocabulary().scheme_alternation("GenericHead", ("ConfiningHead",))
_CONFINING_STEM = vocabulary().scheme_alternation("PreparationVerb", ("ConfiningStem",))
# "… served as the host for LiBH4", "used as a scaffold of Mg(BH4)2"
_HOST_FOR_BEFORE = re.compile(rf"\bas\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:{_CONFINING_HEAD})\s+(?:for|of)\s+$", re.I)
# "LiBH4 was infiltrated from the melt", "NaAlH4 was then melt-impregnated": the verb with no destination after it
_CONFINED_AFTER = re.compile(rf"\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:then\s+|subsequently\s+)?"
                             rf"(?:[\w]+-)?(?:{_CONFINING_STEM})\w*\b", re.I)
_DESTINATION = re.compile(r"\b(?:in|into|inside|within|onto|on)\s", re.I)
_SENTENCE_END = re.compile(r"[.;]\s")


def held_in_named_scaffold(text: str, m, s: MaterialSystem, scaffolds: list[MaterialSystem]) -> str | None:
    """The name of the scaffold the bare hydride ``s`` (mention ``m``) is put in, when the sentence says it went into a
    scaffold the passage named apart (``scaffolds``, the last one), else None."""
    if not scaffolds or not s.bare:
        return None
    if _HOST_FOR_BEFORE.search(text, max(0, m.start - 60), m.start):
        return scaffolds[-1].name
    verb = _CONFINED_AFTER.match(text, m.end)
    if verb is None:
        return None
    end = _SENTENCE_END.search(text, verb.end())
    return None if _DESTINATION.search(text, verb.end(), end.start() if end else len(text)) else scaffolds[-1].name
