"""Chemistry helpers the scorer needs: elements of a formula, host kinship, class ancestry.

All vocabulary comes from the ontology (Material hierarchy, characteristic elements of additive
classes); the element table comes from ``periodictable``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ontology.hosts import stored_as
from ontology.vocabulary import vocabulary

_TOKEN = re.compile(r"([A-Z][a-z]?)")
IGNORED_ELEMENTS = frozenset({"H"})     # every hydride has it: it says nothing about kinship


@lru_cache(maxsize=1)
def _symbols() -> frozenset[str]:
    import periodictable

    return frozenset(el.symbol for el in periodictable.elements if el.number > 0)


@lru_cache(maxsize=8192)
def elements_of(formula: str | None, term: str | None = None) -> tuple[str, ...]:
    """Element symbols of a formula ("V4Nb18O55" -> Nb, O, V), H excluded.

    Falls back on the ontology term's formula and, for additive classes, on their characteristic
    elements ("N-doped carbon" -> N, C when the class says so).
    """
    found: set[str] = set()
    vocab = vocabulary()
    texts = [formula or ""]
    if term and term in vocab:
        t = vocab.get(term)
        texts.append(t.formula or "")
        found.update(t.elements)
    from ontology.formula import FormulaError, parse_formula

    for text in texts:  # the shared formula parser first
        if text:
            try:
                found.update(str(e) for e in parse_formula(text).elements)
            except (FormulaError, ValueError):
                pass  # names that are not formulas fall through to the scan below
    syms = _symbols()
    for text in texts:
        # element symbols written as formula tokens; words in lower case ("carbon") are not elements
        for word in re.split(r"[\s,;/+–—-]+", text):
            if not word or word[:1].islower() and not re.search(r"[A-Z]", word):
                continue
            letters = _TOKEN.findall(word)
            if letters and "".join(letters) == re.sub(r"[^A-Za-z]", "", word):
                found.update(s for s in letters if s in syms)
    return tuple(sorted(found - IGNORED_ELEMENTS))


@lru_cache(maxsize=4096)
def material_ancestors(term: str) -> tuple[str, ...]:
    vocab = vocabulary()
    if term not in vocab:
        return ()
    return tuple(vocab.ancestors(term))


@lru_cache(maxsize=1)
def _generic_materials() -> frozenset[str]:
    """Top of the Material hierarchy: classes too broad to make two hosts kin (e.g. 'hydride')."""
    vocab = vocabulary()
    return frozenset(t.id for t in vocab.terms("Material") if not t.parents)


def _depth(term: str) -> int:
    return len(material_ancestors(term))


@lru_cache(maxsize=65536)
def host_similarity(a: str | None, b: str | None) -> tuple[float, str | None]:
    """Kinship of two hosts in the ontology: (score, the shared family term or None).

    Same host 1.0; siblings (same direct parent) 0.6; sharing a grandparent 0.35; otherwise 0 —
    a common ancestor at the top of the hierarchy (e.g. 'hydride') does not count.
    """
    if not a or not b:
        return 0.0, None
    if a == b:
        return 1.0, a
    anc_a = (a, *material_ancestors(a))
    anc_b = (b, *material_ancestors(b))
    generic = _generic_materials()
    for i, x in enumerate(anc_a):
        if x in anc_b:
            j = anc_b.index(x)
            if x in generic:
                return 0.0, None
            dist = i + j
            if dist <= 2 and i <= 1 and j <= 1:
                return 0.6, x
            if dist <= 4 and i <= 2 and j <= 2:
                return 0.35, x
            return 0.0, None
    return 0.0, None


@lru_cache(maxsize=4096)
def class_weights(term: str | None) -> tuple[tuple[str, float], ...]:
    """A class (or additive material term) with its ancestors: itself 1.0, parent 0.5, grandparent 0.25.

    Classes at the top of the Material hierarchy are left out (everything is a 'material').
    """
    if not term:
        return ()
    vocab = vocabulary()
    out = [(term, 1.0)]
    if term in vocab:
        generic = _generic_materials()
        w = 0.5
        for anc in vocab.ancestors(term):
            if anc in generic:
                continue
            out.append((anc, w))
            w *= 0.5
            if w < 0.2:
                break
    return tuple(out)


def host_key(term: str | None, formula: str | None) -> str:
    """The host's identity in the index: its Material term (a metal's is the storage hydride it stands
    for: Mg–Nb@C is an MgH2 system), else its formula."""
    return stored_as(term, formula) if term else f"formula:{formula or '?'}"


def label_of(term: str | None) -> str:
    if not term:
        return ""
    if term.startswith("formula:"):
        return term[len("formula:"):]
    vocab = vocabulary()
    return vocab.get(term).label if term in vocab else term
