"""The words around a named material that say what part it plays in a sentence: an additive put into a
sample, a product a sample forms, the reference of a comparison, the sample a value is given for, a
list of samples. English, not vocabulary: the materials themselves come from the ontology.
"""
from __future__ import annotations

import re

from ingest.extraction.text.amounts import PER_CENT
from ingest.extraction.text.comparison_words import comparison
from ingest.extraction.text.copula import BE
from ingest.extraction.text.preparation_words import (
    ADDED_WITH,
    ADDING_AFTER,
    ADDING_PARTICIPLE,
    DEPOSITED_ON,
    MILLING,
    OPENING_GERUND,
    initials,
)
from ingest.extraction.text.sample_words import PARTICLE_WORDS, SAMPLE_NOUNS, adding_nouns, agent_nouns
from ontology.text_memo import per_document
from ontology.vocabulary import vocabulary
from ontology.word_gate import Gated, gated, may_say

# A material introduced into another is an additive, not the subject of what follows.
# ((?=[…]): the first letters of the alternatives, which lets a search pass other positions at once)
# ('Doping with nanosized Ti brought …', 'Ball milling with commercial metallic Ce gave …': a gerund with its
# object names the additive too, and so does a past participle of the same verbs ('doped directly with'; not 'milled
# with', which may bring the host to the additive: 'the catalyst was milled with MgH2'); up to two adjectives of
# size or kind may stand between the cue and the material — 'nano…' or an adjective's ending, English only)
_CUE_TAIL = (rf"\s+(?:a |an |the )?(?:small |trace |{PER_CENT} )?"
             rf"(?:(?:nano[\w-]*|[a-z]+(?:-sized|crystalline|ic|al))\s+){{0,2}}$")
# (the participles and gerunds said with 'with': the ontology's AddedWithWord, and the milling)
# ('the samples with Nb2O5 and TiO2': a sample noun with what it holds; the ontology's SampleNoun)
_CUE_FIRST = "".join(sorted(set("iacmwb" + initials("AddedWithWord", "MillingGerund", "DepositedOnWord")
                                + "".join(w[0] for w in vocabulary().scheme_words("SampleNoun")))))
ADDITIVE_CUE = re.compile(rf"(?=[{_CUE_FIRST}])\b(?:introduc\w*(?: of)?|(?:addition|incorporation) of|adding|add|containing|incorporating|combined with|mixed with|"
                          # ('with 5 wt% TiF3 (present)', 'with the presence of 10 wt.% X': a 'with' its amount says adds)
                          rf"with(?: the presence of)?(?=\s+{PER_CENT})|"
                          rf"catalyzed by|catalysed by|amount of|with the aid of|in the presence of|{SAMPLE_NOUNS}\s+with|(?:{DEPOSITED_ON})\s+on(?:to)?|"
                          rf"(?:{ADDED_WITH}|(?:ball[- ]?|co-?)?{MILLING})\s+(?:\w+ly\s+)?with)"
                          rf"{_CUE_TAIL}", re.I)
# (a piece of every match: its cue words, 'with' for the many said with it, 'cataly' of 'catalysed by', a word of
# deposition before 'on'): a sentence holding none has no material that cue stands before, which a reader asking of
# each of its materials learns by one look at the sentence (``ADDITIVE_CUE_GATE.words``, ontology/word_gate.may_say)
ADDITIVE_CUE_GATE = Gated(ADDITIVE_CUE, ("introduc", "add", "incorporati", "containing", "with", "cataly", "amount",
                                         "presence", *(w.removesuffix("*").lower() for w in vocabulary().scheme_words(
                                             "PreparationVerb", concept="DepositedOnWord"))))


@per_document(maxsize=256)   # (asked for each material of a sentence: many substring looks, made once)
def may_cue_additive(text: str) -> bool:
    """Could ADDITIVE_CUE match in ``text`` or in any part of it (the words before one of its materials)?"""
    return may_say(text, ADDITIVE_CUE_GATE.words)
