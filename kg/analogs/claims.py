"""Mechanism claims (MechanismClaim nodes) that bear on a system: what the source credits for an
additive on a host, so an analog can say which mechanisms both systems share and which one lacks.

A claim bears on a system when its host (if it names one) is the system's host formula and its
additive is one of the system's additives, or a single element that one of them contains (the
review credits "Nb" sites for Nb2O5 and TiNb2O7 alike). Claims naming neither host nor additive are
too general to tell two systems apart and are left out.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .chem import elements_of

if TYPE_CHECKING:
    from kg.store import GraphStore

CLAIMS = """
MATCH (c:MechanismClaim)-[:CREDITS]->(m:Mechanism)
RETURN c.id AS id, m.id AS mechanism, c.host AS host, c.additive AS additive, c.strategy AS strategy,
       c.source_id AS source, c.section AS section, c.tbl AS tbl, c.row AS row, c.refs AS refs,
       c.start AS start, c.`end` AS `end`
"""


def read_claims(store: GraphStore) -> list[dict[str, Any]]:
    """Every claim with an additive (the ones that can tell systems apart)."""
    return [dict(r) for r in store.query(CLAIMS) if r.get("additive")]


def _single_element(formula: str) -> str | None:
    els = elements_of(formula)
    return els[0] if len(els) == 1 and formula.strip() == els[0] else None


def bearing(claims: list[dict[str, Any]], host_formula: str | None,
            additives: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims that bear on a system of ``host_formula`` with ``additives`` (dicts with 'formula')."""
    forms = [a.get("formula") or "" for a in additives if a.get("formula")]
    # an element the host already holds (Li in LiBH4–LiI) says nothing about the additive
    elems = {e for f in forms for e in elements_of(f)} - set(elements_of(host_formula))
    out = []
    for c in claims:
        if c.get("host") and c["host"] != host_formula:
            continue
        add = c["additive"]
        if add in forms:
            out.append(c)
        # "Nb sites" reach Nb2O5 only for a claim about the same host (a hostless "Li" is too loose)
        elif c.get("host") and (el := _single_element(add)) is not None and el in elems:
            out.append(c)
    return out


def claim_tokens(claims: list[dict[str, Any]], host_formula: str | None,
                 additives: list[dict[str, Any]]) -> list[str]:
    """The mechanism facet of a system, from the claims that bear on it (never from a mechanism merely
    mentioned near it): each credited mechanism, and the mechanism with the class of the additive it
    is credited for ('ElectronTransfer@TransitionMetalOxide'), so two systems whose sources credit one
    mechanism for additives of one class share more than two sharing the mechanism alone."""
    out: set[str] = set()
    classes = {a.get("formula"): a.get("additive_class") for a in additives if a.get("formula")}
    for c in bearing(claims, host_formula, additives):
        out.add(c["mechanism"])
        cls = classes.get(c["additive"])
        if cls is None and (el := _single_element(c["additive"])) is not None:   # "Nb sites" in Nb2O5
            cls = next((k for f, k in classes.items() if f and el in elements_of(f)), None)
        if cls:
            out.add(f"{c['mechanism']}@{cls}")
    return sorted(out)


def claims_by_system(claims: list[dict[str, Any]], systems: list[dict[str, Any]]) -> dict[str, list[str]]:
    """system id → its mechanism facet (``claim_tokens``); claims are first grouped by the additive
    formula and element they name, so each system reads only the claims that can bear on it."""
    by_key: dict[str, list[dict[str, Any]]] = {}
    for c in claims:
        if c.get("additive"):
            by_key.setdefault(c["additive"], []).append(c)
    out: dict[str, list[str]] = {}
    for s in systems:
        adds = s.get("additives") or []
        keys = {a.get("formula") or "" for a in adds} | {e for a in adds for e in elements_of(a.get("formula") or "")}
        near = [c for k in sorted(keys) for c in by_key.get(k, [])]
        out[s["id"]] = claim_tokens(near, s.get("host_formula"), adds) if near else []
    return out


def place(c: dict[str, Any]) -> str:
    """'§2.1.1 [refs 45, 46]' for a claim or a measurement row."""
    bits = []
    if c.get("tbl"):
        bits.append(f"{c['tbl']}" + (f" row {c['row']}" if c.get("row") is not None else ""))
    elif c.get("section"):
        bits.append(f"§{c['section']}")
    if c.get("refs"):
        bits.append("refs " + ", ".join(str(r) for r in c["refs"]))
    return " ".join(bits)


def compare(query_claims: list[dict[str, Any]],
            analog_claims: list[dict[str, Any]]) -> tuple[list[str], list[str], list[str]]:
    """(shared, only the query's, only the analog's) mechanism terms."""
    q = {c["mechanism"] for c in query_claims}
    a = {c["mechanism"] for c in analog_claims}
    return sorted(q & a), sorted(q - a), sorted(a - q)
