"""The sample a sentence measures: a hydride mention together with what the text says was put
into it, or a reference it is compared against.

Papers name a modified sample in a few ways, and a value belongs to the whole sample:

- after the host, with a linking verb: "MgH2 doped with 5 wt% of a Ti catalyst", "LiBH4 catalysed
  by TiF3 and 2 mol% CeO2", "Mg(BH4)2 confined in graphene" (a scaffold: written host@scaffold);
- before the host, as a prefix: "Ni-doped MgH2", "the TiF3-catalysed LiBH4";
- by reference: "the Ni-doped sample" (the host is the hydride the sentence or paragraph is about).

A host named as "pristine", "additive-free", "bare" … is a baseline: its values are those of the
bare host. These are English patterns of how things are said, not vocabulary: what the materials
are and which roles they take comes from the ontology (``ontology.system``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ontology.compound_names import anion_symbol, compound_name, is_element_name
from ontology.elements import HALOGENS, NONMETALS, SYMBOL_WRITTEN, formula_symbols, hydride_like
from ontology.formula import FormulaError, is_element_symbol, parse_formula, top_level_parts
from ontology.hosts import (
    borohydride_host,
    enters_cation_sites,
    host_salt,
    storage_alloy,
    storage_metal_compound,
    unsubstituted_member,
)
from ontology.models import MaterialSystem
from ontology.role_words import role_nouns
from ontology.strategy_rules import ROLES, small_loading
from ontology.system import (
    SystemParseError,
    analyse_system,
    architecture_name,
    form_words_start,
    host_formula,
    parse_system,
    storage_hydride,
    storage_metal,
    supported_notation,
    written_elements,
)
from ontology.text_memo import per_document
from ontology.units import DURATION_WRITTEN, SHARE_KIND_WORDS, UnitError, parse_unit
from ontology.vocabulary import vocabulary
from ontology.word_gate import Gated, gated

from .abbreviations import made_with_only
from .amounts import AMOUNT, AMOUNT_GROUPS, AMOUNT_OF, FRACTION_UNIT, PER_CENT, amount_text
from .apposed_loadings import loading_before_part_noun
from .cell_words import CELL_KINDS, CELL_NOUNS
from .comparison_words import CLAUSE_CONTRAST, CONTRAST_CONJUNCTION
from .copula import BE, BE_PASSIVE
from .cover_layers import in_cover_stack
from .declared_roles import declared_for, role_declared_for
from .electrode_formulations import formulations
from .hedge_words import APPROX_SIGN, APPROXIMATING, LIMITING, bound, hedged
from .lacking import LACKING_AFTER, LACKING_FRONTED
from .nlp import SYSTEM_LABEL, Mention, system_of
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
    DERIVATIVE,
    DERIVED,
    DOPING,
    ENABLING,
    FORMED_IN_PLACE,
    FORMED_IN_SITU,
    FORMED_OR_NUCLEATED,
    IMPROVING,
    LINKING,
    MADE_BY_ROUTE,
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
    PREPARING,
    PREPARING_FIRST,
    PREPARING_STEMS,
    PROMOTING,
    PUT_BEFORE_HOST,
    PUT_INTO_HOST,
    PUT_INTO_SAMPLE,
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
from .ratios import (
    EQUIMOLAR,
    EQUIMOLAR_WORD,
    RATIO_BARE,
    equimolar_around,
    ratio_after,
    ratio_before,
    ratio_kind,
    ratio_shares,
)
from .sample_words import (
    ALLOY_NOUNS,
    BASELINE_BEFORE,
    BASELINE_WORDS,
    BEST_SHARE,
    BEST_WORDS,
    HEDGE_BEFORE_SHARE,
    JOINTLY_LINK,
    PARTICLE_WORDS,
    SAMPLE_NOUNS,
    SEVERAL_WORDS,
    SHAPE_WORDS,
    SHARE_NOUN,
    SIZE_NOUN,
    SIZED_PIECE,
    TOGETHER,
    TOGETHER_LINK,
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
_ADJECTIVES = (rf"{_VARIABLE_AMOUNT}(?:(?:the|a|an|some|small|trace|only)\s+)?(?:{APPROX_SIGN}\s*)?(?:\d+(?:\.\d+)?\s*[nµμ]m(?:-thick)?\s+)?"  # "a 200 nm-thick", "a ∼100 nm"
               # ("1.4 wt% for LaNi5 and 7.6 wt% for MgH2": a value said for a material, no loading of it: 'for', 'than'
               # and 'per' are no words describing the material)
               rf"(?:(?!(?:for|than|per|versus|vs)\b){_WORD}(?:–[a-z][\w-]*)?\s+){{0,3}}?")   # "resorcinol–formaldehyde carbon aerogel"
# "doped with", "catalysed by", "milled together with", "confined in": a verb (or 'with') that puts
# the material after it into the host before it
# (the participles: the ontology's LinkingParticiple; a milling and a grinding are said with words of their own)
# ("MgH2 milled for 20 h with 5 wt% Nb2O5", "ball-milled at 400 rpm under argon with", "ball-milled 20 h with": the
# milling's settings said between the participle and what it put in, a duration even without its 'for')
_LINK_VERB = (rf"(?:co-?doped|(?:hand[- ])?ground|{MILLING_PREFIX}{MILLED}(?:\s+(?:(?:for|at|under)\s+|"
              rf"\d+(?:\.\d+)?\s*{DURATION_WRITTEN}\b)[^,;.()]{{0,30}}?)?|"
              rf"(?:co-?)?{LINKING})"   # "MgH2 encapsulated with X", "wrapped with graphene", "co-catalysed by"
              # ("milled together with", "doped simultaneously with": how the additives went in, said between)
              rf"(?:\s+(?:together|[a-z]{{3,}}ly))?\s+(?:{_WITH_AID_OF}|with|by|using)")
# the pores a scaffold holds its hydride in, with a word of their size before them: 'the mesopores of', 'the
# nanometer-sized pores of', 'the nano-scale pores of'
_PORES = r"(?:[a-z]+[-‐](?:sized|scale|size)\s+)?(?:meso|nano|micro)?pores"
# (the participles: the ontology's ScaffoldingParticiple; a host made in place: FormedInPlaceParticiple and
# NucleatingParticiple)
# ("solution-impregnated into", "vapour-infiltrated into": the route written on the participle with a hyphen)
_SCAFFOLD_VERB = (rf"(?:(?:nano|[a-z]{{3,}}-)?{SCAFFOLDING}(?:\s+(?:from|by|via)\s+(?:the\s+)?[a-z][\w-]*)?"   # "infiltrated from solution into"
                  rf"\s+(?:in(?:to|side)?|within|on(?:to)?|(?:in(?:to|side)?|within)\s+the\s+{_PORES}\s+of)"
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
_LINK = re.compile(
    # ("MgH2-based composites with 7 wt% ZrO2": the host named as the base of the samples)
    rf"(?:-based\b)?\s*{_SAMPLE_WORD}{_SIZE_OF}(?:\([^()]{{0,40}}\)\s*)?(?:\d+(?:\.\d+)?\s*[nµμ]m\s+thick\b)?,?\s*(?:(?:which|that)\s+{BE}\s+|(?:was|were|is|are|being|ha(?:s|ve)\s+been)\s+)?"
    # "was dried at 200 °C and mixed with …": a treatment of the host before what puts the additive in
    # ("was synthesised and then ball milled with": the step before, said without its setting)
    rf"(?:[a-z]+ed(?:\s+(?:at|under|in|for|overnight)\b[^,;.()]{{0,30}}?)?,?\s+and\s+(?:then\s+)?)?"
    # "evenly supported on", "uniformly dispersed in", "first milled with" (a step's order word stands there too)
    rf"(?:(?:[a-z]+ly|well|first|then|also|further|again|next|later)\s+)?"
    # ("LiBH4 (with carbon aerogel)", "MgH2 (doped with 10 wt% Ni)": the partner given in brackets after the host)
    rf"(?P<bracket>\(\s*)?"
    rf"(?:(?P<scaffold>{_SCAFFOLD_VERB})|{_LINK_VERB}|with|containing|incorporating|including|plus|\+"
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
    rf"|\d+(?:\.\d+)?\s*[-–]\s*\d+(?:\.\d+)?\s*(?:wt|mol|at|vol)\.?\s*%\s*(?:of\s+)?)?{_ADJECTIVES}$", re.I)
# "nanoparticles were formed by hydrogenation of": the route a host was made by, up to its precursor
_MADE_ROUTE = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?{_SIZE_OF}(?:was|were)\s+{FORMED_IN_PLACE}\s+"
                         r"(?:in\s+situ\s+)?(?:by|via|through|from)\b[^;.,]{0,40}?\s+", re.I)
_CELL_PART_AFTER = re.compile(r"\s+(?:metal\s+)?(?:(?:counter|blocking|reference|ion-blocking)[- ](?:electrodes?|anodes?)|"
                              r"foils?|current\s+collectors?)\b", re.I)
SUBSTRATE_AFTER = re.compile(r"\s+(?:foils?|substrates?|wafers?|grids?|current\s+collectors?|meshe?s?)\b", re.I)
_PARTICLE_WORD = re.compile(rf"\b{PARTICLE_WORDS}\b", re.I)
# the shape word an additive is named with ("Ni nanoparticles", "TiO2 nanorods", "Co powder"): no material
_SHAPE_WORDS_TEXT = rf"(?:\s+{SHAPE_WORDS})?"
# supported catalysts: the participles that put an additive on the support named next ("Ni anchored on CNTs")
# a further additive of the same sample: "doped with Ni and 5 wt% CeO2"
# ("Ni nanoparticles supported on carbon nanotubes": what the additive sits on, written additive/support)
# the nouns a coating is named by ("a LiBH4 shell", "a thin layer of X")
_SHELL_NOUN = r"(?:shell|layer|coating|skin)s?"
# "MgH2 coated with a Mg(BH4)2 layer", "MgH2 with a LiBH4 shell": a hydride named as the coating of the host
_SHELL_AFTER = re.compile(rf"\s+{_SHELL_NOUN}\b")
_AND_LINK = re.compile(rf"{_SHAPE_WORDS_TEXT}\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+|(?:together|along)\s+with\s+|(?P<on>/\s*|(?:(?:[a-z][\w-]*\s+)?"
                       rf"{ON_SUPPORT}\s+)?on(?:to)?\s+(?:the\s+)?)"
                       # "…, wrapped in a thin shell of X": a shell around the same sample
                       rf"|(?P<shell>,?\s*(?:and\s+)?(?:wrapped|encapsulated|coated|covered|enclosed)\s+(?:in|by|with)\s+"
                       rf"(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+)?{_SHELL_NOUN}\s+of\s+)"
                       rf"|(?P<verb>,?\s*(?:and\s+)?(?:further\s+|also\s+|then\s+)?{_LINK_VERB}\s+)"
                       # "confined in CMK-3 with 5 wt% TiF3": a loading given with 'with' is one more additive of the sample
                       rf"|(?P<with>,?\s*with\s+(?={AMOUNT})))"
                       # (", denoted as MH-NC": the sample's name, no further additive)
                       rf"(?!(?:here(?:in)?after|denoted|designated|labell?ed|named|referred|abbreviated|called)\b)(?:{_AMOUNT})?"
                       rf"(?:\d+(?:\.\d+)?\s*[–-]\s*\d+(?:\.\d+)?\s*[nµμ]m\s+)?{_ADJECTIVES}$", re.I)
_LINK_VERB_IN = re.compile(_LINK_VERB, re.I)
# "LiBH4 and MgH2 were milled with 5 wt% NbF5", "MgH2 doped with Ni was then milled with graphene", "LiBH4
# doped with LiI was confined in silica": the verb after a sample's parts puts the one after it into the same sample
_LIST_LINKED = re.compile(rf"{_SHAPE_WORDS_TEXT}\s+(?:was|were)\s+(?:(?:[a-z]+ly|then|further)\s+)?"
                          rf"(?:{_LINK_VERB}|(?P<into>{_SCAFFOLD_VERB}))\s+(?:{_AMOUNT})?{_ADJECTIVES}$", re.I)
# what makes an additive before it is put into the host ("synthesized", "prepared", …)
_MADE_VERB = MADE_PARTICIPLE
# The additive named before the host: "TiF3 was added to LiBH4", "Nb2O5 as a catalyst for MgH2",
# "ZrO2@C lowers the dehydrogenation temperature of MgH2"
# "as a catalyst", "as the dopant", "a promoter consisting of": the part an added material plays (the AgentNoun scheme)
_AGENT = agent_nouns("CatalystNoun", "AdditiveNoun", "DopantNoun")
_AGENT_OR_PROMOTER = agent_nouns("CatalystNoun", "AdditiveNoun", "DopantNoun", "PromoterNoun")
# "catalyst", "additives", "dopant": the nouns of the part an added material plays (the AddedNoun scheme)
_ADDED_PART = vocabulary().scheme_alternation("AddedNoun", ("AddedPartNoun",))
_BEFORE_HOST = re.compile(
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
    rf")\s+{_ADJECTIVES}$", re.I)
# "Ni nanoparticles were synthesized by a wet route and then ball-milled with MgH2", "We grew CeO2 nanorods
# hydrothermally and milled them with NaAlH4", "a TiO2 catalyst was made by sol-gel processing to catalyse the
# hydrogen sorption of MgH2": the additive made first (its route may name reagents: "using NH3 plasma") and then
# put into the host in the same sentence. The making is said in the passive, or actively ("we synthesized …")
# with the additive taken up again by a pronoun ("… and milled them with")
MADE_VERB = _MADE_VERB   # (the making the readers of a making then a putting in know: ingest/precursors.py)
_MADE_THEN_PUT = re.compile(
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
    rf"\s+{_ADJECTIVES}$", re.I)
# "we use TiO2 to catalyse MgH2", "we employed Ni as a catalyst for LiBH4": the study's own using of the additive
_USED_ACTIVELY = re.compile(rf"\b(?:we|authors?)\s+{USED_ACTIVE}\s+(?:(?:an?|the|some)\s+)?(?:[a-z][\w-]*\s+){{0,2}}$", re.I)
_MADE_ACTIVELY = re.compile(rf"\b(?:we|authors?)\s+(?:first\s+)?(?:{MADE_PAST}|{MADE_PRESENT})\s+(?:(?:an?|the|some)\s+)?(?:[a-z][\w-]*\s+){{0,2}}$",
                            re.I)


# "nanorods", "nanoflakes", "nanocubes": the shape a made additive is named with before what puts it into the host
# "adding 7 wt% NbF5 to MgH2", "the addition of TiF3 into LiBH4"
# (and the present of an abstract's own work: "We introduce TiO2 into MgH2 by ball milling", "we add 5 wt% Ni to")
_ADDING = re.compile(rf"\b(?:{ADDING_BEFORE}|{ADDING_NOMINAL} of|(?<=we ){ADDING_PRESENT}|"
                     rf"(?:catalytic\s+)?(?:effects?|roles?|influence|impact|mechanisms?|action) of)\s+(?:\d+(?:\.\d+)?\s*(?:{FRACTION_UNIT}|mol\b)\s*(?:of\s+)?)?"
                     r"(?:(?:the|a|an)\s+)?(?:\d+(?:\.\d+)?\s*[nµμ]m(?:-thick)?\s+)?(?:[a-z][\w-]*\s+){0,3}$",
                     re.I)  # "incorporated the transition metal sulfide TiS2", "deposit a 25 nm-thick Pd"
# "adding 0.1 LiBH4 to 2LiNH2–MgH2": a molar coefficient below one, written apart from the formula after a word
# that adds it, is the amount added per formula unit of the host (as '0.1LiBH4' glued to it is)
_COUNT_ADDED = re.compile(rf"\b(?:{ADDING_BEFORE}|{ADDING_NOMINAL} of)\s+(?P<coefficient>0?\.\d+)\s+$", re.I)
# ("the effects of KOH (3 mol%) and LiBH4 (10 mol%) on …": the loading in a bracket after the additive)
_ADDING_TO = re.compile(rf"(?:\s*\(\s*{AMOUNT}\s*\))?(?:\s+(?:coatings?|layers?|films?|shells?|overlayers?|{SHAPE_WORDS}|"
                        rf"alloys?|catalysts?|additives?)|(?<!\))\s+{ADDING_AFTER})?"   # "a Pd coating on a Mg film",
                        # "X alloy to MgH2", "the effect of TiO2 addition on MgH2" (not a bracketed label's: "the multiple oxide
                        # (Cr2O3/Nb2O5) addition" adds two oxides, not the one the slash would name)
                        rf"\s+(?:in(?:to)?|to|onto|on|with(?:in)?)\s+{_ADJECTIVES}$", re.I)
# "With 10 wt% FeCoNi@C, MgH2 absorbs …"
_WITH_FIRST = re.compile(rf"\bwith\s+(?:{AMOUNT_OF})?"
                         r"(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}$", re.I)
# (the main clause may begin with what it says of the host: "With CeO2, the activation energy of MgH2 …"; the
# additive may carry its shape word: "With 5 wt% TiO2 nanoparticles, MgH2 …", and the participle that put it in:
# "With 5 mol% KH incorporated, the Mg(NH2)2–2LiH composite …")
_WITH_FIRST_GAP = re.compile(rf"{_SHAPE_WORDS_TEXT}(?:\s+{ADDING_PARTICIPLE})?"
                             r"\s*(?:,\s*(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}"
                             r"|,?\s*(?:the\s+)?(?:(?!and\b|or\b)[a-z][\w-]*\s+){1,3}of\s+(?:the\s+)?)$")
# "a dual-catalyst system of Ni and CeO2 for MgH2", "an additive consisting of TiF3 and C for LiBH4": the catalyst
# (or additive) named by what it is made of, and the host it is for
_CATALYST_OF = re.compile(rf"\b{_AGENT_OR_PROMOTER}\s+(?:systems?\s+|combinations?\s+)?"
                          r"(?:of|comprising|consisting\s+of|composed\s+of|made\s+of|based\s+on)\s+[^.;]*$", re.I)
_FOR_HOST = re.compile(rf"{_SHAPE_WORDS_TEXT}\s+(?:for|in|towards?)\s+{_ADJECTIVES}$", re.I)
_PUT_INTO = re.compile(rf"(?:\s*\([^()]{{0,20}}\))?\s*(?:{BE}\s+)?"
                       rf"(?:{PUT_INTO_HOST}|{MILLING_PREFIX}{MILLED})"
                       rf"(?:\s+together(?=\s+with\b))?\s+(?:in(?:to)?|to|with)\s+{_ADJECTIVES}$", re.I)
# "5 wt% of", and "0.08 mol" (moles per formula unit of the host: a coefficient, '–0.08KH')
_AMOUNT_BEFORE = re.compile(rf"(?:{AMOUNT_GROUPS}|(?P<moles>\d+(?:\.\d+)?)\s*mol)\s*(?:of\s+)?"
                            r"(?:(?:the|a|an)\s+)?$", re.I)
# "10 wt% of this hierarchical catalyst (Ni/Co/C)", "5 wt% of a bimetallic additive (Ni/Co)": the loading of an additive
# the text first names by its part in the sample (the ontology's AddedPartNoun words), its formula in the bracket after
_AMOUNT_OF_PART = re.compile(rf"(?:{AMOUNT_GROUPS})\s*of\s+(?:(?:the|a|an|this|these|that)\s+)?(?:[\w-]+\s+){{0,3}}?"
                             rf"{_ADDED_PART}\s*(?:\(\s*)?$", re.I)
_PART_REACH = 90   # the amount, the article, a few describing words and the part noun
# "Ti-doped NaAlH4 (2 mol% Ti)", "Nb2O5-catalysed MgH2 (1 mol%)": the prefix's loading in a bracket after the host
_LOADING_BRACKET = re.compile(rf"\s*\(\s*(?:{AMOUNT_GROUPS})\s*(?:of\s+)?(?P<what>[^()]{{0,30}}?)\s*\)", re.I)
# (not after 'of': "the capacity of Ni-doped MgH2 (6.5 wt%)" gives the value of what the sample is named after;
# nor set against another sample's bracketed share: "Ni-doped MgH2 (6.5 wt%) … than pure MgH2 (7.0 wt%)")
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+|an?\s+)?$", re.I)
_SET_AGAINST_SHARE = re.compile(r"[^;]*?\b(?:than|compared|versus|vs\.?|whereas|while)\b[^;]*?\(\s*[\d.]+\s*"
                                r"(?P<unit>wt|mol|at|vol)\s*%", re.I)
_SHARE_UNIT = re.compile(r"(wt|mol|at|vol)\s*%", re.I)


def _element_substituted(added: MaterialSystem | None, host: MaterialSystem | None) -> bool:
    """'yttrium substituted Mg2FeH6', 'Ti substituted Mg2NiH4': written apart, 'substituted' makes a prefix only
    between an element and a hydride right after it (not 'Ti substituted Mg in the lattice': a verb, the metal it
    replaced; not 'TiO2 substituted …')."""
    return added is not None and host is not None and added.bare and bool(_ELEMENT.fullmatch(added.host.formula)) \
        and has_hydrogen(host)


def bracketed_loading(text: str, prefix_start: int, bracket_start: int, bracket_end: int) -> bool:
    """Is a share alone in a bracket after a prefixed host ("TiF3-doped LiBH4 (5 wt%)") the prefix's loading,
    not a value of the sample: not after 'of', not set against another sample's share of its unit in brackets?"""
    if _OF_BEFORE.search(text, max(0, prefix_start - 12), prefix_start):
        return False
    against = _SET_AGAINST_SHARE.match(text, bracket_end)
    own = _SHARE_UNIT.search(text, bracket_start, bracket_end)
    return against is None or own is None or against.group("unit").lower() != own.group(1).lower()


_NOT_IN_SAMPLE = re.compile(r"\b(?:than|compared|without|unlike|versus|vs|contrast|opposed|relative)\b[^,;]*$", re.I)
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
_PREFIX_VERB = re.compile(rf"[-‐–](?:co-?)?(?:{PREFIX_VERBS}|{PLACING_PREFIX_VERBS})")
PREFIX = _PREFIX  # "Ni-doped" as other readers see it (a loading before it: "the 5 wt% Ni-doped MgH2")
_FILLED_WITH = re.compile(r"\b(?:loaded|infiltrated|impregnated|filled|infused)\s+with\b", re.I)
# "Ni doped MgH2", "TiF3 catalyzed LiBH4": a prefix written without its hyphen (the verb then at most two
# words before the host, none a preposition or conjunction)
# (the ontology's PrefixVerb and PlacingPrefixVerb: not the words a prefix ends in only after its hyphen)
_SPACED_PREFIX = re.compile(rf"\s+(?:(?:co-?)?(?:{SPACED_PREFIX_VERBS}|(?P<placed>{SPACED_PLACING_VERBS}))"
                            r"(?:\s+(?!(?:and|or|than|with|by|of|in|on|at|to|for|from|as|was|were|is|are)\b)"
                            r"[a-z][\w-]*){0,2}\s+"
                            rf"|(?P<substituted>(?:co-?)?(?=(?:{SUBSTITUTING})\b)\w+ed)\s+)", re.I)
