"""The typical questions, answered directly with Cypher that LadybugDB and Neo4j both run.

Each statement is flat (MATCH … WHERE … RETURN with simple aggregates) and takes lists of term ids
computed from the ontology in Python (a host family is expanded to its members here, not with
variable-length paths), so the same text runs on both backends. ``STATEMENTS`` registers them for
the Neo4j linter test.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kg.readings import fold_same_study
from ontology.hosts import stored_as, stored_forms
from ontology.system import SystemParseError, host_formula, parse_system
from ontology.vocabulary import vocabulary

from .claims import bearing, read_claims
from .model import AnalogQueryError

if TYPE_CHECKING:
    from kg.store import GraphStore

ADDITIVES_BELOW = """
MATCH (m:Measurement)-[:OF_SYSTEM]->(s:System)-[:HAS_HOST]->(h:Material)
WHERE h.id IN $hosts AND m.property = $property AND m.value < $threshold AND m.baseline = false
  AND (m.theoretical IS NULL OR m.theoretical = false)
MATCH (s)-[a:HAS_ADDITIVE]->(x:Material)
RETURN x.id AS additive, x.formula AS formula, a.additive_class AS additive_class, a.role AS role,
       a.text AS text, s.id AS system,
       s.name AS system_name, h.id AS host, m.value AS value, m.unit AS unit, m.source_id AS source,
       m.section AS section, m.tbl AS tbl, m.row AS row, m.refs AS refs, m.start AS start, m.`end` AS `end`
ORDER BY value ASC, system_name ASC
LIMIT $limit
"""

# a mechanism counts for a strategy only where a claim of a source credits it for that strategy
# one row per claim, with where it was read: every answer cites the sentences that credit it
MECHANISMS_FOR_STRATEGY = """
MATCH (st:Strategy)<-[:FOR_STRATEGY]-(c:MechanismClaim)-[:CREDITS]->(me:Mechanism)
WHERE st.id IN $strategies AND c.host IS NOT NULL
RETURN DISTINCT me.id AS mechanism, c.host AS host, c.id AS claim, c.additive AS additive,
       c.source_id AS source, c.section AS section, c.tbl AS tbl, c.row AS row, c.refs AS refs,
       c.start AS start, c.`end` AS `end`
ORDER BY mechanism ASC, host ASC, claim ASC
"""

MAX_CLAIM_EVIDENCE = 3      # claims cited per mechanism (the count says how many there are)

# an additive without a formula (a polymer, a named carbon) is given by its label
CLASSES_ON_HOSTS = """
MATCH (h:Material)<-[:HAS_HOST]-(s:System)-[a:HAS_ADDITIVE]->(x:Material)
WHERE h.id IN $hosts AND a.additive_class IS NOT NULL
RETURN a.additive_class AS additive_class, h.id AS host, count(DISTINCT s) AS systems,
       collect(DISTINCT coalesce(x.formula, x.label)) AS examples
