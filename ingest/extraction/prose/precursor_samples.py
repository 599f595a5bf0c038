"""What a preparation starts from or passes through is not the sample it makes (issue 10).

A text names the materials a synthesis starts from ("Li2NH served as seeds", "the LiAlH4 precursor"), or the phases a
reaction passes through ("the Li3AlH6 intermediate", "reacts to A via phases of the form B"), and then gives values
of what it made, often without naming it again: "the resulting solution", "the obtained nano-composites", "the
product". Carried over from the sentence before, such a value would land on the last material named — the seed or
the intermediate, which the value is never of. Two layer rules, both abstaining (a record not made costs a chemist
less than a wrong one, README):

- a value that reached its sample only by being carried from an earlier sentence is dropped when that sample is one
  the passage named as a starting material or an intermediate (kept per passage in ``PassageState.precursors``) —
  unless the sentence says it of a result phrase and the passage named a sample holding that seed and more
  ("the obtained nano-composites" grown on LiNH2–LiH seeds: the LiNH2–LiH–Mg(BH4)2 composite), which takes it;
- a value the sentence says of a result phrase ("the resulting …", "the obtained …", "the product") that was carried
  to a sample the sentence before did not name, while that sentence named other materials, is dropped: the result
  is of the last step described, made from those materials, not of the sample named further back.

The words (precursor, seed, intermediate, via; resulting, obtained, product) are the ontology's PrecursorWord and
ResultWord schemes; the link words between a material and its role ('acted as a', 'offered a') are English grammar.
"""
from __future__ import annotations

import re
from functools import cache

from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, mentions, system_of
from ontology.models import Measurement
from ontology.system import host_formula
from ontology.vocabulary import vocabulary

# the cues of a sample carried from before (ingest/extraction/document_wide/confidence.py names them)
_CARRIED = ("system:continued", "system:fallback")


def carried(cues: list[str]) -> bool:
    """The record's sample was carried from an earlier sentence, not named by this one."""
    return any(c.startswith("system:context") or c in _CARRIED for c in cues)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    v = vocabulary()
    noun = v.scheme_alternation("PrecursorWord", ("StartingMaterialNoun", "IntermediateNoun"))
    via = v.scheme_alternation("PrecursorWord", ("PassingThroughWord",))
    # after the material: "X intermediate", "X hollow particles offered a favourable nucleus", "X served as seeds"
    after = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:(?:acted|served|offered|provided|was\s+used|were\s+used|"
                       r"is|was|were|are|act|serve|serves|acts)\s+)?(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
                       rf"{noun}\b", re.I)
    # before it: "the precursor X", "intermediate X", "seeds of X"; "via X", "via (a phase noun, a few words) X"
    before = re.compile(rf"\b{noun}\s+(?:of\s+)?(?:the\s+)?$", re.I)
    # ("via the Na3AlH6 phase", "via hydridofluoride phases of the form X": the route is a phase; "generation via
    # hydrolysis of X", "prepared via milling X": a process, whose material is the sample itself)
    phase = v.scheme_alternation("SolidKindNoun", ("PhaseNoun",))
    through = re.compile(rf"\b{via}\s+(?:(?:an?|the)\s+)?(?:(?:[\w-]+\s+){{0,2}}{phase}\s+(?:[\w-]+\s+){{0,3}})?$",
                         re.I)
    result = re.compile(r"\b(?:the|this|these|that|those)\s+(?:(?:"
                        rf"{v.scheme_alternation('ResultWord', ('ResultParticiple',))})\s+(?:[\w-]+\s+){{0,2}}?[\w-]+"
                        # ('the product' bare: "the dehydrogenated product" is the studied sample in a state of its
                        # own, ingest/extraction/samples/subject_system.py)
                        rf"|{v.scheme_alternation('ResultWord', ('ProductNoun',))})\b", re.I)
    return after, before, through, result


def _materials(ms: list[Mention]) -> list[Mention]:
    return [m for m in ms if m.kind in (SYSTEM_LABEL, "Material")]


def precursors_named(text: str, ms: list[Mention]) -> set[str]:
    """The names of the materials ``text`` names as a starting material or an intermediate, each with no
    other material between it and its role word ("MgH2 milled with the Ti precursor": Ti's, not MgH2's)."""
    after, before, through, _ = _patterns()
    mats = _materials(ms)
    out = set()
    for k, m in enumerate(mats):
        nxt = mats[k + 1].start if k + 1 < len(mats) else len(text)
        prev = mats[k - 1].end if k else 0
        hit = after.match(text, m.end)
        if (hit is not None and hit.end() <= nxt and not re.search(r"[,;:]", text[m.end:hit.end()])) \
                or before.search(text[prev:m.start]) or through.search(text[prev:m.start]):
            system = system_of(m.text)
            if system is not None:
                out.add(system.name)
    return out


def _of_precursor(m: Measurement, precursors: set[str]) -> bool:
    # (by name: "Mg nanoparticles" are no MgH2 precursor named before)
    return carried(m.cues) and m.system.name in precursors


def _result_of_last_step(text: str, m: Measurement, before: str, named_before: list[Mention]) -> bool:
    """The value's sentence speaks of a result phrase ahead of it and its carried sample is none the sentence before
    named, while that sentence did name materials: the result is of that last step, not the carried sample's."""
    if not carried(m.cues) or not named_before:
        return False
    hit = _patterns()[3].search(text)
    if hit is None:
        return False
    hosts = set()
    for x in named_before:
        system = system_of(x.text)
        if system is not None:
            hosts.add(host_formula(system))
    return bool(hosts) and host_formula(m.system) not in hosts


def _made_from(precursor, seen: list, precursors: set[str]):
    """The latest sample the passage named that holds every part of ``precursor`` and more ("LiNH2–LiH–xMg(BH4)2"
    grown on LiNH2–LiH seeds), itself named as no precursor; None when there is none."""
    parts = {c.formula for c in precursor.components}
    for s in reversed(seen):
        own = {c.formula for c in s.components}
        if parts < own and s.name not in precursors:
            return s
    return None


def products_not_precursors(text: str, ms: list[Mention], out: list[Measurement], ctx, named_before=None
                            ) -> list[Measurement]:
    """The sentence's records without those carried to a starting material or an intermediate of the passage, or
    said of the result of a step whose materials were others (see the module's note). Notes the materials this
    sentence names as starting materials or intermediates in ``ctx.in_passage.precursors``. ``named_before``: the
    mentions of the sentence before (read from ``ctx.in_paragraph.sentence_before`` when not given)."""
    ctx.in_passage.precursors |= precursors_named(text, ms)
    if not out:
        return out
    result = _patterns()[3].search(text) is not None
    keep = []
    for m in out:
        if not _of_precursor(m, ctx.in_passage.precursors):
            keep.append(m)
        elif result:   # ("the obtained nano-composites": the made sample that holds the seed, when one was named)
            made = _made_from(m.system, ctx.in_passage.seen, ctx.in_passage.precursors)
            keep.extend([m.model_copy(update={"system": made})] if made is not None else [])
    before = ctx.in_paragraph.sentence_before
    if before and keep and result:
        if named_before is None:
            named_before = _materials(mentions(before))
        keep = [m for m in keep if not _result_of_last_step(text, m, before, named_before)]
    return keep
