"""Analogous systems: what else behaved like this, and why (facets, paths, neighbourhood, plots)."""
from __future__ import annotations

import re
from functools import partial

import streamlit as st

from state import current_user, get_store, user_errors

st.set_page_config(page_title="Analogs · HydrideKG", page_icon="🔗", layout="wide")
st.title("Analogous systems")
current_user()  # every page needs a signed-in user (password file or OIDC; local mode: the OS user)
st.caption("A system of the graph (id or name), a lab entry id, or a system as text, e.g. "
           "“MgH2 + 10 wt% TiVNbZrFe”, “LiBH4–LiI”, “Mg(BH4)2@N-doped carbon”.")

from kg.analogs import DEFAULT_WEIGHTS, AnalogQueryError, feature_index, search  # noqa: E402
from kg.analogs.application import query_applications  # noqa: E402
from kg.analogs.chem import label_of  # noqa: E402
from kg.plot_points import read_points  # noqa: E402
from ontology.vocabulary import vocabulary  # noqa: E402
from ui.app.analog_views import (  # noqa: E402
    evidence_rows,
    explanation_rows,
    explanation_sentence,
    neighbourhood_figure,
    note_text,
)
from ui.app.display import md_text, system_text  # noqa: E402
from ui.app.plots import chart, plots_for, points_frame, properties_of, svg  # noqa: E402
from ui.app.tables import show_table  # noqa: E402

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


def _facet_column(facet: str) -> str:
    """A facet score's column; the host facet's is not 'host', which names the analog's host."""
    return "host match" if facet == "host" else facet.replace("_", " ")


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


# Every widget change reruns the whole page. What a rerun would compute again unchanged — the search, the plots'
# points and frames — is cached, keyed by the graph's version (the store's change token: a saved entry moves
# it) and by everything the result depends on, so that moving a slider recomputes only what it changes.
def _version() -> str:
    return str(get_store().change_token())


@st.cache_data(show_spinner=False, max_entries=8)
def _points(version: str, properties: tuple[str, ...]) -> list[dict]:
    """The measurements to plot, read once per graph version (the store's change token)."""
    return read_points(get_store(), list(properties))


@st.cache_data(show_spinner=False, max_entries=32)
def _search(version: str, query: str, weights: tuple[tuple[str, float], ...], filters: tuple[str, ...],
            application: str | None, top: int, literature_only: bool):
    """The analogs of ``query`` and, with ``literature_only``, the lab's own entries like it (no evidence for
    these: the index is enough), once per graph version and settings."""
    # (the lab's own entries ranked apart by the same scoring pass: no evidence for them)
    result = search(get_store(), query, top=top, weights=dict(weights), filters=list(filters),
                    application=application, origin="literature" if literature_only else "all",
                    apart=5 if literature_only else 0)
    return result, (result.apart if literature_only else None)


@st.cache_data(show_spinner=False, max_entries=32)
def _frame(version: str, applications: tuple[str, ...], k: int, query_ids: frozenset[str],
           analog_ids: frozenset[str], query_values: tuple[tuple[str, float], ...] | None, query_name: str):
    """The points of the ``k``-th plot for ``applications``, the query's and its analogs' marked."""
    specs = plots_for(list(applications))
    points = _points(version, tuple(properties_of(specs)))
    return points_frame(specs[k], points, query_ids, analog_ids, dict(query_values) if query_values is not None
                        else None, query_name)


index = None
with user_errors("Reading the graph"):
    index = feature_index(get_store())

def _show_own_entries(own) -> None:
    """The lab's own entries like the query (``AnalogSearch.apart``), apart from the literature analogs
    (sidebar switch)."""
    st.subheader("The lab's own entries like this")
    if not own:
        st.caption("No lab entry is like this query yet.")
        return
    show_table([{"rank": rank, "system": a.name, "score": round(a.score, 3), "why": explanation_sentence(a),
                 "entry": "; ".join(s.get("title") or s["id"] for s in a.sources)}
                for rank, a in enumerate(own, 1)],
               pinned=("rank", "system"), long=("why", "entry"), key="analog_own_entries")


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
    literature_only = st.checkbox("Literature analogs only", True, key="analog_literature_only",
                                  help="The lab's own entries are listed apart, under the literature analogs "
                                       "(off: one ranking of both)")

query = st.text_input("Query", key="analog_query", placeholder="MgH2 + 10 wt% Ni")
options = suggestions(query, index)
# Completions appear under the box only while there are some (a click searches for that system);
# no second input of its own beside the query.
chosen = st.pills("Systems and materials like this in the graph", options, key="analog_suggestion",
                  label_visibility="visible") if options else None
effective = chosen or query

