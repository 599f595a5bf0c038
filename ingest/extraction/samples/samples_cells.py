"""Cells written by their layers ('Mo|LiBH4–LiI|Li', 'Li/Li4(BH4)3I/Li symmetric cell', 'Li/LE/SSE/SSE+TiS2'): the
hydride layer between the electrodes is the sample measured, the electrodes are no samples of their own; and the
sample a sentence names as its cells' solid electrolyte ('with X as the solid-state electrolyte'). Apart because a
stack of layers is read by its separators, not by the links of an additive.
"""
from __future__ import annotations

import re

from ingest.extraction.text.cell_words import CELL_KINDS, CELL_NOUNS
from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, system_of
from ontology.elements import NONMETALS, formula_symbols
from ontology.formula import top_level_parts
from ontology.models import MaterialSystem
from ontology.vocabulary import vocabulary

from .samples_systems import has_hydrogen

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


def cell_stacks(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]):
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
