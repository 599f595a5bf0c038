"""Values given as lists, and the samples and properties they pair with: "A and B … 280 and 310 °C,
respectively", "… for the undoped and doped samples, respectively", "those of X", and the additives a
sentence before listed ("the Ni-, Co- and Fe-doped samples").
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from ingest.extraction.attribution.referents import told_apart
from ingest.extraction.attribution.shared_values import (
    BOTH_LEADS,  # ('80 and 97 kJ/mol for both A and B': each value each one's)
)
from ingest.extraction.samples.material_cues import ADDITIVE_CUE_GATE, FOR_SYSTEM, LIST_GAP, PRODUCT_CUE
from ingest.extraction.samples.samples_systems import (
    bare_sample,
    has_hydrogen as _has_hydrogen,
    joined_system,
    plus_additive,
    unfilled_sample,
)
from ingest.extraction.samples.split_samples import split_additives, split_sample
from ingest.extraction.samples.studied_samples import held_samples
from ingest.extraction.text.amounts import AMOUNT, AMOUNT_GROUPS, AMOUNT_OF, FRACTION_UNIT, fraction
from ingest.extraction.text.comparison_words import COMPARED_WITH
from ingest.extraction.text.copula import BE
from ingest.extraction.text.hedge_words import APPROXIMATING, NEARLY, UP_TO, hedged
from ingest.extraction.text.nlp import system_of
from ingest.extraction.text.preparation_words import MILLED, MILLING_PREFIX, MIXING_GERUNDS, SPACED_PREFIX_VERBS
from ingest.extraction.text.quantity_text import RESPECTIVELY_WORDS, Group, _dims, compatible_keys
from ingest.extraction.text.sample_words import BASELINE_WORDS, SAMPLE_NOUNS, adding_nouns
from ingest.extraction.text.samples_words import _PREFIX
from ingest.extraction.text.shared_words import LINKS, members_of, shared_after
from ingest.extraction.values.additive_sizes import SIZE_KEYS
from ingest.extraction.values.enthalpy_sign import formation_as_uptake
from ingest.extraction.values.property_cues import WORD, _narrower, cue_table, generic_words, stems, technique_labels
from ingest.extraction.values.reactions import arrow_at, in_products
from ingest.extraction.values.value_lists import (
    PASSIVE_FOR,
    bare_and_modified,
    named_once,
    prefixed_samples,
    suspended,
    with_again,
)
from ontology.elements import formula_symbols
from ontology.models import MaterialSystem
from ontology.system import host_formula, storage_metal

if TYPE_CHECKING:  # the sentence's context, read here, is made by prose
    from .prose_context import Context

_THOSE_OF = re.compile(r"\b(?:those|the\s+(?:corresponding|same)\s+(?:values|ones))\s+(?:of|for)\b", re.I)
# "… starts at 250 °C and peaks at 310 °C, compared with 350 and 420 °C for MgH2": a reference's values listed right
# after the comparison's words are the same properties as the values before, in order
_COMPARED_LIST = re.compile(rf"\b(?:{COMPARED_WITH}|than)\s+{hedged(APPROXIMATING)}?$", re.I)


def keys_of_those(g: Group, props: list[Group], text: str) -> list[str]:
    """'the onset … is 80 °C and its peak … 132 °C, whereas those of the undoped one are 150 and 186 °C,
    respectively': 'those' are the properties the sentence gave before, one per value, in order."""
    said = [o for o in props if o.end <= g.start and o.kind == "single" and o.key and _dims(o.unit) == _dims(g.unit)]
    listed = [o for o in props if o.end <= g.start and o.kind == "list" and len(o.numbers) == len(g.numbers)
              and _dims(o.unit) == _dims(g.unit)]
    if listed and _THOSE_OF.search(text, listed[-1].end, g.start):
        # "… of desorption and absorption were 92 and 41 kJ/mol, respectively, below those of the bare
        # hydride (120 and 60 kJ/mol)": those of the list before, in its order
        return listed_keys(listed[-1], text)
    if len(said) != len(g.numbers) or len({o.key for o in said}) != len(said) \
            or not (_THOSE_OF.search(text, said[-1].end, g.start)
                    or _COMPARED_LIST.search(text, max(said[-1].end, g.start - 40), g.start)):
        return []
    return [o.key for o in said]


# (a count glued to a formula's bracket or adduct dot is no value: "Mg(BH4)2·NH3", "Mg(BH4)2·1.5NH3")
# (a share in wt% is a loading, "with 10 wt% TiF3", unless hydrogen is what it counts: "desorbs 4.9 wt% hydrogen", "5 wt%
# H2" is a value, and the words before it, "desorb/absorb", are that value's, not the list's after it)
# (nor is the duration of a milling written before its participle: "content of 15 h as-milled Mg2Ni came to 3.1 and 2.2
# mass%, respectively" names its two properties before the 15 h)
_VALUE_NUMBER = re.compile(rf"(?<![\w.\-–)\]·])\d[\d.]*(?![\d.])(?!\s*{FRACTION_UNIT}(?!\s*(?:of\s+)?(?:hydrogen|H2|H₂)\b))"
                           rf"(?!\s*(?:h|hrs?|hours?|min)\s+(?:as-?\s?)?{MILLING_PREFIX}{MILLED}\b)")
# "… are 250 and 270 °C in the first and second cycles, respectively": the values pair with listed cycles or steps
_ORDINALS_LISTED = re.compile(r"\b(?:first|second|third|initial|1st|2nd|3rd)\b[^,;.]{0,30}\band\b[^,;.]{0,40},?\s*$", re.I)


def ordinals_listed(g: Group, text: str) -> bool:
    """Are the values of list ``g`` followed by a list of ordinals (cycles, steps) before their 'respectively'?"""
    at = text.find("respectively", g.end)
    return at > 0 and _ORDINALS_LISTED.search(text, g.end, at) is not None


def listed_keys(g: Group, text: str, since: int | None = None) -> list[str]:
    """'absorption and desorption activation energies of 58 and 60 kJ/mol, respectively': one
    property per value, in the order their distinguishing words are written (from ``since`` on, where
    the words before belong to another value)."""
    props, _ = compatible_keys(g.unit)
    if len(props) < len(g.numbers):
        return []
    # ("the formation and decomposition enthalpies": a formation beside a release is the uptake,
    # ingest.extraction.values.enthalpy_sign)
    window = formation_as_uptake(suspended_prefixes(text[max(0, g.start - 120, since or 0):g.start]))
    # "capacities of 1650 and 1450 mAh/g with efficiencies of 73 % and 81 %": the words after the
    # values before are theirs (a number set off by a space, not a formula's digit, ends them)
    # (a loading, "of MgH2 with 10 wt% TiF3 and CNTs", is no value before: the words before it still count)
    window = window[max((n.end() for n in _VALUE_NUMBER.finditer(window)), default=0):]
    for words in _slash_alternatives(window, len(g.numbers)):
        # "the initial hydrogenation/dehydrogenation temperature … 323/479 K": each slashed word, with the
        # words the pair shares ("initial", "temperature"), names one value's property, in the order written
        keys = [next(iter(_keys_written(w, props, 1)), None) for w in words]
        if all(keys) and len(set(keys)) == len(keys):
            return keys
    # (twelve words that say something: "… of desorption and absorption of the X sample were found to be")
    said = stems(" ".join(WORD.findall(window)))[-12:]
    keys = _keys_written(said, props, len(g.numbers))
    after = _NAMED_AFTER_LIST.match(text, g.end)
    if not keys and after:
        # "1920 and 1150 mAh/g in the first discharge and charge, respectively": named after the values
        # (the word every candidate shares, "capacity", need not be written again, nor the head noun
        # written before the values: "enthalpies of 74 and 78 kJ/mol for hydriding and dehydriding")
        keys = _keys_written(stems(formation_as_uptake(suspended_prefixes(after.group(1)))), props, len(g.numbers),
                             generic_words(tuple(props)) | frozenset(said))
    return keys


