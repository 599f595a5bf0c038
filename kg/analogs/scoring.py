"""Vectorised facet scores of every system against a query profile."""
from __future__ import annotations

import numpy as np

from .chem import host_similarity
from .features import FeatureIndex
from .model import DEFAULT_WEIGHTS, FACETS, AnalogQueryError, QueryProfile


def resolve_weights(weights: dict[str, float] | dict[str, str] | None) -> dict[str, float]:
    out = dict(DEFAULT_WEIGHTS)
    for key, value in (weights or {}).items():
        if key not in DEFAULT_WEIGHTS:
            raise AnalogQueryError(f"unknown facet '{key}'; facets are: {', '.join(FACETS)}")
        try:
            value = float(value)
        except (TypeError, ValueError):
            raise AnalogQueryError(f"weight of '{key}' must be a number, got {value!r}") from None
        if not np.isfinite(value) or value < 0:
            raise AnalogQueryError(f"weight of '{key}' must be a number >= 0 (0 switches it off)")
        out[key] = value
    return out


def parse_weight_args(items: list[str] | None) -> dict[str, float]:
    """``["host=2", "performance=0"]`` -> ``{"host": 2.0, "performance": 0.0}``."""
    out: dict[str, str] = {}    # resolve_weights checks each value is a number
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep:
            raise AnalogQueryError(f"weight '{item}' must look like FACET=NUMBER, e.g. host=2")
        out[key.strip()] = value.strip()
    return resolve_weights(out)


def host_scores(index: FeatureIndex, host: str | None) -> tuple[np.ndarray, list[str | None]]:
    per_host = [host_similarity(host, h) for h in index.hosts]
    sims = np.asarray([s for s, _ in per_host] or [0.0], dtype=np.float32)
    return sims[index.host_idx], [f for _, f in per_host]


def class_scores(index: FeatureIndex, classes: list[str]) -> np.ndarray:
    vec, norm = index.class_query_vector(classes)
    n = len(index)
    if not vec or norm == 0:
        return np.zeros(n, dtype=np.float32)
    dot = np.zeros(n, dtype=np.float32)
    for c, w in vec.items():
        dot += index.class_matrix[:, c] * np.float32(w)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(index.class_norms > 0, dot / (index.class_norms * np.float32(norm)), 0.0)
    return np.clip(out, 0.0, 1.0).astype(np.float32)


def performance_scores(index: FeatureIndex, values: dict[str, float]) -> np.ndarray:
    """Mean over the query's properties of exp(-|Δz|), times the share of them the system has."""
    n = len(index)
    cols = [(index.properties.index(p), v) for p, v in values.items() if p in index.scales]
    if not cols:
        return np.zeros(n, dtype=np.float32)
    total = np.zeros(n, dtype=np.float32)
    have = np.zeros(n, dtype=np.float32)
    for j, v in cols:
        zq = float(index.scales[index.properties[j]].z([v])[0])
        if not np.isfinite(zq):
            continue
        col = index.zvalues[:, j]
        ok = np.isfinite(col)
        sim = np.exp(-np.abs(np.where(ok, col, 0.0) - np.float32(zq)))
        total += np.where(ok, sim, 0.0).astype(np.float32)
        have += ok
    with np.errstate(divide="ignore", invalid="ignore"):
        mean = np.where(have > 0, total / np.maximum(have, 1), 0.0)
    coverage = have / np.float32(len(cols))
    out: np.ndarray = (mean * np.sqrt(coverage)).astype(np.float32)
    return out


def applicable(profile: QueryProfile, index: FeatureIndex) -> dict[str, bool]:
    """Facets the query says something about (the others are left out of the normalisation)."""
    return {
        "host": bool(profile.host),
        "elements": bool(profile.elements),
        "additive_class": bool(profile.classes),
        "role": bool(profile.roles),
        "strategy": bool(profile.strategies),
        "mechanism": bool(profile.mechanisms),
        "synthesis": bool(profile.methods),
        "performance": bool(set(profile.values) & set(index.scales)),
    }


def score_all(index: FeatureIndex, profile: QueryProfile,
              weights: dict[str, float]) -> tuple[np.ndarray, dict[str, np.ndarray], list[str | None]]:
    """(total score [N], {facet: scores [N]}, host family per distinct host)."""
    n = len(index)
    use = applicable(profile, index)
    facets: dict[str, np.ndarray] = {}
    families: list[str | None] = []
    if weights["host"] > 0 and use["host"]:
        facets["host"], families = host_scores(index, profile.host)
    if weights["elements"] > 0 and use["elements"]:
        facets["elements"] = index.elements.jaccard(profile.elements)
    if weights["additive_class"] > 0 and use["additive_class"]:
        facets["additive_class"] = class_scores(index, profile.classes)
    if weights["role"] > 0 and use["role"]:
        facets["role"] = index.roles.jaccard(profile.roles)
    if weights["strategy"] > 0 and use["strategy"]:
        facets["strategy"] = index.strategies.jaccard(profile.strategies)
    if weights["mechanism"] > 0 and use["mechanism"]:
        facets["mechanism"] = index.mechanisms.jaccard(profile.mechanisms)
    if weights["synthesis"] > 0 and use["synthesis"]:
        facets["synthesis"] = index.methods.jaccard(profile.methods)
    if weights["performance"] > 0 and use["performance"]:
        facets["performance"] = performance_scores(index, profile.values)
    wsum = sum(weights[f] for f in facets)
    total = np.zeros(n, dtype=np.float32)
    for f, s in facets.items():
        total += np.float32(weights[f]) * s
    if wsum > 0:
        total /= np.float32(wsum)
    return total, facets, families


def top_k(scores: np.ndarray, mask: np.ndarray | None, k: int, names: list[str]) -> list[int]:
    """Indices of the k best scores among ``mask`` (ties by name), best first."""
    s = scores if mask is None else np.where(mask, scores, -np.inf)
    valid = int(np.isfinite(s).sum()) if mask is not None else len(s)
    k = min(k, valid)
    if k <= 0:
        return []
    m = min(len(s), k * 4 + 16)
    part = np.argpartition(-s, m - 1)[:m] if m < len(s) else np.arange(len(s))
    best = [int(i) for i in part if np.isfinite(s[i]) and s[i] > 0]
    best.sort(key=lambda i: (-float(s[i]), names[i]))
    return best[:k]
