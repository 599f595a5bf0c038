"""Word patterns the readers of ``ingest.extraction.mechanisms.mechanisms`` share: what a sentence credits a result to
('is attributed to', 'owing to the presence of'), how it says a phase formed ('formed in situ', 'during milling'),
kinetics sped up ('accelerates the dehydrogenation'), a temperature lowered or a capacity raised, a phrase that is no
claim ('no catalytic effect', 'was ruled out'), an actor after the phrase ('with the assistance of'). Compiled once here
so that every part reads the same words; the vocabulary in them comes from the ontology.
"""
from __future__ import annotations

import re

from ingest.extraction.text.amounts import AMOUNT_OF
from ingest.extraction.text.challenges import find_terms
from ingest.extraction.text.comparison_words import CONTRAST_CONJUNCTION
from ingest.extraction.text.copula import BE
from ingest.extraction.text.preparation_words import CONVERTED_IN_SITU, FORMED_IN_SITU, MODIFIED
from ingest.extraction.text.sample_words import BASELINE_WORDS, adding_nouns
from ingest.extraction.text.samples_words import SCAFFOLD_VERB
from ontology.strategy_rules import APPLICATIONS, ROLES
from ontology.vocabulary import vocabulary
from ontology.word_gate import Gated, gated

IN_SITU = "InSituFormation"          # SynthesisMethod: a phase formed during processing or cycling


IN_SITU_PHASE = "InSituCatalyticPhase"   # Mechanism: that phase does the catalysing


CATALYTIC = "CatalyticEffect"


CATALYSIS = "Catalysis"                  # Strategy: the catalysis family (metal, metal compound, composite …)


CATALYST_ROLE = ROLES["catalyst"]


# an external-field mechanism (plasmonic heating, hot spots) acts for the field the text drives with,
# which no composition shows: the strategy is the field strategy the paragraph names
FIELD, FIELD_DRIVING = "FieldEffect", "ExternalFieldDriving"


# (written to start at the capital a formula starts with, the look-behind after it: the engine skips to capitals, not
# trying the look-behind at every character)
FORMULA_WORD = re.compile(r"[A-Z](?<![\w-][A-Z])[a-z]?\d*(?:\.\d+)?(?:[A-Z][a-z]?\d*(?:\.\d+)?)*(?![\w-])")


RUN_GAP = re.compile(r"\s+(?:(?:the|a|an|is|are|was|were|be|been)\s+)*")     # (the words ``_words`` leaves out)


# 'Al and LiH form upon lithiation', 'Mg2Ni forms during the first cycle': phases a run forms, said in the present
# ('CaB6 and CaH2 were formed', 'MgB2 is produced'): the same in the passive, a form of 'to be' before the participle
# (the ontology's participles of forming, PreparationVerb's FormedInSituParticiple)
FORM_AFTER = re.compile(
    r"(?:\s*,?\s+(?:and|or)\s+\S+)?\s+(?:(?:form|forms)\s+(?:upon|during|on|after|at|in)\b|"
    rf"{BE}\s+(?:also\s+)?"
    rf"{vocabulary().scheme_alternation('PreparationVerb', ('FormedInSituParticiple',))}\b)", re.I)


NON_METALS = frozenset({"H", "D", "B", "C", "N", "O", "F", "Cl", "Br", "I", "S", "P", "Si", "Se"})


# (compiled once: _mentions tests every chemistry mention of every sentence with them)
ACRONYM = re.compile(r"[A-Z]{2,}s?")


# 'milled with 5 wt% Nb2O5', 'doping LiNH2–LiH with 3 mol% TiCl3': an amount names an additive
# one describing word before a material ('a reactive Al3Ti', 'the layered Ti3C2'), dropped before a cue is read
DESCRIBED = re.compile(r"(?<=\s)(?:a|an|the)\s+[a-z][\w-]*\s+$|(?<=\s)[a-z][\w-]*\s+$")


AMOUNT_WITH = gated(re.compile(rf"\bwith\s+{AMOUNT_OF}$", re.I))


PARTS_SIGN = re.compile(r"[–\-/@+:·⋅]|\s")   # what a sample's notation writes between its parts


COCKTAIL = "CocktailEffect"   # Mechanism: the combined action of the elements of one multi-component catalyst


# the words a catalytic phrase says materials act together with ('synergetic effects'; the ontology's JointActionWord)
JOINT = re.compile(vocabulary().scheme_alternation("JointActionWord"), re.I)


# (fewer hydrogen atoms than metal atoms, or an unknown share: hydrogen dissolved in the metal, VH0.81, NbH0.9,
# PdH0.6, TiHx; one of one or more per metal atom, CeH2.73, LaH2.5, is a hydride compound of its own)
HYDRIDED_METAL = re.compile(r"([A-Z][a-z]?)H(?:x|0?\.\d+)")


REACTANT = "ReactiveHydrideComposite"


CATALYTIC_WORD = gated(re.compile(r"(?=[cC])\bcataly[sz]|\bcatalytic", re.I))


