"""The cell a value's sentence names, for ``prose_subject``: a cell named by its electrodes or a boundary between two
materials is no sample ('a Li–TiS2 cell', 'the Mg/LiH interface'), the hydride side of a boundary with its own
cation's metal ('the Li/LiBH4 interface'), a hydride electrolyte named as the cell's part beside the sample, the
materials read inside a C-rate ('C/10', '0.1Li h−1'), and the passage's electrolyte for a value only an
electrolyte has.
"""
from __future__ import annotations

import re

from ingest.extraction.samples.cells import electrodes_only
from ingest.extraction.samples.electrode_formulations import mixed_into
from ingest.extraction.samples.samples_systems import has_hydrogen as _has_hydrogen
from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, system_of
from ingest.extraction.text.quantity_text import Group, numbers
from ontology.electrode_roles import anode_material, electrolyte_not_anode
from ontology.elements import NONMETALS, formula_symbols
from ontology.models import MaterialSystem
from ontology.system import host_formula
from ontology.vocabulary import vocabulary
from ontology.word_gate import gated

from .prose_context import Context
from .prose_words import ELECTROLYTE

# "with 80Li2S–20P2S5 glass as electrolyte", "using Li3PS4 as the solid electrolyte": the cell's other part
_AS_ELECTROLYTE_AFTER = gated(re.compile(r"\s*(?:[a-z][\w-]*\s+){0,2}as\s+(?:the\s+|an?\s+)?(?:solid[- ]state\s+|solid\s+)?"
                                   r"electrolytes?\b", re.I))


_INTERFACE_AFTER = gated(re.compile(r"\s*(?:inter(?:face|phase)s?|heterointerfaces?|boundar(?:y|ies))\b", re.I))


def test_cell(text: str, m: Mention, s: MaterialSystem) -> bool:
    """A cell named by its electrodes ("a Li–TiS2 cell built with it keeps 95 %"): the values are the
    tested sample's (the electrolyte the paragraph is about), not a system of lithium with TiS2; so is
    a boundary between two materials, or a hydride-free electrolyte the tested electrode is paired with."""
    if _INTERFACE_AFTER.match(text, m.end) and len(s.components) > 1 and "/" in m.text and "@" not in m.text:
        return True  # "the Mg/LiH interface", "the MgH2/electrolyte interface": a boundary, no sample
    if _AS_ELECTROLYTE_AFTER.match(text, m.end) and not any("H" in formula_symbols(c.formula)
                                                           for c in s.components):
        return True  # a hydride-free electrolyte the tested electrode is paired with, not the sample
    return electrodes_only(text, m.start, m.end, s)


def electrolyte_side(text: str, m: Mention, s: MaterialSystem) -> tuple[Mention, MaterialSystem]:
    """"the resistance of the Li/LiBH4 interface": a boundary between a hydride and the metal of its own cation (the
    electrode of a cell it conducts in) is the hydride's — the electrolyte between a cell's electrodes is the system,
    the electrode no component; any other boundary ('the Mg/LiH interface' inside a sample) stays no sample, as
    ``test_cell`` has it."""
    if not (_INTERFACE_AFTER.match(text, m.end) and len(s.components) == 2 and "/" in m.text and "@" not in m.text):
        return m, s
    hydrides = [c for c in s.components if "H" in formula_symbols(c.formula)]
    metals = [c for c in s.components if c not in hydrides and len(symbols := formula_symbols(c.formula)) == 1
              and not symbols & NONMETALS]
    if len(hydrides) != 1 or len(metals) != 1 or not formula_symbols(metals[0].formula) <= formula_symbols(
            hydrides[0].formula):
        return m, s
    side = system_of(hydrides[0].formula)
    return (m, side) if side is not None else (m, s)


def beside_the_electrode(systems: list[tuple[Mention, MaterialSystem]], text: str) -> list[tuple[Mention, MaterialSystem]]:
    """"MgH2 … with LiBH4 as the solid electrolyte": a hydride electrolyte named as the cell's part beside
    another hydride sample is the cell, not the sample (alone, "Li4(BH4)3I as the electrolyte" is the
    paper's sample, as ``test_cell`` has it)."""
    part = [x for x in systems if _AS_ELECTROLYTE_AFTER.match(text, x[0].end)
            and not any(mixed_into(text, y[0], x[0]) for y in systems)]   # "MgH2 mixed with LiBH4 as …": in the electrode
    if not part:
        return systems   # (most sentences name no electrolyte so: their samples' hydrogen is not asked for)
    rest = [x for x in systems if x not in part and _has_hydrogen(x[1])]
    return [x for x in systems if x not in part] if rest else systems


def without_c_rates(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions without the materials read inside a C-rate the sentence writes ('C/10', '2C', '0.5 C': the
    capacity charged per hour, read as a number in 1/h), which name no carbon."""
    rates = [(n.start, n.end) for n in numbers(text) if n.unit == _PER_HOUR]
    # ('0.1Li h−1': lithium taken up per formula unit and hour, a galvanostatic rate)
    if "Li" in text:   # (a text without the rate's own letters writes none)
        rates += [(r.start(), r.end()) for r in _LITHIUM_PER_HOUR.finditer(text)]
    if not rates:
        return ms
    def core(m: Mention) -> tuple[int, int]:   # (the mention without the bracket it may be written in: '(2C)')
        inner = m.text.strip("() ")
        start = m.start + m.text.find(inner)
        return start, start + len(inner)

    return [m for m in ms if not (m.kind in (SYSTEM_LABEL, "Material")
                                  and any(a <= core(m)[0] and core(m)[1] <= b + 1 for a, b in rates))]


_PER_HOUR = "1/h"


# (its first character looked at before the look-behind: the engine passes the letters at once)
_LITHIUM_PER_HOUR = re.compile(r"(?=[\d.])(?<![\w.])\d*\.?\d+\s?Li\s?h\s?(?:−|-|\^-|\^−)1\b")


def cell_electrolyte_instead(g: Group, ctx: Context, anode: MaterialSystem | None = None) -> MaterialSystem | None:
    """A value only an electrolyte has (an ionic conductivity, a transference number) in a sentence that names no
    sample, after a passage about an anode it named a cell's electrolyte for ('a MgH2 anode, a 3LiBH4–LiI
    electrolyte and …'. 'The electrolyte conductivity was …'): that electrolyte's, not the anode's; so too
    where the value was read as ``anode``'s in the very sentence naming the cell ('MgH2 anode; LiBH4
    electrolyte; electrolyte conductivity 1 mS/cm')."""
    electrolyte = ctx.in_passage.electrolyte
    system = anode or ctx.system
    if electrolyte is None or system is None or not g.key:
        return None
    if set(vocabulary().property(g.key).applications) != {ELECTROLYTE}:
        return None
    host = host_formula(system)
    return electrolyte if anode_material(host) and not electrolyte_not_anode(host) else None
