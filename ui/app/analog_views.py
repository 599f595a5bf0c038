"""How the Analogs page explains an analog to a chemist: a sentence and a small table (shared host,
additive and its class and role, strategy, mechanism, synthesis, value ratios) built from the
explanation paths, whose raw form stays behind an expander; and the neighbourhood graph, laid out
with only short labels drawn (the query's name, the analogs' ranks) and every name on hover, so that
no two labels overlap.
"""
from __future__ import annotations

import math
import re

from kg.evidence import cite
from ontology.units import plus_minus_text
from ui.app.display import (
    basis_word,
    conditions_text,
    labels_text,
    property_label,
    range_text,
    readable_markup,
    units_in_text,
)

_SHARES = re.compile(r"shares (.+?) with the query")
_TERM_LIST = re.compile(r"(\w+)=\[([^\]]*)\]")

# Facets of kg.analogs in the order a chemist reads them, with the words for what is shared.
ASPECTS = {"host": "host", "elements": "additive elements", "additive_class": "additive class",
           "role": "additive role", "strategy": "strategy", "mechanism": "mechanism",
           "mechanism_claim": "mechanism", "synthesis": "synthesis method", "performance": "value"}
_PLURAL = {"host": "hosts", "additive class": "additive classes",
           "additive role": "additive roles", "strategy": "strategies", "mechanism": "mechanisms",
           "synthesis method": "synthesis methods"}


def _shared(path) -> str:
    """The thing a path says both systems have (a term's label or formula), from its nodes."""
    nodes = path.nodes
    if path.facet == "elements":
        # the note names the shared elements ('additive LiI shares I, Li with the query')
        found = _SHARES.search(path.note or "")
        additive = nodes[1].name or nodes[1].id
        return f"{found.group(1)} (in {additive})" if found else additive
    if path.facet in ("additive_class",):
        return nodes[-1].name or nodes[-1].id
    if path.facet == "role":
        return f"{nodes[-1].name} ({nodes[1].name or nodes[1].id})"
    if path.facet == "performance":
        return ""
    return nodes[1].name or nodes[1].id


def _is_shared(path) -> bool:
    """Mechanism claims also say what only one side claims; that is a difference, not a match."""
    return path.facet != "mechanism_claim" or path.note.startswith("both")


def explanation_rows(analog) -> list[dict]:
    """One row per explanation path: aspect, shared (the term both have), detail (the path's note in
    words and typographic units), where (the source places of its evidence)."""
    rows = []
    for p in sorted(analog.paths, key=lambda p: list(ASPECTS).index(p.facet) if p.facet in ASPECTS else 99):
        where = ", ".join(dict.fromkeys(e.get("place") or "" for e in p.evidence if e.get("place")))
        rows.append({"aspect": ASPECTS.get(p.facet, p.facet.replace("_", " ")),
                     "shared": _shared(p) if _is_shared(p) else "",
                     "detail": units_in_text(p.note), "where": where})
    return rows


def evidence_rows(analog) -> list[dict]:
    """One row per value of the analog: property, value with its conditions, source, place (section or
    table and row), reference numbers and the evidence sentence or table row (or how to supply the
    source's text when this machine does not have it)."""
    rows = []
    for rec in analog.evidence:
        value = range_text(rec["value"], rec.get("value_max"))
        said = rec.get("sentence") or (f"row: {rec['table_row']}" if rec.get("table_row") else "")
        rows.append({"property": property_label(rec["property"]),
                     "value": units_in_text(f"{value}{plus_minus_text(rec.get('uncertainty'))} {rec.get('unit') or ''}"
                                            .strip())
                     + (f" ({basis})" if (basis := basis_word(rec)) else ""),
                     "conditions": conditions_text(rec.get("conditions"), rec.get("condition_max"),
                                                     rec.get("condition_qualifiers")),
                     "source": rec.get("source") or "", "place": rec.get("place") or "",
                     "refs": ", ".join(str(r) for r in rec.get("refs") or []),
                     "evidence": readable_markup(said) or rec.get("text_missing") or "",
                     "note": rec.get("note") or "",
                     # the same value at other places of the source (a table row and the text)
                     "also in": "; ".join(cite(a) for a in rec.get("also_in") or [])})
    return rows


def explanation_sentence(analog) -> str:
    """The analog's explanation in one sentence: 'Shares the host magnesium hydride, the additive
    class metal and the strategy metal catalysis; dehydrogenation activation energy: 59.7 vs query
    127.5 kJ mol⁻¹ (ratio 0.47×).'"""
    shared: dict[str, list[str]] = {}
    extra: list[str] = []
    for row, p in zip(explanation_rows(analog), sorted(
            analog.paths, key=lambda p: list(ASPECTS).index(p.facet) if p.facet in ASPECTS else 99)):
        if p.facet == "performance" or not row["shared"]:
            text = row["detail"].removeprefix("same property, ")
            if text and text not in extra:
                extra.append(text)
            continue
        names = shared.setdefault(row["aspect"], [])
        if row["shared"] not in names:
            names.append(row["shared"])
    parts = [f"the {_PLURAL.get(a, a) if len(ns) > 1 else a} {_and(ns)}" for a, ns in shared.items()]
    out = f"Shares {_and(parts)}" if parts else "Shares no structure with the query"
    return out + ("; " + "; ".join(extra) if extra else "") + "."


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def note_text(note: str) -> str:
    """A note of the query profile in words: "strategies=['AnionSubstitution']" → 'strategies: anion
    substitution'; the command line's option named as the page's control."""
    def terms(m):
        ids = [t.strip().strip("'\"") for t in m.group(2).split(",") if t.strip()]
        return f"{m.group(1)}: {labels_text(ids)}"

    if note.startswith(ENTRY_TITLE_NOTE):      # the researcher's title, as typed: no unit typesetting in it
        return note
    text = _TERM_LIST.sub(terms, note)
    return units_in_text(text.replace("--application all", "Application “any” in the sidebar"))


