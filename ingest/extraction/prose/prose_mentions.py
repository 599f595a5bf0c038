"""What a material mention is in its sentence when it is not the sample a value is on: a product, a reagent, a phase a
measurement finds, a reference set against the value, a class word ('oxides'); whether a material stores hydrogen;
whether the sentence turns to another study than its own.
"""
from __future__ import annotations

import re
from typing import Any

from ingest.extraction.samples.cells import reference_electrodes_blanked
from ingest.extraction.samples.material_cues import (
    ADDITIVE_CUE,
    FOUND_AFTER,
    FOUND_CUE,
    PHASES_AFTER_STEP,
    PHASES_NAMED,
    additive_after,
    compared_before,
    formed_after,
    may_cue_additive,
    product_cue_before,
)
from ingest.extraction.samples.samples_systems import has_hydrogen as _has_hydrogen
from ingest.extraction.text.amounts import AMOUNT
from ingest.extraction.text.comparison_words import THAT_OF, comparison
from ingest.extraction.text.copula import BE
from ingest.extraction.text.lacking import LACKING_AFTER, SET_APART_AFTER
from ingest.extraction.text.nlp import Mention
from ingest.extraction.text.sample_words import SAMPLE_NOUNS
from ontology.elements import NONMETALS
from ontology.hosts import named_by_designation, stored_as
from ontology.models import MaterialSystem
from ontology.system import alloy_without_formula, host_formula, written_elements
from ontology.text_memo import per_document
from ontology.vocabulary import vocabulary
from ontology.word_gate import gated

from .prose_words import NAMED_BARE, SET_APART_BEFORE, THAN_BETWEEN

# (the baseline words: the ontology's BaselineWord scheme, its narrow ComparedBaseline; the rest comparison English)
_COMPARED = comparison(rf"{THAT_OF}?\s*$", more=(*vocabulary().scheme_words("BaselineWord", "ComparedBaseline"),
                                                "just like", "like the effect of"))


@per_document(maxsize=4096)   # (several rules ask this of one mention: searched once)
def compared_just_before(text: str, start: int) -> bool:
    """Do the 25 characters before ``start``, read on their own, end in a comparison's words (``_COMPARED``)?"""
    return _COMPARED.search(text[max(0, start - 25):start]) is not None


# Starting materials of a preparation ("by ball milling LiBH4 with MnCl2", "a mixture of LiH and
# MgCl2", "reaction between C4H9Li and B2H6", "synthesized Mg nanocrystals using potassium") are not
# what the values describe — unless the text says they stay as a catalyst or additive (``_reagent``).
_REAGENT_CUE = gated(re.compile(r"\b(?:by (?:\w+ )?(?:milling|mixing|grinding|reacting)|mixture of|between|precursors? of|(?:react|conver)\w*\s+(?:(?:of|between)\s+(?:the\s+)?\S+\s+)?with)\s+(?:the |a |an )?(?:\S+\s+(?:and|with)\s+)?$", re.I))


# "made using potassium" names a reagent; "a battery using X as the electrolyte" names X's role.
_USING_CUE = gated(re.compile(r"\busing\s+(?:the |a |an )?$", re.I))


_AS_ROLE = re.compile(r"^\s*(?:\S+\s+)?as\b", re.I)


def compared_between(text: str, start: int, end: int) -> bool:
    """A comparison ('than', 'compared with', 'vs.') between ``start`` and ``end``; the 'vs.' of a potential's
    reference electrode ('(3.9 V vs. Na+/Na) of Na2B12H12–SiO2') compares nothing."""
    return THAN_BETWEEN.search(text, start, end) is not None \
        and THAN_BETWEEN.search(reference_electrodes_blanked(text, start, end), start, end) is not None


def names_class(system: MaterialSystem) -> bool:
    """'MXene', 'oxides': a class of materials, no additive of a sample."""
    vocab = vocabulary()
    return any(c.term and vocab.children(c.term) for c in system.components)


def terms(ms: list[Mention], kind: str) -> list[str]:
    return list(dict.fromkeys(m.term for m in ms if m.kind == kind and m.term))


