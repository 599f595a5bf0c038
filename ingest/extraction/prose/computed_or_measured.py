"""Whether a passage's values are computed or measured (``note_computed_or_measured``, asked of every sentence):
the study says a calculation is its own method ('we used DFT', 'first-principles calculations show'), or it cites
other work, names an experiment or a preparation of its own ('we synthesised', 'was ball milled')."""
from __future__ import annotations

import re
from functools import lru_cache

from ingest.extraction.text.nlp import Mention
from ingest.extraction.values.value_roles import names_a_computation
from ontology.vocabulary import vocabulary
from ontology.word_gate import Gated, gated

from .prose_context import Context

# "We investigated X by a first principles calculation", "Using DFT, we show …", "this work … by ab initio methods":
# the study says its method is a calculation (its own: said in the first person or of 'this work')
# ("we use DFT calculations to …", "we performed first-principles calculations": the verb of the study's own method)
# ("by means of the first-principles calculations", "here we report DFT calculations for …": the
# study's own computation, by its means or as what it reports)
_BY_COMPUTING = (r"\b(?:by(?:\s+means\s+of)?|using|via|with|through|based\s+on|use[sd]?|"
                 r"employ(?:s|ed)?|perform(?:s|ed)?|"
                 r"appl(?:y|ies|ied)|report(?:s|ed)?|present(?:s|ed)?|"
                 r"carr(?:y|ies|ied)\s+out)\s+(?:an?\s+|the\s+)?"
                 r"(?:first[- ]principles?|ab[- ]initio|density[- ]functional(?:\s+theory)?|DFT)")


# the nouns a study names itself by ('this work', 'this paper': the ontology's StudyNoun scheme)
_THIS_WORK = vocabulary().scheme_alternation("StudyNoun", ("ThisWorkNoun",))


# ((?=[wotbuviheapc]|^): the first letters of the alternatives, or the sentence's start, which let a search pass
# other positions at once: it is asked of every sentence)
# (or says so in the passive: "X has been investigated using ab initio molecular dynamics")
# (every reading names its method by one of these words: a sentence holding none, most do, is passed at once)
_COMPUTING_WORDS = ("principle", "initio", "functional", "dft", "calculations", "simulations", "computations")


_STUDY_COMPUTED = Gated(re.compile(rf"(?=[wotbuviheapc]|^)(?:\b(?:we|our|this\s+{_THIS_WORK})\b[^.;]{{0,100}}?"
                                   rf"{_BY_COMPUTING}"
                                   rf"|{_BY_COMPUTING}[^.;]{{0,60}}?\bwe\b"
                                   # ("Using density functional theory, the reaction of X and Y was theoretically
                                   # calculated"): the method the sentence opens with, then its passive of study
                                   rf"|^\W*{_BY_COMPUTING}\b[^.;]{{0,120}}?\b(?:is|are|was|were|has\s+been|have\s+been)\s+"
                                   rf"(?:\w+ly\s+)?(?:investigated|studied|examined|explored|modell?ed|simulated|calculated|"
                                   rf"computed|analy[sz]ed)\b"
                                   # ("Our calculations suggest …": the calculations it calls its own are the study's)
                                   rf"|\bour\s+(?:[\w-]+\s+){{0,3}}?(?:calculations|simulations|computations)\b"
                                   rf"|\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:investigated|studied|examined|explored|"
                                   rf"modell?ed|simulated|calculated|computed)\s+{_BY_COMPUTING})", re.I),
                        _COMPUTING_WORDS)


# "Electronic structure calculations show that X is …", "Lattice dynamics simulations predict …": calculations a
# sentence opens with are the study's method where the passage has read no value, cited no work and named no
# preparation or experimental technique yet (a computational study's opening); after those, a review's "DFT
# calculations indicate …" reports another work beside the values it reviews
def _names_an_experiment(ms: list[Mention]) -> bool:
    """The sentence names a way of making a sample or an experimental technique (the ontology's SynthesisMethod
    terms, its Technique terms but the Computation ones): the study handled samples."""
    return any(m.kind == "SynthesisMethod" or m.kind == "Technique" and _experimental_technique(m.term) for m in ms)


@lru_cache(maxsize=256)
def _experimental_technique(term: str | None) -> bool:
    return bool(term) and not vocabulary().is_a(term, "Computation")


_OTHERS_WORK = re.compile(r"\bet\s+al\b")


