"""Word patterns the readers of ``ingest.extraction.samples.samples`` share: how a text links an additive to its host
('doped with', 'catalysed by', 'confined in', 'milled with 5 wt% of'), writes it as a prefix ('Ni-doped',
'TiF3-catalysed', 'graphene-supported'), names a baseline ('pristine', 'additive-free'), a swap ('substituting Al for
Mg') or an amount in a bracket ('(5 wt%)'). Compiled once here so that every part reads the same words; the vocabulary
in them comes from the ontology and the shared word modules (``preparation_words``, ``sample_words``).
"""
from __future__ import annotations

import re

from ontology.elements import SYMBOL_WRITTEN
from ontology.units import DURATION_WRITTEN
from ontology.vocabulary import vocabulary
from ontology.word_gate import gated

from .amounts import AMOUNT, AMOUNT_GROUPS, AMOUNT_OF, FRACTION_UNIT, PER_CENT
from .comparison_words import CONTRAST_CONJUNCTION
from .copula import BE, BE_PASSIVE
from .hedge_words import APPROX_SIGN, APPROXIMATING, bound, hedged
from .preparation_words import (
    ACTING,
    ADDED_AS,
    ADDING_AFTER,
    ADDING_BEFORE,
    ADDING_GERUND,
    ADDING_NOMINAL,
    ADDING_PARTICIPLE,
    ADDING_PRESENT,
    BLENDING,
    CATALYSING,
    CHANGING,
    CHANGING_OR_ACTIVATING,
    CHOSEN_PARTICIPLE,
    DERIVED,
    DOPING,
    ENABLING,
    FORMED_IN_PLACE,
    FORMED_IN_SITU,
    FORMED_OR_NUCLEATED,
    IMPROVING,
    LINKING,
    MADE_PARTICIPLE,
    MADE_PAST,
    MADE_PRESENT,
    MILLED,
    MILLED_OR_MIXED,
    MILLING,
    MILLING_PREFIX,
    MILLING_STEM,
    MIXING,
    MODIFIED,
    ON_SUPPORT,
    PLACED,
    PLACING,
    PLACING_PREFIX_VERBS,
    PREFIX_VERBS,
    PROMOTING,
    PUT_BEFORE_HOST,
    PUT_INTO_HOST,
    PUT_PARTICIPLE,
    PUT_PRESENT,
    REPLACING,
    SCAFFOLDING,
    SHOWING,
    SPACED_PLACING_VERBS,
    SPACED_PREFIX_VERBS,
    SUBSTITUTING,
    TOGETHER_MADE,
    USED_ACTIVE,
    USED_PARTICIPLE,
)
from .sample_words import (
    ALLOY_NOUNS,
    BASELINE_WORDS,
    BEST_WORDS,
    PARTICLE_WORDS,
    SAMPLE_NOUNS,
    SEVERAL_WORDS,
    SHAPE_WORDS,
    SHARE_NOUN,
    SIZE_NOUN,
    SIZED_PIECE,
    adding_nouns,
    agent_nouns,
)

# "5 wt% of", and "0.04 mol" (moles per formula unit of the host, as '–0.04KH' writes it)
_AMOUNT = (rf"(?:{AMOUNT_GROUPS}|(?P<moles>\d+(?:\.\d+)?)\s*(?:mol|equivalents?)\b"
           # ("with 2 equivalents of LiH": moles per formula unit of the host, as a coefficient)
           # "with 0.1 KH": a fraction written before a formula is its molar coefficient
           r"|(?P<coefficient>0?\.\d+)(?=\s+(?:[A-Z]|$)))"
           r"\s*(?:of\s+)?")


# a lowercase word, or two joined by a slash ("de/rehydrogenation", "de-/rehydrogenation", "ab/desorption")
_WORD = r"[a-z][\w-]*(?:/[a-z][\w-]*)?"


# a loading written as a variable a series gives after ("doped with x wt% Y (x = 5, 10, 15)"): no one amount
# "milled with the aid of TiF3", "MgH2 with (the) addition of 10 wt% of V2C", "with an addition of 5 wt% Ni": what
# puts the additive in, the article written or left out as abstracts do
_WITH_AID_OF = r"with\s+(?:(?:the|an)\s+)?(?:aid|help|assistance|addition)\s+of"


_VARIABLE_AMOUNT = r"(?:[xyn]\s*(?:wt\.?|mol|at\.?|vol\.?)\s*%\s+(?:of\s+)?)?"


ADJECTIVES = (rf"{_VARIABLE_AMOUNT}(?:(?:the|a|an|some|small|trace|only)\s+)?(?:{APPROX_SIGN}\s*)?(?:\d+(?:\.\d+)?\s*[nµμ]m(?:-thick)?\s+)?"  # "a 200 nm-thick", "a ∼100 nm"
               # ("1.4 wt% for LaNi5 and 7.6 wt% for MgH2": a value said for a material, no loading of it: 'for', 'than'
               # and 'per' are no words describing the material)
               rf"(?:(?!(?:for|than|per|versus|vs)\b){_WORD}(?:–[a-z][\w-]*)?\s+){{0,3}}?")   # "resorcinol–formaldehyde carbon aerogel"


# "doped with", "catalysed by", "milled together with", "confined in": a verb (or 'with') that puts
# the material after it into the host before it
# (the participles: the ontology's LinkingParticiple; a milling and a grinding are said with words of their own)
# ("MgH2 milled for 20 h with 5 wt% Nb2O5", "ball-milled at 400 rpm under argon with", "ball-milled 20 h with": the
# milling's settings said between the participle and what it put in, a duration even without its 'for')
LINK_VERB = (rf"(?:co-?doped|(?:hand[- ])?ground|{MILLING_PREFIX}{MILLED}(?:\s+(?:(?:for|at|under)\s+|"
              rf"\d+(?:\.\d+)?\s*{DURATION_WRITTEN}\b)[^,;.()]{{0,30}}?)?|"
              rf"(?:co-?)?{LINKING})"   # "MgH2 encapsulated with X", "wrapped with graphene", "co-catalysed by"
              # ("milled together with", "doped simultaneously with": how the additives went in, said between)
              rf"(?:\s+(?:together|[a-z]{{3,}}ly))?\s+(?:{_WITH_AID_OF}|with|by|using)")


# the pores a scaffold holds its hydride in, with a word of their size before them: 'the mesopores of', 'the
# nanometer-sized pores of', 'the nano-scale pores of'
PORES = r"(?:[a-z]+[-‐](?:sized|scale|size)\s+)?(?:meso|nano|micro)?pores"