INTO_SCAFFOLD = re.compile(rf"{SCAFFOLD_VERB}\s+(?:[\w-]+\s+){{0,4}}$", re.I)


NAMED_BASELINE = re.compile(rf"\b{BASELINE_WORDS}\s+(?:[a-z][\w-]*\s+)?$", re.I)


# 'In situ formed Mg2Ni/Mg2NiH4 and Mg2Co/Mg2CoH5 act as …': phases the sample forms, not its host
PHASES_FORMED_IN_SITU = re.compile(r"\b(?:in[- ]situ(?:[- ](?:formed|generated|produced|grown))?|(?:thus|"
                            r"newly)[- ](?:formed|generated))\s+"
                            r"(?:[^\s,;]+(?:\s*,\s*|\s+and\s+))*$", re.I)


# 'Mg2NiH4 formed in situ acts as …', 'the TiH2 generated during milling': a phase the sample forms
# (``FORMED_AFTER`` read after the word of the mention)
WORD_END = re.compile(r"\S*")


# the words that may open a sentence before its subject material: 'The Ni …', and what is added as
# the subject ('The addition of Cu further modifies …', 'The incorporation of LiI …')
# (after a connective that opens the sentence, 'Moreover, ', 'As a result, ', and with up to two describing
# words before the material: 'the thus-formed inactive Li2B6 acts as …', 'The dispersed TiO2 …')
_SUBJECT_ADDING = adding_nouns("PuttingInNoun", "IntroductionNoun", "DopingNoun", "PresenceNoun", "LoadingNoun")


SUBJECT = re.compile(r"\s*(?:[A-Z][a-z]+(?:\s+[a-z]+){0,2},\s*)?(?:(?:the|this|these|its|their|such)\s+)?"
                      rf"(?:{_SUBJECT_ADDING}\s+of\s+(?:the\s+)?)?"
                      r"(?:(?!(?:of|in|on|with|by|for|from|and|or|to|at)\s)[a-z][\w-]*\s+){0,2}", re.I)


# an ion or a charged atom ('H^δ+ in amides', '(CB11H12)^-', 'Ti^4+'): a species of the sample the sentence names
ION = re.compile(r"(?:\b[A-Z][a-z]?\d*|[(\[][A-Za-z0-9]+[)\]]\d*)\^(?:δ|\d)?[+\-−]")


# (through the noun of its adding or being there: 'the catalytic effect of (the) addition of nano-sized Ni',
# '… of the presence of NbH')
BEING_THERE_NOUN = adding_nouns("PuttingInNoun", "IntroductionNoun", "PresenceNoun", "ExistenceNoun")


_BEING_THERE = rf"(?:{BEING_THERE_NOUN}\s+of\s+(?:the\s+)?)"


# (after a phrase's 'of', each named the same way: '… of the addition of Ni particles and (the) existence of CeH2',
# '… of Co nanoparticles and the presence of TiH2': a form noun after the material, the noun of its being there after
# the 'and')
OWNED_NEXT = re.compile(r"\S+(?:\s+(?:particles|nanoparticles|powders?|species|phases?|clusters|additives?))?"
                         rf"(?:,\s*|\s+and\s+|,\s*and\s+)(?:the\s+)?{_BEING_THERE}?", re.I)


_RUN_WORD = vocabulary().scheme_alternation("CycledProcessNoun", ("SorptionRun", "ReleaseRun", "UptakeRun"))


_MILLED_OR_CYCLED = vocabulary().scheme_alternation("PreparationVerb", ("MillingGerund", "GrindingGerund"),
                                                   (vocabulary().scheme_alternation("RunGerund"),))


_MILLING_MANNER = vocabulary().scheme_alternation("PreparationVerb", ("MillingManner",))


FORMED_WORD = vocabulary().scheme_alternation("PreparationVerb", ("FormedInSituParticiple",))


FORMED_DURING = gated(re.compile(
    rf"\b{FORMED_WORD}(?:\s+from\s+\S+)?\s+(?:during|upon|on|after|in)\s+"
    rf"(?:the\s+)?(?:(?:process|course)\s+of\s+(?:the\s+)?)?(?:hydrogen\s+)?(?:(?:first|initial|subsequent|later)\s+)?(?:ball\s+)?"
    # (the manner of the milling before it: 'formed during reactive mechanical grinding')
    rf"(?:{_MILLING_MANNER}\s+){{0,2}}(?:(?:de|re)?-?{_RUN_WORD}|{_MILLED_OR_CYCLED})\b",
    re.I))


# 'the formation of ZrH2 and MgCl2 during ball milling', 'the generation of Mg2Ni upon the first hydrogenation': the
# noun of forming, the phases it names and the run or the milling they formed in
FORMATION_WORD = vocabulary().scheme_alternation("PreparationVerb", ("FormationNoun",))


