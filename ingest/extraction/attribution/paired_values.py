"""Values paired with the samples named before them even where no 'respectively' says so.

"The onset temperatures of A and B are 225 °C and 183 °C": a chemist pairs the values with the
samples in order. The number reader (``ingest.extraction.text.quantity_text.groups``) makes one list of values only
where the unit is written once ("225 and 183 °C") or where 'respectively' follows; with the unit
written twice and no such word it leaves single values, and the second one loses its sample. Here
single values of one unit joined by 'and' (or commas) become one list when the clause names exactly
as many samples coordinated right before them (the same test that pairs "A and B … 1420 and 1310
mAh/g"), or one host with as many additives cut at their hyphens ("the TiF3- and Nb2O5-doped MgH2").
"""
from __future__ import annotations

import re

from ingest.extraction.samples.split_samples import split_additives
from ingest.extraction.text.quantity_text import DIFFERENCE_NEXT, Group
from ingest.extraction.values.value_lists import VALUE_LABEL, coordinated_before, prefixed_samples

# between two values of one list: a comma or 'and', nothing else but the next value's label written as a symbol
# with its subscript and an equals sign ("… and σ(K+) = 6.0 × 10−5 S cm−1", "and sigma_Na = …": notation, no word)
_JOIN = re.compile(rf"\s*(?:,\s*(?:and\s+)?|and\s+){VALUE_LABEL}?")


def paired_singles(text: str, gs: list[Group], systems) -> list[Group]:
    """``gs`` with each run of single values of one unit that pairs with the coordinated samples before
    it made one list (see the module)."""
    out: list[Group] = []
    i = 0
    while i < len(gs):
        j = i
        while j + 1 < len(gs) and _joinable(text, gs[j], gs[j + 1]):
            j += 1
        if j > i:
            run = gs[i:j + 1]
            merged = Group("list", [n for g in run for n in g.numbers], run[0].unit, run[0].start, run[-1].end,
                           run[0].qualifier)
            if coordinated_before(merged, systems, text) or prefixed_samples(merged, systems, text) \
                    or split_additives(merged, systems, text):
                merged.respectively = True   # (the values pair up with the samples as 'respectively' would have said)
                out.append(merged)
                i = j + 1
                continue
        g = gs[i]
        if g.kind == "list" and not g.respectively and g.role != "amount" and prefixed_samples(g, systems, text):
            g.respectively = True   # "the TiF3- and Nb2O5-doped MgH2 … 210 and 190 °C": one value per sample cut
        out.append(g)
        i += 1
    return out


def _joinable(text: str, a: Group, b: Group) -> bool:
    # ("… at 175 °C, 125 °C lower than …": a difference from a reference after a value is no second sample's value)
    return (a.kind == b.kind == "single" and a.unit is not None and a.unit == b.unit
            and a.role != "amount" and b.role != "amount" and _JOIN.fullmatch(text, a.end, b.start) is not None
            and DIFFERENCE_NEXT.match(text, b.end) is None)