# ("LiBH4 with MgH2", "LiBH4 containing MgH2", "LiNH2–LiH incorporating KH": a hydride the host is written with or
# is said to hold is in its sample)
_WITH_END = re.compile(r"\b(?:with|containing|incorporating)\s+(?:the\s+)?$", re.I)
# "doped with", "catalysed by", "NaH-catalysed": what the text says acts on the host as a catalyst, even a
# hydride the ontology usually gives a reactive partner's role (NaH in "NaH-catalysed LiNH2–LiH")
# (the ontology's DopingWord, CatalysingStem (anywhere in a word: 'nanocatalyst') and PromotingStem)
_DOPING_WORD = rf"\b(?:co-?)?{DOPING}\b"
_CATALYSING = re.compile(rf"{_DOPING_WORD}|{CATALYSING}|\b{PROMOTING}", re.I)
_DOPING = re.compile(_DOPING_WORD, re.I)
# "doped with", "catalysed with": the participle of doping right before the material it puts in
_DOPED_WITH_BEFORE = re.compile(rf"(?:{_DOPING_WORD}|{CATALYSING})\s+with\s+(?:the\s+)?$", re.I)
# "substitution of BH4− by Cl− in ", "replacing part of the BH4 with iodide in ": the anion (its symbol with a
# charge, or its name) said to take the host's anion's place, right before the host
_ANION_REPLACING = gated(re.compile(
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
_SWAP_BEFORE_HOST = gated(re.compile(_SWAP + r"(?:\s+(?:atoms?|ions?|cations?))?\s+in(?:to)?\s+(?:the\s+)?$", re.I))
# "Substituting Al for Mg lowers the decomposition enthalpy of MgH2 …": the swap said first, the compound it is made in
# the first material named after it
_SWAP_AHEAD = gated(re.compile(_SWAP + r"(?!\s+in(?:to)?\b)", re.I))
# "Upon iodide substitution, the Li+ conductivity of LiBH4 …", "bromide substitution in Mg(BH4)2": an anion in words
# before the noun of substituting (the ontology's SubstitutionNoun), either fronted by a preposition with the host in
# the main clause after it (no formula, clause or contrast between), or right before 'in' and the host
_ANION_SUBSTITUTION = rf"\b(?P<add>[a-z]+)(?:\s+anions?|\s+ions?)?\s+{adding_nouns('SubstitutionNoun')}"
_ANION_SUBSTITUTION_BEFORE = (
    gated(re.compile(rf"\b(?:with|upon|after|on|by|through|via)\s+(?:the\s+)?(?:partial\s+)?{_ANION_SUBSTITUTION}\s*,"
                     r"(?:(?!(?-i:[A-Z][a-z]?\d)|\b(?:whereas|while|but|than)\b)[^,.;])*$", re.I)),
    gated(re.compile(rf"{_ANION_SUBSTITUTION}\s+in(?:to)?\s+(?:the\s+)?$", re.I)))
# "… doped with iodide", "… partially substituted by bromide ions": an anion in words after the verb
_ANION_PUT_IN = re.compile(rf"\s+(?:[a-z]+ly\s+)?(?:{DOPING}|{SUBSTITUTING})\s+(?:with|by)\s+(?:the\s+)?"
                           r"(?P<add>[a-z]+?)(?:\s+(?:anion|ion)s?)?\b", re.I)
# "Mg2FeH6 substituted with Y", "K-substituted Li2B12H12": what the text says takes the host's lattice sites
# (the ontology's SubstitutingWord)
_SUBSTITUTING = re.compile(rf"\b{SUBSTITUTING}\b", re.I)
# what a prefix-doped noun stands for when no hydride follows: "the Ni-doped sample"
_SAMPLE_NOUN = re.compile(rf"(?:\s+[a-z][\w-]*){{0,2}}?\s+{SAMPLE_NOUNS}\b")
_BETWEEN_PREFIX_AND_HOST = re.compile(r"(?:\s+(?!(?:and|or|than|with|of)\b)[a-z][\w-]*){0,2}\s+$")
# "pristine MgH2", "additive-free LiBH4": the bare host, the reference of a comparison
# "additive-free", "filler-free", "scaffold-free": a sample named by what it is without
_BASELINE = gated(re.compile(rf"\b{BASELINE_WORDS}\s+(?:[a-z][\w-]*\s+)?$", re.I))
_BASELINE_LEAD = re.compile(rf"{BASELINE_WORDS}\s", re.I)
_IN_SITU = re.compile(r"\bin[- ]situ\b", re.I)
# "Confined in mesoporous carbon (pore size 8 nm), the LiBH4–LiBr–LiCl electrolyte conducts …": a
# scaffold fronted before the sample it holds
_FRONTED = re.compile(rf"\W*(?:(?:when|once|after\s+being)\s+)?{_SCAFFOLD_VERB}\s+{_ADJECTIVES}", re.I)
_FRONTED_END = re.compile(r"\s*(?:[a-z][\w-]*\s*)?(?:\([^()]*\))?\s*,")
# "Through nanoconfinement within the pores (2–20 nm) of graphite, LiH …", "Upon confinement in CMK-3, LiBH4 …": the
# scaffold named after a fronted word of confinement (the ontology's Nanoconfinement labels) holds the sample after it
_FRONT_LEAD = re.compile(r"\W*(?:through|by|upon|after|following|via|with|on)\s+(?:the\s+)?", re.I)
_INTO_PORES = re.compile(rf"\s+(?:with)?in(?:to|side)?\s+(?:the\s+{_PORES}\s*(?:\([^()]*\)\s*)?of\s+)?"
                         rf"{_ADJECTIVES}", re.I)
_FRONT_CLOSE = re.compile(r"\s*(?:\([^()]*\))?\s*,?\s*(?:the\s+)?")   # ('…, the LiBH4 releases')
# the strategy, the mechanism and the synthesis route a word of confinement names (an infiltration is by its
# definition the filling of a porous scaffold: 'After melt infiltration into SBA-15, LiBH4 …' is a confined sample)
_CONFINING = ("Nanoconfinement", "ConfinementEffect", "InfiltrationMethod")
_CONFINING_KINDS = ("Strategy", "Mechanism", "SynthesisMethod")
# "milled with 5 wt% of Ni, Co or Fe", "2LiNH2–MgH2 composites containing 5 mol% of KH, RbH or CsH",
# "melt-infiltrated into SBA-15, MCM-41 and CMK-3": several samples of one host, one additive each
# ("doped with Ni as well as CeO2", "catalysed by Ni together with CeO2": the next item of the same list)
_LIST_NEXT = re.compile(rf"{_SHAPE_WORDS_TEXT}\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|as\s+well\s+as\s+"
                        r"|(?:together|along)\s+with\s+)(?:the\s+)?")
# ", or 5 mol% TiCl3": the next of a list of alternatives written with its own loading
_OR_LOADED_NEXT = re.compile(rf"\s*,?\s*or\s+(?:{AMOUNT_GROUPS})\s*(?:of\s+)?(?:the\s+)?", re.I)
_PLURAL_SAMPLES = re.compile(r"\s*(?:samples|composites|powders|mixtures|electrodes|anodes|nanocomposites|"
                             r"electrolytes)\b", re.I)
# "confined LiBH4 (~30 nm) within carbon nanocages", "grew MgH2 nanoparticles on Ti3C2 sheets": a verb
# before the host puts it into or onto the support named after it (with the host's shape and size
# in between); "MgH2 nanoparticles with a mean size of 6 nm on graphene" says it with the shape alone (the shapes:
# the ontology's ShapeNoun scheme)
_SHAPE = rf"(?:nano)?{vocabulary().scheme_alternation('ShapeNoun', ('PlacedShapeNoun',))}"
_PLACED = re.compile(
    rf"\s*(?:\([^()]*\)\s*)?(?P<shape>(?:[a-z]{{3,}}[-‐–][a-z]{{3,}}\s+|hollow\s+|ultrafine\s+|ultrasmall\s+)?{_SHAPE}\s+)?"
    rf"(?:(?:with|of)\s+(?:an?\s+)?(?:(?:average|mean|typical)\s+)?(?:sizes?|diameters?|thickness|widths?)\s+"
    rf"(?:of\s+)?[^,;()]{{0,25}}?\s+)?(?:{PLACED}\s+)?"
    rf"(?P<prep>within|inside|into|in|onto|on)\s+(?:the\s+|an?\s+)?(?:{_PORES}\s+of\s+(?:the\s+|an?\s+)?)?"
    rf"(?:(?:[a-z][\w-]*|\d[A-Z])\s+){{0,3}}?$", re.I)
_PLACING_VERB = re.compile(rf"\b(?:nano)?{PLACING}\s+"   # (the ontology's PlacingStem)
                           r"(?:(?:the|an?|\d+(?:\.\d+)?(?:[–-]\d+(?:\.\d+)?)?\s*nm(?:-thick)?)\s+)?"
                           r"(?:[a-z][a-z-]*\s+){0,2}$", re.I)


# "to blend Mg(BH4)2 with Mg(NH2)2", "by milling LiBH4 with LiNH2": the hydride after 'with' goes into the first
_BLEND_BEFORE = re.compile(rf"\b(?:{BLENDING}|(?:ball[- ]|co-?)?{MILLING_STEM})\s+(?:the\s+)?$", re.I)
# "milled with TiF3 and, separately, deposited on rGO": two samples of the host, one treatment each
_REACTION_OF = re.compile(r"\b(?:react\w*|conver\w*|lithiation|sodiation|titration)\s+(?:of\s+|between\s+)(?:the\s+)?$", re.I)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
# "Three hydrides, LiBH4, NaBH4 and KBH4, were milled": a list counted as materials of a kind is so many samples
_COUNTED_BEFORE = re.compile(r"\b(?:two|three|four|five|six|several|various|different)\s+(?:[a-z-]+\s+)?"
                             r"(?:hydrides|borohydrides|alanates|amides|samples|materials|compounds|powders)\s*[,:(][^.;]*$", re.I)
_APART = gated(re.compile(r"\b(?:separately|alternatively|instead|independently|in\s+(?:a\s+)?(?:separate|second|another)\s+\w+)\b", re.I))
_LATER_SCAFFOLD = re.compile(rf"[^.;]*?(?:\b(?:and|then|subsequently|before\s+being|after\s+which)|,)\s+(?:[\w-]+\s+){{0,6}}?"
                             rf"(?:{_SCAFFOLD_VERB}|(?:nano)?(?:confin|embedd?|encapsulat|infiltrat|impregnat|"
                             rf"incorporat|load|dispers|stabili[sz])(?:ed|ing)\s+(?:them|it|the\s+(?:mixture|composite|powder))\s+"
                             rf"(?:in(?:to|side)?|within|on(?:to)?)(?:\s+the\s+pores\s+of)?)\s+{_ADJECTIVES}$", re.I)


@dataclass(frozen=True)
class Sample:
    """A mention that names a sample, and what it stands for."""

    mention: Mention
    system: MaterialSystem
    baseline: bool = False


def has_hydrogen(system: MaterialSystem) -> bool:
    """A hydride sample: a component holds hydrogen with a metal, or the host is a metal that stores it
    as a hydride of the ontology and the sample has additives ('Mg–Nb@C', 'Pd/Mg/Pd': MgH2 systems in
    their dehydrogenated state; a metal named alone is too often just the element)."""
    # (host, then additives: ``components`` without building that list, asked ~20 times per sentence; the
    # additives' tests only for a system that has some, as most have none)
    # ('NiCo-LDH' holds the letters H and D of its class's abbreviation: a framework, no hydride)
    host = system.host
    if _hydride_part(host):
        return True
    if system.additives and (any(_hydride_part(c) for c in system.additives) or host.role == "HostHydride"
                             and storage_hydride(host.formula) is not None):
        return True
    return host.formula in _metal_free_hydrides()


def _substituted_compound_alloy(system: MaterialSystem) -> bool:
    """An intermetallic compound with an element substituted into it, written without hydrogen ('Mg2Ni(Cu)',
    'LaNi4.5Al0.5' read as LaNi5 with Al): a sample of a storage alloy by ``has_hydrogen``'s reading, but an
    alloy that can be put into another hydride as its catalyst ("Mg2Ni(Cu) as a catalyst for MgH2"), unlike
    a storage metal with additives ('Mg–Nb' is MgH2 with Nb), whose hydride is the sample."""
    return not any(_hydride_part(c) for c in system.components) \
        and len(set(re.findall(r"[A-Z][a-z]?", system.host.formula))) > 1


def _hydride_part(c) -> bool:
    return hydride_like(c.formula) and (c.term is None or c.term not in _framework_terms())


@cache
def _framework_terms() -> frozenset[str]:
    """The ontology's framework classes named by their metals ('NiCo-LDH', 'CoNi-MOF') and its polymers ('PVDF'
    reads as P, V, D and F): no hydride, whatever letters their abbreviations hold."""
    vocab = vocabulary()
    roots = [t.id for t in vocab.terms("Material") if t.named_by_metals] + (["Polymer"] if "Polymer" in vocab else [])
    return frozenset(d for r in roots for d in (r, *vocab.descendants(r)))


# "NaAlH4–8 wt% Co1Cu2–MOF derivative", "a Ni-MOF derived catalyst": a framework followed by a word saying the
# material is its product names what pyrolysis left of it (its metals on the carbon of its linkers), milled into the
# hydride as a catalyst; the framework itself is gone, so it holds no hydride as a scaffold would
_DERIVATIVE_AFTER = re.compile(rf"\s*[-–−]?\s*(?:{DERIVATIVE})\b", re.I)


def framework_derivatives(text: str, found: list[tuple[Mention, MaterialSystem]]
                          ) -> list[tuple[Mention, MaterialSystem]]:
    """``found`` with each framework written as a derivative read as the catalyst it was made into: its metals,
    when the notation wrote them beside the framework ('Co1Cu2–MOF' → CoCu2), else the framework as a catalyst."""
    out = []
    for m, s in found:
        frameworks = [a for a in s.additives if a.term in _framework_terms()]
        if frameworks and _DERIVATIVE_AFTER.match(text, m.end):
            metals = [a for a in s.additives if a.role == ROLES["catalyst"] and a not in frameworks] \
                or not has_hydrogen(s)
            s = _without(s, {a.formula for a in frameworks}) if metals else s.model_copy(update={
                "architecture": None, "additives": [a.model_copy(update={"role": ROLES["catalyst"]})
                                                    if a in frameworks else a for a in s.additives]})
        out.append((m, s))
    return out


@cache
def _metal_free_hydrides() -> frozenset[str]:
    """The formulas of the ontology's hydrides without a metal (ammonia borane, NH3BH3): hosts as the
    metal hydrides are, though hydrogen with a metal is what ``hydride_like`` asks."""
    vocab = vocabulary()
    found = (vocab.get(t).formula for t in vocab.descendants("Hydride")) if "Hydride" in vocab else ()
    # (and those the ontology files as hydrides in their hydrogen-free state, Li3N and LiMgN: a storage
    # host named before it takes hydrogen up, "Li3N can absorb 9 wt%")
    return frozenset(f for f in found if f and not hydride_like(f))


# "Mg film", "Mg nanoparticles": a storage metal named with a shape is a sample of its own
# ("magnesium powder co-milled with Ni", "Mg powder": the form of the metal the sample was made from,
# named after the mention or within it)
_SHAPED = re.compile(rf"\s*(?:thin\s+)?(?:films?|layers?|{SHAPE_WORDS})\b", re.I)
_SHAPED_IN = re.compile(rf"\s(?:films?|{SHAPE_WORDS})$", re.I)


def _shaped_metal(text: str, m: Mention, system: MaterialSystem) -> bool:
    return system.bare and storage_metal(system.host.formula) \
        and bool(_SHAPED.match(text, m.end) or _SHAPED_IN.search(m.text))




def alloy_beside(formula: str, sample: MaterialSystem, named_alloy: bool = False, family: bool = True) -> bool:
    """A storage metal's alloy (``ontology.hosts.storage_alloy``) named beside the passage's ``sample``, a storage
    material of its own; so is a stoichiometric composition on a storage metal ('Mg2Ni', 'TiVNb') named as an alloy
    ('the Mg2Ni alloy') or holding an element the sample lacks — else it is a phase that sample forms (Mg17Al12 of
    MgH2–Al, Mg2Ni of MgH2–Ni; Mg17Al12 after Mg90Ni10 cannot be one). ``family``: whether ``sample`` may be a
    family named by its metals (not when the sentence names it as the measured sample)."""
    if storage_alloy(formula):
        return True
    return storage_metal_compound(formula) and (
        named_alloy or family and _family_named(sample)
        or not set(written_elements(formula)) <= {e for c in sample.components for e in written_elements(c.formula)})


def _family_named(sample: MaterialSystem) -> bool:
    """'Mg–Ni', 'Mg–Ni based materials': a sample named by its metals alone (no hydride, no amounts) names the family
    of their alloys, no measured sample into which a part was put: a composition of those metals named beside it
    ('Mg2Ni') is one member of the family, a sample of its own, not a phase formed in a composite (as Mg2Ni is in
    MgH2–Ni or in Mg–5 wt% Ni)."""
    parts = sample.components
    return len(parts) > 1 and all(c.amount is None and len(formula_symbols(c.formula)) == 1 and not hydride_like(c.formula)
                                  for c in parts)


def _reference_alloy(text: str, m: Mention, system: MaterialSystem) -> bool:
    """'the undoped Mg–Al alloy', 'pristine Mg2Ni': a storage alloy named as the reference is the host
    alone, though it holds no hydrogen as written (a bare metal named so, 'pure Mg', is too often the element)."""
    return system.bare and storage_metal(system.host.formula) and len(formula_symbols(system.host.formula)) > 1 \
        and bool(_BASELINE.search(text, max(0, m.start - 40), m.start))


def _loaded_in_brackets(text: str, m: Mention, system: MaterialSystem) -> tuple[MaterialSystem, int] | None:
    """'MgH2–Co (5 wt%)': a composition whose last part is an additive without an amount, followed by a
    bracketed share, is that sample with the share as the additive's loading (and where it ends)."""
    last = system.additives[-1] if system.additives else None
    if last is None or last.amount is not None or hydride_like(last.formula) or not system.name.endswith(last.formula):
        return None
    bracket = _AMOUNT_IN_BRACKETS.match(text, m.end)
    if bracket is None:
        return None
    head = system.name[:len(system.name) - len(last.formula)]
    if not head.endswith("–"):
        return None
    loaded = _parsed(f"{head}{_amount(bracket)} {last.formula}")
    return (loaded, bracket.end()) if loaded is not None else None


def _share_after_prefix(text: str, p: re.Match) -> re.Match | None:
    """'Ni-doped (2 wt%) MgH2': the prefix's loading in a bracket right after it, before the host."""
    return _AMOUNT_IN_BRACKETS.match(text, p.end())


def _before_host(text: str, prefixes: list[re.Match], p: re.Match, host_start: int) -> bool:
    """Is prefix p one of those right before the host: "Ni-doped MgH2", or a chain of them, "the
    graphene-supported Ni-doped MgH2" (each prefix followed by the next one, the last by the host)?
    ('Ni-doped (2 wt%) MgH2': a bracketed loading may stand between the last prefix and the host.)"""
    while True:
        share = _share_after_prefix(text, p)
        if _BETWEEN_PREFIX_AND_HOST.match(text, share.end() if share else p.end(), host_start):
            return True
        nxt = next((q for q in prefixes if q.start() > p.end() and q.end() <= host_start), None)
        if nxt is None or text[p.end():nxt.start()].strip():
            return False
        p = nxt


def _fronted_by_confinement(text: str, ms: list[Mention], candidates: list) -> tuple[Mention, str, int] | None:
    """(scaffold mention, its notation, where the fronted phrase ends) of a sentence that opens with a word of
    confinement into a scaffold and then names the sample held ('Through nanoconfinement within the pores of
    graphite, LiH releases …'); None for any other sentence."""
    lead = _FRONT_LEAD.match(text)
    word = next((m for m in ms if m.kind in _CONFINING_KINDS), None) if lead else None
    # (the mention may hold the leading word: 'Through nanoconfinement' is the confinement effect's label)
    if word is None or word.start not in (0, lead.end()) or not word.term or len(candidates) < 2 \
            or not any(t in vocabulary() and vocabulary().is_a(word.term, t) for t in _CONFINING):
        return None
    (n0, t0), (n1, t1) = candidates[0], candidates[1]
    close = _FRONT_CLOSE.match(text, n0.end)
    if n1.end <= close.end() and len(candidates) > 2:
        n1, t1 = candidates[2]   # (the scaffold's abbreviation in brackets: 'graphite (HSAG) LiH')
    if not _INTO_PORES.fullmatch(text, word.end, n0.start) or t1 is None or not has_hydrogen(t1):
        return None
    add0 = _additive(n0, t0)
    return (n0, add0, close.end()) if add0 is not None and close.end() == n1.start else None


@per_document(maxsize=1024)   # (the readers of one sentence's samples ask for the same links again: matched once)
def _link_between(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_LINK`` matched in ``text`` from ``start`` (a host's end) to ``end`` (the next material's start)."""
    return _LINK.match(text, start, end)


def _linked_metal(text: str, m: Mention, system: MaterialSystem, following: Mention | None) -> bool:
    """'Mg milled with 15 wt% Ni powder': a storage metal (its hydride's dehydrogenated state) with what a linking
    verb right after it puts in (the next material named) is a sample, as the hydride would be."""
    return following is not None and system.bare and storage_metal(system.host.formula) \
        and bool(_link_between(text, m.end, following.start))


def _prefixed_metal(text: str, prefixes: list[re.Match], m: Mention, system: MaterialSystem) -> bool:
    """'the carbon-covered nanocrystalline Mg2Ni': a storage metal named with what was put on or into it
    is a sample (the hydride's, in its dehydrogenated state), as it is with the additive after it."""
    return system.bare and storage_metal(system.host.formula) and any(
        p.end() <= m.start and _before_host(text, prefixes, p, m.start)
        and _prefix_additive(p.group("add")) is not None for p in prefixes)


@per_document(maxsize=4096)
def _parsed(notation: str, put_in: frozenset[str] = frozenset()) -> MaterialSystem | None:
    """The system a notation names; ``put_in``: the names the text says were put into it ("doped with FG"),
    additives even where the ontology lacks them (``analyse_system``)."""
    try:
        return analyse_system(notation, put_in=put_in).system
    except (SystemParseError, ValueError):
        return None


def _on_support(text: str, prefixes: list[re.Match], n: Mention, add: str | None, used: set[int]) -> str | None:
    """'graphene-supported cobalt boride', 'CNT-anchored Ni': an additive after a prefix that places it on a
    support is the catalyst on that support, written catalyst/support (the prefix then places no host)."""
    if add is None or not prefixes:
        return add
    for p in prefixes:
        if p.group("placed") and p.start() not in used and p.end() <= n.start and not text[p.end():n.start].strip():
            support = _prefix_additive(p.group("add"))
            if support is not None and not has_hydrogen(support):
                used.add(p.start())
                return f"{add}/{_as_additive(support)}"
    return add


def _decorated_scaffold(text: str, prefixes: list[re.Match], used: set[int], after: list, consumed: set[int]
                        ) -> list[tuple[str, str, str | None]]:
    """'MgH2 confined in a Ni-decorated mesoporous carbon', 'MgH2 milled with CeO2-modified graphene': the
    prefix of the support the host was put into or milled with names a further additive of the same
    sample, what the support carries (the prefix, before no hydride, was used by no host)."""
    out = []
    for p in prefixes:
        add = _prefix_additive(p.group("add")) if p.start() not in used and not p.group("placed") else None
        if add is None or has_hydrogen(add):
            continue
        if any(n.start in consumed and re.fullmatch(r"\s+", text[p.end():n.start]) for n, _ in after):
            out.append(("–", add.name, None))
            used.add(p.start())
    return out


@lru_cache(maxsize=1)
def _additive_terms() -> frozenset[str]:
    vocab = vocabulary()
    return frozenset(vocab.descendants("AdditiveMaterial")) if "AdditiveMaterial" in vocab else frozenset()


_HYDROGEN_ATOM = re.compile(r"[HDT]\d*")   # (compiled once: every candidate additive is tested)


def _porous_kind(term: str | None) -> bool:
    """Is ``term`` a kind of porous scaffold with kinds of its own ('mesoporous silica', of which SBA-15 and MCM-41
    are members)? Written in words with a formula ('mesoporous SiO2'), it names the support the sample has, as
    a scaffold's architecture words do, not a class of additives the text leaves open ('oxides'), when it is
    what the verb after the host puts in."""
    vocab = vocabulary()
    return bool(term) and term in vocab and bool(vocab.children(term)) and vocab.is_a(term, _POROUS_SCAFFOLD)


def _additive(m: Mention, system: MaterialSystem | None) -> str | None:
    """The notation of a mention that can be an additive (a formula, or a named additive such as
    'graphene'), or None."""
    if m.kind == "Material" and system is not None and (named := architecture_name(m.text)) is not None:
        return named   # 'silica aerogel': a scaffold of its own, not SiO2 as such
    if system is not None:
        vocab = vocabulary()
        if has_hydrogen(system) and not _substituted_compound_alloy(system) \
                or any(_HYDROGEN_ATOM.fullmatch(c.formula) for c in system.components) \
                or any(c.term and vocab.children(c.term) and compound_name(c.text) is None for c in system.components):
            return None  # a hydride, an isotope ('2D' is no deuterium sample), a class ('MXene')
        return _as_additive(system)
    if m.kind == "Material" and m.term in _additive_terms() and not vocabulary().children(m.term):
        return m.text  # a named material ('graphene'), not a class of them ('oxides')
    if m.kind == "Material" and m.term in _additive_terms() and (label := _class_name(m.term)) is not None:
        # "MgH2 doped with transition-metal oxides", "LiBH4 with metal halides as additives": a class of compounds
        # put into the host is the additive as written, by the class's name — the value is of the host with that
        # class, not of the bare host
        return label
    if m.kind == "Material" and m.term is None and compound_name(m.text) is not None:
        return m.text[:1].lower() + m.text[1:]   # 'Cobalt boride': a compound named in words, its formula unsaid
    if m.kind == "Material" and m.term is None and _ABBREVIATION.search(m.text):
        return _ABBREVIATION.search(m.text).group("abbr")  # 'fluorographene (FG)': named by its abbreviation
    return None


def _written_loading(candidates: list, i: int, add: str) -> str | None:
    """The loading of ``add`` in the sample the sentence writes out after the host ``candidates[i]`` ("… milled
    with magnesium hydride to give an MgH2–7 wt% MoS2 composite"), else None."""
    host = candidates[i][1]
    for _, t in candidates[i + 1:] if host is not None else ():
        if t is not None and t.host.formula == host.host.formula:
            for c in t.components[1:]:
                if c.formula == add and c.amount is not None and "%" in c.amount.unit:
                    return f"{c.amount.value:g} {c.amount.unit}"
    return None


def _made_then_put(text: str, candidates: list, i: int, consumed: set[int]):
    """(mention, notation, match) of the additive a sentence makes and then puts into the host ``candidates[i]``
    ("Ni nanoparticles were synthesized by … and then milled with MgH2"), else None. Materials named in how
    it was made ("using an NH3 plasma") are reagents, passed over to the additive made."""
    host, last = candidates[i][0], i
    end = host.start
    if i > 0 and _is_class(candidates[i - 1][0]) and not text[candidates[i - 1][0].end:host.start].strip():
        # "… to catalyse the sorption of the hydride MgH2": a class noun right before the host is the host's
        # apposition, no material between the additive and it
        last, end = i - 1, candidates[i - 1][0].start
    for k in range(last - 1, max(-1, last - 4), -1):
        n, t = candidates[k]
        made = _MADE_THEN_PUT.match(text, n.end, end)
        if made is None:
            continue
        # (every material between lies in the route; the making is said of this additive)
        route, pre = made.span("route"), made.span("pre")
        if any(not (route[0] <= o.start < route[1] or pre[0] <= o.start < pre[1]) for o, _ in candidates[k + 1:last]):
            continue
        active = _MADE_ACTIVELY.search(text, max(0, n.start - 60), n.start)
        # (used actively, it is put into the host by the words that say what for: "to catalyse", "as a catalyst for")
        used = made.group("put") is None and _USED_ACTIVELY.search(text, max(0, n.start - 60), n.start)
        if not (made.group("passive") or made.group("pre") or active and made.group("pronoun") or used):
            continue
        add = _additive(n, t) if n.start not in consumed else None
        return (n, add, made) if add is not None else None
    return None


# "(acac)", "(OBu)", "(Cp)": a ligand written as its abbreviation inside a complex's formula
_LIGAND_ABBREVIATION = re.compile(r"\((?:[a-z]{1,6}|O?[A-Z][a-z]{1,3})\)")


def _prefix_additive(word: str) -> MaterialSystem | None:
    """The material a prefix names ("Ni-doped", "TiO2-supported", "graphene-supported"): a formula, or a
    named additive of the ontology (not a class of them: "oxide-supported" says no sample)."""
    if word.endswith(")") and word.count("(") < word.count(")"):
        word = word[:-1]   # "nickel (Ni)-doped": the symbol in brackets after the element's name is the prefix's
    found = system_of(word)
    if found is None and _LIGAND_ABBREVIATION.search(word) and system_of(_LIGAND_ABBREVIATION.sub("", word)):
        return _parsed(word)   # "Ni(acac)2-doped": a metal complex written with its ligand's abbreviation
    if found is not None and any(c.term and vocabulary().children(c.term) for c in found.components):
        return None            # 'Hydride-infiltrated' at a sentence's start: a class, capitalised, is no sample either
    if found is not None or not word.islower():
        return found
    if architecture_name(word) is not None:
        return _parsed(word)   # 'silica aerogel', 'ordered nanoporous hard carbon': a scaffold of its own
    term = vocabulary().lookup(word, "Material")
    if term is None or term.id not in _additive_terms() or vocabulary().children(term.id):
        return None
    return _parsed(word)


_WORD_BEFORE = re.compile(r"(?<![\w-])[A-Za-z][a-z-]+\s+$")   # (capitalised at a sentence's start)


def _named_before_prefix(text: str, prefix: re.Match) -> tuple[int, str] | None:
    """'plasma carbon–modified MgH2', 'activated carbon-supported LiBH4': a material the ontology names in two
    words, the prefix's word its last — the additive is that material (where its name starts, the name), not the
    prefix's word alone (carbon)."""
    add = prefix.group("add")
    if add is None or not add.islower():
        return None
    word = _WORD_BEFORE.search(text, max(0, prefix.start("add") - 30), prefix.start("add"))
    if word is None:
        return None
    first = word.group(0).strip()
    name = f"{first[0].lower()}{first[1:]} {add}"   # ('Carbon aerogel-confined LiBH4' opening a sentence)
    term = vocabulary().lookup(name, "Material")
    return (word.start(), name) if term is not None and _prefix_additive(name) is not None else None


_CO_VERB = re.compile(r"[-‐]co-?", re.I)


def _codopants(prefix: re.Match) -> list[str]:
    """The additives of a co-doping prefix that joins them by a slash ('CeCl3/Ti-codoped', 'Ni/CeO2-co-doped'):
    'co' says they went in side by side, each an additive of the host, not a catalyst on a support ('Ni/C-doped').
    Empty for any other prefix."""
    add = prefix.group("add")
    if "/" not in add or "@" in add or not _CO_VERB.match(prefix.group(0), len(add)):
        return []
    parts = [_prefix_additive(w) for w in add.split("/")]
    return [_as_additive(a) for a in parts if a is not None] if all(a is not None for a in parts) else []


def _class_name(term_id: str) -> str | None:
    """The one-word name of a class of additive compounds the ontology gives a characteristic element ('oxide',
    'halide', 'boride'), else None (a material, or a class named otherwise: 'carbide/MXene' reads as a support)."""
    term = vocabulary().get(term_id)
    return term.label if term.elements and vocabulary().children(term_id) and re.fullmatch(r"[a-z]+", term.label) \
        else None


def _class_label(notation: str) -> bool:
    """Is ``notation`` the name of a class of additive compounds ('oxide', 'halide'), as ``_additive`` gives it?"""
    term = vocabulary().lookup(notation, "Material") if re.fullmatch(r"[a-z]+", notation) else None
    return term is not None and _class_name(term.id) == notation


_ELEMENT = re.compile(r"[A-Z][a-z]?")   # an element symbol in a formula


def _in_class(notation: str, label: str) -> bool:
    """Is ``notation`` a member of the additive class named ``label`` ('TiCl3' of 'halide'): by its term,
    else by an element the ontology gives the class (ZrCl4, a halide the ontology lacks)?"""
    vocab = vocabulary()
    cls, term = vocab.lookup(label, "Material"), vocab.lookup(notation, "Material")
    if cls is None or term is not None and vocab.children(term.id):
        return False      # the class itself, or another class ('transition-metal oxides'): no member
    if term is not None:
        return vocab.is_a(term.id, cls.id)
    return bool(formula_symbols(notation) & set(vocab.get(cls.id).elements))


def named_members(system: MaterialSystem, names: list[str]) -> MaterialSystem:
    """``system`` without the class additives ('oxide') of which ``names`` hold a member: "LiBH4 was mixed
    with oxide nanoparticles. The samples with SiO2 and TiO2 …" are samples with SiO2 and TiO2."""
    if not any(_class_label(a.formula) for a in system.additives):
        return system
    covered = {a.formula for a in system.additives if _class_label(a.formula)
               and any(_in_class(name, a.formula) for name in names)}
    return _without(system, covered) if covered else system


def _is_class(m: Mention) -> bool:
    """A class of materials ('MXene', 'oxides'), not a material."""
    return m.kind == "Material" and bool(m.term) and bool(vocabulary().children(m.term))


def _with(host: MaterialSystem, parts: list[tuple[str, str, str | None]], in_situ: set[str],
          catalysts: set[str] = frozenset(), substituents: set[str] = frozenset(),
          mixed_with: set[str] = frozenset()) -> MaterialSystem:
    """host + additives [(separator, notation, amount text)], unless an additive is already part of
    the host (Mg in MgH2, Ni in MgH2–Ni). ``catalysts``: additives the text says catalyse or dope
    the host, catalysts whatever the role their composition would give them; ``substituents``: additives the text
    says are substituted into the host, substituents of its lattice (no catalyst beside it); ``mixed_with``: additives
    the text says the host was milled or mixed with (a porous silica or framework among them holds none of it)."""
    host = named_members(host, [add for _, add, _ in parts])   # (a member given takes its class's place)
    names = {c.formula for c in host.components}
    # (the catalyst of a supported one is in already: 'Ni' of 'Ni/graphene', read again by another reader)
    names |= {part for c in host.components if "/" in c.formula or "@" in c.formula for part in re.split(r"[/@]", c.formula)}
    host_elements = formula_symbols(host.host.formula)
    notation = host.name
    added = False
    classes = {add for _, add, _ in parts if _class_label(add)}
    if classes and len(classes) < len(parts):
        # "doped with a transition-metal oxide, Nb2O5", "with Nb2O5 and other oxides": a class beside a material
        # named is that material's kind, no additive of its own
        parts = [p for p in parts if p[1] not in classes]
    for sep, add, amount in parts:
        if add in names or _own_element(add, host.host.formula, host_elements) or add == host.host.formula:
            continue
        space = " " if amount and "%" in amount else ""  # '–5 wt% TiF3', but the coefficient of '–0.08KH'
        if sep == "@" and added and not notation.startswith("("):
            # "milled with Co, then confined in CMK-3": the whole sample sits in the scaffold, (LiBH4–Co)@CMK-3
            # (not Co on CMK-3)
            notation = f"({notation})"
        notation += f"{sep}{amount + space if amount else ''}{add}"
        names.add(add)   # ("doped with NbF5, NbF5 is reduced …": a material named again is no second additive)
        added = True
    # "MgH2 doped with fluorographene (FG)": what the text put into the hydride ("doped with", "catalysed by",
    # "mixed with") is an additive even where the ontology lacks the material (the parse credits it as a
    # catalyst; one put into a scaffold was written host@support, and the ontology made it the scaffold)
    added_names = frozenset(add for _, add, _ in parts)
    joined = _parsed(notation, added_names) if added else None
    if joined is not None and "–" in host.name and not notation.startswith("(") and any(sep == "@" for sep, _, _ in parts) \
            and any("@" in c.formula for c in joined.additives) and not any("@" in c.formula for c in host.additives):
        # "Mg(BH4)2 was milled with TiO2. The mixture was confined in activated carbon": the scaffold holds the
        # sample made before, (Mg(BH4)2–TiO2)@C, not its last part (TiO2 on carbon)
        joined = _parsed(f"({host.name}){notation[len(host.name):]}", added_names) or joined
    if joined is not None and not {c.formula for c in host.components} <= {c.formula for c in joined.components}:
        # "Li–Mg–N–H doped with KH": a system the ontology names by its elements falls apart when a part is
        # written after its name; written by its components instead (Mg(NH2)2–LiH–KH)
        notation = "–".join(f"{c.amount.value:g}{c.formula}" if c.amount is not None and c.amount.unit == "ratio"
                            else c.formula for c in host.components) + notation[len(host.name):]
        joined = _parsed(notation, added_names)
    if joined is None:
        return host
    host_parts = {c.formula for c in host.components}     # the host compound's own parts (the NH3 of ·2NH3)
    # a reagent the text put into the sample is its precursor (the NH3 of Mg(BH4)2·2NH3 is the
    # compound's own ligand, not put in)
    if any(a.term and _is_reagent(a.term) and a.formula not in host_parts for a in joined.additives):
        joined = joined.model_copy(update={"additives": [
            a.model_copy(update={"role": "Precursor"}) if a.term and _is_reagent(a.term) and a.formula not in host_parts
            else a for a in joined.additives]})
    if catalysts and any(a.role == ROLES["destabilizer"] and a.formula in catalysts for a in joined.additives):
        # "NaH-catalysed LiNH2–LiH", "doped with KH": a hydride put in as a catalyst is no reactive partner
        joined = joined.model_copy(update={"additives": [
            a.model_copy(update={"role": ROLES["catalyst"]}) if a.role == ROLES["destabilizer"] and a.formula in catalysts
            else a for a in joined.additives]})
    milled_in = (ROLES["catalyst"], ROLES["destabilizer"])
    if any(a.formula in substituents and a.role in milled_in for a in joined.additives):
        # "Mg2FeH6 substituted with Y", "Sc-substituted Mg2CoH5", "Mg-substituted LiBH4": the element takes sites of
        # the host's lattice, which the composition alone would read as a catalyst or a reactive partner milled in
        joined = joined.model_copy(update={"additives": [
            a.model_copy(update={"role": ROLES["dopant"]}) if a.formula in substituents and a.role in milled_in
            else a for a in joined.additives]})
    if any(_doping_framework(a, catalysts, mixed_with) for a in joined.additives):
        # "MgH2 with 10 wt% MOF-5", "a Co-MOF doped MgH2": a porous framework milled in at a few per cent, or said to
        # dope the host, does not hold the hydride in its pores; it dopes it. Nor does a porous silica or framework
        # the host was milled with ("LiBH4 ball milled with SBA-15"): in an electrolyte it is the conductor's partner
        # (ontology.strategy_rules.role_in_application), as a dense oxide is
        joined = joined.model_copy(update={"additives": [
            a.model_copy(update={"role": ROLES["catalyst"]}) if _doping_framework(a, catalysts, mixed_with) else a
            for a in joined.additives]})
    if in_situ:
        joined = joined.model_copy(update={"additives": [
            a.model_copy(update={"in_situ": True}) if a.text.split()[-1] in in_situ else a for a in joined.additives]})
    return _held_by(joined, {add for sep, add, _ in parts if sep == "@"} - set(catalysts))


def _anion_salt(text: str, prefix: re.Match, host: MaterialSystem) -> str | None:
    """'Iodide-substituted LiBH4', 'chloride-doped Mg(BH4)2': a halide anion named in words before a borohydride
    takes BH4− sites; the sample holds the salt that brings it in, the halide of the host's own cation (LiI, MgCl2:
    ``ontology.hosts.host_salt``). Not a compound named in words ('cerium fluoride-doped'): its metal is said."""
    symbol = prefix.groupdict().get("symbol") or anion_symbol(prefix.group("add") or "")
    if symbol not in HALOGENS or not borohydride_host(host.host.term):
        return None
    before = re.search(r"([A-Za-z]+)\s+$", text[max(0, prefix.start() - 20):prefix.start()])
    if before is not None and is_element_name(before.group(1)):
        return None
    return host_salt(symbol, host.host.formula)


def _anion_salt_after(text: str, end: int, host: MaterialSystem) -> str | None:
    """'LiBH4 doped with iodide', 'Mg(BH4)2 partly substituted by bromide': a halide anion named in words after a
    doping or substituting verb that follows a borohydride is the salt of the host's cation (``_anion_salt``)."""
    said = _ANION_PUT_IN.match(text, end)
    return _anion_salt(text, said, host) if said is not None else None


def _anion_salt_before(text: str, start: int, host: MaterialSystem) -> str | None:
    """'partial substitution of BH4− by Cl− in LiBH4', 'replacing some BH4 groups with iodide in Mg(BH4)2': the
    halide said to replace the host's anion, right before the host, is the salt of the host's cation
    (``_anion_salt``); so is one said before the noun of substituting ahead of the host ('upon iodide
    substitution, the conductivity of LiBH4')."""
    said = _ANION_REPLACING.search(text, max(0, start - 90), start) \
        or next(filter(None, (p.search(text, max(0, start - 90), start) for p in _ANION_SUBSTITUTION_BEFORE)), None)
    return _anion_salt(text, said, host) if said is not None else None


def _swapped_in(text: str, candidates: list, i: int, host: MaterialSystem) -> tuple[int, str] | None:
    """'substituting Al for Mg in MgH2', 'replacing Mg with Ti in MgH2': (where, element) of the element the words
    right before the host ``candidates[i]`` put in place of one of the host's own elements, else None. (The element
    replaced must be the host's: 'replacing Ni with Co in MgH2' is no such swap.)"""
    m = candidates[i][0]
    said = _SWAP_BEFORE_HOST.search(text, max(0, m.start - 80), m.start) or _swap_ahead(text, candidates, i)
    if said is None:
        return None
    into = next(k for k in ("into", "into_named", "into_after", "into_glued") if said.group(k))
    out = said.group("out") or said.group("out_first") or said.group("out_glued")
    if out not in formula_symbols(host.host.formula) or said.group(into) in formula_symbols(host.host.formula):
        return None
    at = said.start(into)
    if into == "into_glued":
        return (at, said.group(into)) if is_element_symbol(said.group(into)) and is_element_symbol(out) else None
    return (at, said.group(into)) if any(n.start == at for n, _ in candidates[:i]) else None


def _swap_ahead(text: str, candidates: list, i: int) -> re.Match[str] | None:
    """The last swap of one element for another said before the host ``candidates[i]`` when no material is named
    between the swap and the host ('Substituting Al for Mg lowers the decomposition enthalpy of MgH2'), else None."""
    m = candidates[i][0]
    said = next(reversed(list(_SWAP_AHEAD.finditer(text, max(0, m.start - 120), m.start))), None)
    if said is None or any(said.end() <= n.start < m.start for n, _ in candidates[:i]):
        return None
    return said


def _lattice_doping(words: str, add: str, host: MaterialSystem) -> bool:
    """'K-doped LiBH4', 'LiBH4 doped with Ca': a metal the text dopes into a host whose cation sites take it
    (``ontology.hosts.enters_cation_sites``) is a substituent of its lattice, not a catalyst ('Ti-doped MgH2')."""
    return bool(_DOPING.search(words)) and enters_cation_sites(add, host.host.term)


def _doping_framework(a, catalysts: set[str], mixed_with: set[str] = frozenset()) -> bool:
    """A porous scaffold of the ontology (a framework, a silica; not a carbon) the text says dopes or
    catalyses the host, or milled or mixed with it, or gives as a share of at most 20 wt% or mol% (too little to
    hold the hydride)."""
    if a.role != ROLES["scaffold"] or not a.term or not vocabulary().is_a(a.term, "PorousScaffold"):
        return False
    return a.formula in catalysts or bool({a.formula, a.text} & mixed_with) or small_loading(a)


def _held_by(system: MaterialSystem, supports: set[str]) -> MaterialSystem:
    """'TiO2-supported LiBH4', 'MgH2 loaded onto Nb2O5': what the text put the host into or onto holds
    it — its scaffold, whatever role the composition alone would give (a transition-metal oxide
    written after '@' reads as a catalytic shell)."""
    held = [a for a in system.additives if a.role == ROLES["catalyst"] and (a.formula in supports or a.text in supports)]
    if not held:
        return system
    return system.model_copy(update={"architecture": "confined", "additives": [
        a.model_copy(update={"role": ROLES["scaffold"]}) if any(a is h for h in held) else a
        for a in system.additives]})


# "5 wt% each of", "(each 10 wt%)", "(10 wt% each)": one amount said of every additive listed
_EACH = re.compile(r"\beach\b", re.I)
_EACH_IN_BRACKETS = re.compile(rf"\s*\(\s*(?:each\s+)?{AMOUNT_GROUPS}(?:\s+each)?\s*\)", re.I)


def _each_in_brackets(text: str, end: int) -> str | None:
    """The amount a bracket right after a list's last additive says each of them holds ('Ni, Co and Fe (each
    10 wt%)'); None for a bracket that does not say 'each' (the last additive's own loading)."""
    bracket = _EACH_IN_BRACKETS.match(text, end)
    return _amount(bracket) if bracket is not None and _EACH.search(bracket.group(0)) else None


def _each_given_after(text: str, parts: list[tuple[str, str, str | None]], end: int) -> list[tuple[str, str, str | None]]:
    """``parts`` with the amount a bracket after the last of them gives each ('doped with TiO2 and Nb2O5 (5 wt% each)')
    put on every additive that has none."""
    each = _each_in_brackets(text, end) if len(parts) > 1 else None
    if each is None:
        return parts
    return [(sep, add, amount if amount is not None or sep == "@" else each) for sep, add, amount in parts]


def _amount(m: re.Match) -> str | None:
    if m.groupdict().get("series"):
        return None   # "with 5 and 10 wt% X": the amounts of several samples (ingest/value_lists.amount_series)
    if m.groupdict().get("moles"):
        return m.group("moles")  # a coefficient, written before the formula without a space
    if m.groupdict().get("coefficient"):
        return m.group("coefficient")
    if not m.group("value"):
        return None
    return amount_text(m)


_SPACED_AT = re.compile(r"\s+@\s*([A-Za-z](?:[\w\-–()]*[\w)])?)")
_SPACED_DASH = re.compile(r"\s+[-–]([A-Z][A-Za-z0-9()]*)(?=\s+(?:composites?|materials?|systems?|samples?|electrodes?)\b)")
_CONJUNCTION = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


_CONJ_BEFORE_PREFIX = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


def _shared_prefix(text: str, candidates: list, i: int, p: re.Match, consumed: set[int]):
    """(mention, additive) of a material coordinated before a prefix ("MnCl2 and Mn-doped MgH2":
    MnCl2-doped MgH2 too), or None. Only a material the prefix's host (candidate i) is not named with."""
    before = [(n, t) for n, t in candidates[:i] if n.end <= p.start()]
    if not before:
        return None
    n, t = before[-1]
    if n.start in consumed or not _CONJ_BEFORE_PREFIX.fullmatch(text, n.end, p.start()):
        return None
    add = _additive(n, t)
    return (n, add) if add is not None else None


# ", " or " and " before the last dopant of a joint verb, with its loading ("5 wt% Ni and 3 wt% CeO2 co-doped")
_JOINT_GAP = re.compile(rf"\s*(?:,\s*(?:and\s+)?|and\s+)(?:{AMOUNT_GROUPS}\s*(?:of\s+)?)?")


def _joint_dopant(text: str, candidates: list, k: int, consumed: set[int]):
    """(mention, additive) of the material joined by 'and' or a comma to the dopant ``candidates[k]`` that a
    spaced joint verb follows ("Ni and CeO2 co-doped MgH2"), or None."""
    if k < 1:
        return None
    n, t = candidates[k - 1]
    if n.start in consumed or not _JOINT_GAP.fullmatch(text, n.end, candidates[k][0].start):
        return None
    add = _additive(n, t)
    return (n, add) if add is not None else None


def _coordinated(text: str, prefixes: list[re.Match], k: int) -> int | None:
    """'Ni-doped and Co-doped MgH2': where the hydride after the last prefix of a coordinated
    chain starting at prefix k begins, or None when prefix k is not followed by another."""
    j = k
    while j + 1 < len(prefixes) and _CONJUNCTION.fullmatch(text, prefixes[j].end(), prefixes[j + 1].start()):
        j += 1
    if j == k:
        return None
    after = _BETWEEN_PREFIX_AND_HOST.match(text, prefixes[j].end())
    return after.end() if after else prefixes[j].end()


# "… with TiF3 as the catalyst", "… with 5 wt% Ni nanoparticles as an additive": the role the material is named in
_AS_ROLE = re.compile(rf"{_SHAPE_WORDS_TEXT}\s+as\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+)?(?:catalysts?|additives?|"
                      r"dopants?|promoters?)\b", re.I)


# "… was used as an additive", "… serves as the dopant": the words between a material and the class noun of its part
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.I)
# ("CeO2 was used as an additive in MgH2", "NbF5 proved to be a good additive for LiBH4": the class word after a
# copula names the part the material before it plays)
_AS_CLASS = re.compile(r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:as|to\s+be|is|are|was|were)\s+(?:an?\s+|the\s+)?"
                       r"(?:[a-z][\w-]*\s+)?", re.I)


def _listed(text: str, candidates: list, i: int, end: int):
    """(link, [(mention, notation)], said 'or') of the additives listed after one link to the hydride of
    candidate i ("doped with TiF3, NbF5 and CeO2"), or None. A hydride given by amount is an additive here."""
    items: list = []
    link, last_end, said_or = None, end, False
    for n, t in candidates[i + 1:]:
        if not items:
            link = _link_between(text, last_end, n.start)
            if link is None or link.group("studied") and not _AS_ROLE.match(text, n.end):
                return None
        else:
            # ("with 5 mol% NbF5 or 5 mol% TiCl3": an alternative may come with its own loading)
            sep = _LIST_NEXT.fullmatch(text, last_end, n.start) or _OR_LOADED_NEXT.fullmatch(text, last_end, n.start)
            if sep is None:
                break
            said_or = said_or or bool(re.search(r"\bor\b", sep.group(0)))
        hydride = t is not None and has_hydrogen(t)
        # (so is one the ontology gives a usual role as another hydride's additive: "milled with KH or RbH")
        add = t.name if hydride and (_amount(link) or _usual_additive(t)) else _additive(n, t)
        if add is None:
            break
        items.append((n, add))
        last_end = n.end
    return (link, items, said_or) if link is not None else None


def _usual_additive(system: MaterialSystem) -> bool:
    """A single hydride the ontology gives a usual role as another hydride's additive (KH, RbH, TiH2: a catalyst or
    a destabilizing partner), not a storage host of its own (MgH2, LiBH4: no usual role)."""
    term = vocabulary().by_formula(system.host.formula) if system.bare else None
    return term is not None and term.usual_role is not None


def _own_loading(text: str, n) -> str | None:
    """The loading written right before a listed additive's mention ('or 5 mol% TiCl3': 5 mol%), else None."""
    before = _OR_LOADED_NEXT.search(text, max(0, n.start - 30), n.start)
    return amount_text(before) if before is not None and before.end() == n.start else None


def _alternatives(text: str, candidates: list, i: int, end: int):
    """(link, [(mention, notation)]) when the hydride of candidate i is given a list of additives that
    are alternatives — one sample each — rather than one sample holding them all: the list says 'or',
    the host is named as several samples, the additives are scaffolds (a sample sits in one), or
    three or more share one amount. None otherwise."""
    listed = _listed(text, candidates, i, end)
    if listed is None or len(listed[1]) < 2:
        return None
    link, items, said_or = listed
    scaffolds = bool(link.groupdict().get("scaffold"))
    if said_or or _PLURAL_SAMPLES.match(text, end) or scaffolds \
            or _one_each(text, link, items, end) and not _of_several_kinds(candidates[i][1], items, text, end) \
            or len(items) >= 3 and _amount(link):
        return link, items
    return None


# "NaAlH4 doped with 4 mol% TiCl3 and co-doped with 2 mol% TiCl3 + 2 mol% CeCl3", "MgH2 milled with 5 wt% Ni or
# with 5 wt% Co", "LiBH4 with 10 wt% TiF3 and with 10 wt% NbF5": a second link to the same host after its first
# additives opens a second sample of that host (the words between the first sample's last additive and the next one)
_ANOTHER_SAMPLE = re.compile(rf"{_SHAPE_WORDS_TEXT}\s*,?\s*(?:(?P<or>or)|and(?=\s+(?:co-?[a-z]+ed\s+)?(?:with|by)\b))\s+"
                             rf"(?P<rest>(?:(?P<co>co-?[a-z]+ed)\s+|[a-z]+ed\s+)?(?:with|by)\s+(?:{_AMOUNT})?{_ADJECTIVES})$", re.I)
# the next additive of the second sample's list: "+ 2 mol% CeCl3", ", 2 mol% CeCl3", "and 2 mol% CeCl3"
_NEXT_OF_SECOND = re.compile(rf"{_SHAPE_WORDS_TEXT}\s*(?:\+|,\s*(?:and\s+)?|and\s+)\s*(?:{_AMOUNT})?{_ADJECTIVES}$", re.I)


@dataclass
class _SecondSample:
    """The second sample of a host a sentence names after the first one's additives."""

    start: int                               # where its link begins ("co-doped with …", "with …")
    end: int                                 # the end of its last additive
    parts: list[tuple[str, str, str | None]]
    catalysts: set[str]
    taken: list[int]                         # the starts of the additives' mentions


def _second_sample(text: str, host: MaterialSystem, parts: list[tuple[str, str, str | None]], candidates: list,
                   k: int, last_end: int) -> _SecondSample | None:
    """The second sample of ``host`` whose link stands before candidate k, when the words there open one: 'or'
    (with or without a verb), 'and with', or 'and' with a co-doping verb whose list holds two additives or
    one the first sample already has: a co-doping names every dopant of its sample, and the same additive
    again (at another amount) is never one sample. None otherwise ("doped with Ni and then milled with
    graphite", "co-doped with Ni and Co" are one sample)."""
    gap = _ANOTHER_SAMPLE.fullmatch(text, last_end, candidates[k][0].start)
    if gap is None or gap.group("co") and not gap.group("or") and not _CATALYSING.search(gap.group("co")):
        return None   # ("and co-milled with graphite": milled into the same sample)
    second: list[tuple[str, str, str | None]] = []
    taken: list[int] = []
    link, end = gap, last_end
    for n, t in candidates[k:]:
        if second:   # ("+ 2 mol% Ti", "combined with Ti powder": the next additive of the same sample)
            link = _NEXT_OF_SECOND.fullmatch(text, end, n.start) or _AND_LINK.match(text, end, n.start)
        # (a hydride given by amount is an additive here: "… with 3 mol% KH or with 3 mol% RbH")
        add = None if link is None else t.name if t is not None and has_hydrogen(t) and _amount(link) \
            else _additive(n, t)
        if add is None:
            break
        second.append(("–", add, _amount(link)))
        taken.append(n.start)
        end = n.end
    if not second:
        return None
    made = _with(bare_sample(host), second, set())
    first = {a.formula for a in (_with(host, parts, set()) if parts else host).additives}
    if not gap.group("or") and gap.group("co") and len(made.additives) < 2 and not first & {a.formula for a in made.additives}:
        return None   # "doped with TiCl3 and co-doped with CeCl3": CeCl3 is the one sample's co-dopant
    catalysed = bool(_CATALYSING.search(gap.group(0)))
    return _SecondSample(gap.start("rest"), end, second, {a for _, a, _ in second} if catalysed else set(), taken)


def _one_each(text: str, link: re.Match, items: list, end: int) -> bool:
    """Are the additives listed after one link without an amount one sample each? "doped with TiF3 and
    NbF5", "catalysed by both X and Y": two joined by 'and' are put into one sample; a series of three
    or more ("doping NaAlH4 with TiCl3, ZrCl4 and CeCl3"), or two the sentence pairs with its values
    ('respectively') or sets apart ('separately') are one sample each."""
    if _amount(link) or TOGETHER_LINK.search(link.group(0)):
        return False
    return len(items) >= 3 or _RESPECTIVELY.search(text, end) is not None or _APART.search(text) is not None


def _of_several_kinds(host: MaterialSystem | None, items: list, text: str, end: int) -> bool:
    """A series the text does not pair or set apart whose additives are of different kinds ("milled with TiO2,
    CeO2 and graphene": oxides and a carbon; "Ni, Fe and Nb2O5"): a multi-part catalyst of one sample, as a
    series of one kind ("TiCl3, ZrCl4 and CeCl3") is a comparison of one sample each."""
    if host is None or _RESPECTIVELY.search(text, end) is not None or _APART.search(text) is not None:
        return False
    kinds = set()
    for _, add in items:
        found = system_of(f"{host.name}–{add}")
        if found is None or not found.additives or found.additives[-1].additive_class is None:
            return False
        kinds.add(found.additives[-1].additive_class)
    return len(kinds) > 1


def _put_together(text: str, candidates: list, i: int, end: int) -> bool:
    """Additives listed after one link that the text puts into one sample: two joined by 'and' (unless
    ``_one_each`` or a plural sample noun says one each), or three or more of several kinds
    (``_of_several_kinds``)."""
    listed = _listed(text, candidates, i, end)
    if listed is None or listed[2]:
        return False
    link, items, _ = listed
    if len(items) == 2:
        return not _one_each(text, link, items, end) and not _PLURAL_SAMPLES.match(text, end)
    return len(items) >= 3 and _of_several_kinds(candidates[i][1], items, text, end)


# (the ontology's confinement strategy and its class of porous scaffolds: what a support holding a hydride is for)
_CONFINEMENT, _POROUS_SCAFFOLD = "Nanoconfinement", "PorousScaffold"


# "Ni nanoparticles in MgH2", "TiO2 within LiBH4": an additive (with its particles' shape) said to be in the host
_IN_HOST = re.compile(rf"\s+(?:{_SHAPE}\s+)?(?:in(?:side)?|within)\s+(?:the\s+)?", re.I)


# "both Ti-doped NaAlH4 and Na3AlH6", "both Nb2O5-doped MgH2 and LiBH4": one modification written before the
# first of two hosts joined by 'both … and' is said of both
_BOTH_BEFORE = re.compile(r"\bboth\s+$", re.I)
_COMPOSED_OF = re.compile(r"(?:composed|consisting|made(?:\s+up)?|comprised)\s+of\b", re.I)
_AND_BETWEEN = re.compile(r"\s+and\s+")


def _both_modified(text: str, out: list[tuple[Mention, MaterialSystem]]) -> list[tuple[Mention, MaterialSystem]]:
    """``out`` with the bare hydride after 'both <modified host> and' given the first's additives, when they were
    written before the first host (its prefix: 'Ti-doped', 'Ti doped'), as the 'both' says of the two."""
    if "both" not in text.casefold():
        return out
    for k in range(len(out) - 1):
        (m, s), (n, t) = out[k], out[k + 1]
        if s.bare or not t.bare or not has_hydrogen(t) or text[m.start:m.end].startswith(s.host.text) \
                or not _BOTH_BEFORE.search(text, max(0, m.start - 8), m.start) \
                or not _AND_BETWEEN.fullmatch(text, m.end, n.start):
            continue
        parts = [("@" if a.role == ROLES["scaffold"] else "–", a.formula, _loading(a)) for a in s.additives]
        out[k + 1] = (n, _with(t, parts, {a.formula for a in s.additives if a.in_situ},
                               {a.formula for a in s.additives if a.role == ROLES["catalyst"]}))
    return out


# "NaAlH4 and Na3AlH6 doped with 2 mol% Ti", "LiAlH4 and Li3AlH6 catalysed by TiF3": one modification written after
# the second of two hosts joined by 'and', with its verb, is said of both (not "pristine MgH2 and MgH2 doped with Ni",
# a baseline named first; nor a host said twice, the comparison of a sample with its own bare host)
_LINK_AFTER = re.compile(rf"\s+{_LINK_VERB}\s", re.I)


def _modified_with(text: str, m: Mention, s: MaterialSystem, n: Mention, t: MaterialSystem) -> bool:
    """Is the bare hydride s of '<s> and <t> doped with X' modified as t is: the two hosts differ, joined by 'and',
    a linking verb right after t, no baseline word before s?"""
    return s.bare and has_hydrogen(s) and s.host.formula != t.host.formula and text[n.start:n.end] == t.host.text \
        and bool(_AND_BETWEEN.fullmatch(text, m.end, n.start)) and bool(_LINK_AFTER.match(text, n.end)) \
        and not BASELINE_BEFORE.search(text, max(0, m.start - 30), m.start)


def _and_modified_after(text: str, out: list[tuple[Mention, MaterialSystem]]) -> list[tuple[Mention, MaterialSystem]]:
    """``out`` with the bare hydride before '<host> and <host> <doped with X>' given the second's additives, when
    they were written after the second host with a linking verb, as the coordination says of the two."""
    for k in range(len(out) - 1):
        (m, s), (n, t) = out[k], out[k + 1]
        if t.bare or not _modified_with(text, m, s, n, t):
            continue
        parts = [("@" if a.role == ROLES["scaffold"] else "–", a.formula, _loading(a)) for a in t.additives]
        out[k] = (m, _with(s, parts, {a.formula for a in t.additives if a.in_situ},
                           {a.formula for a in t.additives if a.role == ROLES["catalyst"]}))
    return out


def _loadings_said_later(text: str, out: list[tuple[Mention, MaterialSystem]], found: list[tuple[Mention, MaterialSystem]]
                         ) -> list[tuple[Mention, MaterialSystem]]:
    """``out`` with an additive a sample holds without a loading given the share in the bracket right after the
    same additive named again later in the sentence ('MgH2 with TiCl3 … among the catalysts Ni, Fe and TiCl3
    (1 mol%)'): the one loading the sentence writes for it."""
    for k, (m, s) in enumerate(out):
        for a in (a for a in s.additives if a.amount is None):
            later = [_AMOUNT_IN_BRACKETS.match(text, n.end) for n, t in found
                     if n.start >= m.end and t is not None and t.bare and t.host.formula == a.formula]
            shares = {amount_text(b) for b in later if b is not None}
            if len(shares) == 1:
                loaded = _loading_given(s, [a.formula], {a.formula: shares.pop()})
                s = loaded if loaded is not None else s
        out[k] = (m, s)
    return out


def _held_by_host(text: str, gap_start: int, host_start: int, add: str, additive, system: MaterialSystem) -> bool:
    """Is the material ``add`` before the host said to be in it ("Ni nanoparticles in MgH2 lower …"), as a part
    of the sample — not the host's own element ("the Li in LiBH4") and not a hydride of its own?"""
    if not _IN_HOST.fullmatch(text, gap_start, host_start) or additive is not None and has_hydrogen(additive):
        return False
    return not formula_symbols(add) <= formula_symbols(system.host.formula)


def _placed(text: str, host_start: int, host_end: int, add_start: int) -> bool:
    """Is the material at ``add_start`` the support the host before it was put into or onto?"""
    gap = _PLACED.match(text, host_end, add_start)
    if gap is None:
        return False
    if _PLACING_VERB.search(text, max(0, host_start - 40), host_start):
        return True
    return bool(gap.group("shape")) and gap.group("prep").lower() in ("on", "onto")


def _held_in_scaffold(text: str, host_end: int, n: Mention) -> bool:
    """'LiAlH4 nanoparticles in mesoporous silica', 'NaAlH4 within carbon aerogel': a hydride said to be in a
    porous scaffold (a support the ontology gives confinement as the strategy of what it holds, a porous
    scaffold, or a support named with its architecture) is confined there, with no verb that put it in."""
    gap = _PLACED.match(text, host_end, n.start)
    if gap is None or gap.group("prep").lower() not in ("in", "inside", "within"):
        return False
    return _confining(n)


def _confining(n: Mention) -> bool:
    """Is ``n`` a material that confines what it holds: a support the ontology gives confinement as the strategy of
    what it holds, a porous scaffold, or a support named with its architecture ('carbon aerogel', 'hollow carbon')?"""
    if n.kind != "Material":
        return False
    vocab = vocabulary()
    term = vocab.get(n.term) if n.term and n.term in vocab else None
    if term is not None and (term.support_strategy == _CONFINEMENT or vocab.is_a(term.id, _POROUS_SCAFFOLD)):
        return True
    return architecture_name(n.text) is not None


# a name spelled out in capitalised words before its code in brackets ('Santa Barbara Amorphous-15 (SBA-15)', 'Mobil
# Composition of Matter No. 48 (MCM-48)'): the words whose initials give the code's letters, a 'No. N' after them
_NAME_IN_WORDS = r"(?:[A-Z][a-z]+(?:-\d+)?\s+(?:(?:of|for|the|and)\s+)?){2,6}"
SPELLED_OUT = rf"{_NAME_IN_WORDS}(?:No\.\s*\d+\s*)?\(\s*"
_SPELLED_OUT = re.compile(rf"(?P<long>{_NAME_IN_WORDS}){SPELLED_OUT[len(_NAME_IN_WORDS):]}$")
# "infiltrated into the pores of ZIF-8", "confined in UiO-67bpy", "within the pores of MIL-53(Al)": a framework's code
# (capitals, a hyphen, its number; a suffix or its metal in brackets) in the slot of what confines the hydride
_CODE_IN_SLOT = re.compile(rf"(?i:{_SCAFFOLD_VERB}|\b(?:in(?:to|side)?|within)\s+the\s+{_PORES}\s+of)"
                           # (or its name in words before it, the code in brackets: 'in Santa Barbara Amorphous-15 (SBA-15)')
                           rf"\s+(?:the\s+)?(?:{SPELLED_OUT})?"
                           r"(?P<code>[A-Z](?=[a-z]?[A-Z])[A-Za-z]{1,5}-\d+[a-z]{0,4}(?:\([A-Z][a-z]?\))?)"
                           r"(?![\w(-])")


_FRAMEWORK_CODE = re.compile(r"[A-Z](?=[a-z]?[A-Z])[A-Za-z]{1,5}-\d")


def _codes_in_slot(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]):
    """(found, ms) with the framework code a confining slot names and no mention holds ('ZIF-8', which the ontology
    leaves out as a scaffold: papers as often pyrolyse it into a carbon) as a material of its own, named as written:
    read from the slot only, so a code named elsewhere (the framework a carbon is made from) is no scaffold."""
    added = []
    # (a code itself looked for first, a plain pattern: the slot's verbs, read case-insensitively, cost more)
    for c in _CODE_IN_SLOT.finditer(text) if "-" in text and _FRAMEWORK_CODE.search(text) else ():
        a, b = c.span("code")
        if any(m.start < b and a < m.end for m in ms):
            continue
        system = _parsed(c.group("code"))
        if system is not None and system.bare and not has_hydrogen(system):
            added.append((Mention("Material", c.group("code"), a, b), system))
    if not added:
        return found, ms
    return (sorted([*found, *added], key=lambda x: x[0].start),
            sorted([*ms, *(m for m, _ in added)], key=lambda m: m.start))


def samples(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention],
            context: MaterialSystem | None, alternatives: list | None = None
            ) -> tuple[list[tuple[Mention, MaterialSystem]], set[int]]:
    """The sentence's system mentions with each hydride joined to the additives the text puts into
    it; additives so placed are no longer mentions of their own. Also returns the start offsets of
    baseline mentions ('pristine MgH2'). Samples named as alternatives ("MgH2 with 10 wt% TiO2,
    Nb2O5 or V2O5": three samples) are put into ``alternatives`` when a list is given."""
    if not found and (context is None or not (_PREFIX_VERB.search(text) and _PREFIX.search(text))):
        return found, set()   # ("the Ni-doped composite" alone names a sample of the paragraph's hydride)
    if context is not None and not context.bare:
        # (the paragraph's 'oxide' gives way to the oxides this sentence names: "the samples with SiO2 and TiO2")
        context = named_members(context, [m.text for m in ms if m.kind in (SYSTEM_LABEL, "Material")])
    if "|" in text or "/" in text:
        found, ms = _cell_stacks(text, found, ms)
    if "@" in text:
        found, ms = _spaced_supports(text, found, ms)
        found, ms = _scaffold_named_in_words(text, found, ms)
    if "(" in text:
        found, ms = _named_in_brackets(text, found, ms)
    if "+" in text or "–" in text or "-" in text:
        found, ms = _plus_chains(text, found, ms)
        if " or " in text or "/" in text:
            found, ms = _states_joined(text, found, ms)
    if " and " in text or " with " in text:
        found, ms = _composites_of(text, found, ms)
    if ":" in text:
        found, ms = _ratio_after_notation(text, found, ms)
    if "quimolar" in text:
        found = _equimolar_named(text, found)
    found, ms = formulations(text, found, ms)
    if "(" in text:
        ms = _without_restatements(text, found, _abbreviated(text, found, ms))
    if " with " in text or " contain" in text or " compris" in text:
        found, ms = _loaded_sample(text, found, ms, context)
        found = _amounts_stated_after(text, found)
    if _SHARE_WORD.search(text):
        found = _fraction_said_of(text, found, context)
        if context is not None and not context.bare:
            found = _share_of_its_additive(text, found, context)
    found, ms = _codes_in_slot(text, found, ms)
    if "(" in text:
        found, ms = _spelled_out_codes(text, found, ms)
    by_start = {m.start: s for m, s in found}
    candidates = []      # (mention, system or None) of every chemistry mention, in order
    for m in ms:
        if m.kind in (SYSTEM_LABEL, "Material"):
            candidates.append((m, by_start.get(m.start)))
    consumed: set[int] = set()
    baseline: set[int] = set()
    for i in range(len(candidates) - 1):
        (m, s), (n, t) = candidates[i], candidates[i + 1]
        if s is None or t is None or not s.bare or t.bare or t.host.formula != s.host.formula:
            continue
        # "LiBH4 (LiBH3.75F0.25)": the bracket says which form of the host the sample is
        if n.text.startswith("(") and n.text.endswith(")") and not text[m.end:n.start].strip():
            inner = system_of(n.text[1:-1].strip())
            candidates[i] = (m, inner if inner is not None else t)
        elif _BRACKET_OPEN.fullmatch(text, m.end, n.start) and _BRACKET_CLOSE.match(text, n.end):
            candidates[i] = (m, t)
            consumed.add(n.start)
    out: list[tuple[Mention, MaterialSystem]] = []
    prefixes = list(_PREFIX.finditer(text)) if _PREFIX_VERB.search(text) else []
    prefix_used: set[int] = set()
    fronted = None  # (mention, notation, where the clause ends) of a scaffold fronted before its sample
    if candidates and _FRONTED.fullmatch(text, 0, candidates[0][0].start):
        n0, t0 = candidates[0]
        add0 = _additive(n0, t0)
        end0 = _FRONTED_END.match(text, n0.end)
        if add0 is not None and end0 is not None:
            fronted = (n0, add0, end0.end())
    elif candidates:
        fronted = _fronted_by_confinement(text, ms, candidates)
    for i, (m, s) in enumerate(candidates):
        if i > 0 and m.text.startswith("(") and m.text.endswith(")") and candidates[i - 1][1] is not None \
                and not text[candidates[i - 1][0].end:m.start].strip():
            consumed.add(m.start)  # "LiBH4–LiNH2 (Li4BN3H10)": another name of the system before it
            continue
        if s is None or not (has_hydrogen(s) or _shaped_metal(text, m, s) or _prefixed_metal(text, prefixes, m, s)
                             or _reference_alloy(text, m, s)
                             or _linked_metal(text, m, s, candidates[i + 1][0] if i + 1 < len(candidates) else None)) \
                or m.start in consumed:
            continue
        if s.bare and _added_loading(text, candidates, i, consumed):
            continue   # "adding 10 wt% LiBH4 and 5 wt% Ni to MgH2": a hydride given as a loading added to a host after it
        parts: list[tuple[str, str, str | None]] = []
        in_situ: set[str] = set()
        catalysts: set[str] = set()
        substituents: set[str] = set()
        mixed_with: set[str] = set()     # what the host was milled or mixed with, not put into (``_with``)
        start = m.start
        # "Ni-doped MgH2": a prefix right before the host ("CMK-3-confined LiBH4": in its scaffold)
        for p in prefixes:
            # (the halide a word names, read only for a prefix before this host that no sample has taken)
            salt = _anion_salt(text, p, s) if p.end() <= m.start and p.start() not in prefix_used else None
            if p.end() <= m.start and _before_host(text, prefixes, p, m.start) \
                    and (salt or _prefix_additive(p.group("add")) is not None
                         or _named_before_prefix(text, p) is not None) and p.start() not in prefix_used:
                # ("0.04CeAl4-doped NaAlH4": a molar coefficient glued before the prefix, as indexing services print it)
                loading = p if p.group("coefficient") else loading_before(text, p.start()) \
                    or _share_after_prefix(text, p)
                # (as written: 'CNTs-doped MgH2' keeps 'CNTs', 'Ni/CNTs-doped' its support)
                named = _named_before_prefix(text, p)
                added = salt or _as_additive(_prefix_additive(named[1] if named else p.group("add")))
                start = min(start, named[0]) if named else start
                # (not a placing prefix's: in "CMK-3-confined LiBH4 (33 wt%)" the share is the hydride's loading)
                after = _LOADING_BRACKET.match(text, m.end) if loading is None and not p.group("placed") else None
                if after is not None and (after.group("what") in (p.group("add"), added) or not after.group("what")
                                          and bracketed_loading(text, p.start(), after.start(), after.end())):
                    loading = after   # "Ti-doped NaAlH4 (2 mol% Ti)": the loading of the one prefix, said after
                codopants = _codopants(p)
                if codopants:
                    parts += [("–", c, None) for c in codopants]   # "CeCl3/Ti-codoped NaAlH4": two dopants
                else:
                    parts.append(("@" if p.group("placed") else "–", added,
                                  _amount(loading) if loading else None))   # "the 5 wt% Ni-doped MgH2"
                if _SUBSTITUTING.search(p.group(0)) or salt or _lattice_doping(p.group(0), added, s):
                    substituents.add(added)
                elif _CATALYSING.search(p.group(0)):
                    catalysts.add(added)
                prefix_used.add(p.start())
                start = min(start, p.start())
                shared = _shared_prefix(text, candidates, i, p, consumed)
                if shared is not None and TOGETHER.search(p.group(0)):
                    # "Ni, CeO2-codoped MgH2": the joint verb puts both dopants into the one sample
                    n, add = shared
                    parts.insert(len(parts) - 1, ("–", add, amount_before(text, n.start)[0]))
                    if _CATALYSING.search(p.group(0)):
                        catalysts.add(add)
                    consumed.add(n.start)
                    start = min(start, n.start)
                elif shared is not None:
                    # "MnCl2 and submicron-Mn-doped MgH2": the verb of the last dopant is the first one's
                    # too; each names a sample of the host of its own
                    n, add = shared
                    out.append((n, _with(s, [("@" if p.group("placed") else "–", add, None)], set(),
                                         {add} if _CATALYSING.search(p.group(0)) else set())))
                    consumed.add(n.start)
        worded = (_anion_salt_after(text, m.end, s) or _anion_salt_before(text, m.start, s)) if not parts else None
        if worded is not None:
            parts.append(("–", worded, None))   # "LiBH4 doped with iodide": LiBH4–LiI
            substituents.add(worded)
        swapped = _swapped_in(text, candidates, i, s) if not parts else None
        if swapped is not None:
            # "substituting Al for Mg in MgH2": MgH2–Al, Al a substituent (at the share written before it: 'substituting
            # 12.5 at.% Al for Mg')
            loading = loading_before(text, swapped[0])
            parts.append(("–", swapped[1], _amount(loading) if loading else None))
            substituents.add(swapped[1])
            consumed.add(swapped[0])
            start = min(start, swapped[0])
        if fronted is not None and m.start >= fronted[2] and fronted[0].start not in consumed and "@" not in s.name:
            parts.append(("@", fronted[1], None))
            consumed.add(fronted[0].start)
        # "TiF3 was added to LiBH4": the nearest material before the host, linked to it
        if i > 0 and not parts:
            n, t = candidates[i - 1]
            k_add = i - 1   # (the additive's place in the candidates: a list before it is read from there)
            if i > 1 and _is_class(n) and not text[n.end:m.start].strip() \
                    and text[candidates[i - 2][0].end:n.start].strip():
                # "… were milled with alkaline-earth borohydride Mg(BH4)2": the class named just before the host
                # describes the host; the material before the two is the one put in
                k_add = i - 2
                n, t = candidates[k_add]
            link_from = n.end
            if i > 1 and _is_class(n) and not text[candidates[i - 2][0].end:n.start].strip():
                n, t = candidates[i - 2]  # "Ti3C2 MXene was used as …": the class word describes it
            elif i > 1 and _is_class(n) and _AS_CLASS.fullmatch(text, candidates[i - 2][0].end, n.start) \
                    and not (i > 2 and _LIST_JOIN.fullmatch(text, candidates[i - 3][0].end, candidates[i - 2][0].start)):
                # ("TiO2 and Nb2O5 as additives for MgH2": the last of a list compared, no one sample)
                # "CeO2 was used as an additive in MgH2": the class word names the part the material before it plays
                n, t = candidates[i - 2]
                link_from = n.end
            add = _on_support(text, prefixes, n, _additive(n, t), prefix_used) if n.start not in consumed else None
            if add is None and n.start not in consumed and _is_class(n) and _FILLED_WITH.search(text, link_from, m.start):
                add = n.text[:1].lower() + n.text[1:]  # "Mesoporous silica was infiltrated with LiBH4": the kind of scaffold
            if add is None and t is not None and n.start not in consumed and has_hydrogen(t) and t.bare \
                    and (_PUT_INTO.match(text, link_from, m.start) or _ADDING_TO.match(text, link_from, m.start)
                         and _adding_before(text, candidates, k_add, consumed)):
                add = t.name  # "TiH2 was introduced into MgH2": a hydride added as such is an additive too
            if add is None and t is not None and n.start not in consumed and has_hydrogen(t) and t.bare \
                    and declared_for(text, link_from, m.start):
                add = t.name  # "TiH2 was selected as a catalyst for MgH2": a hydride the text says is for the host
            if add is None and t is not None and n.start not in consumed and has_hydrogen(t) and t.bare \
                    and _WITH_FIRST_GAP.match(text, link_from, m.start) \
                    and _WITH_FIRST.search(text, max(0, n.start - 40), n.start) \
                    and (loading_before(text, n.start)
                         or _DOPED_WITH_BEFORE.search(text, max(0, n.start - 40), n.start)):
                # "With 5 mol% KH, the Mg(NH2)2–2LiH composite …": a hydride given as a loading; "When doped with
                # KH, LiNH2–LiH …": one the fronted clause says dopes (or catalyses) the host after it
                add = t.name
            # ("V2O5 (5 wt%) doped MgH2": the dopant's loading in a bracket between it and the verb)
            loaded = _AMOUNT_IN_BRACKETS.match(text, link_from) if n.start not in consumed else None
            spaced = _SPACED_PREFIX.fullmatch(text, loaded.end() if loaded else link_from, m.start) \
                if n.start not in consumed else None
            if spaced and spaced.group("substituted") and not _element_substituted(t, s):
                spaced = None
            if spaced and add is None and t is not None and has_hydrogen(t) and t.bare \
                    and _CATALYSING.search(spaced.group(0)):
                add = t.name  # "KH doped Mg(NH2)2–2LiH": a hydride the text says dopes the host
            if spaced and add and not _NOT_IN_SAMPLE.search(text, max(0, n.start - 40), n.start):
                # "Ni doped MgH2", "CMK-3 confined LiBH4–MgH2": the prefix written without its hyphen
                parts.append(("@" if spaced.group("placed") else "–", add,
                              amount_before(text, n.start)[0] or (_amount(loaded) if loaded else None)))
                if spaced.group("substituted"):
                    substituents.add(add)
                if _CATALYSING.search(spaced.group(0)):
                    catalysts.add(add)
                consumed.add(n.start)
                # "KH doped Mg(NH2)2–2LiH": the hydride, read as a sample of its own before, is this one's additive
                out = [(o, x) for o, x in out if not (o.start == n.start and o.end == n.end)]
                start = min(start, n.start)
                add = None
                joint = _joint_dopant(text, candidates, k_add, consumed) if TOGETHER.search(spaced.group(0)) else None
                if joint is not None:
                    # "Ni and CeO2 co-doped MgH2": the joint verb puts the dopant before the last one in too
                    n0, add0 = joint
                    parts.insert(len(parts) - 1, ("–", add0, amount_before(text, n0.start)[0]))
                    if _CATALYSING.search(spaced.group(0)):
                        catalysts.add(add0)
                    consumed.add(n0.start)
                    out = [(o, x) for o, x in out if o.start != n0.start]
                    start = min(start, n0.start)
            if add and (_BEFORE_HOST.match(text, link_from, m.start) or _held_by_host(text, link_from, m.start, add, t, s)
                        or _ADDING_TO.match(text, link_from, m.start)
                        and _adding_before(text, candidates, k_add, consumed)
                        or _FOR_HOST.match(text, link_from, m.start)
                        and _CATALYST_OF.search(text, max(0, n.start - 90), n.start)
                        or declared_for(text, link_from, m.start)
                        or _WITH_FIRST_GAP.match(text, link_from, m.start)
                        and _with_first(text, candidates, k_add, consumed)) \
                    and not _NOT_IN_SAMPLE.search(text, max(0, n.start - 40), n.start):
                amount = loading_before(text, n.start) \
                    or _SHAPED_AMOUNT_IN_BRACKETS.match(text, n.end) \
                    or _COUNT_ADDED.search(text, max(0, n.start - 40), n.start)   # "KH (3 mol%) was added to …"
                for c, c_add in _coordinated_before(text, candidates, k_add, consumed):
                    # "TiF3 and graphene were milled with MgH2": every additive of the list goes into the host
                    parts.append(("–", c_add, _loading_of(text, c)))
                    consumed.add(c.start)
                add = _on_fronted_support(text, candidates, k_add, add, consumed)
                carried = _carrier(text, candidates, k_add, n, consumed)
                if carried is not None:
                    # "5 wt% TiF3 supported on graphene was milled with MgH2": the catalyst on its support, one
                    # additive written catalyst/support (as "milled with TiF3 supported on graphene" gives it)
                    c, c_add = carried
                    amount = amount or loading_before(text, c.start) \
                        or _SHAPED_AMOUNT_IN_BRACKETS.match(text, c.end)
                    add = f"{c_add}/{add}"
                    consumed.add(c.start)
                # "CMK-3 loaded with 2LiNH2–MgH2": a scaffold filled with the host holds it; so does one the text says
                # is the host's scaffold ("rGO could serve as the scaffold for MgH2", "was used as a template for")
                holds = (_FILLED_WITH.search(text, link_from, m.start)
                         or role_declared_for(text, link_from, m.start) == ROLES["scaffold"]) \
                    and (t is None or not has_hydrogen(t))
                parts.append(("@" if holds else "–", add, _amount(amount) if amount else None))
                if _IN_SITU.search(text, max(0, n.start - 25), min(len(text), n.end + 25)):
                    in_situ.add(add)
                consumed.add(n.start)
                if t is not None and has_hydrogen(t) and not any(c.formula == t.host.formula for c in s.components):
                    # "KH was introduced into LiNH2–LiH": the hydride, read as a sample of its own before, is this
                    # one's additive (else a later 'the sample' would take it up as what the passage is about); one
                    # put into a composite written with it already ("NaAlH4 was added to MgH2–NaAlH4 because of its
                    # capacity") is named for itself
                    out = [(o, x) for o, x in out if not (o.start == n.start and o.end == n.end)]
        if i > 0 and not parts and (made := _made_then_put(text, candidates, i, consumed)) is not None:
            n, add, how = made
            amount = loading_before(text, n.start)
            k = next(j for j, (o, _) in enumerate(candidates) if o is n)
            add = _on_fronted_support(text, candidates, k, add, consumed)
            carried = _carrier(text, candidates, k, n, consumed)
            if carried is not None:
                # "Ni on carbon was prepared and milled with MgH2": what was made is the catalyst on its support
                c, c_add = carried
                amount = amount or loading_before(text, c.start)
                add = f"{c_add}/{add}"
                consumed.add(c.start)
            elif how.group("passive"):
                # "TiO2 and Nb2O5 were selected as additives and milled with MgH2": every additive of the list
                for c, c_add in _coordinated_before(text, candidates, k, consumed):
                    parts.append(("–", c_add, _loading_of(text, c)))
                    consumed.add(c.start)
            # ("a carbon aerogel was made … and infiltrated with LiBH4": the scaffold holds the host)
            holds = bool(_FILLED_WITH.search(how.group(0)))
            parts.append(("@" if holds else "–", add,
                          _amount(amount) if amount else _written_loading(candidates, i, add)))
            consumed.add(n.start)
        # (a sample with additives is never a baseline: asked before the words around it are searched)
        if not parts and s.bare \
                and (_BASELINE.search(text, max(0, m.start - 40), m.start) or _BASELINE_LEAD.match(m.text)
                     or LACKING_AFTER.match(text, m.end) or LACKING_FRONTED.search(text, max(0, m.start - 90), m.start)):
            baseline.add(m.start)   # (a mention may hold its word: 'bulk MgH2')
        # "Mg(BH4)2 @Gr": a converted PDF puts a space before the '@' of the notation
        at = _SPACED_AT.match(text, m.end)
        end = m.end
        if at and system_of(f"{s.name}@{at.group(1)}") is not None:
            s, end = system_of(f"{s.name}@{at.group(1)}"), at.end()
            consumed.update(n.start for n, _ in candidates[i + 1:] if n.start < end)
        loaded = _loaded_in_brackets(text, m, s)   # "MgH2–Co (5 wt%)": the loading of the last additive
        if loaded is not None:
            s, end = loaded
        dash = _SPACED_DASH.match(text, m.end)  # "Li3AlH6 -Al composite": the same with a dash
        if dash and s.bare and system_of(f"{s.name}–{dash.group(1)}") is not None:
            s, end = system_of(f"{s.name}–{dash.group(1)}"), dash.end()
            consumed.update(n.start for n, _ in candidates[i + 1:] if n.start < end)
        alts = _alternatives(text, candidates, i, end)
        if alts is not None:
            link, items = alts
            sep = "@" if link.groupdict().get("scaffold") else "–"
            if alternatives is not None:
                each = _amount(link) or _each_in_brackets(text, items[-1][0].end)
                # (each with the loading written right before it, where the list gives each one its own)
                alternatives[:] = [_with(s, [(sep, add, _own_loading(text, n) or each)], set()) for n, add in items]
                if i > 0 and candidates[i - 1][1] is not None and _modified_with(text, *candidates[i - 1], m, s):
                    # "LiAlH4 and NaAlH4 doped with 3 mol% Ni or Co": each alternative of both hosts
                    alternatives[:] = [_with(candidates[i - 1][1], [(sep, add, _own_loading(text, n) or each)], set())
                                       for n, add in items] + alternatives
            consumed.update(n.start for n, _ in items)
            out.append((Mention(m.kind, text[start:end], start, end, m.term), _with(s, parts, in_situ, catalysts, substituents) if parts else s))
            continue
        # "MgH2 doped with 5 wt% Ti and CeO2", "Mg(BH4)2 confined in graphene"
        last_end, first, together, milled_list = end, True, False, False
        other: _SecondSample | None = None
        each: str | None = None
        for k, (n, t) in enumerate(candidates[i + 1:], start=i + 1):
            if k + 1 < len(candidates) and n.kind == "Material" and t is None \
                    and not text[n.end:candidates[k + 1][0].start].strip() \
                    and text[candidates[k + 1][0].start] not in "([":   # "carbon nanotubes (Ni/CNT)": a label
                continue  # "mesoporous silica SBA-15": the words before the name describe it
            if first and n.start >= last_end and not text[last_end:n.start].strip() and _is_class(n):
                last_end = n.end   # "the TiH2 hydride electrode": the class named after the host describes it
                continue
            link = _link_between(text, last_end, n.start) if first else _AND_LINK.match(text, last_end, n.start)
            # (after the additives a link put in, or those the host's mention already holds: "prepared by ball
            # milling NaAlH4 with 4 mol% CeCl3 or with …")
            if (not first or not s.bare) and (other := _second_sample(text, s, parts, candidates, k, last_end)) is not None:
                consumed.update(other.taken)
                break   # "… and co-doped with 2 mol% TiCl3 + 2 mol% CeCl3": a second sample of the host begins
            if link is None and not first and " w" in text[last_end:n.start]:
                link = _LIST_LINKED.match(text, last_end, n.start)
            if first and link is None and _MADE_ROUTE.fullmatch(text, last_end, n.start):
                continue  # "formed by hydrogenation of Bu2Mg inside the pores of C": a precursor of how it was made
            if link is not None and not first and _APART.search(link.group(0)):
                break
            if link is not None and first and re.fullmatch(r"\s*with\s+", link.group(0)) \
                    and _REACTION_OF.search(text, max(0, m.start - 30), m.start) \
                    and not (t is not None and _hydride_pair(s, t) and _reaction_named(text, m.start)):
                # (but "the reaction of LiBH4 with MgH2": two hydrides whose reaction is the composite's)
                break  # "the conversion of Mg2FeH6 with Li": what the host reacts with, no additive
            if link is not None and first and _PARTICLE_WORD.search(link.group(0)) and not has_hydrogen(s) \
                    and not (link.group("scaffold") and storage_metal(s.host.formula) and _confining(n)):
                # "4 nm V particles embedded in 30 nm Mg particles": sizes, not a sample; but "Mg nanoparticles
                # confined in carbon aerogels" is the storage metal (its hydride unloaded) held in its scaffold
                link = None
            if SUBSTRATE_AFTER.match(text, n.end):
                break  # "deposited on Cu foil": the substrate or current collector is no part of the sample
            if t is not None and has_hydrogen(t) and not t.bare and host_formula(t) == host_formula(s):
                break  # "5.1 wt% for MgH2–Ni and 4.3 wt% for MgH2–Fe": another sample of the host, no additive
            if t is not None and has_hydrogen(t) and link is not None and _AND_ONLY_START.match(link.group(0)) \
                    and _PREFIX.search(link.group(0)):
                break  # "MgH2–FeTi and 8 mol% Ti-doped NaAlH4": a hydride with a dopant of its own is another sample
            if t is not None and has_hydrogen(t) and not _substituted_compound_alloy(t):
                blended = first and link is not None and (re.fullmatch(r"\s*with\s+(?:the\s+)?", link.group(0))
                                                          and _BLEND_BEFORE.search(text, max(0, m.start - 40), m.start)
                                                          or _MILLED_WITH.search(link.group(0)))
                # "doped with KH", "catalysed by NaH": a hydride the text puts in as a catalyst
                # (and "Mg(NH2)2–2LiH with RbH", "LiBH4 with MgH2": a hydride a hydride is written with)
                # (two hydrides written as such, not compared: "compared ZrH2 with the Mg/MgH2 system")
                catalysing = first and link is not None and (
                    _CATALYSING.search(link.group(0))
                    or _WITH_END.search(link.group(0)) and t.bare and hydride_like(t.host.formula)
                    and hydride_like(s.host.formula) and not _NOT_IN_SAMPLE.search(text, max(0, m.start - 40), m.start))
                # (the host named again is another sample of it: "… for NaAlH4 with TiCl3 and NaAlH4 with CeCl3")
                co_milled = _hydride_milled_in(text, candidates, k, last_end, first, together) \
                    if t.bare and not _APART.search(text) and host_formula(t) != host_formula(s) \
                    and not _COUNTED_BEFORE.search(text, max(0, m.start - 80), m.start) else None
                if co_milled is None and link is None and first:
                    co_milled = _reacting_pair(text, m.start, last_end, n, s, t, context)
                if co_milled is not None and link is None:
                    # "MgH2 and LiBH4 were ball milled together", "MgH2, LiBH4 and Ni were co-milled": a hydride in
                    # the list the milling puts together is the reactive partner of one sample
                    link, milled_list = co_milled, True
                # (a hydride named as the host's coating is in the same sample: "an MgH2 anode coated with a
                # Mg(BH4)2 layer", "MgH2 with a LiBH4 shell")
                coating = link is not None and _SHELL_AFTER.match(text, n.end) is not None
                if link is None or not (_amount(link) or blended or catalysing or link.groupdict().get("shell")
                                        or co_milled is not None or coating):
                    break  # another hydride: what follows is about it
                add = t.name  # "modified with 5 wt.% Li3AlH6": a hydride given by amount is an additive
            else:
                add = _on_support(text, prefixes, n, _additive(n, t), prefix_used)
                if add is None and _is_class(n) and not made_with_only(n.term) and (
                        link is not None and link.groupdict().get("into")   # "… doped with LiI was confined in silica"
                        or first and link is not None and link.groupdict().get("scaffold")
                        # ("milled with mesoporous SiO2": a kind of porous scaffold the host is put together with)
                        or first and link is not None and _porous_kind(n.term)
                        or link is None and (_placed(text, m.start, last_end, n.start)
                                             or _held_in_scaffold(text, last_end, n))):
                    add = n.text  # "infiltrated into mesoporous silica", "confining NaBH4 inside the pores
                    # of a mesoporous silica": the kind of scaffold is all the text names
            if add is None and t is None and first and re.fullmatch(r"\d[A-Z]", n.text):
                continue  # '3D', '2D': the shape of what follows, no material
            if add is None:
                break
            # (a prefix of the additive stands in the gap: "MgH2 and graphene-supported Ni were milled")
            before_n = next((p.start() for p in prefixes if p.end() <= n.start and not text[p.end():n.start].strip()),
                            n.start) if first and link is None else n.start
            milled = first and link is None and _AND_ONLY.fullmatch(text, last_end, before_n) \
                and (t is None or not has_hydrogen(t)) and _MILLED_AFTER.match(text, _past_support(text, candidates, k))
            if milled:
                # "MgH2 and 5 wt% Nb2O5 were co-milled", "MgH2 and Ni (molar ratio 1:0.1) were milled together":
                # the two put together by the milling are one sample
                link = _AND_ONLY.fullmatch(text, last_end, before_n)
            elif first and link is None and (t is None or not has_hydrogen(t)) \
                    and _listed_then_milled(text, candidates, k, last_end, hydrides=True):
                # "MgH2, Ni and CNTs were milled": the host first in a list the milling puts together
                milled, link = True, _LIST_ONLY.fullmatch(text, last_end, n.start)
                milled_list = True
            if link is None and first and not made_with_only(n.term) and (_placed(text, m.start, last_end, n.start)
                                                                      or _held_in_scaffold(text, last_end, n)):
                parts.append(("@", add, None))  # "confined LiBH4 within carbon nanocages"
                consumed.add(n.start)
                last_end, first, together = n.end, False, False
                continue
            if link is None:
                break
            if first:
                together = bool(JOINTLY_LINK.search(link.group(0))) or bool(_amount(link)) or milled \
                    or milled_list or _put_together(text, candidates, i, end)
            elif not (together or _amount(link) or link.groupdict().get("verb") or link.groupdict().get("shell")
                      or link.groupdict().get("on") or link.re is _LIST_LINKED
                      # ("doped with Ni and then coated with carbon": the verb read among the words before it)
                      or "ed " in link.group(0) and _LINK_VERB_IN.search(link.group(0))):
                break  # "…, decorated with Ni": a verb that puts it into the same sample ("… Ni anchored on
                # graphene", "supported on C": the support the additive sits on is in it with the additive)
            sep = "@" if first and link.groupdict().get("scaffold") or link.groupdict().get("into") else (
                "/" if not first and link.groupdict().get("on") and parts and parts[-1][0] != "@"
                and not in_cover_stack(text, n.start) else   # ('capped by Ta/Pd': two layers, no supported catalyst)
                "–" if first or link.groupdict().get("verb") or link.groupdict().get("shell") or link.groupdict().get("with")
                else parts[-1][0] if parts else "–")
            amount = _amount(link)
            bracket = _AMOUNT_IN_BRACKETS.match(text, n.end) if amount is None else None
            if bracket:
                amount = _amount(bracket)   # "doped with Ni (5 wt%)": the loading in brackets after the additive
            ratio = _ratio_after(text, n.end) if first and amount is None else None
            if ratio and _called_molar(ratio) and float(ratio.group("a")) > 0:
                # "milled with Ni in a molar ratio of 1:0.1": moles of the additive per mole of the host;
                # "milled with MgH2 in a 2:1 molar ratio": whole counts stay on both (2LiBH4–MgH2)
                a, b = float(ratio.group("a")), float(ratio.group("b"))
                counted = system_of(f"{a:g}{s.name}") if a != 1 and a.is_integer() and b.is_integer() \
                    and not any(c.amount for c in s.components) else None
                if counted is not None:
                    s, amount = counted, (f"{b:g}" if b != 1 else None)
                else:
                    amount = f"{b / a:g}"
            if amount is not None and _EACH.search(link.group(0)):
                each = amount    # "with 5 wt% each of TiO2 and Nb2O5": the amount of every additive listed
            elif amount is None and each is not None and sep != "@":
                amount = each
            parts.append((sep, add, amount))
            if first and sep != "@" and (_MILLED_WITH.search(link.group(0))
                                         or link.group(0).strip() == "with"
                                         and _BLEND_BEFORE.search(text, max(0, m.start - 40), m.start)):
                mixed_with.add(add)   # "LiBH4 was ball milled with SBA-15", "ball milling LiBH4 with SBA-15"
            if _lattice_doping(link.group(0), add, s):
                substituents.add(add)
            elif _CATALYSING.search(link.group(0)):
                catalysts.add(add)
            elif _SUBSTITUTING.search(link.group(0)):
                substituents.add(add)
            if _IN_SITU.search(text, max(0, n.start - 25), min(len(text), n.end + 25)):
                in_situ.add(add)
            consumed.add(n.start)
            last_end, first = _SHAPE_WORDS.match(text, n.end).end(), False   # (past "nanoparticles": "Ni nanoparticles and CNTs")
        parts = _each_given_after(text, parts, last_end)
        # "… mixed with LiBH4, and the mixture was ball milled and confined in MCM-41": a later clause
        # puts the sample just made into a scaffold
        rest = [(n, t) for n, t in candidates[i + 1:] if n.start >= last_end and n.start not in consumed]
        later = rest[0] if rest else None
        for a, b in zip(rest, rest[1:]):  # "a polymer poly(methyl methacrylate) (PMMA) matrix": the name it ends with
            if not re.fullmatch(r"\s*\(?\s*", text[a[0].end:b[0].start]):
                break
            if b[1] is not None:
                later = b
        if later is not None and (later[1] is None or not has_hydrogen(later[1])) \
                and _LATER_SCAFFOLD.match(text, last_end, rest[0][0].start) and "@" not in s.name \
                and not _APART.search(text, last_end, rest[0][0].start) \
                and not any(x[0] == "@" for x in parts):
            # ("doped with LiI and confined in mesoporous silica": the kind of scaffold is all the text names)
            add = _additive(*later) or (later[0].text if _is_class(later[0]) else None)
            if add is not None:
                parts.append(("@", add, None))
                consumed.add(later[0].start)
        if parts:   # (into a scaffold or milled with a support: 'milled with Ni-decorated graphene' alike)
            parts += _decorated_scaffold(text, prefixes, prefix_used, candidates[i + 1:], consumed)
        if milled_list:
            s, parts = _hydrides_first(s, parts)
        system = _with(s, parts, in_situ, catalysts, substituents, mixed_with) if parts else s
        out.append((Mention(m.kind, text[start:end], start, end, m.term), system))
        if other is not None:
            second = _with(bare_sample(s), other.parts, set(), other.catalysts)
            out.append((Mention(SYSTEM_LABEL, text[other.start:other.end], other.start, other.end), second))
            if alternatives is not None:
                alternatives[:] = [system, second]   # (the words after the sentence say which: "the co-doped one")
    # "the Ni-doped sample": the paragraph's (or the sentence's) hydride with that additive
    hosts = [(m, s) for m, s in out]
    for k, p in enumerate(prefixes):
        if p.start() in prefix_used:
            continue
        noun = _SAMPLE_NOUN.match(text, p.end())
        chain = _coordinated(text, prefixes, k)
        if noun is None and chain is None:
            continue
        add = _prefix_additive(p.group("add"))
        catalysed = bool(_CATALYSING.search(p.group(0)))
        if add is None or has_hydrogen(add) and not catalysed:
            continue  # ("the KH-doped composite": a hydride the text says dopes the sample is its catalyst)
        if chain is not None:
            # "the Ni-doped and Co-doped MgH2 samples": each prefix makes its own sample of that host
            host = next((s for m, s in found if m.start >= chain and has_hydrogen(s)), None)
            end = p.end()
        else:
            before = [s for m, s in hosts if m.end <= p.start()]
            host = before[-1] if before else ([s for _, s in hosts] or [context])[0]
            end = noun.end()
        if host is None:
            continue
        # "LiNH2–2LiH …, whereas the TiCl3-doped mixture": the doped sample keeps the hydride partners
        # of the composite it was made from, and loses only the other sample's catalysts
        bare = bare_sample(host)
        consumed.update(m.start for m, _ in found if p.start() <= m.start < end)
        # "Mg(NH2)2–2LiH doped with 3 mol% KH … the KH-doped composite": the amount the sample was named with
        # (in this sentence, or the paragraph's sample of the same host)
        named_with = [x for x in (host, context) if x is not None and host_formula(x) == host_formula(host)]
        known = next((a.amount for x in named_with for a in x.additives if a.formula == add.name and a.amount is not None),
                     None)
        amount = None if known is None else f"{known.value:g}" if known.unit == "ratio" else f"{known.value:g} {known.unit}"
        codopants = _codopants(p)
        if codopants:
            # "the CeCl3/Ti-codoped sample": the sample made with both ("with 2 mol% CeCl3 + 2 mol% Ti"), else the
            # host with both, no amounts
            made = next((x for x in named_with if {a.formula for a in x.additives} >= set(codopants)), None)
            joined = made if made is not None else _with(bare, [("–", c, None) for c in codopants], set(),
                                                         set(codopants) if catalysed else set())
        else:
            joined = _with(bare, [("@" if p.group("placed") else "–", add.name, amount)], set(),
                           {add.name} if catalysed else set())
        out.append((Mention(SYSTEM_LABEL, text[p.start():end], p.start(), end), joined))
    kept = {m.start for m, _ in out}
    out.extend((m, s) for m, s in found if m.start not in kept and m.start not in consumed
               and not any(o.start <= m.start < o.end for o, _ in out))
    # "with In–Li counter electrodes", "between Au blocking electrodes": a cell part is no sample measured
    out = [(m, s) for m, s in out if any(hydride_like(c.formula) for c in s.components)
           or not _CELL_PART_AFTER.match(text, m.end)]
    out.sort(key=lambda ms_: ms_[0].start)
    out = _denoted(text, out)
    out = _and_modified_after(text, _both_modified(text, out))
    out = _loadings_said_later(text, out, found)
    names = [m.text for m in ms if m.kind in (SYSTEM_LABEL, "Material")]
    out = [(m, named_members(s, names)) for m, s in out]
    # one object per mention (parses are cached and shared): which mention a value went to is
    # told by identity, and "bulk LiBH4" is not the "LiBH4" of the same sentence
    seen: set[int] = set()
    unique = []
    for m, s in out:
        unique.append((m, s.model_copy() if id(s) in seen else s))
        seen.add(id(s))
    # "commercial MgH2 was ball milled with 5 wt% TiO2": the host as bought is made into a sample by what the
    # sentence puts into it ("with …" is read after the words before the host): no baseline then
    baseline -= {m.start for m, s in unique if not s.bare}
    return unique, baseline


# "a composite with 0.05 mol of NaH and CsH", "the composite containing 5 mol% NaH", "the nanocomposites comprise
# 42 vol% of SiO2": a sample named by the loading of its additives (the host is the paragraph's)
_HOLDING = r"(?:with|contain(?:s|ing)?|compris(?:e|es|ing))"
_SAMPLE_WITH = re.compile(rf"(?=[aet])\b(?:the|a|an|this|that|each)\s+(?:[a-z][\w-]*\s+)?{SAMPLE_NOUNS}\s+{_HOLDING}\s+"
                          rf"(?:{_AMOUNT.replace('(?P<value>', '(?:').replace('(?P<unit>', '(?:').replace('(?P<moles>', '(?:')})$", re.I)
_AND_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def _series_before(found: list[tuple[Mention, MaterialSystem]], k: int, formula: str) -> MaterialSystem | None:
    """The last sample the sentence names before ``found[k]`` that holds ``formula`` with no amount ('(1−x)LiBH4–xLiCl
    (x = 0.1–0.4) solutions were quenched; the sample with 35 mol% LiCl …': the series the member is of)."""
    return next((x for _, x in reversed(found[:k]) if any(a.formula == formula and a.amount is None for a in x.additives)),
                None)


def _loaded_sample(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention],
                   passage: MaterialSystem | None):
    """'a composite with 0.05 mol of NaH and CsH' in a paragraph about Mg(NH2)2–2LiH–0.05NaH–0.05CsH: the
    hydrides given by their loading after a sample noun are that sample's additives, not a host of their
    own; the sample is the series the sentence named before holding that additive, else the paragraph's
    (joined with any it lacks)."""
    for k, (m, s) in enumerate(found):
        named = _SAMPLE_WITH.search(text, max(0, m.start - 60), m.start)
        context = _series_before(found, k, s.host.formula) if named is not None and s.bare else None
        context = context or passage
        if context is None:
            continue
        # (a hydride given by its loading, or any additive: "the sample with 10 wt% TiO2")
        if named is None or not s.bare or host_formula(s) == host_formula(context) \
                or not (has_hydrogen(s) or _additive(m, s) is not None and has_hydrogen(context)):
            continue
        loading = loading_before(text, m.start)
        adds, end = [(m, s)], m.end
        for n, t in found[k + 1:]:   # "… of KH and RbH": one loading for both
            if not _AND_NEXT.fullmatch(text, end, n.start) or not t.bare:
                break
            adds.append((n, t))
            end = n.end
        own = {a.formula for a in context.additives}
        missing = [("–", x.name, _amount(loading) if loading else None) for _, x in adds if x.host.formula not in own]
        sample = _with(context, missing, set(), {x.name for _, x in adds}) if missing else context
        if loading is not None and _amount(loading) and len(adds) == 1:
            sample = _amount_given(sample, adds[0][1].host.formula, _amount(loading) or "")
        whole = Mention(m.kind, text[named.start():end], named.start(), end, m.term)
        gone = {a.start for a, _ in adds}
        found = [(whole, sample) if o.start == m.start else (o, x) for o, x in found if o.start not in gone - {m.start}]
        ms = [whole if o.start == m.start else o for o in ms if o.start not in gone - {m.start}]
        return found, ms
    return found, ms


