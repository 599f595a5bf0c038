"""The words a text names a sample by instead of its materials: the bare host, the baseline of a comparison
("pristine MgH2", "the undoped sample", "additive-free LiBH4", "as-received MgH2"), and the nouns for a
prepared sample ("the composite", "both specimens"). One pattern of each for every reader of samples, built
from the ontology's BaselineWord and SampleNoun schemes (ontology/materials.ttl); and the words that say the
additives went in together (its TogetherWord scheme)."""
from __future__ import annotations

import re

from ontology.vocabulary import vocabulary
from ontology.word_gate import gated

from .hedge_words import APPROXIMATING, NEARLY, hedged

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
# either set as the words right before a name, searched back from a mention ('the raw LiH', 'pristine MgH2 and …')
UNMODIFIED_BEFORE = re.compile(rf"\b{UNMODIFIED_WORDS}\s+$", re.I)
BASELINE_BEFORE = re.compile(rf"\b{BASELINE_WORDS}\s+$", re.I)

# the words an additive's particles are named by after its name ("Ni nanoparticles", "TiO2 nanorods", "Ni clusters"),
# and with its powder form ("Co powder", "TiH2 nanopowder"): no part of which material it is (the GenericHead scheme)
PARTICLE_WORDS = _alternatives("GenericHead", ("ParticleHead",))
SHAPE_WORDS = _alternatives("GenericHead", ("ParticleHead", "PowderHead"))

# the nouns a text names a prepared sample by ("the composite", "the films", "both specimens")
SAMPLE_NOUNS = _alternatives("SampleNoun", ("SeveralPartsNoun", "PreparedNoun"))
# the noun of a sample that is an alloy, after its composition: "the Mg90Ni10 alloy doped with 3 wt% CeO2"
ALLOY_NOUNS = _alternatives("SolidKindNoun", ("AlloyNoun",))
# the nouns among them that name a sample of several parts: "the composite", "the blend", "the eutectic" is never a
# hydride alone
SEVERAL_WORDS = _alternatives("SampleNoun", ("SeveralPartsNoun",))
SEVERAL_NOUNS = re.compile(SEVERAL_WORDS, re.I)

# the additives went in together, one sample of all of them: "co-doped", "together", "both", "the combined
# addition", "dual" (a reader of a series of additives after one verb)
_TOGETHER_WORDS = _alternatives("TogetherWord", ("JointVerb", "TogetherAdverb", "BothWord", "CombinedWord"))
TOGETHER = re.compile(rf"\b{_TOGETHER_WORDS}\b", re.I)
# narrower, asked of the words of one link ("co-milled with", "milled together with", "catalysed by both"):
# 'co-' beginning any word, 'together' and 'both' whole words; the link's own verb ('combined with') says nothing
TOGETHER_LINK = re.compile(rf"\b(?:{_alternatives('TogetherWord', ('JointPrefix',))}"
                           rf"|{_alternatives('TogetherWord', ('TogetherAdverb', 'BothWord'))}\b)", re.I)
# narrowest: 'co-' or 'together' ("co-doped with", "milled together with"), without 'both'
JOINTLY_LINK = re.compile(rf"\b(?:{_alternatives('TogetherWord', ('JointPrefix',))}"
                          rf"|{_alternatives('TogetherWord', ('TogetherAdverb',))}\b)", re.I)

# the additives are alternatives, each a sample of its own with the host (the AlternativesWord scheme): a choosing
# word before their list ("doped with different carbides: Nb2C and Ti2C", "such as TiO2 and Nb2O5"), a word joining
# them ("Ni or Co", "Ni versus Co"), a ranking between them ("Ti is better than Nb", "superior to graphene") or
# "respectively" after them; 'compared with/to X' names a reference, not alternatives
CHOOSING = re.compile(rf"\b{_alternatives('AlternativesWord', ('ChoosingWord',))}"
                      rf"(?!\w)(?!\s+(?:with|to)\b)", re.I)
BETWEEN_ALTERNATIVES = gated(re.compile(rf"\s*,?\s*\b{_alternatives('AlternativesWord', ('BetweenAlternativesWord',))}"
                                  rf"(?!\w)\s*", re.I))
RANKED = gated(re.compile(rf"\b{_alternatives('AlternativesWord', ('ComparativeWord',))}"
                          rf"\b[^.;:]{{0,25}}?\b(?:than|to)\b", re.I))
EACH_IN_TURN = re.compile(rf"\b{_alternatives('AlternativesWord', ('EachInTurnWord',))}\b", re.I)
# the alternative ranked above the others, named before the word ("the Ti2C exhibits the best catalytic effect")
BEST = re.compile(rf"\b{_alternatives('AlternativesWord', ('BestWord',))}\b", re.I)

def agent_nouns(*concepts: str) -> str:
    """A group of the nouns of the part an added material plays ('catalyst', 'dopant', 'support'): the ontology's
    AgentNoun scheme, the ``concepts`` a reader reads."""
    return _alternatives("AgentNoun", concepts)


def adding_nouns(*concepts: str) -> str:
    """A group of the nouns of putting an additive in, or of its being there ('addition', 'doping', 'presence'):
    the ontology's AddingActionNoun scheme, the ``concepts`` a reader reads (the readers of samples, values and
    mechanisms each read their own few)."""
    return _alternatives("AddingActionNoun", concepts)


# English nouns of a share (not vocabulary): the words before or after a composition's number ("a Ni content of
# 5 wt%", "at a 30 wt% loading"), for ingest.extraction.values.shares and the sample readers
SHARE_NOUN = r"(?:loadings?|contents?|concentrations?|proportions?|fractions?)"
# the best of several amounts tried, said before the share ("the optimal amount", "the optimum 10 wt% VC addition"):
# the ontology's BestWord, and the nouns an amount chosen so is named by besides a share noun
BEST_WORDS = _alternatives("AlternativesWord", ("BestWord",))
BEST_SHARE = rf"{BEST_WORDS}\s+(?:{SHARE_NOUN[3:-1]}|amounts?|additions?|doses?|dosages?)"
# the hedges an author writes before a share's number ("a loading of about 5 wt%", "the optimum content was around
# 10 wt%", "roughly 6 wt%"): the ontology's ValueHedgeWord, its approximating and nearly words
HEDGE_BEFORE_SHARE = hedged(APPROXIMATING, NEARLY)

# the nouns of a material's size (the ontology's SizeWord scheme): the pieces named first ('particle', 'crystallite',
# 'grain'), the size itself ('size', 'diameters') and a sheet's or rod's extent ('thickness', 'lengths')
SIZED_PIECE = _alternatives("SizeWord", ("SizedPieceNoun",))
SIZE_NOUN = _alternatives("SizeWord", ("SizeNoun",))
EXTENT_NOUN = _alternatives("SizeWord", ("ExtentNoun",))