# (the phase may come with an article and a few describing words before it and its head noun after it: 'the formation
# of a highly dispersed Al–Ti alloy during the first desorption')
FORMATION_DURING = re.compile(
    rf"\b{FORMATION_WORD}\s+of\s+(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+){{0,3}}"
    rf"(?:[A-Z][^\s,;]*(?:\s*,\s*(?:and\s+)?|\s+and\s+)){{0,3}}[A-Z][^\s,;]*"
    rf"(?:\s+[a-z]+)?\s+(?:during|upon|on|after|in)\s+"
    rf"(?:the\s+)?(?:(?:first|initial|subsequent|later)\s+)?(?:ball\s+)?(?:(?:de|re)?-?{_RUN_WORD}|{_MILLED_OR_CYCLED})\b")


# 'improves the dehydrogenation kinetics', 'enhanced the kinetics of MgH2' (EffectVerb's SpeedingStem), or the
# reaction itself sped up: 'promoted the desorption of NaAlH4', 'accelerates the hydrogen release' (the nouns of a
# hydrogen run, CycledProcessNoun's release, uptake and sorption runs), or the hydride's breaking down that releases it:
# 'facilitates the decomposition of LiAlH4' (the ontology's BreakdownNoun)
BREAKDOWN = tuple(vocabulary().scheme_words("BreakdownNoun"))


KINETICS = vocabulary().scheme_alternation("CycledProcessNoun", ("ReleaseRun", "UptakeRun", "SorptionRun"),
                                            more=("kinetics", *BREAKDOWN))


# (or its rates raised: 'Mg2Ni formed during milling also increases the hydriding and dehydriding rates' — a verb of
# raising said of the runs' rates, not of a temperature or a capacity)
SPED_UP = re.compile(rf"\b(?:{vocabulary().scheme_alternation('EffectVerb', ('SpeedingStem',))}\s+(?:the\s+)?"
                     rf"(?:[a-z/-]+\s+){{0,2}}?(?:(?:of|in)\s+(?:the\s+)?)?{KINETICS}\b"
                     rf"|{vocabulary().scheme_alternation('EffectVerb', ('RaisingStem',))}\s+(?:the\s+)?"
                     rf"(?:(?:{KINETICS}|and|hydrogen)\s+){{1,4}}rates?\b)", re.I)


# (or the kinetics said to be owed to it, named by the runs alone: 'the formation of Mg2CoH5 during the reaction is
# responsible for the hydrogen absorption and desorption kinetics'; a describing word may say they are slow)
OWED_KINETICS = gated(re.compile(rf"\bresponsible\s+for\s+(?:the\s+)?"
                                  rf"(?:(?:hydrogen|{KINETICS})(?:\s+and\s+|\s*/\s*|\s+))*{KINETICS}\b", re.I))


# 'TiH2 improves the conversion kinetics of MgH2', 'the TiCl3 particles accelerate the decomposition kinetics': a
# transition-metal compound (or metal) named right before the verb, as its subject, speeds up the runs it is added to
# — the catalytic effect of that additive (a scaffold, a reactant hydride or the host itself, with no transition metal,
# is no catalyst: its faster kinetics are another effect)
# the noun a subject formula may carry ('the TiCl3 particles', 'the Nb2O5 additive')
# (its pieces' shape, ShapeNoun's particles and powders: 'particles', 'nanocrystals', 'powder'; or its role)
_SUBJECT_SHAPE = vocabulary().scheme_alternation("ShapeNoun", ("ParticleShapeNoun", "PowderShapeNoun"))


SUBJECT_NOUN = rf"(?:\s+(?:(?:nano)?{_SUBJECT_SHAPE}s?|additives?|species|catalysts?|dopants?))?"


# ('the combination of V2C and Ti3C2 promotes the desorption kinetics'): two additives the subject says act together
COMBINED_SUBJECT = re.compile(r"\b(?:combination|co-?addition|coupling|synergy)\s+of\s+(?:the\s+)?\(?[A-Z][\w()/-]*"
                               r"\s+(?:and|with)\s+(?:the\s+)?\(?[A-Z][\w()/-]*"
                               + SUBJECT_NOUN + r"\s+$")


# (or that brings its temperature down: 'the in situ formed CeAl4 lowers the dehydrogenation temperature'; the word
# 'temperature' looked for alone first, as 'kinetics' is)
_TEMPERATURE = "temperature"


LOWERED = re.compile(rf"\b{vocabulary().scheme_alternation('EffectVerb', ('LoweringStem',))}\s+(?:the\s+)?"
                      rf"(?:[a-z/-]+\s+){{0,2}}?{_TEMPERATURE}s?\b", re.I)


TEMPERATURE_WORD = Gated(re.compile(_TEMPERATURE, re.I), (_TEMPERATURE,))


# (or that raises its capacity: 'whose presence raises the reversible capacity'; the word 'capacity' looked for first)
_CAPACITY = "capacit"


