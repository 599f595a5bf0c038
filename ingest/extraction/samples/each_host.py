"""Several hosts each given the same additive: one sample per host, not one composite of them all.

"MgH2 and LiAlH4 were each ball milled with 5 wt% NbV", "Each of NaAlH4 and LiAlH4 was doped with 4 mol% TiCl3",
"LiBH4 and Mg(BH4)2, separately milled with 10 wt% graphene, …": the sample reader joins coordinated hydrides with
what they were milled with into one composite (right for "LiBH4 and MgH2 were milled together with 5 wt% TiCl3", a
reactive composite); a distributive word ('each', 'separately', 'individually', 'independently') between the hosts and
the verb that puts the additive in says every host got its own portion: MgH2–5 wt% NbV and LiAlH4–5 wt% NbV. The same
goes for a list of as many additives closed by 'respectively' ("MgH2 and LiAlH4 were milled with TiF3 and NbF5,
respectively": MgH2–TiF3, LiAlH4–NbF5). The additive must stand in the same clause ("… were each milled for 2 h, and the
mixture then with NbV" is no such list). The mirror form, one host with several additives one sample each ("MgH2 milled
with 5 mol% of TiF3, NbF5 or VCl3"), is ``ingest.extraction.samples.split_samples``'s and the sample reader's.

The paragraph then remembers each host's sample: a later sentence naming one of the hosts bare ("the onset
temperatures of MgH2 and LiAlH4 fell to 218 and 96 °C, respectively") means that host's sample, unless the sentence sets
it apart as a reference (the caller says which mentions it sets apart).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from ingest.extraction.text.comparison_words import COMPARED_WITH
from ingest.extraction.text.preparation_words import MILLED, MILLING_PREFIX
from ingest.extraction.text.sample_words import BASELINE_WORDS
from ontology.models import MaterialSystem
from ontology.system import host_formula

from .material_cues import LIST_GAP
from .samples_systems import has_hydrogen, joined_system
from .split_samples import AMOUNT_AT_END, PUT_WITH, loaded_notations

# "MgH2 and LiAlH4 were each milled", "…, each milled", "… were separately doped": the word after the hosts that
# gives every one of them its own portion
_DISTRIBUTIVE_AFTER = re.compile(r"\s*,?\s*(?:(?:were|are|have\s+been|had\s+been)\s+)?"
                                 r"(?:each|separately|individually|independently)\b", re.I)
# "Each of MgH2 and NaAlH4 was …", "each of the hydrides LiBH4 and NaBH4"
_EACH_OF_BEFORE = re.compile(r"\beach\s+of\s+(?:the\s+(?:two\s+|three\s+)?(?:hydrides?|hosts?|materials?)\s+)?$", re.I)
# a clause or step between the distributive word and the additive: the additive is not what each host got
_OTHER_CLAUSE = re.compile(r"[;:]|,\s*(?:and|but|while|whereas|which)\b"
                           r"|\b(?:then|before|after|prior\s+to|followed\s+by|whereas|while)\b", re.I)
_RESPECTIVELY_AFTER = re.compile(r"\s*,?\s*(?:\(\s*)?respectively\b", re.I)
# how far after the distributive word the additive may stand
_REACH = 80


# a milling participle ('milled', 'ball-milled', 're-milled')
_MILLED_WORD = rf"\b{MILLING_PREFIX}(?:{MILLED})"
_MILLED = re.compile(rf"{_MILLED_WORD}\b", re.I)


def milled_each(text: str) -> bool:
    """Does the sentence that gave each host its own sample mill them with it?"""
    return bool(_MILLED.search(text))


_GATE = re.compile(r"each|separately|individually|independently|respectively", re.I)


def each_host_samples(text: str, found: Sequence[tuple[Any, MaterialSystem]],
                      systems: list[tuple[Any, MaterialSystem]]) -> tuple[list, list[MaterialSystem]] | None:
    """``systems`` (what the sample reader made of the sentence's mentions ``found``) with every host of a
    coordinated list given its own portion of the additives after it (see the module) as a sample of its own, in
    place of whatever the reader made of the hosts and those additives; and those samples, in order. None when the
    sentence says no such thing."""
    if not _GATE.search(text):
        return None
    hit = _each_host(text, found)
    if hit is None:
        return None
    hosts, end = hit
    start = hosts[0][0].start
    kept = [(m, s) for m, s in systems if not start <= m.start < end]
    return sorted([*kept, *hosts], key=lambda x: x[0].start), [s for _, s in hosts]


def _each_host(text: str, found) -> tuple[list[tuple[Any, MaterialSystem]], int] | None:
    """(host mention, its own sample) of every host given its own portion, and where its additives end; else None."""
    ordered = sorted(found, key=lambda x: x[0].start)
    for i, (m, s) in enumerate(ordered):
        if not s.bare or not has_hydrogen(s):
            continue
        hosts = [(m, s)]
        for n, t in ordered[i + 1:]:
            if not t.bare or not has_hydrogen(t) or not LIST_GAP.fullmatch(text, hosts[-1][0].end, n.start):
                break
            hosts.append((n, t))
        if len(hosts) < 2 or " or " in text[m.start:hosts[-1][0].end]:
            continue
        last = hosts[-1][0].end
        cue = _DISTRIBUTIVE_AFTER.match(text, last)
        each = cue is not None or bool(_EACH_OF_BEFORE.search(text, max(0, m.start - 40), m.start))
        adds = _additives_after(text, ordered, cue.end() if cue else last)
        if not adds:
            continue
        paired = _RESPECTIVELY_AFTER.match(text, adds[-1][0].end) is not None
        if paired and len(adds) != len(hosts) \
                or not paired and (not each or len(adds) > 1 and _alternatives(text, adds)):
            continue   # (several additives, 'or': the alternatives' reader makes one sample of each)
        written = loaded_notations(text, [n.start for n, _ in adds], [t.name for _, t in adds])
        out = []
        for k, (h, hs) in enumerate(hosts):
            sample = joined_system(hs.name, written[k] if paired else "–".join(written))
            if sample is None:
                return None
            out.append((h, sample))
        return out, adds[-1][0].end
    return None


def _additives_after(text: str, ordered, at: int) -> list[tuple[Any, MaterialSystem]]:
    """The coordinated additives a word that puts them in ('with', 'doped with') introduces after ``at`` in the same
    clause, in order; [] when there are none."""
    after = [(n, t) for n, t in ordered if n.start >= at]
    if not after:
        return []
    n, t = after[0]
    if n.start - at > _REACH or _OTHER_CLAUSE.search(text, at, n.start) or has_hydrogen(t) \
            or not PUT_WITH.search(AMOUNT_AT_END.sub("", text[at:n.start])):
        return []
    adds = [(n, t)]
    for n, t in after[1:]:
        if has_hydrogen(t) or not LIST_GAP.fullmatch(AMOUNT_AT_END.sub("", text[adds[-1][0].end:n.start])):
            break
        adds.append((n, t))
    return adds


def _alternatives(text: str, adds) -> bool:
    """Are the additives listed as alternatives ('TiF3, NbF5 or VCl3')?"""
    return any(re.search(r"\bor\b", text[a[0].end:b[0].start]) for a, b in zip(adds, adds[1:]))


# "The milled MgH2 sample takes up …" after "MgH2 and LiAlH4 were each milled with NbV": every portion of the host the
# paragraph milled went with its additive, so the milled host is its sample (not the milled reference of 'than the
# milled MgH2', 'compared with milled MgH2')
_MILLED_BEFORE = re.compile(rf"{_MILLED_WORD}\s+$", re.I)
_COMPARED_BEFORE = re.compile(rf"\b(?:than|{COMPARED_WITH})\b(?:[^,;.]|\.(?=\d))*$", re.I)


def milled_sample(text: str, m: Any, milled: bool) -> bool:
    """Is the host's mention the milled sample of a paragraph whose hosts were each milled with their additive
    (``milled``), named so outside a comparison?"""
    return milled and bool(_MILLED_BEFORE.search(text, max(0, m.start - 40), m.start)) \
        and not _COMPARED_BEFORE.search(text, max(0, m.start - 80), m.start)


def only_milled(words: str) -> bool:
    """Do the words name the bare host by milling alone ('the milled MgH2 sample'), no other word of a baseline?"""
    rest = _MILLED.sub(" ", words)
    return rest != words and not re.search(rf"\b(?:{BASELINE_WORDS})\b", rest, re.I)


def each_host_again(systems, remembered: dict[str, MaterialSystem],
                    apart: Callable[[Any], bool]) -> list[tuple[Any, MaterialSystem]]:
    """``systems`` with every bare mention of a host the paragraph gave its own sample (``remembered``: host formula →
    sample) read as that sample, unless ``apart`` says the sentence sets the mention apart (a reference, a
    comparison)."""
    out = []
    for m, s in systems:
        sample = remembered.get(host_formula(s)) if s.bare else None
        out.append((m, sample if sample is not None and not apart(m) else s))
    return out
