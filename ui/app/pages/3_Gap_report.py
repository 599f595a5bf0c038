"""Gap report: where the literature is empty, thin or contradictory, and where lab results stand."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from kg.gaps import ReportFilters, build_report
from ontology.vocabulary import vocabulary
from ui.report.render import _label, render

from state import current_user, get_store, user_errors

st.set_page_config(page_title="Gap report · HydrideKG", layout="wide")
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

filters = ReportFilters(application=app, host_family=fam, property=prop, year_from=years[0],
                        year_to=years[1], project=project or None)

with user_errors("Building the report"):
    progress = st.progress(0, text="reading the graph")
    report = build_report(get_store(), filters)
    progress.progress(100, text="done")
    v = report.version
    st.caption(f"Graph {v.backend} · content hash {v.content_hash} · ontology {v.ontology_version} · "
               + ", ".join(f"{k} {n}" for k, n in v.counts.items()))

    tabs = st.tabs(["Coverage", "Gaps", "Contradictions", "Challenges", "Lab vs literature", "Download"])
    with tabs[0]:
        for cov in report.coverage:
            st.subheader(cov.name)
            if not cov.rows:
                st.info("no data")
                continue
            df = pd.DataFrame([[cov.cell(r, c).systems for c in cov.cols] for r in cov.rows],
                              index=[_label(r) for r in cov.rows], columns=[_label(c) for c in cov.cols])
            import plotly.express as px
            fig = px.imshow(df, aspect="auto", color_continuous_scale="YlGnBu", text_auto=True)
            fig.update_layout(height=max(300, 22 * len(df) + 150), margin=dict(l=10, r=10, t=10, b=10))
            st.plotly_chart(fig, use_container_width=True)
    with tabs[1]:
        st.dataframe(pd.DataFrame([{"kind": g.kind, "host": _label(g.host), "facet": g.facet,
                                    "gap": g.description, "promise": g.promise} for g in report.gaps]),
                     hide_index=True, use_container_width=True)
    with tabs[2]:
        st.dataframe(pd.DataFrame([{"system": c.system, "property": c.property, "spread": c.spread,
                                    "unit": c.unit, "tolerance": c.tolerance, "origin": c.origin,
                                    "values": "; ".join(str(x.get("value", x.get("candidates")))
                                                        for x in c.values)}
                                   for c in report.contradictions]), hide_index=True, use_container_width=True)
    with tabs[3]:
        st.dataframe(pd.DataFrame([{"challenge": c.label, "sections": ", ".join(c.sections),
                                    "entities": ", ".join(_label(e) for e in c.entities),
                                    "systems": c.systems, "measurements": c.measurements}
                                   for c in report.challenges]), hide_index=True, use_container_width=True)
    with tabs[4]:
        st.dataframe(pd.DataFrame([c.model_dump() for c in report.lab]), hide_index=True,
                     use_container_width=True)
    with tabs[5]:
        st.download_button("Markdown", render(report, "md"), file_name="gap-report.md", mime="text/markdown")
        st.download_button("HTML", render(report, "html"), file_name="gap-report.html", mime="text/html")
        # A PDF takes seconds (layout by WeasyPrint): make it only when asked, keep it for this report.
        key = f"gap-pdf-{report.version.content_hash}-{hash(filters.model_dump_json())}"
        if st.button("Prepare PDF"):
            with st.spinner("rendering PDF"):
                st.session_state[key] = render(report, "pdf")
        if key in st.session_state:
            st.download_button("PDF", st.session_state[key], file_name="gap-report.pdf",
                               mime="application/pdf")
