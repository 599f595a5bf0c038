"""Shares and loadings a sentence states apart from a sample's notation: after it ('the MgH2–TiO2 composite containing
10 wt% TiO2', 'The Nb2O5 content was 3 mol%'), as a fraction of a part ('when the volume fraction of ZrO2 is 38%'),
in equal moles ('an equimolar LiBH4–LiI mixture'), as the best of those tried ('the optimum was 5 wt%'), before a
participle ('the 3 mol% VCl3-doped sample'), or after a sample noun ('a composite with 0.05 mol of NaH and CsH').
Each is put on the additive of the sample it is of. Apart because these read a share after the sample is built, and
change only its amounts.
"""
from __future__ import annotations

import re

from ingest.extraction.text.amounts import AMOUNT_GROUPS, amount_text
from ingest.extraction.text.copula import BE
from ingest.extraction.text.hedge_words import APPROXIMATING, LIMITING, hedged
from ingest.extraction.text.nlp import Mention, system_of
from ingest.extraction.text.preparation_words import MODIFIED
from ingest.extraction.text.sample_words import BEST_SHARE, BEST_WORDS, HEDGE_BEFORE_SHARE, SAMPLE_NOUNS, SHARE_NOUN
from ingest.extraction.text.samples_words import _AMOUNT
from ontology.models import MaterialSystem
from ontology.system import host_formula
from ontology.units import SHARE_KIND_WORDS
from ontology.word_gate import gated

from .ratios import EQUIMOLAR, EQUIMOLAR_WORD
from .samples_additives import additive
from .samples_systems import _amount, _with, has_hydrogen, loading_before, without

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


def loaded_sample(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention],
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
                or not (has_hydrogen(s) or additive(m, s) is not None and has_hydrogen(context)):
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


def amounts_stated_after(text: str, found: list[tuple[Mention, MaterialSystem]]) -> list[tuple[Mention, MaterialSystem]]:
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


_ITS_SHARE = re.compile(rf"\s+{SHARE_NOUN}\s+(?:(?:in|of)\s+(?:the|this|each)\s+[a-z]+\s+)?"
                        rf"(?:was|is|were|are|of|amounted\s+to)\s+{hedged(APPROXIMATING)}?{AMOUNT_GROUPS}", re.I)


# "when the volume fraction of ZrO2 is approximately 38%", "the weight fraction of SiO2 was 20 %": a share of one
# part said in a clause of its own, its kind (volume, weight, molar) on the share noun before the part
_FRACTION_BEFORE = re.compile(rf"\b(?P<unit>{'|'.join(SHARE_KIND_WORDS)})\s+{SHARE_NOUN}\s+of\s+(?:the\s+)?$", re.I)


_FRACTION_AFTER = re.compile(rf"(?:\s+in\s+(?:the|this|each)\s+[a-z]+)?\s+{BE}\s+{hedged(APPROXIMATING)}?"
                             r"(?P<value>\d+(?:\.\d+)?)\s*%")


def fraction_said_of(text: str, found: list[tuple[Mention, MaterialSystem]], context: MaterialSystem | None = None
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


def share_of_its_additive(text: str, found: list[tuple[Mention, MaterialSystem]], context: MaterialSystem
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


def equimolar_named(text: str, found: list[tuple[Mention, MaterialSystem]]) -> list[tuple[Mention, MaterialSystem]]:
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
    return _with(without(system, {formula}), [("–", f"{amount}{formula}" if ratio else formula,
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
    return _with(without(system, {formula}), [("–", formula, share)], set())