# "a capacity and energy retention of 81 % and 79 %": names that share one head noun, written right before a list
# (the words that link the head to its values, "of", "were", "reached", left out)
_SHARED_HEAD = re.compile(shared_after("and") + rf"(?:\s+{LINKS}|\s*[:=])?\s+{hedged(APPROXIMATING, NEARLY, UP_TO)}?$",
                          re.I)


@lru_cache(maxsize=1)
def _all_labels() -> frozenset[tuple[str, ...]]:
    return frozenset(lab for labels in cue_table().values() for lab in labels)


def unnamed_in_list(g: Group, text: str) -> frozenset[int]:
    """The places in list ``g`` of values whose name the ontology has no property for, where the values' names
    share one head noun and another of them is a property's label: "a capacity and energy retention of 81 % and
    79 %" gives the capacity retention, 81 %; 'energy retention' is no property, and its 79 % is no capacity
    retention either (the head's word alone, 'retention', would give it that property). A name counts as unnamed
    only when no label has its own word with the head's: "discharge and charge capacities" name two properties."""
    if g.kind != "list" or len(g.numbers) < 2:
        return frozenset()
    m = _SHARED_HEAD.search(text, max(0, g.start - 120), g.start)
    if m is None:
        return frozenset()
    names = members_of(m)
    if len(names) != len(g.numbers) or not all(w.isalpha() for w in names):
        return frozenset()   # (plain words only: "the Ni-, Co- and Fe-doped samples" name samples, not properties)
    labels = _all_labels()
    before = re.search(r"([A-Za-z][\w-]*)\s+$", text[max(0, m.start() - 40):m.start()])
    if before and stems(before.group(1)) and tuple(stems(f"{before.group(1)} {names[0]}")) in labels:
        # ("capacity retention and coulombic efficiency of 81 and 99 %": each name written in full, no head shared)
        return frozenset()
    # (a plural head is the labels' singular: "capacity and energy retentions")
    head = m["shared"]
    for written in dict.fromkeys((head, re.sub(r"ies$", "y", head), re.sub(r"(?<!s)s$", "", head))):
        named = [len(stems(w)) == 1 and tuple(stems(f"{w} {written}")) in labels for w in names]
        if any(named):
            break
    else:
        return frozenset()
    head_words = set(stems(written))
    with_head = [lab for lab in labels if head_words <= set(lab)]
    unnamed = set()
    for k, (w, ok) in enumerate(zip(names, named)):
        own = stems(w)
        if not ok and own and not any(own[0] in lab for lab in with_head):
            unnamed.add(k)
    return frozenset(unnamed)


# "de- and rehydrogenation", "ab- and desorption": a prefix whose word is written once, after the next prefix
_SUSPENDED = re.compile(r"\b([A-Za-z]{1,6})[-‐]\s+(and|or|/)\s+([A-Za-z]{1,6}[-‐]?[A-Za-z]{4,})\b")


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    return frozenset(w for labels in cue_table().values() for lab in labels for w in lab)


def suspended_prefixes(text: str) -> str:
    """``text`` with each prefix whose word is left to the next one written in full ("de- and rehydrogenation" ->
    "dehydrogenation and rehydrogenation"): the whole word is the prefix joined to the part of the next word
    after that word's own prefix, a word the property labels use (else the text is left as it is)."""
    if "- " not in text and "‐ " not in text:
        return text

    def whole(m: re.Match) -> str:
        first, link, second = m.groups()
        for k in range(1, min(7, len(second) - 3)):
            if not second[k].isalpha():
                continue   # ("re-hydrogenation": the root starts after the hyphen)
            word = first + second[k:]
            if stems(word) and stems(word)[0] in _cue_words():
                return f"{word} {link} {second}"
        return m.group(0)
    return _SUSPENDED.sub(whole, text)


_SLASHED_WORDS = re.compile(r"\b[A-Za-z][\w-]*(?:\s?/\s?[A-Za-z][\w-]*)+\b")


def _slash_alternatives(window: str, n: int) -> list[list[list[str]]]:
    """For the last slash-joined words of ``window`` with ``n`` parts ("hydrogenation/dehydrogenation"),
    the window's words once per part, that part standing alone (empty when there is no such group)."""
    found = None
    for m in _SLASHED_WORDS.finditer(window):
        found = m
    if found is None:
        return []
    parts = re.split(r"\s?/\s?", found.group(0))
    if len(parts) != n:
        return []
    return [[stems(" ".join(WORD.findall(window[:found.start()] + p + window[found.end():])))[-12:] for p in parts]]


# "… in the first discharge and charge, respectively": the words between a list and its 'respectively'
# (or, with no 'respectively', when the words end the sentence: "… of 74 and 78 kJ/mol for hydriding and dehydriding.")
# ("… for de- and rehydrogenation of the X sample": the sample the words are of may follow them)
_NAMED_AFTER_LIST = re.compile(rf"\s*(?:for|in|on|during|upon|of)\s+([^,;.()\d]{{1,60}}?)\s*(?:,?\s*{RESPECTIVELY_WORDS}\b"
                               r"|(?=[.;]\s|[.;]?\s*$|\s+of\s+(?:the\s+)?[A-Z]))", re.I)


def _keys_written(words: list[str], props, n: int, implied: frozenset[str] = frozenset()) -> list[str]:
    """One property per value, in the order their distinguishing words come in ``words`` (the words in
    ``implied`` count as written)."""
    # only labels written in full before the values compete: 'dehydrogenation' also labels the
    # reaction enthalpy, but no 'enthalpy' is written, so it still tells the two energies apart
    # (a method's name, "Kissinger plots", says how the values were got, not which value comes first)
    methods = set(technique_labels())
    written = {k: [lab for lab in cue_table().get(k, []) if all(w in words or w in implied for w in lab)
                   and any(w in words for w in lab) and lab not in methods] for k in props}
    firsts = []
    for k in props:
        # (a broader or narrower property is no rival: 'initial hydrogenation/dehydrogenation temperature' tells
        # the absorption from the desorption value by its process words, whatever 'dehydrogenation' alone labels)
        others = {w for o in props if o != k and not _narrower(o, k) and not _narrower(k, o)
                  for lab in written[o] for w in lab}
        best = None
        for lab in written[k]:
            own = [w for w in lab if w not in others and w in words]
            if own and _modifies_shared_label(lab, own, k, [o for o in props if o != k]):
                continue
            if own:
                # of a property's labels the one named last counts: "the apparent activation energies for
                # absorption and desorption" name the desorption energy by 'desorption', not by 'apparent'
                pos = min(words.index(w) for w in own)
                best = pos if best is None else max(best, pos)
        if best is not None:
            firsts.append((best, k))
    # ("discharge specific capacities": a property and a narrower one named together are one property)
    found = {k for _, k in firsts}
    firsts = [(pos, k) for pos, k in firsts if not any(o != k and _narrower(o, k) for o in found)]
    if len(firsts) != n:
        return []
    return [k for _, k in sorted(firsts)]


