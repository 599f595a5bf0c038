"""Compact per-system features, built once from bulk reads and scored with numpy.

``FeatureIndex.build(systems, measurements, sources)`` takes plain rows (read from a store with the
bulk statements of ``reader.py``, or from a ``GraphBatch``) and turns them into column arrays:

* host index per system (kinship is looked up per distinct host, then broadcast);
* multi-hot matrices (uint8, column-major so a query's few columns are contiguous) for additive
  elements, roles, strategies, mechanisms, synthesis methods and applications;
* a weighted class matrix (class 1.0, parent class 0.5, …) for additive chemistry classes;
* a matrix of normalised representative values, one column per property (median per system; log10
  for properties spanning decades; robust z-scores), NaN where a system has no value;
* the measurements themselves as columns (system index, property code, value, conditions) for the
  value-range filters.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from .chem import class_weights, elements_of, host_key


def _multi_hot(lists: list[list[str]]) -> tuple[np.ndarray, dict[str, int]]:
    vocab: dict[str, int] = {}
    for items in lists:
        for it in items:
            if it and it not in vocab:
                vocab[it] = len(vocab)
    mat = np.zeros((len(lists), max(len(vocab), 1)), dtype=np.uint8, order="F")
    for i, items in enumerate(lists):
        for it in items:
            if it:
                mat[i, vocab[it]] = 1
    return mat, vocab


@dataclass
class Facet:
    """A multi-hot facet: matrix [systems x terms], term -> column, per-row counts."""

    matrix: np.ndarray
    columns: dict[str, int]
    counts: np.ndarray

    @classmethod
    def of(cls, lists: list[list[str]]) -> Facet:
        mat, cols = _multi_hot(lists)
        return cls(mat, cols, mat.sum(axis=1, dtype=np.int32))

    def jaccard(self, query: list[str]) -> np.ndarray:
        """Jaccard similarity of every row with the query set (0 where both are empty)."""
        q = sorted({self.columns[t] for t in query if t in self.columns})
        n_q = len(set(query))
        n = self.matrix.shape[0]
        if n_q == 0:
            return np.zeros(n, dtype=np.float32)
        inter = np.zeros(n, dtype=np.int32)
        for c in q:
            inter += self.matrix[:, c]
        union = self.counts + n_q - inter
        with np.errstate(divide="ignore", invalid="ignore"):
            out = np.where(union > 0, inter / np.maximum(union, 1), 0.0)
        return out.astype(np.float32)

    def has_any(self, terms: set[str]) -> np.ndarray:
        out = np.zeros(self.matrix.shape[0], dtype=bool)
        for t in terms:
            c = self.columns.get(t)
            if c is not None:
                out |= self.matrix[:, c].astype(bool)
        return out


@dataclass
class PropertyScale:
    key: str
    log: bool
    center: float
    scale: float

    def z(self, values: Any) -> np.ndarray:
        """Standard scores of ``values`` (anything ``np.asarray`` takes); NaN where a log scale meets v <= 0."""
        v = np.asarray(values, dtype=np.float64)
        if self.log:
            with np.errstate(divide="ignore", invalid="ignore"):
                v = np.where(v > 0, np.log10(np.where(v > 0, v, 1.0)), np.nan)
        out: np.ndarray = (v - self.center) / self.scale
        return out


def _scale_for(key: str, values: np.ndarray) -> PropertyScale:
    v = values[np.isfinite(values)]
    log = bool(v.size and (v > 0).all() and np.percentile(v, 95) / max(np.percentile(v, 5), 1e-300) > 100)
    t = np.log10(v) if log else v
    if t.size == 0:
        return PropertyScale(key, log, 0.0, 1.0)
    center = float(np.median(t))
    q75, q25 = np.percentile(t, [75, 25])
    scale = float((q75 - q25) / 1.349) if q75 > q25 else float(np.std(t))
    if not math.isfinite(scale) or scale <= 1e-12:
        scale = max(abs(center) * 0.1, 1.0 if not log else 0.5)
    return PropertyScale(key, log, center, scale)


@dataclass
class FeatureIndex:
    ids: list[str]
    names: list[str]
    hosts: list[str]                      # host key per distinct host
    host_idx: np.ndarray                  # int32 per system
    host_formulas: list[str]
    additives: list[list[dict[str, Any]]]
    elements: Facet
    roles: Facet
    strategies: Facet
    mechanisms: Facet
    methods: Facet
    applications: Facet
    class_matrix: np.ndarray              # float32 [N, C], column-major
    class_columns: dict[str, int]
    class_norms: np.ndarray
    properties: list[str]                 # property keys, column order of the value matrices
    values: np.ndarray                    # float32 [N, P] representative (median) canonical values
    zvalues: np.ndarray                   # float32 [N, P] normalised
    scales: dict[str, PropertyScale]
    m_sys: np.ndarray                     # measurements: system index (int32)
    m_prop: np.ndarray                    # property code (int16, index into ``properties``)
    m_value: np.ndarray                   # float64, midpoint of a range
    m_conditions: dict[str, np.ndarray]   # condition key -> float64 (NaN when not given)
    sources: list[list[str]]              # source ids per system
    source_info: dict[str, dict[str, Any]]          # id -> {"kind", "title", "year"}
    by_id: dict[str, int] = field(default_factory=dict)
    by_name: dict[str, list[int]] = field(default_factory=dict)
    by_source: dict[str, list[int]] = field(default_factory=dict)
    by_additive: dict[str, np.ndarray] = field(default_factory=dict)
    version: object = None

    def __len__(self) -> int:
        return len(self.ids)

    # ------------------------------------------------------------------------------- building
    @classmethod
    def build(cls, systems: list[dict[str, Any]], measurements: dict[str, Any], sources: dict[str, dict[str, Any]],
              version: object = None) -> FeatureIndex:
        from ontology.vocabulary import fold

        n = len(systems)
        ids = [s["id"] for s in systems]
        by_id = {sid: i for i, sid in enumerate(ids)}
        host_keys = [host_key(s.get("host"), s.get("host_formula")) for s in systems]
        hosts = sorted(set(host_keys))
        hidx = {h: i for i, h in enumerate(hosts)}
        host_idx = np.fromiter((hidx[h] for h in host_keys), dtype=np.int32, count=n)
        adds = [list(s.get("additives") or []) for s in systems]
        elem_lists = [sorted({e for a in al for e in elements_of(a.get("formula"), a.get("term"))})
                      for al in adds]
        role_lists = [sorted({a.get("role") for a in al if a.get("role")}) for al in adds]
        # class matrix: each additive contributes its class (and its own term, when it is a class
        # member of the Material hierarchy) with ancestors at decreasing weight
        class_cols: dict[str, int] = {}
        per_sys: list[dict[str, float]] = []
        for al in adds:
            w: dict[str, float] = {}
            for a in al:
                for term in (a.get("additive_class"),):
                    for t, tw in class_weights(term):
                        w[t] = max(w.get(t, 0.0), tw)
            per_sys.append(w)
            for t in w:
                class_cols.setdefault(t, len(class_cols))
        cmat = np.zeros((n, max(len(class_cols), 1)), dtype=np.float32, order="F")
        for i, w in enumerate(per_sys):
            for t, tw in w.items():
                cmat[i, class_cols[t]] = tw
        cnorm = np.sqrt((cmat.astype(np.float64) ** 2).sum(axis=1)).astype(np.float32)
        by_add: dict[str, list[int]] = {}
        for i, al in enumerate(adds):
            for a in al:
                by_add.setdefault(a.get("formula") or "", []).append(i)
        by_name: dict[str, list[int]] = {}
        for i, s in enumerate(systems):
            by_name.setdefault(fold(s["name"]), []).append(i)
        srcs = [list(dict.fromkeys(s.get("sources") or [])) for s in systems]
        by_source: dict[str, list[int]] = {}
        for i, sl in enumerate(srcs):
            for src in sl:
                by_source.setdefault(src, []).append(i)

        # measurements -> per-system medians and normalised values
        msys_ids = measurements.get("system", [])
        frame = pd.DataFrame({
            "sys": pd.Series(msys_ids, dtype=object).map(by_id),
            "prop": pd.Series(measurements.get("property", []), dtype=object),
            "value": pd.to_numeric(pd.Series(measurements.get("value", []), dtype=object), errors="coerce"),
            "value_max": pd.to_numeric(pd.Series(measurements.get("value_max", [None] * len(msys_ids)),
                                                 dtype=object), errors="coerce"),
        })
        conds_raw = measurements.get("conditions", {}) or {}
        for key, col in conds_raw.items():
            frame[f"c:{key}"] = pd.to_numeric(pd.Series(col, dtype=object), errors="coerce")
        keep = frame["sys"].notna() & frame["value"].notna() & frame["prop"].notna()
        theoretical = measurements.get("theoretical")
        if theoretical is not None:
            keep &= ~pd.Series(theoretical, dtype=object).fillna(False).astype(bool).to_numpy()
        frame = frame[keep]
        mid = frame["value"].where(frame["value_max"].isna(), (frame["value"] + frame["value_max"]) / 2)
        frame = frame.assign(mid=mid.astype(np.float64), sys=frame["sys"].astype(np.int32))
        props = sorted(frame["prop"].unique().tolist())
        pcode = {p: i for i, p in enumerate(props)}
        frame = frame.assign(pcode=frame["prop"].map(pcode).astype(np.int16))
        values = np.full((n, max(len(props), 1)), np.nan, dtype=np.float32)
        zvalues = np.full_like(values, np.nan)
        scales: dict[str, PropertyScale] = {}
        if len(frame):
            med = frame.groupby(["sys", "pcode"], sort=False)["mid"].median()
            si = med.index.get_level_values(0).to_numpy()
            pi = med.index.get_level_values(1).to_numpy()
            values[si, pi] = med.to_numpy(dtype=np.float32)
            for p, j in pcode.items():
                col = values[:, j].astype(np.float64)
                scales[p] = _scale_for(p, col)
                zvalues[:, j] = scales[p].z(col).astype(np.float32)
        m_conditions = {key: frame[f"c:{key}"].to_numpy(dtype=np.float64) for key in conds_raw}
        return cls(
            ids=ids, names=[s["name"] for s in systems], hosts=hosts, host_idx=host_idx,
            host_formulas=[s.get("host_formula") or "" for s in systems], additives=adds,
            elements=Facet.of(elem_lists), roles=Facet.of(role_lists),
            strategies=Facet.of([list(s.get("strategies") or []) for s in systems]),
            mechanisms=Facet.of([list(s.get("mechanisms") or []) for s in systems]),
            methods=Facet.of([list(s.get("methods") or []) for s in systems]),
            applications=Facet.of([list(s.get("applications") or []) for s in systems]),
            class_matrix=cmat, class_columns=class_cols, class_norms=cnorm,
            properties=props, values=values, zvalues=zvalues, scales=scales,
            m_sys=frame["sys"].to_numpy(dtype=np.int32), m_prop=frame["pcode"].to_numpy(dtype=np.int16),
            m_value=frame["mid"].to_numpy(dtype=np.float64), m_conditions=m_conditions,
            sources=srcs, source_info=dict(sources), by_id=by_id, by_name=by_name,
            by_source=by_source, by_additive={k: np.asarray(v, dtype=np.int32) for k, v in by_add.items()},
            version=version)

    # ------------------------------------------------------------------------------- helpers
    def system_terms(self, i: int) -> dict[str, Any]:
        """Everything the index knows about system ``i`` (for query profiles and display)."""
        def cols(f: Facet) -> list[str]:
            inv = {c: t for t, c in f.columns.items()}
            return [inv[int(c)] for c in np.flatnonzero(f.matrix[i]) if c in inv]

        return {"id": self.ids[i], "name": self.names[i], "host": self.hosts[self.host_idx[i]],
                "host_formula": self.host_formulas[i], "additives": self.additives[i],
                "elements": cols(self.elements), "roles": cols(self.roles),
                "strategies": cols(self.strategies), "mechanisms": cols(self.mechanisms),
                "methods": cols(self.methods), "applications": cols(self.applications),
                "values": {p: float(self.values[i, j]) for j, p in enumerate(self.properties)
                           if np.isfinite(self.values[i, j])},
                "sources": self.sources[i]}

    def class_query_vector(self, classes: list[str]) -> tuple[dict[int, float], float]:
        w: dict[str, float] = {}
        for c in classes:
            for t, tw in class_weights(c):
                w[t] = max(w.get(t, 0.0), tw)
        vec = {self.class_columns[t]: tw for t, tw in w.items() if t in self.class_columns}
        norm = math.sqrt(sum(tw * tw for tw in w.values()))
        return vec, norm