# ('Metallic Ti and V are detected after ball milling with MgH2': what a milling is said with may be the host the
# additive went into; a reader that looks for the host asks this one, which knows only the milling)
_MILLING_FIRST = "".join(sorted(set("bc" + initials("MillingGerund"))))
MILLING_CUE = re.compile(rf"(?=[{_MILLING_FIRST}])\b(?:ball[- ]?|co-?)?{MILLING}\s+(?:\w+ly\s+)?with{_CUE_TAIL}", re.I)


# 'Doping with nanosized Ti brought …', 'Adding Ni instead gave …': a sentence that opens by adding a material
# names a new sample — the paragraph's host with that additive, not with the one an earlier sentence added
OPENING_ADDITIVE = re.compile(rf"^\W*{OPENING_GERUND}\b[^,;:]*$", re.I)

# "When 5 wt% Nb2O5 was added, …", "once TiF3 had been introduced": the material the passive puts in (not
# "MgH2 was doped with …", whose subject is the host that took the additive)
ADDED_PASSIVE = re.compile(rf"\s*(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+(?:\w+ly\s+)?"
                           rf"{ADDING_PARTICIPLE}\b(?!\s+with\b)", re.I)

# "With LiI added, …", "with 10 wt% TiF3 incorporated, …": after a "with", the participle of adding right after the
# material (an absolute phrase) puts it in
WITH_BEFORE = re.compile(r"\bwith\s+$", re.I)
ADDED_ABSOLUTE = re.compile(rf"\s*{ADDING_PARTICIPLE}\b(?!\s+with\b)", re.I)

# "With an optimized doping of 10 wt% X, …", "an optimal loading of 5 wt% X": a noun of adding and 'of' right before a
# share (the share itself is read apart) — what follows the share went in. (Without the share, 'the doping of MgH2
# with Ni', 'the loading of MgH2 into carbon', the material after 'of' may be the host: a reader asks this one only
# of a material given its loading.)
ADDING_NOUN_OF = re.compile(rf"\b{ADDING_AFTER}\s+of\s+$", re.I)

# "… as the catalyst", "upon KH addition", "after TiF3 doping", "upon LiI substitution": the material is what was put in
ADDITIVE_AFTER = re.compile(r"^\s*(?:\w+\s+)?(?:as (?:an? |the )?"
                             + agent_nouns("CatalystNoun", "AdditiveNoun", "DopantNoun", "HoldingNoun", "FillerNoun")
                             + "|" + agent_nouns("CatalystNoun", "DopantNoun") + r"\b)"
                             r"|^\s*"
                             rf"{adding_nouns('PuttingInNoun', 'DopingNoun', 'IntroductionNoun', 'LoadingNoun', 'SubstitutionNoun')}\b",
                             re.I)


# ("the reaction from Mg(BH4)2 to MgH2", "the conversion of LiAlH4 into Li3AlH6": what a reaction, a
# step or a decomposition goes to is its product; what it goes from is the sample)
# ((?=[…]): the alternatives' first letters, which let a search pass other positions at once)
PRODUCT_CUE = gated(re.compile(r"(?=[rdctshaelfpgyv])\b(?:(?:reactions?|decomposition|conversion|transformation|transition|step|dehydr\w+|"
                         r"hydr(?:id|ogenat)\w+|desorption|absorption)\s+(?:from|of)\s+(?:the\s+)?\S+\s+(?:in)?to|"
                         # ("while emitting a considerable amount of ammonia", "the emission of B2H6": a gas the sample gives off)
                         # ("releases NH3", "evolving N2", "gives off B2H6": likewise)
                         # (the words: the ontology's GasGivingOffWord scheme)
                         rf"{vocabulary().scheme_alternation('GasGivingOffWord')}(?:\s+(?:a|an|some|any|no|small|large|"
                         r"considerable|significant|trace|minor))*(?:\s+amounts?\s+of)?|"
                         # ("phase segregation into LaH3, MgH2 and MgCu2", "disproportionates into", "forming a
                         # mixture of LaH2, Mg and Mg2Cu": the phases an intermetallic's hydrogenation splits it into)
                         r"(?:segregat|disproportionat)\w*\s+(?:in)?to|(?:forming|giving|yielding)\s+a\s+mixture\s+of|"
                         # (not 'the enthalpies of formation of A, B and C': the compounds a value is given for)
                         r"(?<!of )formation of|reduced to|decompos\w* (?:in)?to|reactions? (?:in)?to|convert\w* (?:in)?to|to form|forms|to produce|produces?|produced|producing|generating|yields?|yielding|transform\w* (?:in)?to|"
                         # ("transforms Ce into CeH2.73", "converts the CeO2 to CeH2.73": what it turns the additive into)
                         r"(?:transform|convert)\w*\s+(?:the\s+)?[A-Z]\S*\s+(?:in)?to|"
                         # ("decomposes via CaB2H6 to CaB6", "via elemental boron to CaB6": the route's intermediate and its end)
                         r"via|via\s+(?:\S+\s+){1,2}?to)\s+(?:the |a |an )?(?:(?:\S+,\s+){0,3}\S+,?\s+and\s+|(?:\S+,\s+){1,3})?$", re.I))