RAISED = re.compile(rf"\b{vocabulary().scheme_alternation('EffectVerb', ('RaisingStem',))}\s+(?:the\s+)?"
                     rf"(?:[a-z/-]+\s+){{0,2}}?{_CAPACITY}(?:y|ies)\b", re.I)


CAPACITY_WORD = Gated(re.compile(_CAPACITY, re.I), (_CAPACITY,))


# a product whose forming is said to make the reaction less stable ('the formation of CaB6 during dehydrogenation lowers
# the thermodynamic stability of NaBH4', 'generation of MgB2 reduces the reaction enthalpy', '… of MgB2 and AlB2 on
# heating, which lowers the stability of LiBH4'): the new path to a stable
# product, ProductStabilization, said with no label of its own; the words 'stability' and 'enthalpy' (the ontology's
# StabilityNoun scheme) looked for first, as plain beginnings of the lower-cased sentence
_STABILITY = vocabulary().scheme_alternation("StabilityNoun")


STABILITY_STEMS = tuple(sorted({w.removesuffix("*").lower()[:7] for w in vocabulary().scheme_words("StabilityNoun")}))


PRODUCT_LOWERS = re.compile(
    rf"\b(?i:{FORMATION_WORD})\s+of\s+(?:the\s+)?(?:stable\s+)?[A-Z][^\s,;]*[^;.]{{0,100}}?\b"
    rf"(?i:{vocabulary().scheme_alternation('EffectVerb', ('LoweringStem',))}\s+(?:the\s+)?(?:[a-z/-]+\s+){{0,2}}?"
    rf"{_STABILITY})\b")   # (the formula keeps its capital: 'formation of stable phases' names no product)


# 'in-situ', 'in-situ-formed' (started at the hyphen, the words before it looked back at: the engine skips to hyphens)
WORD_HYPHEN = re.compile(r"-(?:(?<=\bin-)(?=situ\b)|(?<=\bsitu-)(?=[a-z]))", re.I)


# (the same words without the end of a word: a match of _FORMING_WORD between two materials is one of this in the
# whole text, which the sentence's head is read by the pipeline for only when it holds one)
FORMING_START = re.compile(rf"\b{vocabulary().scheme_alternation('PhaseFormingVerb')}", re.I)


# 'substitute Li with Mg', 'the partial replacement of Li/Mg by Zn': what is replaced is a part of the
# host, neither the host nor an additive; a material after such a verb is no host of the sentence
_REPLACE_VERB = r"(?i:substitut\w*|replac(?:e|es|ed|ing)|replacement\s+of)\s+(?i:the\s+|some\s+|part\s+of\s+)?"


_REPLACE_STEMS = ("substitut", "replac")   # (a piece of every word of _REPLACE_VERB: the gate of its patterns)


REPLACED_HERE = Gated(re.compile(rf"(?=[rs])\b{_REPLACE_VERB}$"), _REPLACE_STEMS)


# the metal replaced ('substitute Li with', 'replacement of Li/Mg by'): a cation substitution
# ('substitution of Ca with Al': the metal after 'of' is the one replaced only where 'with' or 'by' names what replaces
# it; 'the substitution of Ce' alone is Ce going in)
METAL_REPLACED = Gated(re.compile(rf"\b(?:{_REPLACE_VERB}|(?i:substitution\s+of\s+(?:the\s+)?))([A-Z][a-z]?)"
                                   rf"(?:/[A-Z][a-z]?)*\s+(?i:with|by)\b"),
                        _REPLACE_STEMS)


OF_IN = re.compile(r"(?=[bdhlsv])\b(?:bonds?|lattice|surface|decomposition|dehydrogenation|hydrogenation|"
                    r"vacanc(?:y|ies))\s+"
                    r"(?:in|of|from)\s+(?:the\s+)?$", re.I)


# ('a strong synergistic effect was obtained for hybrid oxides of Nb and Ti', 'a catalytic effect was observed for
# CoB'): the phrase as the subject of a finding, said of the materials named right after 'for'
FOUND_FOR = re.compile(rf"\s+{BE}\s+(?:[a-z]+ly\s+)?(?:obtained|found|observed|seen|predicted|revealed|"
                        r"shown|identified)\s+for\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:of\s+(?:the\s+)?)?(?=\(?[A-Z])")


IN_CLAUSE = re.compile(r"[^,;:.]*")


