"""A value said of a whole group of the passage's samples: "All five mixtures release their hydrogen near 300 °C",
"each of these composites takes up 4 wt%", "all these hydrides are insulators with gaps of 3.9–5.2 eV".

The sentence names no sample of its own: its subject is a quantified plural of a sample noun (the ontology's
GroupWord scheme before a SampleNoun or SolidKindNoun word), over several samples the passage named. The value is
the set's — a span over its members or a figure they share — and no one member's: the paragraph's last sample,
which the sentence would otherwise carry, is not what it is said of, nor can the text say which member holds which
end of a span. A record not made costs a chemist less than a wrong one (README, extraction contract): none is
written. A group over one sample ("MgH2 was milled with Ni. All the milled samples …") is that sample's, and a
sample the sentence names after the group's words ("of all the composites, MgH2–Ni reached …") takes the value.
"""
from __future__ import annotations

import re

from ingest.extraction.text.quantity_text import Group
from ontology.families import family_symbols
from ontology.models import Measurement
from ontology.system import host_formula
from ontology.vocabulary import vocabulary

from .prose_mentions import names_class

# the plural nouns a group of samples is named by ('mixtures', 'films', 'compounds', 'alloys'): the SampleNoun and
# SolidKindNoun words that end as plurals do (English, the readers' own: the schemes hold both numbers)
_PLURAL = "|".join(sorted({re.escape(w) for s in ("SampleNoun", "SolidKindNoun")
                           for w in vocabulary().scheme_words(s) if w.endswith("s") and not w.endswith("ss")},
                          key=lambda w: (-len(w), w)))
# the group's words: the quantifier, a determiner, up to five words ('all five light-metal borohydride …')
_LEAD = re.compile(rf"\b{vocabulary().scheme_alternation('GroupWord')}\s+(?:(?:the|these|those)\s+)?", re.I)
_HEAD = re.compile(rf"(?:[\w–-]+\s+){{0,5}}?(?:{_PLURAL})\b", re.I)
_HEAD_REACH = 60    # how far after the quantifier the group's noun (or a class of materials) is looked for
_CARRIED = ("system:continued", "system:fallback")
# the cue a value said of a group carries until the sentence's values are shared out
# (ingest/extraction/attribution/shared_values.py)
GROUP_SAID = "value:said-of-group"


def _group_end(text: str, lead: re.Match, ms) -> int:
    """Where the group the quantifier opens ends: its plural sample noun, else a class of materials named within
    reach ('all of these alanates': a mention whose term has narrower terms); -1 when the words name no group."""
    head = _HEAD.match(text, lead.end())
    if head is not None:
        return head.end()
    vocab = vocabulary()
    kinds = [m for m in ms if lead.end() <= m.start < lead.end() + _HEAD_REACH and m.term and vocab.children(m.term)]
    return kinds[0].end if kinds else -1


def said_of_group(text: str, g: Group, ms, systems, seen: list, cues: list[str]) -> bool:
    """Whether the value ``g`` is said of a group of several samples the passage named (see the module's note).
    Asked of a value that went to one sample (one the paragraph's samples set side by side each got, as prose reads
    'both' and 'each', keeps them). ``ms``: the sentence's mentions; ``systems``: its (mention, system) pairs;
    ``seen``: the passage's samples so far; ``cues``: how the value found its sample — only a sample carried from
    before ("system:context…", "system:continued") is given up: a sample the sentence names at the value ("… from
    3.5 eV in AlH3") is the value's."""
    if not any(c.startswith("system:context") or c in _CARRIED for c in cues):
        return False
    group = None
    for lead in _LEAD.finditer(text, 0, g.start):
        end = _group_end(text, lead, ms)
        if 0 <= end <= g.start:
            group = (lead.start(), end)
    if group is None:
        return False
    # (a sample named in the group's words or between them and the value is what the value is of; a class of
    # materials is the group's own noun)
    if any(group[0] <= m.start < g.start and not names_class(s) for m, s in systems):
        return False
    names = {s.name for s in seen}
    # (a bare host of a sample seen is that sample's part, no second member: "MgH2 … MgH2–Ni … all the samples")
    members = {s.name for s in seen if not (s.bare and any(t.name != s.name and host_formula(t) == host_formula(s)
                                                           for t in seen))}
    return len(members) >= 2 and len(names) >= 2


def shared_or_dropped(out: list[Measurement]) -> list[Measurement]:
    """The sentence's records, each value said of a group (``GROUP_SAID``) kept where it was shared out to several
    of the group's samples (each_of_them: "all three composites" after the three were named side by side), dropped
    where it stayed on the one sample it was carried to (unless that sample is a family, the group by its notation)."""
    said = [m for m in out if GROUP_SAID in m.cues]
    if not said:
        return out
    spread: dict[tuple, set[str]] = {}
    for m in said:
        spread.setdefault((m.property, m.value, m.value_max), set()).add(m.system.name)
    kept = []
    for m in out:
        if GROUP_SAID in m.cues:
            # (a family carried, 'xMgH2–(1−x)TiH2', is the group itself: its value stays the family's, as
            # ingest/extraction/attribution/family_members.py keeps a value said of the series)
            if len(spread[(m.property, m.value, m.value_max)]) < 2 and not family_symbols(m.system.name):
                continue
            m.cues = [c for c in m.cues if c != GROUP_SAID]
        kept.append(m)
    return kept
