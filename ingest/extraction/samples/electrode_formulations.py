"""An electrode's formulation named in a sentence: one sample, not a list of materials.

Battery papers give what an electrode is made of as a list of mass fractions or a mass ratio:

- "made of 70 wt% A, 20 wt% B and 10 wt% C", "A (70 wt%), B (20 wt%) and C (10 wt%)";
- "A, B and C in a weight ratio of 70:20:10", "A, B and C (8:1:1 by mass)", "a 1:1 (by weight) mixture
  of A and B" (a molar ratio is a sample's composition: ingest.extraction.samples.samples);
- "A mixed with 30 wt% B as (the) solid electrolyte" (a composite electrode with its Li+ conductor).

Each becomes one sample written host first ('70 wt% LiAlH4–20 wt% C–10 wt% PVDF'); what each part
is (the hydride the host, carbon a conductive additive, PVDF a binder, LiBH4 the electrolyte partner)
is the ontology's to say (``ontology.system``, ``ontology.electrode_roles``). The patterns here are
how English writes a formulation, not vocabulary.
"""
from __future__ import annotations

import re

from ingest.extraction.text.nlp import Mention, system_of
from ontology.models import MaterialSystem

from .ratios import ratio_after, ratio_before, ratio_kind, ratio_shares

# a mass fraction written before a part ("70 wt% of", "20 wt.%", "10 mass%", "10%")
_FRACTION = r"(?P<v>\d+(?:\.\d+)?)\s*(?:wt|mass|weight)?\s*\.?\s*-?\s*%"
_BEFORE = re.compile(rf"{_FRACTION}\s*(?:of\s+)?(?:the\s+)?$", re.I)
_AFTER = re.compile(rf"\s*\(\s*{_FRACTION}\s*\)", re.I)
# what the text says the part is for ("as binder", "(conductive agent)"), between parts of the list
_AS_ROLE = r"(?:\s+as\s+(?:an?\s+|the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}|\s*\([a-z][^()]{0,30}\))?"
_SEPARATOR = re.compile(rf"{_AS_ROLE}\s*(?:,\s*(?:and\s+)?|and\s+|\+\s*)(?:{_FRACTION}\s*(?:of\s+)?(?:the\s+)?)?", re.I)
_LIST = re.compile(rf"{_AS_ROLE}\s*(?:,\s*(?:and\s+)?|and\s+)", re.I)
# "MgH2 mixed with 30 wt% LiBH4 as (the) solid electrolyte": the conductor milled into the electrode
_MIXED_WITH = re.compile(r"\s*(?:(?:was|were)\s+)?(?:(?:hand|ball)[- ])?(?:mixed|milled|ground|blended|combined)\s+"
                         rf"(?:together\s+)?with\s+(?:{_FRACTION}\s*(?:of\s+)?)?(?:the\s+)?$", re.I)
_AS_ELECTROLYTE = re.compile(r"\s+as\s+(?:an?\s+|the\s+)?(?:(?:solid|solid-state|hydride)\s+)?electrolytes?\b", re.I)
_FULL = (98.0, 102.0)     # mass fractions of a whole electrode add up to 100 %


def _has_hydrogen(system: MaterialSystem) -> bool:
    from .samples_systems import has_hydrogen
    return has_hydrogen(system)


def mixed_into(text: str, host: Mention, part: Mention) -> bool:
    """``part`` is milled into the electrode of ``host`` ('MgH2 mixed with 30 wt% LiBH4 as electrolyte'),
    not the cell's separate electrolyte layer ('a cell with LiBH4 as the electrolyte')."""
    return host.end <= part.start and _MIXED_WITH.fullmatch(text, host.end, part.start) is not None


def _amount(text: str, m: Mention, gap_start: int) -> float | None:
    before = _BEFORE.search(text, gap_start, m.start)
    if before is not None:
        return float(before.group("v"))
    after = _AFTER.match(text, m.end)
    return float(after.group("v")) if after is not None else None


def _runs(text: str, found: list[tuple[Mention, MaterialSystem]], gap: re.Pattern) -> list[list[int]]:
    """Indexes of consecutive parts joined as one list ('A, B and C')."""
    runs: list[list[int]] = []
    for k, (m, _) in enumerate(found):
        if runs and gap.fullmatch(text, _after(text, found[runs[-1][-1]][0]), m.start):
            runs[-1].append(k)
        else:
            runs.append([k])
    return [r for r in runs if len(r) >= 2]