def terms_of_kinds(ms: list[Mention], kinds: tuple[str, ...]) -> list[list[str]]:
    """``terms`` of each of ``kinds``, in one reading of the mentions."""
    found: dict[str, dict[str, None]] = {k: {} for k in kinds}
    for m in ms:
        if m.term and m.kind in found:
            found[m.kind][m.term] = None
    return [list(found[k]) for k in kinds]


def on_its_own(text: str, m: Mention) -> bool:
    """A phase named as a sample of its own ("pure Mg2NiH4 made separately", "Mg2NiH4 alone"), not as the
    phase inside the paragraph's sample."""
    return bool(NAMED_BARE.search(text, max(0, m.start - 30), m.start) or LACKING_AFTER.match(text, m.end))


# "Zhang et al. …", "In another work …": a sentence that reports another study names its own sample
# ((?=[…]): the first letters of the alternatives, which lets a search pass other positions at once)
_NEW_STUDY = re.compile(r"(?=e)\bet\s+al\b|(?=[ia])\b(?:in\s+)?(?:another|a\s+(?:later|separate|different))\s+(?:study|work|report)\b",
                        re.I)


@per_document(maxsize=16)   # (asked up to four times of one sentence)
def new_study(text: str) -> bool:
    return bool(_NEW_STUDY.search(text))


# "reported previously", "previously reported", "in our earlier work", "in the literature": a sample of an earlier
# study, named to compare with; the sentence names no sample of this study for later ones to take up
_EARLIER_WORK = re.compile(r"(?=[rdspe])\b(?:reported|described|studied|published)\s+(?:previously|earlier|before|elsewhere)\b|"
                           r"(?=[pe])\b(?:previously|earlier)[- ](?:reported|described|studied|published)\b|"
                           r"(?=[ioft])\b(?:in|of|from|than)\s+(?:(?:our|the|an?)\s+)?(?:previous|prior|earlier|former)\s+"
                           r"(?:works?|reports?|stud(?:y|ies)|literature|papers?)\b|(?=i)\bin\s+the\s+literature\b", re.I)


_EARLIER_WORDS = ("previous", "earlier", "prior", "former", "literature", "before", "elsewhere")


def earlier_work(text: str) -> bool:
    lower = text.lower()
    return any(w in lower for w in _EARLIER_WORDS) and bool(_EARLIER_WORK.search(text))


def set_apart(text: str, m: Mention, baselines: set[int]) -> bool:
    """A mention the sentence sets apart as a reference: a baseline ('pristine MgH2'), the object of a
    comparison ('compared to MgH2'), or a host followed by what it lacks ('MgH2 without any oxide')."""
    return m.start in baselines or set_against(text, m) or bool(SET_APART_AFTER.match(text, m.end))


def set_against(text: str, m: Any) -> bool:
    """The mention sits in a clause set against the value ("…, while that of MgH2 milled without any
    oxide …"): it names the reference, not the paragraph's sample."""
    return bool(SET_APART_BEFORE.search(text[max(0, m.start - 30):m.start]))


# "the sorption of Mg in the Mg–Ni system": a part of the system named next, not the sample
_PART_OF_AFTER = re.compile(r"\s+in\s+the\s+\S+\s+(?:system|alloy|composite)s?\b")


def phase_found(text: str, m: Mention) -> bool:
    """A material named in a list of phases that a measurement finds or a step leaves ('only Mg6Pd and Mg5Pd2 phases
    were identified in the film'): what the sample holds, not the sample a value of the sentence is of."""
    listed = PHASES_NAMED.match(text, m.end) if "phases" in text[m.end:m.end + 80] else None
    return listed is not None and bool(FOUND_AFTER.match(text, listed.end()) or _LEFT_AFTER.match(text, listed.end()))


# "… phases remained / were left / were retained": the phases a step leaves in the sample
_LEFT_AFTER = re.compile(rf"\s+(?:(?:only\s+)?(?:remain(?:s|ed)?|{BE}\s+(?:left|retained)))\b", re.I)