# a cause the sentence credits the improvement to, named by strategy nouns ('attributed to both nanoconfinement and
# catalysis', 'owing to the synergistic effects of confinement and catalysis'): the cue, then the clause it opens
# ('a synergistic effect of nanoconfinement and catalysis is a new strategy', 'to investigate the synergetic effect
# of …': an effect named, or one to be studied, is credited to nothing)
# ('We ascribe this reduction to …', 'we attribute the faster uptake of the composite to …': the thing credited
# between the verb and its 'to', a few words with no punctuation)
# ((?=[…]): the first letters of the words, which lets a search pass other positions at once)
# (and a result said to come from its cause: 'derives from', 'stems from', 'arises from', 'originates from',
# 'results from', 'is a result of')
# (searched only in sentences holding one of its words: most hold none, which substring looks tell at once)
# ('a synergistic effect between nanoconfinement of the aerogel and catalysis of CoNiB on the dehydrogenation of
# LiBH4', a title's or a subject's finding: the synergy of two causes is their joint credit — when a material is
# named after it, not a topic sentence's 'a synergy of nanoconfinement and catalysis is a new strategy for hydrides')
CAUSE_CUE = Gated(re.compile(r"(?=[adotcbsr])(?:\b(?:(?:attribut|ascrib)\w*(?:\s+[^\s,;:.]+){0,6}?|due|owing|thanks|"
                              r"credited)\s+to\b|\bbecause\s+of\b|\bbenefit+ing\s+from\b|\b(?:deriv|stem|aris|originat|result)(?:e|es|ed|ing|s|med|ming)?\s+from\b|"
                              r"\b(?:a|the)\s+result\s+of\b|"
                              r"\bsynerg(?:y|(?:istic|etic)\s+effects?)\s+(?:of|between)\b(?=[^.;:]*?\b(?:of|by|in)\s+(?:the\s+)?(?-i:[A-Z])))",
                              re.I),
                   ("attribut", "ascrib", "due", "owing", "thanks", "credited", "because", "benefit", "deriv", "stem",
                    "aris", "originat", "result", "synerg"))


# what may stand between the cue and a credited strategy, or between two of them: articles, 'both', 'the synergistic
# effects of', 'and', 'as well as to' (grammar words); anything else ('its ability to achieve … catalyst doping')
# makes the strategy part of another cause; 'the synergy between the catalysis of Ni and the confinement by the
# carbon': the material a credited strategy is said of, by or in ('of'/'by'/'in' and at most three words: 'in the
# carbon aerogel', 'of CoNiB nanoparticles') stands between two of them
CAUSE_GAP = re.compile(r"(?:\s|,|\b(?:both|the|a|an|synergistic|synergetic|synergy|interplay|between|combined|joint|"
                        r"dual|effects?|roles?|of|and|as|well|to|chemical|physical)\b|"
                        r"\b(?:of|by|in|within)\s+(?:the\s+)?(?:[\w@/–-]+\s+){0,2}(?:[A-Z][\w@/–-]*|[a-z]+)(?=\s+and\b))*",
                        re.I)


BY_MEANS = re.compile(r"(?:through|via)\s", re.I)


STABLE_PRODUCT, DESTABILIZED = "ProductStabilization", "ReactantDestabilization"


# what joins a consequence to its cause inside one sentence: ', and thereby', ', which in turn', 'and thus'
THEREBY = re.compile(r"[^.;]*?(?:\b(?:thereby|thus|hence|therefore|consequently|in\s+turn)\b)[\s,]*"
                      r"(?:(?:also|further|effectively)\s+)?", re.I)


# A sentence that names a mechanism without crediting it: a problem still open, an outlook, a
# research direction or a remark on what is known (English patterns, not vocabulary)
# ((?=[…]): the first letters of the alternatives, which lets a search pass other positions at once)
NO_CLAIM = gated(re.compile(r"(?=[escriavhfgwp])\b(?:encounters?|struggles?\s+with|"
                       r"challenges?\s+(?:like|such\s+as|remain)"
                       r"|remains?\s+(?:limited|unclear|unresolved|elusive)|(?:is|are)\s+insufficient|(?:is|are)\s+(?:still\s+)?essential|"
                       r"(?:is|are)\s+(?:[a-z]+ly\s+)?expected|it\s+is\s+expected|valuable\s+insights?|actively\s+exploring|"
                       r"(?:is|are)\s+(?:well\s+)?known\s+to|research\s+directions?|"
                       # earlier work the sentence recalls ('has been extensively studied')
                       # (and put to use before: 'porous carbons have been widely used to confine MgH2')
                       r"(?:has|have)\s+been\s+(?:[a-z]+ly\s+)?(?:studied|investigated|explored|used|employed|applied)|"
                       r"future\s+(?:work|research|studies)|"
                       # (a proposal of earlier work: 'Previous studies proposed that …')
                       r"(?:previous|earlier|prior)\s+(?:studies|works?|reports?)\s+(?:ha(?:ve|s)\s+)?(?:proposed|suggested)|"
                       # (and what earlier work found or reported: 'Earlier work showed that Ni …', 'It has been
                       # reported that TiF3 …', 'Nb2O5 has been widely reported to act as …', 'Some experimental
                       # results showed that Y serves as …': another study's finding, not this text's)
                       r"(?:previous|earlier|prior|some|several)\s+(?:experimental\s+)?(?:studies|works?|reports?|"
                       r"results|researchers|groups)\s+(?:ha(?:ve|s)\s+)?(?:shown|showed|found|demonstrated|revealed|"
                       r"reported|indicated)|it\s+(?:has\s+been|was|is)\s+(?:[a-z]+ly\s+)?reported\s+that|"
                       r"(?:has|have)\s+been\s+(?:[a-z]+ly\s+)?reported\s+to|"
                       r"in\s+the\s+(?:earlier\s+)?literature|in\s+(?:earlier|previous|prior)\s+(?:reports|studies|works?)|"
                       r"remains?\s+to\s+be|researchers\s+(?:have\s+)?(?:recently\s+)?focused|"
                       r"identified\s+as\s+(?:the\s+)?(?:key\s+)?factors|guidance\s+for|"
                       # what would or could happen, and a belief the sentence contradicts: no finding
                       r"would\s+(?:\w+\s+)?(?:manifest|act|be|lead|work|function)|could\s+be\s+(?:realized|realised|achieved|expected)|"
                       # a mechanism the authors say is unconfirmed
                       # the study's subject announced ('The catalytic effect of X on Y was investigated.')
                       # (also with the technique it was studied by: '… was studied by TPD.')
                       r"(?:was|were)\s+(?:[a-z]+ly\s+)?(?:investigated|studied|examined|explored)"
                       r"(?:\s+(?:by|using|with|via)(?:\s+[^\s,;.]+){1,4})?(?=\s*\.?\s*$)|"
                       r"(?:was|were|is|are|has|have|could|can)\s+(?:not|never)\s+(?:yet\s+)?(?:be(?:en)?\s+)?"
                       r"(?:confirmed|proven|proved|verified|established)|remains?\s+(?:unproven|unconfirmed|speculative|controversial))\b",
                       re.I), most=48)


