"""Analogous systems: what else behaved like this, and why (facets, paths, neighbourhood, plots)."""
from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from state import current_user, get_store, user_errors

st.set_page_config(page_title="Analogs · HydrideKG", page_icon="🔗", layout="wide")
st.title("Analogous systems")
current_user()  # every page needs a signed-in user (password file or OIDC; local mode: the OS user)
st.caption("A system of the graph (id or name), a lab entry id, or a system as text, e.g. "
           "“MgH2 + 10 wt% TiVNbZrFe”, “LiBH4–LiI”, “Mg(BH4)2@N-doped carbon”.")

from kg.analogs import DEFAULT_WEIGHTS, AnalogQueryError, feature_index, search  # noqa: E402
from kg.analogs.chem import label_of  # noqa: E402
from ontology.vocabulary import vocabulary  # noqa: E402
from ui.app.display import property_label, unit_text  # noqa: E402

FACET_HELP = {
    "host": "same host, or a sibling in the ontology's Material hierarchy",
    "elements": "additives sharing elements",
    "additive_class": "additives of the same chemistry class",
    "role": "additives with the same role",
    "strategy": "same modification strategy",
    "mechanism": "same mechanism",
    "synthesis": "same synthesis route",
    "performance": "comparable measured values (normalised per property)",
}


def suggestions(text: str, index) -> list[str]:
    """Graph system names and ontology materials close to what was typed (autocomplete)."""
    if not text or len(text.strip()) < 2:
        return []
    from rapidfuzz import fuzz, process

    out: list[str] = []
    names = index.names if index is not None else []
    if names:
        pool = names if len(names) <= 20000 else names[:20000]
        for name, _, _ in process.extract(text, pool, scorer=fuzz.WRatio, limit=6, score_cutoff=70):
            if name not in out:
                out.append(name)
    # complete the last token with ontology materials (formula or label)
    head, _, last = text.rpartition(" ")
    if last:
        for term, _, label in vocabulary().fuzzy(last, "Material", limit=6):
            shown = term.formula or label
            cand = f"{head} {shown}".strip() if head else shown
            if cand not in out and cand != text:
                out.append(cand)
    return out[:12]


index = None
with user_errors("Reading the graph"):
    index = feature_index(get_store())

with st.sidebar:
    st.header("Facet weights")
    st.caption("0 switches a facet off")
    weights = {f: st.slider(f.replace("_", " "), 0.0, 5.0, float(w), 0.5, help=FACET_HELP.get(f), key=f"w_{f}")
               for f, w in DEFAULT_WEIGHTS.items()}
    st.header("Restrict")
    apps = [None] + sorted(t.id for t in vocabulary().terms("Application"))
    application = st.selectbox("Application", apps, format_func=lambda a: "any" if a is None else label_of(a))
    filters_text = st.text_area("Value filters (one per line)", "",
                                help="e.g. 'Ea < 70 kJ/mol' or 'ionic_conductivity >= 1 mS/cm at <= 30 °C'")
    top = st.slider("Results", 3, 50, 10)

query = st.text_input("Query", key="analog_query", placeholder="MgH2 + 10 wt% Ni")
options = suggestions(query, index)
chosen = st.selectbox("Autocomplete", ["(as typed)"] + options, key="analog_suggestion",
                      disabled=not options)
effective = query if chosen in (None, "(as typed)") else chosen

result = None
if effective and effective.strip() and index is not None:
    filters = [ln.strip() for ln in filters_text.splitlines() if ln.strip()]
    try:
        result = search(get_store(), effective, top=top, weights=weights, filters=filters,
                        application=application)
    except AnalogQueryError as exc:
        st.error(str(exc))
        if exc.unknown:
            st.warning("Unknown tokens: " + ", ".join(exc.unknown))
            for tok, hints in exc.suggestions.items():
                if hints:
                    st.caption(f"{tok}: did you mean {', '.join(hints)}?")
    except Exception as exc:  # noqa: BLE001 - a message, never a traceback
        with user_errors("Analog search"):
            raise exc

