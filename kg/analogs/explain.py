"""Explanations: the graph paths that make an analog an analog, with the sources of each.

The shared structure (host, family, additives, classes, roles, strategies, mechanisms, methods)
comes from the feature index and the ontology; the evidence for measured performance and the
sources are read from the store for the top results only (``reader.fetch_evidence``).
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ontology.comparability import compare_conditions, value_label, with_spans
from ontology.limits import MAX_PATH_NAME_CHARS, MAX_PATH_SOURCES, MAX_PATHS_PER_ANALOG, MAX_PATHS_PER_FACET
from ontology.units import number_text, plus_minus_text
from ontology.vocabulary import vocabulary

from ..rows import condition_max
from .chem import class_weights, elements_of, host_similarity, label_of
from .claims import compare, place as claim_place
from .features import FeatureIndex
from .model import Path, PathNode, QueryProfile

if TYPE_CHECKING:
    from kg.evidence import EvidenceReader


def _mat(term_or_key: str | None, formula: str | None = None) -> PathNode:
    if term_or_key and not term_or_key.startswith("formula:"):
        return PathNode("Material", term_or_key, label_of(term_or_key))
    f = formula or (term_or_key or "")[len("formula:"):]
    return PathNode("Material", f, f)


def _term(kind: str, tid: str) -> PathNode:
    return PathNode(kind, tid, label_of(tid))


def _clip(text: str | None) -> str:
    text = text or ""
    return text if len(text) <= MAX_PATH_NAME_CHARS else text[:MAX_PATH_NAME_CHARS - 1] + "…"


def bounded(paths: list[Path]) -> list[Path]:
    """At most ``MAX_PATHS_PER_FACET`` paths per facet and ``MAX_PATHS_PER_ANALOG`` in all (in order):
    a system with 2,000 additives sharing Ni explains itself in five paths, not 2,000."""
    per_facet: dict[str, int] = {}
    out = []
    for p in paths:
        n = per_facet.get(p.facet, 0)
        if n < MAX_PATHS_PER_FACET:
            per_facet[p.facet] = n + 1
            out.append(p)
    return out[:MAX_PATHS_PER_ANALOG]


def explain(index: FeatureIndex, i: int, profile: QueryProfile, facets: dict[str, float],
            evidence: dict[str, Any] | None = None, query_claims: Iterable[dict[str, Any]] = (),
            analog_claims: Iterable[dict[str, Any]] = (), reader: EvidenceReader | None = None) -> list[Path]:
    """Paths for system ``i`` for every facet that scored above zero, and the mechanism claims of
    the source that both systems share or one of them lacks (``bounded``)."""
    paths = _explain(index, i, profile, facets, evidence, reader)
    return bounded(paths + _claim_paths(index, i, profile, list(query_claims), list(analog_claims), reader))


def _claim_paths(index: FeatureIndex, i: int, profile: QueryProfile, q_claims: list[dict[str, Any]],
                 a_claims: list[dict[str, Any]], reader: EvidenceReader | None) -> list[Path]:
    """'both credit electron transfer (Nb sites)', 'the query credits X, the analog none' …"""
    if not q_claims and not a_claims:
        return []
    shared, q_only, a_only = compare(q_claims, a_claims)
    sysnode = PathNode("System", index.ids[i], _clip(index.names[i]))
    qnode = PathNode("Query", _clip(profile.text), _clip(profile.name))
    out = []

    def claim_of(claims: list[dict[str, Any]], mech: str) -> dict[str, Any]:
        return next(c for c in claims if c["mechanism"] == mech)

    def ev(*cs: dict[str, Any]) -> list[dict[str, Any]]:
        recs = [reader.record(c) for c in cs] if reader is not None else \
            [{"source": c.get("source"), "place": claim_place(c), "refs": list(c.get("refs") or [])} for c in cs]
        return [r for k, r in enumerate(recs) if r not in recs[:k]]   # one claim for both: cited once

    for mech in shared:
        qc, ac = claim_of(q_claims, mech), claim_of(a_claims, mech)
        # 'for Nb in both', not 'for Nb and Nb', when the claim is about an element both contain
        which = f"{ac['additive']} in both" if ac["additive"] == qc["additive"] else \
            f"{ac['additive']} (analog) and {qc['additive']} (query)"
        out.append(Path("mechanism_claim", [sysnode, _term("Mechanism", mech), qnode], ["CREDITED", "<CREDITED"],
                        f"both: the source credits {label_of(mech)} for {which}",
                        sorted({c["source"] for c in (qc, ac) if c.get("source")}), ev(qc, ac)))
    lacking = [(m, q_claims, "query", "analog") for m in q_only] + [(m, a_claims, "analog", "query") for m in a_only]
    for mech, claims, who, other in lacking:
        c = claim_of(claims, mech)
        nodes = [qnode, _term("Mechanism", mech)] if who == "query" else [sysnode, _term("Mechanism", mech)]
        out.append(Path("mechanism_claim", nodes, ["CREDITED"],
                        f"only the {who}: {label_of(mech)} credited for {c['additive']}; none claimed for the {other}",
                        [c["source"]] if c.get("source") else [], ev(c)))
    return out


def _explain(index: FeatureIndex, i: int, profile: QueryProfile, facets: dict[str, float],
             evidence: dict[str, Any] | None = None, reader: EvidenceReader | None = None) -> list[Path]:
    vocab = vocabulary()
    # Names as long as a whole lab entry's systems would repeat in every path: clipped.
    sysnode = PathNode("System", index.ids[i], _clip(index.names[i]))
    qnode = PathNode("Query", _clip(profile.text), _clip(profile.name))
    srcs = list(index.sources[i])[:MAX_PATH_SOURCES]
    paths: list[Path] = []
    host = index.hosts[index.host_idx[i]]
    if facets.get("host", 0) > 0:
        sim, family = host_similarity(profile.host, host)
        if host == profile.host:
            paths.append(Path("host", [sysnode, _mat(host, index.host_formulas[i]), qnode],
                              ["HAS_HOST", "<HAS_HOST"], "same host", srcs))
        elif family:
            qhost = _mat(profile.host, profile.host_formula)
            chain = [sysnode, _mat(host, index.host_formulas[i])]
            rels = ["HAS_HOST"]
            for anc in vocab.ancestors(host):
                chain.append(_mat(anc))
                rels.append("IS_A")
                if anc == family:
                    break
            back = [qhost]
            for anc in vocab.ancestors(profile.host) if profile.host and profile.host in vocab else []:
                if anc == family:
                    break
                back.insert(0, _mat(anc))
            for n in back:
                chain.append(n)
                rels.append("<IS_A")
            chain.append(qnode)
            rels.append("<HAS_HOST")
            paths.append(Path("host", chain, rels, f"{'sibling' if sim >= 0.6 else 'related'} host "
                              f"(family {label_of(family)})", srcs))
    q_elems = set(profile.elements)
    q_classes = {t for c in profile.classes for t, _ in class_weights(c)}
    q_roles = set(profile.roles)
    for a in index.additives[i]:
        anode = _mat(a.get("term"), a.get("formula"))
        shared = sorted(q_elems & set(elements_of(a.get("formula"), a.get("term"))))
        if shared and facets.get("elements", 0) > 0:
            paths.append(Path("elements", [sysnode, anode], ["HAS_ADDITIVE"],
                              f"additive {a.get('formula')} shares {', '.join(shared)} with the query", srcs))
        cls = a.get("additive_class")
        if cls and facets.get("additive_class", 0) > 0:
            common = [t for t, _ in class_weights(cls) if t in q_classes]
            if common:
                chain, rels = [sysnode, anode], ["HAS_ADDITIVE"]
                for t, _ in class_weights(cls):
                    if t == (a.get("term") or ""):
                        continue
                    chain.append(_mat(t))
                    rels.append("IS_A")
                    if t == common[0]:
                        break
                paths.append(Path("additive_class", chain, rels,
                                  f"additive class {label_of(common[0])} as in the query", srcs))
        role = a.get("role")
        if role and role in q_roles and facets.get("role", 0) > 0:
            paths.append(Path("role", [sysnode, anode, _term("Role", role)], ["HAS_ADDITIVE", "AS_ROLE"],
                              f"{a.get('formula')} acts as {label_of(role)}", srcs))
    info = index.system_terms(i)
    # mechanisms are explained by the claims that credit them (``_claim_paths``), never by a
    # mechanism merely mentioned near a system
    for facet, field, rel, kind in (("strategy", "strategies", "MODIFIED_BY", "Strategy"),
                                    ("synthesis", "methods", "MADE_BY", "SynthesisMethod")):
        if facets.get(facet, 0) <= 0:
            continue
        for t in sorted(set(info[field]) & set(getattr(profile, field))):
            note = f"same {kind.lower() if kind != 'SynthesisMethod' else 'synthesis method'}"
            if t in profile.inferred.get(field, []):
                note += " (query's inferred from the graph)"
            paths.append(Path(facet, [sysnode, _term(kind, t), qnode], [rel, f"<{rel}"], note, srcs))
    if facets.get("performance", 0) > 0:
        ev = (evidence or {}).get("measurements", {}).get(index.ids[i], [])
        for p, qv in sorted(profile.values.items()):
            if p not in info["values"]:
                continue
            unit = vocab.property(p).unit
            rows = [r for r in ev if r["property"] == p] or [{"id": "", "value": info["values"][p],
                                                              "source": None}]
            for r in rows[:2]:
                status = r.get("status")
                shown = "" if not status or str(r.get("source") or "").startswith("lab:") else f" [{status}]"
                mnode = PathNode("Measurement", r.get("id") or f"{index.ids[i]}:{p}",
                                 f"{p} = {r['value']:g} {unit}{shown}")
                chain, rels = [sysnode, mnode], ["<OF_SYSTEM"]
                if r.get("source"):
                    chain.append(PathNode("Source", r["source"], r["source"]))
                    rels.append("REPORTED_IN")
                kind = " calculated" if r.get("calculated") else " theoretical" if r.get("theoretical") else ""
                # conditions travel with the value: a conductivity at 60 °C is not one at 25 °C
                for cond in ("temperature", "heating_rate"):
                    if r.get(cond) is not None:
                        kind += f" at {r[cond]:g} {vocab.property(cond).unit}"
                # and so do the conducting ion and the cell type: a Li+ value is not a Mg2+ one
                for cond, term in sorted(measured_conditions(r).items()):
                    if isinstance(term, str):
                        kind += f", {cond.replace('_', ' ')} {value_label(term)}"
                compared = _compared(p, r, qv, (evidence or {}).get("query"), unit or "")
                paths.append(Path("performance", chain, rels,
                                  f"same property, {label_of(vocab.property(p).id)}{kind}: "
                                  f"{number_text(r['value'])} vs query {compared}",
                                  [r["source"]] if r.get("source") else srcs,
                                  [reader.record(r)] if reader is not None and r.get("source") else []))
    return paths


def measured_conditions(row: dict[str, Any]) -> dict[str, float | str]:
    """The conditions of an evidence row: its conditions JSON (categorical ones as term ids) and the
    temperature and heating rate columns."""
    try:
        out: dict[str, float | str] = json.loads(row.get("conditions_json") or "{}")
    except (TypeError, ValueError):
        out = {}
    for cond in ("temperature", "heating_rate"):
        if row.get(cond) is not None:
            out.setdefault(cond, row[cond])
    return out


def _settings(row: dict[str, Any]) -> dict[str, Any]:
    """An evidence row's conditions as compared: a ranged one as its two ends."""
    return with_spans(measured_conditions(row), condition_max(row))


