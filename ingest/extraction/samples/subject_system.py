"""The abstract's subject system: the modified sample a passage is about, and the words that still mean it.

An abstract names its sample once with everything in it ("MgH2 co-doped with NiO and CeO2", "LiBH4
confined in porous carbon", "the Mg(NH2)2–2LiH composite with KOH") and then speaks of it by shorter
names. A hydride chemist reading on keeps the additives on the sample when a later sentence

- names the host bare together with the sample's own additives ("milled MgH2 after adding 2 mol% of
  both oxides"): the same sample, not a new study of the bare host;
- names one part of the sample as a part of it ("the MgH2 in the composite decomposes first", "the LiH
  within this mixture"): the sample, whose part reacts, not a new study of that part;
- speaks of a state the sample reached ("the dehydrogenated product", "the dehydrided sample",
  "the rehydrided composite"): the sample itself after a step of the experiment, although the
  sentences between described phases it formed ("MgH2 decomposes to Mg") and named them as hydrides.

The words here are English (how a text refers back to its sample); what is a host or an additive comes
from the sample the text built with the ontology (ingest/extraction/samples/samples.py).
"""
from __future__ import annotations

import re

from ingest.extraction.text.sample_words import SEVERAL_NOUNS
from ontology.models import MaterialSystem
from ontology.system import host_formula
from ontology.vocabulary import vocabulary
from ontology.word_gate import gated

# "the dehydrogenated product", "the dehydrided samples", "the re-hydrogenated composite", "the
# decomposed residue": a state of the sample the experiment produced, named without a formula (the words: the
# ontology's SampleStateWord scheme)
STATE_OF_SAMPLE = gated(re.compile(
    r"\b(?:the|this|these)\s+(?:(?:fully|partially|completely)\s+)?"
    rf"(?:de|re|re-)?{vocabulary().scheme_alternation('SampleStateWord', ('StateParticiple',))}\s+"
    rf"(?:[a-z][\w-]*\s+)?{vocabulary().scheme_alternation('SampleStateWord', ('StateNoun',))}\b",
    re.I))


def state_of_sample(text: str, named_hydrides: list[MaterialSystem],
                    sample: MaterialSystem | None) -> MaterialSystem | None:
    """The passage's modified ``sample`` when the sentence speaks of a state it reached ("the dehydrogenated
    product absorbed …") and names no hydride sample of its own; else None."""
    if sample is None or sample.bare or named_hydrides or not STATE_OF_SAMPLE.search(text):
        return None
    return sample


def names_its_additives(formulas: set[str], sample: MaterialSystem | None) -> bool:
    """Does the sentence name every additive of the passage's modified ``sample`` (``formulas``: those it
    names)? Then a bare mention of the host in it is that sample ("milled MgH2 … after adding V2O5 and
    TiF3"), not the host studied anew."""
    return sample is not None and bool(sample.additives) and all(a.formula in formulas for a in sample.additives)


# "the MgH2 in the composite", "LiH within this mixture", "the LiBH4 phase of the RHC": a part named as a part
# of a sample made of several
_IN_THE_SAMPLE = re.compile(rf"\s+(?:(?:phase|component|part|constituent)\s+)?(?:in|within|inside|of)\s+"
                            rf"(?:the|this|that|our|each)\s+(?:[a-z][\w-]*\s+)?"
                            rf"(?:{SEVERAL_NOUNS.pattern}|samples?|systems?|RHCs?)\b", re.I)


def part_in_sample(text: str, systems: list, sample: MaterialSystem | None) -> list:
    """The sentence's (mention, system) pairs with a bare part of the passage's modified ``sample`` named as a
    part of a sample ("The MgH2 in the composite decomposes first") read as that sample."""
    if sample is None or sample.bare or " in" not in text and " of" not in text:
        return systems
    parts = {c.formula for c in sample.components}
    return [(m, sample if s.bare and host_formula(s) in parts and _IN_THE_SAMPLE.match(text, m.end) else s)
            for m, s in systems]
