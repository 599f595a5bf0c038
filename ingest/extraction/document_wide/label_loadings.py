"""A sample label with a number glued to its additive ('Mg-5graphene', 'MgH2-7TiO2') in a document that states
that additive's share ('five weight percent of graphene was added to Mg', '7 wt% TiO2 was milled with MgH2'): the
label's number is that share (5 wt%), not a molar count — the README's share stated apart from the notation, given
to the notation that carries its number. A label whose number the document states as no share keeps it as a count.
"""
from __future__ import annotations

import re

from ingest.extraction.samples.samples_amounts import share_for_count
from ingest.extraction.text.per_cent_words import per_cent_words
from ontology.models import MaterialSystem, Measurement, SystemReport
from ontology.units import FRACTION_WORDS
from ontology.vocabulary import fold

# "5 wt% of graphene", "7 mol % the TiO2": a share in signs (the per cents written in words are put in signs first)
_SHARE = re.compile(rf"(?<![\d.])(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>{'|'.join(sorted(set(FRACTION_WORDS.values())))})"
                    r"\s*\.?\s*%\s+(?:of\s+)?(?:the\s+)?(?P<what>[\w-]+(?:\s+[a-z]+)?)", re.I)


def _shares(text: str) -> dict[tuple[float, str], str]:
    """{(number, folded additive words): 'N unit%'} for every share the text states before an additive's name."""
    signed, last = [], 0
    for start, end, signs in per_cent_words(text):
        signed += [text[last:start], signs]
        last = end
    signed.append(text[last:])
    out = {}
    for m in _SHARE.finditer("".join(signed)):
        unit = FRACTION_WORDS.get(m.group("unit").lower(), m.group("unit").lower())
        for what in (m.group("what"), m.group("what").split()[0]):
            out[(float(m.group("num")), fold(what))] = f"{m.group('num')} {unit}%"
    return out


def _named(shares: dict[tuple[float, str], str], value: float, names: tuple[str, ...]) -> str | None:
    for name in names:
        folded = fold(name)
        for key in (folded, f"{folded}s"):
            if (value, key) in shares:
                return shares[(value, key)]
    return None


def _relabelled(system: MaterialSystem, shares: dict[tuple[float, str], str]) -> MaterialSystem:
    """``system`` with each count glued in its name ('5graphene') that the document states as a share read as it."""
    for a in system.additives:
        if a.amount is None or a.amount.unit != "ratio" or f"{a.amount.value:g}" not in system.text:
            continue
        share = _named(shares, float(a.amount.value), (a.text, a.formula))
        if share is not None:
            system = share_for_count(system, a.formula, share)
    return system


def _may_state_share(sentence: str, names: set[str]) -> bool:
    """Does ``sentence`` say a per cent (a sign or the words) and one of the additives ``names`` (folded)?"""
    folded = fold(sentence)
    return ("%" in sentence or "percent" in folded or "per cent" in folded) and any(n in folded for n in names)


def apply_label_loadings(measurements: list[Measurement], reports: list[SystemReport], sentences: list
                         ) -> tuple[list[Measurement], list[SystemReport]]:
    """The records and reports with the shares the document states put on the counts its labels glue to the
    same additives; as they are where the document states no share ('%' is the cheap look)."""
    names = {fold(n) for m in measurements for a in m.system.additives
             if a.amount is not None and a.amount.unit == "ratio" for n in (a.text, a.formula) if n}
    if not names:
        return measurements, reports
    # (a share is a per cent said before the additive's name: only the sentences with a per cent that name one of
    # the counted additives are read for shares — a paper's every sentence was, a hundredth of its extraction)
    text = " ".join(t for s in sentences if (t := getattr(s, "text", "")) and _may_state_share(t, names))
    shares = _shares(text) if text else {}
    if not shares:
        return measurements, reports
    # (each system read on its own: two of one name may differ in their counts, 'Mg(In)' of two alloys)
    out = [m if (s := _relabelled(m.system, shares)) is m.system else m.model_copy(update={"system": s})
           for m in measurements]
    told = [r if (s := _relabelled(r.system, shares)) is r.system else r.model_copy(update={"system": s})
            for r in reports]
    return out, told
