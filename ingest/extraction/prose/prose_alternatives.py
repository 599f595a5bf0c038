"""Values of lists: runs of values joined into one list, one value per alternative sample ('… for NaAlH4 with Ti, Zr or
Ce'), the steps of one process counted before a list, and a 'respectively' list before a second one.
"""
from __future__ import annotations

import re

from ingest.extraction.samples.material_cues import FOR_SYSTEM
from ingest.extraction.text.comparison_words import COMPARED_WITH
from ingest.extraction.text.quantity_text import Group
from ingest.extraction.values.value_lists import PASSIVE_FOR
from ingest.extraction.values.value_roles import classify
from ontology.models import MaterialSystem, Measurement
from ontology.system import host_formula
from ontology.word_gate import gated

from .prose_context import Context
from .respectively import listed_keys, listed_systems, nested_chunks


def given_key(m: Measurement) -> tuple:
    parts = tuple(sorted((c.formula, str(c.amount)) for c in m.system.components)) if m.system is not None else ()
    return (m.property, m.value, m.unit, parts, m.baseline)


# "… were 5.2 and 4.9 wt%, and 5.8 and 5.5 wt%, respectively": two runs with the unit written once each
_RUN_GAP = re.compile(r"\s*(?:,\s*and|;(?:\s*and)?)\s*")


def joined_runs(props: list[Group], text: str, systems, taken, ctx) -> list[Group]:
    """``props`` with two lists of as many values, the unit written after each, joined into one when they are
    two samples' runs under one 'respectively' (``nested_pairs`` reads the joined list); else as they are."""
    out: list[Group] = []
    for g in props:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == g.kind == "list" and g.respectively and 2 <= len(prev.numbers) == len(g.numbers) \
                and prev.unit == g.unit and _RUN_GAP.fullmatch(text, prev.end, g.start):
            joined = Group("list", prev.numbers + g.numbers, g.unit, prev.start, g.end, prev.qualifier,
                           role=prev.role, key=prev.key, respectively=True, cues=list(prev.cues))
            if nested_pairs(joined, text, systems, taken, ctx):
                out[-1] = joined
                continue
        out.append(g)
    return out


def nested_pairs(g: Group, text: str, systems, taken, ctx) -> tuple[list[str], list[MaterialSystem]] | None:
    """The properties (one per value of a run) and the samples (one per run) of a list written as runs of
    values, one run per sample ("…, and …, respectively"; ``nested_chunks``), when the words before name as
    many properties as a run has values and the sentence lists as many samples as there are runs; else None."""
    m = nested_chunks(g, text)
    if not m:
        return None
    n = len(g.numbers) // m
    keys = listed_keys(Group("list", g.numbers[:m], g.unit, g.start, g.end), text)
    if len(keys) != m or len(set(keys)) != m:
        return None
    targets = listed_systems(Group("list", g.numbers[:n], g.unit, g.start, g.end), systems, taken, text, ctx)
    return (keys, targets) if len(targets) == n else None


def for_host_after(text: str, g: Group, host: MaterialSystem, systems) -> bool:
    """Is the host of the alternatives named right after the list's 'for' ("… were found for NaAlH4 catalysed
    by …")?"""
    first = next((m for m, s in systems if m.start >= g.end), None)
    if first is None or host_formula(host) != host_formula(next(s for m, s in systems if m is first)):
        return False
    lead = FOR_SYSTEM.match(text, g.end) or PASSIVE_FOR.match(text, g.end)
    return lead is not None and lead.end() == first.start


def alternatives_said(text: str, subject: MaterialSystem, alternatives: list[MaterialSystem] | None, ctx: Context,
                       is_base: bool) -> list[MaterialSystem]:
    """The samples one value (or one range) holds for: each of the samples the sentence names as alternatives
    ("doping NaAlH4 with TiCl3, ZrCl4 or CeCl3 lowers … to 120 °C"), when the value's subject is their bare host,
    else the subject alone."""
    listed = alternatives or (ctx.in_paragraph.alternatives if _THESE_ADDITIVES.search(text) else [])
    return [a for a in listed or [] if subject.bare and not is_base
            and host_formula(a) == host_formula(subject)] or [subject]


