"""A source's outlook set against the graph: which directions its outlook and challenge statements
name (strategies, alone or combined, for a host or an application), how much the graph holds on
each, and which ranked gaps those statements speak to.

A statement is a term-level record (challenge, entity term ids, section) — never a sentence — so
what the report can show is what the ontology can say: "alloying with nanostructuring for hydrogen
storage: untried", "core–shell structuring of anodes: 2 systems".
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from ontology.vocabulary import vocabulary

from .facts import MeasurementRow, SystemRow
from .model import Gap, OutlookDirection

THIN = 3          # fewer systems than this combining a direction's strategies: a thin direction
MAX_CITED = 3     # statements cited per gap
MAX_EXAMPLES = 3


def _of_kind(entities: list[str], kind: str) -> list[str]:
    vocab = vocabulary()
    return [e for e in entities if e in vocab and vocab.get(e).kind == kind]


def _covers(broad: str, narrow: str) -> bool:
    """``broad`` is ``narrow`` or one of its ancestors ('Catalysis' covers 'MetalOxideCatalysis')."""
    return broad == narrow or vocabulary().is_a(narrow, broad)


def application_fits(wanted: str | None, applications: list[str]) -> bool:
    """A system fits an application it was measured for (or one under it); a system with no measured
    application is not held against any."""
    return wanted is None or not applications or any(_covers(wanted, a) or _covers(a, wanted)
                                                      for a in applications)


def _hosts_of(entities: list[str]) -> list[str]:
    """The hydrides a statement names (families too): an element or a by-product is no host."""
    vocab = vocabulary()
    return [e for e in _of_kind(entities, "Material") if vocab.is_a(e, "Hydride") and e != "Hydride"]


def application_of(entities: list[str]) -> str | None:
    apps = _of_kind(entities, "Application")
    # the narrowest application named: 'Anode' over 'LithiumStorage'
    return max(apps, key=lambda a: len(vocabulary().ancestors(a)), default=None)


def outlook_directions(statements: list[dict[str, Any]], systems: list[SystemRow],
                       measurements: list[MeasurementRow]) -> list[OutlookDirection]:
    """One direction per (strategies, hosts, application) the statements name, with the graph's
    systems that combine every strategy (on a named host, in the application)."""
    vocab = vocabulary()
    per_system: defaultdict[str, int] = defaultdict(int)
    for m in measurements:
        per_system[m.system] += 1
    grouped: dict[tuple[tuple[str, ...], tuple[str, ...], str | None], dict[str, Any]] = {}
    for st in statements:
        entities = list(st.get("entities") or [])
        strategies = tuple(sorted(_of_kind(entities, "Strategy")))
        if not strategies:
            continue
        key = (strategies, tuple(sorted(_hosts_of(entities))), application_of(entities))
        g = grouped.setdefault(key, {"challenge": st["challenge"], "sections": set(), "sources": set()})
        if st.get("section"):
            g["sections"].add(st["section"])
        if st.get("source"):
            g["sources"].add(st["source"])
    out = []
    for (strategies, hosts, application), g in grouped.items():
        hit = [s for s in systems
               if all(any(_covers(want, have) for have in s.strategies) for want in strategies)
               and (not hosts or any(_covers(h, s.host) for h in hosts))
               and application_fits(application, s.applications)]
        n = len(hit)
        challenge = g["challenge"]
        out.append(OutlookDirection(
            challenge=challenge, label=vocab.get(challenge).label if challenge in vocab else challenge,
            strategies=list(strategies), hosts=list(hosts), application=application,
            sections=sorted(g["sections"]), sources=sorted(g["sources"]), systems=n,
            measurements=sum(per_system[s.id] for s in hit),
            examples=sorted({s.name for s in hit}, key=lambda n: (-len(n), n))[:MAX_EXAMPLES],
            status="untried" if n == 0 else "thin" if n < THIN else "studied"))
    order = {"untried": 0, "thin": 1, "studied": 2}
    return sorted(out, key=lambda d: (order[d.status], -len(d.strategies), d.label, d.strategies))


def cite_statements(gaps: list[Gap], statements: list[dict[str, Any]]) -> list[Gap]:
    """Each strategy gap cites the statements that speak to it: a statement naming that strategy or a
    broader one, for that host or family (or no host), within the gap's application (or none)."""
    by_strategy: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    for st in statements:
        for s in _of_kind(list(st.get("entities") or []), "Strategy"):
            by_strategy[s].append(st)
    for gap in gaps:
        if gap.facet != "strategy":
            continue
        cited: dict[str, dict[str, Any]] = {}
        for broad, sts in by_strategy.items():
            if not _covers(broad, gap.value):
                continue
            for st in sts:
                entities = list(st.get("entities") or [])
                hosts = _hosts_of(entities)
                if hosts and not any(_covers(h, gap.host) for h in hosts):
                    continue
                if not application_fits(application_of(entities), [gap.application] if gap.application else []):
                    continue
                cited.setdefault(st["challenge"], {
                    "challenge": st["challenge"], "label": _label(st["challenge"]),
                    "section": st.get("section"), "source": st.get("source"), "refs": st.get("refs") or []})
        gap.statements = list(cited.values())[:MAX_CITED]
    return gaps


def _label(term_id: str) -> str:
    vocab = vocabulary()
    return vocab.get(term_id).label if term_id in vocab else term_id
