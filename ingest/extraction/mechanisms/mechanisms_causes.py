"""Mechanisms a sentence credits without naming one: a family phrase that stands for the part a material plays ('acts
as a catalyst', 'the catalytic effect of NbF5'), a strategy credited as the cause ('can be attributed to the
nanoconfinement'), two strategies framed together ('the synergy of …'), and a result credited to an additive's being
there ('owing to the presence of NbF5') with the mechanism its strategy stands for. Apart because these find a claim
where ``mechanisms_phrases`` finds no label.
"""
from __future__ import annotations

import re

from ingest.extraction.text.challenges import label_spans
from ingest.extraction.text.comparison_words import CLAUSE_CONJUNCTION
from ingest.extraction.text.copula import BE
from ingest.extraction.text.mechanisms_words import (
    BEING_THERE_NOUN,
    CATALYSIS,
    CATALYTIC,
    CAUSE_CUE,
    CAUSE_GAP,
    FOUND_FOR,
    IN_CLAUSE,
    NANOCONFINEMENT,
    POINTS_BACK,
)
from ontology.text_memo import per_document
from ontology.vocabulary import vocabulary

from .mechanisms_additives import modifier
from .mechanisms_materials import is_support, same_host
from .mechanisms_phrases import find_mechanisms

# A family phrase ('a catalytic effect', 'synergetic effects') is a claim where the sentence credits a
# material with it: "X exhibited a catalytic effect", "X plays a catalytic role", "X and Y provide
# synergetic effects", "the catalytic activity of X" (English frames, not vocabulary)
# (and where it names the family as what brings an improvement about, or what one is owed to: "X led to
# superior catalytic effects", "the gain is attributed to the synergistic effect", "due to the catalytic
# action of (Ni–TiO2)@rGO")
_CREDITING_VERB = re.compile(r"(?:\b(?:exhibit|show|display|ha[sd]|have|play|exert|possess|provid|present|demonstrat|"
                             r"offer|bring)\w*|\baccount(?:s|ed|ing)?\s+for|\bresponsible\s+for|\b(?:lead|leads|led|contribut\w*|(?:attribut|ascrib)\w*(?:\s+[^\s,;:.]+){0,6}?|due|owing|"
                             r"thanks)\s+to"
                             r"|\bresult(?:s|ed|ing)?\s+in|\bg[ai]ves?\s+rise\s+to|\bbecause\s+of"
                             # ('a combined result of several phenomena such as the catalytic action of the carbon')
                             r"|\bresults?\s+of(?:(?:\s+[a-z]+){1,3}\s+(?:such\s+as|including))?"
                             r"|\b(?:aris|originat|stem)\w*\s+from)"
                             # ('has little influence on hydrogen diffusion but a strong catalytic effect on …'): an
                             # effect the verb denies or calls weak, coordinated before the one it credits
                             r"(?:\s+(?:(?:a|an|the|little|no|only)\s+)?(?:[a-z]+\s+){0,2}(?:influence|effect|impact)"
                             r"(?:\s+on(?:\s+[\w-]+){1,4}?)?\s*,?\s+(?:but|and|yet)(?:\s+also)?)?"
                             r"\s+(?:(?:a|an|the|its|their|good|excellent|strong|significant|remarkable|"
                             r"obvious|superior|notable|positive|important|key|crucial|dual|great|evident|clear|high|higher|efficient|"
                             r"effective|better)\s+){0,3}$"
                             # ('which in situ created multivalent catalytic surroundings'): a phase made
                             # in situ that is the family's, after up to three words that describe it
                             r"|\bin[\s-]situ\s+(?:creat|generat|produc|form)\w*\s+(?:[a-z][\w-]*\s+){0,3}$",
                             re.I)


# ('the synergistic effect between Ni and MgH2', '… between the MgH2 and MXene matrix': materials acting together)
_FAMILY_BETWEEN = re.compile(r"\s+between\s+(?:the\s+)?\(?[A-Z]")