# ('… lowers the onset to 220 °C, lower than observed in the literature', 'a larger drop than in previous
# reports'): a result the sentence compares with earlier work is its own finding, not a recall of that work
BEYOND_EARLIER = re.compile(r"\b(?:than|below|above|beyond|exceed\w*|surpass\w*|outperform\w*|compared\s+(?:to|with)|"
                             r"relative\s+to)\s+[^,;.]{0,80}?"
                             r"\bin\s+(?:the\s+(?:earlier\s+)?literature|(?:earlier|previous|prior)\s+(?:reports|studies|works?))",
                             re.I)


# 'Contrary to the conventional belief that local heating triggers …, X showed …': what the clause
# denies is credited to nobody (the rest of the sentence may still credit something)
DENIED = gated(re.compile(r"\bcontrary\s+to\s+(?:the\s+)?(?:conventional|common|general|traditional|prevailing)\s+"
                     r"(?:belief|view|wisdom|assumption|understanding)s?\s+that\s+[^,;]*", re.I))


ANION_SUBSTITUTION, CATION_SUBSTITUTION = "AnionSubstitution", "CationSubstitution"


# ('To study the reorientational motion of the anions, we measured …', 'in order to probe the spillover effect'): a
# mechanism named as what the work sets out to study is credited to nothing (its findings may credit it later)
STUDY_PURPOSE = re.compile(r"\b(?:in\s+order\s+)?to\s+(?:(?:[a-z]+ly|better|further)\s+)?"
                            r"(?:study|investigate|probe|examine|explore|understand|elucidate|clarify|monitor)\s+"
                            r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$", re.I)


# 'does not weaken …', 'fails to suppress …', 'shows no …', 'it is unclear whether X weakens …': a
# mechanism the clause denies or leaves open is credited to nobody ('not only … but also' affirms it)
NEGATED = re.compile(r"(?=[bcdfhinuw])(?:\b(?:not(?!\s+only\b)|never|cannot|can't|doesn't|don't|didn't|hardly|"
                      r"barely|neither|nor|"
                      r"fail(?:s|ed)?\s+to|unable\s+to|no\s+longer|without)\s+(?:[a-z][\w-]*\s+){0,3}"
                      r"|\bno\s+|\b(?:whether|if)\b[^,;:()]*)$", re.I)


# 'attributed to X, rather than the formation of a conducting interfacial layer': a mechanism set against the one
# credited is ruled out, not credited
RULED_OUT = gated(re.compile(r"(?=[ria])\b(?:rather\s+than|instead\s+of|as\s+opposed\s+to)\s+(?:[a-z][\w-]*\s+){0,4}$",
                              re.I))


# 'can inhibit electron transfer from [BH4]- to Li': a mechanism the sentence says is held back is not
# credited (a phrase that names the holding back itself, 'suppress NH3 release', is a label of its own)
_HINDERING = ("inhibit", "suppress", "hinder", "imped", "block", "obstruct")


HINDERED = Gated(re.compile(rf"\b(?:{'|'.join(_HINDERING)})\w*\s+(?:the\s+|any\s+)?$", re.I), _HINDERING)


# 'the migration of Li and Mg ions', 'Mg2+ cations': an ion the sentence speaks of, not an additive
IONS_AFTER = re.compile(r"(?:\s+(?:and|or)\s+\S+)?\s*(?:\d?\+)?\s+(?:ions?|cations?|anions?)\b", re.I)


# a clause with a subject of its own: ', while …', '; whereas …', ', but …'
# (and ', and CeH2.73 provides …': a clause joined by 'and' with a material of its own as the subject of its verb)
# 'LiH doped nanocrystalline Nb2O5', 'NaH doped TiO2': a material written as the dopant of the one after it, which is
# the material meant (the hyphenated 'LiH-doped Nb2O5' is read as one name already); so is one written as the catalyst
# or modifier of a sample after it ('the spill-over effect of TiC catalysed MgH2': the effect is said of the sample)
# (the ontology's ModifiedParticiple words, their past participles only: doped, catalysed, destabilized; not
# 'catalyst' or 'catalysing', whose material is no dopant of the next)
DOPANT_OF_NEXT = re.compile(rf"\s+(?:co-?)?{MODIFIED}(?<=ed)\s+(?:[a-z][\w-]*\s+){{0,2}}(?=[A-Z])")


# ', with ' opening an absolute clause, its material named next ('…, with V weakening the Mg–H bonds')
# (and the next material of the same clause: '…, with V weakening the Mg–H bonds and Nb offering …')
ABSOLUTE_OPENING = re.compile(r",\s*with\s+(?:the\s+)?(?:[^,;.]*\s+and\s+(?:the\s+)?)?$")


NEW_CLAUSE = re.compile(rf"[,;]\s*{CONTRAST_CONJUNCTION}\b|;"
                         r"|,\s*and\s+(?:the\s+)?(?-i:[A-Z][a-z]?(?:[\d.]+|[A-Z(][\w().]*)*)\s+(?:[a-z]+ly\s+)?"
                         r"(?!(?:nano)?(?:particles|powders|species|phases|clusters|additives|atoms|layers|sheets|"
                         r"grains|crystals|crystallites)\b)(?-i:[a-z]+(?:s|ed))\b"
                         # (', with V weakening the Mg–H bonds': an absolute clause, whose material is its own actor;
                         # the phrase may be its participle, read up to the phrase only)
                         r"|,\s*with\s+(?:the\s+)?(?-i:[A-Z][a-z]?(?:[\d.]+|[A-Z(][\w().]*)*)"
                         rf"{SUBJECT_NOUN}\s+(?=(?-i:[a-z]+ing)\b|$)", re.I)


# what follows a mechanism phrase to name what it is the effect of: ' effect of the ', ' of '
OF_AFTER = re.compile(r"(?:\s+(?:effects?|properties|activity|capability|abilit(?:y|ies)|roles?|"
                       rf"functions?))?\s+of\s+(?:the\s+)?{_BEING_THERE}?(?:in[\s-]situ\s+)?"
                       r"(?:[a-z][\w-]*\s+)?", re.I)


OF_THE = re.compile(r"(?:\s+(?:effects?|properties|activity|roles?|functions?))?\s+of\s+(?:the\s+)?")


# ('the synergy between Ni and CeO2', 'the synergistic effect between the Nb and V species'): the materials
# acting together, listed after 'between', are what the phrase is said of
BETWEEN_AFTER = re.compile(r"\s+between\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?", re.I)


APPOSED = re.compile(r"\s*\([^()]*(?:\([^()]*\)[^()]*)*\)")


# what introduces the agent after a phrase: 'by', 'in the presence of', 'with the addition of', 'upon
# adding', 'due to' (a word ending in -ing after it is an action, 'by forming LiNH2': no agent)
AGENT_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:in\s+the\s+presence\s+of|(?:by|with|after|upon|on)\s+(?:the\s+)?"
                          rf"{adding_nouns('PuttingInNoun', 'IntroductionNoun', 'HelpNoun', 'PresenceNoun')}\s+of"
                          r"|(?:after|upon|on)\s+adding|"
                          # ('… was accelerated by adding either 1 mol% of Ti species'): the agent after what was added
                          rf"by\s+(?:adding|doping\s+with|introducing)(?:\s+(?:either|both))?(?:\s+{AMOUNT_OF})?(?=\s*[A-Z(])|"
                          r"by|due\s+to|owing\s+to|thanks\s+to)\s+(?:the\s+|"
                          r"an?\s+)?(?:(?![a-z]+ing\b)[a-z][\w-]*\s+)?", re.I)