def _modifies_shared_label(lab: tuple, own: list[str], key: str, rivals: list[str]) -> bool:
    """The label is one the property shares with its rivals ('activation energy') with a qualifier no other
    label of it has ('apparent activation energy'): the qualifier goes with every listed value, so it names none
    ("the dehydrogenation and hydrogenation apparent activation energies were 72 and 39 kJ/mol"). A label the
    property has alone is no shared one: 'conductivity' names the ionic conductivity only, so 'ionic' in "ionic
    and electronic conductivities of 2 × 10−4 and 3 × 10−9 S/cm" tells the first value's property."""
    table = cue_table()
    labels = table.get(key, [])
    rest = tuple(w for w in lab if w not in own)
    # (a process word names the property in other labels too: 'desorption' in 'desorption barrier', so
    # 'activation energy for desorption' still names the desorption value)
    return bool(rest) and rest in labels and any(rest in table.get(o, []) for o in rivals) \
        and not any(w in other for other in labels if other != lab for w in own)


def _outside_equations(before: list[MaterialSystem], systems, text: str) -> list[MaterialSystem]:
    """``before`` without the systems whose mention is a term of a reaction written in ``text`` (a reactant right
    before its arrow, or on a product side)."""
    inside = {id(s) for m, s in systems if arrow_at(text, m.end) or in_products(text, m.start)}
    return [s for s in before if id(s) not in inside]


def listed_systems(g: Group, systems, taken, text: str = "", ctx: Context | None = None,
                   other_list: bool = False) -> list[MaterialSystem]:
    """Systems named before a 'respectively' list, in order (one per value); products ("reduced to
    LiH and Al") and additives ("containing ZrO2 and MgO") are not what the values describe. ``other_list``:
    the sentence lists as many conditions ("at 2 and 5 K/min"), which the values may pair with instead."""
    n = len(g.numbers)
    if ctx is not None and ctx.system is not None and _cell_electrodes_listed(g, text, ctx.in_passage.electrodes, n):
        # "83% and 73% … were achieved for TiS2 and LiFePO4, respectively", the cathodes of the passage's cells: the
        # values of the cells, recorded on the electrolyte the passage is about
        return [ctx.system] * n
    if ctx is not None and " with" in text:
        systems = held_samples(text, systems, ctx.in_passage.seen, ctx.system)   # "… and the sample with 5 wt% Ni"
    on_host = additives_before_on_host(g, systems, text) or doping_listed_on_host(g, systems, text, ctx)
    if on_host:
        return on_host  # "the H removal energy of MgH2 is 2.53 eV; Fe and Ni give 2.05 and 1.98 eV, respectively"
    before = [s for m, s in named_once(systems, text) if m.end <= g.start
              and not PRODUCT_CUE.search(text[max(0, m.start - 30):m.start])
              and not ADDITIVE_CUE_GATE.search(text[max(0, m.start - 40):m.start])
              and not re.search(r"(?:containing)\s+[^,;]*\band\s+$", text[max(0, m.start - 60):m.start])]
    before = with_again(before, systems, text)
    n = len(g.numbers)
    if (whole := _parts_of_one_sample(g, before, systems, text)) is not None:
        return [whole] * n   # "the MgH2–CoO electrode shows plateaus at 0.9 and 0.5 V, of CoO and MgH2, respectively"
    described = described_after(g, text, ctx, read={m.text: s for m, s in systems})
    if len(described) == n and _WORDS_AFTER_LIST.match(text, g.end) and not before:
        # "… for the catalysed and the uncatalysed mixture, respectively": the words say which (the additives cut
        # at their prefixes do when the words name one sample twice: "for the Fe2O3-doped and the Co3O4-doped ones")
        cut = prefixed_samples(g, systems, text) if len({s.name for s in described}) < n else []
        return cut if len({s.name for s in cut}) == n else described
    last = max((m for m, _ in systems if m.end <= g.start), key=lambda m: m.start, default=None)
    if last is not None and _BASELINE_AND.search(text, max(0, last.start - 60), last.start):
        # "of undoped and 5 mol% Ca-doped LiBH4 was A and B": the last sample named is the second of a pair
        # whose first is its bare host (what an element named before, "Ca doping", is not)
        paired = described_after(g, text, ctx, tuple(s for _, s in systems))
        if len(paired) == n:
            return paired
    # ("…, σ = 3.4 × 10−7 and 1.8 × 10−5 S cm−1 at 0 and 50 °C, respectively": a sentence that names no sample
    # and lists as many settings pairs the values with those, on its one sample, not with the paragraph's samples)
    # (the terms of a step's equation written in the sentence, 'the second step, Na3AlH6 → NaH,', are the step's, no
    # samples the values could pair with)
    own = prefixed_samples(g, systems, text) if _CUT_NAMED_AFTER.match(text, g.end) else []
    if len({s.name for s in own}) == n:
        # "… drops to 355 and 405 °C for the NbF5- and the ZrCl4-doped MgH2, respectively": the samples the sentence
        # names right after its list, cut at their hyphens, are its own — not a pair the paragraph named before
        return own
    if ctx is not None and len(ctx.in_paragraph.alternatives) == n \
            and sum(_has_hydrogen(s) or not s.bare for s in _outside_equations(before, systems, text)) < n \
            and not (other_list and not systems) and not _pair_host_named(ctx.in_paragraph.alternatives, before):
        # "… 5 wt% of Ni, Co or Fe. The Ni-, Co- and Fe-doped samples …" (in the order the words give, where they do)
        told = _alternatives_told_apart(g, text, ctx.in_paragraph.alternatives)
        if told or not one_sample_after(g, text):
            return told or list(ctx.in_paragraph.alternatives)
    cut = prefixed_samples(g, systems, text) or bare_and_modified(g, systems, text)
    # ("the undoped and Ni-doped samples of MgH2": the samples before may be one sample named twice)
    if len(cut) == n and (len(before) < n or len({s.name for s in before[-n:]}) < n == len({s.name for s in cut})):
        return cut  # "the Ni-, Co- and Fe-doped MgH2", "the undoped and 5 mol% TiF3-doped LiBH4"
    # ("MgH2 containing 20 wt% CeO2 and graphene shows onset and peak temperatures of 250 and 270 °C,
    # respectively": the values pair with the properties, or the conditions, listed as often; one sample)
    split = split_additives(g, systems, text) if len(before) < n and not other_list and not ordinals_listed(g, text) \
        and len(set(listed_keys(g, text))) != n else []
    if split:
        return split  # "the samples containing 20 wt% SiO2 and TiO2 reach …, respectively": one sample each
    if len(before) >= n and _milled_together(text, systems, before[-n:]):
        return []   # "milling A and B for 2 and 10 h gave X and Y, respectively": one sample, two settings
    if len(before) >= n:
        return before[-n:]
    on_host = additives_on_host(g, systems, text, ctx)
    if on_host:
        return on_host  # "the onset of LiBH4 fell to 310 and 290 °C upon adding TiF3 and NbF5, respectively"
    after = samples_after(g, systems, text)
    if len(after) == n:
        return after
    split = split_after(g, after, systems, text)
    if len(split) == n:
        return split  # "… of 252 and 267 °C were measured for MgH2 doped with TiO2 and CeO2": one sample each
    described = described_after(g, text, ctx, tuple(s for _, s in systems))
    if described:
        return described
    return alternative_additives(g, systems, text, ctx) if ctx is not None else []


