"""The words a text names a sample by instead of its materials: the bare host, the baseline of a comparison
("pristine MgH2", "the undoped sample", "additive-free LiBH4", "as-received MgH2"), and the nouns for a
prepared sample ("the composite", "both specimens"). One pattern of each for every reader of samples, built
from the ontology's BaselineWord and SampleNoun schemes (ontology/materials.ttl)."""
from __future__ import annotations

import re

from ontology.vocabulary import vocabulary

# "additive-free", "carbon-free": a sample named by what it is without (English, not vocabulary). A formula before
# "-free" ("SiO2-free") is read so only where a single word is asked (FREE_OF_FORMULA): in running text "the
# ZrO2-free Li2B12H12–LiI" would leave the sample named after it holding what it is free of.
_FREE_OF = r"[a-z]+-free"
FREE_OF_FORMULA = r"[\w()]+-free"


def _alternatives(scheme: str, concepts: tuple[str, ...], *more: str) -> str:
    """One group of the concepts' words, longest first ("uncatalys*": a word beginning), then ``more``."""
    return vocabulary().scheme_alternation(scheme, concepts, more)


# the host unmodified: "pristine", "undoped", "uncatalysed", "bulk", "SiO2-free" (asked of single words)
UNMODIFIED_WORDS = _alternatives("BaselineWord", ("UnmodifiedBaseline",), FREE_OF_FORMULA)
# and the host as bought or milled alone: "commercial MgH2", "as-milled LiBH4" (but "the milled composite" is the
# composite as made, which a reader of sample nouns asks UNMODIFIED_WORDS for)
BASELINE_WORDS = _alternatives("BaselineWord", ("UnmodifiedBaseline", "AsMadeBaseline"), _FREE_OF)

# the nouns a text names a prepared sample by ("the composite", "the films", "both specimens")
SAMPLE_NOUNS = _alternatives("SampleNoun", ("SeveralPartsNoun", "PreparedNoun"))
# the nouns among them that name a sample of several parts: "the composite", "the blend", "the eutectic" is never a
# hydride alone
SEVERAL_NOUNS = re.compile(_alternatives("SampleNoun", ("SeveralPartsNoun",)), re.I)
