"""A cover of metal layers written with slashes ("Mg films capped by Ta/Pd", "covered with a Ti/Pd bilayer"): each
metal is a layer of its own laid on the sample, not one composite catalyst made of both ('MgH2 catalysed by Ni/Co'
stays one). The covering participles are the ontology's CoveringParticiple concept (ontology/methods.ttl)."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol, TypeVar

from ontology.elements import NONMETALS
from ontology.formula import is_element_symbol

from .preparation_words import COVERED


class _Mention(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...


M = TypeVar("M", bound=_Mention)

# the covering participle and its preposition, an article and a thickness between it and the cover
# ('capped with a 10 nm', 'covered by')
_COVER_BEFORE = re.compile(rf"\b{COVERED}\s+(?:with|by)\s+(?:(?:an?|the)\s+)?(?:\d+(?:\.\d+)?\s*[nµμ]m\s+)?$", re.I)
_SLASH = re.compile(r"\s*/\s*")


def _metal_layers(written: str) -> list[tuple[int, int]] | None:
    """The spans of the metals of 'Ta/Pd', 'Pd / Ti' (two or more symbols of metals, nothing else); else None."""
    spans, at = [], 0
    for piece in _SLASH.split(written):
        at = written.index(piece, at)
        if not is_element_symbol(piece) or piece in NONMETALS:
            return None
        spans.append((at, at + len(piece)))
        at += len(piece)
    return spans if len(spans) > 1 else None


def in_cover_stack(text: str, start: int) -> bool:
    """Does the metal at ``start`` follow a slash inside a cover of metal layers ('Pd' of 'capped by Ta/Pd')?"""
    run = _RUN_BEFORE.search(text, max(0, start - 40), start)
    if run is None:
        return False
    return _metal_layers(text[run.start():_word_end(text, start)]) is not None \
        and bool(_COVER_BEFORE.search(text, max(0, run.start() - 60), run.start()))


# the layers written before a slash, up to the one at the end ('Ta/' of 'Ta/Pd', 'Ti/Nb/' of 'Ti/Nb/Pd')
_RUN_BEFORE = re.compile(r"(?<![\w/])(?:[A-Z][a-z]?\s*/\s*)+$")


def _word_end(text: str, start: int) -> int:
    m = re.match(r"[A-Za-z]+", text[start:])
    return start + (m.end() if m else 0)


def cover_layers_split(text: str, found: list[M], make: Callable[..., M], kind: str) -> list[M]:
    """``found`` with each mention of a slash-joined cover of metals (``_metal_layers``) after a covering participle
    replaced by one mention of kind ``kind`` per metal, each in its own place."""
    out: list[M] = []
    for m in found:
        layers = _metal_layers(m.text) if m.kind in (kind, "Material") and "/" in m.text else None
        if layers is None or not _COVER_BEFORE.search(text, max(0, m.start - 60), m.start):
            out.append(m)
            continue
        out += [make(kind, m.text[a:b], m.start + a, m.start + b, None) for a, b in layers]
    return out