METHOD_ACTS = re.compile(r"^\W*(?:(?:this|these|such|both|the(?:se)?\s+two)\s+(?:[\w-]+\s+)?"
                          r"(?:methods?|approach(?:es)?|strateg(?:y|ies)|techniques?|routes?|designs?|modifications?)"
                          r"|(?:[\w-]+\s+)?(?:modification\s+)?(?:strategies|methods|approaches|techniques)\b"
                          r"|(?:cation|anion|ion)(?:ic)?\s+(?:doping|substitution)\b)", re.I)


# a noun phrase that names a sample of the paragraph before ('The composite …', 'these nanoparticles',
# 'the five principal elements'): only such a phrase carries a sample across paragraphs (not 'it',
# 'both', 'the interface')
CARRIED_REF = re.compile(r"\b(?:the|this|these|those|such)\s+(?:[\w-]+\s+){0,2}(?:(?:nano)?composites?|alloys?|"
                          r"catalysts?|additives?|dopants?|(?:nano)?particles|nanocrystals|phases?|elements|metals|"
                          r"anions|cations|scaffolds?|frameworks?|electrolytes?|solid\s+solutions?|mixtures?|"
                          r"[a-z]+ides?)\b", re.I)


POINTS_BACK = re.compile(r"(?=[bistw])\b(?:it|its|they|their|them|this|these|those|such|which|both|"
                          r"the\s+(?:[\w-]+\s+){0,2}(?:catalysts?|additives?|dopants?|composites?|nanocomposites?|samples?|"
                          r"scaffolds?|shells?|layers?|coatings?|(?:nano)?particles?|phases?|species|frameworks?|supports?|"
                          r"hosts?|hydrides?|alanates?|borohydrides?|materials?|systems?|electrolytes?|electrodes?|"
                          r"alloys?|interfaces?|elements|metals|components|constituents|anions|cations|[a-z]+ides?|"
                          # (the sample's parts and forms: 'the pores', 'the carbon walls', 'the solid solution')
                          r"pores|walls|matri(?:x|ces)|channels|solid\s+solutions?|mixtures?)|the\s+resulting"
                          # 'the primary catalytic effect arises from …': the effect of the catalyst just named
                          r"|the\s+(?:[\w-]+\s+)?catalytic\s+(?:effects?|activity|roles?|performance))\b", re.I)