if result is not None:
    prof = result.profile
    st.subheader(f"Analogs of {prof.name}")
    st.caption(f"query kind: {prof.kind} · host: {label_of(prof.host)} · {result.candidates:,} candidate "
               f"systems · {sum(result.timings_ms.values()):.0f} ms")
    for note in prof.notes:
        st.caption(note)
    if result.filters:
        st.caption("filters: " + "; ".join(result.filters))
    if not result.analogs:
        st.info("No analogous systems match. Relax the filters or raise the weights of other facets.")
    else:
        rows = []
        for rank, a in enumerate(result.analogs, 1):
            row = {"rank": rank, "system": a.name, "host": label_of(a.host), "score": round(a.score, 3)}
            row.update({f.replace("_", " "): round(a.facets.get(f, 0.0), 2) for f in DEFAULT_WEIGHTS if f in a.facets})
            row["why"] = " · ".join(p.note for p in a.paths[:4])
            row["sources"] = ", ".join(s["id"] for s in a.sources)
            rows.append(row)
        st.dataframe(pd.DataFrame(rows).astype({"why": str, "sources": str}), hide_index=True,
                     use_container_width=True)
        with st.expander("Explanation paths"):
            for rank, a in enumerate(result.analogs, 1):
                st.markdown(f"**{rank}. {a.name}** — score {a.score:.3f}")
                st.code("\n".join(p.text() for p in a.paths) or "(no shared structure)", language=None)

        # ---------------------------------------------------------------- neighbourhood graph
        st.subheader("Neighbourhood")
        nodes: dict[str, dict] = {"Q": {"label": prof.name, "kind": "Query", "x": 0.0, "y": 0.0}}
        edges: list[tuple[str, str, str]] = []
        n = len(result.analogs)
        for k, a in enumerate(result.analogs):
            ang = 2 * math.pi * k / max(n, 1)
            nodes[a.system_id] = {"label": a.name, "kind": "System", "x": 2.2 * math.cos(ang),
                                  "y": 2.2 * math.sin(ang), "score": a.score}
            for p in a.paths:
                for node in p.nodes[1:]:
                    if node.label in ("Query", "System", "Measurement", "Source"):
                        continue
                    key = f"{node.label}:{node.id}"
                    d = nodes.setdefault(key, {"label": node.name or node.id, "kind": node.label,
                                               "angles": []})
                    d.setdefault("angles", []).append(ang)
                    edges.append((a.system_id, key, p.facet))
                    if p.nodes[-1].label == "Query":
                        edges.append(("Q", key, p.facet))
        for key, d in nodes.items():
            if "x" not in d:
                angs = d["angles"]
                cx = sum(math.cos(t) for t in angs) / len(angs)
                cy = sum(math.sin(t) for t in angs) / len(angs)
                r = math.hypot(cx, cy)
                ang = math.atan2(cy, cx) if r > 1e-6 else (hash(key) % 360) * math.pi / 180
                d["x"], d["y"] = 1.15 * math.cos(ang) * (0.6 + 0.4 * r), 1.15 * math.sin(ang) * (0.6 + 0.4 * r)
        ex, ey = [], []
        for a_, b_, _ in dict.fromkeys(edges):
            ex += [nodes[a_]["x"], nodes[b_]["x"], None]
            ey += [nodes[a_]["y"], nodes[b_]["y"], None]
        fig = go.Figure()
        fig.add_trace(go.Scatter(x=ex, y=ey, mode="lines", line={"width": 0.8, "color": "#bbb"},
                                 hoverinfo="skip", showlegend=False))
        kinds = sorted({d["kind"] for d in nodes.values()})
        for kind in kinds:
            ks = [d for d in nodes.values() if d["kind"] == kind]
            fig.add_trace(go.Scatter(
                x=[d["x"] for d in ks], y=[d["y"] for d in ks], mode="markers+text", name=kind,
                text=[d["label"] for d in ks], textposition="top center",
                marker={"size": 22 if kind == "Query" else 14 if kind == "System" else 10,
                        "symbol": "star" if kind == "Query" else "circle"},
                hovertext=[f"{kind}: {d['label']}" + (f" (score {d['score']:.3f})" if "score" in d else "")
                           for d in ks], hoverinfo="text"))
        fig.update_layout(height=560, xaxis={"visible": False}, yaxis={"visible": False},
                          margin={"l": 10, "r": 10, "t": 10, "b": 10})
        st.plotly_chart(fig, use_container_width=True)

    # -------------------------------------------------------------------- Ea vs onset plot
    st.subheader("Activation energy vs onset temperature")
    ea, onset = "dehydrogenation_activation_energy", "onset_dehydrogenation_temperature"
    if ea in index.properties and onset in index.properties:
        import numpy as np

        je, jo = index.properties.index(ea), index.properties.index(onset)
        both = np.flatnonzero(np.isfinite(index.values[:, je]) & np.isfinite(index.values[:, jo]))
        if both.size > 4000:
            both = np.random.default_rng(0).choice(both, 4000, replace=False)
        inv = {c: t for t, c in index.strategies.columns.items()}
        strat = []
        for i in both:
            cols = np.flatnonzero(index.strategies.matrix[i])
            strat.append(label_of(inv[cols[0]]) if cols.size else "none reported")
        ea_unit, onset_unit = (unit_text(vocabulary().property(k).unit) for k in (ea, onset))
        df = pd.DataFrame({"Ea (kJ/mol)": index.values[both, je], "onset (°C)": index.values[both, jo],
                           "strategy": strat, "system": [index.names[i] for i in both]})
        fig2 = go.Figure()
        for s, g in df.groupby("strategy"):
            fig2.add_trace(go.Scatter(x=g["onset (°C)"], y=g["Ea (kJ/mol)"], mode="markers", name=s,
                                      text=g["system"], hoverinfo="text+x+y", marker={"size": 7, "opacity": 0.7}))
        hits = [index.by_id[a.system_id] for a in (result.analogs if result else [])]
        hits = [i for i in hits if np.isfinite(index.values[i, je]) and np.isfinite(index.values[i, jo])]
        if hits:
            fig2.add_trace(go.Scatter(x=index.values[hits, jo], y=index.values[hits, je], mode="markers",
                                      name="analogs", text=[index.names[i] for i in hits],
                                      marker={"size": 13, "symbol": "circle-open", "line": {"width": 2}}))
        if ea in prof.values and onset in prof.values:
            fig2.add_trace(go.Scatter(x=[prof.values[onset]], y=[prof.values[ea]], mode="markers",
                                      name="query", text=[prof.name],
                                      marker={"size": 20, "symbol": "star", "color": "crimson"}))
        else:
            st.caption("The query has no Ea and onset values of its own; its analogs are circled.")
        fig2.update_layout(height=480, xaxis_title=f"{property_label(onset)} ({onset_unit})",
                           yaxis_title=f"{property_label(ea)} ({ea_unit})")
        st.plotly_chart(fig2, use_container_width=True)
    else:
        st.caption("The graph has no systems with both an activation energy and an onset temperature.")
