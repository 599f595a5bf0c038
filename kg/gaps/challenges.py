"""Stated challenges: the open problems a source names, and how much the graph holds on each."""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from ontology.vocabulary import vocabulary

from .facts import MeasurementRow, SystemRow
from .model import ChallengeCoverage


def _expand(entities: set[str]) -> set[str]:
    """An entity stands for itself and everything under it (a family covers its members)."""
    vocab = vocabulary()
    out = set(entities)
    for e in entities:
        if e in vocab:
            out.update(vocab.descendants(e))
    return out


def _touches(system: SystemRow, entities: set[str]) -> bool:
    facets = {system.host, *system.strategies, *system.mechanisms, *system.additive_classes,
              *system.applications}
    return bool(facets & entities)


def challenge_coverage(statements: list[dict[str, Any]], systems: list[SystemRow],
                       measurements: list[MeasurementRow]) -> list[ChallengeCoverage]:
    """statements: rows with 'challenge', 'section', 'entities' (term ids)."""
    vocab = vocabulary()
    grouped: dict[str, dict[str, Any]] = defaultdict(lambda: {"sections": set(), "entities": set()})
    for st in statements:
        g = grouped[st["challenge"]]
        if st.get("section"):
            g["sections"].add(st["section"])
        g["entities"].update(st.get("entities") or [])
    per_system: defaultdict[str, int] = defaultdict(int)
    for m in measurements:
        per_system[m.system] += 1
    out = []
    for ch, g in sorted(grouped.items()):
        scope = _expand(g["entities"])
        hit = [s for s in systems if _touches(s, scope)]
        out.append(ChallengeCoverage(
            challenge=ch, label=vocab.get(ch).label if ch in vocab else ch,
            sections=sorted(g["sections"]), entities=sorted(g["entities"]),
            systems=len(hit), measurements=sum(per_system[s.id] for s in hit)))
    return out