# (the words: the ontology's ComputationWord scheme)
# ("DFT calculations show …", "DFT calculations compare …"; "First-principles calculations were performed to study …":
# the method done)
_OPENS_WITH_COMPUTING = gated(re.compile(
    rf"^\W*(?:[\w-]+\s+){{0,3}}?{vocabulary().scheme_alternation('ComputationWord', ('ComputationsNoun',))}"
    r"\s+(?:\w+ly\s+)?"
    rf"(?:{vocabulary().scheme_alternation('ComputationWord', ('ComputedFindingVerb', 'ComputationStudyVerb'))}s?"
    rf"|(?:are|were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    rf"{vocabulary().scheme_alternation('ComputationWord', ('ComputationDoneVerb',), spaced=True)})\b", re.I))


# "We study the electronic structures of LiH, NaH, MgH2 and AlH3, …, using first principles density functional
# theory", "The ground-state structures of X and Y have been established from first principle calculations", "… have
# been subjected to full structural optimization … for accurate density-functional total-energy calculations": a
# study's opening that names its own computation far from its subject (a list of compounds between) or in the passive
# of a structure found — the study's method, as ``_OPENS_WITH_COMPUTING`` (asked where the passage has read no
# value, cited no work and named no experiment yet)
_OPENING_COMPUTED = Gated(re.compile(
    r"(?=[woh]|^)(?:\b(?:we|our)\s+(?:\w+ly\s+)?(?:study|studied|investigate[sd]?|examine[sd]?|explore[sd]?|report(?:s|ed)?|"
    rf"present(?:s|ed)?|calculate[sd]?|compute[sd]?|model(?:l?ed)?)\b[^.;]{{0,300}}?{_BY_COMPUTING}"
    r"|\b(?:has|have)\s+been\s+(?:\w+ly\s+)?(?:established|determined|predicted|optimi[sz]ed|subjected\s+to|derived|"
    r"obtained|calculated|computed)\b[^.;]{0,120}?\b(?:from|by|using|with|for|within)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:first[- ]principles?|ab[- ]initio|density[- ]functional|DFT)\b)", re.I),
    _COMPUTING_WORDS)


# a sample the study made or measured itself: "we prepared", "was synthesized", "were then ball milled", "we measured"
# (asked of every sentence: behind a gate of its verbs, which most sentences lack)
# (the verbs: the ontology's OwnWorkVerb scheme)
# ("the experimentally known structure … is reproduced", "differ from the experimentally established structures":
# 'experimentally' between an article and its noun qualifies data already known, which a computation is set
# against; the study did no experiment by it)
_STUDY_MADE = gated(re.compile(r"\b(?:we|was|were|ha(?:s|ve)\s+been)\s+(?:(?:\w+ly|then|also|first)\s+)?"
                               rf"{vocabulary().scheme_alternation('OwnWorkVerb')}\b|\b(?:(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)experimentally|"
                               r"our\s+experiments?)\b", re.I))


def note_computed_or_measured(text: str, ms: list[Mention], cited: list[str], ctx: Context) -> None:
    """Whether the passage's values are computed or measured: it says a calculation is its own method, cites other
    work, or names an experiment or a preparation of its own (``ctx.in_passage``)."""
    ctx.in_passage.computation_named = ctx.in_passage.computation_named or names_a_computation(text)
    # (what the passage did so far: the opening a sentence of calculations may call the study's own,
    # ``_OPENS_WITH_COMPUTING``)
    ctx.in_passage.cites = ctx.in_passage.cites or bool(cited) or _OTHERS_WORK.search(text) is not None
    ctx.in_passage.experimental = ctx.in_passage.experimental or _names_an_experiment(ms)
    made_here = _STUDY_MADE.search(text) is not None
    said_computed = _STUDY_COMPUTED.search(text) \
        or not (ctx.in_passage.valued or ctx.in_passage.cites or ctx.in_passage.experimental) \
        and (_OPENS_WITH_COMPUTING.search(text) or _OPENING_COMPUTED.search(text))
    if said_computed and not made_here and not ctx.in_passage.made:
        ctx.in_passage.computed = True
    elif ctx.in_passage.computed and made_here:
        ctx.in_passage.computed = False   # ("… We then synthesised it and measured …": an experiment too)
    ctx.in_passage.made = ctx.in_passage.made or made_here