@per_document(maxsize=256)   # (asked for each mention by several of a sentence's rules)
def incidental(text: str, m: Mention) -> bool:
    """A mention that is not what the text goes on about: a product, a phase found in the sample, an
    additive, a comparison."""
    left = text[max(0, m.start - 40):m.start]
    return bool(product_cue_before(text, m.start) or may_cue_additive(text) and ADDITIVE_CUE.search(left) or _reagent(text, m)
                or formed_after(text, m.end) or _PART_OF_AFTER.match(text, m.end)
                or FOUND_CUE.search(left) or FOUND_AFTER.match(text, m.end)
                or PHASES_AFTER_STEP.search(text, max(0, m.start - 80), m.start)
                or "phases" in text[m.end:m.end + 80] and PHASES_NAMED.match(text, m.end)
                or additive_after(text, m.end) or compared_just_before(text, m.start)
                or compared_before(text, m.start))


# "by mixing 3LiBH4–LiI with 30 vol% SiO2": a host given an additive by amount is the composite made,
# not a reagent of a reaction (reagents of a metathesis are given in molar ratios)
_WITH_AMOUNT = re.compile(rf"\s+(?:with|and)\s+{AMOUNT}")


@per_document(maxsize=256)   # (asked by incidental and by the sample rules for the same mentions)
def _reagent(text: str, m: Mention) -> bool:
    """A starting material of a preparation, not one said to stay as catalyst or additive."""
    left, right = text[max(0, m.start - 40):m.start], text[m.end:m.end + 30]
    return bool(_REAGENT_CUE.search(left) and not additive_after(text, m.end) and not _WITH_AMOUNT.match(right)
                or _USING_CUE.search(left) and not _AS_ROLE.match(right))


def has_hydrogen_or_storing(system: MaterialSystem) -> bool:
    """A hydride, or a metal written for its hydride ('Mg nanowires' are MgH2's), or an alloy named without a
    formula ('nanocrystalline MmNi5')."""
    return _has_hydrogen(system) or host_formula(system) != system.host.formula \
        or alloy_without_formula(system.host.formula) is not None


# "Mg nanowires", "the Mg2Ni alloy", "Mg thin films": a metal named as a material made, not as an element or
# an ion ("the NH2 groups interact with Mg and H", "Mg2+ diffusion")
_MADE_AS = re.compile(rf"(?:\s+[a-z][\w-]*)?\s+(?:{SAMPLE_NOUNS}|alloys?|\w*particles|\w*crystals|\w*crystallites|"
                      r"nano\w+|\w*wires|\w*layers?)\b", re.I)


def named_as_sample(text: str, m: Mention, system: MaterialSystem) -> bool:
    """A hydride, an alloy written by its composition ('Mg2Ni'), or a metal named as a material made."""
    if _has_hydrogen(system) or _MADE_AS.match(text, m.end):
        return True
    # ('AZ91 was extruded': a Mg alloy the ontology names by its designation is a material made)
    return len(_host_elements(system)) > 1 or named_by_designation(system.host.formula)


def _host_elements(system: MaterialSystem) -> tuple[str, ...]:
    return written_elements(system.host.formula)


def stores_hydrogen(system: MaterialSystem) -> bool:
    """A hydride, or a metal or alloy the ontology holds a storage hydride of (Mg for MgH2, Mg2Ni for
    Mg2NiH4), or an alloy written by its composition with such a metal in it ('Mg90Ni10', 'Mg2Ni0.9Co0.1':
    its own host; or a Mg alloy the ontology names by its designation, 'AZ91') — not a metal whose hydride is a
    reactant or catalyst (Li for LiH, Ti for TiH2: 'Li-ion')."""
    host = system.host
    if _has_hydrogen(system) or stored_as(host.term or host.formula, host.formula) != (host.term or host.formula) \
            or named_by_designation(host.formula):
        return True
    elements = _host_elements(system)
    return len(elements) > 1 and not NONMETALS.intersection(elements) and any(stored_as(e, e) != e for e in elements)
