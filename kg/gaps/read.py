"""Reading report rows from a store, filtering them, and stating the graph version a report used."""
from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version as pkg_version
from typing import TYPE_CHECKING, Any

from ontology.hosts import stored_as
from ontology.vocabulary import vocabulary

from ..analogs.claims import bearing
from ..rows import condition_max, condition_qualifiers
from . import queries
from .facts import REVIEWED, MeasurementRow, SystemRow, in_family
from .model import GraphVersion, ReportFilters

if TYPE_CHECKING:
    from kg.store import GraphStore


def _list(value: Any) -> list[Any]:   # a list column, or its "|"-joined text
    if value is None:
        return []
    if isinstance(value, str):
        return [v for v in value.split("|") if v] if value else []
    return [v for v in value if v is not None]


def read_rows(store: GraphStore) -> dict[str, Any]:
    sources = {r["id"]: r for r in store.read(queries.SOURCES)}
    sys_sources: dict[str, list[str]] = {}
    for r in store.read(queries.SYSTEM_SOURCES):
        sys_sources.setdefault(r["system"], []).append(r["source"])
    systems = []
    for r in _one_row_per_system(store.read(queries.SYSTEMS)):
        srcs = sys_sources.get(r["id"], [])
        systems.append(SystemRow(
            # a metal host is the hydride it stores hydrogen as (Mg–Nb@C counts for MgH2)
            id=r["id"], name=r["name"], host=stored_as(r["host"], r["host_formula"]),
            host_formula=r["host_formula"] or r["host"],
            strategies=_list(r["strategies"]), mechanisms=_list(r["mechanisms"]),
            additive_classes=sorted(set(_list(r["classes"]))), additives=sorted(set(_list(r["additives"]))),
            additive_ids=sorted(set(_list(r.get("additive_ids")))),
            applications=_list(r["applications"]),
            sources=[s for s in srcs if sources.get(s, {}).get("kind") == "publication"],
            lab_sources=[s for s in srcs if sources.get(s, {}).get("kind") == "lab_entry"]))
    _attach_claims(systems, store.read(queries.CLAIMS))
    measurements = []
    for r in store.read(queries.MEASUREMENTS):
        src = sources.get(r["source"], {})
        measurements.append(MeasurementRow(
            id=r["id"], system=r["system"], property=r["property"], value=r["value"],
            value_max=r["value_max"], unit=r["unit"], source=r["source"],
            source_kind=src.get("kind") or "publication", year=src.get("year"),
            baseline=bool(r["baseline"]), theoretical=bool(r["theoretical"]),
            calculated=bool(r.get("calculated")),   # null in a store made before the graph kept it
            conditions=json.loads(r["conditions_json"] or "{}"),
            condition_max=condition_max(r), refs=_list(r["refs"]),
            table=r["tbl"], row=r["row"], project=src.get("project"), title=src.get("title"),
            status=r.get("status") or "extracted", method=r.get("method"), section=r.get("section"),
            start=r.get("start"), end=r.get("end"), uncertainty=r.get("uncertainty"),
            condition_qualifiers=condition_qualifiers(r)))
    conflicts = store.read(queries.CONFLICTS)
    challenges = [{"challenge": r["challenge"], "section": r["section"], "source": r.get("source"),
                   "refs": _list(r.get("refs")), "entities": _list(r["entities"])}
                  for r in store.read(queries.CHALLENGES)]
    return {"sources": sources, "systems": systems, "measurements": measurements,
            "conflicts": conflicts, "challenges": challenges}