# "MgH2–TiO2 composites containing 10 wt% TiO2", "the LiBH4–Ni sample, which contains 5 wt% Ni": a sample's
# notation, then the share of one of its additives (the notation written without it)
_STATED_AFTER = re.compile(rf"\s*(?:{SAMPLE_NOUNS}\s*)?(?:,\s*(?:which|that)\s+)?{_HOLDING}\s+"
                           rf"{hedged(LIMITING, APPROXIMATING)}?{AMOUNT_GROUPS}\s*(?:of\s+)?(?:the\s+)?", re.I)


# "The LiBH4–SiO2 composite conducts 0.1 mS/cm at 40 °C and contains 25 vol% SiO2": the share in a second predicate
# of the sample's clause, after the first one's value (no other material named, no clause ended, in between)
_PREDICATE_AFTER = re.compile(r"[^;:.]*(?:\.\d[^;:.]*)*")
_AND_HOLDING = re.compile(rf"\s+and\s+(?:also\s+)?{_HOLDING}\s+{hedged(LIMITING, APPROXIMATING)}?{AMOUNT_GROUPS}\s*(?:of\s+)?(?:the\s+)?$", re.I)


# "the MgH2–Ni composite with a Ni content of 5 wt%": the additive named again with the share's noun and amount
_WITH_SHARE_OF = re.compile(rf"\s*(?:{SAMPLE_NOUNS}\s*)?,?\s*with\s+(?:a|an|the)\s+")
_SHARE_OF = re.compile(rf"\s+{SHARE_NOUN}\s+(?:of\s+)?{hedged(APPROXIMATING)}?{AMOUNT_GROUPS}", re.I)


