"""Analogous systems: "what else behaved like this, and why?"

    from kg.analogs import find_analogs
    for a in find_analogs(store, "MgH2 + 10 wt% TiVNbZrFe", top=5, filters=["Ea < 90 kJ/mol"]):
        print(a.name, a.score, a.facets, [p.text() for p in a.paths])

The query is a system in the graph (id or name), a lab entry (source id) or typed text parsed with
the foundation's system parser (unknown tokens raise ``AnalogQueryError`` naming them). Every
system is scored on facets (``model.DEFAULT_WEIGHTS``) with numpy over a feature index read from
the store in bulk and cached until the store changes; the top results get explanation paths and
their evidence read from the store with Cypher.

``find_analogs`` accepts a store (anything with ``query``) or a ready ``FeatureIndex`` (for
fixtures and batches not loaded anywhere: ``FeatureIndex.build(*rows_from_batch(batch))``).
"""
from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from ontology.limits import MAX_ANALOG_SOURCES, MAX_ANALOGS, MAX_QUERY_CHARS

from ..rows import condition_max, condition_qualifiers
from .application import ALL, labels as app_labels, query_applications, query_mask
from .chem import label_of
from .claims import bearing
from .explain import explain, measured_conditions
from .features import FeatureIndex
from .filters import ValueFilter, application_mask, filter_mask, parse_filter, parse_filters, property_mask
from .model import DEFAULT_WEIGHTS, FACETS, Analog, AnalogQueryError, Path, PathNode, QueryProfile
from .profile import resolve
from .rows import rows_from_batch
from .scoring import parse_weight_args, resolve_weights, score_all, top_k

if TYPE_CHECKING:
    from kg.evidence import EvidenceReader
    from kg.store import GraphStore

__all__ = [
    "Analog", "AnalogQueryError", "AnalogSearch", "DEFAULT_WEIGHTS", "FACETS", "FeatureIndex", "Path",
    "PathNode", "QueryProfile", "ValueFilter", "feature_index", "find_analogs", "parse_filter",
    "parse_filters", "parse_weight_args", "rows_from_batch", "search",
]


@dataclass
class AnalogSearch:
    profile: QueryProfile
    analogs: list[Analog]
    weights: dict[str, float]
    filters: list[str] = field(default_factory=list)
    candidates: int = 0                      # systems left after filters
    timings_ms: dict[str, float] = field(default_factory=dict)
    apart: list[Analog] = field(default_factory=list)   # the lab's own, ranked apart (``search(apart=…)``)

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.profile.to_dict(), "weights": self.weights, "filters": self.filters,
                "candidates": self.candidates, "results": [a.to_dict() for a in self.analogs]}


def feature_index(source: GraphStore | FeatureIndex, confirmed_only: bool = False) -> FeatureIndex:
    """The cached feature index of a store (rebuilt when the store changed), or ``source`` itself.
    ``confirmed_only``: literature values count only once a curator confirmed or corrected them."""
    if isinstance(source, FeatureIndex):
        return source
    from .reader import cached_index

    return cached_index(source, confirmed_only)


def _as_filters(filters: Iterable[ValueFilter | str] | None) -> list[ValueFilter]:
    out = []
    for f in filters or []:
        out.append(f if isinstance(f, ValueFilter) else parse_filter(str(f)))
    return out


def _application_filter(index: FeatureIndex, profile: QueryProfile, application: str | None) -> np.ndarray | None:
    """The mask of the application filter: the query's own application(s) by default (a note says
    which), none for 'all', else the named application."""
    if application and application.strip().lower() == ALL:
        return None
    if application and application.strip().lower() != "auto":
        return application_mask(index, application)
    apps = query_applications(index, profile)
    if apps:
        profile.notes.append("analogs for " + " / ".join(label_of(a) for a in apps)
                             + " (the query's application; --application all for every application)")
    return query_mask(index, apps)