result = own = None
if effective and effective.strip() and index is not None:
    filters = [ln.strip() for ln in filters_text.splitlines() if ln.strip()]
    try:
        result, own = _search(_version(), effective, tuple(sorted(weights.items())), tuple(filters), application,
                              top, literature_only)
    except AnalogQueryError as exc:
        # every one of these quotes what was typed: shown as text (a typed '![x](http://…)' is no image)
        st.error(md_text(str(exc), keep_lines=True))
        if exc.unknown:
            st.warning(md_text("Unknown tokens: " + ", ".join(exc.unknown)))
            for tok, hints in exc.suggestions.items():
                if hints:
                    st.caption(md_text(f"{tok}: did you mean {', '.join(hints)}?"))
    except Exception as exc:  # noqa: BLE001 - a message, never a traceback
        with user_errors("Analog search"):
            raise exc

if result is not None:
    prof = result.profile
    st.subheader(f"Analogs of {md_text(prof.name)}")
    st.caption(f"query kind: {prof.kind} · host: {label_of(prof.host)} · {result.candidates:,} candidate "
               f"systems · {sum(result.timings_ms.values()):.0f} ms")
    for note in prof.notes:
        st.caption(note_text(note))
    if result.filters:
        st.caption(md_text("filters: " + "; ".join(result.filters)))
    if not result.analogs:
        st.info("No analogous systems match. Relax the filters or raise the weights of other facets.")
    else:
        rows = []
        for rank, a in enumerate(result.analogs, 1):
            # the reason beside the score, readable at 1280 px; the facet scores scroll after it
            row = {"rank": rank, "system": system_text(a.name), "host": label_of(a.host), "score": round(a.score, 3),
                   "why": explanation_sentence(a)}
            row.update({_facet_column(f): round(a.facets.get(f, 0.0), 2) for f in DEFAULT_WEIGHTS if f in a.facets})
            row["sources"] = "; ".join(dict.fromkeys(f"{s.get('title') or s['id']}"
                                                     + (f" ({s['year']})" if s.get("year") else "")
                                                     for s in a.sources))
            rows.append(row)
        show_table(rows, pinned=("rank", "system"), long=("why", "sources"), row_height=108,
                   helps={"score": "weighted sum of the facet scores",
                          **{_facet_column(f): FACET_HELP[f] for f in FACET_HELP}})

        if own is not None:
            _show_own_entries(own)

        st.subheader("Why each analog")
        for rank, a in enumerate(result.analogs, 1):
            with st.expander(md_text(f"{rank}. {a.name} · score {a.score:.3f}"), expanded=rank == 1):
                st.markdown(md_text(explanation_sentence(a)))
                show_table(explanation_rows(a), pinned=("aspect",), long=("detail",), long_width="medium")
                if a.evidence:
                    st.caption("Its values, each with the conditions it was measured under and where it was read")
                    show_table(evidence_rows(a), pinned=("property",), long=("evidence", "note", "also in"),
                               long_width="medium")
        with st.expander("Graph paths behind the explanations"):
            for rank, a in enumerate(result.analogs, 1):
                st.markdown(f"**{rank}. {md_text(a.name)}**")
                st.code("\n".join(p.text() for p in a.paths) or "(no shared structure)", language=None)

        # ---------------------------------------------------------------- neighbourhood graph
        st.subheader("Neighbourhood")
        st.caption("The query (star), its analogs by rank and the terms they share; point at a node for its name.")
        st.plotly_chart(neighbourhood_figure(prof.name, result.analogs), width="stretch")

# ------------------------------------------------------------------------ plots per application
apps = [application] if application else (query_applications(index, result.profile) if result else [])
specs = plots_for(apps)
st.subheader("Plots")
st.caption("For " + (", ".join(label_of(a) for a in apps) if apps else "every application")
           + ". Point at a dot for its system and source; a plot's toolbar saves it as PNG, the button below "
           "it as SVG.")
if index is not None:
    with user_errors("Reading the measurements to plot"):
        version = _version()
        query_ids = frozenset(result.profile.system_ids) if result else frozenset()
        analog_ids = frozenset(a.system_id for a in result.analogs) if result else frozenset()
        values = tuple(sorted(result.profile.values.items())) if result else None
        cols = st.columns(2) if len(specs) > 1 else [st.container()]
        for k, spec in enumerate(specs):
            df = _frame(version, tuple(apps), k, query_ids, analog_ids, values,
                        result.profile.name if result else "query")
            with cols[k % 2]:
                if df.empty:
                    st.caption(f"{spec.title}: the graph has no measurements to plot.")
                    continue
                st.altair_chart(chart(spec, df), width="stretch")
                st.download_button("Download as SVG", partial(svg, spec, df), key=f"svg_{k}",
                                   file_name=re.sub(r"[^\w]+", "-", spec.title.lower()).strip("-") + ".svg",
                                   mime="image/svg+xml", icon=":material/download:")
                counts = {r: int((df["role"] == r).sum()) for r in ("query", "analog")}
                marked = [f"{n} {r} point{'s' * (n != 1)}" for r, n in counts.items() if n]
                st.caption(f"{len(df)} points" + (" · marked: " + ", ".join(marked) if marked else
                                                  " · the query and its analogs have none here" if result else ""))