def _amounts_stated_after(text: str, found: list[tuple[Mention, MaterialSystem]]) -> list[tuple[Mention, MaterialSystem]]:
    """``found`` with the share stated after a sample's notation put on that sample's additive."""
    out = list(found)
    for k in range(len(found) - 1):
        (m, s), (n, t) = found[k], found[k + 1]
        if not any(a.amount is None for a in s.additives) or t.additives:
            continue
        stated = _STATED_AFTER.fullmatch(text, m.end, n.start) \
            or _WITH_SHARE_OF.fullmatch(text, m.end, n.start) and _SHARE_OF.match(text, n.end) \
            or _PREDICATE_AFTER.fullmatch(text, m.end, n.start) and _AND_HOLDING.search(text, m.end, n.start)
        if stated:
            out[k] = (m, _amount_given(s, t.host.formula, amount_text(stated)))
    return out


# "The Nb2O5 content was 3 mol%", "the KH loading in the composite is 5 mol%": an additive of the passage's sample
# named with a share noun and its amount, in a sentence of its own (the notation gave it none)
_SHARE_WORD = gated(re.compile(rf"\s{SHARE_NOUN}\b", re.I))
_ITS_SHARE = re.compile(rf"\s+{SHARE_NOUN}\s+(?:(?:in|of)\s+(?:the|this|each)\s+[a-z]+\s+)?"
                        rf"(?:was|is|were|are|of|amounted\s+to)\s+{hedged(APPROXIMATING)}?{AMOUNT_GROUPS}", re.I)