# ('the catalyzing effect of in situ synthesized MgF2': 'in situ' before the participle and its material)
_FAMILY_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:in[\s-]situ\s+)?(?:[a-z][\w-]*\s+){0,2}?\(?[A-Z]")


# ('The catalytic effect is attributed to in situ formed TiH2', '… can be ascribed to the Nb species', 'The catalytic
# activity originates from Mg2Ni'): the phrase as the subject of a cause whose material is named right after its cue
_FAMILY_CREDITED_TO = re.compile(r"(?:\s+(?:is|are|was|were|(?:can|could|may|might|should)(?:\s+be)?)(?:\s+[a-z]+ly)?)?"
                                 r"\s+(?:(?:attribut|ascrib)\w*\s+to|credited\s+to|(?:aris|originat|stem|deriv|result)\w*"
                                 r"\s+from)\s+(?:the\s+)?(?:in[\s-]situ\s+)?(?:[a-z][\w-]*\s+){0,2}?\(?[A-Z]")


# ('… and to a kinetic destabilization by addition of TiCl3', 'the catalytic effect brought by doping with Nb2O5'): the
# phrase said of the agent that follows it, the additive the sentence adds
_FAMILY_BY = re.compile(r"\s+(?:(?:brought|exerted|provided)\s+)?by\s+(?:the\s+)?(?:(?:addition|adding|introduction|"
                        r"introducing|doping)\s+(?:of\s+|with\s+)?)?(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?\(?[A-Z]")


def _credited_families(text: str) -> list[tuple[str, int, int]]:
    """The family phrases of ``text`` that the sentence credits a material with (see above)."""
    return [(tid, a, b) for tid, a, b in find_mechanisms(text, families=True)
            if _CREDITING_VERB.search(text, max(0, a - 110), a) or _FAMILY_OF.match(text, b)
            or _FAMILY_BETWEEN.match(text, b) or _FAMILY_CREDITED_TO.match(text, b) or FOUND_FOR.match(text, b)
            or _FAMILY_BY.match(text, b)
            or _COPULA.search(text, max(0, a - 30), a) and _SUBJECT_MATERIAL.search(text, max(0, a - 90), a)
            or _acts_as(text, a)
            or (_FINITE_VERB.match(text, a) or _VERB_LABEL.match(text, a))
            and (_SUBJECT_MATERIAL.search(text, max(0, a - 60), a)
                 or _RELATIVE_SUBJECT.search(text, max(0, a - 80), a))]


# ('…, and the hydrogen release effect at the interface between the hydride and the oxide plays an efficient catalytic
# role'): a particular mechanism that is the subject of its clause, and the family said of it by the clause's verb
_CLAUSE_OPENING = re.compile(rf"(?:^|[,;:]\s*(?:{CLAUSE_CONJUNCTION}\s+)?)\W*"
                             r"(?:(?:the|this|these|such|its|their|an?)\s+)?(?:[a-z][\w-]*\s+){0,3}$", re.I)


def family_of_mechanism(text: str, family: tuple[str, int, int], found) -> bool:
    """The family phrase is what the sentence says of a particular mechanism it names as its clause's subject, not a
    mechanism of its own: the interface effect 'plays a catalytic role', no second claim."""
    return any(b <= family[1] and _CLAUSE_OPENING.search(text, max(0, a - 60), a)
               and IN_CLAUSE.fullmatch(text, b, family[1]) and _CREDITING_VERB.search(text, max(0, family[1] - 60),
                                                                                     family[1])
               for _, a, b in found)


# what a subject is said to be or do in a few words: 'serve as', 'act as', 'are', 'provide'
_SAID_OF_SUBJECT = re.compile(r"\s+(?:[a-z]+\s+){0,2}", re.I)


def without_said_of_mechanism(found: list, text: str) -> list:
    """``found`` without a catalytic phrase that says what another phrase of the sentence, its clause's subject and
    no catalyst's work, is or does ('grain boundaries serve as fast diffusion paths': one mechanism, the grain
    boundaries', not a catalyst's channel effect). (A catalytic subject keeps what it is said to do: 'TiB2 formed in
    situ acts as nucleation sites' is both the phase and the nucleation.)"""
    vocab = vocabulary()

    def catalytic(tid: str) -> bool:
        return CATALYTIC in vocab and tid in vocab and vocab.is_a(tid, CATALYTIC)

    return [f for f in found if not (catalytic(f[0]) and any(
        o[2] <= f[1] and not catalytic(o[0]) and _CLAUSE_OPENING.search(text, max(0, o[1] - 60), o[1])
        and _SAID_OF_SUBJECT.fullmatch(text, o[2], f[1]) for o in found))]


def _acts_as(text: str, a: int) -> bool:
    """The family phrase at ``a`` is the part a material plays, after an acting verb and 'as' whose subject is that
    material or a 'which' after it ('TiB2, which acts as the active site')."""
    acting = _ACTING_AS.search(text, max(0, a - 40), a)
    return acting is not None and bool(_SUBJECT_MATERIAL.search(text, max(0, acting.start() - 60), acting.start())
                                       or _RELATIVE_SUBJECT.search(text, max(0, acting.start() - 80), acting.start()))


# a family phrase written as a finite verb after a material in its clause ('Fe catalyzes hydrogen desorption',
# 'TiB2 formed during milling catalyses the decomposition'): the verb itself credits its subject
# (an adverb may open the label: 'TiCl3 kinetically destabilizes LiAlH4')
_FINITE_VERB = re.compile(r"(?:[a-z]+ly\s+)?[a-z]+(?:es|ed)\b")


# (with a decimal subscript: 'the in situ formed CeH2.73 acts as …')
# (a size prefix joined to it is no word of its own: 'such nano-TiB2 could serve as …')
_SUBJECT_MATERIAL = re.compile(r"(?:(?<![\w-])|(?<=\bnano-))[A-Z][a-z]?\d*(?:\.\d+)?(?:[A-Z(][\w()]*(?:\.\d+[\w()]*)*)?"
                               r"(?:\s+[^\s,;:]+){0,5}\s+$")


# a family phrase that is itself a verb of the ontology's ('act as catalysts', 'serve as catalyst', 'catalyse hydrogen
# desorption': PreparationVerb's ActingVerb, EffectVerb's ImprovingStem), whatever its ending: plural subjects
# ('Mg2Ni and TiH2 act as catalysts')
_VERB_LABEL = re.compile(rf"(?:[a-z]+ly\s+)?(?:{vocabulary().scheme_alternation('PreparationVerb', ('ActingVerb',))}\s|"
                         rf"{vocabulary().scheme_alternation('EffectVerb', ('ImprovingStem',))})", re.I)


# ('The NbH formed from Nb2O5 during milling is the active catalyst'): a material said to be what the phrase names
# ('TiB2, which acts as the active site'): the part an additive plays, a family phrase after the verb and 'as'
_ACTING_AS = re.compile(rf"\b{vocabulary().scheme_alternation('PreparationVerb', ('ActingVerb',))}\s+as\s+"
                        r"(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+){0,2}$", re.I)


_COPULA = re.compile(rf"\b{BE}\s+(?:the|an?)\s+(?:(?:real|true|actual|main|key|primary)\s+)?$", re.I)


# ('… to form NbH and MgF2, which catalyse …'): a relative pronoun after a material of the sentence is its subject
_RELATIVE_SUBJECT = re.compile(r"(?<![\w-])[A-Z][a-z]?\d*(?:[A-Z(][\w().]*)?(?:\s+[^\s,;:]+){0,5}\s*,\s*"
                               r"(?:which|that)\s+(?:[a-z]+ly\s+)?(?:also\s+)?$")


_CAUSE_END = re.compile(r"[.;:]|,\s*(?:which|while|whereas|and\s+the)\b")


@per_document(maxsize=1024)
def cause_strategies(text: str) -> frozenset[str]:
    """The strategies a sentence credits as the cause itself, right after its cue ('can be attributed to the
    core-shell structure, which …', 'owing to the nanoconfinement'): the design credited, not one the sentence
    says its credited catalyst sits in."""
    cue = CAUSE_CUE.search(text)
    if cue is None:
        return frozenset()
    end = _CAUSE_END.search(text, cue.end())
    clause = text[cue.end():end.start() if end else len(text)]
    base = cue.end() + len(clause) - len(clause.lstrip())
    out, at = set(), cue.end()
    for a, b, tid in label_spans(clause.strip(), ("Strategy",)):
        if not CAUSE_GAP.fullmatch(text, at, base + a):
            break
        at = base + b
        out.add(tid)
    # (one credited beside another cause, 'the synergistic effects of nanoconfinement and the Ni active sites',
    # shares the credit: the other cause keeps its own strategy)
    return frozenset(out) if out and not _BESIDE.match(text, at) else frozenset()


def without_joint_frame(found: list, credited: list, text: str) -> list:
    """``found`` without the phrase framing two or more strategies credited together ('attributed to the synergy
    between the catalysis of Ni and the confinement by the carbon'): the synergy is the strategies' joint work, each
    credited to its own actor, not a catalytic effect of its own crediting one of them."""
    if len(credited) < 2:
        return found
    cue = CAUSE_CUE.search(text)
    first = min(a for _, a, _ in credited)
    return [f for f in found if not (cue is not None and cue.end() <= f[1] and f[2] <= first)]


_BESIDE = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as|together\s+with|along\s+with|plus)\b", re.I)


