"""The verbs a text prepares a sample with: making an additive ("synthesized", "we grew"), choosing or using it
("was chosen", "we employed"), putting it into the host ("milled with", "the addition of", "we introduce") and
any form of preparing ("incorporat…", "design…"). One alternation of each form for every reader of samples,
built from the ontology's PreparationVerb scheme (ontology/methods.ttl); the readers add the English around them
(auxiliaries, prepositions, the words a milling is said with). The words that link a sample's parts in other ways are
concepts of the same scheme, each as one reader takes it (the participles before a scaffold, a support, a prefix's
hyphen), and the verbs of an additive's effect on the host named after it are the EffectVerb scheme's."""
from __future__ import annotations

from ontology.vocabulary import vocabulary


def initials(*concepts: str) -> str:
    """The first letters of the words of these concepts of the scheme (for a look-ahead that lets a search pass
    every other position at once)."""
    return "".join(sorted({w[0] for c in concepts for w in vocabulary().scheme_words("PreparationVerb", concept=c)}))


def _words(*concepts: str) -> str:
    """One group of the words of these concepts of the scheme, longest first."""
    return vocabulary().scheme_alternation("PreparationVerb", concepts)


# what makes an additive before it is put into the host: "synthesized", "prepared", "grown"
MADE_PARTICIPLE = _words("MakingParticiple")
# "assembled from", "built with": a material's bodies made of smaller particles (the reader adds the preposition)
ASSEMBLED_FROM = _words("AssembledFromParticiple")
# the same said actively by the authors: "we synthesized", "we grew"
MADE_PAST = _words("MakingPast")
# "was chosen", "were selected": a choosing that takes the making's place
CHOSEN_PARTICIPLE = _words("ChoosingParticiple")
# "used", "employed", "applied" (to catalyse the host, as its catalyst)
USED_PARTICIPLE = _words("UsingParticiple")
# the study's own using or choosing: "we use", "we employed", "we chose", "the authors selected"
USED_ACTIVE = _words("UsingPresent", "UsingParticiple", "ChoosingPresent", "ChoosingPast", "ChoosingParticiple")
# the milling (a reader adds 'co-', 'ball', 'high-energy' before it)
MILLED = _words("MillingParticiple")
# what a milling is said with before its verb: 'co-', a manner ('high-energy', 'planetary', 'reactively'), 'ball'
# ('co-ball milled', 'high-energy ball milled', 'reactively co-milled'): every reader puts it before the verb it reads
MILLING_PREFIX = rf"(?:co-?)?(?:{_words('MillingManner')}\s+)?(?:co-?)?(?:ball[- ])?"
# the same in the present, after the authors' own making ("we synthesize X and introduce it into MgH2")
MADE_PRESENT = _words("MakingPresent")
PUT_PRESENT = _words("AddingPresent", "MixingPresent")
# putting the made additive into the host: "mixed", "added", "dispersed", "infiltrated" (milled apart)
PUT_PARTICIPLE = _words("MixingParticiple", "AddingParticiple", "SpreadingParticiple", "InfusingParticiple")
# milled or mixed with ("ball milled together with", "hand ground with", "combined with")
MILLED_OR_MIXED = _words("MillingParticiple", "MixingParticiple")
# the same with the milling, each of them said with a milling's words ("co-mixed", "ball milled")
PUT_OR_MILLED = _words("MillingParticiple", "MixingParticiple", "AddingParticiple", "SpreadingParticiple")
# the participles between a host and the 'with' or 'by' before its additive: "doped with", "catalysed by"
LINKING = _words("LinkingParticiple")
# the adding written before the additive: "adding", "depositing", "milling"; "added", "coated"; "we introduce"
# (the present only after 'we'; "deposit", "coat" also as a noun's or infinitive's verb); "addition" (before 'of')
ADDING_BEFORE = _words("AddingGerund", "CoatingGerund", "MixingGerund", "MillingGerund", "AddingParticiple",
                       "CoatingParticiple", "CoatingPresent")
# "capped", "covered", "coated": a cover put on the sample named before them (its thickness said before the cover)
COVERED = _words("CoveringParticiple")
ADDING_PRESENT = _words("AddingPresent")
# "adding", "introducing", "dissolving": the gerunds of putting a material into the host ("stabilized by dissolving
# 25 mol% LiI")
ADDING_GERUND = _words("AddingGerund")
# "added", "introduced", "doped": the participles of putting a material into the host
ADDING_PARTICIPLE = _words("AddingParticiple")
# the gerunds of putting materials together by milling or mixing ("the ball milling of A and B", "mixing A and B")
MIXING_GERUNDS = _words("MillingGerund", "MixingGerund")
# the gerund a sentence opens with to add a material: "Doping with nanosized Ti …", "Ball milling with Ni …"
OPENING_GERUND = _words("OpeningGerund")
ADDING_NOMINAL = _words("AddingNominal")
# "the effect of TiO2 addition on MgH2", "Ni doping into": the adding's noun written after the additive
ADDING_AFTER = _words("AddingAfterNoun")
# any form of preparing: "incorporated", "the design of", "doping", "synthesis"
_PREPARING = vocabulary().scheme_words("PreparationVerb", concept="PreparingWord")
PREPARING = _words("PreparingWord")
# the making participles said with the route they were made by ("was made by", "obtained via"): alone they more
# often say what a result gave ("62 kJ/mol was obtained for")
_BY_ROUTE = vocabulary().scheme_words("PreparationVerb", concept="RouteMakingParticiple")
MADE_BY_ROUTE = _words("RouteMakingParticiple")
# (the first letters of both: a search may pass every other position at once)
PREPARING_FIRST = "[" + "".join(sorted({w[0] for w in (*_PREPARING, *_BY_ROUTE)})) + "]"
# (and the words themselves, their stems as plain lower-case text: the gate of a search for either, ontology/word_gate)
PREPARING_STEMS = tuple(sorted({w.removesuffix("*").lower() for w in (*_PREPARING, *_BY_ROUTE)}))