# (the participles: the ontology's ScaffoldingParticiple; a host made in place: FormedInPlaceParticiple and
# NucleatingParticiple)
# ("solution-impregnated into", "vapour-infiltrated into": the route written on the participle with a hyphen)
SCAFFOLD_VERB = (rf"(?:(?:nano|[a-z]{{3,}}-)?{SCAFFOLDING}(?:\s+(?:from|by|via)\s+(?:the\s+)?[a-z][\w-]*)?"   # "infiltrated from solution into"
                  rf"\s+(?:in(?:to|side)?|within|on(?:to)?|(?:in(?:to|side)?|within)\s+the\s+{PORES}\s+of)"
                  # "formed by hydrogenation of Bu2Mg inside the pores of", "grown in situ within the channels of":
                  # a host made where it sits, inside its scaffold
                  rf"|{FORMED_OR_NUCLEATED}\s+(?:(?:in\s+situ|by|via|through|from)\b"
                  r"[^;.,]{0,60}?\s+)?(?:in(?:side)?|within)\s+the\s+(?:meso|nano|micro)?(?:pores|channels|cavities)\s+of)")


# (a noun for the sample, the ontology's SampleNoun scheme, or its particles' shape; its comma may follow: "the MgH2
# electrode, made with 20 wt% Super P and …")
_SAMPLE_WORD = (r"(?:(?:(?!(?:and|or|than|with|of|was|were|is|are)\b)[a-z][\w-]*\s+){0,2}?"
                rf"(?:{SAMPLE_NOUNS}|{SHAPE_WORDS}|{ALLOY_NOUNS}|adducts?|complex(?:es)?|melts?)\b(?:\s+|(?=,)))?")


# "nanoparticles with a size of <3 nm", "particles of about 5 nm,": the size of the host's particles, said
# between the host and the verb that places it
_SIZE_OF = (r"(?:,?\s*(?:with|having|of)\s+(?:(?:an?|the)\s+)?(?:(?:average|mean|typical)\s+)?"
            rf"(?:{SIZED_PIECE}\s+)?(?:{SIZE_NOUN}\s+(?:of\s+)?)?"
            rf"(?:{hedged(APPROXIMATING)}|{bound('BelowWord', 'UnderWord', 'LessThanPhrase')}\s+)?(?:[<>≤]|{APPROX_SIGN})?\s*"
            r"\d+(?:\.\d+)?(?:\s*[–-]\s*\d+(?:\.\d+)?)?\s*[nµμ]m\b,?\s*)?")


LINK = re.compile(
    # ("MgH2-based composites with 7 wt% ZrO2": the host named as the base of the samples)
    rf"(?:-based\b)?\s*{_SAMPLE_WORD}{_SIZE_OF}(?:\([^()]{{0,40}}\)\s*)?(?:\d+(?:\.\d+)?\s*[nµμ]m\s+thick\b)?,?\s*(?:(?:which|that)\s+{BE}\s+|(?:was|were|is|are|being|ha(?:s|ve)\s+been)\s+)?"
    # "was dried at 200 °C and mixed with …": a treatment of the host before what puts the additive in
    # ("was synthesised and then ball milled with": the step before, said without its setting)
    rf"(?:[a-z]+ed(?:\s+(?:at|under|in|for|overnight)\b[^,;.()]{{0,30}}?)?,?\s+and\s+(?:then\s+)?)?"
    # "evenly supported on", "uniformly dispersed in", "first milled with" (a step's order word stands there too)
    rf"(?:(?:[a-z]+ly|well|first|then|also|further|again|next|later)\s+)?"
    # ("LiBH4 (with carbon aerogel)", "MgH2 (doped with 10 wt% Ni)": the partner given in brackets after the host)
    rf"(?P<bracket>\(\s*)?"
    rf"(?:(?P<scaffold>{SCAFFOLD_VERB})|{LINK_VERB}|with|containing|incorporating|including|plus|\+"
    # "MgH2 was improved by adding", "LiBH4 … upon the addition of", "milled with the aid of": the additive
    # put in named after the action that puts it in
    # ("stabilized at room temperature by dissolving 25 mol% LiI": the setting of the change said between)
    rf"|(?:(?:ball[- ]|co-?)?[a-z]+ed\s+(?:(?:at|under)\s+[^,;.()]{{1,30}}?\s+)?)?(?:by|through|via|upon|after)\s+(?:the\s+)?"
    # ("prepared by ball milling with 10 wt% Nb2O5": the milling that put it in, named as the route)
    rf"(?:{ADDING_GERUND}|{ADDING_NOMINAL}\s+of|doping\s+(?:(?:it|them)\s+)?with"
    # ("prepared by mechanical grinding with Ni powder": a grinding puts it in as a milling does)
    rf"|{MILLING_PREFIX}(?:{MILLING}|{MIXING})\s+(?:(?:it|them)\s+)?(?:together\s+)?with)"
    rf"(?!\s+(?:(?!\d)[\w-]+\s+){{1,4}}of\b)"   # (not "analysed by adding the XRD pattern of X": what is added is no X)
    rf"|{_WITH_AID_OF}"
    rf"|(?:[\w-]+ed\s+)?in\s+the\s+presence\s+of"   # "MgH2 ball-milled in the presence of graphite"
    # "MgH2 was studied with TiF3 as the catalyst": what it was studied with is in it when named as its additive
    rf"|(?P<studied>(?:studied|investigated|examined|explored|evaluated|tested)\s+with)"
    rf"|and\s+(?:its|their)\s+(?:composites?|mixtures?|blends?)\s+with"   # "X and its composite with 10 wt% Y"
    rf"|to\s+(?:[a-z]+ly\s+)?(?:coat|cover|wrap)"   # "a solution of Li4(BH4)3I to coat LLZTO": what it coats joins it
    # "the MgH2 electrode prepared with 20 wt% carbon black and 10 wt% PVDF": what a sample was made with, at a
    # share, is in it (without a share, "prepared with a ball mill", "made with NaBH4", it may be a tool or a reagent)
    rf"|{MADE_PARTICIPLE}\s+with(?=\s+{AMOUNT})"
    rf"|and(?=\s+{AMOUNT}))\s+"
    # ("doped with a mixture of 5 wt% Ni and 5 wt% Fe": the additives named as one mixture, their loadings after)
    rf"(?:(?:an?|the)\s+{SEVERAL_WORDS}\s+of\s+(?={AMOUNT}))?"
    # ("with the optimum 10 wt% VC addition": the best of the loadings tried, named by its amount)
    rf"(?:(?:an?|the)\s+{BEST_WORDS}\s+(?={AMOUNT}))?"
    # ("milled with 5, 10 and 15 wt% TiO2": a series of amounts, one sample each, no amount of the one sample)
    rf"(?:(?P<series>(?:\d+(?:\.\d+)?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+))+)?{_AMOUNT}"
    # ("including 2–3 mol% TiCl3": a range of loadings, no one amount of the sample)
    rf"|\d+(?:\.\d+)?\s*[-–]\s*\d+(?:\.\d+)?\s*(?:wt|mol|at|vol)\.?\s*%\s*(?:of\s+)?)?{ADJECTIVES}$", re.I)


# "nanoparticles were formed by hydrogenation of": the route a host was made by, up to its precursor
MADE_ROUTE = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?{_SIZE_OF}(?:was|were)\s+{FORMED_IN_PLACE}\s+"
                         r"(?:in\s+situ\s+)?(?:by|via|through|from)\b[^;.,]{0,40}?\s+", re.I)