def credited_strategies(text: str) -> list[tuple[str, int, int]]:
    """(mechanism, start, end) of each strategy a sentence credits as a cause, as the mechanism the strategy
    stands for (the ontology's hkg:effectMechanism: nanoconfinement the confinement effect, catalysis the
    catalytic effect); a strategy named as what was done ('modified by nanoconfinement') credits nothing."""
    cue = CAUSE_CUE.search(text)
    if cue is None:
        return []
    end = _CAUSE_END.search(text, cue.end())
    stop = end.start() if end else len(text)
    vocab = vocabulary()
    out: list[tuple[str, int, int]] = []
    at = cue.end()
    clause = text[cue.end():stop]
    base = cue.end() + len(clause) - len(clause.lstrip())    # (the look-up's offsets are the stripped clause's)
    for a, b, tid in label_spans(clause.strip(), ("Strategy",)):
        if not CAUSE_GAP.fullmatch(text, at, base + a):
            break
        at = base + b
        mechanism = next((vocab.get(t).effect_mechanism for t in (tid, *vocab.ancestors(tid))
                          if vocab.get(t).effect_mechanism), None)
        if mechanism and mechanism in vocab and not any(m == mechanism for m, _, _ in out):
            out.append((mechanism, base + a, base + b))
    return out


# a result credited to an additive being there, right after the cue ('ascribed to the presence of CeF3', 'owing to
# the addition of the catalyst', 'attributed mainly to the introduction of NbF5'): the noun of its being there
_PRESENCE_CREDITED = re.compile(rf"\s*(?:(?:the|mainly|largely|partly|primarily|mostly|both)\s+)*"
                                rf"({BEING_THERE_NOUN})(?=\s+of\s)", re.I)


