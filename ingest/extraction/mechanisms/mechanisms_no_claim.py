"""Mechanism phrases that are no claim of the sentence: what a technique only imaged or detected ('lattice strain was
observed by XRD'), a quantity it measures ('the activation energy of … was 80 kJ/mol'), an item in a list of
properties examined, a change called slight, a cause of a loss, a purpose clause ('To minimise the interfacial
resistance, …'), an electrode's interface, the step a kinetic fit says limits the rate ('nucleation … is of the
site-saturated type'), a topic the paper says it discusses, a background sentence ('has attracted much attention');
and who acts in the phrases that are: an anion substituted in ('Br−
substitution'), a solid electrolyte's own ion motion ('facile anion reorientations enhance cation mobility'). Apart
because these only drop or keep a phrase found; they make no claim themselves.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.extraction.text.cell_words import ELECTRODE_NOUN
from ingest.extraction.text.challenges import label_spans
from ingest.extraction.text.hedge_words import APPROXIMATING, LIMITING, NEARLY, hedged
from ingest.extraction.text.mechanisms_words import (
    BY_MEANS,
    CAUSE_CUE,
    CAUSE_GAP,
    DENIED,
    DESTABILIZED,
    ELECTRODE_CHARGE,
    HINDERED,
    NEGATED,
    NON_METALS,
    RULED_OUT,
    STABLE_PRODUCT,
    STUDY_PURPOSE,
    THEREBY,
)
from ontology.compound_names import anion_symbol
from ontology.elements import HALOGENS, formula_symbols as _elements
from ontology.hosts import host_salt
from ontology.strategy_rules import APPLICATIONS
from ontology.vocabulary import vocabulary
from ontology.word_gate import gated

from .mechanisms_causes import without_said_of_mechanism
from .mechanisms_claims import kinetic_models, narrowed, told_application
from .mechanisms_formed import says_kinetics
from .mechanisms_materials import _metals, is_support
from .mechanisms_phrases import _application

# a charged atom of a non-metal other than hydrogen ('F^-', 'Cl^−', 'I^-', 'the larger I− anion'): an
# anion, not a hydride (a minus sign without '^' only before a space or a punctuation mark: 'N–H' is a bond)
_ANION = re.compile(r"(?=[A-Z])\b([A-Z][a-z]?)(?:\^[-−]|[-−](?=[\s,;.)]|$))")


def anion_acts(text: str, at: int, mentions) -> str | None:
    """The anion (its element) that is the actor of the phrase at ``at``: one the sentence names
    with no material before the phrase in its clause ('While Cl^- weakens …, F^- can break the B–H
    bond'); the last such, which is the substituent of 'substitution of BH4− by I− stabilizes …'."""
    clause_start = max(text.rfind(",", 0, at), text.rfind(";", 0, at), 0)
    found = [m for m in _ANION.finditer(text, clause_start, at) if m.group(1) in NON_METALS - {"H", "D"}]
    if not found or any(clause_start <= pos < at for pos, _, _ in mentions):
        return None
    return found[-1].group(1)


# the agent of a passive that is an anion substituted in: 'stabilized by Br− substitution', 'by partial
# substitution of BH4− with iodide', 'by I− doping' (the anion written with its charge, or named in words)
_SUBSTITUTION_NOUN = r"(?:substitution|replacement|doping|incorporation)"


_ANION_WRITTEN = r"(?:([A-Z][a-z]?)(?:\^)?[-−]|([a-z]+))"


_ANION_AGENT = re.compile(
    rf"\s+(?:[a-z]+ly\s+)?(?:(?:at|down\s+to|up\s+to|to)\s+[^,;.]{{1,30}}?\s+)?by\s+(?:(?:a|an|the)\s+)?"
    rf"(?:partial\s+)?(?:{_ANION_WRITTEN}\s+(?:anion\s+)?{_SUBSTITUTION_NOUN}|"
    rf"{_SUBSTITUTION_NOUN}\s+of\s+(?:the\s+)?(?:some\s+)?\S+\s+(?:anions?\s+|groups?\s+)?(?:with|by)\s+(?:the\s+)?"
    rf"{_ANION_WRITTEN}(?![\w-]))")


def anion_agent(text: str, stop: int) -> str | None:
    """The halogen (its symbol) a phrase ending at ``stop`` is said to be brought about by substituting in
    ('… can be stabilized by Br− substitution', '… is stabilized at room temperature by partial substitution of
    BH4− with iodide'); else None. A word must be the ontology's name of a halide anion ('iodide')."""
    m = _ANION_AGENT.match(text, stop)
    if m is None:
        return None
    for symbol, word in ((m.group(1), m.group(2)), (m.group(3), m.group(4))):
        found = symbol if symbol is not None else anion_symbol(word) if word is not None else None
        if found in HALOGENS:
            return found
    return None


# what a phrase is credited with, after it: '… anion reorientations enhance the cation mobility', '… mechanism, leading
# to fast Na+ conduction', '… cell volume, which eases the anion rotation'
_MOTION_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:lead(?:s|ing)?\s+to|led\s+to|enhanc(?:e|es|ed|ing)|facilitat(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|"
    r"enabl(?:e|es|ed|ing)|promot(?:e|es|ed|ing)|boost(?:s|ed|ing)?|accelerat(?:e|es|ed|ing)|result(?:s|ed|ing)?\s+in|"
    r"giv(?:e|es|ing)\s+rise\s+to|gave\s+rise\s+to)\b[^.;]{0,60}?\b(?:mobilit|conduct|diffus|hopping|transport|"
    r"migrat|rotation|reorientation)", re.I)


def own_motion(tid: str, text: str, at: int, stop: int) -> bool:
    """Is the phrase at ``at``–``stop`` a mechanism of a solid electrolyte alone credited for its ions' motion ('facile
    anion reorientations … enhance cation mobility', 'due to the larger cell volume')? Said of a compound its passage
    studies by itself (no additive), it is that compound's own claim, with neither additive nor strategy."""
    if _application(tid) != APPLICATIONS["electrolyte"]:
        return False
    return _MOTION_AFTER.match(text, stop) is not None or any(
        CAUSE_GAP.fullmatch(text, m.end(), at) for m in CAUSE_CUE.finditer(text, 0, at)) or any(
        CAUSE_GAP.fullmatch(text, m.end(), at) for m in _EVIDENCE_OF.finditer(text, 0, at))


# 'the expansion of the cell is consistent with reorientational motion of the anions', 'NMR reveals fast anion
# reorientation', 'the data suggest orientational disorder': what an observation shows of the compound's own ions
# ('there is evidence of amorphous phases during decomposition' names no finding of the compound's ions)
# (said of a compound with no additive, as the cause cues above: English, not vocabulary)
_EVIDENCE_OF = re.compile(r"(?:\b(?:consistent|in\s+line|in\s+agreement)\s+with\b"
                          r"|\b(?:indicat|reveal)(?:e|es|ed|ing|s)?\b|\bsuggest(?:s|ed|ing)?\b)"
                          # ('reveal a 100-fold increase in the reorientational jump rate'): a rise of it
                          r"(?:\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:increase|rise|enhancement)\s+(?:in|of)\b)?", re.I)


_PURPOSE_BREAK = re.compile(r"[;:]|\.(?!\d)")     # (not the point of a number: 'Li(BH4)0.75I0.25')


_PURPOSE_OPENING = re.compile(r"\W*(?:in\s+order\s+)?to\s+[a-z]", re.I)


def purpose_end(text: str, at: int) -> int | None:
    """The comma closing the purpose clause a sentence opens with ('To minimise the interfacial resistance …, a thin
    Li3PO4 layer was inserted') where the phrase at ``at`` sits in it; else None."""
    comma = text.find(",", at)
    if _PURPOSE_OPENING.match(text) is None or comma < 0 or _PURPOSE_BREAK.search(text, at, comma):
        return None
    return comma


def purpose_actor(text: str, at: int, others: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The first material of the main clause after the purpose clause the phrase at ``at`` sits in; else None."""
    comma = purpose_end(text, at)
    return None if comma is None else next(((pos, f) for pos, f in others if pos > comma), None)


_BATTERY = frozenset({APPLICATIONS["electrolyte"], APPLICATIONS["anode"]})


def battery_mechanisms_only(found: list[tuple[str, int, int]], low: str) -> list[tuple[str, int, int]]:
    """``found`` without its mechanisms of hydrogen storage alone where the sentence also credits one of a battery
    alone and speaks of no hydrogen and no release or uptake ('the LiF formed in situ creates a conducting interface
    layer': the interface's conduction, not an in-situ catalytic phase, which 'formed in situ' also names)."""
    if "hydrogen" in low or says_kinetics(low) or not any(_application(t) in _BATTERY for t, _, _ in found):
        return found
    return [f for f in found if _application(f[0]) != APPLICATIONS["storage"]]


def co_conductor(additive: str, host: str | None) -> bool:
    """Is ``additive`` another salt of the host's own cation (LiNH2 or LiI beside LiBH4), which a confined electrolyte
    holds as part of the conducting phase (nanoconfined LiBH4–LiNH2): what confinement does is then the scaffold's?"""
    if not host or additive == host:
        return False
    metals = _metals(additive)
    return bool(metals) and metals == _metals(host) and not is_support(additive)


def anion_salt(additive: str, host: str | None, given: Iterable[str]) -> str:
    """A halogen credited as such ('Br', of 'Br− substitution') is the halide salt that brought it in: the one the
    passage gave (LiBr of 'LiBH4–LiBr'), else the salt of the host's alkali or alkaline-earth cation (LiBr for
    LiBH4, MgI2 for Mg(BH4)2), as the dev set names an anion substitution's additive; any other additive as it is."""
    if additive not in HALOGENS or not host:
        return additive
    for f in given:
        if additive in _elements(f) and f != additive and _elements(f) - {additive} <= _elements(host):
            return f
    return host_salt(additive, host) or additive


# 'a reduced reaction enthalpy of 63.8 kJ/mol was found', 'a high specific surface area of 980 m2/g':
# a phrase followed by its number names a measured quantity, not what caused a result — unless the
# sentence gives it as the cause ('attributed to the high surface area of 980 m2/g')
_VALUE_AFTER = re.compile(rf"\s+(?:of|=|:)\s+{hedged(APPROXIMATING, LIMITING, NEARLY)}?[−-]?\d")


_CAUSE_BEFORE = re.compile(r"(?=[abcdeglort])\b(?:attribut|ascrib|assign|due\s+to|owing\s+to|because|thanks\s+to|"
                           r"result\w*\s+(?:from|of)|arises?\s+from|originat|explain|caus|enabl|lead|led|give|gave)"
                           r"\w*", re.I)


# 'the interface regions were imaged by TEM', 'an amorphous phase was detected by XRD': what a technique is said to
# have imaged or detected is a structure seen, not a cause credited (English verbs of seeing, in the passive, then the
# technique the ontology knows; 'a catalytic effect was observed for CoB' is a finding, and a cause named before wins)
_SEEN_AFTER = re.compile(r"(?:\s+(?!(?:but|which|that)\b)[\w-]+){0,5}?\s+(?:was|were|is|are|being)\s+"
                         r"(?:clearly\s+|also\s+)?"
                         r"(?:imaged|observed|detected|seen|visible|identified|resolved)\s+(?:by|in|with|using|from)\s+"
                         r"(?:the\s+)?", re.I)


def only_seen(text: str, start: int, end: int) -> bool:
    """Is the phrase at ``start``–``end`` only what a technique imaged or detected, with no cause named before it?"""
    seen = _SEEN_AFTER.match(text, end)
    if seen is None or _CAUSE_BEFORE.search(text, 0, start):
        return False
    return any(a == seen.end() for a, _, _ in label_spans(text, ("Technique",)))


# 'forms a stable interface with the lithium metal electrode', 'the interface between the positive electrode and the
# electrolyte layer', 'at the electrode/electrolyte interface': an interface of the cell, between its electrode and
# its electrolyte — not one the electrolyte's additive forms with its host inside the composite
# (the preposition may end the label itself: 'interface between')
# (an interface 'to the cathode' that a coating or a passivating product makes is that material's, a claim)
_ELECTRODE_SIDE = re.compile(rf"\s*(?:layers?\s+)?(?:formed\s+|built\s+)?(?:(?:between|with)\s+)?"
                             rf"(?:the\s+|an?\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?{ELECTRODE_NOUN}\b", re.I)


_ELECTRODE_BEFORE = re.compile(rf"\b{ELECTRODE_NOUN}\s*(?:[/|–-]|\s)\s*(?:solid\s+)?electrolytes?\s+$", re.I)


_ELECTRODE_WORD = re.compile(rf"\b{ELECTRODE_NOUN}\b", re.I)


_INTERFACE = "InterfaceEffect"      # Mechanism: the family of what interfaces between phases do


def cell_interface(text: str, tid: str, start: int, end: int) -> bool:
    """Is the interface mechanism at ``start``–``end`` said of an electrode's interface with the electrolyte?"""
    vocab = vocabulary()
    if _INTERFACE not in vocab or tid not in vocab or not vocab.is_a(tid, _INTERFACE):
        return False
    # (the side may stand inside the label too: 'interface with the lithium anode provides conduction paths')
    return bool(_ELECTRODE_SIDE.match(text, end) or _ELECTRODE_BEFORE.search(text, max(0, start - 40), start)
                or _ELECTRODE_WORD.search(text, start, end))


# ('a band gap of 1.7 eV for amorphous films', 'released 4 wt% for the amorphized powder'): the phrase right after a
# value and 'for' names the form of the sample the value is given for, no cause
# (a number standing alone, then its unit: not the digit of a formula, 'Nb2O5 is responsible for the …')
_VALUE_FOR_BEFORE = re.compile(r"(?<![\w.−-])\d+(?:\.\d+)?(?:\s*[^\s\d,;:.()]+){0,2}\s+for\s+"
                               r"(?:the\s+|its\s+|an?\s+)?$")


def _measured(text: str, start: int, end: int) -> bool:
    """Does the phrase at ``start``–``end`` name a quantity the sentence measures (its value follows it, or it is
    listed among measured properties) or the form of the sample a value is given for (``_VALUE_FOR_BEFORE``) rather
    than a cause it credits?"""
    return (bool(_VALUE_AFTER.match(text, end)) or _listed_quantity(text, start, end)
            or _VALUE_FOR_BEFORE.search(text, max(0, start - 40), start) is not None) \
        and not _CAUSE_BEFORE.search(text, 0, start)


# what joins the items of a list ('crystallite size, lattice strain and particle size')
_ITEM_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


_ITEM_JOIN_BEFORE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$")


# a verb of examining: the sentence says what was measured, not what caused what
_EXAMINED = gated(re.compile(r"\b(?:evaluat|measur|determin|characteri[sz]|estimat|calculat|investigat|examin|"
                             r"analy[sz]|studied|stud(?:y|ies)\b|compar)", re.I))


def _listed_quantity(text: str, start: int, end: int) -> bool:
    """Is the phrase an item of a list of properties of the ontology (of two or more words each) in a sentence that
    examines them ('the effect of the additive on crystallite size, lattice strain and particle size was evaluated')?"""
    if not _EXAMINED.search(text):
        return False
    spans = [(a, b) for a, b, _ in label_spans(text, ("Property",)) if " " in text[a:b].strip()]
    after = _ITEM_JOIN.match(text, end)
    before = _ITEM_JOIN_BEFORE.search(text, max(0, start - 12), start)
    return any(after is not None and a == after.end() or before is not None and b == before.start()
               for a, b in spans)


# 'the reaction enthalpy was reduced only slightly', 'lowers the reaction enthalpy marginally', 'a slight reduction
# in the reaction enthalpy': a change the sentence calls slight is a measured outcome, no mechanism credited for it
# (degree words of English, read only in a sentence writing one: 'light' or 'margin' looked for first)
_SLIGHT_WORD = gated(re.compile(r"light|margin", re.I))


_SLIGHT_BEFORE = re.compile(r"\b(?:slight(?:ly)?|marginal(?:ly)?)\s+(?:[a-z][\w-]*\s+)?$", re.I)


_SLIGHT_AFTER = re.compile(r",?\s+(?:only\s+|very\s+)?(?:slightly|marginally)\b", re.I)


def _slight(text: str, start: int, end: int) -> bool:
    """Is the phrase at ``start``–``end`` a change the sentence calls slight (just before it, or right after)?"""
    return bool(_SLIGHT_WORD.search(text)) and bool(_SLIGHT_BEFORE.search(text, max(0, start - 30), start)
                                                     or _SLIGHT_AFTER.match(text, end))


# 'MgH2 nanoparticles with a high specific surface area were mixed with …': a phrase in a 'with a …' modifier of the
# sentence's subject, whose verb is a passive of making or using, describes the sample; it credits nothing
_SUBJECT_WITH = re.compile(r"\W*(?:[\w()–@/-]+\s+){1,5}?(?:with|having)\s+(?:a|an)\s+$", re.I)


# (not a verb that credits the phrase itself: 'were credited with', 'was found to', 'is believed to')
_PASSIVE_AFTER = re.compile(r"(?:\s+of\s+[^,;:.]{1,30}?)?\s+(?:was|were)\s+(?:\w+ly\s+)?"
                            r"(?!(?:credited|attributed|ascribed|found|shown|believed|considered|proposed|"
                            r"thought|expected|responsible)\b)[a-z]+(?:ed|en|wn|de|t)\b", re.I)


# 'the milled powder consisted of Mg2Ni and Ni phases with nanocrystalline and amorphous structures': the phases a
# sample is made of, told with the structure they have; the structure is described there, credited with nothing
_PHASES_WITH = re.compile(r"\b(?:consist\w*\s+of|composed\s+of|made\s+up\s+of|compris\w*)\s+[^,;:.]{1,80}?\s+with\s+"
                          r"(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+){0,2}$", re.I)


# a property that got worse: 'a limited reversibility', 'the poor dehydriding kinetics', 'a deteriorated cycling
# stability' (English words of loss before a word of performance)
# (the words: the ontology's LossWord scheme)
_LOSS = (rf"{vocabulary().scheme_alternation('LossWord', ('WorseningAdjective',))}\s+(?:[a-z]+\s+){{0,2}}?"
         rf"{vocabulary().scheme_alternation('LossWord', ('PerformanceNoun',))}\b")


# 'amorphous phases … are formed, leading to a limited reversibility': the phrase's own clause ends in the loss
_LOSS_AFTER = re.compile(rf"[^;:.]{{0,120}}?\b(?:lead(?:s|ing)?|led|result(?:s|ed|ing)?|giv(?:es|ing)\s+rise)\s+"
                         rf"(?:to|in)\s+(?:an?\s+|the\s+)?{_LOSS}", re.I)


# 'the poor dehydriding kinetics … were attributed to grain size effects': the loss credited to the phrase
_LOSS_BEFORE = re.compile(rf"\b{_LOSS}[^;:.]{{0,100}}\b(?:attributed|ascribed|due|owing|caused)\b[^;:.]{{0,40}}$", re.I)


def causes_a_loss(text: str, at: int, stop: int) -> bool:
    """Is the phrase at ``at``–``stop`` the cause of a loss the sentence reports (``_LOSS_AFTER``, ``_LOSS_BEFORE``)?
    A mechanism that makes a property worse is no improvement credited to an additive or strategy."""
    return _LOSS_AFTER.match(text, stop) is not None or _LOSS_BEFORE.search(text, max(0, at - 200), at) is not None


def phases_described(text: str, at: int) -> bool:
    """Is the phrase at ``at`` the structure of the phases a sample is said to consist of (``_PHASES_WITH``)?"""
    return _PHASES_WITH.search(text, max(0, at - 140), at) is not None


def describes_subject(text: str, at: int, stop: int) -> bool:
    """Is the phrase at ``at``–``stop`` a 'with a …' modifier of the sentence's subject, before a passive verb ('A
    porous carbon with a high specific surface area was used to host LiBH4')?"""
    return _SUBJECT_WITH.fullmatch(text, 0, at) is not None and _PASSIVE_AFTER.match(text, stop) is not None


# ('nucleation during desorption is of the site-saturated type', 'nucleation was the rate-controlling step'): what a
# fitted rate law says of a step of the reaction — which step limits the rate and how its sites form — is no
# mechanism an additive or a strategy brings
_RATE_STEP_AFTER = re.compile(r"(?:\s+(?:of|in|during|for|at)\s+[^,;:.]{1,50}?)?\s+(?:is|was|are|were|to\s+be)\s+"
                              r"(?:\w+ly\s+)?(?:the\s+)?(?:(?:of\s+(?:the\s+)?|an?\s+)?"
                              r"(?:site[- ]saturat\w*|instantaneous|continuous|constant[- ]rate)\b"
                              r"|rate[- ](?:limiting|controlling|determining))",
                              re.I)
_RATE_STEP_BEFORE = re.compile(r"\brate[- ](?:limiting|controlling|determining)\s+(?:step|process)\s+(?:is|was)\s+"
                               r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$", re.I)


def rate_step(text: str, at: int, stop: int) -> bool:
    """Is the phrase at ``at``–``stop`` a step of the reaction that a kinetic analysis says limits the rate or forms
    its sites in some way (``_RATE_STEP_AFTER``, ``_RATE_STEP_BEFORE``)?"""
    return _RATE_STEP_AFTER.match(text, stop) is not None or _RATE_STEP_BEFORE.search(text, max(0, at - 80), at) \
        is not None


# ('the passivation of the interface … is discussed in detail'): a phrase in the subject of a verb announcing what
# the paper discusses names a topic, no finding; one 'discussed on the basis of XPS results' is argued from evidence,
# and 'Ti weakens the Mg–H bond, as discussed below' keeps its claim (the verb belongs to a clause of its own)
_DISCUSSED_AFTER = re.compile(r"[^,;:.]{0,120}?\s(?<!\bas\s)(?<!\bwhich\s)(?:is|are)\s+"
                              r"(?:also\s+|further\s+|briefly\s+|then\s+|first\s+)?"
                              r"(?:discussed|reviewed|addressed|outlined|summari[sz]ed)\b"
                              r"(?!\s+(?:on\s+the\s+basis|in\s+(?:terms|light)|based\s+on))", re.I)


def topic_discussed(text: str, stop: int) -> bool:
    """Is the phrase ending at ``stop`` part of what the sentence says the paper discusses (``_DISCUSSED_AFTER``)?"""
    return _DISCUSSED_AFTER.match(text, stop) is not None


# ('The catalytic effect of Ni on MgH2, made by milling, is investigated here', 'we examined the catalytic role of
# Co in …'): a phrase that is the topic of a verb of study — the subject of its passive, which the sentence opens with,
# or the object of the authors' own active one — names what the work looks at, no finding ('The catalytic effect of
# Ni was confirmed by DSC', 'we found that Ni weakens the Mg–H bond' keep their claims)
_STUDY_VERB = r"(?:investigat|stud(?:y|ied|ies)\b|examin|explor|evaluat|assess)"


_STUDIED_SUBJECT = re.compile(r"\W*(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}$", re.I)


_STUDIED_AFTER = re.compile(rf"(?:[^;:.]|\.(?=\d)){{0,160}}?\s(?<!\bas\s)(?<!\bwhich\s)(?:is|are|was|were|has\s+been|"
                            rf"have\s+been)\s+(?:[a-z]+ly\s+|also\s+|here(?:in)?\s+|then\s+|first\s+)?{_STUDY_VERB}",
                            re.I)


_STUDIED_BY_US = re.compile(rf"\b(?:we|this\s+(?:work|study|paper|article|report))\s+(?:(?:[a-z]+ly|have|has|here|also|"
                            rf"first|further|then|now)\s+)*{_STUDY_VERB}\w*\s+(?:(?:the|how|whether)\s+)?"
                            rf"(?:[a-z][\w-]*\s+){{0,2}}$", re.I)


def topic_studied(text: str, at: int, stop: int) -> bool:
    """Is the phrase at ``at``–``stop`` what a verb of study says the work looks at (``_STUDIED_SUBJECT`` with
    ``_STUDIED_AFTER``, or ``_STUDIED_BY_US``)?"""
    return (_STUDIED_SUBJECT.fullmatch(text, 0, at) is not None and _STUDIED_AFTER.match(text, stop) is not None) \
        or _STUDIED_BY_US.search(text, max(0, at - 80), at) is not None


# ('The LiBH4–MgH2 destabilized system has attracted much attention …', '… has been extensively studied'): a
# sentence saying how much a topic has been studied gives the field's background, no finding of the paper
_BACKGROUND = gated(re.compile(r"\bha(?:s|ve)\s+(?:recently\s+|long\s+|also\s+)?(?:(?:attracted|drawn|received|gained)"
                               r"\s+(?:[a-z]+\s+){0,2}(?:attention|interest)|been\s+(?:widely|extensively|"
                               r"intensively|intensely)\s+(?:studied|investigated|explored))\b", re.I))


def background(text: str) -> bool:
    """Does the sentence say how much its topic has been studied (``_BACKGROUND``)?"""
    return _BACKGROUND.search(text) is not None


def without_denied(found: list[tuple[str, int, int]], text: str) -> list[tuple[str, int, int]]:
    """The phrases the sentence credits, without those it denies, hinders, negates, rules out, calls slight,
    measures, only sees, sets as a topic or a purpose, or names inside a kinetic model: none is a claim."""
    # (and a kinetic model the sentence fits, 'follows the nucleation and growth mechanism', names no
    # mechanism an additive brings: a phrase inside the model's name is no claim)
    denied = [m.span() for m in DENIED.finditer(text)] + kinetic_models(text)
    return [f for f in found if not any(a <= f[1] < b for a, b in denied)
            and not HINDERED.search(text, max(0, f[1] - 40), f[1])
            and not NEGATED.search(text, max(0, f[1] - 60), f[1])
            and not RULED_OUT.search(text, max(0, f[1] - 60), f[1])
            and not _slight(text, f[1], f[2])
            and not _measured(text, f[1], f[2])
            and not only_seen(text, f[1], f[2])
            and not cell_interface(text, *f)
            and not describes_subject(text, f[1], f[2])
            and not phases_described(text, f[1])
            and not causes_a_loss(text, f[1], f[2])
            and not rate_step(text, f[1], f[2])
            and not topic_discussed(text, f[2])
            and not topic_studied(text, f[1], f[2])
            and not background(text)
            and not STUDY_PURPOSE.search(text, max(0, f[1] - 60), f[1])]


def without_consequences(found: list, text: str) -> list:
    """The phrases without one naming the means or the consequence of another mechanism of the sentence: one
    mechanism, not two."""
    # ('the stabilization of the molten state … through nanoconfinement': a phrase naming the means by which
    # another mechanism of the sentence works is that mechanism's strategy, not a mechanism of its own)
    # ('stabilizes the dehydrogenated state and, thereby, destabilizes LiBH4': the destabilization of the
    # reactant said to follow from the stable product is what that product does, one mechanism, not two)
    found = without_said_of_mechanism(found, text)
    return [f for f in found if not (f[0] == DESTABILIZED and any(
        o[0] == STABLE_PRODUCT and THEREBY.fullmatch(text, o[2], f[1]) for o in found))]


def of_the_sentences_application(found: list, text: str, low: str) -> list:
    """The phrases as mechanisms of the application the sentence's properties serve: none of hydrogen storage alone
    in a sentence about a battery, and a broad one narrowed to its one mechanism of that application."""
    # ('MgH2 forms a solid electrolyte in situ …, the in situ formation of LiH with an ionic conductivity of …'): a
    # mechanism of hydrogen storage alone (its hkg:appliesTo) in a sentence whose properties serve a solid electrolyte
    # is no claim of it — the sentence is about a battery, where nothing catalyses hydrogen release (one that speaks of
    # hydrogen or of a hydrogen run, 'during the first hydrogenation', 'affinity toward hydrogen', still may)
    told = told_application(text) if any(_application(f[0]) == APPLICATIONS["storage"] for f in found) \
        and "hydrogen" not in low and not says_kinetics(low) else None
    # (a capacity may be a hydrogen store's or an anode's: only its unit, a charge, is a sign)
    if told == APPLICATIONS["electrolyte"] or told == APPLICATIONS["anode"] and ELECTRODE_CHARGE.search(text):
        found = [f for f in found if _application(f[0]) != APPLICATIONS["storage"]]
    found = battery_mechanisms_only(found, low)
    # ('a high Mg2+ conductivity … assigned to favorable interfaces between … and Al2O3 nanoparticles'): a broad
    # mechanism credited in a sentence whose properties serve one application is its one narrower mechanism of that
    # application (an interface effect on a conductivity is interfacial conduction)
    if told is None and any(_application(f[0]) is None for f in found):
        told = told_application(text)
    if told is not None:
        found = [(narrowed(f[0], told), f[1], f[2]) for f in found]
    return found


def without_outcomes_of_means(found: list, text: str) -> list:
    """The phrases without a means ('by confinement') whose outcome the sentence credits too: the ontology's
    hkg:includesOutcome, the confinement effect stabilising the confined phase, is one claim."""
    return [f for f in found if not (BY_MEANS.match(text, f[1]) and f[0] in vocabulary() and any(
        o[0] in vocabulary().get(f[0]).outcomes for o in found))]