# "the ball milling of A and B", "mixing A with B": the gerund (or its 'of') that makes the materials after it one
# sample (the ontology's MillingGerund and MixingGerund words)
_MILLING_OF = re.compile(rf"\b{MILLING_PREFIX}{MIXING_GERUNDS}\s+(?:of\s+)?(?:the\s+)?$", re.I)


def _milled_together(text: str, systems, listed: list[MaterialSystem]) -> bool:
    """"The milling of LiBH4 and TiO2 for 2 and 8 h gave …, respectively": materials the sentence names
    as what one milling or mixing put together are the parts of one sample, not as many samples — the values pair
    with the other list (the milling times), on that one sample. Only when every listed material is named in the
    gerund's own list, right after it ("mixing LiBH4 and SiO2"; not "pure MgH2 and milled MgH2-Ni")."""
    spans = [m for s in listed for m, t in systems if t is s][:len(listed)]
    if len(spans) != len(listed) or not spans:
        return False
    spans.sort(key=lambda m: m.start)
    if any(not LIST_GAP.fullmatch(text, a.end, b.start) for a, b in zip(spans, spans[1:])):
        return False
    return bool(_MILLING_OF.search(text, max(0, spans[0].start - 40), spans[0].start))


def _parts_of_one_sample(g: Group, before: list[MaterialSystem], systems, text: str) -> MaterialSystem | None:
    """"the MgH2–CoO electrode had its plateaus at 0.89 V and at 0.5 V, from the conversion of CoO and of MgH2,
    respectively": the materials a 'respectively' after the values lists are the parts of the last sample named
    before them, one each — what each value stems from inside that sample, whose values they all are (not a sample of
    its own each, nor a reference named earlier)."""
    if not before or before[-1].bare:
        return None
    end = _respectively_at(text, g.end)
    if end < 0:
        return None
    # (each as written: a later bare mention of the host may already have been read as the sample itself)
    listed = [system_of(m.text) for m, _ in systems if g.end <= m.start and m.end <= end]
    parts = {c.formula for c in before[-1].components}
    n = len(g.numbers)
    return before[-1] if len(listed) == n and all(s is not None and s.bare for s in listed) \
        and {s.host.formula for s in listed if s is not None} == parts and len(parts) == n else None


def samples_after(g: Group, systems, text: str) -> list[MaterialSystem]:
    """'… 287 and 264 °C for Mg(BH4)2–TiF3 and Mg(BH4)2/rGO, respectively': the samples named side by side right
    after the values' 'for' (their conditions may come first); with no 'respectively', those coordinated there
    ("… of 252 and 267 °C were measured for A and B, compared with 365 °C for C": A and B)."""
    until = _respectively_at(text, g.end)
    after = [(m, s) for m, s in named_once(systems, text) if m.start >= g.end and (until < 0 or until > m.start)]
    if not after:
        return []
    lead = FOR_SYSTEM.match(text, g.end) or PASSIVE_FOR.match(text, g.end)
    if lead is None and until >= 0 and (comma := _COMMA.match(text, g.end)):
        # "… 207, 221 and 230 °C, for A, B and C, respectively": a comma set before the 'for' (as indexing services
        # and many authors write it) leads to the same list
        lead = FOR_SYSTEM.match(text, comma.end())
    if not (lead and lead.end() == after[0][0].start):
        lead = _lead_past_conditions(text, g.end, after[0][0].start)
    if lead is None or lead.end() != after[0][0].start:
        return []
    chain = after[:1]
    for a in after[1:]:
        if not (_LISTED_GAP.fullmatch(text, chain[-1][0].end, a[0].start)
                or _LISTED_GAP.fullmatch(text, _past_own_additive(text, *chain[-1]), a[0].start)):
            break
        chain.append(a)
    if until >= 0 and len(chain) != len(after):
        return []
    return [s for _, s in chain]


_COMMA = re.compile(r"\s*,")


# between a list of values and the additives it pairs with: "for", "with", "upon adding", "after doping with",
# "by the addition of" (no clause or sample between them)
_LEAD_TO_ADDITIVES = re.compile(r"\s*(?:[^\d,;:.()]{0,40}?\s)?(?:for|with|adding|of|by|upon|on)\s+(?:the\s+)?$", re.I)


def _bare_list(listed: list, text: str) -> bool:
    """Are the (mention, system) pairs ``listed`` bare materials with no hydrogen, written one after another as a
    list ('TiF3 and NbF5', 'Ni, Co and Fe')? What is put into a host, never a host of its own."""
    return not any(_has_hydrogen(s) or not s.bare for _, s in listed) \
        and all(LIST_GAP.fullmatch(text, a[0].end, b[0].start) for a, b in zip(listed, listed[1:]))


def _each_with(host: MaterialSystem, listed: list) -> list[MaterialSystem]:
    """The unmodified ``host`` with each listed material, one sample each; [] when one cannot be joined."""
    out = [joined_system(bare_sample(host).name, s.name) for _, s in listed]
    return [s for s in out if s is not None] if all(out) else []


def additives_on_host(g: Group, systems, text: str, ctx: Context | None) -> list[MaterialSystem]:
    """'The onset temperature of LiBH4 fell to 310 and 290 °C upon adding TiF3 and NbF5, respectively': a
    'respectively' list paired with as many bare additives (no hydride among them) named after the values is
    one sample per additive, of the hydride the sentence named before the values (else the paragraph's): the
    additives are what was put in the host, never hosts of their own."""
    until = _respectively_at(text, g.end)
    if until < 0 or g.key in SIZE_KEYS:
        return []   # ('22, 31 and 47 nm for Ni, Co and Fe, respectively': the additives' own sizes)
    after = [(m, s) for m, s in systems if g.end <= m.start and m.end <= until]
    if len(after) != len(g.numbers) or not _bare_list(after, text) \
            or not _LEAD_TO_ADDITIVES.fullmatch(text, g.end, after[0][0].start) \
            or text[after[-1][0].end:until].strip(" ,"):
        return []
    host = next((s for m, s in reversed(systems) if m.end <= g.start and _has_hydrogen(s)
                 and not re.search(r"[;.]\s", text[m.end:g.start])), None)
    if host is None and ctx is not None and ctx.system is not None and _has_hydrogen(ctx.system):
        host = ctx.system
    if host is None:
        return []
    return _each_with(host, after)


# between the additives named before a list of values and the values: a verb or two, no number or other clause
_ADDITIVES_TO_VALUES = re.compile(r"[^\d;.:()]{0,60}")