def presence_credited(text: str) -> list[tuple[str, int, int]]:
    """(mechanism, start, end) of a result a sentence credits to an additive's being there, naming no mechanism
    ('The faster release is owing to the presence of NbF5'): the mechanism catalysis stands for (its
    hkg:effectMechanism), at the noun, so that the material after it is the actor (``OF_AFTER``). Which additive
    that is, and whether it is one the passage added, the claim's reading decides (``presence_actor``)."""
    cue = CAUSE_CUE.search(text)
    noun = _PRESENCE_CREDITED.match(text, cue.end()) if cue is not None else None
    vocab = vocabulary()
    effect = vocab.get(CATALYSIS).effect_mechanism if noun is not None and CATALYSIS in vocab else None
    return [(effect, noun.start(1), noun.end(1))] if effect and effect in vocab else []


_PRESENCE_OBJECT = re.compile(r"\s+of\s+((?:the\s+)?(?:[a-z][\w-]*\s+)?)")


def presence_actor(text: str, stop: int, mentions, passage: list[str], sample: list[str],
                    host: str | None) -> str | None:
    """The additive a presence attribution credits (``presence_credited``): one the passage added, named right
    after the noun ('the presence of NbF5'), or the sample's, pointed back to there ('the addition of the catalyst');
    None for anything else ('due to the presence of a passivating MgO layer' credits no additive of the sample)."""
    obj = _PRESENCE_OBJECT.match(text, stop)
    if obj is None:
        return None
    named = [f for pos, f, _ in mentions if stop < pos <= obj.end()]
    if named:
        # (the host's own bonds or phases, 'owing to the presence of strong Mg–H bonds', are no additive)
        return named[0] if named[0] in passage and not same_host(named[0], host) else None
    return modifier(sample, [], host) if sample and POINTS_BACK.match(text, obj.start(1)) else None


def presence_effect(actor: str) -> str | None:
    """The mechanism an additive's being there stands for: the confinement effect of a support, else the catalytic
    effect (the ontology's hkg:effectMechanism of nanoconfinement and of catalysis)."""
    vocab = vocabulary()
    strategy = NANOCONFINEMENT if is_support(actor) else CATALYSIS
    return vocab.get(strategy).effect_mechanism if strategy in vocab else None


def credited_by_cause(text: str) -> tuple[list, list]:
    """The strategies a cause cue credits, else an additive's presence it credits (with those presence phrases
    alone): both readings need the cue, looked for once."""
    caused = CAUSE_CUE.search(text) is not None
    credited = credited_strategies(text) if caused else []
    presence = presence_credited(text) if caused and not credited else []
    credited += presence
    return credited, presence