# "when the volume fraction of ZrO2 is approximately 38%", "the weight fraction of SiO2 was 20 %": a share of one
# part said in a clause of its own, its kind (volume, weight, molar) on the share noun before the part
_FRACTION_BEFORE = re.compile(rf"\b(?P<unit>{'|'.join(SHARE_KIND_WORDS)})\s+{SHARE_NOUN}\s+of\s+(?:the\s+)?$", re.I)
_FRACTION_AFTER = re.compile(rf"(?:\s+in\s+(?:the|this|each)\s+[a-z]+)?\s+{BE}\s+{hedged(APPROXIMATING)}?"
                             r"(?P<value>\d+(?:\.\d+)?)\s*%")


def _fraction_said_of(text: str, found: list[tuple[Mention, MaterialSystem]], context: MaterialSystem | None = None
                      ) -> list[tuple[Mention, MaterialSystem]]:
    """``found`` with a share the sentence states of a part apart from the sample's notation ("the NaBH4–ZrO2 mixture
    … when the volume fraction of ZrO2 is 38%") put on that part of the sample named before it in the sentence; where
    the sentence names no sample holding the part ("The volume fraction of ZrO2 in the mixture is 38%."), the part's
    words name the passage's sample ``context`` with that share, when it holds the part without one."""
    out = list(found)
    for i, (m, part) in enumerate(found):
        before = _FRACTION_BEFORE.search(text, max(0, m.start - 40), m.start)
        after = _FRACTION_AFTER.match(text, m.end) if before is not None and part.bare else None
        if after is None:
            continue
        amount = f"{after.group('value')} {SHARE_KIND_WORDS[before.group('unit').lower()]}%"
        k = next((k for k in range(len(out) - 1, -1, -1) if out[k][0].start < m.start
                  and any(a.formula == part.host.formula and a.amount is None for a in out[k][1].additives)), None)
        if k is not None:
            out[k] = (out[k][0], _amount_given(out[k][1], part.host.formula, amount))
        elif context is not None and any(a.formula == part.host.formula and a.amount is None for a in context.additives):
            out[i] = (m, _amount_given(context, part.host.formula, amount))
    return out


def _share_of_its_additive(text: str, found: list[tuple[Mention, MaterialSystem]], context: MaterialSystem
                           ) -> list[tuple[Mention, MaterialSystem]]:
    """``found`` with an additive the sentence gives a share of ("The Nb2O5 content was 3 mol%") read as the
    passage's sample with that amount on it, when the sample holds that additive without an amount."""
    out = []
    for m, s in found:
        stated = _ITS_SHARE.match(text, m.end) if s.bare else None
        amount = amount_text(stated) if stated is not None else None
        given = _amount_given(context, s.host.formula, amount) if amount is not None else context
        out.append((m, given) if given is not context else (m, s))
    return out


# "the optimal amount of the catalyst was 5 wt%", "the optimum loading of TiF3 was found to be 7 wt%", "with the
# optimal loading of 5 wt%": the best of the amounts tried, said of the additive (or of the sample) apart from its name
_BEST_SHARE_SAID = gated(re.compile(rf"\b{BEST_SHARE}\s+(?:of\s+(?:the\s+)?(?P<what>[^\s,;:()]+)(?:\s+[a-z]+)?\s+)?"
                              rf"(?:{BE}(?:\s+(?:found|determined|shown)\s+to\s+be)?\s+|of\s+)"
                              rf"{HEDGE_BEFORE_SHARE}?{AMOUNT_GROUPS}", re.I))


def _in_equal_moles(system: MaterialSystem) -> MaterialSystem | None:
    """``system``'s parts in equal moles ('LiBH4–LiI (1:1)'), when its notation gives them no amount; else None."""
    if not system.additives or system.architecture is not None or "(" in system.name \
            or any(c.amount is not None for c in system.components):
        return None
    whole = system_of(f"{system.name} ({':'.join('1' * len(system.components))})")
    return whole if whole is not None and all(c.amount is not None for c in whole.components) else None


def _equimolar_named(text: str, found: list[tuple[Mention, MaterialSystem]]) -> list[tuple[Mention, MaterialSystem]]:
    """``found`` with a notation the word 'equimolar' comes right before ('an equimolar LiBH4–LiI mixture') in
    equal moles of its parts."""
    out = []
    for m, s in found:
        equal = _in_equal_moles(s) if EQUIMOLAR_WORD.search(text, max(0, m.start - 20), m.start) else None
        out.append((m, equal or s))
    return out


# "The equimolar mixture conducts …", "the equimolar composite": the passage's sample, called by a sample noun the
# word 'equimolar' qualifies, in equal moles of its parts
_EQUIMOLAR_SAMPLE = re.compile(rf"\b(?:the|this|that|an)\s+{EQUIMOLAR}\s+(?:[a-z][\w-]*\s+)?{SAMPLE_NOUNS}\b", re.I)


def equimolar_sample(text: str, context: MaterialSystem | None, named: list[MaterialSystem]) -> MaterialSystem | None:
    """The passage's sample in equal moles of its parts when the sentence calls it 'the equimolar mixture' and
    names no sample of its own (``named``: the sentence's systems); None otherwise."""
    if context is None or "quimolar" not in text or any(not s.bare or s.host.formula != context.host.formula
                                                        for s in named):
        return None
    return _in_equal_moles(context) if _EQUIMOLAR_SAMPLE.search(text) else None


# "the optimum was found at 30 mol% LiI", "the optimal composition is 20 mol% LiBr", "the best performance was
# obtained with 10 wt% Ni", "the best ratio of the blend was 30 vol% of ZrO2" (the sample noun the best is said of may
# follow its noun): the best of the amounts tried, said of the sample by the share and the part it is of
_BEST_AT_PATTERN = re.compile(rf"\b{BEST_WORDS}(?:\s+(?-i:[a-z]+)){{0,2}}?(?:\s+(?:of|in)\s+(?:the|this|our|each)\s+{SAMPLE_NOUNS})?"
                              r"\s+(?:(?:was|is|lies|lay)\s+)?"
                              r"(?:(?:found|obtained|reached|achieved|observed|located|seen)\s+)?"
                              r"(?:at|for|with|(?<=was\s)|(?<=is\s))\s*"
                              rf"{hedged(APPROXIMATING)}?{AMOUNT_GROUPS}\s*(?:of\s+)?(?:the\s+)?"
                              r"(?P<what>(?-i:[A-Z])[^\s,;:()]*?)(?=[\s,;:()]|\.(?:\s|$)|$)", re.I)
_BEST_AT = gated(_BEST_AT_PATTERN)


def best_share_given(text: str, context: MaterialSystem | None) -> MaterialSystem | None:
    """The passage's sample with the amount the sentence says was the best of those tried on its additive (the one
    named, else its only additive), when its notation gave that additive none; None otherwise."""
    said = (_BEST_SHARE_SAID.search(text) or _BEST_AT.search(text)) if context is not None and not context.bare else None
    # (an amount after which a part is written is that part's or none: 'the optimum capacity is 6 wt% H2' is no share)
    after = said is not None and said.re is _BEST_AT_PATTERN
    amount = amount_text(said) if said is not None else None
    if context is None or said is None or amount is None:
        return None
    unset = [a for a in context.additives if a.amount is None]
    what = said.group("what")
    named = [a for a in unset if what and (a.formula == what or a.text == what)]
    additive = named[0] if named else unset[0] if len(unset) == 1 and len(context.additives) == 1 and not after else None
    if additive is None:
        return None
    given = _amount_given(context, additive.formula, amount)
    return given if given is not context else None


def _amount_given(system: MaterialSystem, formula: str, amount: str) -> MaterialSystem:
    """``system`` with ``amount`` on its additive ``formula`` when the notation gave that additive none ("MgH2 was
    milled with SiO2 … the nanocomposites comprise 42 vol% of SiO2"); else as it is."""
    if not any(a.formula == formula and a.amount is None for a in system.additives):
        return system
    ratio = "%" not in amount
    return _with(_without(system, {formula}), [("–", f"{amount}{formula}" if ratio else formula,
                                                None if ratio else amount)], set())


# "the 5 mol% TiF3-doped sample": a loading written right before an additive's participle of the sample
_LOADING_BEFORE_PARTICIPLE = re.compile(rf"{AMOUNT_GROUPS}\s*(?:of\s+)?$", re.I)
_GLUED_PARTICIPLE = re.compile(rf"-(?:co-?)?{MODIFIED}\b", re.I)


def loadings_before_prefix(text: str, systems: list[tuple[Mention, MaterialSystem]]
                           ) -> list[tuple[Mention, MaterialSystem]]:
    """'The onset of the 3 mol% VCl3-doped sample dropped by 45 °C': a sample named by its additive's participle
    ('VCl3-doped sample', 'VCl3-doped MgH2') with the additive's loading written right before it has that loading,
    whether or not the sentence gives a value of its own (the passage remembers it for 'the VCl3-doped …' later)."""
    out = []
    for m, s in systems:
        add = next((a for a in s.additives if a.amount is None and m.text.startswith(a.formula)
                    and _GLUED_PARTICIPLE.match(m.text, len(a.formula))), None)
        before = _LOADING_BEFORE_PARTICIPLE.search(text, max(0, m.start - 20), m.start) if add is not None else None
        if before is not None and (amount := amount_text(before)) is not None:
            s = _amount_given(s, add.formula, amount)
        out.append((m, s))
    return out


def share_for_count(system: MaterialSystem, formula: str, share: str) -> MaterialSystem:
    """``system`` with the share ``share`` ('5 wt%') on its additive ``formula`` in place of the count its
    notation glued to it ('Mg–5graphene' of a document that added five weight percent of graphene)."""
    return _with(_without(system, {formula}), [("–", formula, share)], set())


# "MB12H11NH3 (M = Li and Na)", "A2B10H10 (A = K, Rb, Cs)": the bracket after a family's formula says what its
# generic symbol stands for; the metals listed there are values of the symbol, neither samples nor additives
# ("TM/C (TM = Fe, Ni)": a two-letter symbol whose bracket lists element symbols only)
_SYMBOL_DEFINED = re.compile(r"\(\s*(?:[A-Z]\s*=\s*[^()=]{1,60}|[A-Z][A-Za-z]\s*=\s*[A-Z][a-z]?"
                             r"(?:\s*(?:,|and|&)\s*[A-Z][a-z]?)+\s*)\)")


def without_symbol_values(text: str, ms: list[Mention]) -> list[Mention]:
    """``ms`` without the mentions inside a bracket that defines a generic symbol, nor the symbol of a pressure
    given its value ("P H2 = 0.1 MPa", "PH2 = 2 bar": the hydrogen pressure, no phosphorus or phosphine)."""
    spans = [(b.start(), b.end()) for b in _SYMBOL_DEFINED.finditer(text)]
    spans += [(m.start, set_to.end()) for m in ms if (set_to := _PRESSURE_SET.match(text, m.end)) is not None
              and _is_pressure(set_to.group("unit")) and _PRESSURE_SYMBOL.fullmatch(m.text)]
    return [m for m in ms if not any(a <= m.start and m.end <= b for a, b in spans)] if spans else ms


# a pressure's symbol ('P', 'p', 'PH2', 'Peq'), its gas's formula after it set apart or in brackets ('P H2',
# 'p(H2)'), then '=' and the value with its unit
_PRESSURE_SYMBOL = re.compile(r"[Pp](?:H2|eq|H₂)?")
_PRESSURE_SET = re.compile(r"(?:\s*\(?\s*H2\s*\)?)?\s*=\s*\d+(?:\.\d+)?\s*(?P<unit>[A-Za-z]{1,5})\b")


def _is_pressure(unit: str) -> bool:
    try:
        return parse_unit(unit).dimensionality == parse_unit("MPa").dimensionality
    except UnitError:
        return False


# "Mo|LiBH4–LiI|Li", "Li/Li4(BH4)3I/Li symmetric cell", "Li | X | TiS2 cell": a cell written as its stack of
# layers; the electrodes and current collectors at its ends are no components of the electrolyte between them
_STACK_GAP = re.compile(r"\s*[|/]\s*")
_CELL_AFTER = re.compile(rf"\s*(?:\(?[a-z-]*\s*\)?\s*)?(?:{CELL_KINDS}[- ]?)*(?:{CELL_NOUNS}|configurations?|stacks?)\b", re.I)


# a layer written by its abbreviation ('IL', 'LE', 'SSE', 'GPE'), and a composite electrode of one with a
# material ('SSE+TiS2')
_ABBREVIATED_LAYER = re.compile(r"[A-Z]{2,4}")


def _abbreviated_stack(layers: list[str], systems: list) -> bool:
    """'Li/IL/SSE/IL/Li', 'Li/LE/SSE/SSE+TiS2': a cell of three or more layers written by their abbreviations
    between electrodes that hold no hydrogen, one of them the ontology's label of the solid electrolyte ('SE',
    'SSE'): the electrolyte the passage named is the sample, no layer of the stack."""
    vocab = vocabulary()
    parts = [p for layer in layers for p in layer.split("+")]
    said = [vocab.lookup(p, "Application") for p in parts]
    return len(layers) >= 3 and any(t is not None and vocab.is_a(t.id, "SolidElectrolyte") for t in said) \
        and all(_ABBREVIATED_LAYER.fullmatch(p) or (s := system_of(p)) is not None and not has_hydrogen(s)
                for p in parts) and all(s is None or not has_hydrogen(s) for s in systems)


def abbreviated_stack_in(ms: list[Mention]) -> bool:
    """Does the sentence write a cell by its layers' abbreviations ('Li/LE/SSE/SSE+TiS2', ``_abbreviated_stack``)?"""
    for m in ms:
        if m.kind == SYSTEM_LABEL and "/" in m.text:
            layers = [m.text[a:b] for a, b in top_level_parts(m.text)]
            if _abbreviated_stack(layers, [system_of(x) for x in layers]):
                return True
    return False


# "with Na2B10H10 as the solid-state electrolyte (SSE)", "X as SE": the sample the passage puts in its cells as
# their electrolyte (the words after 'as' are the ontology's label of it, a mention of its own)
_AS_THE = re.compile(r"\s+as\s+(?:the\s+|an?\s+)?")


def named_as_electrolyte(text: str, systems: list[tuple[Mention, MaterialSystem]], ms: list[Mention]
                         ) -> MaterialSystem | None:
    """The sample the sentence names as the solid electrolyte of its cells ('with X as the solid-state
    electrolyte (SSE)'), else None."""
    said = [m.start for m in ms if m.kind == "Application" and m.term == "SolidElectrolyte"]
    return next((s for m, s in systems if any(_AS_THE.fullmatch(text, m.end, at) for at in said)), None)


def _cell_stacks(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]):
    """A cell written as its layers ("Mo|LiBH4–LiI|Li", "Li/Li4(BH4)3I/Li symmetric cell"): the hydride
    layer between the electrodes is the sample measured; the electrodes are dropped as mentions of it.
    A stack is three or more layers with non-hydrides at both ends, said to be a cell (a word after it,
    the same electrode at both ends, or '|', which chemists use for cell layers only), or a hydride and a
    metal counter electrode followed by a cell word ("MgH2/Li half-cell")."""
    layers: list[tuple[int, int, int]] = []   # (start, end, index of the mention it comes from)
    for k, m in enumerate(ms):
        if m.kind not in (SYSTEM_LABEL, "Material"):
            continue
        for a, b in (top_level_parts(m.text) if "/" in m.text else [(0, len(m.text))]):
            layers.append((m.start + a, m.start + b, k))
    runs: list[list[tuple[int, int, int]]] = []
    for layer in layers:
        if runs and (runs[-1][-1][2] == layer[2] or _STACK_GAP.fullmatch(text, runs[-1][-1][1], layer[0])):
            runs[-1].append(layer)
        else:
            runs.append([layer])
    replaced: dict[int, tuple[Mention, MaterialSystem]] = {}   # first mention of a stack → its electrolyte
    spans: list[tuple[int, int]] = []
    for run in runs:
        if len(run) < 2:
            continue
        systems = [system_of(text[a:b]) for a, b, _ in run]
        hydride = [s is not None and has_hydrogen(s) for s in systems]
        if len(run) == 2:
            # "the MgH2/Li half-cell": a hydride electrode against a metal counter electrode
            metal = [bool(s is not None and len(s.components) == 1 and re.fullmatch(r"[A-Z][a-z]?", s.host.formula)
                     and s.host.formula not in NONMETALS) for s in systems]
            if not (_CELL_AFTER.match(text, run[-1][1]) and sorted(zip(hydride, metal)) == [(False, True), (True, False)]):
                continue
        elif not any(hydride) and _abbreviated_stack([text[a:b] for a, b, _ in run], systems):
            spans.append((run[0][0], run[-1][1]))   # (no layer is the sample: the passage's electrolyte is)
            continue
        elif hydride[0] or hydride[-1] or not any(hydride):
            continue
        inner = [x for x, h in zip(run, hydride) if h]
        # "Li/Li4(BH4)3I/Li": the metal of the conducting ion on both sides (not the Pd caps of a Pd/MgH2/Pd film)
        end = text[run[0][0]:run[0][1]]
        symmetric = end == text[run[-1][0]:run[-1][1]] and re.fullmatch(r"[A-Z][a-z]?", end) is not None \
            and any(end in formula_symbols(systems[k].host.formula)
                    for k, h in enumerate(hydride) if h)
        if not (_CELL_AFTER.match(text, run[-1][1]) or symmetric or "|" in text[run[0][0]:run[-1][1]]):
            continue
        a, b = inner[0][0], inner[-1][1]
        system = system_of(text[a:b])
        if system is None:
            continue
        kind = ms[inner[0][2]].kind
        replaced[run[0][0]] = (Mention(kind, text[a:b], a, b, ms[inner[0][2]].term if len(inner) == 1
                                       and ms[inner[0][2]].start == a and ms[inner[0][2]].end == b else None), system)
        spans.append((run[0][0], run[-1][1]))
    if not spans:
        return found, ms
    def inside(m: Mention) -> bool:
        return any(x <= m.start < y for x, y in spans)
    new_ms = [m for m in ms if not inside(m)] + [m for m, _ in replaced.values()]
    new_found = [(m, s) for m, s in found if not inside(m)] + list(replaced.values())
    return sorted(new_found, key=lambda x: x[0].start), sorted(new_ms, key=lambda m: m.start)