ORDER BY systems DESC, additive_class ASC
"""

# the bare host ('LiAlH4', nothing added) carries what its sources discuss about it, not how a sample
# was made: its strategies are not 'tried on' it (as in the gap report, kg/gaps/facts.py bare_host)
STRATEGIES_ON_HOSTS = """
MATCH (h:Material)<-[:HAS_HOST]-(s:System)-[:MODIFIED_BY]->(st:Strategy)
WHERE h.id IN $hosts
OPTIONAL MATCH (s)-[:HAS_ADDITIVE]->(x:Material)
WITH st, h, s, count(x) AS n_additives
WHERE n_additives > 0 OR s.name <> coalesce(h.formula, '')
RETURN st.id AS strategy, h.id AS host, count(DISTINCT s) AS systems
ORDER BY systems DESC, strategy ASC
"""

STATEMENTS = {
    "analogs.additives_below": ADDITIVES_BELOW,
    "analogs.mechanisms_for_strategy": MECHANISMS_FOR_STRATEGY,
    "analogs.classes_on_hosts": CLASSES_ON_HOSTS,
    "analogs.strategies_on_hosts": STRATEGIES_ON_HOSTS,
}


def _host_term(formula: str) -> str:
    """A claim's host formula as the host's Material term id when the ontology has one (MgH2 →
    MagnesiumHydride; Mg is named as its hydride)."""
    vocab = vocabulary()
    try:
        formula = host_formula(parse_system(formula))
    except (SystemParseError, ValueError):
        pass
    term = vocab.lookup(formula, "Material")
    return term.id if term is not None else formula


def _term(text: str, kind: str) -> str:
    term_id, near = vocabulary().named_term(text, kind, formula=kind == "Material")
    if term_id is None:
        hints = ", ".join(near)
        raise AnalogQueryError(f"'{text}' is not a {kind} term of the ontology"
                               + (f"; did you mean {hints}?" if hints else ""), unknown=[text])
    return term_id


def _members(host: str) -> list[str]:
    """A host term and, when it is a family, every member of it, each with the metal or alloy that
    stands for it (Mg and MgH2, Mg2Ni and Mg2NiH4 are one host: 'Mg–Nb@C' answers for MgH2)."""
    tid = _term(host, "Material")
    members = [tid, *vocabulary().descendants(tid)]
    return [*members, *sorted({f for m in members for f in stored_forms(m)} - set(members))]


def _siblings(host: str) -> list[str]:
    vocab = vocabulary()
    tid = _term(host, "Material")
    out: list[str] = []
    for parent in vocab.get(tid).parents:
        out.extend(c for c in vocab.children(parent) if c != tid and c not in out)
    return out


def additives_below(store: GraphStore, host: str, property: str, below: str, limit: int = 50) -> list[dict[str, Any]]:
    """Which additives brought PROPERTY of HOST (or a family) below a threshold ("70 kJ/mol"): measured
    values only (a reference value or a temperature a calculation predicts is no additive's result)."""
    from .filters import _quantity, _resolve_property

    key = _resolve_property(property)
    threshold, _ = _quantity(key, below, "threshold")
    rows = store.query(ADDITIVES_BELOW, {"hosts": _members(host), "property": key,
                                         "threshold": threshold, "limit": int(limit)})
    from kg.evidence import EvidenceReader

    # each answer says where it was read: table row or section, refs, the sentence when the text is here
    reader = EvidenceReader(getattr(store, "data_dir", None))
    place = ("section", "tbl", "row", "refs", "start", "end", "role", "text")
    claims = read_claims(store)
    out = []
    for r in supported_catalysts(rows):
        host = stored_as(r["host"])
        # the host answered is the storage host (Mg–Nb@C's Mg is MgH2); the system's name keeps the writing
        row = {**{k: v for k, v in r.items() if k not in place}, "host": host, "evidence": reader.record(r)}
        out.append({**row, **credited_mechanisms(claims, host, r, reader)})
    return fold_same_study(out)


def credited_mechanisms(claims: list[dict[str, Any]], host: str, row: dict[str, Any],
                        reader: Any) -> dict[str, Any]:
    """The mechanisms the sources credit for this additive (or its support) on this host, each with the
    sentence that credits it: 'by which mechanism?' is the next question after 'which additive?'.
    A mechanism credited only for an element the additive contains ('Ni' for CuNi) is named apart
    with that element: it is the element's, not a claim about this additive. A mechanism no claim
    credits is not named (one merely mentioned nearby is no answer)."""
    term = vocabulary().get(host) if host in vocabulary() else None
    formula = term.formula if term is not None and term.formula else host
    # the additive as formula (each part of a supported catalyst, 'A@B' or 'A/B': CoNi/NC is CoNi on
    # N-doped carbon) and as written: a carbon has a name, no formula
    parts = re.split(r"[@/]", row.get("formula") or "")
    forms = list(dict.fromkeys([f for f in parts if f] + sorted(_written(row))))
    found = bearing(claims, formula, [{"formula": f} for f in forms])
    own = [c for c in found if c["additive"] in forms]
    via = [c for c in found if c["additive"] not in forms]
    out: dict[str, Any] = {}
    if own:
        out["mechanisms"] = sorted({c["mechanism"] for c in own})
    if via:
        out["mechanisms_of_its_elements"] = sorted({f"{c['mechanism']} ({c['additive']})" for c in via})
    if found:
        cited = sorted(own, key=lambda c: (c["mechanism"], c["id"])) or sorted(via, key=lambda c: c["id"])
        # a sentence crediting two mechanisms is cited once
        places = list(dict.fromkeys((c.get("source"), c.get("start"), c.get("row")) for c in cited))
        first = {p: next(c for c in cited if (c.get("source"), c.get("start"), c.get("row")) == p) for p in places}
        out["mechanism_evidence"] = [reader.record(first[p]) for p in places[:MAX_CLAIM_EVIDENCE]]
    return out


SUPPORT_ROLES = ("ScaffoldConfinementHost",)


def _written(r: dict[str, Any]) -> set[str]:
    """The ways an additive row may be written in its system's name: formula and text (amount dropped)."""
    text = re.sub(r"^\s*[\d.]+\s*(?:wt|vol|mol|at)\s*%\s*", "", r.get("text") or "")
    return {w for w in (r.get("formula"), text) if w}


def supported_catalysts(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One answer per catalyst, its support included: in 'NbHx@Ti3C2' or 'NiCoFeCuMg@C' the support is
    part of the catalyst the source tested, not an additive that lowered the value by itself. A
    support (or scaffold) is folded into the system's catalyst where the name writes them as 'A@B',
    and dropped as an answer of its own where the system has a catalyst; a system with a scaffold
    only (MgH2@Ti3C2, confined) keeps it as its answer."""
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for r in rows:
        key = (r["system"], r["value"], r.get("source"), r.get("tbl"), r.get("row"), r.get("start"))
        groups.setdefault(key, []).append(r)
    out: list[dict[str, Any]] = []
    for group in groups.values():
        name = group[0].get("system_name") or ""
        pairs = {(a["additive"], b["additive"]) for a in group for b in group if a is not b and any(
            f"{x}@{y}" in name for x in _written(a) for y in _written(b))}
        inner = {a for a, _ in pairs}
        outer = {b for _, b in pairs}
        has_catalyst = any(r.get("role") == "Catalyst" for r in group)
        for r in group:
            if r["additive"] in outer and r["additive"] not in inner:
                continue                        # the support of an 'A@B' catalyst: answered with A
            if r.get("role") in SUPPORT_ROLES and has_catalyst and not inner & {r["additive"]}:
                continue                        # a scaffold beside a catalyst: not the answer itself
            support = [b for a, b in pairs if a == r["additive"]]
            if support:
                by_id = {x["additive"]: x for x in group}
                formula = "@".join([r.get("formula") or r["additive"],
                                    *(by_id[b].get("formula") or b for b in support)])
                r = {**r, "formula": formula, "support": [by_id[b].get("formula") or b for b in support]}
            out.append(r)
    return out


def mechanisms_for_strategy(store: GraphStore, strategy: str) -> list[dict[str, Any]]:
    """Mechanisms the sources credit for a strategy (or its narrower strategies), per host, across
    hosts: from the mechanism claims that link the two ('systems' counts those claims), each answer
    with the place and sentence of the first claims that credit it."""
    from kg.evidence import EvidenceReader

    vocab = vocabulary()
    tid = _term(strategy, "Strategy")
    rows = store.query(MECHANISMS_FOR_STRATEGY, {"strategies": [tid, *vocab.descendants(tid)]})
    reader = EvidenceReader(getattr(store, "data_dir", None))
    by_mech: dict[str, dict[str, Any]] = {}
    seen: set[tuple[str, str]] = set()
    for r in rows:
        if (r["claim"], r["mechanism"]) in seen:    # a claim for two strategies of the family counts once
            continue
        seen.add((r["claim"], r["mechanism"]))
        d = by_mech.setdefault(r["mechanism"], {"mechanism": r["mechanism"], "systems": 0, "hosts": {},
                                                "credited_for": [], "evidence": []})
        host = _host_term(r["host"])
        d["systems"] += 1
        d["hosts"][host] = d["hosts"].get(host, 0) + 1
        # what the claims credit it for, as a chemist writes it: 'LiBH4 + SiO2' (the host alone when
        # the claim names no additive)
        what = f"{r['host']} + {r['additive']}" if r.get("additive") else r["host"]
        if what not in d["credited_for"]:
            d["credited_for"].append(what)
        if len(d["evidence"]) < MAX_CLAIM_EVIDENCE:
            d["evidence"].append({**reader.record(r), "host": r["host"], "additive": r.get("additive")})
    return sorted(by_mech.values(), key=lambda d: (-len(d["hosts"]), -d["systems"], d["mechanism"]))


def transferable_classes(store: GraphStore, host: str = "MgH2", other: str = "LiBH4") -> list[dict[str, Any]]:
    """Additive classes reported on both hosts (or families): what transfers between them."""
    a, b = _members(host), _members(other)
    rows = store.query(CLASSES_ON_HOSTS, {"hosts": sorted(set(a) | set(b))})
    out: dict[str, dict[str, Any]] = {}
    for r in rows:
        d = out.setdefault(r["additive_class"], {"additive_class": r["additive_class"], host: 0, other: 0,
                                                 "examples": []})
        if r["host"] in a:
            d[host] += int(r["systems"])
        if r["host"] in b:
            d[other] += int(r["systems"])
        d["examples"] = sorted(set(d["examples"]) | set(r["examples"] or []))[:8]
    return sorted((d for d in out.values() if d[host] and d[other]),
                  key=lambda d: (-(d[host] + d[other]), d["additive_class"]))


def _tried(per: dict[str, dict[str, int]], term: str) -> set[str]:
    """Hosts a term was tried on, itself or through a narrower term: a sibling with metal catalysis has
    tried catalysis, one with nanoconfinement has tried nanoengineering."""
    narrower = vocabulary().descendants(term) if term in vocabulary() else []
    return {h for t in (term, *narrower) for h in per.get(t, {})}


def _additive_phase(host: str) -> bool:
    """A sibling the ontology gives a usual role (TiH2 a catalyst, CaH2 a destabilizing reactant): the
    literature adds it to a storage host, so 'catalysis untried on TiH2' is no gap (the gap report's
    storage hosts leave it out for the same reason). Named apart, not hidden."""
    vocab = vocabulary()
    return host in vocab and bool(vocab.get(host).usual_role)


def untried_on_siblings(store: GraphStore, host: str) -> list[dict[str, Any]]:
    """Strategies and additive classes tried on HOST but on none (or not all) of its siblings.

    A sibling counts as having tried a term when it has that term or a narrower one. Siblings the graph
    holds nothing on (no strategy, no additive class) are named apart ('no_data_on'): a gap there is
    the whole host, not this term; 'not_tried_on' names the studied siblings that lack the term."""
    tid = _term(host, "Material")
    sibs = _siblings(host)
    if not sibs:
        raise AnalogQueryError(f"'{host}' has no siblings in the ontology's Material hierarchy")
    hosts = [tid, *sibs]
    found: dict[str, dict[str, dict[str, int]]] = {"strategy": {}, "additive_class": {}}
    for kind, stmt in (("strategy", STRATEGIES_ON_HOSTS), ("additive_class", CLASSES_ON_HOSTS)):
        for r in store.query(stmt, {"hosts": hosts}):
            found[kind].setdefault(r[kind], {})[r["host"]] = int(r["systems"])
    studied = {h for per in found.values() for counts in per.values() for h in counts}
    out = []
    for kind, per in found.items():
        for term, counts in per.items():
            if tid not in counts:
                continue
            tried = _tried(per, term)
            missing = [s for s in sibs if s not in tried]
            if missing:                                         # sibling order varies per run: sorted
                out.append({"kind": kind, "term": term, "host": tid, "systems": counts[tid],
                            "tried_on_siblings": sorted(s for s in sibs if s in tried),
                            "not_tried_on": sorted(s for s in missing if s in studied and not _additive_phase(s)),
                            "no_data_on": sorted(s for s in missing if s not in studied),
                            "usually_an_additive": sorted(s for s in missing if s in studied and _additive_phase(s))})
    # gaps among studied siblings first: those are the ones a graph can speak to
    return sorted(out, key=lambda d: (not d["not_tried_on"], -d["systems"], d["kind"], d["term"]))


def best_values(store: GraphStore, host: str, property: str, at: str = "", limit: int = 20) -> list[dict[str, Any]]:
    """The best reported values of PROPERTY on HOST (or a family), best first (the ontology says
    whether lower or higher is better), each with its conditions, the strategies and additives of its
    system (how it was made) and where it was read. AT keeps the values measured under a condition
    ('temperature <= 30 degC', 'cycles >= 50'); a value that does not state it is left out, since
    nobody can tell whether it holds. Theoretical values are no results; a reference value (the
    baseline a source compares with) is one, flagged 'reference', since a bare or heat-treated host
    can be the best there is."""
    import numpy as np

    from kg.evidence import EvidenceReader
    from kg.gaps.read import read_rows

    from .filters import _resolve_property, method_condition, parse_condition

    key = _resolve_property(property)
    method = method_condition(at) if at else None
    cond = parse_condition(at) if at and method is None else None
    hosts = set(_members(host)) | {stored_as(h) for h in _members(host)}
    rows = read_rows(store)
    systems = {s.id: s for s in rows["systems"] if s.host in hosts}
    picked = []
    for m in rows["measurements"]:
        if m.property != key or m.system not in systems or m.theoretical:
            continue
        if cond is not None and ((x := m.number(cond.key)) is None or not bool(cond.test(np.array([x]))[0])):
            continue
        picked.append(m)
    if method:
        picked = _by_method(picked, method, key, host)
    lower = vocabulary().property(key).better_when == "lower"
    picked.sort(key=lambda m: (m.value if lower else -m.value, systems[m.system].name))
    reader = EvidenceReader(getattr(store, "data_dir", None))
    places = {}
    answers = []
    for m in picked:
        s = systems[m.system]
        places[m.id] = {"source": m.source, "section": m.section, "tbl": m.table, "row": m.row, "refs": m.refs,
                        "start": m.start, "end": m.end}
        answers.append({"id": m.id, "system": s.id, "system_name": s.name, "host": s.host, "value": m.value,
                        "value_max": m.value_max, "unit": m.unit, "conditions": dict(m.conditions),
                        # the bare host's strategies are its sources' topics, not how this sample was made
                        "strategies": [] if s.bare_host else s.strategies, "additives": s.additives,
                        "reference": m.baseline, "source": m.source, "refs": list(m.refs),
                        **({"method": m.method} if m.method else {})})
    # a table row and the text on the same cited paper are one result, not two of the best values
    out = fold_same_study(answers)[:int(limit)]
    for a in out:
        a["evidence"] = reader.record(places[a.pop("id")])
        for other in a.get("also_read", []):
            other["evidence"] = reader.record(places[other.pop("id")])
    return out


def _by_method(picked: list[Any], method: str, key: str, host: str) -> list[Any]:
    """The values obtained by METHOD or a method of its family (Kissinger, Kissinger plot). When none
    of them states a method (the review gives no method for any activation energy) the answer says
    so: an empty list, or all of them, would both read as if the method had been checked."""
    from ontology.comparability import method_family

    if picked and not any(m.method for m in picked):
        what = vocabulary().property(key).label or key
        raise AnalogQueryError(
            f"none of the {len(picked)} {what} values on {host} in this graph states its method, so "
            f"none can be kept as '{method}'; drop the method condition to see them all (a lab value's method "
            "is named against them in the gap report's lab comparison)")
    family = method_family(method)

    def same(stated: str | None) -> bool:
        if not stated:
            return False
        return family is not None and method_family(stated) == family or stated.strip().lower() == method.lower()

    return [m for m in picked if same(m.method)]


@dataclass(frozen=True)
class Question:
    name: str
    help: str
    func: Callable[..., list[dict[str, Any]]]
    params: tuple[tuple[str, str, str | None], ...]     # (name, help, default)


QUESTIONS = {
    "additives-below": Question("additives-below", "additives that brought a property of a host below "
                                "a threshold", additives_below,
                                (("host", "host term, formula or family, e.g. MgH2", None),
                                 ("property", "property key or label, e.g. Ea", None),
                                 ("below", "threshold with unit, e.g. '70 kJ/mol'", None),
                                 ("limit", "rows", "50"))),
    "best-values": Question("best-values", "the best reported values of a property on a host, with their "
                            "conditions and how the systems were made", best_values,
                            (("host", "host term, formula or family, e.g. LiBH4", None),
                             ("property", "property key or label, e.g. ionic conductivity", None),
                             ("at", "condition the values must meet, e.g. 'temperature <= 30 degC'", ""),
                             ("limit", "rows", "20"))),
    "mechanisms-for-strategy": Question("mechanisms-for-strategy", "mechanisms reported for a strategy "
                                        "across hosts", mechanisms_for_strategy,
                                        (("strategy", "strategy term or label, e.g. catalysis", None),)),
    "transferable-classes": Question("transferable-classes", "additive classes reported on both hosts",
                                     transferable_classes,
                                     (("host", "first host", "MgH2"), ("other", "second host", "LiBH4"))),
    "untried-on-siblings": Question("untried-on-siblings", "strategies and additive classes tried on a "
                                    "host but not on its siblings", untried_on_siblings,
                                    (("host", "host term or formula, e.g. LiBH4", None),)),
}


def ask(store: GraphStore, name: str, **params: Any) -> list[dict[str, Any]]:
    q = QUESTIONS.get(name)
    if q is None:
        raise AnalogQueryError(f"unknown question '{name}'; questions: {', '.join(QUESTIONS)}")
    kwargs: dict[str, Any] = {}
    for pname, _, default in q.params:
        value = params.get(pname, default)
        if value is None:
            raise AnalogQueryError(f"question '{name}' needs --{pname}")
        kwargs[pname] = value
    return q.func(store, **kwargs)
