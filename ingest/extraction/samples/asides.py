"""A comparison set off by commas between a material and its verb is no part of the sample: "TiO2
nanosheets, more active than commercial Fe2O3, were added to NaAlH4", "Ni, unlike the Co of earlier
work, was milled with MgH2".

The aside's materials are the references of a comparison; the material before it is the subject of the
verb after it. ``comparison_asides`` gives the aside's span for each mention inside it, so that the
readers of the sample blank it (as a precursor clause is blanked) and read the subject next to its verb.
The words are English (how authors compare), not vocabulary.
"""
from __future__ import annotations

import re

from ingest.extraction.text.comparison_words import COMPARED_WITH
from ingest.extraction.text.nlp import Mention
from ontology.word_gate import Gated

# ", more active than commercial Fe2O3,", ", superior to the Nb2O5 catalyst,", ", unlike V2O5,": a comparison
# word among the aside's first words, no clause break inside, then a finite verb right after the comma
_ASIDE = re.compile(rf",\s*(?:[\w-]+\s+){{0,4}}?(?:{COMPARED_WITH}|than|unlike|"
                    r"(?:superior|inferior|comparable|similar|equivalent|preferable)\s+(?:even\s+)?to)\s"
                    r"[^,;.()]{1,80}?,(?=\s*(?:was|were|is|are|has|have|had)\b)", re.I)
# ((?=[…]): the first letters of the words, which lets a search pass other positions at once)
_CUE_WORDS = ("than", "compared", "unlike", "versus", "relative", "superior", "inferior", "comparable", "similar",
              "equivalent", "preferable")
# (searched only in a sentence holding one of the words as a substring: most hold none, which that look tells at once)
_CUE = Gated(re.compile(rf"(?=[tcuvrsiep])\b(?:{'|'.join(_CUE_WORDS)})\b", re.I), _CUE_WORDS)


def comparison_asides(text: str, found: list[tuple[Mention, object]]) -> dict[int, tuple[int, int]]:
    """{start of the mention: (start, end) of the aside} for the mentions of ``found`` (mention, system)
    inside a comparison set off by commas before the verb of its sentence."""
    if "," not in text or not _CUE.search(text):
        return {}
    out = {}
    for a in _ASIDE.finditer(text):
        for m, _ in found:
            if a.start() < m.start and m.end <= a.end():
                out[m.start] = (a.start(), a.end())
    return out