# the word lists the readers of samples, referents and material cues ask apart (each its own concept; the reader
# adds the English around it: 'co-', 'ball-', 'nano' before, the preposition after)
# "doped with", "modifying with" (before an additive: ingest.extraction.samples.material_cues; the milling a reader
# adds)
ADDED_WITH = _words("AddedWithWord")
DEPOSITED_ON = _words("DepositedOnWord")
MILLING = _words("MillingGerund")
# "mixing", "grinding": the gerunds of mixing (a preparation step's duration, ingest.extraction.values.value_roles)
MIXING = _words("MixingGerund")
# "NbF5 was added to the mixture" (ingest.extraction.attribution.referents), "the powder was then doped with 2 wt% Ni"
PUT_INTO_SAMPLE = _words("PutIntoSampleParticiple")
RECEIVING = _words("ReceivingParticiple")
# "the doped sample", "the confined LiBH4": a sample named as the modified one (ingest.extraction.attribution.referents)
CATALYSED = _words("CatalysedParticiple")
SCAFFOLDED = _words("ScaffoldedParticiple")
# "doped LiBH4", "destabilized MgH2": the participle just before a host (ingest.extraction.samples.studied_samples)
MODIFIED = _words("ModifiedParticiple")
# "confined in CMK-3", "grown in situ within the channels of", "anchored on CNTs" (ingest.extraction.samples.samples)
SCAFFOLDING = _words("ScaffoldingParticiple")
FORMED_IN_PLACE = _words("FormedInPlaceParticiple")
FORMED_OR_NUCLEATED = _words("FormedInPlaceParticiple", "NucleatingParticiple")
ON_SUPPORT = _words("OnSupportParticiple")
# "TiF3 was added to LiBH4" (the additive before the host); "TiO2 (5 wt%) was added to MgH2"
PUT_BEFORE_HOST = _words("PutBeforeHostParticiple")
PUT_INTO_HOST = _words("PutIntoHostParticiple")
# "to catalyse MgH2", "to destabilise LiBH4" (and, of an additive made for it, "to activate")
CHANGING = _words("ChangingStem")
CHANGING_OR_ACTIVATING = _words("ChangingStem", "ActivatingStem")
# "replacing Ni", "substituted for Co": an addition that takes the place of a part of the sample
# (ingest.extraction.samples.samples)
REPLACING = _words("ReplacingStem")
# "C templated by SBA-15 was …": the making of an additive from a reagent
DERIVED = _words("DerivingParticiple")
# "Co-MOF derivative", "ZIF-67-derived": the product of the precursor named before the word
DERIVATIVE = _words("DerivativeWord")
# "Ni-doped", "CMK-3-confined" (with the hyphen-only words); "Ni doped MgH2", "graphene supported MgH2"
PREFIX_VERBS = _words("PrefixVerb", "HyphenPrefixVerb")
PLACING_PREFIX_VERBS = _words("PlacingPrefixVerb", "HyphenPlacingVerb")
SPACED_PREFIX_VERBS = _words("PrefixVerb")
SPACED_PLACING_VERBS = _words("PlacingPrefixVerb")
# "to blend X with", "by milling X with" (word beginnings; a reader adds 'ball-' and 'co-' before the milling)
BLENDING = _words("BlendingStem")
MILLING_STEM = _words("MillingStem")
# "doped", "catalysed", "nanocatalyst", "promoted": what is named so acts on the host as a catalyst (the catalysing's
# word parts anywhere in a word, the others whole words or word beginnings)
DOPING = _words("DopingWord")
CATALYSING = _words("CatalysingStem")
PROMOTING = _words("PromotingStem")
# "substituted with Y", "K-substituted": what is named so takes sites of the host's lattice (a substituent)
SUBSTITUTING = _words("SubstitutingWord", "LatticeEntryWord")
# "confined LiBH4 within", "grew MgH2 nanoparticles on"; "nanoparticles … grown on"
PLACING = _words("PlacingStem")
PLACED = _words("PlacedParticiple")
# "MgH2 and Ni were ball-milled", "Mg and Ni were sputtered": put together (a powder milled or mixed; a film)
TOGETHER_MADE = _words("MillingParticiple", "MixingParticiple", "FilmDepositingParticiple")
# "upon confinement in", "after the addition of" (ingest.extraction.attribution.referents)
MODIFYING_NOUN = _words("ModifyingNoun")
# "formed in situ in MgH2" (an additive made inside the host); "added as a catalyst for"; "acts as a catalyst for"
FORMED_IN_SITU = _words("FormedInSituParticiple")
# "reduced in situ to Nb species", "converted in situ into V": an additive turned into a phase inside the host
CONVERTED_IN_SITU = _words("ConvertedInSituParticiple")
ADDED_AS = _words("AddedAsParticiple")
ACTING = _words("ActingVerb")


def _effect(*concepts: str) -> str:
    return vocabulary().scheme_alternation("EffectVerb", concepts)


# what an additive named before its host does to it (the ontology's EffectVerb scheme): "lowers the … of MgH2",
# "enables the LiBH4–MgH2 system to", "plays a catalytic role in"
IMPROVING = _effect("ImprovingStem")
ENABLING = _effect("EnablingStem")
SHOWING = _effect("ShowingStem")
# "lowers the desorption temperature of", "weakens the Al–H bonds of" (ingest.extraction.prose.prose)
CHANGE_EFFECT = _effect("ChangeStem")