_AMOUNT_IN_BRACKETS = re.compile(rf"\s*\(\s*{AMOUNT_GROUPS}\s*\)", re.I)
# "TiO2 nanoparticles (5 wt%) were milled with …": the loading after the additive's shape word
_SHAPED_AMOUNT_IN_BRACKETS = re.compile(rf"{_SHAPE_WORDS_TEXT}{_AMOUNT_IN_BRACKETS.pattern}", re.I)
# "TiF3 nanoparticles supported on", "Ni anchored onto", "Fe nanoparticles on": an additive carried by the
# support named next (the participle may be left out: "Pd on carbon" is how catalysts are sold and named)
_CARRIED_ON = re.compile(r"(?!\s+(?:based|depending|relying)\b)(?:\s+[a-z][\w-]*)?(?:\s*\([^()]{0,20}\))?\s+"
                         r"(?:(?:uniformly|homogeneously|evenly|well)\s+)?"
                         rf"(?:{ON_SUPPORT}\s+)?on(?:to)?\s+"
                         r"(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+){0,2}?$", re.I)


_AND_BEFORE = re.compile(rf"\s*(?:,\s*(?:and\s+)?|and\s+)(?:{AMOUNT_OF})?"
                         r"(?:(?:the|an?)\s+)?", re.I)
_SHAPE_WORDS = re.compile(_SHAPE_WORDS_TEXT)


def _with_first(text: str, candidates: list, k: int, consumed: set[int]) -> bool:
    """Does 'with' open the sentence before the additive ``candidates[k]``, or before the first of the additives
    listed with it ("With 2 wt% Ni and 3 wt% CeO2, MgH2 …": the list is what the host is with)?"""
    listed = _coordinated_before(text, candidates, k, consumed)
    first = listed[0][0] if listed else candidates[k][0]
    return _WITH_FIRST.search(text, max(0, first.start - 40), first.start) is not None


def _adding_before(text: str, candidates: list, k: int, consumed: set[int]) -> bool:
    """Is the additive ``candidates[k]`` named after a word that adds it ("adding 7 wt% NbF5", "the effect of
    TiF3"), or the last of a list of loadings named after one ("the effects of 3 mol% KOH and 10 mol% LiBH4 on …",
    "adding 5 wt% Ni and 10 wt% LiBH4 to MgH2": each additive of the list goes into the host)?"""
    n = candidates[k][0]
    if _ADDING.search(text, max(0, n.start - 60), n.start) or _COUNT_ADDED.search(text, max(0, n.start - 40), n.start):
        return True
    # (each with its loading: "introduced Ni/C and CoNi/NC into LiBH4", two of a kind named bare, compares them)
    listed = _listed_before(text, candidates, k, consumed)
    return bool(listed) and all(_loaded(text, c) for c, _ in [*listed, candidates[k]]) \
        and _ADDING.search(text, max(0, listed[0][0].start - 60), listed[0][0].start) is not None


def _added_loading(text: str, candidates: list, k: int, consumed: set[int]) -> bool:
    """Is the hydride ``candidates[k]`` a loading named after a word that adds it, alone or in a list, and put
    into a hydride named after the list ("the effects of 10 mol% LiBH4 and 3 mol% KOH on Mg(NH2)2–2LiH",
    "adding 10 wt% LiBH4 to MgH2"): an additive of that host, no host of its own?"""
    n = candidates[k][0]
    if not _loaded(text, n):
        return False
    j = k
    while j + 1 < len(candidates) and _AND_BEFORE.fullmatch(text, _item_end(text, candidates[j][0]), candidates[j + 1][0].start):
        j += 1
    if j + 1 >= len(candidates):
        return False
    last, (host, system) = candidates[j][0], candidates[j + 1]
    if system is None or not has_hydrogen(system):
        return False
    gap = _item_end(text, last)
    # ("10 mol% LiBH4 and 3 mol% KOH were added to …": the list put into the host in the passive)
    return _PUT_INTO.match(text, gap, host.start) is not None \
        or _ADDING_TO.match(text, gap, host.start) is not None and _adding_before(text, candidates, k, consumed)


def _item_end(text: str, c) -> int:
    """Where an item of a list ends: after its shape word ("TiO2 nanoparticles") and its loading in a bracket
    ("KOH (3 mol%)")."""
    end = _SHAPE_WORDS.match(text, c.end).end()
    bracket = _AMOUNT_IN_BRACKETS.match(text, end)
    return bracket.end() if bracket else end


def _loaded(text: str, c) -> bool:
    """Is the material ``c`` given its loading, before it ("3 mol% KOH") or in a bracket after it ("KOH (3 mol%)")?"""
    return bool(loading_before(text, c.start) or _SHAPED_AMOUNT_IN_BRACKETS.match(text, c.end)
                or _COUNT_ADDED.search(text, max(0, c.start - 40), c.start))


def _loading_of(text: str, c) -> str | None:
    """The loading written with the material ``c``: before it, else in a bracket after it, else None."""
    before = amount_before(text, c.start)[0]
    if before is not None:
        return before
    count = _COUNT_ADDED.search(text, max(0, c.start - 40), c.start)
    if count is not None:
        return count.group("coefficient")
    bracket = _SHAPED_AMOUNT_IN_BRACKETS.match(text, c.end)
    return _amount(bracket) if bracket else None


def _listed_before(text: str, candidates: list, k: int, consumed: set[int]) -> list:
    """[(mention, system)] of the materials listed before ``candidates[k]`` (a hydride among them too), nearest last."""
    out: list = []
    while k >= 1:
        c, u = candidates[k - 1]
        if c.start in consumed or not _AND_BEFORE.fullmatch(text, _item_end(text, c), candidates[k][0].start):
            break
        out.insert(0, (c, u))
        k -= 1
    return out


def _coordinated_before(text: str, candidates: list, k: int, consumed: set[int]) -> list:
    """[(mention, notation)] of the additives listed before the additive ``candidates[k]`` ("TiF3 and graphene
    were milled with MgH2", "Ni, Co and Fe were added to …"), nearest last; none when another material
    (a hydride) is in the list."""
    out: list = []
    while k >= 1:
        c, u = candidates[k - 1]
        if c.start in consumed or not _AND_BEFORE.fullmatch(text, _item_end(text, c), candidates[k][0].start):
            break
        add = _additive(c, u)
        if add is None and u is not None and has_hydrogen(u) and u.bare and _loaded(text, c):
            add = u.name   # "10 mol% LiBH4 and 3 mol% KOH were added to …": a hydride given as a loading is an additive
        if add is None:
            return []
        out.insert(0, (c, add))
        k -= 1
    return out


def _carrier(text: str, candidates: list, k: int, support: Mention, consumed: set[int]):
    """(mention, notation) of the additive the material ``candidates[k]`` carries when the text names it just
    before ("TiF3 supported on graphene", "Ni nanoparticles anchored onto CNTs"), else None."""
    if k < 1:
        return None
    c, u = candidates[k - 1]
    if c.start in consumed or not _CARRIED_ON.fullmatch(text, c.end, support.start):
        return None
    return (c, add) if (add := _additive(c, u)) is not None else None
# "Using graphene as a support, Ni was milled with MgH2", "With CNTs as the support, the Co …": the support named
# first, in a phrase fronted before the sentence's clause, carries the additive the clause then names (as
# "Ni supported on graphene" would); the role noun is one the ontology gives a scaffold ('support', 'scaffold' …)
_SUPPORT_FRONT = re.compile(r"(?:^|[.;]\s+)(?:using|with|employing|adopting|taking|choosing)\s+(?:the\s+|an?\s+)?$", re.I)


@cache
def _support_gap() -> re.Pattern[str]:
    """'… as a support, ': the gap from a fronted support to the additive of the clause after it."""
    nouns = "|".join(re.escape(n) for n, role in role_nouns().items() if role == "ScaffoldConfinementHost")
    return re.compile(rf"\s+as\s+(?:an?\s+|the\s+)?(?:{nouns})s?\s*,\s*(?:the\s+|an?\s+)?", re.I)


def _on_fronted_support(text: str, candidates: list, k: int, add: str, consumed: set[int]) -> str:
    """The additive ``add`` (of ``candidates[k]``) written on the support a fronted phrase names for it ("Using
    graphene as a support, Ni …": Ni/graphene, the support then consumed), else ``add`` as it is."""
    if k < 1:
        return add
    c, u = candidates[k - 1]
    if c.start in consumed or not _support_gap().fullmatch(text, c.end, candidates[k][0].start) \
            or not _SUPPORT_FRONT.search(text, max(0, c.start - 40), c.start) or (support := _additive(c, u)) is None:
        return add
    consumed.add(c.start)
    return f"{add}/{support}"


# "LiBH4 was ball milled with MgH2": the hydride milled into the host makes one sample with it
_MILLED_WITH = re.compile(rf"\b{MILLING_PREFIX}{MILLED_OR_MIXED}\s+(?:together\s+)?with\s+(?:the\s+)?$", re.I)
# "MgH2 and Nb2O5 (molar ratio 1:0.01) were milled": host and additive joined by a milling after them
_AND_ONLY_START = re.compile(r"\s*(?:,\s*)?and\s")
# "MgH2, 5 wt% Ni and CNTs were milled": the comma after the host of a list, then the list's further gaps
_LIST_ONLY = re.compile(rf"\s*,\s*(?:{AMOUNT_GROUPS}\s*(?:of\s+)?)?")


def _past_support(text: str, candidates: list, k: int) -> int:
    """Where the additive ``candidates[k]`` ends with the support it sits on ("Ni anchored on graphene",
    "Ni/graphene"), or its own end."""
    n = candidates[k][0]
    if k + 1 < len(candidates):
        link = _AND_LINK.match(text, _SHAPE_WORDS.match(text, n.end).end(), candidates[k + 1][0].start)
        if link is not None and link.group("on") and not SUBSTRATE_AFTER.match(text, candidates[k + 1][0].end):
            return candidates[k + 1][0].end   # (not "deposited on a Si substrate": what a film is made on)
    return n.end


# "and ", "and 5 wt% ": the gap before a list's last item; ", 5 wt% ": a gap of the list with the next item's loading
_AND_LAST = re.compile(rf"\band\s+(?:{AMOUNT_GROUPS}\s*(?:of\s+)?)?$", re.I)
_LIST_GAP_LOADED = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:{AMOUNT_GROUPS}\s*(?:of\s+)?)?", re.I)


def _hydrides_first(host: MaterialSystem, parts: list[tuple[str, str, str | None]]
                    ) -> tuple[MaterialSystem, list[tuple[str, str, str | None]]]:
    """The host and the parts of a list a milling puts together, its hydrides (given by no loading) first and
    a complex hydride before a binary one: "MgH2, Fe and LiBH4 were milled together" is the composite
    LiBH4–MgH2 with Fe, whatever the order of the list (a notation's order tells the reactive partner from
    a catalyst between them, and which hydride of an alanate composite is the host)."""
    def rank(system: MaterialSystem | None) -> int:
        if system is None or not system.bare or not has_hydrogen(system):
            return 2
        # (a complex hydride holds two elements besides hydrogen: LiBH4, NaAlH4, Mg(NH2)2; MgH2 one)
        return 0 if len(formula_symbols(host_formula(system)) - {"H", "D"}) > 1 else 1

    def part_rank(part: tuple[str, str, str | None]) -> int:
        return rank(system_of(part[1])) if part[0] == "–" and (part[2] is None or "%" not in part[2]) else 2
    first = min(range(len(parts)), key=lambda i: part_rank(parts[i]), default=None)
    if first is not None and part_rank(parts[first]) < rank(host) and part_rank(parts[first]) == 0 \
            and not any(c.amount is not None for c in host.components):
        # (the complex hydride leads: the host written first becomes its partner, as '–' writes it)
        new_host = system_of(parts[first][1])
        if new_host is not None:
            parts = [("–", host.name, parts[first][2])] + parts[:first] + parts[first + 1:]
            host = new_host
    return host, sorted(parts, key=part_rank)


def _hydride_milled_in(text: str, candidates: list, k: int, last_end: int, first: bool, together: bool):
    """The gap before the hydride ``candidates[k]`` when it is one item of the list a milling (or a deposition)
    puts together with the host before it ("MgH2 and LiBH4 were ball milled together", "MgH2, LiBH4 and Ni were
    co-milled", "LiBH4, MgH2 and Ni were milled"), else None. The list is only joined by commas and 'and'."""
    if not first:
        return _LIST_GAP.fullmatch(text, last_end, candidates[k][0].start) if together else None
    pair = _AND_ONLY.fullmatch(text, last_end, candidates[k][0].start)
    after = _SHAPE_WORDS.match(text, candidates[k][0].end).end()
    if pair is not None and (_MILLED_AFTER.match(text, after) or _FORM_SEVERAL.match(text, after)):
        return pair
    if _listed_then_milled(text, candidates, k, last_end, hydrides=True):
        return _LIST_ONLY.fullmatch(text, last_end, candidates[k][0].start)
    return None


def _listed_then_milled(text: str, candidates: list, k: int, last_end: int, hydrides: bool = False) -> bool:
    """Does a list of additives start at ``candidates[k]`` after the host's comma ("MgH2, Ni and CNTs were
    milled"), its last item joined by 'and' and followed by the milling that makes them one sample? With
    ``hydrides``, hydrides written as such may be items of the list too ("MgH2, LiBH4 and Ni were milled")."""
    if not _LIST_ONLY.fullmatch(text, last_end, candidates[k][0].start):
        return False
    for j in range(k, min(len(candidates), k + 4)):
        n, t = candidates[j]
        if t is not None and has_hydrogen(t) and (not hydrides or not t.bare):
            return False
        end = _SHAPE_WORDS.match(text, n.end).end()
        if j > k and _MILLED_AFTER.match(text, n.end) and _AND_LAST.search(text, candidates[j - 1][0].end, n.start):
            return True
        if j + 1 >= len(candidates) or not _LIST_GAP_LOADED.fullmatch(text, end, candidates[j + 1][0].start):
            return False
    return False
_AND_ONLY = re.compile(rf"\s+and\s+(?:(?:the|an?)\s+)?(?:{AMOUNT_GROUPS}\s*(?:of\s+)?)?")
# ("MgH2 and TiO2 nanoparticles were ball-milled": the additive's shape word before the verb)
# "LiBH4 and Ca(BH4)2 form a eutectic": the pair the sentence says makes one sample of several parts
_FORM_SEVERAL = re.compile(rf"\s+(?:(?:can|readily|easily)\s+)?(?:form(?:s|ed)?|give(?:s)?|gave|yield(?:s|ed)?)\s+"
                           rf"(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{SEVERAL_WORDS}\b", re.I)
# "MgH2 and LiBH4 react to form MgB2", "LiBH4 and MgH2 react with each other", "MgH2 reacts with LiBH4": two metal
# hydrides said to react are the partners of one reactive composite, the sample the passage goes on to measure
# ("The composite releases …"); not one said to react with a third thing ("… react with oxygen")
_REACTION_WORD = r"\s+(?:(?:can|readily|then|first|also|will|would|do|did|easily)\s+)?react(?:s|ed)?\b"
_REACT_TOGETHER = re.compile(rf"{_REACTION_WORD}(?!\s+(?:with|in|on)\s+(?!each\s+other|one\s+another))", re.I)
_REACTS_WITH = re.compile(rf"{_REACTION_WORD}\s+with\s+(?:the\s+)?(?:{AMOUNT_GROUPS}\s*(?:of\s+)?)?", re.I)


def _reaction_named(text: str, start: int) -> bool:
    """Does the noun 'reaction' name what the material at ``start`` and a partner do ('the reaction of LiBH4 with
    MgH2', 'the reaction between NaBH4 and MgH2')? (_REACTION_OF's reading, the noun of reacting itself.)"""
    said = _REACTION_OF.search(text, max(0, start - 30), start)
    return said is not None and said.group(0).lower().startswith("reaction")


def _hydride_pair(s: MaterialSystem, t: MaterialSystem) -> bool:
    """Are ``s`` and the bare ``t`` two hydrides that can react as one composite's partners?"""
    return t.bare and hydride_like(t.host.formula) and hydride_like(s.host.formula)


def _reacting_pair(text: str, start: int, last_end: int, n, s: MaterialSystem, t: MaterialSystem,
                   context: MaterialSystem | None):
    """The gap between the host ``s`` (its mention from ``start`` to ``last_end``) and the metal hydride ``t``
    (mention ``n``) when the sentence says the two react with each other ('MgH2 and LiBH4 react', 'MgH2 reacts
    with LiBH4', 'the reaction between NaBH4 and MgH2'), else None; None too when the passage's sample already
    holds both (the reaction is that sample's, catalyst and all)."""
    if not _hydride_pair(s, t):
        return None
    if context is not None and {host_formula(s), host_formula(t)} <= {c.formula for c in context.components}:
        return None
    pair = _AND_ONLY.fullmatch(text, last_end, n.start)
    if pair is not None and (_REACT_TOGETHER.match(text, _SHAPE_WORDS.match(text, n.end).end())
                             or _reaction_named(text, start)):
        return pair
    return _REACTS_WITH.fullmatch(text, last_end, n.start)


_MILLED_AFTER = re.compile(rf"(?:\s+(?:{SHAPE_WORDS}|(?:nano)?composites?|hybrids?))?"
                           r"(?:\s*\([^()]{0,40}\)|\s*,?\s*(?:in|at|with)\s+(?:an?\s+|the\s+)?(?:molar|mole|mol)\s+ratios?"
                           r"\s+(?:of\s+)?\d+(?:\.\d+)?\s*:\s*\d+(?:\.\d+)?)?\s*,?\s*(?:(?:were|was)\s+(?:then\s+|first\s+)?"
                           rf"{MILLING_PREFIX}"
                           # ("MgH2 and Ni were deposited on a Si substrate": a film is put together as a powder is)
                           rf"{TOGETHER_MADE}\b"
                           # ("MgH2 and Ni milled together showed …", "… co-milled …": the participle phrase without
                           # its 'were' says they went together, as a finite 'MgH2 and Ni milled …' need not)
                           rf"|{MILLING_PREFIX}{TOGETHER_MADE}\s+together\b|co-?{TOGETHER_MADE}\b)", re.I)


_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")
# after the member named in a bracket, more of the bracket: "(SBA-15, pore size 6 nm)", "(CMK-3; 4 nm pores)"
_BRACKET_GOES_ON = re.compile(r"\s*[,;]\s*[^()]*\)")


def _member_named(cls: str, member: str) -> bool:
    """Whether ``member`` is what a text means by ``cls`` when it names it in brackets after it: a narrower
    term of the class ('mesoporous silica (SBA-15)'), or, for a support or scaffold, a kind of support under
    the same class ('ordered mesoporous carbon (CMK-3)': two carbon supports that confine a hydride)."""
    vocab = vocabulary()
    if cls not in vocab or member not in vocab:
        return False
    if member in vocab.descendants(cls):
        return True
    a, b = vocab.get(cls), vocab.get(member)
    return bool(a.support_strategy) and a.support_strategy == b.support_strategy \
        and bool(set(a.parents) & set(b.parents))


def _framework_in_brackets(text: str, a: Mention, b: Mention, systems: dict) -> MaterialSystem | None:
    """The system of ``b``, a framework named by its metals in brackets ('(NiCo-LDH)') right after ``a``, the
    mention of its class in words ('layered double hydroxide'); else None."""
    if a.kind != "Material" or not a.term or b.kind != SYSTEM_LABEL:
        return None
    s = systems.get(b.start) or system_of(b.text)
    if a.kind != "Material" or not a.term or b.kind != SYSTEM_LABEL or s is None or not s.bare \
            or s.host.term != a.term or not b.text.startswith("(") or text[a.end:b.start].strip():
        return None
    return s


# "nickel–cobalt", "Nickel-iron": metals named in words, joined by dashes (before the class they make)
_METALS_IN_WORDS = re.compile(r"[A-Za-z]+(?:[–-][a-z]+)*[–-]?\s*")


def _named_in_brackets(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]):
    """'mesoporous silica (SBA-15)', 'mesoporous SiO2 (MCM-41)': a class of materials followed by the
    member the text means, in brackets, is that member (one mention over both); so is a support followed by
    its own kind's name ('ordered mesoporous carbon (CMK-3)'), also where the bracket goes on past it."""
    merged: list[tuple[Mention, Mention]] = []
    own_systems = {m.start: s for m, s in found}
    given: dict[int, MaterialSystem] = {}   # (the bracket's system, by the merged mention's start)
    for k, (a, b) in enumerate(zip(ms, ms[1:])):
        framework = _framework_in_brackets(text, a, b, own_systems)
        if framework is not None:
            # "nickel–cobalt layered double hydroxide (NiCo-LDH)": the class named in words (its metals before it,
            # in words too) and the material in brackets are one mention, the bracket's
            start, j = a.start, k - 1
            while j >= 0 and _METALS_IN_WORDS.fullmatch(text, ms[j].start, start) and ms[j].kind in ("Material", SYSTEM_LABEL):
                start, j = ms[j].start, j - 1   # (back over 'nickel', 'cobalt' of 'nickel–cobalt', the dash between)
            merged.append((a, Mention(b.kind, b.text.strip("()"), start, b.end, None)))
            given[start] = framework
            continue
        if not (a.kind == "Material" and a.term and b.kind == "Material" and b.term and b.term != a.term
                and _BRACKET_OPEN.fullmatch(text, a.end, b.start)):
            continue
        close = _BRACKET_CLOSE.match(text, b.end)
        # ('mesoporous silica scaffold (SBA-15, pore size 6 nm)': the bracket goes on after the member)
        goes_on = close is None and _BRACKET_GOES_ON.match(text, b.end) is not None
        if not (close or goes_on) or not _member_named(a.term, b.term):
            continue
        merged.append((a, Mention(b.kind, b.text, a.start, close.end() if close else b.end, b.term)))
    if not merged:
        return found, ms
    spans = [(m.start, m.end) for _, m in merged]
    by_old = {a.start: m for a, m in merged}
    def inside(m: Mention) -> bool:
        return any(x <= m.start < y for x, y in spans) and m.start not in by_old
    ms = [by_old.get(m.start, m) for m in ms if not inside(m)]
    own = {m.start: s for m, s in found}
    kept = [(m, s) for m, s in found if not any(x <= m.start < y for x, y in spans)]
    for _, m in merged:
        named = given.get(m.start) or next((s for st, s in own.items() if m.start <= st < m.end and st != m.start), None)
        if named is not None:
            kept.append((m, named))
    kept.sort(key=lambda x: x[0].start)
    return kept, ms


# (a molar coefficient the tokenizer leaves apart: "LiBH4 + (1/2)MgH2", "LiBH4 + ½ MgH2")
_PLUS = re.compile(r"\s+\+\s+(?P<coef>\(\d+/\d+\)\s*|½\s*)?")
# "the lithium borohydride–magnesium hydride composite": two hydrides named in words joined by a dash
# (or by a hyphen, which the tokenizer splits only between a compound's anion word and an element's name:
# "lithium borohydride-magnesium hydride")
_DASH = re.compile(r"\s*[–-]\s*")
_REACTION_ARROW = re.compile(r"[→↔⇌⇄=]|->|<->")


def _plus_chains(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]):
    """'The 2LiBH4 + MgH2 + 0.05NbF5 sample' (an indexing service spaces the '+'): one sample written
    with spaced plus signs, not three mentions; the sides of a reaction equation stay apart. Two hydrides
    named in words and joined by a dash ('lithium borohydride–magnesium hydride') are one sample too."""
    if _REACTION_ARROW.search(text):
        return found, ms
    runs: list[list[tuple[Mention, MaterialSystem]]] = []
    for m, s in found:
        if runs and (_PLUS.fullmatch(text, runs[-1][-1][0].end, m.start)
                     or _DASH.fullmatch(text, runs[-1][-1][0].end, m.start) and has_hydrogen(s)
                     and has_hydrogen(runs[-1][-1][1])):
            runs[-1].append((m, s))
        else:
            runs.append([(m, s)])
    out_found, joined = [], {}
    for run in runs:
        whole = None
        if len(run) > 1 and any(has_hydrogen(s) for _, s in run):
            a, b = run[0][0].start, run[-1][0].end
            # (a name in words is joined by the formula it names)
            whole = system_of("–".join(_coefficient(text, run[j - 1][0].end, m.start) + (s.name if " " in m.text else m.text)
                                       for j, (m, s) in enumerate(run)))
        if whole is None:
            out_found.extend(run)
            continue
        m0 = run[0][0]
        mention = Mention(m0.kind, text[a:b], a, b, m0.term)
        out_found.append((mention, whole))
        joined[a] = (mention, b)
    if not joined:
        return found, ms
    return out_found, _with_joined(ms, joined)


# "LiBH4 + 0.5MgH2 or LiH + 0.5MgB2", "2LiBH4 + MgH2 / 2LiH + MgB2": one system's two states side by side
_STATES_GAP = re.compile(r"\s+or\s+|\s*/\s*")


def _states_joined(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]):
    """``found`` and ``ms`` with a system's two states written side by side ("LiNH2 + LiH or Li2NH + H2", and
    within one notation "2LiBH4 + MgH2 / 2LiH + MgB2") made one mention of the hydrogenated state."""
    out: list[tuple[Mention, MaterialSystem]] = []
    joined: dict[int, tuple[Mention, int]] = {}
    for m, s in found:
        halves = _STATES_GAP.split(m.text) if len(s.components) >= 4 else []
        if len(halves) == 2 and (a := system_of(halves[0].replace(" + ", "–"))) is not None \
                and (b := system_of(halves[1].replace(" + ", "–"))) is not None and _states_of_one(a, b):
            s = _hydrogenated(a, b)
        prev = out[-1] if out else None
        if prev is not None and len(s.components) > 1 and len(prev[1].components) > 1 \
                and _STATES_GAP.fullmatch(text, prev[0].end, m.start) and _states_of_one(prev[1], s):
            whole = Mention(prev[0].kind, text[prev[0].start:m.end], prev[0].start, m.end, prev[0].term)
            out[-1] = (whole, _hydrogenated(prev[1], s))
            joined[whole.start] = (whole, m.end)
            continue
        out.append((m, s))
    return (out, _with_joined(ms, joined)) if joined else (out, ms)


def _atoms(system: MaterialSystem) -> dict[str, float] | None:
    """The atoms of a system written as a sum of formulas (each times its count), or None when a part is no
    formula or is given as a share."""
    atoms: dict[str, float] = {}
    for c in system.components:
        if c.amount is not None and c.amount.unit != "ratio":
            return None
        try:
            composition = parse_formula(c.formula).composition
        except (FormulaError, ValueError):
            return None
        n = c.amount.value if c.amount is not None else 1.0
        for el, k in composition.items():
            atoms[el] = atoms.get(el, 0.0) + n * k
    return atoms


def _stored_hydrogen(system: MaterialSystem) -> float:
    """The hydrogen a state holds in its solids (the H2 a dehydrogenated side writes is released gas)."""
    return sum((c.amount.value if c.amount is not None else 1.0) * parse_formula(c.formula).composition.get("H", 0)
               for c in system.components if c.formula != "H2")


def _states_of_one(a: MaterialSystem, b: MaterialSystem) -> bool:
    """Are ``a`` and ``b`` one system's hydrogenated and dehydrogenated states: the same atoms but hydrogen,
    in other compounds (2LiBH4 + MgH2 and 2LiH + MgB2)?"""
    atoms_a, atoms_b = _atoms(a), _atoms(b)
    if atoms_a is None or atoms_b is None:
        return False
    if {c.formula for c in a.components} == {c.formula for c in b.components} and a.name == b.name:
        return False   # (one state written twice; '2NaH + MgB2' beside '2NaBH4 + MgH2' reads as that state already)
    def heavy(atoms: dict[str, float]) -> dict[str, float]:
        return {el: round(n, 6) for el, n in atoms.items() if el not in ("H", "D")}
    return heavy(atoms_a) == heavy(atoms_b)


def _hydrogenated(a: MaterialSystem, b: MaterialSystem) -> MaterialSystem:
    """The state of the two that stores the hydrogen: the one more hydrogen is bound in (the first on a tie)."""
    return b if _stored_hydrogen(b) > _stored_hydrogen(a) else a


def _coefficient(text: str, start: int, end: int) -> str:
    """The molar coefficient the '+' gap between two parts of a sample holds ('(1/2)', '½'), as a notation writes
    it before the part ('0.5'); '' for none."""
    gap = _PLUS.fullmatch(text, start, end) if start < end else None
    coef = gap.group("coef") if gap is not None and gap.group("coef") else ""
    if not coef:
        return ""
    if "½" in coef:
        return "0.5"
    a, b = re.findall(r"\d+", coef)
    return f"{int(a) / int(b):g}" if int(b) else ""


def _with_joined(ms: list[Mention], joined: dict[int, tuple[Mention, int]]) -> list[Mention]:
    """The mentions with each joined run (first part's start → (whole mention, end)) put in place of
    its parts."""
    out = []
    for m in ms:
        if m.start in joined:
            out.append(joined[m.start][0])
        elif not any(j.start <= m.start < b for j, b in joined.values()):
            out.append(m)
    return out


# "composites of Mg(BH4)2 and LiBH4 (1:1 molar ratio)", "a mixture of LiBH4 and MgH2 in a 2:1 molar ratio":
# one sample of the two hydrides, named in words
# ('a composite of 70 wt% LiBH4 and 30 wt% Al2O3': each part may be given its share)
_PART_SHARE = r"(?:(?P<share>\d+(?:\.\d+)?\s*(?:wt|mol|vol|at)\s*\.?\s*%)\s*(?:of\s+)?)?"
# the words that say what a composite is made of ('made of', 'consisting of', 'formed by', 'comprising')
_MADE_OF_WORDS = r"(?:(?:made|composed|consisting)\s+of|formed\s+(?:by|from)|comprising)"
# ('a composite electrolyte of …', 'a mixture powder of …': a sample noun of the ontology's SampleNoun scheme between)
_COMPOSITE_OF = gated(re.compile(r"(?=[cnmbphi])\b(?:(?:nano)?composites?|mixtures?|blends?|combinations?|physical\s+mixtures?|(?:hetero)?interfaces?)"
                           rf"(?:\s+{vocabulary().scheme_alternation('SampleNoun')})?"
                           # ('a second composite, formed by …': a participle may follow a comma)
                           rf"(?:\s+(?:of|between)|,?\s+{_MADE_OF_WORDS})\s+(?:the\s+)?"
                           # ('made of the ammine borohydride Mg(BH4)2·2NH3 and MgO': a few words saying what the first is)
                           rf"(?:(?!(?:and|with|or|both|either|each)\s)(?-i:[a-z][a-z-]*)\s+){{0,2}}{_PART_SHARE}$", re.I))
