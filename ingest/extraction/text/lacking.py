"""What a sample is said to lack: "MgH2 without TiO2", "in the absence of any catalyst", "LiBH4 free of
carbon", "Without TiF3, the powder …", "the graphene-free sample".

The words live here once; ``ingest.extraction.samples.samples`` (the bare host named by what it lacks),
``ingest.extraction.prose.prose`` (a reference set apart from the value's sample),
``ingest.extraction.attribution.referents`` (the sample without one of its additives, ``referents.free_of``) and
``ingest.extraction.values.value_lists`` ("… without the catalyst") read them; the nouns for what was added come from
the ontology's AddedNoun scheme. This module imports nothing of the readers so that each of them may use it.
"""
from __future__ import annotations

import re

from ontology.vocabulary import vocabulary
from ontology.word_gate import gated

# the words before what a sample is made without
LACKING = r"(?:without|in\s+the\s+absence\s+of|free\s+(?:of|from))"

# "without any loss of capacity", "without degradation after 25 cycles": what a sample kept, not what it lacks (the
# nouns of a decline: the ontology's DeclineNoun scheme, read as word beginnings); put right after 'without'
NO_DECLINE = (r"(?!(?:any\s+|an?\s+)?(?:[a-z]+\s+)?"
              rf"{vocabulary().scheme_alternation('DeclineNoun', ('PropertyDeclineNoun',))})")
# "MgH2 without any oxide", "LiBH4 without TiO2", "Mg2Ni alone": the host named by what it lacks is the bare
# reference (not "MgH2 without any loss of capacity": what it kept)
LACKING_AFTER = gated(re.compile(rf"\s*(?:\(\s*)?(?:(?:samples?|powders?|materials?)\s+)?(?:alone\b|{LACKING}\s+"
                           rf"{NO_DECLINE})", re.I))
# "Without TiF3, the MgH2 powder …", "In the absence of any catalyst, LiAlH4 …": a clause fronted by what
# the sample lacks names the bare host after it (the words up to the comma are what it lacks)
LACKING_FRONTED = gated(re.compile(rf"(?:^|[.;]\s+)\W*{LACKING}\s+[^,;.]{{1,60}},\s*"
                             r"(?:(?:the|a|an|as-\w+|pure|bare|plain)\s+)?$", re.I))
# "Without CeCl3, only 3.9 wt% is reversible": a sentence fronted by what its sample lacks with no host after
# the comma (the passage's sample is meant); ``add`` is what it lacks
FRONTED_WITHOUT = re.compile(rf"^\W*{LACKING}\s+(?:the\s+|any\s+)?(?P<add>[^\s,;)]+)\s*,", re.I)
# "LiBH4 without TiO2 was 160 kJ/mol": the words right before a material the host is said to lack
LACKED_BEFORE = re.compile(rf"\b{LACKING}\s+(?:any\s+|the\s+|an?\s+)?(?:[a-z][\w-]*\s+)?$", re.I)
# "(LiBH4 alone: …)", "LiBH4 without SiO2", "(LiBH4: …)": the words after a host that set it apart
SET_APART_AFTER = re.compile(rf"\s*(?:alone\b|:|{LACKING}\b)")
# "additive", "catalysts", "doping": the nouns for what a study added (the ontology's AddedNoun scheme), longest first
_ADDED = vocabulary().scheme_alternation("AddedNoun")
# "without it", "without the catalyst", "in the absence of any additive", "free of the metal dopants": what the
# sample lacks is all that was added to it (also written with no article where the noun ends the clause: "against
# 2 wt% without catalyst.", not "without catalyst poisoning")
LACKING_ADDED = (rf"{LACKING}\s+(?:it|them|(?:the|any|a|an)\s+(?:[\w-]+\s+)?(?:{_ADDED})"
                 rf"|(?:{_ADDED})(?=\s*(?:[,.;:)]|$)))\b")
# "(0.47 eV without SiO2)", "for the sample in the absence of TiF3": the word after, what the sample lacks
LACKING_NAMED_AFTER = re.compile(rf"\s*(?:for\s+the\s+sample\s+)?{LACKING}\s+(?:the\s+|any\s+)?(?P<add>[^\s,;)]+)")
# "the composite without graphite", "the sample in the absence of the ACNF": after a sample's noun, what it lacks
LACKING_NAMED = re.compile(rf"\s+{LACKING}\s+(?:the\s+|any\s+)?", re.I)


def says_lacking(text: str) -> bool:
    """Might ``text`` say what a sample lacks (a cheap test before the patterns)?"""
    return "without" in text or "absence" in text or "free " in text


# "graphene-free", "Nb2O5-free": one word naming the additive a sample lacks
FREE_WORD = re.compile(r"(?P<add>.+)-free", re.I)