def _after(text: str, m: Mention) -> int:
    """Where the list's separator may start: after the part and an amount in brackets behind it."""
    after = _AFTER.match(text, m.end)
    return after.end() if after is not None else m.end


def _notation(parts: list[tuple[MaterialSystem, float]]) -> str | None:
    """host first (the hydride with the largest share), each part with its mass fraction."""
    hydrides = [p for p in parts if _has_hydrogen(p[0])]
    if not hydrides or len(hydrides) == len(parts) and len(parts) > 2:
        return None
    host = max(hydrides, key=lambda p: p[1])
    ordered = [host] + [p for p in parts if p is not host]
    return "–".join(f"{v:g} wt% {s.name}" for s, v in ordered)


def _joined(text: str, found, picked: list[int], notation: str, start: int, end: int, joined: dict, out: dict) -> None:
    whole = system_of(notation)
    if whole is None or whole.bare:
        return
    m0 = found[picked[0]][0]
    mention = Mention(m0.kind, text[start:end], start, end, m0.term)
    out[picked[0]] = (mention, whole, picked)
    joined[start] = (mention, end)


def formulations(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]):
    """``found`` and ``ms`` with each electrode formulation of the sentence as one sample mention."""
    if "%" not in text and ":" not in text:
        return found, ms
    joined: dict[int, tuple[Mention, int]] = {}
    out: dict[int, tuple[Mention, MaterialSystem, list[int]]] = {}
    if "%" in text:
        for run in _runs(text, found, _SEPARATOR):
            gaps = [found[run[0]][0].start - 40] + [found[k - 1][0].end for k in run[1:]]
            read = [_amount(text, found[k][0], max(0, g)) for k, g in zip(run, gaps)]
            amounts = [a for a in read if a is not None]
            if len(amounts) < len(read) or not _FULL[0] <= sum(amounts) <= _FULL[1]:
                continue
            notation = _notation([(found[k][1], a) for k, a in zip(run, amounts)])
            before = _BEFORE.search(text, max(0, found[run[0]][0].start - 40), found[run[0]][0].start)
            start = before.start() if before is not None else found[run[0]][0].start
            if notation:
                _joined(text, found, run, notation, start, _after(text, found[run[-1]][0]), joined, out)
        for k in range(len(found) - 1):
            (m, s), (n, t) = found[k], found[k + 1]
            mixed = _MIXED_WITH.fullmatch(text, m.end, n.start)
            if k in out or mixed is None or not _AS_ELECTROLYTE.match(text, n.end) or not s.bare \
                    or not _has_hydrogen(s) or not _has_hydrogen(t):
                continue
            share = f"{mixed.group('v')} wt% " if mixed.group("v") else ""
            _joined(text, found, [k, k + 1], f"{s.name}–{share}{t.name}", m.start, n.end, joined, out)
    if ":" in text:
        for run in _runs(text, found, _LIST):
            if any(k in out for k in run):
                continue
            first, last = found[run[0]][0], found[run[-1]][0]
            after = ratio_after(text, last.end)
            ratio = after or ratio_before(text, first.start)
            if ratio is None or ratio_kind(ratio) in ("molar", "volume"):
                continue  # a molar ratio is the sample's counts (ingest.extraction.samples.samples), a volume ratio a
                          # solvent's
            shares = ratio_shares(ratio)
            mass = ratio_kind(ratio) == "mass"
            # an unqualified ratio is a mass ratio only where a part is no hydride (carbon, a binder):
            # a ratio of hydrides alone is molar ('LiBH4 and MgH2 (2:1)')
            if len(shares) != len(run) or not (mass or not all(_has_hydrogen(found[k][1]) for k in run)):
                continue
            total = sum(shares)
            notation = _notation([(found[k][1], round(100 * v / total, 1)) for k, v in zip(run, shares)]) \
                if total else None
            if notation:
                start, end = (first.start, after.end()) if after else (ratio.start(), last.end)
                _joined(text, found, run, notation, start, end, joined, out)
    if not out:
        return found, ms
    taken = {k for _, _, picked in out.values() for k in picked}
    new_found = [(out[k][0], out[k][1]) if k in out else found[k] for k in range(len(found))
                 if k in out or k not in taken]
    from .samples_notations import with_joined
    return new_found, with_joined(ms, joined)