ENTRY_TITLE_NOTE = "entry: "      # kg.analogs.profile's note of a lab entry's title


# ------------------------------------------------------------------------- neighbourhood graph
SKIPPED_KINDS = ("Query", "System", "Measurement", "Source")


def neighbourhood(query_name: str, analogs) -> tuple[dict[str, dict], list[tuple[str, str]]]:
    """Nodes (id → label, kind, x, y, text drawn, hover) and edges of the query, its analogs on a
    circle, and the terms their paths share, each term placed toward the analogs that have it."""
    nodes: dict[str, dict] = {"Q": {"label": query_name, "kind": "Query", "x": 0.0, "y": 0.0,
                                    "text": query_name, "hover": f"query: {query_name}"}}
    edges: list[tuple[str, str]] = []
    n = len(analogs)
    for rank, a in enumerate(analogs, 1):
        ang = 2 * math.pi * (rank - 1) / max(n, 1)
        nodes[a.system_id] = {"label": a.name, "kind": "System", "x": 2.2 * math.cos(ang),
                              "y": 2.2 * math.sin(ang), "text": str(rank),
                              "hover": f"{rank}. {a.name} (score {a.score:.3f})"}
        for p in a.paths:
            for node in p.nodes[1:]:
                if node.label in SKIPPED_KINDS:
                    continue
                key = f"{node.label}:{node.id}"
                d = nodes.setdefault(key, {"label": node.name or node.id, "kind": node.label, "angles": [],
                                           "text": "", "hover": ""})
                d["angles"].append(ang)
                edges.append((a.system_id, key))
                if p.nodes[-1].label == "Query":
                    edges.append(("Q", key))
    for key, d in nodes.items():
        if "x" in d:
            continue
        angs = d.pop("angles")
        cx = sum(math.cos(t) for t in angs) / len(angs)
        cy = sum(math.sin(t) for t in angs) / len(angs)
        r = math.hypot(cx, cy)
        ang = math.atan2(cy, cx) if r > 1e-6 else (sum(map(ord, key)) % 360) * math.pi / 180
        d["x"], d["y"] = 1.15 * math.cos(ang) * (0.6 + 0.4 * r), 1.15 * math.sin(ang) * (0.6 + 0.4 * r)
        shared_by = len(set(angs))
        d["hover"] = f"{d['kind'].lower()}: {d['label']} (shared by {shared_by} analog{'s' * (shared_by > 1)})"
    return nodes, list(dict.fromkeys(edges))


def neighbourhood_figure(query_name: str, analogs):
    """The plotly figure of ``neighbourhood``: names on hover, only the query's name and the ranks
    drawn on the plot."""
    import plotly.graph_objects as go

    nodes, edges = neighbourhood(query_name, analogs)
    ex, ey = [], []
    for a_, b_ in edges:
        ex += [nodes[a_]["x"], nodes[b_]["x"], None]
        ey += [nodes[a_]["y"], nodes[b_]["y"], None]
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=ex, y=ey, mode="lines", line={"width": 0.8, "color": "#bbb"},
                             hoverinfo="skip", showlegend=False))
    order = ["Query", "System"] + sorted({d["kind"] for d in nodes.values()} - {"Query", "System"})
    for kind in order:
        ks = [d for d in nodes.values() if d["kind"] == kind]
        if not ks:
            continue
        drawn = kind in ("Query", "System")
        fig.add_trace(go.Scatter(
            x=[d["x"] for d in ks], y=[d["y"] for d in ks], mode="markers+text" if drawn else "markers",
            name={"Query": "query", "System": "analog (rank)"}.get(kind, kind.lower()),
            text=[d["text"] for d in ks] if drawn else None,
            textposition="middle center" if kind == "System" else "bottom center",
            textfont={"color": "white" if kind == "System" else "#333", "size": 11},
            marker={"size": 24 if kind == "Query" else 22 if kind == "System" else 11,
                    "symbol": "star" if kind == "Query" else "circle"},
            hovertext=[d["hover"] for d in ks], hoverinfo="text"))
    fig.update_layout(height=520, xaxis={"visible": False}, yaxis={"visible": False, "scaleanchor": "x"},
                      margin={"l": 10, "r": 10, "t": 10, "b": 10}, legend={"orientation": "h"})
    return fig