CELL_PART_AFTER = re.compile(r"\s+(?:metal\s+)?(?:(?:counter|blocking|reference|ion-blocking)[- ](?:electrodes?|anodes?)|"
                              r"foils?|current\s+collectors?)\b", re.I)


SUBSTRATE_AFTER = re.compile(r"\s+(?:foils?|substrates?|wafers?|grids?|current\s+collectors?|meshe?s?)\b", re.I)


PARTICLE_WORD = re.compile(rf"\b{PARTICLE_WORDS}\b", re.I)


# the shape word an additive is named with ("Ni nanoparticles", "TiO2 nanorods", "Co powder"): no material
SHAPE_WORDS_TEXT = rf"(?:\s+{SHAPE_WORDS})?"


# supported catalysts: the participles that put an additive on the support named next ("Ni anchored on CNTs")
# a further additive of the same sample: "doped with Ni and 5 wt% CeO2"
# ("Ni nanoparticles supported on carbon nanotubes": what the additive sits on, written additive/support)
# the nouns a coating is named by ("a LiBH4 shell", "a thin layer of X")
_SHELL_NOUN = r"(?:shell|layer|coating|skin)s?"


# "MgH2 coated with a Mg(BH4)2 layer", "MgH2 with a LiBH4 shell": a hydride named as the coating of the host
SHELL_AFTER = re.compile(rf"\s+{_SHELL_NOUN}\b")


AND_LINK = re.compile(rf"{SHAPE_WORDS_TEXT}\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+|(?:together|along)\s+with\s+|(?P<on>/\s*|(?:(?:[a-z][\w-]*\s+)?"
                       rf"{ON_SUPPORT}\s+)?on(?:to)?\s+(?:the\s+)?)"
                       # "…, wrapped in a thin shell of X": a shell around the same sample
                       rf"|(?P<shell>,?\s*(?:and\s+)?(?:wrapped|encapsulated|coated|covered|enclosed)\s+(?:in|by|with)\s+"
                       rf"(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+)?{_SHELL_NOUN}\s+of\s+)"
                       rf"|(?P<verb>,?\s*(?:and\s+)?(?:further\s+|also\s+|then\s+)?{LINK_VERB}\s+)"
                       # "confined in CMK-3 with 5 wt% TiF3": a loading given with 'with' is one more additive of the sample
                       rf"|(?P<with>,?\s*with\s+(?={AMOUNT})))"
                       # (", denoted as MH-NC": the sample's name, no further additive)
                       rf"(?!(?:here(?:in)?after|denoted|designated|labell?ed|named|referred|abbreviated|called)\b)(?:{_AMOUNT})?"
                       rf"(?:\d+(?:\.\d+)?\s*[–-]\s*\d+(?:\.\d+)?\s*[nµμ]m\s+)?{ADJECTIVES}$", re.I)


LINK_VERB_IN = re.compile(LINK_VERB, re.I)


# "LiBH4 and MgH2 were milled with 5 wt% NbF5", "MgH2 doped with Ni was then milled with graphene", "LiBH4
# doped with LiI was confined in silica": the verb after a sample's parts puts the one after it into the same sample
LIST_LINKED = re.compile(rf"{SHAPE_WORDS_TEXT}\s+(?:was|were)\s+(?:(?:[a-z]+ly|then|further)\s+)?"
                          rf"(?:{LINK_VERB}|(?P<into>{SCAFFOLD_VERB}))\s+(?:{_AMOUNT})?{ADJECTIVES}$", re.I)


# what makes an additive before it is put into the host ("synthesized", "prepared", …)
_MADE_VERB = MADE_PARTICIPLE


# The additive named before the host: "TiF3 was added to LiBH4", "Nb2O5 as a catalyst for MgH2",
# "ZrO2@C lowers the dehydrogenation temperature of MgH2"
# "as a catalyst", "as the dopant", "a promoter consisting of": the part an added material plays (the AgentNoun scheme)
_AGENT = agent_nouns("CatalystNoun", "AdditiveNoun", "DopantNoun")


_AGENT_OR_PROMOTER = agent_nouns("CatalystNoun", "AdditiveNoun", "DopantNoun", "PromoterNoun")


# "catalyst", "additives", "dopant": the nouns of the part an added material plays (the AddedNoun scheme)
_ADDED_PART = vocabulary().scheme_alternation("AddedNoun", ("AddedPartNoun",))


BEFORE_HOST = re.compile(
    rf"(?:\s+[a-z][\w-]*){{0,2}}?(?:\s*\([^()]*\))?"   # "NbTi nanoparticles (about 20 nm) were used to …"
    rf"(?:\s*,\s*(?:which|that))?"   # "a method to prepare X, which was then milled with MgH2"
    # "X, prepared via a sol–gel route, acts as a catalyst for MgH2": how it was made, set off by commas
    rf"(?:\s*,\s*(?:(?:first|freshly|separately)\s+)?{_MADE_VERB}\b[^,;.()]{{0,60}},)?"
    rf"\s*(?:{BE_PASSIVE}\s+)?(?:(?:first|then|subsequently|also)\s+)?(?:"
    rf"{USED_PARTICIPLE}\s+to\s+(?:{CHANGING}|{IMPROVING})|"   # "was used to catalyse / to improve LiAlH4"
    # ("Ni single atoms anchored on MgH2": the hydride named as the additive's support holds it)
    # ("PEO was blended with NaBH4", "ZrO2 was ground with LiBH4": mixing puts the one in the other as milling does)
    rf"(?:{PUT_BEFORE_HOST}|{ON_SUPPORT}|{MILLING_PREFIX}{MILLED_OR_MIXED})"
    # ("TiCl3 was ball milled together with NaAlH4": how the two went in, said between the participle and 'with')
    rf"(?:\s+together(?=\s+with\b))?\s+(?:in(?:to)?|to|onto|on|with(?:in)?)"
    # ("CMK-3 was impregnated with a THF solution of LiBH4": the host brought in dissolved)
    rf"(?:\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:solution|suspension)\s+of)?"
    # "X nanoparticles were formed in situ in MgH2": an additive made inside the host (a phase the host forms
    # on its own, "MgO formed in MgH2", is no additive: said without 'in situ')
    rf"|{FORMED_IN_SITU}\s+in[- ]situ\s+(?:in(?:side)?|within|on)"
    rf"|(?:(?:{USED_PARTICIPLE}|{CHOSEN_PARTICIPLE}|{ADDED_AS}|{ACTING})\s+)?"
    rf"as\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+)?{_AGENT_OR_PROMOTER}\s+(?:for|in|to|of|on)"
    rf"|(?:\w+\s+){{0,2}}?(?:(?:[a-z]+ly|further)\s+)?"   # ("found to markedly improve", "greatly reduces")
    # ("… catalyze hydrogen desorption from Mg(BH4)2": the host a release is from)
    rf"{IMPROVING}\s+(?:(?!than\b|compared\b|with\b|and\b|{CONTRAST_CONJUNCTION}\b|although\b){_WORD}\s+){{0,6}}?(?:of|in|for|on|from)"
    rf"|{ENABLING}"          # "Nb2C enables the LiBH4–MgH2 system to release …"
    # "NbF5 was found to be an effective catalyst for LiBH4", "TiO2 proved a superior additive for MgH2": the
    # part the material plays, said with a copula
    rf"|(?:{BE}\s+(?:(?:found|shown|proved|proven|demonstrated|considered|reported)\s+to\s+be\s+)?"
    rf"|(?:proved|proves|turned\s+out|appears?|seems?)\s+(?:to\s+be\s+)?)(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"{_ADDED_PART}\s+(?:for|in|to|of|on)"
    # "ZrO2 showed a catalytic effect in the Mg–N–H system", "CeO2 plays a catalytic role in LiAlH4"
    rf"|{SHOWING}\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+){{0,2}}?"
    rf"catalytic\s+(?:effects?|roles?|activity|action)\s+(?:on|in|for|towards?|of)"
    rf")\s+{ADJECTIVES}$", re.I)