# "leading to the formation of MgH2@C core-shell nanoparticles on graphene": a synthesis that forms the sample's own
# notation — the hydride with its additives — in the form of particles or a sample noun has made the sample, no
# phase formed in it (a phase formed in situ is one compound: "the formation of Mg2Ni nanoparticles")
_FORMED_FORM = re.compile(rf"\s+(?:[a-z]+-[a-z]+\s+|[a-z]+\s+)?(?:{PARTICLE_WORDS}|{SAMPLE_NOUNS})\b", re.I)
_FORMATION_OF = re.compile(r"\bformation\s+of\s+(?:the\s+|a\s+|an\s+)?$", re.I)


def formed_sample(text: str, start: int, end: int) -> bool:
    """Whether the mention at [start, end), a composite of a hydride with its additives (asked of no other), is
    the sample a synthesis forms ('formation of <notation> nanoparticles'), not a product of the sample."""
    return _FORMATION_OF.search(text, max(0, start - 30), start) is not None and _FORMED_FORM.match(text, end) is not None


# ("… for M = Cs and Li": the members of a family named by the metal its generic symbol stands for)
FOR_SYSTEM = re.compile(r"\s*(?:for|of|in|with)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:[A-Z]\s*=\s*)?")


LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|as\s+well\s+as\s+)")


# "compared to electrodes based on MgH2 or TiH2 alone, …", "superior even to the Nb2O5 catalyst": the
# references of a comparison
# ((?=[…]): the first letters of the alternatives, which lets a search pass other positions at once)
COMPARED_CLAUSE = comparison(r"\b[^,;.]*$")


# How far before a mention its cue words are looked for (the words of a clause that leads up to it)
_PRODUCT_REACH, _COMPARED_REACH, _ADDITIVE_AFTER_REACH = 40, 60, 30


@per_document(maxsize=4096)   # (several rules of a sentence ask this of one mention: searched once)
def product_cue_before(text: str, start: int) -> bool:
    """Do the words right before ``start`` (the 40 characters, read on their own) make what follows a product?"""
    return PRODUCT_CUE.search(text[max(0, start - _PRODUCT_REACH):start]) is not None


@per_document(maxsize=4096)   # (several rules of a sentence ask this of one mention: matched once)
def formed_after(text: str, end: int) -> bool:
    """Do the words right after ``end`` say the material before them formed (``FORMED_AFTER``)?"""
    return FORMED_AFTER.match(text, end) is not None


@per_document(maxsize=4096)   # (several rules of a sentence ask this of one mention: matched once)
def additive_after(text: str, end: int) -> bool:
    """Do the 30 characters after ``end``, read on their own, name the material before them an additive
    (``ADDITIVE_AFTER``: 'as a catalyst', 'catalyst')?"""
    return ADDITIVE_AFTER.match(text[end:end + _ADDITIVE_AFTER_REACH]) is not None


@per_document(maxsize=4096)   # (several rules of a sentence ask this of one mention: searched once)
def compared_before(text: str, start: int) -> bool:
    """Does a comparison clause (``COMPARED_CLAUSE``) lead up to ``start`` in the 60 characters before it?"""
    return COMPARED_CLAUSE.search(text, max(0, start - _COMPARED_REACH), start) is not None