# "a nanocomposite made of the ammine borohydride and MgO", "a composite formed by the adduct and Al2O3": a
# composite of the sample the passage named before, taken up by a few words, and of the partner named after 'and'
_DESCRIBED_AND = re.compile(r"(?=[cnmb])\b(?:(?:nano)?composites?|mixtures?|blends?)"
                            rf"(?:\s+{vocabulary().scheme_alternation('SampleNoun')})?"
                            rf",?\s+{_MADE_OF_WORDS}\s+the"
                            rf"(?:\s+(?!and\s)(?-i:[a-z][a-z-]*)){{1,3}}\s+and\s+(?:the\s+)?{_PART_SHARE}$", re.I)


def described_partner(text: str, named: list[tuple[Mention, MaterialSystem]]) -> MaterialSystem | None:
    """The partner a composite is said to be made of with a sample described in words, not named ("made of the
    ammine borohydride and MgO": MgO), among the ``named`` (mention, system) pairs; None when no such words."""
    if " and " not in text or "omposit" not in text and "ixture" not in text and "lend" not in text:
        return None
    return next((y for x, y in named if not has_hydrogen(y)
                 and _DESCRIBED_AND.search(text, max(0, x.start - 90), x.start)), None)


# "a conductor composed of LiBH4 and Al2O3", "prepared by the mechanochemical reaction of Mg(BH4)2 and
# ethylenediamine", "obtained by ball milling LiBH4 with MgO": what a sample is made of or made from — the
# hydride and what joins it (an additive too, not only a second hydride) are that one sample; so are the parts
# it is made from without a process named ("an electrolyte prepared from LiBH4 and LiI": ingest.precursors
# leaves them to the sample where no product is named before the making)
_MADE_OF = gated(re.compile(r"\b(?:(?:composed|consisting|made(?:\s+up)?|comprised)\s+of|"
                      r"(?:prepared|synthesi[sz]ed|made|obtained|formed|produced|fabricated)\s+from(?=\s+(?:the\s+)?$)|"
                      r"based\s+on(?=\s+(?:the\s+)?$)|"
                      r"(?:prepared|synthesi[sz]ed|made|obtained|formed|produced|fabricated)\s+(?:by|via|through|from)\s+"
                      r"(?:the\s+|an?\s+)?(?:(?:[a-z]+(?:[- ]state)?|one-pot)\s+){0,2}?"
                      r"(?:(?:co-?)?(?:ball[- ])?milling|mixing|grinding|reacting|(?:re)?action|combination|combining)"
                      r"(?:\s+(?:of|between))?)\s+(?:the\s+)?$", re.I))
# ('a hybrid formed by the Mg(BH4)2·2NH3 composite and MgO': the first part may be called by a sample noun
# of the ontology's SampleNoun scheme, which names it and adds no part)
# ('a composite of MgCl2(NH3)6 and catalysed-LiH', 'LiNH2 and milled LiH': a participle of what was done to the
# last part, glued to it or not, says how that part was made; the part is the formula after it)
_TREATED = rf"(?:(?:{MODIFIED}|{MILLING_PREFIX}{MILLED})[\s-])?"
_AND_PARTNER = re.compile(rf"(?:\s+{vocabulary().scheme_alternation('SampleNoun')})?\s+(?:and|with)\s+(?:the\s+)?{_PART_SHARE}{_TREATED}")


def _ratio_after(text: str, pos: int, mass_in_bracket: bool = False) -> re.Match | None:
    """A ratio of two right after a name at ``pos`` (ingest.ratios), unless the text says it is by
    mass (an electrode's: ingest.electrode_formulations) — or, with ``mass_in_bracket``, by mass in a
    bracket right after a notation ('LiBH4–SiO2 (70:30 wt%)': the mass shares of its two parts)."""
    ratio = ratio_after(text, pos)
    if ratio is None or len(ratio_shares(ratio)) != 2:
        return None
    kind = ratio_kind(ratio)
    return ratio if kind in ("molar", None) or mass_in_bracket and kind == "mass" \
        and ratio.group(0).lstrip().startswith("(") else None


def _called_molar(ratio: re.Match) -> bool:
    """The text calls the ratio molar ("molar ratio", "by mole"): a bare 'a:b' may be any ratio."""
    return ratio_kind(ratio) == "molar"


# "fluorographene (FG)", "black phosphorus (BP)": a material the ontology lacks, named in words and
# given an abbreviation the text goes on to use
_ABBREVIATION = re.compile(r"(?P<long>\b[a-z][a-z-]{3,}(?:\s+[a-z][a-z-]{2,}){0,3})\s*\(\s*(?P<abbr>[A-Z][A-Za-z0-9-]{0,7}[A-Z0-9])\s*\)")
_ABBREVIATION_BRACKET = re.compile(r"\(\s*[A-Z][A-Za-z0-9-]{0,7}[A-Z0-9]\s*\)")   # (its bracket part)


def _abbreviated(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]) -> list[Mention]:
    """Mentions of materials the text defines by an abbreviation and the ontology does not know (no
    mention covers the long name): one 'Material' mention over both, without a term, so that a
    sentence's links ("doped with", "catalysed by", "confined in") can put it into the hydride."""
    added = []
    if not _ABBREVIATION_BRACKET.search(text):
        return ms   # (the brackets first: the long name's pattern is slow to scan for on every word)
    for a in _ABBREVIATION.finditer(text):
        words = a.group("long").split()
        # the name is the words of the phrase up to the brackets, not a preceding verb or preposition
        while words and (words[0] in _NOT_NAME_WORDS or words[0].endswith(("ed", "ing"))):
            words = words[1:]
        if not words:
            continue
        start = a.end("long") - len(" ".join(words))
        if any(m.start < a.end() and start < m.end for m in ms):
            continue  # the ontology or the formula reader knows it ('MXene (Ti3C2)', 'mesoporous silica (SBA-15)')
        added.append(Mention("Material", text[start:a.end()], start, a.end(), None))
    return sorted(ms + added, key=lambda m: m.start) if added else ms


# what may follow a label in brackets that ends a name: a clause's punctuation, a conjunction or the verb
_LABEL_ENDS = re.compile(r"\s*(?:[,;.]|$|(?:and|or|were|was|are|is|with|into|to|in|on)\b)")


def _components_of(m: Mention, system: MaterialSystem | None) -> list:
    found = system or system_of(m.text.strip("()"))
    return found.components if found is not None else []


def _keys_of(m: Mention, system: MaterialSystem | None) -> set[str]:
    """The formulas and terms of the materials a mention names ('carbon': C and Carbon, by its term)."""
    keys = {k for c in _components_of(m, system) for k in (c.formula, c.term) if k}
    term = vocabulary().get(m.term) if m.term and m.term in vocabulary() else None
    return keys | {k for k in (term.id, term.formula) if k} if term is not None else keys


def _without_restatements(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]) -> list[Mention]:
    """``ms`` without a notation alone in brackets that restates the materials just named ("Ni nanoparticles
    supported on carbon (Ni/C) were milled with MgH2", "nickel (Ni) and carbon nanotubes (CNTs) were …"): a
    label of what is before it, not a material between the additive and the verb that puts it into the host."""
    by_start = {m.start: s for m, s in found}
    dropped = set()
    for k, m in enumerate(ms):
        bracketed = m.text.startswith("(") and m.text.endswith(")") and not text[ms[k - 1].end:m.start].strip() \
            if k else False
        if k == 0 or m.kind not in (SYSTEM_LABEL, "Material") or not bracketed and not (
                _BRACKET_CLOSE.match(text, m.end) and _BRACKET_OPEN.fullmatch(text, ms[k - 1].end, m.start)):
            continue
        named = [x for x in ms[max(0, k - 3):k] if x.kind in (SYSTEM_LABEL, "Material")
                 and not re.search(r"[.;:]", text[x.end:m.start])]
        before = set().union(*(_keys_of(x, by_start.get(x.start)) for x in named)) if named else set()
        close = m.end if bracketed else _BRACKET_CLOSE.match(text, m.end).end()
        if not _LABEL_ENDS.match(text, close):
            continue   # "a poly(methyl methacrylate) (PMMA) matrix": the bracket names the head noun's material
        own = _components_of(m, by_start.get(m.start))
        if own and all({c.formula, c.term} & before for c in own) \
                or m.term is not None and m.term in {x.term for x in named} \
                or _restates_supported(text, m, named, before):
            dropped.add(m.start)   # "nickel (Ni)", "carbon nanotubes (CNTs)", "… on carbon (Ni/C)"
    return [m for m in ms if m.start not in dropped] if dropped else ms


# "(Ni/C)", "(Fe/rGO)": a catalyst's formula over a short name of its support
_SHORT_SUPPORTED = re.compile(r"\(?\s*([^/()\s]+)\s*/\s*([A-Za-z]{1,5})\s*\)?")


# "Carbon-supported ", "reduced graphene oxide-anchored ": a support written as the prefix of its catalyst
_SUPPORT_PREFIX = re.compile(rf"([A-Za-z][A-Za-z ]{{0,40}}?)-{ON_SUPPORT}\s+$", re.I)


def _restates_supported(text: str, m: Mention, named: list[Mention], before: set) -> bool:
    """Is the bracket ``m`` the catalyst just named over a short name of its support ("Fe on reduced graphene
    oxide (Fe/rGO)", "carbon-supported Ni (Ni/C)", "CoB on graphene (CoB/G)")? The short name's letters stand in
    order in one of the names before it or in the support prefix of the first, from its first letter on (so 'G'
    is no second additive)."""
    on = _SHORT_SUPPORTED.fullmatch(m.text)
    if on is None or on.group(1) not in before:
        return False
    short = on.group(2).lower()
    short = short[:-1] if len(short) > 1 and short.endswith("s") else short   # ('CNTs' of 'carbon nanotubes')
    names = [x.text for x in named if x.text != on.group(1)]
    prefix = _SUPPORT_PREFIX.search(text, max(0, named[0].start - 60), named[0].start) if named else None
    if prefix is not None:
        names.append(prefix.group(1))
    return any(_letters_in_order(short, name.lower()) for name in names)


def _letters_in_order(short: str, name: str) -> bool:
    if not name.startswith(short[0]):
        return False
    pos = 1
    for ch in short[1:]:
        pos = name.find(ch, pos) + 1
        if pos == 0:
            return False
    return True


_NOT_NAME_WORDS = frozenset("with by in into on onto of and or the a an as from to using via".split())


def _named_run(text: str, found: list[tuple[Mention, MaterialSystem]], k: int) -> int:
    """How many names from ``found[k]`` on are written as one list ('A and B', 'A, B and C')."""
    n = 1
    while k + n < len(found) and _LIST_GAP.fullmatch(text, found[k + n - 1][0].end, found[k + n][0].start):
        n += 1
    return n


def _one_formula(s: MaterialSystem) -> bool:
    """Whether a sample is one written formula, its parts (if any) inside it: an adduct 'LiBH4·NH3' or
    'Mg(BH4)2·2NH3' still joins what a composite is made of, a 'Ti-doped MgH2' already names its additive."""
    return all(a.text == s.host.text for a in s.additives)


def _made_of(text: str, found: list[tuple[Mention, MaterialSystem]], k: int, ms: list[Mention]):
    """The sample a text says is made of or made from a hydride and a partner ("a conductor composed of LiBH4
    and Al2O3", "prepared by ball milling Mg(BH4)2 with ethylenediamine", "a composite of LiBH4 and SiO2"):
    the whole name as one mention, its system, and how many further sample mentions it took; None if the
    words say no such thing (a mixture of hydrides in a ratio is read by ``_composites_of`` itself)."""
    (m, s), nxt = found[k], found[k + 1] if k + 1 < len(found) else None
    if not has_hydrogen(s) or not _one_formula(s):
        return None
    named = _COMPOSITE_OF.search(text, max(0, m.start - 70), m.start)
    by_composite = named is not None
    if named is None and (made := _MADE_OF.search(text, max(0, m.start - 80), m.start)) is not None \
            and (_COMPOSED_OF.match(made.group(0)) or not any(has_hydrogen(x) for o, x in found if o.end <= made.start())):
        # ("Mg2FeH6 prepared by milling MgH2 and Fe": the precursors of the hydride named first; "the Li–Mg–N–H
        # system composed of 2Mg(NH2)2 and 6LiH" says what the system named first is)
        named = made
    if named is None:
        return None
    # (a list after 'composed of' with no composite noun says what phases a sample is, 'the hydrogenated sample is
    # composed of MgH2, Mg2NiH4 and LaH3': no sample made of them)
    listed = _made_of_list(text, found, k, ms) if by_composite or not _COMPOSED_OF.match(named.group(0)) else None
    if listed is not None:
        return listed[0], listed[1], listed[2]
    # what follows 'A and': the next sample mention, or a named additive without a formula ('ethylenediamine')
    after = next((n for n in ms if n.start >= m.end and n.kind in (SYSTEM_LABEL, "Material")), None)
    partner, taken = None, 0
    if nxt is not None and after is not None and after.start == nxt[0].start and nxt[1].bare:
        partner, taken = (nxt[1].name if has_hydrogen(nxt[1]) else _additive(*nxt)), 1
    elif after is not None and (nxt is None or after.end <= nxt[0].start) and after.kind == "Material":
        partner = _additive(after, None)
    joined = _AND_PARTNER.fullmatch(text, m.end, after.start) if partner is not None and after is not None else None
    if joined is None:
        return None
    written = ratio_after(text, after.end) or ratio_before(text, m.start)
    if written is not None and ratio_kind(written) not in ("molar", None):
        return None   # ('a mixture of A and B (2:1 by weight)': mass shares, the electrode reader's)
    ratio = _ratio_after(text, after.end)
    share = f"{joined.group('share')} " if joined.group("share") else ""   # (the partner's; the host has the rest)
    whole = system_of(f"{s.name}–{share}{partner}" + (f" ({ratio.group('a')}:{ratio.group('b')})" if ratio else ""))
    if whole is None:
        return None
    start, end = named.start(), ratio.end() if ratio else after.end
    return Mention(m.kind, text[start:end], start, end, m.term), whole, taken


# ('A, B and C': a comma between the first parts, 'and' before the last)
_LIST_COMMA = re.compile(r"\s*,\s*")
_LIST_LAST = re.compile(r"\s*,?\s+and\s+")


def _made_of_list(text: str, found: list[tuple[Mention, MaterialSystem]], k: int, ms: list[Mention]):
    """'An electrolyte based on Mg(BH4)2, diglyme and LiBH4', 'prepared from LiBH4, LiI and LiCl': the hydride
    named first and every further part of a list of three or more (commas, 'and' before the last; a part may
    be a named material with no formula, 'tetraglyme') are one sample, its parts read by the ontology. (mention,
    system, how many further sample mentions it took), or None for no such list (two parts: ``_made_of``)."""
    m = found[k][0]
    parts = [n for n in ms if n.start >= m.end and n.kind in (SYSTEM_LABEL, "Material")]
    listed, end = [], m.end
    for n in parts:
        gap = text[end:n.start]
        last = _LIST_LAST.fullmatch(gap) is not None
        if not last and _LIST_COMMA.fullmatch(gap) is None:
            break
        listed.append(n)
        end = n.end
        if last:
            break
    if len(listed) < 2 or _LIST_LAST.fullmatch(text[listed[-2].end:listed[-1].start]) is None:
        return None
    systems = {o.start: x for o, x in found}
    names = []
    for n in listed:
        x = systems.get(n.start)
        if x is not None and not x.bare:
            return None   # (a part that is a composite of its own: no list of parts)
        name = x.name if x is not None and has_hydrogen(x) else _additive(n, x)
        if name is None:
            return None
        names.append(name)
    whole = system_of("–".join([found[k][1].name, *names]))
    if whole is None:
        return None
    named = _MADE_OF.search(text, max(0, m.start - 80), m.start) or _COMPOSITE_OF.search(text, max(0, m.start - 70), m.start)
    start = named.start() if named else m.start
    taken = sum(1 for o, _ in found if m.end <= o.start and o.end <= listed[-1].end)
    return Mention(m.kind, text[start:listed[-1].end], start, listed[-1].end, m.term), whole, taken


def _composites_of(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]):
    """'Composites of Mg(BH4)2 and LiBH4 (1:1 molar ratio)', 'LiBH4 and LiI in a 3:1 molar ratio', 'a 3:1
    (molar) mixture of LiBH4 and LiI': one sample of the parts named in words, written A–B with the
    molar ratio when one is given; the ontology decides host and roles. A mixture of two hydrides is
    one sample with or without a ratio (a bare one is read as molar); names with no such word are one
    sample only when the text calls their ratio molar, or when hydrides alone are given a bare ratio
    in brackets. A mass ratio gives mass shares
    (ingest.electrode_formulations), a volume ratio none."""
    out_found: list[tuple[Mention, MaterialSystem]] = []
    joined: dict[int, tuple[Mention, int]] = {}
    k = 0
    while k < len(found):
        m, s = found[k]
        n = _named_run(text, found, k)
        run = found[k:k + n]
        last = run[-1][0]
        after = ratio_after(text, last.end) if n > 1 else None
        before = ratio_before(text, m.start) if n > 1 and after is None else None
        ratio = after or before
        kind = ratio_kind(ratio) if ratio else None
        shares = ratio_shares(ratio) if ratio and kind in ("molar", None) else []
        if ratio is None and n > 1 and equimolar_around(text, m.start, last.end):
            kind, shares = "molar", [1.0] * n   # ("an equimolar mixture of A and B": equal moles, written 1:1)
        # (a run of one name joins nothing: no composite word is looked for before it)
        named = (before or _COMPOSITE_OF.search(text, max(0, m.start - 70), m.start)) if n > 1 else None
        bare = all(_one_compound(x) for _, x in run)
        whole = None
        # (a part that is itself a composite, 'a mixture of LiNH2–LiH and KH', joins whole when no ratio counts
        # its parts)
        if kind != "mass" and (bare or not shares) and named and n == 2 and all(has_hydrogen(x) for _, x in run) \
                and _AND_PARTNER.fullmatch(text, m.end, last.start):
            whole = _in_ratio(run, shares if len(shares) == 2 else [])
        elif bare and len(shares) == n and (kind == "molar" and any(has_hydrogen(x) for _, x in run) or kind is None
                                            and after and after.group(0).lstrip().startswith("(")
                                            and all(has_hydrogen(x) for _, x in run)):
            # ('LiBH4 and MgH2 (2:1)': a bare ratio of hydrides in brackets is molar, as after 'LiBH4–MgH2')
            whole = _in_ratio(run, shares, counted=before is None)
            if whole is not None and any(c.role in _NOT_COUNTED for c in whole.additives):
                whole = None  # 'MgH2, carbon black and CMC in a molar ratio of 7:2:1': no moles of a carbon or binder
        if whole is not None:
            # the mention is the whole name ("mixture of A and B …"): its parts are no reagents
            start = named.start() if named else m.start
            end = after.end() if after and shares else last.end
            mention = Mention(m.kind, text[start:end], start, end, m.term)
            out_found.append((mention, whole))
            joined[m.start] = (mention, end)
            k += n
            continue
        made = _made_of(text, found, k, ms)
        if made is not None:
            mention, whole, taken = made
            out_found.append((mention, whole))
            joined[m.start] = (mention, mention.end)
            k += 1 + taken
            continue
        out_found.append((m, s))
        k += 1
    if not joined:
        return found, ms
    return out_found, _with_joined(ms, joined)


def _one_compound(x: MaterialSystem) -> bool:
    """Is ``x`` one compound, counted whole by a molar ratio: a formula with no additive, or an adduct whose
    only other parts are the molecules its own formula binds after the dot ('a 1:2 molar mixture of
    Mg(BH4)2·2NH3 and MgH2': the ammine is one of the two things mixed, its NH3 no part added beside it)."""
    return all(c.role == ROLES["dopant"] and c.text == x.host.text and "·" in c.text for c in x.additives)


# parts whose moles a composition does not count (an electrode's carbon and binder, a scaffold, a milling aid)
_NOT_COUNTED = frozenset({"Binder", "ConductiveAdditive", "ScaffoldConfinementHost", "MillingAid"})
# (one list gap for every list reader of the module: a second, narrower definition earlier in the file was
# never in force, this one replaced it at import)
_LIST_GAP = re.compile(rf"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+(?:and|with)\s+(?:the\s+)?{_TREATED}")


def _in_ratio(run: list[tuple[Mention, MaterialSystem]], shares: list[float], counted: bool = False
              ) -> MaterialSystem | None:
    """The parts in their molar ratio, read by the ontology (one id for every spelling of 3LiBH4–LiI):
    a mixture keeps the ratio as written ('Mg(BH4)2–LiBH4 (1:1)'); names the text gives a molar ratio
    are written with their counts, as a milling with one is ('3LiBH4–LiI', 'MgH2–0.1Ni')."""
    # (a count of one is not written: equal moles keep the ratio, 'LiBH4–LiI (1:1)', or they would be lost)
    if counted and shares and any(v != 1 for v in shares):
        return system_of("–".join(f"{v:g}{x.name}" if v != 1 else x.name for v, (_, x) in zip(shares, run)))
    ratio = f" ({':'.join(f'{v:g}' for v in shares)})" if shares else ""
    return system_of("–".join(x.name for _, x in run) + ratio)


_WORDS_AFTER = re.compile(r"\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")


def _scaffold_named_in_words(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]):
    """'LiBH4–MgH2@carbon aerogel', 'MgH2@reduced graphene oxide': a scaffold written after '@' in words,
    which the formula reader ends at the first space ('@carbon'): the words after it that make a
    material the ontology names more precisely are part of the notation."""
    joined: dict[int, tuple[Mention, MaterialSystem]] = {}
    for m, s in found:
        if not re.search(r"@[a-z][\w-]*$", m.text):
            continue
        after = _WORDS_AFTER.match(text, m.end)
        if after is None:
            continue
        last = s.components[-1].term
        for end in (after.end(2) if after.group(2) else None, after.end(1)):
            whole = system_of(text[m.start:end]) if end else None
            if whole is not None and whole.components[-1].term not in (None, last) \
                    and len(whole.components) == len(s.components):
                joined[m.start] = (Mention(m.kind, text[m.start:end], m.start, end, m.term), whole)
                break
    return _replace_joined(joined, found, ms)


def _spelled_out_codes(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]):
    """(found, ms) with a material written by its code in brackets after its name in words read over the name too:
    the name is the code's long form, not words between a hydride and the material it is put in ('confined in Santa
    Barbara Amorphous-15 (SBA-15)' says 'confined in SBA-15')."""
    joined: dict[int, tuple[Mention, MaterialSystem]] = {}
    for m, s in found:
        code = re.match(r"[A-Z]{2,5}(?=-?\d)", m.text)
        if code is None or not text.startswith(")", m.end) and not re.match(r"\s+\)", text[m.end:]):
            continue
        before = _SPELLED_OUT.search(text, max(0, m.start - 90), m.start)
        if before is None:
            continue
        words = before.group("long").split()
        # (the shortest run of capitalised words whose initials spell the code: not a word that opens the sentence)
        for k in range(len(words)):
            if words[k][0].isupper() and "".join(w[0] for w in words[k:] if w[0].isupper()) == code.group(0):
                start = before.start("long") + len(" ".join(words[:k])) + (1 if k else 0)
                close = text.index(")", m.end) + 1
                joined[m.start] = (Mention(m.kind, text[start:close], start, close, m.term), s)
                break
    if not joined:
        return found, ms
    spans = [(j.start, j.end, k) for k, (j, _) in joined.items()]

    def covered(m: Mention) -> bool:
        return any(a <= m.start < b and m.start != k for a, b, k in spans)

    return ([joined.get(m.start, (m, s)) for m, s in found if not covered(m)],
            [joined[m.start][0] if m.start in joined else m for m in ms if not covered(m)])


def _replace_joined(joined: dict[int, tuple[Mention, MaterialSystem]], found: list[tuple[Mention, MaterialSystem]],
                 ms: list[Mention]):
    """``found`` and ``ms`` with the mentions ``joined`` (by start) replaced by their longer reading, and the
    mentions the longer one now covers dropped."""
    if not joined:
        return found, ms
    gone = [(m.end, joined[m.start][0].end) for m, _ in found if m.start in joined]

    def inside(m: Mention) -> bool:
        return any(a <= m.start < b for a, b in gone)

    found = [joined.get(m.start, (m, s)) for m, s in found if not inside(m)]
    ms = [joined[m.start][0] if m.start in joined else m for m in ms if not inside(m)]
    return found, ms


def _ratio_after_notation(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]):
    """'the MgH2–Ni (1:0.1 molar ratio) composite', 'LiBH4–MgH2 (2:1)': a two-part notation followed by its
    molar ratio is that composition (2LiBH4–MgH2, MgH2–0.1Ni); 'LiBH4–SiO2 (70:30 wt%)': by a mass ratio in its
    bracket, each part's mass share."""
    joined: dict[int, tuple[Mention, MaterialSystem]] = {}
    for m, s in found:
        if len(s.components) != 2 or any(c.amount for c in s.components) or not has_hydrogen(s):
            continue
        # ('a LiBH4:LiI 3:1 mixture': after parts joined by a colon, the bare ratio is of those parts; so after two
        # hydrides joined by a slash, 'LiNH2/LiH 1:1.2', 'MgH2/TiH2 0.7:0.3', mixed by their moles)
        colon = RATIO_BARE.match(text, m.end) if ":" in m.text or "/" in m.text and _two_hydrides(s) else None
        ratio = colon if colon is not None and ratio_kind(colon) != "volume" \
            else _ratio_after(text, m.end, mass_in_bracket=True)
        if ratio is None or colon is None and not ratio.group(0).lstrip().startswith("(") \
                and not _called_molar(ratio) and not ratio.group("equals") and not ratio.group("listed"):
            continue  # a bare 'a:b' after the notation may be anything; in brackets, set equal or called molar it is the ratio
        by_mass = " wt%" if ratio_kind(ratio) == "mass" else ""
        whole = system_of(f"{m.text} ({ratio.group('a')}:{ratio.group('b')}{by_mass})")
        whole = system_of(whole.name) or whole if whole is not None else None   # as written with its counts ('MgH2–0.1Ni')
        if whole is not None and len(whole.components) == 2:
            joined[m.start] = (Mention(m.kind, text[m.start:ratio.end()], m.start, ratio.end(), m.term), whole)
    return _replace_joined(joined, found, ms)


def _two_hydrides(system: MaterialSystem) -> bool:
    """Both parts of a two-part sample are hydrides (a metal's bond to hydrogen each): a bare ratio of them is by
    mole, as a hydride and a carbon or an oxide are often mixed by mass."""
    return all(_hydride_part(c) for c in system.components)


def _spaced_supports(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]):
    """'a TiO2 @C catalyst' (a converted PDF puts a space before the '@'): a supported additive is one
    material, 'TiO2@C', not TiO2 with carbon named apart."""
    joined: dict[int, tuple[Mention, MaterialSystem]] = {}
    for m, s in found:
        at = _SPACED_AT.match(text, m.end)
        if at is None or has_hydrogen(s):
            continue
        whole = system_of(f"{s.name}@{at.group(1)}")
        if whole is not None:
            joined[m.start] = (Mention(m.kind, text[m.start:at.end()], m.start, at.end(), m.term), whole)
    if not joined:
        return found, ms
    gone = [(m.end, j[0].end) for m, j in ((m, joined[m.start]) for m, _ in found if m.start in joined)]
    def inside(m: Mention) -> bool:
        return any(a <= m.start < b for a, b in gone)
    found = [joined.get(m.start, (m, s)) for m, s in found if not inside(m)]
    ms = [joined[m.start][0] if m.start in joined else m for m in ms if not inside(m)]
    return found, ms


# "(denoted Li4(BH4)3I@SBA-15)", "(hereafter MgH2–Ni@C)": the author's name for the sample just described
# (or with the noun of a sample before the name: "MgH2–10 wt% (50Ce50Ni) (composite C5N5)")
_DENOTED = re.compile(r"\(\s*(?:here(?:in)?after\s+)?(?:(?:denoted|designated|labell?ed|named|referred\s+to|abbreviated|"
                      rf"called)\s+(?:as\s+)?|{SAMPLE_NOUNS}\s+(?=[A-Z0-9]))?"
                      r"(?P<name>(?:[^\s,;()]|\([^\s()]*\))+)\s*\)", re.I)
_DENOTED_WORD = re.compile(r"\(\s*(?:here(?:in)?after|denoted|designated|labell?ed|named|referred|abbreviated|called)\b", re.I)


_YIELDING = re.compile(r",\s*(?:yielding|giving|to\s+give|to\s+obtain|resulting\s+in)\s+(?:the\s+)?"
                       r"(?P<name>(?:[^\s,;()]|\([^\s()]*\))+@(?:[^\s,;()]|\([^\s()]*\))+)", re.I)