# "Ni nanoparticles were synthesized by a wet route and then ball-milled with MgH2", "We grew CeO2 nanorods
# hydrothermally and milled them with NaAlH4", "a TiO2 catalyst was made by sol-gel processing to catalyse the
# hydrogen sorption of MgH2": the additive made first (its route may name reagents: "using NH3 plasma") and then
# put into the host in the same sentence. The making is said in the passive, or actively ("we synthesized …")
# with the additive taken up again by a pronoun ("… and milled them with")
MADE_VERB = _MADE_VERB   # (the making the readers of a making then a putting in know:
                         # ingest/extraction/samples/precursors.py)


MADE_THEN_PUT = re.compile(
    rf"(?:\s+[a-z][\w-]*){{0,2}}?(?:\s*\([^()]{{0,30}}\))?"        # "nanoparticles", "catalyst", "(NPs)"
    # "Co@C derived from ZIF-67 was …", "Ni/C obtained by pyrolysis of a MOF was …", "C templated by SBA-15 was …":
    # the making said by a participle after the additive, with what it was made from (a reagent, no additive)
    rf"(?P<pre>\s+(?:{_MADE_VERB}|{DERIVED})\s+(?:by|from|via|through|using|"
    rf"with|on)\b[^;.]{{0,60}}?(?=\s+(?:was|were)\b))?"
    # ("TiO2 was chosen as the catalyst and ball milled with MgH2": a choosing takes the making's place)
    # ("Ni nanoparticles were dispersed and then milled with MgH2": a putting on a support is a making step too)
    rf"(?:\s+(?P<passive>(?:was|were)\s+(?:first\s+|initially\s+|separately\s+)?(?:{_MADE_VERB}|{CHOSEN_PARTICIPLE}|{ON_SUPPORT})))?"
    # how it was made: "hydrothermally", "by a wet route", "solvothermally in ethanol" (or what it was chosen as)
    rf"(?P<route>(?:\s+[a-z]+ly\b)?(?:\s+(?:[a-z]+ly\s+)?(?:by|via|through|using|from|with|in|under|at|as)\b[^;.]{{0,90}}?)?)"
    rf",?\s+(?:and\s+|before\s+being\s+)?(?:(?:was|were)\s+)?"
    rf"(?:then\s+|subsequently\s+|further\s+|finally\s+|later\s+|afterwards\s+)?(?:"
    rf"(?P<put>{MILLING_PREFIX}{MILLED}|{PUT_PARTICIPLE}"
    rf"|(?P<present>(?:co-?)?(?:ball[- ])?{PUT_PRESENT}(?=\s+(?:them|it)\b)))"   # "… and ball mill it with MgH2"
    rf"(?P<pronoun>\s+(?:them|it))?\s+(?:together\s+)?(?:in(?:to)?|to|with(?:in)?|onto)"
    rf"|(?:{USED_PARTICIPLE}\s+)?to\s+(?:{CHANGING_OR_ACTIVATING}|{IMPROVING})"
    rf"(?:\s+(?:(?!than\b|and\b)[a-z][\w-]*\s+){{0,5}}?(?:of|in|for|on))?"   # "to catalyse MgH2" names it at once
    rf"|(?:{USED_PARTICIPLE}\s+)?as\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+)?{_AGENT}"
    rf"\s+(?:for|in|to|of|on)"
    # "… were synthesized and their catalytic effect on MgH2 was evaluated": what it does to the host, named at once
    rf"|(?:their|its)\s+(?:catalytic\s+)?(?:effects?|roles?|influence|impact)\s+(?:on|in|for|towards?)"
    rf"(?:\s+(?:(?!than\b|and\b)[a-z][\w-]*\s+){{0,5}}?(?:of|in|for))?)"
    rf"\s+{ADJECTIVES}$", re.I)


# "we use TiO2 to catalyse MgH2", "we employed Ni as a catalyst for LiBH4": the study's own using of the additive
USED_ACTIVELY = re.compile(rf"\b(?:we|authors?)\s+{USED_ACTIVE}\s+(?:(?:an?|the|some)\s+)?(?:[a-z][\w-]*\s+){{0,2}}$", re.I)


MADE_ACTIVELY = re.compile(rf"\b(?:we|authors?)\s+(?:first\s+)?(?:{MADE_PAST}|{MADE_PRESENT})\s+(?:(?:an?|the|some)\s+)?(?:[a-z][\w-]*\s+){{0,2}}$",
                            re.I)


# "nanorods", "nanoflakes", "nanocubes": the shape a made additive is named with before what puts it into the host
# "adding 7 wt% NbF5 to MgH2", "the addition of TiF3 into LiBH4"
# (and the present of an abstract's own work: "We introduce TiO2 into MgH2 by ball milling", "we add 5 wt% Ni to")
ADDING = re.compile(rf"\b(?:{ADDING_BEFORE}|{ADDING_NOMINAL} of|(?<=we ){ADDING_PRESENT}|"
                     rf"(?:catalytic\s+)?(?:effects?|roles?|influence|impact|mechanisms?|action) of)\s+(?:\d+(?:\.\d+)?\s*(?:{FRACTION_UNIT}|mol\b)\s*(?:of\s+)?)?"
                     r"(?:(?:the|a|an)\s+)?(?:\d+(?:\.\d+)?\s*[nµμ]m(?:-thick)?\s+)?(?:[a-z][\w-]*\s+){0,3}$",
                     re.I)  # "incorporated the transition metal sulfide TiS2", "deposit a 25 nm-thick Pd"


# "adding 0.1 LiBH4 to 2LiNH2–MgH2": a molar coefficient below one, written apart from the formula after a word
# that adds it, is the amount added per formula unit of the host (as '0.1LiBH4' glued to it is)
COUNT_ADDED = re.compile(rf"\b(?:{ADDING_BEFORE}|{ADDING_NOMINAL} of)\s+(?P<coefficient>0?\.\d+)\s+$", re.I)


