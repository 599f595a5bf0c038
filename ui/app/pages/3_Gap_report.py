"""Gap report: where the literature is empty, thin or contradictory, and where lab results stand."""
from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from kg.gaps import ReportFilters, build_report
from kg.settings import get_settings
from ontology.vocabulary import vocabulary
from ui.app.display import (
    frame,
    number_text,
    property_label,
    quantity_text,
    system_text,
    term_label,
    unit_text,
    units_in_text,
)
from ui.app.tables import show_table
from ui.report.render import (
    _direction,
    _scope,
    composition_text,
    evidence_lines,
    lab_value_text,
    note_readings,
    render,
    split_notes,
    value_text,
)

from state import current_user, get_store, user_errors

st.set_page_config(page_title="Gap report · HydrideKG", page_icon="🗺️", layout="wide")

st.title("Literature gap report")
current_user()  # every page needs a signed-in user (password file or OIDC; local mode: the OS user)

vocab = vocabulary()
families = sorted({p for t in vocab.terms("Material") if t.formula for p in t.parents},
                  key=lambda i: vocab.get(i).label)
with st.sidebar:
    st.header("Filters")
    app = st.selectbox("Application", [None] + [t.id for t in vocab.terms("Application")],
                       format_func=lambda i: "any" if i is None else vocab.get(i).label)
    fam = st.selectbox("Host family", [None] + families,
                       format_func=lambda i: "any" if i is None else vocab.get(i).label)
    prop = st.selectbox("Property", [None] + vocab.property_keys(),
                        format_func=lambda k: "any" if k is None else vocab.property(k).label)
    years = st.slider("Publication years", 1990, 2030, (1990, 2030))
    project = st.text_input("Lab project", "")

@st.cache_data(show_spinner="Building the report from the graph…", max_entries=32)
def _report(filters_json: str, graph: str, token, _store):
    """The report of one filter set on one graph version (``token`` moves with every write), built
    once: a click that changes nothing else shows it again without reading the graph."""
    return build_report(_store, ReportFilters.model_validate_json(filters_json))


@st.cache_data(show_spinner="Rendering…", max_entries=32)
def _rendered(filters_json: str, graph: str, token, fmt: str, _report):
    return render(_report, fmt)


filters = ReportFilters(application=app, host_family=fam, property=prop, year_from=years[0],
                        year_to=years[1], project=project or None)

