"""Test cells a sentence names: the device a sample is measured in, never a sample or a modifier.

"a Li–TiS2 cell", "TiS2/LiBH4/Li all-solid-state cell", "Li|Li4(BH4)3I|Li": the electrodes of a cell
are not additives of the electrolyte tested in it, and a later sentence about that electrolyte ("the
enhanced conductivity is attributed to …") is not about them. Value extraction (``prose``) and mechanism
claims (``mechanisms``) read cells here, so that both leave the same words out.
"""
from __future__ import annotations

import re

from ingest.extraction.text.cell_words import (
    CELL_KINDS,
    CELL_NOUNS,
    ELECTRODE_NOUN,
    ELECTRODE_QUALIFIER,
    ELECTRODE_WORD,
    ELECTROLYTE_WORD,
    FOIL_WORD,
)
from ingest.extraction.text.copula import BE
from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, system_of
from ingest.extraction.text.quantity_text import REFERENCE_ELECTRODE
from ontology.elements import formula_symbols
from ontology.models import MaterialSystem
from ontology.text_memo import per_document
from ontology.vocabulary import vocabulary
from ontology.word_gate import gated

from .samples_systems import has_hydrogen

# "a Li–TiS2 cell", "Li symmetric cells", "a TiS2/Li all-solid-state Li-ion battery": the device a sample
# is tested in (its kind and the ion it shuttles may come between)
CELL_AFTER = re.compile(rf"\s*(?:{CELL_KINDS}[- ])?(?:(?:Li|lithium|Na|sodium|Mg|magnesium)[- ]ion[- ])?{CELL_NOUNS}\b",
                        re.I)

# "full cells of Li/LiCoO2", "a battery with Li/TiS2": the device named first, its electrodes after
_CELL_BEFORE = gated(re.compile(rf"\b{CELL_NOUNS}\s+(?:of|with)\s+(?:an?\s+|the\s+)?$", re.I))


# "Li|Li4(BH4)3I|Li", "Mo/LiBH4–LiI/Mo", "TiS2/LiBH4/Li all-solid-state cell": a cell written as its layers,
# electrode | electrolyte | electrode, and named a cell right after
# (``++``: a layer's characters hold no space, slash or bar, so giving them back never lets the next match)
_CELL_NOTATION = re.compile(r"(?<![\w/|])(?P<cell>[^\s/|,;]++(?:\s?[/|]\s?[^\s/|,;]++){2,})(?=\s+(?:[\w-]+\s+){0,2}?"
                            rf"(?:{CELL_KINDS}[- ])?(?:{CELL_NOUNS}|configuration)\b)", re.I)


# "half cells (Li | LiBH4 | MgH2)", "a cell of Li/LiBH4/TiS2": the cell named first, its layers right after
_CELL_NOTATION_AFTER = re.compile(rf"\b{CELL_NOUNS}\s*(?:\(|of\s+)"
                                  r"(?P<cell>[^\s/|,;()]+(?:\s?[/|]\s?[^\s/|,;()]+){2,})", re.I)


# "a LiBH4–LiI/TiS2 cell", "the MgH2/Li half-cell": two layers, the electrolyte (or a hydride electrode) and
# the electrode it is tested against, named a cell right after (no words between: 'MgH2/C composite
# electrodes in half-cells' is an electrode's parts)
_TWO_LAYER_CELL = re.compile(r"(?<![^\s(])(?P<cell>[^\s/|,;]+\s?[/|]\s?[^\s/|,;]+)(?=\s" + CELL_AFTER.pattern + ")",
                             re.I)
# "TiS2-based all-solid-state batteries": a cell named after its electrode
_BASED_CELL_AFTER = re.compile(r"-based" + CELL_AFTER.pattern, re.I)


def electrodes_only(text: str, start: int, end: int, system: MaterialSystem) -> bool:
    """A hydride-free material named a cell right after or before ("a TiS2/Li cell", "cells of
    Li/LiCoO2"): the cell's electrodes, no sample. A cell named with a hydride in it ("a MgH2/Li
    half-cell") still names the hydride."""
    # (the material's hydrogen asked first: most mentions are of hydrides, whose words are then not searched)
    return not any("H" in formula_symbols(c.formula) for c in system.components) \
        and bool(CELL_AFTER.match(text, end) or _BASED_CELL_AFTER.match(text, end)
                 or _CELL_BEFORE.search(text, max(0, start - 30), start))


