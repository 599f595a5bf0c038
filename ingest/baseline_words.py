"""The words that name a bare host, the baseline of a comparison ("pristine MgH2", "the undoped sample",
"additive-free LiBH4", "as-received MgH2"): one pattern for every reader of samples, built from the ontology's
BaselineWord scheme (ontology/materials.ttl)."""
from __future__ import annotations

import re

from ontology.vocabulary import vocabulary

# "additive-free", "carbon-free": a sample named by what it is without (English, not vocabulary). A formula before
# "-free" ("SiO2-free") is read so only where a single word is asked (FREE_OF_FORMULA): in running text "the
# ZrO2-free Li2B12H12–LiI" would leave the sample named after it holding what it is free of.
_FREE_OF = r"[a-z]+-free"
FREE_OF_FORMULA = r"[\w()]+-free"


def _pattern(concepts: tuple[str, ...], free_of: str = _FREE_OF) -> str:
    labels = {w for c in concepts for w in vocabulary().scheme_words("BaselineWord", concept=c)}
    # longest first, so that no word stops inside a longer one; "uncatalys*": a word beginning
    spelled = [re.escape(w.removesuffix("*")) + (r"\w*" if w.endswith("*") else "")
               for w in sorted(labels, key=lambda w: (-len(w), w))]
    return "(?:" + "|".join([*spelled, free_of]) + ")"


# the host unmodified: "pristine", "undoped", "uncatalysed", "bulk", "additive-free"
UNMODIFIED_WORDS = _pattern(("UnmodifiedBaseline",), FREE_OF_FORMULA)
# and the host as bought or milled alone: "commercial MgH2", "as-milled LiBH4" (but "the milled composite" is the
# composite as made, which a reader of sample nouns asks UNMODIFIED_WORDS for)
BASELINE_WORDS = _pattern(("UnmodifiedBaseline", "AsMadeBaseline"))