# ("the effects of KOH (3 mol%) and LiBH4 (10 mol%) on …": the loading in a bracket after the additive)
ADDING_TO = re.compile(rf"(?:\s*\(\s*{AMOUNT}\s*\))?(?:\s+(?:coatings?|layers?|films?|shells?|overlayers?|{SHAPE_WORDS}|"
                        rf"alloys?|catalysts?|additives?)|(?<!\))\s+{ADDING_AFTER})?"   # "a Pd coating on a Mg film",
                        # "X alloy to MgH2", "the effect of TiO2 addition on MgH2" (not a bracketed label's: "the multiple oxide
                        # (Cr2O3/Nb2O5) addition" adds two oxides, not the one the slash would name)
                        rf"\s+(?:in(?:to)?|to|onto|on|with(?:in)?)\s+{ADJECTIVES}$", re.I)


# "With 10 wt% FeCoNi@C, MgH2 absorbs …"
WITH_FIRST = re.compile(rf"\bwith\s+(?:{AMOUNT_OF})?"
                         r"(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}$", re.I)


# (the main clause may begin with what it says of the host: "With CeO2, the activation energy of MgH2 …"; the
# additive may carry its shape word: "With 5 wt% TiO2 nanoparticles, MgH2 …", and the participle that put it in:
# "With 5 mol% KH incorporated, the Mg(NH2)2–2LiH composite …")
WITH_FIRST_GAP = re.compile(rf"{SHAPE_WORDS_TEXT}(?:\s+{ADDING_PARTICIPLE})?"
                             r"\s*(?:,\s*(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}"
                             r"|,?\s*(?:the\s+)?(?:(?!and\b|or\b)[a-z][\w-]*\s+){1,3}of\s+(?:the\s+)?)$")


# "a dual-catalyst system of Ni and CeO2 for MgH2", "an additive consisting of TiF3 and C for LiBH4": the catalyst
# (or additive) named by what it is made of, and the host it is for
CATALYST_OF = re.compile(rf"\b{_AGENT_OR_PROMOTER}\s+(?:systems?\s+|combinations?\s+)?"
                          r"(?:of|comprising|consisting\s+of|composed\s+of|made\s+of|based\s+on)\s+[^.;]*$", re.I)


FOR_HOST = re.compile(rf"{SHAPE_WORDS_TEXT}\s+(?:for|in|towards?)\s+{ADJECTIVES}$", re.I)


PUT_INTO = re.compile(rf"(?:\s*\([^()]{{0,20}}\))?\s*(?:{BE}\s+)?"
                       rf"(?:{PUT_INTO_HOST}|{MILLING_PREFIX}{MILLED})"
                       rf"(?:\s+together(?=\s+with\b))?\s+(?:in(?:to)?|to|with)\s+{ADJECTIVES}$", re.I)


# "5 wt% of", and "0.08 mol" (moles per formula unit of the host: a coefficient, '–0.08KH')
AMOUNT_BEFORE = re.compile(rf"(?:{AMOUNT_GROUPS}|(?P<moles>\d+(?:\.\d+)?)\s*mol)\s*(?:of\s+)?"
                            r"(?:(?:the|a|an)\s+)?$", re.I)


# "10 wt% of this hierarchical catalyst (Ni/Co/C)", "5 wt% of a bimetallic additive (Ni/Co)": the loading of an additive
# the text first names by its part in the sample (the ontology's AddedPartNoun words), its formula in the bracket after
AMOUNT_OF_PART = re.compile(rf"(?:{AMOUNT_GROUPS})\s*of\s+(?:(?:the|a|an|this|these|that)\s+)?(?:[\w-]+\s+){{0,3}}?"
                             rf"{_ADDED_PART}\s*(?:\(\s*)?$", re.I)


PART_REACH = 90   # the amount, the article, a few describing words and the part noun


# "Ti-doped NaAlH4 (2 mol% Ti)", "Nb2O5-catalysed MgH2 (1 mol%)": the prefix's loading in a bracket after the host
LOADING_BRACKET = re.compile(rf"\s*\(\s*(?:{AMOUNT_GROUPS})\s*(?:of\s+)?(?P<what>[^()]{{0,30}}?)\s*\)", re.I)


# (not after 'of': "the capacity of Ni-doped MgH2 (6.5 wt%)" gives the value of what the sample is named after;
# nor set against another sample's bracketed share: "Ni-doped MgH2 (6.5 wt%) … than pure MgH2 (7.0 wt%)")
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+|an?\s+)?$", re.I)


_SET_AGAINST_SHARE = re.compile(r"[^;]*?\b(?:than|compared|versus|vs\.?|whereas|while)\b[^;]*?\(\s*[\d.]+\s*"
                                r"(?P<unit>wt|mol|at|vol)\s*%", re.I)


_SHARE_UNIT = re.compile(r"(wt|mol|at|vol)\s*%", re.I)


def bracketed_loading(text: str, prefix_start: int, bracket_start: int, bracket_end: int) -> bool:
    """Is a share alone in a bracket after a prefixed host ("TiF3-doped LiBH4 (5 wt%)") the prefix's loading,
    not a value of the sample: not after 'of', not set against another sample's share of its unit in brackets?"""
    if _OF_BEFORE.search(text, max(0, prefix_start - 12), prefix_start):
        return False
    against = _SET_AGAINST_SHARE.match(text, bracket_end)
    own = _SHARE_UNIT.search(text, bracket_start, bracket_end)
    return against is None or own is None or against.group("unit").lower() != own.group(1).lower()


NOT_IN_SAMPLE = re.compile(r"\b(?:than|compared|without|unlike|versus|vs|contrast|opposed|relative)\b[^,;]*$", re.I)


# the verbs a prefix ends in: those that add the material to the host, and those that place the host in or on it
# (the ontology's PrefixVerb and HyphenPrefixVerb; PlacingPrefixVerb and HyphenPlacingVerb)
# "Ni-doped", "TiF3-catalysed", "CeO2-modified": the prefix names the additive
# ("CMK-3-confined", "SBA-15-supported": a scaffold's name may hold a hyphen and number; "submicron-Mn-doped",
# "ML-Ti3C2-modified": a word of size or form before the additive is part of its name; a prefix that
# places the host into or onto its support writes it host@support)
# ("TiVO3.5-containing", "Ni0.5Co0.5-doped": a decimal count after an element symbol is part of the formula)
# ("Ni@C-doped", "Ti3C2/TiO2-catalysed", "ZrCl4/graphene-doped": a composite additive, its support maybe named in
# lower-case letters; "rGO-wrapped": an abbreviation led by lower case)
_PREFIX = re.compile(r"(?<![\w\-–/@])(?:(?P<coefficient>\d*\.\d+)(?=[A-Z]))?(?P<add>(?:(?!non-)[a-z]{4,}[-‐]|[A-Z]{2,4}[-‐](?=[A-Z]))?"
                     r"(?:[A-Z]|[a-z]{1,2}[A-Z])(?:[A-Za-z0-9()·]|(?<=[A-Za-z]\d)\.\d)*(?:[@/](?:[a-z]{0,2}[A-Z][A-Za-z0-9()·]*|[a-z]{4,}))*(?:-\d+)?"
                     r"(?:[-‐][A-Z]{2,4})?"   # ("NiCo-LDH-modified": a class abbreviation after the metals)
                     rf"|[a-z]{{4,}})[-‐–](?:co-?)?(?:{PREFIX_VERBS}|(?P<placed>{PLACING_PREFIX_VERBS}))\b")