def values_of_the_alternatives(text: str, g: Group, gs: list[Group]) -> bool:
    """Is the list ``g`` one value per alternative sample the sentence named before it — not one sample's
    values at as many listed settings ("… released 5.1 and 6.3 wt% at 300 and 350 °C") or steps?"""
    return not steps_counted(text, g) and not any(
        o is not g and o.role == "condition" and o.kind == "list" and len(o.numbers) == len(g.numbers) for o in gs)


# "the composites containing these absorbers …": the samples the sentence before listed, each of them
# "the activation energies of the two steps are 58 and 89 kJ/mol, respectively", "both stages": the list pairs with
# the counted steps of one sample, not with the samples the sentence before gave values of
# ("the activation energies of these steps": steps counted before, taken up again)
_STEPS_COUNTED = re.compile(r"\b(?:two|three|four|both|all|successive|consecutive|first\s+and\s+second|these|those)\s+"
                            r"(?:[a-z-]+\s+)?(?:steps|stages)\b", re.I)


def steps_counted(text: str, g: Group) -> bool:
    """Does the sentence count the steps or stages of one process before the list ``g``, or in its own clause after
    it ('… of 160 and 175 kJ/mol were found for both stages, respectively')?"""
    # (a substring before the regex: few sentences speak of steps)
    head = text[:g.start] + " " + _CLAUSE_END.split(text[g.end:], maxsplit=1)[0]
    return ("step" in head or "stage" in head) and _STEPS_COUNTED.search(head) is not None


_CLAUSE_END = re.compile(r"[;.](?:\s|$)")


_THESE_ADDITIVES = gated(re.compile(r"\b(?:containing|with)\s+(?:these|those|the\s+three|the\s+two|each\s+of\s+these)\s+"
                              r"(?:[a-z-]+\s+)?(?:absorbers|additives|catalysts|dopants|fillers|scaffolds|supports)\b", re.I))


def reread_past(text: str, g: Group, aside: tuple[int, int], last: Group | None, ms, chain_cue) -> str:
    """Reads the value again with the interposed method clause ``aside`` blanked out (offsets kept): the
    property is named by the subject before it; a value that still reads as a condition stays one."""
    saved = (g.role, g.key, list(g.cues))
    g.role, g.key = None, None
    blank = text[:aside[0]] + " " * (aside[1] - aside[0]) + text[aside[1]:]
    cue = classify(blank, g, last.end if last is not None else 0, ms, chain_cue)
    if g.role != "property":
        g.role, g.key, g.cues = saved
        return ""
    g.cues.append("property:past-aside")
    return cue


def respectively_before(text: str, g: Group, gs: list[Group]) -> bool:
    """'A and B do not release hydrogen below 300 and 220 °C, respectively, but peak at 390 and 290 °C':
    a list after a 'respectively' list of as many numbers (kept, or a negated bound) pairs the same way."""
    # ("…, respectively, against 102 and 118 kJ/mol for the undoped material": a list set against the
    # first, or said of a sample of its own, does not pair with the first list's samples; "… and release
    # 6.1 and 5.8 wt% of hydrogen": the gas a capacity is of names no sample)
    return not _OWN_SAMPLE_AFTER.match(text[g.end:]) and any(
        o.end <= g.start and o.kind == "list" and o.respectively and len(o.numbers) == len(g.numbers)
        and not _AGAINST.search(text, o.end, g.start) for o in gs)


_OWN_SAMPLE_AFTER = re.compile(r"\s*(?:for|of|in|on)\b(?!\s+(?:hydrogen|H2|H₂|H-2|deuterium|D2)\b)", re.I)


_AGAINST = re.compile(rf"\b(?:{COMPARED_WITH}|against|compared|than|whereas|while|unlike)\b", re.I)