def additives_before_on_host(g: Group, systems, text: str) -> list[MaterialSystem]:
    """'The H removal energy of MgH2 is 2.53 eV, whereas Fe and Ni give 2.05 and 1.98 eV': as many bare additives
    (no hydride, no metal that stores hydrogen itself) named side by side right before a list of values, after a
    hydride the sentence named, are that hydride with each of them, not samples of their own."""
    n = len(g.numbers)
    named = [(m, s) for m, s in systems if m.end <= g.start and not PRODUCT_CUE.search(text[max(0, m.start - 30):m.start])]
    if n < 2 or len(named) <= n or g.key in SIZE_KEYS:
        return []
    listed = named[-n:]
    if not _bare_list(listed, text) or any(storage_metal(s.host.formula) for _, s in listed) \
            or not _ADDITIVES_TO_VALUES.fullmatch(text, listed[-1][0].end, g.start):
        return []
    host = next((s for m, s in reversed(named[:-n]) if _has_hydrogen(s)
                 and not re.search(r"\.\s", text[m.end:listed[0][0].start])), None)
    if host is None:
        return []
    return _each_with(host, listed)


# "Ti and V doping", "Ni, Co and Fe substitution": the noun of putting them in, right after the listed materials
_DOPING_AFTER = re.compile(rf"\s*(?:co-?)?{adding_nouns('DopingNoun', 'PuttingInNoun', 'SubstitutionNoun')}\b", re.I)


def doping_listed_on_host(g: Group, systems, text: str, ctx: Context | None) -> list[MaterialSystem]:
    """'We study MgH2 … Ti and V doping reduce the removal energy to 1.79 and 1.62 eV, respectively': as many bare
    materials listed before the values as there are values, named as what is put in ('… doping', '… substitution'),
    are the host with each of them — the sentence's hydride named before them, else the paragraph's — never hosts of
    their own (a metal that stores hydrogen itself too: the noun says it is the dopant)."""
    n = len(g.numbers)
    named = [(m, s) for m, s in systems if m.end <= g.start]
    if n < 2 or len(named) < n:
        return []
    listed = named[-n:]
    if not _bare_list(listed, text) or not _DOPING_AFTER.match(text, listed[-1][0].end):
        return []
    host = next((s for m, s in reversed(named[:-n]) if _has_hydrogen(s)), None)
    if host is None and ctx is not None and ctx.system is not None and _has_hydrogen(ctx.system):
        host = ctx.system
    if host is None:
        return []
    return _each_with(host, listed)


# after a list of amounts, the samples they name: "the 5 and 10 wt% samples", "5, 10 and 15 mol% TiF3-doped composites"
_AMOUNTS_NAME = re.compile(rf"\s*(?:(?P<word>[^\s,;]+)\s+)?{SAMPLE_NOUNS}\b", re.I)
# "the 1, 3 and 5 mol% doped samples": a participle of adding with no additive before it names none
_BARE_PARTICIPLE = re.compile(rf"(?:co-?)?(?:{SPACED_PREFIX_VERBS})", re.I)


def loaded_samples(g: Group, gs: list[Group], systems, text: str, ctx: Context | None) -> list[MaterialSystem]:
    """'… to 265 and 230 °C for the 5 and 10 wt% samples': a list of as many amounts set before a sample noun
    names one sample per amount, of the additive its prefix names ("TiO2-doped") or else of the one additive
    the paragraph's sample has; of the hydride named before the amounts, else the paragraph's."""
    if ctx is None or ctx.system is None:
        return []
    n = len(g.numbers)
    for a in gs:
        if a.role != "amount" or a.kind != "list" or len(a.numbers) != n or not a.unit or a is g:
            continue
        m = _AMOUNTS_NAME.match(text, a.end)
        if m is None:
            continue
        word = m.group("word") if m.group("word") and not _BARE_PARTICIPLE.fullmatch(m.group("word")) else None
        named = _PREFIX.fullmatch(word) if word else None
        if word and named is None:
            continue   # "the 5 and 10 wt% Ni samples" names its additive as a material: amount_series reads it
        if named:
            written = system_of(named.group("add"))
            adds = [written.name] if written is not None and written.bare else []
        else:
            adds = [c.formula for c in ctx.system.additives]
        if len(adds) != 1:
            continue
        add = adds[0]
        host = next((s for mm, s in reversed(systems) if mm.end <= a.start and _has_hydrogen(s)
                     and not re.search(r"[;.]", text[mm.end:a.start])), None) or bare_sample(ctx.system)
        unit = re.sub(r"[\s.%]", "", a.unit)
        unit = {"v/v": "vol"}.get(unit, unit)
        out = [joined_system(host.name, f"{x.value:g} {unit}% {add}") for x in a.numbers]
        if all(out):
            return out
    return []


def split_after(g: Group, after: list[MaterialSystem], systems, text: str) -> list[MaterialSystem]:
    """'… 252 and 267 °C were measured for MgH2 doped with TiO2 and CeO2': the one sample after the values'
    'for', of as many additives as values, is one sample per additive (ingest/extraction/samples/split_samples.py)."""
    if len(g.numbers) < 2 or len(after) != 1 or len(after[0].additives) != len(g.numbers) or not _has_hydrogen(after[0]):
        return []
    m = next(m for m, s in systems if s is after[0] and m.start >= g.end)
    return split_sample(m, after[0], text, min(len(text), m.end + 120))


def _past_own_additive(text: str, m, s: MaterialSystem) -> int:
    """Where the sample's name ends, past its last additive when written after the mention ("MgH2 doped with
    5 wt% TiO2": the mention may span the host only)."""
    if not s.additives:
        return m.end
    tail = text[m.end:m.end + 60]
    words = [w for w in (s.additives[-1].text, s.additives[-1].formula) if w]
    return max((m.end + tail.find(w) + len(w) for w in words if w in tail and not re.search(r"[,;]", tail[:tail.find(w)])),
               default=m.end)


def pairs_with_samples_after(g: Group, gs: list[Group], systems, text: str) -> bool:
    """'Capacities of 5.2 and 4.9 wt% were measured for MgH2–Ni and MgH2–C': with no 'respectively', a list of
    values of one property pairs with as many samples coordinated right after its 'for' (one property has one
    value on one sample), or with a list of as many amounts there ("for MgH2 with 5 and 10 wt% X")."""
    n = len(g.numbers)
    after = samples_after(g, systems, text)
    if after and BOTH_LEADS.search(text, g.end, next(m.start for m, s in systems if s is after[0] and m.start >= g.end)):
        return False   # "80 and 97 kJ/mol for both Ti-doped A and B": each value is of both samples
    if len(after) == n or len(split_after(g, after, systems, text)) == n:
        return True
    if len(after) != 1:
        return False
    first = next(m for m, s in systems if s is after[0] and m.start >= g.end)
    return any(a.role == "amount" and a.kind == "list" and len(a.numbers) == n and 0 <= a.start - first.end <= 30
               for a in gs)