# (the hyphen and verb every prefix ends in: a quick look before the whole pattern is tried at every letter; some
# print the hyphen as an en dash, 'carbon–modified')
PREFIX_VERB = re.compile(rf"[-‐–](?:co-?)?(?:{PREFIX_VERBS}|{PLACING_PREFIX_VERBS})")


PREFIX = _PREFIX  # "Ni-doped" as other readers see it (a loading before it: "the 5 wt% Ni-doped MgH2")


FILLED_WITH = re.compile(r"\b(?:loaded|infiltrated|impregnated|filled|infused)\s+with\b", re.I)


# "Ni doped MgH2", "TiF3 catalyzed LiBH4": a prefix written without its hyphen (the verb then at most two
# words before the host, none a preposition or conjunction)
# (the ontology's PrefixVerb and PlacingPrefixVerb: not the words a prefix ends in only after its hyphen)
SPACED_PREFIX = re.compile(rf"\s+(?:(?:co-?)?(?:{SPACED_PREFIX_VERBS}|(?P<placed>{SPACED_PLACING_VERBS}))"
                            r"(?:\s+(?!(?:and|or|than|with|by|of|in|on|at|to|for|from|as|was|were|is|are)\b)"
                            r"[a-z][\w-]*){0,2}\s+"
                            rf"|(?P<substituted>(?:co-?)?(?=(?:{SUBSTITUTING})\b)\w+ed)\s+)", re.I)


# ("LiBH4 with MgH2", "LiBH4 containing MgH2", "LiNH2–LiH incorporating KH": a hydride the host is written with or
# is said to hold is in its sample)
WITH_END = re.compile(r"\b(?:with|containing|incorporating)\s+(?:the\s+)?$", re.I)


# "doped with", "catalysed by", "NaH-catalysed": what the text says acts on the host as a catalyst, even a
# hydride the ontology usually gives a reactive partner's role (NaH in "NaH-catalysed LiNH2–LiH")
# (the ontology's DopingWord, CatalysingStem (anywhere in a word: 'nanocatalyst') and PromotingStem)
_DOPING_WORD = rf"\b(?:co-?)?{DOPING}\b"


_CATALYSING = re.compile(rf"{_DOPING_WORD}|{CATALYSING}|\b{PROMOTING}", re.I)


_DOPING = re.compile(_DOPING_WORD, re.I)


# "doped with", "catalysed with": the participle of doping right before the material it puts in
DOPED_WITH_BEFORE = re.compile(rf"(?:{_DOPING_WORD}|{CATALYSING})\s+with\s+(?:the\s+)?$", re.I)


# "substitution of BH4− by Cl− in ", "replacing part of the BH4 with iodide in ": the anion (its symbol with a
# charge, or its name) said to take the host's anion's place, right before the host
ANION_REPLACING = gated(re.compile(
    r"\b(?:substitution|replacement|replacing|substituting)\s+(?:of\s+)?(?:the\s+|some\s+|part\s+of\s+(?:the\s+)?)?"
    r"\S+\s+(?:anions?\s+|groups?\s+)?(?:with|by)\s+(?:the\s+)?(?:(?P<symbol>[A-Z][a-z]?)\^?[-−]|(?P<add>[a-z]+))"
    r"(?:\s+(?:anions?|ions?))?\s+in(?:to)?\s+(?:the\s+)?$", re.I))


# "substituting Al for Mg in ", "Ti substitution for Mg in ", "replacing Mg with Ti in ", "the partial substitution of
# Mg by Al in ": one element put in another's place in the compound named right after (the one going in: before
# 'for', after 'with' or 'by'; the words: the ontology's ReplacingStem, verbs and nouns)
_SYMBOL = SYMBOL_WRITTEN


# ('substituting 12.5 at.% Al for Mg', 'replacing 25% of Mg by Ti': how much goes in or comes out, before the element)
_SWAP = (rf"(?:(?:\b{REPLACING}\s+(?:of\s+)?(?:{PER_CENT}\s*(?:of\s+)?)?(?P<into>{_SYMBOL})|(?P<into_named>{_SYMBOL})\s+{REPLACING})"
         rf"\s+for\s+(?:the\s+)?(?P<out>{_SYMBOL})"
         rf"|\b{REPLACING}\s+(?:of\s+)?(?:the\s+|some\s+|part\s+of\s+(?:the\s+)?|{PER_CENT}\s*(?:of\s+)?(?:the\s+)?)?"
         rf"(?P<out_first>{_SYMBOL})\s+(?:atoms?\s+)?(?:with|by)\s+(?P<into_after>{_SYMBOL})"
         # ('Ti-for-Mg substitution': the two symbols glued by hyphens, read as no material of their own)
         rf"|(?<![\w-])(?P<into_glued>{_SYMBOL})[-‐]for[-‐](?P<out_glued>{_SYMBOL})[-‐\s]+{REPLACING})")


SWAP_BEFORE_HOST = gated(re.compile(_SWAP + r"(?:\s+(?:atoms?|ions?|cations?))?\s+in(?:to)?\s+(?:the\s+)?$", re.I))


# "Substituting Al for Mg lowers the decomposition enthalpy of MgH2 …": the swap said first, the compound it is made in
# the first material named after it
SWAP_AHEAD = gated(re.compile(_SWAP + r"(?!\s+in(?:to)?\b)", re.I))


# "Upon iodide substitution, the Li+ conductivity of LiBH4 …", "bromide substitution in Mg(BH4)2": an anion in words
# before the noun of substituting (the ontology's SubstitutionNoun), either fronted by a preposition with the host in
# the main clause after it (no formula, clause or contrast between), or right before 'in' and the host
_ANION_SUBSTITUTION = rf"\b(?P<add>[a-z]+)(?:\s+anions?|\s+ions?)?\s+{adding_nouns('SubstitutionNoun')}"


ANION_SUBSTITUTION_BEFORE = (
    gated(re.compile(rf"\b(?:with|upon|after|on|by|through|via)\s+(?:the\s+)?(?:partial\s+)?{_ANION_SUBSTITUTION}\s*,"
                     r"(?:(?!(?-i:[A-Z][a-z]?\d)|\b(?:whereas|while|but|than)\b)[^,.;])*$", re.I)),
    gated(re.compile(rf"{_ANION_SUBSTITUTION}\s+in(?:to)?\s+(?:the\s+)?$", re.I)))


# "… doped with iodide", "… partially substituted by bromide ions": an anion in words after the verb
ANION_PUT_IN = re.compile(rf"\s+(?:[a-z]+ly\s+)?(?:{DOPING}|{SUBSTITUTING})\s+(?:with|by)\s+(?:the\s+)?"
                           r"(?P<add>[a-z]+?)(?:\s+(?:anion|ion)s?)?\b", re.I)


# "Mg2FeH6 substituted with Y", "K-substituted Li2B12H12": what the text says takes the host's lattice sites
# (the ontology's SubstitutingWord)
_SUBSTITUTING = re.compile(rf"\b{SUBSTITUTING}\b", re.I)