# Where an analog may come from: every system, the literature's (a publication reports it), or the
# lab's own (a lab entry reports it). A system both report is in each.
ORIGINS = ("all", "literature", "lab")


def origin_mask(index: FeatureIndex, origin: str) -> np.ndarray | None:
    """The systems of ``origin`` (None for 'all'): a researcher looking for literature analogs
    does not want the entry saved a minute ago ranked first, and sees the lab's own apart."""
    if origin not in ORIGINS:
        raise AnalogQueryError(f"origin '{origin}' is not one of {', '.join(ORIGINS)}: 'literature' for "
                               "published analogs, 'lab' for the lab's own entries, 'all' for both")
    if origin == "all":
        return None
    lab = {sid for sid, info in index.source_info.items() if info.get("kind") == "lab_entry"}
    if origin == "lab":
        keep = (any(s in lab for s in srcs) for srcs in index.sources)
    else:                            # a system without a recorded source is not the lab's either
        keep = (not srcs or any(s not in lab for s in srcs) for srcs in index.sources)
    return np.fromiter(keep, dtype=bool, count=len(index))


def _value_record(row: dict[str, Any], reader: EvidenceReader | None,
                  notes: dict[tuple[Any, ...], str] | None = None) -> dict[str, Any]:
    """A measurement shown with an analog: its value, where it was read, and the note of a table cell
    stored at its text's unit."""
    out = {"measurement": row.get("id"), "property": row.get("property"), "value": row.get("value"),
           "value_max": row.get("value_max"), "unit": row.get("unit"), "uncertainty": row.get("uncertainty"),
           "theoretical": bool(row.get("theoretical")), "calculated": bool(row.get("calculated")),
           "status": row.get("status"),
           # what it was measured under (temperature, conducting ion, cell type …): a Li+ value is no Mg2+ one
           "conditions": measured_conditions(row), "condition_max": condition_max(row),
           "condition_qualifiers": condition_qualifiers(row)}   # 'within 20 min' is no '20 min'
    if reader is not None:
        out.update(reader.record(row))
        if row.get("also_read"):        # the same value read at another place of the source
            out["also_in"] = [reader.record(r) for r in row["also_read"]]
    note = (notes or {}).get((row.get("source"), row.get("tbl"), row.get("row")))
    if note:
        out["note"] = note
    return out