def _one_row_per_system(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per system: a system reported both as the metal and as its hydride (MgH2 with hosts
    Mg and MgH2) has two HAS_HOST edges, and counting its rows counted it twice (the report said 259
    systems where the graph holds 255). The hydride host is kept: it is what the system stores
    hydrogen as."""
    vocab = vocabulary()

    def rank(r: dict[str, Any]) -> tuple[bool, str]:
        hydride = r["host"] in vocab and vocab.is_a(r["host"], "Hydride")
        return (not hydride, r["host"] or "")

    best: dict[str, dict[str, Any]] = {}
    for r in rows:
        if r["id"] not in best or rank(r) < rank(best[r["id"]]):
            best[r["id"]] = r
    return list(best.values())


_HYDRIDE_SUFFIX = re.compile(r"H\d*(?:\.\d+)?x?$")


def _host_key(formula: str) -> str:
    """Mg and MgH2, Mg2Ni and Mg2NiH4 are one host: the formula without its hydrogen."""
    return _HYDRIDE_SUFFIX.sub("", formula)


def _attach_claims(systems: list[SystemRow], claims: list[dict[str, Any]]) -> None:
    """Give each system the (strategy, mechanism) pairs of the claims that bear on it: the claim's
    host is the system's and its additive one of the system's (or an element one of them holds,
    'Nb sites' for Nb2O5); a claim without additive bears on the host's systems of its strategy
    (or a narrower one). A claim without host is too general to stand for any system."""
    vocab = vocabulary()
    # grouped by host once: every system against every claim was a second of a report's build
    by_host: dict[str, list[dict[str, Any]]] = {}
    for c in claims:
        if c.get("host") and c.get("strategy"):
            by_host.setdefault(_host_key(c["host"]), []).append(c)
    for s in systems:
        pairs: list[tuple[str, str]] = []
        for c in by_host.get(_host_key(s.host_formula), []) if s.host_formula else []:
            if c.get("additive"):
                hit = bearing([c], c["host"], [{"formula": a} for a in s.additives])
            else:
                hit = [c] if any(vocab.is_a(st, c["strategy"]) for st in s.strategies
                                 if st in vocab and c["strategy"] in vocab) else []
            if hit:
                pairs.append((c["strategy"], c["mechanism"]))
        s.claimed = sorted(set(pairs))


def apply_filters(systems: list[SystemRow], measurements: list[MeasurementRow],
                  f: ReportFilters) -> tuple[list[SystemRow], list[MeasurementRow]]:
    vocab = vocabulary()
    keep = list(systems)
    # Terms were checked (and labels turned into ids) when the ReportFilters were made.
    if f.host_family:
        keep = [s for s in keep if in_family(s.host, f.host_family)]
    if f.application:
        wanted = {f.application, *vocab.descendants(f.application)}
        # A system belongs to an application it is applied as, or that a property it has values of
        # serves; the second is collected in one pass (per system it was a scan of every value).
        wanted_props = {k for k in vocab.property_keys() if wanted & set(vocab.property(k).applications)}
        measured = {m.system for m in measurements if m.property in wanted_props}
        keep = [s for s in keep if wanted & set(s.applications) or s.id in measured]
    ms = measurements
    if f.confirmed_only:   # the lab's own values are its record; literature facts count once reviewed
        ms = [m for m in ms if m.source_kind == "lab_entry" or m.status in REVIEWED]
    if f.property:
        ms = [m for m in ms if m.property == f.property]
    if f.year_from is not None:
        ms = [m for m in ms if m.source_kind == "lab_entry" or (m.year or 0) >= f.year_from]
    if f.year_to is not None:
        ms = [m for m in ms if m.source_kind == "lab_entry" or (m.year or 9999) <= f.year_to]
    if f.source:
        ms = [m for m in ms if m.source == f.source]
        keep = [s for s in keep if f.source in s.sources or f.source in s.lab_sources]
    if f.project:
        ms = [m for m in ms if m.source_kind == "publication" or m.project == f.project]
    kept = {s.id for s in keep}
    ms = [m for m in ms if m.system in kept]
    if f.property or f.source:
        with_values = {m.system for m in ms}
        keep = [s for s in keep if s.id in with_values]
    return keep, ms


def _app_version() -> str:
    try:
        return pkg_version("hydridekg")
    except PackageNotFoundError:
        return "unknown"


def graph_version(store: GraphStore, rows: dict[str, Any]) -> GraphVersion:
    return rows_version(rows, backend=getattr(store, "backend", "unknown"))


def rows_version(rows: dict[str, Any], *, backend: str = "rows") -> GraphVersion:
    """What the report was computed over; ``rows`` may lack sources/conflicts/challenges (fixtures)."""
    rows = {"sources": [], "conflicts": [], "challenges": [], **rows}
    digest = hashlib.sha256()
    for key in ("systems", "measurements"):
        for row_id in sorted(r.id for r in rows[key]):
            digest.update(row_id.encode())
    for source_id in sorted(rows["sources"]):
        digest.update(source_id.encode())
    ontology = _ontology_version()
    return GraphVersion(
        backend=backend, ontology_version=ontology,
        counts={"systems": len(rows["systems"]), "measurements": len(rows["measurements"]),
                "sources": len(rows["sources"]), "conflicts": len(rows["conflicts"]),
                "challenge_statements": len(rows["challenges"])},
        content_hash=digest.hexdigest()[:16], generated=datetime.now(UTC),
        app_version=_app_version())


def _ontology_version() -> str:
    from rdflib.namespace import OWL

    for _, _, v in vocabulary().graph.triples((None, OWL.versionInfo, None)):
        return str(v)
    return "unknown"