# what a prefix-doped noun stands for when no hydride follows: "the Ni-doped sample"
SAMPLE_NOUN = re.compile(rf"(?:\s+[a-z][\w-]*){{0,2}}?\s+{SAMPLE_NOUNS}\b")


BETWEEN_PREFIX_AND_HOST = re.compile(r"(?:\s+(?!(?:and|or|than|with|of)\b)[a-z][\w-]*){0,2}\s+$")


# "pristine MgH2", "additive-free LiBH4": the bare host, the reference of a comparison
# "additive-free", "filler-free", "scaffold-free": a sample named by what it is without
BASELINE = gated(re.compile(rf"\b{BASELINE_WORDS}\s+(?:[a-z][\w-]*\s+)?$", re.I))


BASELINE_LEAD = re.compile(rf"{BASELINE_WORDS}\s", re.I)


IN_SITU = re.compile(r"\bin[- ]situ\b", re.I)


# "Confined in mesoporous carbon (pore size 8 nm), the LiBH4–LiBr–LiCl electrolyte conducts …": a
# scaffold fronted before the sample it holds
FRONTED = re.compile(rf"\W*(?:(?:when|once|after\s+being)\s+)?{SCAFFOLD_VERB}\s+{ADJECTIVES}", re.I)


FRONTED_END = re.compile(r"\s*(?:[a-z][\w-]*\s*)?(?:\([^()]*\))?\s*,")


# "Through nanoconfinement within the pores (2–20 nm) of graphite, LiH …", "Upon confinement in CMK-3, LiBH4 …": the
# scaffold named after a fronted word of confinement (the ontology's Nanoconfinement labels) holds the sample after it
FRONT_LEAD = re.compile(r"\W*(?:through|by|upon|after|following|via|with|on)\s+(?:the\s+)?", re.I)


INTO_PORES = re.compile(rf"\s+(?:with)?in(?:to|side)?\s+(?:the\s+{PORES}\s*(?:\([^()]*\)\s*)?of\s+)?"
                         rf"{ADJECTIVES}", re.I)


FRONT_CLOSE = re.compile(r"\s*(?:\([^()]*\))?\s*,?\s*(?:the\s+)?")   # ('…, the LiBH4 releases')


# the strategy, the mechanism and the synthesis route a word of confinement names (an infiltration is by its
# definition the filling of a porous scaffold: 'After melt infiltration into SBA-15, LiBH4 …' is a confined sample)
CONFINING = ("Nanoconfinement", "ConfinementEffect", "InfiltrationMethod")


CONFINING_KINDS = ("Strategy", "Mechanism", "SynthesisMethod")


# "milled with 5 wt% of Ni, Co or Fe", "2LiNH2–MgH2 composites containing 5 mol% of KH, RbH or CsH",
# "melt-infiltrated into SBA-15, MCM-41 and CMK-3": several samples of one host, one additive each
# ("doped with Ni as well as CeO2", "catalysed by Ni together with CeO2": the next item of the same list)
LIST_NEXT = re.compile(rf"{SHAPE_WORDS_TEXT}\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|as\s+well\s+as\s+"
                        r"|(?:together|along)\s+with\s+)(?:the\s+)?")


# ", or 5 mol% TiCl3": the next of a list of alternatives written with its own loading
OR_LOADED_NEXT = re.compile(rf"\s*,?\s*or\s+(?:{AMOUNT_GROUPS})\s*(?:of\s+)?(?:the\s+)?", re.I)


PLURAL_SAMPLES = re.compile(r"\s*(?:samples|composites|powders|mixtures|electrodes|anodes|nanocomposites|"
                             r"electrolytes)\b", re.I)


# "confined LiBH4 (~30 nm) within carbon nanocages", "grew MgH2 nanoparticles on Ti3C2 sheets": a verb
# before the host puts it into or onto the support named after it (with the host's shape and size
# in between); "MgH2 nanoparticles with a mean size of 6 nm on graphene" says it with the shape alone (the shapes:
# the ontology's ShapeNoun scheme)
SHAPE = rf"(?:nano)?{vocabulary().scheme_alternation('ShapeNoun', ('PlacedShapeNoun',))}"


_PLACED = re.compile(
    rf"\s*(?:\([^()]*\)\s*)?(?P<shape>(?:[a-z]{{3,}}[-‐–][a-z]{{3,}}\s+|hollow\s+|ultrafine\s+|ultrasmall\s+)?{SHAPE}\s+)?"
    rf"(?:(?:with|of)\s+(?:an?\s+)?(?:(?:average|mean|typical)\s+)?(?:sizes?|diameters?|thickness|widths?)\s+"
    rf"(?:of\s+)?[^,;()]{{0,25}}?\s+)?(?:{PLACED}\s+)?"
    rf"(?P<prep>within|inside|into|in|onto|on)\s+(?:the\s+|an?\s+)?(?:{PORES}\s+of\s+(?:the\s+|an?\s+)?)?"
    rf"(?:(?:[a-z][\w-]*|\d[A-Z])\s+){{0,3}}?$", re.I)


PLACING_VERB = re.compile(rf"\b(?:nano)?{PLACING}\s+"   # (the ontology's PlacingStem)
                           r"(?:(?:the|an?|\d+(?:\.\d+)?(?:[–-]\d+(?:\.\d+)?)?\s*nm(?:-thick)?)\s+)?"
                           r"(?:[a-z][a-z-]*\s+){0,2}$", re.I)


# "to blend Mg(BH4)2 with Mg(NH2)2", "by milling LiBH4 with LiNH2": the hydride after 'with' goes into the first
BLEND_BEFORE = re.compile(rf"\b(?:{BLENDING}|(?:ball[- ]|co-?)?{MILLING_STEM})\s+(?:the\s+)?$", re.I)


# "milled with TiF3 and, separately, deposited on rGO": two samples of the host, one treatment each
REACTION_OF = re.compile(r"\b(?:react\w*|conver\w*|lithiation|sodiation|titration)\s+(?:of\s+|between\s+)(?:the\s+)?$", re.I)


RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


# "Three hydrides, LiBH4, NaBH4 and KBH4, were milled": a list counted as materials of a kind is so many samples
COUNTED_BEFORE = re.compile(r"\b(?:two|three|four|five|six|several|various|different)\s+(?:[a-z-]+\s+)?"
                             r"(?:hydrides|borohydrides|alanates|amides|samples|materials|compounds|powders)\s*[,:(][^.;]*$", re.I)


APART = gated(re.compile(r"\b(?:separately|alternatively|instead|independently|in\s+(?:a\s+)?(?:separate|second|another)\s+\w+)\b", re.I))


LATER_SCAFFOLD = re.compile(rf"[^.;]*?(?:\b(?:and|then|subsequently|before\s+being|after\s+which)|,)\s+(?:[\w-]+\s+){{0,6}}?"
                             rf"(?:{SCAFFOLD_VERB}|(?:nano)?(?:confin|embedd?|encapsulat|infiltrat|impregnat|"
                             rf"incorporat|load|dispers|stabili[sz])(?:ed|ing)\s+(?:them|it|the\s+(?:mixture|composite|powder))\s+"
                             rf"(?:in(?:to|side)?|within|on(?:to)?)(?:\s+the\s+pores\s+of)?)\s+{ADJECTIVES}$", re.I)