def search(source: GraphStore | FeatureIndex, query: object, *, top: int = 10,
           weights: dict[str, float] | None = None,
           filters: Iterable[ValueFilter | str] | None = None, application: str | None = None,
           properties: list[str] | None = None,
           include_self: bool = False, evidence: bool = True, confirmed_only: bool = False,
           origin: str = "all", apart: int = 0) -> AnalogSearch:
    """Analogs of ``query`` from ``origin``; ``apart``: also the lab's own entries like it (at most that many,
    ranked by the same scoring pass, without evidence) in ``AnalogSearch.apart``, for a page that lists
    them apart from the literature's."""
    t0 = time.perf_counter()
    w = resolve_weights(weights)
    if top < 1:
        raise AnalogQueryError("top must be at least 1")
    if top > MAX_ANALOGS:
        raise AnalogQueryError(f"top must be at most {MAX_ANALOGS}")
    if isinstance(query, str) and len(query) > MAX_QUERY_CHARS:
        raise AnalogQueryError(f"the query is {len(query):,} characters; at most {MAX_QUERY_CHARS:,} "
                               "(a system such as 'MgH2 + 10 wt% Nb2O5', a system id or a lab entry id)")
    flt = _as_filters(filters)
    index = feature_index(source, confirmed_only)
    t1 = time.perf_counter()
    profile = resolve(index, query)
    total, facets, _ = score_all(index, profile, w)
    mask = np.ones(len(index), dtype=bool)
    app_mask = _application_filter(index, profile, application)
    for m in (filter_mask(index, flt), app_mask, property_mask(index, properties)):
        if m is not None:
            mask &= m
    if not include_self:
        for sid in profile.system_ids:
            j = index.by_id.get(sid)
            if j is not None:
                mask[j] = False
    lab_mask = origin_mask(index, "lab") if apart > 0 else None
    own = top_k(total, mask & lab_mask, min(apart, MAX_ANALOGS), index.names) if lab_mask is not None else []
    if (chosen := origin_mask(index, origin)) is not None:
        mask &= chosen
    best = top_k(total, mask, top, index.names)
    t2 = time.perf_counter()
    ev: dict[str, Any] = {}
    claims: list[dict[str, Any]] = []
    reader: EvidenceReader | None = None
    notes: dict[tuple[Any, ...], str] = {}
    if evidence and best and not isinstance(source, FeatureIndex):
        from kg.evidence import EvidenceReader
        from kg.readings import fold_repeated_rows

        from .claims import read_claims
        from .reader import fetch_evidence, unit_notes

        # every property of the top results: each value shown carries its provenance
        ev = fetch_evidence(source, [index.ids[i] for i in best], list(index.properties), confirmed_only)
        # a value given in a table and again in the text is one value line and one path, both places kept
        ev["measurements"] = {sid: fold_repeated_rows(rows) for sid, rows in ev.get("measurements", {}).items()}
        if profile.system_ids and profile.values:
            # the query's own values with their conditions: a ratio is shown only between comparable ones
            mine = fetch_evidence(source, list(profile.system_ids), list(profile.values), confirmed_only)
            ev["query"] = [r for rows in mine["measurements"].values() for r in rows]
        claims = read_claims(source)
        notes = unit_notes(source)
        reader = EvidenceReader(getattr(source, "data_dir", None))

    def analog(i: int, ev: dict[str, Any], claims: list[dict[str, Any]], q_claims: list[dict[str, Any]],
               reader: EvidenceReader | None, notes: dict[tuple[Any, ...], str]) -> Analog:
        fs = {f: float(s[i]) for f, s in facets.items()}
        a_claims = bearing(claims, index.host_formulas[i], index.additives[i])
        paths = explain(index, i, profile, fs, ev, q_claims, a_claims, reader)
        src_ids = list(index.sources[i])[:MAX_ANALOG_SOURCES]
        info = {**{s: index.source_info.get(s, {}) for s in src_ids}, **ev.get("sources", {})}
        return Analog(
            system_id=index.ids[i], name=index.names[i], host=index.hosts[index.host_idx[i]],
            score=float(total[i]), facets=fs, paths=paths, applications=app_labels(index, i),
            evidence=[_value_record(r, reader, notes) for r in ev.get("measurements", {}).get(index.ids[i], [])],
            sources=[{"id": s, **{k: info.get(s, {}).get(k) for k in ("kind", "title", "year")}}
                     for s in src_ids],
            values={p: float(index.values[i, j]) for j, p in enumerate(index.properties)
                    if np.isfinite(index.values[i, j])})

    q_claims = bearing(claims, profile.host_formula, profile.additives)
    analogs = [analog(i, ev, claims, q_claims, reader, notes) for i in best]
    t3 = time.perf_counter()
    return AnalogSearch(profile=profile, analogs=analogs, weights=w, filters=[f.describe() for f in flt],
                        candidates=int(mask.sum()),
                        timings_ms={"index": (t1 - t0) * 1e3, "score": (t2 - t1) * 1e3,
                                    "explain": (t3 - t2) * 1e3},
                        apart=[analog(i, {}, [], [], None, {}) for i in own])


def find_analogs(source: GraphStore | FeatureIndex, query: object, top: int = 10,
                 weights: dict[str, float] | None = None,
                 filters: Iterable[ValueFilter | str] | None = None, **kw: Any) -> list[Analog]:
    """Ranked analogs of ``query`` (system id/name, lab entry id, text or MaterialSystem)."""
    return search(source, query, top=top, weights=weights, filters=filters, **kw).analogs