# 'VB2 acts as a nucleation site for MgB2, which promotes its formation and thus the destabilization of LiBH4': a
# strategy named after the phrase behind a word of consequence is what the mechanism leads to, not the design the
# credited additive belongs to (English connectives)
CONSEQUENCE = re.compile(r"\b(?:thus|thereby|hence|consequently|therefore|leading\s+to|resulting\s+in)\b", re.I)


# a support written as the scaffold it is ('the carbon scaffold', 'the porous carbon host', 'the silica framework')
SCAFFOLD_NOUN = re.compile(r"\s+(?:scaffolds?|frameworks?|hosts?)\b", re.I)


NAMED_NEXT = re.compile(r"\s*(?:\(|,|:|\s)\s*(?:(?:e\.g\.|i\.e\.|namely|such\s+as|denoted|here)\s*,?\s*)?")


def _charge_units() -> list[str]:
    """The charge an electrode's capacity is given in, as the ontology's anode properties write their units ('mAh'
    of 'mAh/g'), each with an optional space inside ('mA h')."""
    vocab = vocabulary()
    heads = {t.unit.split("/")[0] for t in vocab.terms("Property")
             if t.unit and t.applications == (APPLICATIONS["anode"],) and "h" in t.unit.split("/")[0]}
    return sorted((re.escape(h).replace("h", r"\s?h", 1) if h.startswith("mA") else re.escape(h)) for h in heads)


ELECTRODE_CHARGE = re.compile(rf"\d\s*(?:{'|'.join(_charge_units()) or '(?!)'})\b")


SUPPORT_SIGN = re.compile(r"[@/]")      # what a catalyst on its support is written with ('Cu/Ti3C2Tx', 'CoNi@C')


METAL_CATALYSIS = "MetalCatalysis"


# headings of passages that restate what came before or look ahead (English words, not vocabulary)
RESTATING = gated(re.compile(r"(?=[cfops])\b(?:summary|outlook|conclusions?|concluding|perspectives?|"
                               r"future\s+directions?)\b", re.I))


# Strategies: the nano forms (particles, wires, films …) a material is made in; confinement in a scaffold
NANO, NANOCONFINEMENT = "Nanoengineering", "Nanoconfinement"


CARBON = "Carbon"     # the ontology's term for carbon as such ('C', 'carbon')


def said_in_situ(text: str) -> bool:
    """Does the sentence say something formed in situ ('in situ formed', 'in-situ', hyphenated or not), or with
    the run or the milling it formed in ('generated during hydrogenation', 'formed after ball milling', 'the
    formation of NbH during milling')?"""
    return IN_SITU in find_terms(WORD_HYPHEN.sub(" ", RUN_GAP.sub(" ", text)), ("SynthesisMethod",)) \
        or bool(IN_SITU_AFTER.search(text)) or bool(FORMED_DURING.search(text)) \
        or bool(FORMATION_DURING.search(text))


# 'the Mg formed in situ', 'Ni generated in situ': the ontology's FormedInSituParticiple before 'in situ'
# (and 'Nb2O5 was reduced in situ to …', 'converted in situ into V': its ConvertedInSituParticiple)
IN_SITU_AFTER = gated(re.compile(rf"\b(?:{FORMED_IN_SITU}|{CONVERTED_IN_SITU})\s+in[- ]situ\b", re.I))