def _compared(prop: str, row: dict[str, Any], query_value: float, query_rows: list[dict[str, Any]] | None,
              unit: str) -> str:
    """'0.1 (ratio 1.2×)' against the query's value measured under comparable conditions; without
    one, the query's value with the reason no ratio is given; with the caveats that remain."""
    if query_rows is None:       # the query's values are not read from the graph (typed text, an index)
        return f"{number_text(query_value)} {unit}{_relative(row['value'], query_value, unit)}"
    mine = [q for q in query_rows if q.get("property") == prop and not q.get("theoretical")]
    checks = [(q, compare_conditions(prop, _settings(q), _settings(row), method_a=q.get("method"),
                                     method_b=row.get("method"))) for q in mine]
    ok = [(q, c) for q, c in checks if c.comparable]
    if not ok:
        why = "; ".join(dict.fromkeys(c for _, check in checks for c in check.caveats)) or "no query value"
        return f"{number_text(query_value)} {unit}; no ratio, conditions not comparable ({why})"
    q, check = min(ok, key=lambda qc: (len(qc[1].caveats), abs(qc[0]["value"] - row["value"])))
    caveat = f"; caveat: {'; '.join(check.caveats)}" if check.caveats else ""
    # the lab's '72 ± 3 kJ/mol' with its ± (a graph written before the graph kept it has none)
    said = number_text(q["value"]) + plus_minus_text(q.get("uncertainty"))
    return f"{said} {unit}{_relative(row['value'], q['value'], unit)}{caveat}"


def _relative(value: float, query_value: float, unit: str) -> str:
    """How the analog's value stands to the query's: ' (ratio 1.2×)', or for a temperature the difference
    (' (15 degC lower)'): 225 °C against 240 °C is no '0.94×' (a ratio on the Celsius scale means nothing,
    and one in kelvin is not what a chemist reads: 'desorbs 15 °C lower')."""
    from ontology.units import UnitError, parse_unit, ureg

    try:
        temperature = ureg.Quantity(1, parse_unit(unit)).dimensionality == ureg.kelvin.dimensionality
    except (UnitError, ValueError):
        temperature = False
    if temperature:
        d = value - query_value
        return " (the same)" if d == 0 else f" ({number_text(abs(d))} {unit} {'higher' if d > 0 else 'lower'})"
    return f" (ratio {number_text(value / query_value, 2)}×)" if query_value else ""