# the words that may stand between a list of values and the 'for' of its samples: the values' conditions
# ("… 252 and 267 °C under 0.1 MPa argon were obtained for …", "… after 15 cycles for …"), no clause break
_CONDITION_GAP = re.compile(r"[^,;()]{1,100}")
_LEAD_WORD = re.compile(r"\s(?=(?:for|of|in|with|by)\s)")
# "… 5.2 and 3.1 wt% of hydrogen were released within 10 min by A and B": the agent of a passive verb, the
# samples that gave the values (a 'by' with no passive verb before it names a method or a way, "by DSC")
_AGENT_BY = re.compile(r"\s*by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}")
_PASSIVE_VERB = re.compile(r"\b(?:was|were|is|are|been|be)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|nd|ht)\b")


def _lead_past_conditions(text: str, start: int, sample: int) -> re.Match | None:
    """The 'for' leading to the first sample after a list of values when the values' conditions come first
    ("… of 252 and 267 °C after 10 cycles were measured for A and B, respectively"), or the 'by' of a passive
    verb's agent ("… were released within 10 min by A and B"), else None."""
    if not _CONDITION_GAP.fullmatch(text, start, sample) or _RESPECTIVELY_AT.search(text, start, sample):
        return None
    for w in _LEAD_WORD.finditer(text, start, sample):
        lead = FOR_SYSTEM.match(text, w.start())
        # (the verb may come before the values: "hydrogen is liberated at 150 and 170 °C by A and B")
        if lead is None and _PASSIVE_VERB.search(text, max(0, start - 80), w.start()):
            lead = _AGENT_BY.match(text, w.start())
        if lead is not None and lead.end() == sample:
            return lead
    return None


# the gap between two samples of a list, where the next may lead with its loading ("…, MgH2–Ni and
# 8 mol% Ti-doped NaAlH4": the loading is the next sample's, written before its name)
_LISTED_GAP = re.compile(LIST_GAP.pattern + rf"(?:the\s+)?(?:{AMOUNT}\s*)?", re.I)


# "undoped and ", "pristine and 5 mol% ": a bare host set first in a pair, before the doped sample's name
_BASELINE_AND = re.compile(rf"\b{BASELINE_WORDS}\s+(?:and|or)\s+[^\s,;.]*\s?(?:[^\s,;.]+\s?){{0,3}}$", re.I)


# "5 wt% of" closing a stretch of text: the amount of the additive named right after it
_AMOUNT_AT_END = re.compile(rf"{AMOUNT_OF}$", re.I)
_AMOUNT_GROUPS_AT_END = re.compile(rf"{AMOUNT_GROUPS}\s*(?:of\s+)?$", re.I)
# "… for the undoped and doped samples, respectively": samples named by words after the values
# (a word may carry its loading: "of undoped and 5 mol% Ca-doped LiBH4")
_LOADING = rf"(?:{AMOUNT}\s)?"
# (a word may be a formula with brackets: "the Mg(BH4)2 and the composite")
_LISTED_WORD = r"[\w/@–-]+(?:\(\w+\)[\w/@–-]*)*"
# ("… of 120, 135 and 180 °C were found for the KH-added, …": a passive verb of finding may stand between)
# "… for the NbF5- and the ZrCl4-doped", "… of Ni-, Co- and": right after a list, samples written as additives cut at
# their hyphens
_CUT_NAMED_AFTER = re.compile(r"\s*(?:degrees\s+C\s+|°C\s+)?(?:for|of|in)\s+(?:the\s+)?\S+?[-‐]\s*(?:,|and\b|or\b)", re.I)
_WORDS_AFTER_LIST = re.compile(rf"(?:\s*(?:{BE}\s+(?:measured|found|obtained|observed|determined|recorded)\s+)?"
                               rf"(?:for|of|in)\s+|^)(?:the\s+)?((?:(?:the\s+)?{_LOADING}{_LISTED_WORD}(?:\s*,\s*|\s+and\s+|\s+or\s+))+"
                               rf"(?:the\s+)?{_LOADING}{_LISTED_WORD})\s+(?:{SAMPLE_NOUNS}"
                               r"|(?P<host>[A-Z][A-Za-z0-9()·–-]*\d[A-Za-z0-9()]*))(?![\w(])", re.I)


_RESPECTIVELY_AT = re.compile(rf"\b{RESPECTIVELY_WORDS}\b", re.I)


_FORMULA_WORD = re.compile(r"(?<![\w-])[A-Z][A-Za-z0-9()]*\d[A-Za-z0-9()]*|(?<![\w-])[A-Z][a-z]?[A-Z][A-Za-z0-9()]*")


def _cell_electrodes_listed(g: Group, text: str, electrodes: set[str], n: int) -> bool:
    """The list's samples, named after its values ('for TiS2 and LiFePO4, respectively'), are as many electrodes the
    passage named its cells with (``PassageState.electrodes``), no sample of their own."""
    if not electrodes:
        return False
    until = _respectively_at(text, g.end)
    if until < 0:
        return False
    named = _FORMULA_WORD.findall(text, g.end, until)
    # (one of them named an electrode is enough where none holds hydrogen: 'TiS2 or LiFePO4 as a cathode')
    return len(named) == n and any(w in electrodes for w in named) \
        and not any(_has_hydrogen(x) for w in named if (x := system_of(w)) is not None)


def _respectively_at(text: str, start: int) -> int:
    """Where the words that pair a list up ('respectively', 'in that order') come after ``start``, else -1."""
    m = _RESPECTIVELY_AT.search(text, start)
    return m.start() if m else -1


def _hydride_added_to(add: MaterialSystem, reference: MaterialSystem) -> bool:
    """A hydride a prefix names ('the LiBH4-doped composite' of Mg(NH2)2–2LiH) is an additive of the sample when it
    is none of the bare sample's own parts (the host, LiH of Mg(NH2)2–2LiH)."""
    bare = unfilled_sample(reference)
    return all(c.formula != add.host.formula for c in (bare.host, *bare.additives))


