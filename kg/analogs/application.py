"""Which application a system serves (hydrogen storage, solid electrolyte, anode …) and which one a
query is about, so that analogs are compared within one application.

A system's applications are its APPLIED_AS links plus the applications of the properties measured
on it (the ontology says ionic conductivity is a solid-electrolyte property, Ea a hydrogen-storage
one). Only the narrowest Application terms label a system ("anode", not "lithium storage"): the
application vocabulary comes from the ontology, never from a list here.
"""
from __future__ import annotations

import numpy as np

from ontology.vocabulary import vocabulary

from .features import FeatureIndex
from .model import QueryProfile

ALL = "all"          # --application all: no application filter
MIN_LOOKALIKES = 2   # graph systems with the query's host and additives needed to take their application


def leaf_applications() -> list[str]:
    """Application terms without narrower terms (the labels an analog carries)."""
    vocab = vocabulary()
    return sorted(t.id for t in vocab.terms("Application") if not vocab.descendants(t.id))


def _leaves_of(term: str) -> set[str]:
    vocab = vocabulary()
    narrower = set(vocab.descendants(term)) if term in vocab else set()
    leaves = set(leaf_applications())
    return {term} & leaves or narrower & leaves


def application_masks(index: FeatureIndex) -> dict[str, np.ndarray]:
    """Leaf application -> bool [N] of the systems serving it (cached on the index)."""
    cached: dict[str, np.ndarray] | None = getattr(index, "_application_masks", None)
    if cached is not None:
        return cached
    vocab = vocabulary()
    n = len(index)
    masks = {a: np.zeros(n, dtype=bool) for a in leaf_applications()}
    for term, col in index.applications.columns.items():
        for leaf in _leaves_of(term):
            masks[leaf] |= index.applications.matrix[:, col].astype(bool)
    for j, key in enumerate(index.properties):
        for app in vocab.property(key).applications:
            for leaf in _leaves_of(app):
                masks[leaf] |= np.isfinite(index.values[:, j])
    try:
        object.__setattr__(index, "_application_masks", masks)
    except (AttributeError, TypeError):   # a slotted or frozen index: recompute next time
        pass
    return masks


def labels(index: FeatureIndex, i: int) -> list[str]:
    """The leaf applications of system ``i``."""
    return [a for a, m in application_masks(index).items() if m[i]]


def query_applications(index: FeatureIndex, profile: QueryProfile) -> list[str]:
    """The applications the query is about: its own (a graph system or lab entry), else those of the
    graph systems with the same host and additives, else the commonest one of its host's systems."""
    masks = application_masks(index)
    own = {leaf for a in profile.applications for leaf in _leaves_of(a)}
    rows = [index.by_id[s] for s in profile.system_ids if s in index.by_id]
    for r in rows:
        own |= {a for a, m in masks.items() if m[r]}
    if own:
        return sorted(own)
    same_host = np.array([index.hosts[h] == profile.host for h in index.host_idx], dtype=bool) \
        if profile.host else np.zeros(len(index), dtype=bool)
    look = np.zeros(len(index), dtype=bool)
    for f in (str(a["formula"]) for a in profile.additives if a.get("formula")):
        hit = index.by_additive.get(f)
        if hit is not None:
            look[hit] = True
    # One paper's use of the same pair (MgH2@Nb2O5 as an anode) does not make it the pair's
    # application; several do (LiBH4 with LiI: electrolytes). Else the host's usual application.
    for candidates, least in ((look & same_host, MIN_LOOKALIKES), (same_host, 1), (look, 1)):
        apps = _commonest(masks, candidates, least)
        if len(apps) > 1:
            # a tie among the lookalikes (one anode paper, one storage entry) is broken by what the
            # host is usually studied for, not answered with both
            usual = _commonest(masks, same_host, 1)
            apps = [a for a in apps if a in usual] or apps
        if apps:
            return apps
    return []


def _commonest(masks: dict[str, np.ndarray], rows: np.ndarray, least: int) -> list[str]:
    if int(rows.sum()) < least:
        return []
    counts = {a: int((m & rows).sum()) for a, m in masks.items()}
    top = max(counts.values(), default=0)
    return sorted(a for a, c in counts.items() if c == top) if top else []


def query_mask(index: FeatureIndex, apps: list[str]) -> np.ndarray | None:
    """Systems serving any of ``apps`` (None: no application known, no filter)."""
    if not apps:
        return None
    masks = application_masks(index)
    out = np.zeros(len(index), dtype=bool)
    for a in apps:
        if a in masks:
            out |= masks[a]
    return out
