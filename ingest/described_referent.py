"""The sample a demonstrative phrase means when the sentence before described a feature of its materials.

"It was found that Fe/Mn interfaces speed up electron transfer. At 250 °C, such an interface lets the sample release
5.8 wt% …": 'such an interface' (or 'this interface', 'these heterojunctions', 'the interface') is the feature the
sentence before named of the metals Fe and Mn, so the value belongs to the sample whose additive holds those metals,
not to whatever sample the paragraph named last (another study's, often). The additive is the material the
paragraph names with all those elements (a mixed oxide, 'Fe2MnO4', often named only in the sentence after); where
the paragraph names none, the metals themselves.

English here is only how a feature is pointed back to ('such a', 'this'); the noun is whatever noun the sentence
before put after the elements, so no list of features is kept.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ontology.elements import formula_symbols
from ontology.formula import is_element_symbol
from ontology.models import MaterialSystem
from ontology.system import host_formula

from .nlp import SYSTEM_LABEL, Mention, system_of
from .samples import bare_sample, plus_additive

# "Nb/V interfaces", "Fe–Mn boundaries", "Ni-Co heterojunction": two or more element symbols joined by a slash or
# dash, then the (lower-case) noun of the feature they share
_PARTS_NOUN = re.compile(r"(?<![\w(])(?P<parts>[A-Z][a-z]?(?:\s?[/–-]\s?[A-Z][a-z]?)+)\s+(?P<noun>[a-z]{4,})\b")
# "such an interface", "such interfaces", "this interface", "these heterojunctions", "the interface"
_POINTED = re.compile(r"\b(?i:such\s+an?|such|this|these|the)\s+(?P<noun>[a-z]{4,})\b")


def _stem(noun: str) -> str:
    """The singular of a regular plural ('interfaces', 'boundaries'), else the noun."""
    return re.sub(r"ies$", "y", noun) if noun.endswith("ies") else re.sub(r"(?<!s)s$", "", noun)


def described_parts(text: str) -> dict[str, tuple[str, ...]]:
    """The features ``text`` names of element pairs ('Nb/V interfaces'), by the noun's stem: their elements."""
    found: dict[str, tuple[str, ...]] = {}
    for m in _PARTS_NOUN.finditer(text):
        parts = tuple(re.split(r"\s?[/–-]\s?", m.group("parts")))
        if len(set(parts)) == len(parts) and all(is_element_symbol(p) for p in parts):
            found[_stem(m.group("noun"))] = parts
    return found


def pointed_parts(text: str, before: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """The elements of the feature the sentence points back to ('such an interface'), named in the sentence
    before (``before``, of ``described_parts``); None when it points to none of them."""
    if not before:
        return None
    for m in _POINTED.finditer(text):
        parts = before.get(_stem(m.group("noun")))
        if parts is not None:
            return parts
    return None


def holder_of(parts: tuple[str, ...], texts: Sequence[tuple[str, list[Mention]]]) -> list[MaterialSystem]:
    """The additive(s) of the sample with the feature: the first material the paragraph names (``texts``, each
    sentence with its mentions) made of all ``parts`` and more (a compound of them: 'V4Nb18O55'), else the elements
    themselves."""
    wanted = set(parts)
    for _text, ms in texts:
        for m in ms:
            if m.kind not in (SYSTEM_LABEL, "Material"):
                continue
            s = system_of(m.text)
            if s is not None and s.bare and wanted < set(formula_symbols(s.host.formula)) and "H" not in \
                    formula_symbols(s.host.formula):
                return [s]
    return [e for p in parts if (e := system_of(p)) is not None]


def with_feature(system: MaterialSystem, additives: list[MaterialSystem]) -> MaterialSystem:
    """The passage's host with the additives that have the feature, instead of the sample the paragraph named."""
    new = bare_sample(system)
    for a in additives:
        new = plus_additive(new, a)
    return new if host_formula(new) == host_formula(system) else system


def on_feature_holder(records: list, parts: tuple[str, ...], texts: Sequence[tuple[str, list[Mention]]]) -> list:
    """The sentence's values that took the paragraph's sample (cue 'system:context') moved to the sample with the
    feature the sentence points back to, unless that sample already holds the feature's elements."""
    additives: list[MaterialSystem] | None = None
    out = []
    for x in records:
        held = set().union(*(formula_symbols(a.formula) for a in x.system.additives)) if x.system.additives else set()
        if {"system:context", "system:continued"} & set(x.cues) and not set(parts) <= held:
            additives = holder_of(parts, texts) if additives is None else additives
            new = with_feature(x.system, additives)
            if new is not x.system:
                x = x.model_copy(update={"system": new, "cues": [*x.cues, "system:feature-referent"]})
        out.append(x)
    return out