def _listed_words(m: re.Match) -> list[str]:
    """The words a ``_WORDS_AFTER_LIST`` match lists, one per sample ("the catalysed and the uncatalysed mixture",
    "the Nb- and Ti-containing composites")."""
    return suspended([re.sub(rf"^(?:the\s+)?{_LOADING}", "", w, flags=re.I)
                      for w in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", m.group(1)) if w])


# (", respectively" right after the words that list the samples)
_THEN_RESPECTIVELY = re.compile(rf"\s*,?\s*{RESPECTIVELY_WORDS}\b", re.I)


# "… were 79.5 and 95.2 kJ/mol for the co-doped sample, respectively": a phrase naming one sample after the values
_DESCRIBED_AFTER = re.compile(rf"\s*(?:{BE}\s+(?:measured|found|obtained|observed|determined|recorded)\s+)?"
                              rf"(?:for|of|in)\s+(?:the|this)\s+(?P<words>(?:[\w/·–-]+\s+){{0,3}}?)"
                              rf"(?P<noun>{SAMPLE_NOUNS})\b", re.I)


def one_sample_after(g: Group, text: str) -> bool:
    """Do the values of ``g`` belong to one sample the words right after them name (a singular noun, no list of
    words before it)? Then 'respectively' pairs them with something else (steps, conditions), not the samples."""
    m = _DESCRIBED_AFTER.match(text, g.end)
    return m is not None and not m.group("noun").lower().endswith("s") \
        and not re.search(r"\b(?:and|or)\b|,", m.group("words"))


def _pair_host_named(alternatives: list[MaterialSystem], before: list[MaterialSystem]) -> bool:
    """Are the paragraph's samples a pair of one host with and without an additive ('A with and without B was
    milled') whose host this sentence names again before its values ('… of the A and the composite are …')? Then
    the sentence tells its samples itself, in its own order, not the pair's."""
    if len(alternatives) != 2 or len({host_formula(s) for s in alternatives}) != 1 \
            or sum(s.bare for s in alternatives) != 1:
        return False
    return any(s.bare and host_formula(s) == host_formula(alternatives[0]) for s in before)


def _alternatives_told_apart(g: Group, text: str, alternatives: list[MaterialSystem]) -> list[MaterialSystem]:
    """The paragraph's samples named side by side, in the order the words of this sentence list them ("… 97.3 and
    104.5 kJ/mol for the co-doped and Ti-doped materials, respectively": the words stand after this list of values
    or after the last list that 'respectively' closes); [] when no such words tell them apart."""
    words = next((w for b in _WORDS_AFTER_LIST.finditer(text, g.end)
                  if (b.start() == g.end or _THEN_RESPECTIVELY.match(text, b.end()))
                  and len(w := _listed_words(b)) == len(g.numbers)), None)
    return told_apart(words, alternatives) if words else []


def described_after(g: Group, text: str, ctx: Context | None,
                    sentence: tuple[MaterialSystem, ...] = (), read: dict[str, MaterialSystem] | None = None
                    ) -> list[MaterialSystem]:
    """'182 and 122 kJ/mol for the undoped and doped samples, respectively' (or the words before the
    values: 'of the pristine and doped samples are 182 and 122 kJ/mol'): in the paragraph about a
    modified sample, a word naming the bare host ("undoped", "pristine") is the bare host, any
    other word ("doped", "catalysed") the sample itself. Where the words end in the host's formula
    ('of undoped and 5 mol% Ca-doped LiBH4'), that host is the reference even before any paragraph
    named one; a sample of ``sentence`` (the systems it names) that holds a word's additive is that sample."""
    if ctx is None:
        return []
    m = _WORDS_AFTER_LIST.match(text, g.end)
    if m is None:
        # 'the activation energies of the pristine and KH-doped samples are 102 and 65 kJ/mol': the
        # same words before the values, with only a verb between them and the first value
        m = next((b for b in _WORDS_AFTER_LIST.finditer(text, max(0, g.start - 160), g.start)
                  if not re.search(r"[\d.;]", text[b.end():g.start]) and b.end() >= g.start - 80), None)
    if m is None:
        return []
    reference = ctx.system
    written_host = system_of(m.group("host")) if m.group("host") else None
    if written_host is not None and written_host.bare and (
            reference is None or host_formula(written_host) != host_formula(reference)):
        reference = written_host   # the words are said of the host they end in, not of the paragraph's
    if reference is None:
        return []
    if m.group("host") and (system_of(m.group("host")) is None
                            or host_formula(system_of(m.group("host"))) != host_formula(reference)):
        return []  # "for the doped and undoped MgH2": the words describe the paragraph's host, no other
    words = _listed_words(m)
    if len(words) != len(g.numbers):
        return []
    told = told_apart(words, ctx.in_paragraph.alternatives) if len(ctx.in_paragraph.alternatives) > 1 else []
    if told:
        return told   # "the co-doped and Ti-doped materials" of the two samples the paragraph named side by side
    # "the film and MgH2/C electrodes": a word that is a sample's name is that sample (of this host only)
    # ("Nb2O5-catalysed" is a prefix naming an additive, no sample's name)
    # (a name the sentence already read as a sample, or the passage gave one, 'MgH2@G' after '(denoted MgH2@G)',
    # is that sample)
    read = read or {}
    written = {w: read.get(w) or ctx.in_passage.aliases.get(w) or system_of(w) for w in words
               if re.search(r"[A-Z]\w*\d", w) and not _PREFIX.fullmatch(w)}
    if any(s is None or host_formula(s) != host_formula(reference) for s in written.values()):
        return []
    bare = re.compile(rf"^{BASELINE_WORDS}$", re.I)
    out = []
    for w in words:
        named = _PREFIX.fullmatch(w)
        add = system_of(named.group("add")) if named else None
        if w in written:
            out.append(written[w])
        elif any(s.additives for s in written.values()) and not add:
            # "the film and MgH2/C electrodes": the word beside a named modified sample is the other,
            # unmodified sample of the host ("film", "bulk", "nanoparticle")
            out.append(unfilled_sample(reference))
        elif bare.match(w):
            # the pristine one is the sample before this paper's addition: it keeps the host's own substituents
            out.append(unfilled_sample(reference))
        elif add is not None and (not _has_hydrogen(add) or _hydride_added_to(add, reference)):
            # "the pristine and Ni-containing electrodes": the word names its additive, joined to the
            # paragraph's sample made bare (the paragraph may have gone back to the bare host)
            # (a paragraph's sample that has the additive already is that sample, amounts and all)
            has = any(a.formula == add.host.formula for a in reference.additives)
            holding = [s for s in sentence if host_formula(s) == host_formula(reference)
                       and any(a.formula == add.host.formula for a in s.additives)]
            # (or a sample of the same host with it that the text named side by side before, amounts and all; "the
            # Nb-containing composite" of MgH2–5 wt% Nb2O5: the one sample whose additive holds the element named)
            named_before = {a.name: a for a in (*ctx.in_paragraph.alternatives, *reversed(ctx.in_passage.seen))
                            if host_formula(a) == host_formula(reference)}
            known = _holding(add.host.formula, list(named_before.values()))
            out.append(reference if has else holding[0] if len(holding) == 1
                       else known or plus_additive(unfilled_sample(reference), add))
        elif not reference.bare:
            out.append(reference)
        else:
            return []  # "the doped and undoped samples" of a paragraph that named no additive
    return out


def _holding(named: str, pool: list[MaterialSystem]) -> MaterialSystem | None:
    """The first sample of ``pool`` with the additive ``named``; else, for an element symbol ('Nb'), the one sample
    whose additive holds that element (Nb2O5), when exactly one does: with two, the word says no more than the
    metal."""
    exact = next((s for s in pool if any(a.formula == named for a in s.additives)), None)
    if exact is not None or not re.fullmatch(r"[A-Z][a-z]?", named):
        return exact
    holding = [s for s in pool if any(named in formula_symbols(a.formula) for a in s.additives)]
    return holding[0] if len(holding) == 1 else None


def pairs_with_alternatives(g: Group, systems, ctx: Context, text: str) -> bool:
    """'The corresponding activation energies are 87.9, 93.1 and 98.4 kJ/mol': a list of as many values
    as the samples just named side by side, in a sentence that names no sample of its own (nor one right after
    the values: "… 118.4 and 126.7 kJ/mol for the undoped material" are that one's)."""
    return len(g.numbers) > 1 and len(ctx.in_paragraph.alternatives) == len(g.numbers) and not any(
        _has_hydrogen(s) or not s.bare for _, s in systems) and not one_sample_after(g, text)


_ALTERNATIVES = re.compile(r"\b(?:containing|with|doped with|catalys\w* (?:by|with)|catalyz\w* (?:by|with)|adding)\s+$", re.I)


def alternative_additives(g: Group, systems, text: str, ctx: Context) -> list[MaterialSystem]:
    """'those containing 25 v/v% ZrO2 and MgO reach 0.26 and 0.18 mS/cm, respectively': one sample of
    the paragraph's host per additive listed, with its amount (one written once before the list is each one's)."""
    if ctx.system is None:
        return []
    adds = [(m, s) for m, s in systems if m.end <= g.start and not _has_hydrogen(s)]
    n = len(g.numbers)
    if len(adds) < n:
        return []
    adds = adds[-n:]
    first = adds[0][0]
    lead = _AMOUNT_AT_END.sub("", text[max(0, first.start - 60):first.start])
    if not _ALTERNATIVES.search(lead):
        return []
    host = bare_sample(ctx.system)
    amounts = [_AMOUNT_GROUPS_AT_END.search(text, max(0, m.start - 20), m.start) for m, _ in adds]
    if amounts[0] is not None and not any(amounts[1:]) \
            and all(LIST_GAP.fullmatch(text, a.end, b.start) for (a, _), (b, _) in zip(adds, adds[1:])):
        # ('those containing 25 v/v% ZrO2 and MgO'): one loading written once, before the list, is each sample's
        # (the samples compared at one loading), as ``split_samples.split_sample`` reads it in a sample's own name
        amounts = [amounts[0]] * len(adds)
    out = []
    for (_, s), amount in zip(adds, amounts, strict=True):
        unit = fraction(amount.group("unit")) if amount else None
        joined = joined_system(host.name, f"{amount.group('value')} {unit}% {s.name}" if amount else s.name)
        out.append(joined or host)
    return out


# "… were 4.16 and 4.1 wt%, and 4.92 and 4.69 wt%, respectively": a comma or semicolon before the next pair
# ("…, and", ";") closes one sample's values; a bare "and" (or a comma alone) joins the values of one sample
_PAIR_CLOSE = re.compile(r"[,;]\s*and\b|;")
_PAIR_JOIN = re.compile(r"\band\b|,")


def nested_chunks(g: Group, text: str) -> int:
    """'their absorption and desorption capacities were 4.16 and 4.1 wt%, and 4.92 and 4.69 wt%, respectively':
    a list of n samples × m properties written as n runs of m values, each run closed by ', and' or ';' and
    its values joined by 'and'. The run length m (2 or more, for 2 or more runs of equal length), else 0 —
    a plain list ('a, b, c, and d') has one closing gap only, at its end, and no equal runs."""
    if not g.respectively or len(g.numbers) < 4:
        return 0
    closes = []
    for k in range(len(g.numbers) - 1):
        gap = text[g.numbers[k].end:g.numbers[k + 1].start]
        if _PAIR_CLOSE.search(gap):
            closes.append(k + 1)
        elif not _PAIR_JOIN.search(gap):
            return 0
    if not closes:
        return 0
    m = closes[0]
    runs = [b - a for a, b in zip([0, *closes], [*closes, len(g.numbers)])]
    return m if m >= 2 and len(runs) >= 2 and all(r == m for r in runs) else 0


# between the values of one run: "74 kJ/mol, 135 J/(mol K), 64 kJ/mol and 122 J/(mol K)"
_RUN_GAP = re.compile(r"\s*(?:,|,?\s*and)\s*")
_RESPECTIVELY_NEXT = re.compile(rf"\s*,?\s*{RESPECTIVELY_WORDS}\b", re.I)


def interleaved_pairs(text: str, props: list[Group], systems, taken) -> dict[int, MaterialSystem]:
    """'the enthalpy and entropy of A and B are 74 kJ/mol, 135 J/(mol K), 64 kJ/mol and 122 J/(mol K),
    respectively': single values whose units come round in a cycle, one cycle per sample listed before
    (id of each value -> its sample)."""
    out: dict[int, MaterialSystem] = {}
    for run in _runs(props, lambda a, b: _RUN_GAP.fullmatch(text, a.end, b.start) is not None):
        period = _unit_period(run)
        if period and _RESPECTIVELY_NEXT.match(text, run[-1].end):
            out.update(_paired(run, period, systems, taken, text))
    return out


def _runs(props: list[Group], joined: Callable[[Group, Group], bool]) -> Iterator[list[Group]]:
    """The runs of ``props`` in order: single values one after another, each ``joined`` to the one before it (a
    value that joins none is a run of its own)."""
    i = 0
    while i < len(props):
        run = [props[i]]
        while (j := i + len(run)) < len(props) and props[j].kind == "single" == run[-1].kind and joined(run[-1], props[j]):
            run.append(props[j])
        i += len(run)
        yield run


def _paired(run: list[Group], period: int, systems, taken, text: str) -> dict[int, MaterialSystem]:
    """The run's values (cycling through ``period`` quantities, one cycle a sample) paired in order with the
    samples listed before them, when there are as many (id of each value -> its sample); else none."""
    firsts = run[::period]
    listed = Group("list", [g.numbers[0] for g in firsts], run[0].unit, run[0].start, run[-1].end)
    targets = listed_systems(listed, systems, taken, text)
    return {id(g): targets[k // period] for k, g in enumerate(run)} if len(targets) == len(firsts) else {}


# "1.5 wt% H2 at 50 °C and 1.9 wt% H2 at 80 °C, respectively": single values of one quantity, each followed by its
# own setting (a short phrase after a preposition, or in a bracket: "6 × 10−2 S cm−1 (378 K)"), joined by 'and' or a
# comma, then 'respectively'
_OWN_SETTING = r"(?:\s+(?:of\s+)?(?:H2|hydrogen))?(?:\s+(?:at|under|after|in|within|for|over|upon)\s+[^,;()]{1,30}?" \
               r"|\s*\(\s*(?:at\s+)?\d[^,;()]{0,20}\))?"
_SET_RUN_GAP = re.compile(_OWN_SETTING + r"\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)")
_SET_RESPECTIVELY = re.compile(_OWN_SETTING + rf"\s*,?\s*{RESPECTIVELY_WORDS}\b", re.I)


def set_apart_pairs(text: str, props: list[Group], systems, taken) -> dict[int, MaterialSystem]:
    """'A and B yield 1.5 wt% at 50 °C and 1.9 wt% at 80 °C, respectively': single values of one quantity written
    apart, each with its own setting, are a list paired with the samples listed before (id of each value -> its
    sample)."""
    out: dict[int, MaterialSystem] = {}
    for run in _runs(props, lambda a, b: _dims(a.unit) == _dims(b.unit)
                     and _SET_RUN_GAP.fullmatch(text, a.end, b.start) is not None):
        if len(run) >= 2 and _SET_RESPECTIVELY.match(text, run[-1].end):
            out.update(_paired(run, 1, systems, taken, text))
    return out


def _unit_period(run: list[Group]) -> int:
    """The number of different quantities a run of values cycles through, twice or more (0 if it does not)."""
    dims = [_dims(g.unit) for g in run]
    for period in range(2, len(run) // 2 + 1):
        if len(run) % period == 0 and len(set(dims[:period])) == period \
                and all(d == dims[k % period] for k, d in enumerate(dims)):
            return period
    return 0