ELEMENT = re.compile(r"[A-Z][a-z]?")   # an element symbol in a formula


# "5 wt% each of", "(each 10 wt%)", "(10 wt% each)": one amount said of every additive listed
EACH = re.compile(r"\beach\b", re.I)


SPACED_AT = re.compile(r"\s+@\s*([A-Za-z](?:[\w\-–()]*[\w)])?)")


SPACED_DASH = re.compile(r"\s+[-–]([A-Z][A-Za-z0-9()]*)(?=\s+(?:composites?|materials?|systems?|samples?|electrodes?)\b)")


# "… was used as an additive", "… serves as the dopant": the words between a material and the class noun of its part
LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.I)


# ("CeO2 was used as an additive in MgH2", "NbF5 proved to be a good additive for LiBH4": the class word after a
# copula names the part the material before it plays)
AS_CLASS = re.compile(r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:as|to\s+be|is|are|was|were)\s+(?:an?\s+|the\s+)?"
                       r"(?:[a-z][\w-]*\s+)?", re.I)


# (the ontology's confinement strategy and its class of porous scaffolds: what a support holding a hydride is for)
CONFINEMENT, POROUS_SCAFFOLD = "Nanoconfinement", "PorousScaffold"


COMPOSED_OF = re.compile(r"(?:composed|consisting|made(?:\s+up)?|comprised)\s+of\b", re.I)


# a name spelled out in capitalised words before its code in brackets ('Santa Barbara Amorphous-15 (SBA-15)', 'Mobil
# Composition of Matter No. 48 (MCM-48)'): the words whose initials give the code's letters, a 'No. N' after them
_NAME_IN_WORDS = r"(?:[A-Z][a-z]+(?:-\d+)?\s+(?:(?:of|for|the|and)\s+)?){2,6}"


SPELLED_OUT = rf"{_NAME_IN_WORDS}(?:No\.\s*\d+\s*)?\(\s*"


_SPELLED_OUT = re.compile(rf"(?P<long>{_NAME_IN_WORDS}){SPELLED_OUT[len(_NAME_IN_WORDS):]}$")


# "The Nb2O5 content was 3 mol%", "the KH loading in the composite is 5 mol%": an additive of the passage's sample
# named with a share noun and its amount, in a sentence of its own (the notation gave it none)
SHARE_WORD = gated(re.compile(rf"\s{SHARE_NOUN}\b", re.I))


AMOUNT_IN_BRACKETS = re.compile(rf"\s*\(\s*{AMOUNT_GROUPS}\s*\)", re.I)


# "TiO2 nanoparticles (5 wt%) were milled with …": the loading after the additive's shape word
SHAPED_AMOUNT_IN_BRACKETS = re.compile(rf"{SHAPE_WORDS_TEXT}{AMOUNT_IN_BRACKETS.pattern}", re.I)


# "TiF3 nanoparticles supported on", "Ni anchored onto", "Fe nanoparticles on": an additive carried by the
# support named next (the participle may be left out: "Pd on carbon" is how catalysts are sold and named)
CARRIED_ON = re.compile(r"(?!\s+(?:based|depending|relying)\b)(?:\s+[a-z][\w-]*)?(?:\s*\([^()]{0,20}\))?\s+"
                         r"(?:(?:uniformly|homogeneously|evenly|well)\s+)?"
                         rf"(?:{ON_SUPPORT}\s+)?on(?:to)?\s+"
                         r"(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+){0,2}?$", re.I)


_SHAPE_WORDS = re.compile(SHAPE_WORDS_TEXT)


# "LiBH4 was ball milled with MgH2": the hydride milled into the host makes one sample with it
MILLED_WITH = re.compile(rf"\b{MILLING_PREFIX}{MILLED_OR_MIXED}\s+(?:together\s+)?with\s+(?:the\s+)?$", re.I)


# "MgH2 and Nb2O5 (molar ratio 1:0.01) were milled": host and additive joined by a milling after them
AND_ONLY_START = re.compile(r"\s*(?:,\s*)?and\s")


# "MgH2, 5 wt% Ni and CNTs were milled": the comma after the host of a list, then the list's further gaps
LIST_ONLY = re.compile(rf"\s*,\s*(?:{AMOUNT_GROUPS}\s*(?:of\s+)?)?")


AND_ONLY = re.compile(rf"\s+and\s+(?:(?:the|an?)\s+)?(?:{AMOUNT_GROUPS}\s*(?:of\s+)?)?")


MILLED_AFTER = re.compile(rf"(?:\s+(?:{SHAPE_WORDS}|(?:nano)?composites?|hybrids?))?"
                           r"(?:\s*\([^()]{0,40}\)|\s*,?\s*(?:in|at|with)\s+(?:an?\s+|the\s+)?(?:molar|mole|mol)\s+ratios?"
                           r"\s+(?:of\s+)?\d+(?:\.\d+)?\s*:\s*\d+(?:\.\d+)?)?\s*,?\s*(?:(?:were|was)\s+(?:then\s+|first\s+)?"
                           rf"{MILLING_PREFIX}"
                           # ("MgH2 and Ni were deposited on a Si substrate": a film is put together as a powder is)
                           rf"{TOGETHER_MADE}\b"
                           # ("MgH2 and Ni milled together showed …", "… co-milled …": the participle phrase without
                           # its 'were' says they went together, as a finite 'MgH2 and Ni milled …' need not)
                           rf"|{MILLING_PREFIX}{TOGETHER_MADE}\s+together\b|co-?{TOGETHER_MADE}\b)", re.I)


BRACKET_OPEN = re.compile(r"\s*\(\s*")


BRACKET_CLOSE = re.compile(r"\s*\)")


# ('a hybrid formed by the Mg(BH4)2·2NH3 composite and MgO': the first part may be called by a sample noun
# of the ontology's SampleNoun scheme, which names it and adds no part)
# ('a composite of MgCl2(NH3)6 and catalysed-LiH', 'LiNH2 and milled LiH': a participle of what was done to the
# last part, glued to it or not, says how that part was made; the part is the formula after it)
TREATED = rf"(?:(?:{MODIFIED}|{MILLING_PREFIX}{MILLED})[\s-])?"


# "fluorographene (FG)", "black phosphorus (BP)": a material the ontology lacks, named in words and
# given an abbreviation the text goes on to use
ABBREVIATION = re.compile(r"(?P<long>\b[a-z][a-z-]{3,}(?:\s+[a-z][a-z-]{2,}){0,3})\s*\(\s*(?P<abbr>[A-Z][A-Za-z0-9-]{0,7}[A-Z0-9])\s*\)")


NOT_NAME_WORDS = frozenset("with by in into on onto of and or the a an as from to using via".split())


# (one list gap for every list reader of the module: a second, narrower definition earlier in the file was
# never in force, this one replaced it at import)
LIST_GAP = re.compile(rf"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+(?:and|with)\s+(?:the\s+)?{TREATED}")