# "TiH2 and VH0.81 formed during hydrogenation", "the Al and LiH (conversion) products": phases the sample
# forms, not the sample
# ("Mg(NH)2 was first formed", "LiH is then generated": a passive with an adverb before the participle)
# ("CeH2.73 forms during milling", "Mg2Ni and LiH form upon cycling": the same said in the present, with when it forms)
FORMED_AFTER = re.compile(r"(?:\s+(?:and|or)\s+\S+)?\s+(?:(?:is|are|was|were|be|been)\s+(?:first|then|also|\w+ly)\s+|\w+\s+)?(?:formed|generated|produced|precipitated|products?\b|"
                          r"emissions?\b|evolution\b)\b(?!\s+by)"
                          r"|(?:\s+(?:and|or)\s+\S+)?\s+(?:(?:also|then|first|readily|gradually)\s+)?forms?\s+"
                          r"(?:(?:already|first|again)\s+)?(?:during|upon|on|after|in\s+situ|while|when)\b")


# "XRD reveals Li2Mg(NH)2 and LiH in the desorbed sample", "the presence of MgB2", "NaH was detected after
# cycling": a phase a measurement finds in the sample, not the sample the text goes on about
# ((?=[…]): the alternatives' first letters, which let a search pass other positions at once)
FOUND_CUE = gated(re.compile(r"(?=[rdipsebac])\b(?:reveal(?:s|ed|ing)?|detect(?:s|ed|ing)?|identif(?:y|ies|ied|ying)|"
                       r"(?:presence|existence|appearance)\s+of|(?:peaks?|reflections?|signals?|bands?)\s+(?:of|from)|"
                       r"confirm(?:s|ed|ing)?\s+(?:the\s+)?(?:presence|formation)\s+of)"
                       r"\s+(?:the |a |an )?(?:\S+\s+and\s+)?$", re.I))
# "the hydrogenated alloy consists of MgH2, Mg2NiH4 and YH3", "after cycling the electrode contains LiH and Al": the
# phases a sample is made of after a step, named as a list (a sample as made, "the composite consists of MgH2 and
# Ni", names its parts: no step word before)
PHASES_AFTER_STEP = gated(re.compile(r"(?=[dhcl])\b(?:(?:de)?hydrogenated|decomposed|cycled|(?:de)?lithiated)\s+(?:[a-z][\w-]*\s+){0,2}"
                               rf"(?:consists?\s+of|consisting\s+of|{BE}\s+composed\s+of|comprises?|contains?)\s+"
                               r"(?:(?:the |a |an )?[^\s,;.]+(?:\s*,\s*|\s+and\s+|,\s+and\s+))*(?:the |a |an )?$", re.I))
# "the alloy consists of α-Mg, Mg2Ni and Mg24Y5 phases", "Mg2Ni phases form at the grain boundaries": materials
# named as the phases of a sample (its microstructure), each of them up to the plural noun after the list
PHASES_NAMED = re.compile(r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[^\s,;.]+)*\s+phases\b")
# "the microstructure embedding nano-particles of intermetallic compounds Mg2Ni and MmMg12", "a matrix containing
# the intermetallics Mg17Al12 and Mg2Ca": materials named by the class word of an intermetallic (the ontology's
# BimetallicIntermetallic label) inside the microstructure the sentence describes are phases of the alloy studied,
# neither a sample nor an additive of it
EMBEDDING_BEFORE = re.compile(r"\b(?:microstructures?|matri(?:x|ces))\b[^.;]{0,40}?\b(?:embedd\w*|contain\w*|with)\b"
                              r"[^.;]{0,40}$", re.I)
# (a noun of the class may follow a plural written for the adjective: "intermetallics compounds Mg2Ni and …")
LIST_AFTER = re.compile(r"\s+(?:(?:compounds?|phases?)\s+)?(?:[^\s,;.]+(?:\s*,\s*|\s+and\s+|,\s+and\s+))*[^\s,;.]+")
FOUND_AFTER = re.compile(r"(?:\s+(?:and|or)\s+\S+)?\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?"
                         r"(?:\w+ly\s+)?(?:detected|identified|observed|found|present)\b(?!\s+(?:to|that|for|in\s+the\s+(?:literature|study)))")


# the product side of a reaction equation ("LiAlH4 + 3Li+ + 3e− → Al + 4LiH"): formulas, charges,
# electrons and plus signs after the arrow, up to the first word or punctuation
