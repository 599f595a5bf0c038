"""Stated challenges: the open problems a source names, and how much the graph holds on each."""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from ontology.vocabulary import vocabulary

from .facts import MeasurementRow, SystemRow
from .model import ChallengeCoverage
from .outlook import application_fits, application_of
from .promise import Applications, applications_of


def _expand(entities: set[str]) -> set[str]:
    """An entity stands for itself and everything under it (a family covers its members)."""
    vocab = vocabulary()
    out = set(entities)
    for e in entities:
        if e in vocab:
            out.update(vocab.descendants(e))
    return out


def _touches(system: SystemRow, entities: set[str], applications: set[str] | None = None) -> bool:
    facets = {system.host, *system.strategies, *system.mechanisms, *system.additive_classes,
              *system.applications, *(applications or ())}
    return bool(facets & entities)


def statements_in_scope(statements: list[dict[str, Any]], systems: list[SystemRow],
                        measurements: list[MeasurementRow], application: str | None = None,
                        apps: Applications | None = None) -> list[dict[str, Any]]:
    """The statements that speak to a narrowed report's systems (one host family, one application):
    the application a statement names fits what those systems are studied for (their values say it:
    a capacity makes an anode), and it names something one of them has (host, strategy, mechanism,
    additive class, application). No statement names a host, so without this a report on an
    anode-only alanate listed every hydrogen-storage challenge of the source.  (``apps``: ``applications_of``
    these rows, when the caller has it.)"""
    apps = applications_of(systems, measurements) if apps is None else apps
    # a report asked for one application speaks of it alone, even where its systems serve others too
    # (a LiBH4 electrolyte paper also gives a desorption temperature)
    studied = [application] if application else sorted(set().union(*apps.values())) if apps else []
    kept = []
    for st in statements:
        entities = list(st.get("entities") or [])
        if not application_fits(application_of(entities), studied):
            continue
        scope = _expand(set(entities))
        if any(_touches(s, scope, apps.get(s.id)) for s in systems):
            kept.append(st)
    return kept


def challenge_coverage(statements: list[dict[str, Any]], systems: list[SystemRow],
                       measurements: list[MeasurementRow], apps: Applications | None = None) -> list[ChallengeCoverage]:
    """statements: rows with 'challenge', 'section', 'entities' (term ids); ``apps`` as above."""
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
    # what each system is studied for, from its values too: an anode challenge counts the anodes
    apps = applications_of(systems, measurements) if apps is None else apps
    out = []
    for ch, g in sorted(grouped.items()):
        scope = _expand(g["entities"])
        hit = [s for s in systems if _touches(s, scope, apps.get(s.id))]
        out.append(ChallengeCoverage(
            challenge=ch, label=vocab.get(ch).label if ch in vocab else ch,
            sections=sorted(g["sections"]), entities=sorted(g["entities"]),
            systems=len(hit), measurements=sum(per_system[s.id] for s in hit)))
    return out