def _denoted(text: str, out: list[tuple[Mention, MaterialSystem]]) -> list[tuple[Mention, MaterialSystem]]:
    """A sample the text names in brackets ("… infiltrated into SBA-15 (denoted Li4(BH4)3I@SBA-15)") is
    that named system, scaffold and all: the name replaces the sample composed before it, and the
    name itself is no further mention."""
    found = [d for d in _DENOTED.finditer(text) if _DENOTED_WORD.match(d.group(0))] if "(" in text else []
    # ", yielding Li3(BH4)(NH2)2@CMK-3": a preparation that ends by naming its sample, scaffold and all
    # (more parts than the sample composed before it: a product of a reaction would have fewer)
    found += list(_YIELDING.finditer(text))
    for d in sorted(found, key=lambda x: x.start()):
        named = system_of(d.group("name").rstrip("."))
        if named is None or not has_hydrogen(named):
            continue
        before = [k for k, (m, s) in enumerate(out) if m.end <= d.start() and has_hydrogen(s)]
        if d.re is _YIELDING:
            # the sample prepared is the one that has most of the named parts (not a reagent milled into it)
            parts = {c.formula for c in named.components}
            before = [k for k in before if {c.formula for c in out[k][1].components} <= parts]
            before = sorted(before, key=lambda k: (len(out[k][1].components), -k))[-1:]
        if not before:
            continue
        k = before[-1]
        m, s = out[k]
        # (a part the name writes short, 'G', is no component the ontology reads: the parse lists it apart)
        if host_formula(s) != host_formula(named) or len(named.components) + len(named.unresolved) < len(s.components) \
                or d.re is _YIELDING and "@" not in d.group("name"):
            continue
        if _short_names_of(named, s) or _element_for_additive(named, s):
            # "grown on graphene (denoted MgH2@G)": the name shortens the parts the sentence wrote out, which
            # the sample keeps as written (the name is taken up as the sample's alias: ingest/prose.py)
            out = [x for x in out if not d.start() <= x[0].start < d.end()]
            continue
        if s.architecture == "confined" and named.architecture is None \
                and len(s.components) == len(named.components):
            # "embedded in a carbon matrix (denoted MgH2–C)": the sentence says where the hydride sits,
            # the name only what the sample holds
            named = named.model_copy(update={"architecture": s.architecture})
        out = [(m, named) if j == k else x for j, x in enumerate(out) if not d.start() <= x[0].start < d.end()]
    return out


def _composition_of(formula: str) -> dict | None:
    try:
        return parse_formula(formula).composition
    except (FormulaError, ValueError, KeyError):
        return None


def _element_for_additive(named: MaterialSystem, sample: MaterialSystem) -> bool:
    """``named`` is ``sample`` with an additive written as one element of it: "milled with 5 wt% NbF5 (denoted
    MgH2-Nb)" names the NbF5-doped sample by its metal, no sample with Nb metal. Same host, as many additives,
    and each additive of the name that the sample lacks is one element of a compound additive the name leaves out."""
    if host_formula(named) != host_formula(sample) or len(named.additives) != len(sample.additives) or named.unresolved:
        return False
    own, said = {a.formula for a in sample.additives}, {b.formula for b in named.additives}
    short = [b.formula for b in named.additives if b.formula not in own]
    left = [_composition_of(a.formula) or {} for a in sample.additives if a.formula not in said]
    if not short or len(short) != len(left):
        return False
    for formula, compound in zip(short, left):
        element = _composition_of(formula) or {}
        if len(element) != 1 or len(compound) < 2 or next(iter(element)) not in compound:
            return False
    return True


def _short_names_of(named: MaterialSystem, sample: MaterialSystem) -> bool:
    """``named`` is ``sample`` with one part or more written short: each additive the ontology does not know
    and that is no formula ('G') spells, in order from its first letter, an additive of ``sample`` the name
    leaves out ('graphene'); the others are the sample's own."""
    # (a short name the ontology cannot read is no component of ``named``: it is among its ``unresolved``)
    if len(named.additives) + len(named.unresolved) != len(sample.additives) or host_formula(named) != host_formula(sample):
        return False
    own = {a.formula for a in sample.additives}
    left = [a.formula for a in sample.additives if a.formula not in {b.formula for b in named.additives}]
    short = [a for a in named.additives if a.formula not in own]
    if any(a.term is not None or _composition_of(a.formula) is not None for a in short):
        return False
    names = [a.formula for a in short] + named.unresolved
    if not names or len(names) != len(left):
        return False
    return all(len(n) < len(full) and _letters_in_order(n.lower(), full.lower()) for n, full in zip(names, left))


# A sentence that prepares a catalyst without naming the hydride ("Guan et al. incorporated Ti into
# an MgO lattice …") is about the paragraph's hydride with that catalyst.
_PRECURSOR_AFTER = re.compile(r"\s+(?:solutions?|precursors?)\b", re.I)
# ((?=[…]): the first letters of the alternatives, which lets a search pass other positions at once)
# (a participle before a sample's noun, "the doped sample", "the as-prepared composite", names a sample, not
# a preparation: a value sentence about it prepares nothing)
# ("Ni/C was made by a wet route", "was obtained via pyrolysis", "was produced by …", "were grown by …": a making
# verb of a made additive with the route it was made by; alone these verbs more often say what a result gave,
# "62 kJ/mol was obtained for …", or what a material was made from, "obtained from glucose")
# (searched only where the sentence holds one of the words' stems: most hold none)
_PREPARES = Gated(re.compile(rf"(?={PREPARING_FIRST})\b(?:{PREPARING}\b"
                             rf"|{MADE_BY_ROUTE}\s+(?:[a-z]+ly\s+)?(?:by|via|through|using)\b)"
                             rf"(?!\s+(?:[a-z][\w-]*\s+)?{SAMPLE_NOUNS}\b)", re.I), PREPARING_STEMS)
# (what a value is owed to, "owing to metallic Fe", "attributed to the in situ formed TiH2", is an explanation)
# ('like' as a word of comparison, not the end of a form word: "flower-like MoS2" is prepared)
# "pores of 4 nm that can anchor Ni catalyst particles", "channels, which could host TiO2": a material in a clause
# that says what the sample could take (a relative pronoun, a modal, no clause break after) was not put into it
POSSIBLE_BEFORE = re.compile(r"\b(?:which|that)\s+(?:(?:it|they)\s+)?(?:can|could|may|might)\s[^,;.]*$", re.I)
_NOT_PREPARED = re.compile(r"\b(?:than|compared|unlike|versus|without|instead of|rather than|between|alone|similar|(?<![-‐])like|"
                           r"owing to|due to|attributed to|ascribed to|because of|thanks to|"
                           r"forms?|formed|forming|into|produc\w*|yield\w*)\b[^,;]*$"
                           r"|\b(?:from|reduc\w* to|decompos\w*|using)\s+(?:\S+\s+){0,2}$", re.I)


_FORMING_BEFORE = re.compile(r"(?=[fgpt])\b(?:formation\s+of|forming|to\s+form|formed|forms|generat\w*|produc\w*)\s+(?:the\s+|an?\s+)?(?:[a-z-]+\s+){0,2}$", re.I)
_AUTHOR_AFTER = re.compile(r"\s+et\s+al\b")
_BETWEEN_BEFORE = re.compile(r"\bbetween\b[^.;()]*$", re.I)


# "Mg2Ni formed in situ through the hydrogenation of NiCp2": the reagent a phase formed from
_SOURCE_BEFORE = re.compile(r"\b(?:through|via|by|from)\s+(?:the\s+)?(?:[a-z]+\s+of\s+)?$", re.I)


def _source_reagent(text: str, m: Mention) -> bool:
    """A reagent of the ontology (NiCp2) named as what a phase formed in situ came from: a precursor
    the sample was made with, which joins it in the role the ontology gives reagents in a sample."""
    return m.kind == "Material" and bool(m.term) and _is_reagent(m.term) and bool(_IN_SITU.search(text)) \
        and bool(_SOURCE_BEFORE.search(text, max(0, m.start - 40), m.start))


@per_document(maxsize=512)
def _is_reagent(term: str) -> bool:
    vocab = vocabulary()
    return "Reagent" in vocab and term in vocab and vocab.is_a(term, "Reagent")


def context_sample(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention],
                   context: MaterialSystem | None) -> MaterialSystem | None:
    """The paragraph's hydride with the one or two additives a preparation sentence names, when the
    sentence names no hydride of its own; None otherwise."""
    if context is None:
        return None
    loadings: dict[str, str] = {}
    adds = prepared_additives(text, found, ms, context, loadings)
    adds = [a for a in adds if a in loadings or not _member_of_family(_formula_of(a), context)]
    if not adds:
        return None   # (no additive prepared: no loading given to one either, nor a sample joined)
    # ("NiO was milled with MgH2. Then Fe was added.": a second step adds to the sample as it is, and what it
    # adds is new even when an additive before holds its element; a preparation of its own starts from the
    # bare hydride)
    afterwards = _ADDED_AFTERWARDS.search(text) is not None
    # ("Adding 25 wt% carbon black to the electrode" after 0.7MgH2–0.3TiH2: put into the sample the passage names
    # by its noun, the additive joins that sample with all its parts, not its bare hydride)
    into_it = _INTO_THE_SAMPLE.search(text) is not None and not _REPLACING.search(text)
    if afterwards and loadings:
        loaded = _loading_given(context, adds, loadings)
        if loaded is not None:
            return loaded   # "Subsequently, 5 wt% Ni was added" of the title's MgH2–Ni: that additive's loading
    if not adds or all(_one_of_its_additives(a, context, whole_only=afterwards) for a in adds):
        return None  # "Adding Al2O3 lowers …" of the Al2O3 composite: the paragraph's sample as it is
    bare = context if afterwards or into_it else unfilled_sample(context)
    joined = _with(bare, [("–", a, loadings.get(a)) for a in adds], set())
    return joined if joined is not bare else None


# "Adding 25 wt% of carbon black to the electrode", "Super P was mixed into the composite", "milling 5 wt% Ni into
# this sample": an adding word, then 'to'/'into' the passage's sample named by its noun (the ontology's SampleNoun),
# words only between ("into the Mg3Ag alloy system" names another material, not the passage's sample)
_INTO_THE_SAMPLE = re.compile(rf"\b(?:{ADDING_BEFORE}|{PUT_INTO_SAMPLE}|{MILLED})\b[^.;]{{0,80}}?\b(?:in)?to\s+"
                              rf"(?:the|this|that|our)\s+(?:(?-i:[a-z][a-z-]*)\s+){{0,2}}?{SAMPLE_NOUNS}\b", re.I)
# ('Adding Fe to the composite instead of Ni', 'in place of the catalyst': an addition that replaces a part starts
# from the bare sample, as a new one)
_REPLACING = re.compile(rf"\b(?:instead|in\s+place\s+of|rather\s+than|{REPLACING})\b", re.I)


def _loading_given(context: MaterialSystem, adds: list[str], loadings: dict[str, str]) -> MaterialSystem | None:
    """``context`` with the loadings a later step writes for additives it already has without one (the
    title named the sample "LiAlH4 by Ni", the body adds "5 wt% Ni nanoparticles"); None when the step names
    another additive or every one it names has its loading."""
    given: dict[str, str] = {}
    for a in adds:
        formula = _formula_of(a)
        match = next((c for c in context.additives if c.formula == formula), None)
        if match is None:
            return None
        if match.amount is None and a in loadings:
            given[match.formula] = loadings[a]
    if not given:
        return None
    parts = [("–", c.formula, given.get(c.formula) or _loading(c)) for c in context.additives]
    joined = _with(bare_sample(context), parts, set())
    return joined if len(joined.additives) == len(context.additives) else None


def _member_of_family(formula: str, context: MaterialSystem) -> bool:
    """``formula`` is an alloy of partial substitution ('La0.75Mg0.25Ni3.5Co0.2', ``storage_alloy``) holding every
    metal of the passage's sample, a family of alloys named by its metals ('La–Mg–Ni alloys', ``_family_named``;
    'La–Mg–Ni–Co electrodes') or a bare alloy they are read as ('Mg–Ni alloys': Mg2Ni): a sentence preparing it
    without a loading ('The La0.75Mg0.25Ni3.5Co0.2 alloy was prepared by induction melting') prepares the member
    studied, a sample of its own, not an additive put into the family."""
    if not storage_alloy(formula) or not (_family_named(context) or context.bare):
        return False
    metals = {e for c in context.components for e in written_elements(c.formula)}
    return len(metals) > 1 and metals <= set(written_elements(formula))


def _formula_of(add: str) -> str:
    """The formula an additive's notation reads as ('V2C MXene' is V2C), else the notation."""
    parsed = _parsed(add)
    return parsed.host.formula if parsed is not None and parsed.bare else add


# "5 wt% graphene", "10 wt% of flower-like MoS2": the loading a preparation step gives the additive it adds (a
# word or two of form may stand between; a preposition or conjunction ends the phrase)
_LOADING_BEFORE = re.compile(rf"(?<![\w.])(?:{AMOUNT_GROUPS})\s*(?:of\s+)?(?:(?:the|an?)\s+)?"
                             rf"(?:(?!(?:and|or|with|to|in|into|of|on|was|were|is|are)\b)[a-z][\w-]*\s+){{0,2}}$", re.I)


# "Then Fe was added", "TiO2 was subsequently introduced", "Subsequently, 5 wt% graphene was added": a step after
# the one that made the passage's sample, adding to it
_AFTERWARDS = r"(?:then|subsequently|afterwards|later|further|additionally|next|finally)"
_ADDING_VERB = r"(?:added|introduced|incorporated)"
# ((?=[…]): the first letters of both word lists, which let a search pass other positions at once)
_ADDED_AFTERWARDS = re.compile(rf"(?=[tsalfnai])(?:\b{_AFTERWARDS}\b[^.;]*?\b{_ADDING_VERB}\b|\b{_ADDING_VERB}\s+{_AFTERWARDS}\b)",
                               re.I)


def _one_of_its_additives(add: str, context: MaterialSystem, whole_only: bool = False) -> bool:
    """Is ``add`` an additive of ``context`` named again: the whole, a part of a supported one ('Ni' or 'C'
    of 'Ni/C', 'Ni@C'), or (unless ``whole_only``) an element of one written on its own ('Ni' of 'NiO': its
    state, "metallic Ni")?"""
    for c in context.additives:
        parts = re.split(r"[/@]", c.formula)
        if add == c.formula or add in parts or _formula_of(add) == c.formula:
            return True
        if not whole_only and _ELEMENT.fullmatch(add) and add != "C" and add in formula_symbols(c.formula) \
                and add not in formula_symbols(context.host.formula):
            return True
    return False


# "halide dual-substituted", "halide-substituted", "hydride co-substituted": what follows a class of compounds when
# it sits on the sites of the compound's own lattice (its formula shows it), no additive mixed in
# "argyrodite electrolytes", "argyrodite-type conductors": a material naming the kind of the electrolytes made
_KIND_OF_SAMPLE_AFTER = re.compile(r"(?:-type)?\s+(?:(?:solid[- ]state|solid|superionic|fast[- ]ion)\s+)?"
                                   r"(?:electrolytes?|conductors?)\b", re.I)
_SUBSTITUTED_AFTER = re.compile(r"[\s-]+(?:[a-z]+-)?(?:co-?)?substituted\b", re.I)


# "The onset is 200 °C, while doping with Fe2O3 gives 240 °C": a clause set against the one before (a comma, then a
# conjunction of contrast), no clause break after it
_CONTRAST_CLAUSE_BEFORE = re.compile(rf",\s*{CLAUSE_CONTRAST}\b[^,;.]*$", re.I)


def set_against_a_value(text: str, start: int, since: int = 0) -> bool:
    """Is the material at ``start`` put in within a clause set against a clause before it that gave a value ('200 °C,
    while doping with Fe2O3 gives …'), after ``since`` (a value's end)? That clause makes another sample: neither the
    paragraph's sample nor an additive of the value before it."""
    contrast = _CONTRAST_CLAUSE_BEFORE.search(text, since, start)
    return contrast is not None and any(c.isdigit() for c in text[:contrast.start()])


def prepared_additives(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention],
                       context: MaterialSystem | None = None, loadings: dict[str, str] | None = None) -> list[str]:
    """The one or two additives a preparation sentence that names no hydride prepares ("the carbon
    was soaked in a MgBu2 solution"), else []; ``loadings`` (when given) receives the loading written
    before an additive ("Subsequently, 5 wt% graphene was added"), by additive."""
    if not _PREPARES.search(text):
        return []   # (asked first: no preparation said, whatever the sentence names)
    host = host_formula(context) if context is not None else None
    first_add = next((m.end for m in ms if m.kind in (SYSTEM_LABEL, "Material") and not _AUTHOR_AFTER.match(text, m.end)
                      and (x := next((s for o, s in found if o.start == m.start), None)) is not None
                      and not has_hydrogen(x)), -1)
    first_comma = text.find(",", first_add) if first_add >= 0 else -1
    def later_host(m, s) -> bool:
        # the paragraph's host named again in a later clause ("…, which distorts the lattice of MgH2") after
        # the preparation named its additive: still that host, no other sample
        return host is not None and host_formula(s) == host \
            and 0 <= first_comma < m.start and s.bare
    if any(has_hydrogen(s) and not _FORMING_BEFORE.search(text, max(0, m.start - 40), m.start)
           and not later_host(m, s) for m, s in found):
        return []  # (a hydride the additive forms with the host, "enabling the formation of Mg2Ni(Cu)H4", is no sample named)
    by_start = {m.start: s for m, s in found}
    adds: list[str] = []
    last_end = 0
    for k, m in enumerate(ms):
        if m.kind not in (SYSTEM_LABEL, "Material") or text[max(0, m.start - 1):m.start] == "°":
            continue
        if k + 1 < len(ms) and _framework_in_brackets(text, m, ms[k + 1], by_start) is not None:
            continue   # "layered double hydroxide (NiCo-LDH)": the class in words, the material in the bracket
        s = by_start.get(m.start)
        if s is not None and host_formula(s) == host \
                and not _BETWEEN_BEFORE.search(text, max(0, m.start - 60), m.start):
            if adds and later_host(m, s):
                break
            return []  # the paragraph's host named again ('Mg nanoparticles' about MgH2), not 'the solubility between Cu and Mg'
        if s is not None and host_formula(s) == host \
                or _BETWEEN_BEFORE.search(text, max(0, m.start - 60), m.start):
            continue  # what the additive is set between is no further additive
        if _PRECURSOR_AFTER.match(text, m.end) or _AUTHOR_AFTER.match(text, m.end):
            continue  # "soaked in a MgBu2 solution …": a precursor, not an additive; "Li et al.": an author
        add = _additive(m, by_start.get(m.start)) or (m.text if _source_reagent(text, m) else None)
        if add is None or _NOT_PREPARED.search(text, max(0, m.start - 40), m.start) \
                or POSSIBLE_BEFORE.search(text, max(0, m.start - 60), m.start) or set_against_a_value(text, m.start):
            continue
        if s is None and _SUBSTITUTED_AFTER.match(text, m.end) and vocabulary().children(m.term or ""):
            continue  # "borohydride/halide dual-substituted argyrodites": a class in the lattice, as its formula says
        if _KIND_OF_SAMPLE_AFTER.match(text, m.end):
            continue  # "argyrodite(-type) electrolytes have been synthesized": what was made, the samples' kind
        if m.kind == SYSTEM_LABEL and m.start not in by_start:
            continue  # dropped as no material (a bond, an ion)
        on = _PLACED.match(text, last_end, m.start) if adds else None
        if on is not None and on.group("prep").lower() in ("on", "onto"):
            # "Ni nanoparticles loaded on graphene": the catalyst on its support, written catalyst/support
            # (the host's parse reads whether that is one supported catalyst)
            adds[-1] = f"{adds[-1]}/{add}"
        else:
            adds.append(add)
            loading = _LOADING_BEFORE.search(text, max(0, m.start - 40), m.start) if loadings is not None else None
            if loading is not None and loadings is not None and _amount(loading):
                loadings[add] = str(_amount(loading))
        last_end = m.end
    adds = list(dict.fromkeys(adds))
    if len(adds) > 2:
        return []  # several catalysts named side by side are alternatives, not one sample
    return adds


@per_document(maxsize=4096)
def joined_system(host: str, additive: str) -> MaterialSystem | None:
    try:
        return parse_system(f"{host}–{additive}", strict=False)
    except (SystemParseError, ValueError):
        return None


def _own_element(add: str, host: str, host_elements: set[str] | frozenset[str]) -> bool:
    """Is ``add`` an element of the host itself, named with it (Mg of MgH2, Li of LiBH4), rather than a part put in?
    A metal an alloy host holds beside its storage metal is put in again when the text adds it: 'Ni-doped Mg2Ni',
    Mg2Ni with Ni, has Ni as its catalyst (the alloy's own Ni is bound in the compound)."""
    if add not in host_elements:
        return False
    first = next(iter(written_elements(host)), None)
    return not (storage_metal_compound(host) and add != first and len(host_elements) > 1)


def plus_additive(system: MaterialSystem, additive: MaterialSystem) -> MaterialSystem:
    """system + a further additive, unless the additive is already part of it (Mg in MgH2)."""
    system = named_members(system, [additive.name])   # (a member given takes its class's place)
    names = {c.formula for c in system.components}
    add = additive.host.formula
    if add in names or _own_element(add, system.host.formula, formula_symbols(system.host.formula)):
        return system
    joined = joined_system(system.name, _as_additive(additive))
    if (joined is None or host_formula(joined) != host_formula(system)) \
            and len(bare_sample(system).components) == len(system.components):
        # ('the Li–Mg–N–H system doped with KOH': a name the ontology gives a composite is no notation to write an
        # additive after; its parts, Mg(NH2)2–LiH, are)
        joined = with_additives(system, [_as_additive(additive)])
    return joined or system


def in_place_of_its_part(system: MaterialSystem, additive: MaterialSystem) -> MaterialSystem | None:
    """The system's bare sample with ``additive`` instead of its additives, when they all play the part the new
    one plays (a catalyst for a catalyst: "MgH2–Ni … and 5.2 wt% with Fe" is MgH2–Fe); None when one of them
    plays another part (LiBH4–LiI with Al2O3 keeps the LiI) or the system has none."""
    joined = plus_additive(bare_sample(system), additive)
    new = next((c for c in joined.additives if c.formula == additive.host.formula), None)
    if new is None or not system.additives or any(a.role != new.role for a in system.additives):
        return None
    return joined


_ELEMENT_SYMBOL = re.compile(r"[A-Z][a-z]?")


def _as_additive(additive: MaterialSystem) -> str:
    """How an additive is written after a host: 'Ni/C', 'CoNi/NC' as written (the sign that puts a
    catalyst on its support is for the host's parse to read), else its name."""
    text = supported_notation(additive.text.strip())   # ('Ni–N–C' is Ni on N-doped carbon: 'Ni/NC')
    if "/" in text and (not re.search(r"\s", text) or getattr(_parsed(text), "name", None) == additive.name):
        return text   # ('Pt SA/CeO2': a space inside, read as the same catalyst, its form tag kept for the strategy)
    # 'Ti3C2Tx': one material written otherwise than its name ('Ti3C2') is kept as written when it reads as
    # the same system, so that the component is named as the text names it
    # (not a catalyst on its support written by a prefix: 'Pd-loaded TiO2' is named Pd/TiO2)
    # (a metal named in words, 'Nickel nanoparticles anchored on CNTs', is its symbol: 'Ni/CNT', as 'nickel' is; a
    # nonmetal's word stays: 'Carbon-supported Co' is Co/Carbon)
    if len(additive.components) == 1 and text != additive.name and "–" not in text and "/" not in additive.name \
            and not (_ELEMENT_SYMBOL.fullmatch(additive.name) and additive.name not in NONMETALS and text.isalpha()
                     and len(text) > 2):
        same = _parsed(text)     # ('Ti3C2Tx MXene' too: a name of several words the parse reads as one)
        if same is not None and same.name == additive.name:
            return text
    return additive.name


def with_additives(system: MaterialSystem, adds: list[str] | list[tuple[str, str | None]]) -> MaterialSystem:
    """The bare ``system`` joined with ``adds`` (names of additives, or (name, loading as written) pairs)."""
    return _with(bare_sample(system), [("–", *a) if isinstance(a, tuple) else ("–", a, None) for a in adds], set())


def loading_before(text: str, start: int) -> re.Match[str] | None:
    """The loading written right before the material at ``start`` ('5 wt%' of 'addition of 5 wt% Nb2O5'), also over
    one or two words of its form between them ('5 wt% layered Ti3C2', '8 wt% exfoliated V2C'), else None."""
    m = _AMOUNT_BEFORE.search(text, max(0, start - 20), start)
    if m is None and (described := form_words_start(text, start)) < start:
        m = _AMOUNT_BEFORE.search(text, max(0, described - 20), described)
    return m or loading_before_part_noun(text, start)   # '25 mol% conversion-type anode material CoO'


def amount_before(text: str, start: int) -> tuple[str | None, int]:
    """(the loading written right before the material at ``start``, where it begins): ("5", 11) for the
    Nb2O5 of "addition of 5 wt% Nb2O5"; (None, ``start``) when none is written."""
    m = loading_before(text, start)
    if m is None and (text.startswith("(", start) or text[:start].rstrip().endswith("(")):
        # (the bracket is the mention's own when it holds a group: '(Ni/Co)')
        m = _AMOUNT_OF_PART.search(text, max(0, start - _PART_REACH), start)
    return (_amount(m), m.start()) if m else (None, start)


def bare_sample(system: MaterialSystem) -> MaterialSystem:
    """The system without its catalysts and supports: the host with its hydride partners
    (LiBH4–MgH2–Al3Ti is the LiBH4–MgH2 composite; LiBH4·NH3–MgO is the adduct LiBH4·NH3)."""
    adduct = written_adduct(system)
    host = adduct or _parsed(system.host.formula) or system
    # hydride partners keep their molar coefficient ("Mg(NH2)2–2LiH"); a hydride given as a loading
    # ("3 mol% KH", "5 wt% TiH2") or a trace coefficient the parser made a catalyst ("–0.08KH") is a
    # catalyst of the composite, not part of it
    partners = [("–", f"{a.amount.value:g}{a.formula}" if a.amount is not None else a.formula, None)
                for a in system.additives if hydride_like(a.formula) and a.role != "Catalyst"
                and (a.amount is None or a.amount.unit == "ratio")]
    # '2LiBH4–MgH2': the host's count stays with its partners, and so does a share of a mixture of hydrides
    # ('0.62LiBH4–0.38NaBH4'); a fractional share of an alloy ('Mg0.9In0.1' is 0.9 Mg + 0.1 In) is no
    # count: the bare sample is the host itself
    if adduct is None and system.host.amount is not None and system.host.amount.unit == "ratio" \
            and (float(system.host.amount.value).is_integer() or partners):
        host = _parsed(f"{system.host.amount.value:g}{system.host.formula}") or host
    return _with(host, partners, set()) if partners else host


def sample_without(system: MaterialSystem, lacked: MaterialSystem) -> MaterialSystem | None:
    """The system without one of its additives ("the composite without graphite" of 2LiBH4–MgH2–10 wt%
    graphite is 2LiBH4–MgH2; the others stay, with their amounts), or None when it has no such additive."""
    drop = {lacked.host.formula, lacked.name}
    if any(a.formula in drop for a in system.additives):
        return _without(system, drop)
    # ("the Mn-free alloy" of Mg2Ni1-xMnx: the series' member without its substituent, Mg2Ni)
    reference = unsubstituted_member(system) if lacked.bare else None
    if reference is not None and lacked.host.formula in set(written_elements(system.host.formula)) \
            - set(written_elements(reference.host.formula)):
        return reference
    return None


def _without(system: MaterialSystem, drop: set[str]) -> MaterialSystem:
    """The system without the additives of formulas ``drop``; the others stay, with their amounts."""
    adduct = written_adduct(system)   # (the molecule of an adduct is part of its host, never dropped)
    host = adduct or bare_sample(_parsed(system.host.formula) or system)
    if adduct is None and system.host.amount is not None and system.host.amount.unit == "ratio" \
            and float(system.host.amount.value).is_integer():
        host = _parsed(f"{system.host.amount.value:g}{system.host.formula}") or host
    parts = [_part(a) for a in added_parts(system) if a.formula not in drop]
    return _with(host, parts, set()) if parts else host


def _part(a) -> tuple[str, str, str | None]:
    """An additive as ``_with`` takes it back: its notation (a molar count written before it, '0.1Ni') and
    its loading ('5 wt%')."""
    ratio = a.amount is not None and a.amount.unit == "ratio"
    return ("–", f"{a.amount.value:g}{a.formula}" if ratio else a.formula, _loading(a))


def _loading(a) -> str | None:
    """'5 wt%' of an additive given as a share, None for one given by a count or no amount."""
    return f"{a.amount.value:g} {a.amount.unit}" if a.amount is not None and a.amount.unit != "ratio" else None


def alloy_alone(system: MaterialSystem) -> bool:
    """``system`` is a metal with elements dissolved in it and nothing else ('Mg(Li)', the Mg–Li alloy; Mg0.9In0.1): an
    element dissolved in a metal host is part of the host's phase, so what a sentence adds to it is its additive."""
    return bool(system.additives) and bool(_ELEMENT.fullmatch(system.host.formula)) and all(
        a.role == "DopantSubstituent" and _ELEMENT.fullmatch(a.formula) for a in system.additives)


def written_adduct(system: MaterialSystem) -> MaterialSystem | None:
    """The adduct the sample's host is written as ('LiBH4·NH3', 'Mg(BH4)2·6NH3–MgO' → Mg(BH4)2·6NH3), None
    when it is none: a molecule the notation joins to the host's formula with a middle dot is part of the
    host's compound, not something added to it."""
    return next((_parsed(a.text) for a in system.additives
                 if a.role == "DopantSubstituent" and "·" in a.text and a.text.startswith(system.host.formula)), None)


def added_parts(system: MaterialSystem) -> list:
    """The sample's additives, without a molecule written into the host's formula (the NH3 of LiBH4·NH3)."""
    return [a for a in system.additives if not (a.role == "DopantSubstituent" and "·" in a.text)]


def unfilled_sample(system: MaterialSystem) -> MaterialSystem:
    """The system before a catalyst, filler or support was added: the bare sample that keeps its
    substituents (LiBH4–LiI–Al2O3 came from the LiBH4–LiI solid solution: a substituent is part of
    the host's phase); a system with nothing but substituents came from the bare host."""
    adduct = written_adduct(system)
    bare = bare_sample(system)
    # (the metal an alloy's host dissolves is in the bare sample already: 'Mg(Li)–CeO2' came from Mg(Li))
    subs = [a for a in system.additives if a.role == "DopantSubstituent" and not hydride_like(a.formula)
            and a.formula not in {b.formula for b in bare.additives}]
    if adduct is not None and len(subs) == 1:
        return adduct   # 'the pure adduct' of LiBH4·NH3–MgO is LiBH4·NH3, its NH3 and all
    if not subs or len(system.additives) == len(subs) + len(bare.additives):
        return bare
    kept = _with(bare, [_part(a) for a in subs], set())
    # a substituent stays one ('Mg(en)(BH4)2': the ligand the ontology does not name as such)
    return kept.model_copy(update={"additives": [
        a.model_copy(update={"role": "DopantSubstituent"}) if a.formula in {x.formula for x in subs} else a
        for a in kept.additives]})