def cell_layers(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions with each cell notation replaced by the layer the cell tests: the electrolyte between
    its electrodes (what a conductivity or critical current density is of), or a hydride electrode
    ("MgH2/LiBH4/Li": the anode, its electrolyte the cell's context). The other layers are the cell,
    not parts of the sample."""
    for span, kept, _ in _tested_layers(text):
        ms = [m for m in ms if not (m.kind in (SYSTEM_LABEL, "Material") and m.start < span[1] and m.end > span[0])]
        ms += [Mention(SYSTEM_LABEL, word, at, at + len(word)) for word, at in kept]
        ms.sort(key=lambda m: (m.start, m.end))
    return ms


_CELL_NOUN_BEFORE = re.compile(rf"\b{CELL_NOUNS}\s*$", re.I)


def cell_bracket(text: str, opened: int) -> bool:
    """The bracket opened at ``opened`` follows a cell's noun ('half cells (Li | LiBH4 | MgH2)'): it writes the
    cell's layers, no aside."""
    return bool(_CELL_NOUN_BEFORE.search(text, max(0, opened - 20), opened))


def electrolyte_layers(text: str) -> set[tuple[int, int]]:
    """The (start, end) of each layer a cell notation tests as its electrolyte, between two electrodes
    ('TiS2/LiBH4–LiI/Li cell': LiBH4–LiI), which is a solid electrolyte (a hydride between electrodes)."""
    return {(at, at + len(word)) for _, kept, between in _tested_layers(text) if between for word, at in kept}


@per_document(maxsize=256)   # (read by two rules of each sentence; its callers only read what it gives)
def _tested_layers(text: str) -> list[tuple[tuple[int, int], list[tuple[str, int]], bool]]:
    """(span of the notation, the layers it tests as (word, start), whether those lie between its electrodes) of
    each cell the text writes as its layers."""
    if not _CELL_WORD.search(text):
        return []   # (each notation is named a cell right before or after it: most sentences name none)
    stacks = [*_CELL_NOTATION.finditer(text), *_CELL_NOTATION_AFTER.finditer(text)]
    # (the last two layers of a longer stack, 'LiBH4 | Li' of 'MgH2 | LiBH4 | Li cell', are no cell of their own)
    pairs = [cm for cm in _two_layer_cells(text)
             if not any(st.start("cell") <= cm.start("cell") < st.end("cell") for st in stacks)]
    out = []
    for cm in (*stacks, *pairs):
        layers = [(p.group(0), cm.start("cell") + p.start()) for p in re.finditer(r"[^\s/|]+", cm.group("cell"))]
        systems = [system_of(w.rstrip(".")) for w, _ in layers]
        if any(s is None for s in (systems[0], systems[-1])):
            continue
        hydride_electrodes = [k for k in (0, len(layers) - 1) if has_hydrogen(systems[k])]
        keep = hydride_electrodes[:1] or [k for k in range(1, len(layers) - 1) if systems[k] is not None]
        out.append(((cm.start("cell"), cm.end("cell")), [(layers[k][0].rstrip("."), layers[k][1]) for k in keep],
                    not hydride_electrodes))
    return out


# the words every cell notation above is named by (a cell, a battery, a configuration), in any case as they are
# searched: a text without one writes no notation
_CELL_WORD = gated(re.compile(r"cell|batter|configuration", re.I))


def _two_layer_cells(text: str) -> list[re.Match]:
    """The cells written as two layers with one hydride among them ('LiBH4–LiI/TiS2 cell'); two hydrides
    ('MgH2/LiBH4 half-cell') or none say nothing of which layer is the cell's."""
    found = []
    for cm in _TWO_LAYER_CELL.finditer(text):
        systems = [system_of(w.rstrip(".")) for w in re.split(r"\s?[/|]\s?", cm.group("cell"))]
        if all(x is not None for x in systems) and sum(has_hydrogen(x) for x in systems) == 1:
            found.append(cm)
    return found


# "a TiS2 positive electrode", "an In–Li anode", "the NMC811 cathode", "a Li counter electrode": a material
# named by the electrode it is in a cell
# (also named so with 'as', past a word or two: "rutile nanorods as cathode material", "FeS2 microparticles as the
# active cathode", "TiS2 was used as the cathode", as an electrolyte is named in prose_cells._AS_ELECTROLYTE_AFTER)
_ELECTRODE_AFTER = re.compile(r"[\s-]+(?:(?:[a-z][\w-]*\s+){0,2}as\s+(?:the\s+|an?\s+)?(?:active\s+)?)?"
                              rf"(?:{ELECTRODE_QUALIFIER}\s+)?{ELECTRODE_WORD}\b"
                              # ('a Li foil', 'lithium foil': a metal sheet in a cell is its electrode)
                              rf"|\s+{FOIL_WORD}\b", re.I)
# "a LiBH4 electrolyte", "LiBH4 as (the) solid electrolyte": the layer between the electrodes ("LiBH4 was used as the
# electrolyte", "LiBH4 served as electrolyte": the use said with a verb before 'as')
_ELECTROLYTE_AFTER = re.compile(rf"\s+(?:(?:(?:{BE}|been|be)\s+)?(?:[a-z]+\s+)?as\s+(?:the\s+|an?\s+)?)?"
                                rf"(?:(?:solid|solid-state|hydride)\s+)?{ELECTROLYTE_WORD}\b", re.I)
# "paired with a LiBH4 electrolyte", "using LiBH4 as the electrolyte": the electrolyte attached to the electrode
_ATTACHED_BEFORE = re.compile(r"\b(?:with|using|against|in|on|via|(?<!, )and)\s+(?:the\s+|an?\s+)?(?:[\w–-]+\s+)?$",
                              re.I)
# "a MgH2 anode, a LiBH4 electrolyte and a Li counter electrode", "a LiBH4 solid electrolyte and a MgH2 working
# electrode", "a LiBH4 electrolyte with a MgH2 anode": the words between two parts of one list of a cell's layers (the
# first part's electrode or electrolyte noun, then the list's comma, 'and' or 'with'), no verb or clause of its own
# between them; a terse summary's fields are split by semicolons, with at most one short field between the two
# ("MgH2 anode; all-solid-state; LiBH4 electrolyte; 120 °C")
_LIST_OF_LAYERS = re.compile(rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{ELECTRODE_WORD}|{ELECTROLYTE_WORD})"
                             r"\s*(?:,\s*(?:and\s+)?|;\s*(?:[\w-]+(?:\s+[\w-]+)?\s*;\s*)?|(?:and|with)\s+)"
                             r"(?:the\s+|an?\s+)?(?:[\w–-]+\s+)?", re.I)


def _listed_together(text: str, a: Mention, b: Mention) -> bool:
    """Mentions ``a`` and ``b`` are two neighbouring parts of one list of a cell's layers, in either order."""
    first, second = (a, b) if a.end <= b.start else (b, a)
    return _LIST_OF_LAYERS.fullmatch(text, first.end, second.start) is not None


_A_CELL = gated(re.compile(rf"\b{CELL_NOUNS}\b", re.I))

# "tested against lithium", "cycled versus Li metal", "discharged vs. a sodium foil": the electrode a sample is
# run against in a cell, named after the test verb
_TESTED_AGAINST = re.compile(r"\b(?:tested|cycled|measured|evaluated|examined|assembled|run|discharged|charged|"
                             r"lithiated|sodiated)\s+(?:against|versus|vs\.?)\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+)?$",
                             re.I)


def counter_electrodes(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions without the hydrogen-free material a sample is tested against ("MgH2 tested against
    lithium"): the cell's counter electrode, no additive of the sample. A material merely compared against
    ("MgH2 compared against Mg") has no test verb and stays, and so does a hydride ("cycled against MgH2")."""
    # (a substring before the regex: most sentences test nothing against anything)
    lowered = text.lower()
    if " against " not in lowered and " versus " not in lowered and " vs" not in lowered:
        return ms
    drop = set()
    for m in ms:
        if m.kind not in (SYSTEM_LABEL, "Material") or not _TESTED_AGAINST.search(text, max(0, m.start - 40), m.start):
            continue
        system = system_of(_formula_of(m))
        if system is not None and not has_hydrogen(system):
            drop.add(id(m))
    return [m for m in ms if id(m) not in drop]


# "4.4 V vs. Li+/Li", "versus Na/Na+": the redox couple a potential is read against, no material of the sentence
_REFERENCE_ELECTRODE = re.compile(REFERENCE_ELECTRODE)


def without_reference_electrodes(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions without the metal of a reference electrode ('vs. Li/Li+' names no lithium sample or additive)."""
    if "vs" not in text and "versus" not in text:
        return ms
    spans = [(r.start(), r.end()) for r in _REFERENCE_ELECTRODE.finditer(text)]
    return [m for m in ms if not any(a <= m.start < b for a, b in spans)] if spans else ms


def reference_electrodes_blanked(text: str, start: int, end: int) -> str:
    """``text`` with each reference electrode between ``start`` and ``end`` written over by spaces (offsets kept):
    the 'vs.' of '(3.9 V vs. Li+/Li) of LiBH4–SiO2' says what the volt is read against, and sets no
    sample against another."""
    blanked = _REFERENCE_ELECTRODE.sub(lambda r: " " * len(r.group()), text[start:end])
    return text[:start] + blanked + text[end:]


def _formula_of(m: Mention) -> str:
    """A material as a formula: a name the ontology knows ('lithium') by its term's formula, else as written."""
    vocab = vocabulary()
    term = vocab.get(m.term) if m.term and m.term in vocab else None
    return term.formula if term is not None and term.formula else m.text


def _names_electrode(text: str) -> bool:
    """Does ``text`` have an electrode word ('electrode', 'anode', 'cathode', in any case)? Asked of every
    sentence, twice: three looks into the lower-cased text cost a fifth of a case-blind regex search (the
    words have no letter whose case Unicode folds otherwise, as 'ſ' is an 's')."""
    lowered = text.lower()
    return "electrode" in lowered or "anode" in lowered or "cathode" in lowered


def named_electrode(text: str, m: Mention) -> bool:
    """Is the material named as an electrode of a cell ("InLi anodes", "a graphite anode", "the TiS2
    positive electrode")? Such a material is the cell's, never an additive of the sample tested in it."""
    # ("sulfur cathode": the ontology may name the electrode with its noun, one mention)
    return bool(_ELECTRODE_AFTER.match(text, m.end) or _ELECTRODE_IN.search(m.text))


_ELECTRODE_IN = re.compile(rf"\s(?:{ELECTRODE_WORD}|{FOIL_WORD})$", re.I)
_ELECTRODE_NOUN = re.compile(ELECTRODE_NOUN, re.I)


def electrode_layers(text: str, ms: list[Mention]) -> list[Mention]:
    """A cell described by its parts in words ("a TiS2 positive electrode, a LiBH4 electrolyte and a Li
    negative electrode", "Li3(CB11H12)2(CB9H10) as the electrolyte with an In–Li anode"): the electrodes are
    no parts of the electrolyte's sample, as in a cell written as its layers (``cell_layers``). A hydride
    electrode ("the MgH2 anode paired with a LiBH4 electrolyte") is what the cell tests: it stays, and the
    electrolyte is then the cell's, not the sample's. Only where the sentence names an electrolyte too, or
    a cell ("Cells with Li metal and InLi anodes …"); not in a comparison with an electrode material
    ("… than a graphite anode")."""
    return _electrode_layers(text, counter_electrodes(text, ms))[0]


def passage_electrode_layers(text: str, ms: list[Mention], electrodes: set[str]) -> list[Mention]:
    """``electrode_layers``, over a passage: a hydrogen-free material a sentence named as a cell's electrode
    ("a TiS2 positive electrode, a LiBH4 electrolyte and a Li negative electrode") is still that cell's
    electrode where a later sentence of the passage names it again ("…, corresponding to a TiS2 utilization of
    85 %"): never an additive of the electrolyte's sample. ``electrodes`` (the formulas named so far) grows."""
    ms, dropped = _electrode_layers(text, counter_electrodes(text, ms))
    named = {formula for m in dropped if (formula := _electrode_formula(m)) is not None}
    if electrodes:
        ms = [m for m in ms if m.kind not in (SYSTEM_LABEL, "Material") or _electrode_formula(m) not in electrodes]
    electrodes |= named
    return ms


def named_electrolyte(text: str, m: Mention) -> bool:
    """The material of mention ``m`` is named as an electrolyte ('the LiBH4–LiI electrolyte', 'LiBH4 as the
    solid electrolyte')."""
    return bool(_ELECTROLYTE_AFTER.match(text, m.end))


def cell_electrolyte(text: str, ms: list[Mention]) -> MaterialSystem | None:
    """The hydride the sentence names as its cell's electrolyte ('a 3LiBH4–LiI electrolyte', 'LiBH4 as the solid
    electrolyte'), else None: what the passage's later 'electrolyte conductivity' is of."""
    for m in ms:
        if m.kind in (SYSTEM_LABEL, "Material") and named_electrolyte(text, m):
            system = system_of(m.text)
            if system is not None and has_hydrogen(system):
                return system
    return None


def _electrode_formula(m: Mention) -> str | None:
    """The formula of a hydrogen-free material mention (what a cell electrode is named by), else None."""
    system = system_of(_formula_of(m))
    if system is None or has_hydrogen(system) or len(system.components) != 1:
        return None
    return system.components[0].formula


def _electrode_layers(text: str, ms: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """``electrode_layers`` after the counter electrodes are gone, with the electrodes it dropped."""
    if not _names_electrode(text) or "electrolyte" not in text and not _A_CELL.search(text):
        return ms, []
    materials = [m for m in ms if m.kind in (SYSTEM_LABEL, "Material")]
    electrodes = [m for m in materials if named_electrode(text, m)]
    # ("Cells with Li metal and Sn–Li anodes reach …": a sentence about the cell names its electrodes too)
    electrolytes = [m for m in materials if _ELECTROLYTE_AFTER.match(text, m.end)]
    if not electrodes:
        return ms, []
    systems = {id(m): system_of(m.text) for m in electrodes}
    # (a hydride as written: an In–Li or Li metal anode holds no hydrogen, whatever hydride Li forms)
    hydride = [m for m in electrodes if (x := systems[id(m)]) is not None
               and any("H" in formula_symbols(c.formula) for c in x.components)]
    drop = {id(m) for m in electrodes if m not in hydride[:1]}
    # (and the electrode noun itself, 'a FeS2 cathode': the document may have made it a name of that material,
    # as it makes 'the HEA' one of the alloy it named so; in a cell it is the cell's part, no sample)
    drop |= {id(m) for m in materials if _ELECTRODE_NOUN.fullmatch(m.text) and id(m) not in drop
             and any(e.end <= m.start and not text[e.end:m.start].strip() for e in electrodes if id(e) in drop)}
    if hydride:
        # (an electrolyte that is the subject of a clause of its own keeps its values: "A MgH2 electrode
        # delivers 1480 mAh/g, and the LiBH4–LiI electrolyte reaches 10−4 S/cm")
        drop |= {id(m) for m in electrolytes if _ATTACHED_BEFORE.search(text, max(0, m.start - 40), m.start)
                 or any(_listed_together(text, e, m) for e in electrodes)}
        # ("the MgH2 anode of a cell with LiBH4 at 120 °C": another material the cell is named with is its
        # electrolyte, the cell's, even where the word 'electrolyte' is left out)
        drop |= {id(m) for m in materials if m is not hydride[0] and m not in electrodes
                 and _CELL_BEFORE.search(text, max(0, m.start - 30), m.start)}
    # (and the form written right after a dropped electrode, 'rutile TiO2 nanorods as the cathode': the cathode's
    # form, no nano design of the electrolyte)
    ends = {m.end for m in ms if id(m) in drop}
    drop |= {id(m) for m in ms if m.kind == "Strategy" and (m.start - 1 in ends or m.start in ends)}
    return [m for m in ms if id(m) not in drop], [m for m in electrodes if id(m) in drop]