with user_errors("Building the report"):
    store = get_store()
    key = (filters.model_dump_json(), f"{get_settings().store}:{get_settings().data_dir}", store.change_token())
    report = _report(*key, store)
    v = report.version
    st.caption(f"Graph {v.backend} · content hash {v.content_hash} · ontology {v.ontology_version} · "
               + ", ".join(f"{k.replace('_', ' ')} {n}" for k, n in v.counts.items()))

    tabs = st.tabs(["Coverage", "Gaps", "Contradictions", "Challenges", "Lab vs literature", "Download"])
    with tabs[0]:
        for cov in report.coverage:
            st.subheader(cov.name)
            if not cov.rows:
                st.info("no data")
                continue
            counts = cov.system_counts()
            # an untried combination stays blank with '–' (NaN is not coloured), never a 0 of the scale
            df = pd.DataFrame([[float("nan") if v is None else v for v in row] for row in counts],
                              index=[term_label(r) for r in cov.rows], columns=[term_label(c) for c in cov.cols])
            import plotly.express as px
            fig = px.imshow(df, aspect="auto", color_continuous_scale="YlGnBu")
            fig.update_traces(text=[["–" if v is None else str(v) for v in row] for row in counts],
                              texttemplate="%{text}")
            fig.update_layout(height=max(300, 22 * len(df) + 150), margin=dict(l=10, r=10, t=10, b=10))
            st.plotly_chart(fig, use_container_width=True)
    with tabs[1]:
        show_table(frame(pd.DataFrame([{"kind": g.kind.replace("_", " "), "host": term_label(g.host),
                                        "facet": g.facet.replace("_", " "), "gap": units_in_text(g.description),
                                        "promise": g.promise,
                                        "the sources' outlook": "; ".join(s["label"] for s in g.statements),
                                        # what worked on the siblings: each value's place and sentence
                                        "evidence": units_in_text(evidence_lines(
                                            [e for item in g.evidence for e in item.get("examples", [])
                                             if e.get("property")]))}
                                       for g in report.gaps])),
                   pinned=("host",), long=("gap", "evidence"))
    with tabs[2]:
        disagreeing, notes = split_notes(report)
        if not disagreeing:     # an empty grid reads as a fault; the report's own words
            st.info("No contradictions beyond tolerance for these filters.")
        else:
            show_table(pd.DataFrame([{"system": system_text(c.system), "property": property_label(c.property),
                                        "spread": number_text(c.spread), "unit": unit_text(c.unit),
                                        "tolerance": quantity_text(c.tolerance), "origin": c.origin.replace("_", " "),
                                        # each value with its conditions (conducting ion and cell type
                                        # included) and where it was read
                                        "values": "; ".join(units_in_text(value_text(x)) for x in c.values),
                                        "caveats": "; ".join(c.caveats),
                                        "evidence": units_in_text(evidence_lines(c.values))}
                                       for c in disagreeing]), pinned=("system",),
                       long=("values", "caveats", "evidence"))
        if notes:
            # no disagreement between values (no spread, no tolerance): which reading of the source was kept
            st.subheader("The source's table against its own text")
            show_table(pd.DataFrame([{"note": c.system, **dict(zip(("readings", "kept"), note_readings(v)))}
                                     for c in notes for v in c.values[:1]]), pinned=("note",), long=("note",))
    with tabs[3]:
        show_table(pd.DataFrame([{"challenge": c.label, "sections": ", ".join(c.sections),
                                    "entities": ", ".join(term_label(e) for e in c.entities),
                                    "systems": c.systems, "measurements": c.measurements}
                                   for c in report.challenges]), pinned=("challenge",), long=("entities",))
        if report.outlook:
            st.subheader("Outlook directions against the graph")
            st.caption("Strategies a source's outlook names together, and how many systems in the graph combine "
                       "them: untried, thin (one or two) or studied.")
            show_table(pd.DataFrame([{"direction": _direction(d), "for": _scope(d),
                                        "challenge": d.label, "sections": ", ".join(d.sections), "graph": d.status,
                                        "systems": d.systems, "examples": ", ".join(d.examples)}
                                       for d in report.outlook]), pinned=("direction",), long=("examples",))
    with tabs[4]:
        # where the lab's value sits first (seen without scrolling at 1280 px); the entry's id and title last
        show_table(frame(pd.DataFrame([{
            "system": system_text(c.system), "property": property_label(c.property),
            "value": units_in_text(lab_value_text(c)), "percentile": c.percentile, "rank": c.rank,
            "literature values": c.n_literature, "best value": number_text(c.best_value),
            "best by": c.best_by, "composition reported": composition_text(c),
            "compared with": c.comparable, "caveats": "; ".join(c.caveats),
            "entry": c.entry, "title": c.entry_title} for c in report.lab])),
                   pinned=("system", "property"), long=("title", "compared with", "caveats"))
    with tabs[5]:
        # on_click="ignore": a download changes nothing on the page, so it does not run it again
        # (a rerun also replaced the HTML button's deferred file while the browser was fetching it)
        st.download_button("Markdown", _rendered(*key, "md", report), file_name="gap-report.md",
                           mime="text/markdown", on_click="ignore")
        # The HTML draws its heat maps with matplotlib (seconds on a small machine): made when the
        # button is clicked, not at every first view of a filter set.
        st.download_button("HTML", partial(_rendered, *key, "html", report), file_name="gap-report.html",
                           mime="text/html", on_click="ignore")
        # A PDF takes seconds (layout by WeasyPrint): make it only when asked, keep it for this report.
        pdf_key = f"gap-pdf-{report.version.content_hash}-{hash(filters.model_dump_json())}"
        if st.button("Prepare PDF"):
            with st.spinner("rendering PDF"):
                st.session_state[pdf_key] = render(report, "pdf")
        if pdf_key in st.session_state:
            st.download_button("PDF", st.session_state[pdf_key], file_name="gap-report.pdf",
                               mime="application/pdf", on_click="ignore")
