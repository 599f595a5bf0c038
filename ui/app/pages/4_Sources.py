"""Sources: each paper's sections, tables and references with the facts drawn from each.

The evidence sentence is shown only when the source text is available on this machine (the graph
holds offsets, never the text): a file named in ``HKG_SOURCE_TEXT_DIRS`` folders (``:``-separated)
or ``../shared/corpus`` beside the repository, whose name matches the source.
"""
from __future__ import annotations

import re

import pandas as pd
import streamlit as st

from ingest.documents.source_texts import source_text, text_dirs
from kg import paper_upload
from kg.paper_texts import page_of, pages_path, text_path
from kg.settings import get_settings
from kg.sources import SOURCE_FACTS, SOURCE_REFERENCES, SOURCES_LIST
from ui.app.display import (
    conditions_text,
    frame,
    md_text,
    number_text,
    property_label,
    readable_markup,
    system_text,
    term_label,
    unit_text,
)
from ui.app.lab_entry_views import SOURCE_NEXT, deleted_entries, show_lab_entry
from ui.app.tables import show_table

from state import current_user, get_store, notebook, user_errors

# Facts per source, for the source list (one pass over the measurements).
SOURCE_FACT_COUNTS = """
MATCH (m:Measurement)
RETURN m.source_id AS id, count(m) AS facts
"""

st.set_page_config(page_title="Sources · HydrideKG", page_icon="📚", layout="wide")

st.title("Sources")
# Every page needs a signed-in user (password file or OIDC; local mode: the OS user), and so does
# adding a paper below.
user = current_user()

def _source_text(source_id: str) -> str | None:
    """The local text of a source, if one is here (by file name, or by its DOI anywhere in the text;
    looked up again on each run, so a text copied in later is found without a restart)."""
    found = source_text(source_id, text_dirs(get_settings().data_dir, get_settings().source_text_dirs))
    return found[1] if found else None


@st.cache_data(show_spinner=False, max_entries=16)
def _section_titles(text: str) -> dict[str, str]:
    """Section number → heading of a source's local text ('2.1.1' → its title)."""
    from ingest.documents.document import parse_document

    return {s.number: s.title for s in parse_document(text).sections if s.number and s.title}


def _section_order(section) -> tuple:
    """'2.10' after '2.9'; facts outside any section last."""
    if not isinstance(section, str) or not section:
        return (1, ())
    return (0, tuple(int(p) if p.isdigit() else 0 for p in section.split(".")), section)


def _first_source(sources: list[dict], counts: dict[str, int]) -> str:
    """The source the page opens on: the literature source with the most facts (a review, not the
    newest lab note), whatever the order of the list."""
    literature = [s for s in sources if s["kind"] == "publication"] or sources
    return max(literature, key=lambda s: (counts.get(s["id"], 0), s["id"]))["id"]


def _labelled(show: pd.DataFrame) -> pd.DataFrame:
    """``show`` with system names as a page writes them, property labels, values to their significant digits and
    typographic units (in place)."""
    if "system" in show:
        show["system"] = [system_text(n) for n in show["system"]]
    for column in ("value", "value_max"):
        if column in show:
            show[column] = [number_text(v) for v in show[column]]
    show["property"] = [property_label(k) for k in show["property"]]
    show["unit"] = [unit_text(u) for u in show["unit"]]
    return show


def _facts_table(rows: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """Facts as shown: property labels, typographic units, blank cells for missing values."""
    show = _labelled(rows[columns].copy())
    return frame(show.rename(columns={"value_max": "to"}))


def _preview_table(rows: list[dict]) -> pd.DataFrame:
    """A new paper's facts as shown: labels for keys and term ids, typographic units, blank cells."""
    show = pd.DataFrame(rows)
    if not len(show):
        return show
    _labelled(show)
    show["strategies"] = [", ".join(term_label(t) for t in str(v).split(", ") if t) for v in show["strategies"]]
    show["roles"] = [re.sub(r"\((\w+)\)", lambda m: f"({term_label(m.group(1))})", str(v)) for v in show["roles"]]
    show["application"] = [str(a).replace("_", " ") if a else "" for a in show["application"]]
    # a range's upper end and a bound ('within 20 min') are written into the conditions, not shown as columns
    upper, bounds = ((show.pop(k) if k in show else [None] * len(show))
                     for k in ("condition_max", "condition_qualifier"))
    show["conditions"] = [conditions_text(c, u, b) for c, u, b in zip(show["conditions"], upper, bounds)]
    return frame(show.rename(columns={"value_max": "to"}))


def _read_upload(name: str, data: bytes):
    """(text, PdfText or None): a PDF is read page by page with its own progress bar."""
    if not name.lower().endswith(".pdf"):
        return paper_upload.decode(name, data), None
    bar = st.progress(0, text="reading the PDF")
    text, pdf = paper_upload.read_pdf_upload(name, data, lambda done, total: bar.progress(
        done / total, text=f"reading the PDF: page {done} of {total}"))
    return text, pdf


def _add_paper(store, user) -> None:
    """Upload or paste a paper; extract with a progress bar; preview; load on request (signed-in user)."""
    ss = st.session_state
    with st.expander("Add a paper (PDF, Markdown or plain text)", expanded=bool(ss.get("paper_batch"))):
        if user is None:  # current_user() stops the page first; never write anonymously
            return
        upload = st.file_uploader("Paper (PDF up to 50 MB, Markdown or text)", type=["pdf", "md", "markdown", "txt"],
                                  key="paper_file")
        pasted = st.text_area("…or paste its text", key="paper_text", height=120)
        if st.button("Extract facts", key="paper_extract"):
            name, data = (upload.name, upload.getvalue()) if upload else ("pasted text", pasted.encode())
            text, pdf = _read_upload(name, data)
            bar = st.progress(0, text="reading the document structure")
            batch = paper_upload.extract(text, lambda done, total, step: bar.progress(
                done / total, text=f"extracting: {step}" if step != "done" else "done"), pdf)
            ss["paper_batch"], ss["paper_source_text"] = batch, text
            ss["paper_pages"] = pdf.page_starts if pdf is not None else None
        batch = ss.get("paper_batch")
        if batch is None:
            return
        src = batch.sources[0]
        st.markdown(f"**{md_text(src.title)}** · {md_text(src.id)} · {md_text(src.year or 'year unknown')}")
        c = st.columns(4)
        c[0].metric("Measurements", len(batch.measurements))
        systems = {m.system.name for m in batch.measurements} | {r.system.name for r in batch.reports}
        c[1].metric("Material systems", len(systems))
        c[2].metric("References", len(batch.references))
        c[3].metric("Table/prose conflicts", len(batch.conflicts))
        show_table(_preview_table(paper_upload.preview(batch)), pinned=("system",))
        if st.button("Load into the graph", key="paper_load", type="primary"):
            counts = paper_upload.load(store, batch, ss["paper_source_text"], page_starts=ss.get("paper_pages"))
            ss["paper_batch"] = None
            st.success(f"Loaded {md_text(src.id)}: {sum(counts.get('nodes', {}).values())} nodes, "
                       f"{sum(counts.get('relationships', {}).values())} relationships written or updated.")


def _add_pages(show, source_id: str, starts) -> None:
    """A 'page' column when the source's kept text came from a PDF."""
    kept = text_path(source_id)
    if pages_path(kept).is_file():
        show.insert(len(show.columns) - 1, "page", [page_of(kept, a) for a in starts])


with user_errors("Adding a paper"):
    _add_paper(get_store(), user)

with user_errors("Deleted lab entries"):
    deleted_entries(notebook(), user)

with user_errors("Reading sources"):
    store = get_store()
    sources = store.query(SOURCES_LIST)
    if not sources:
        st.info("No sources in the graph yet: run `hkg build` or record an experiment.")
        st.stop()
    counts = {r["id"]: int(r["facts"]) for r in store.query(SOURCE_FACT_COUNTS)}
    sources = sorted(sources, key=lambda s: (s["kind"] != "publication", -counts.get(s["id"], 0), s["id"]))
    labels = {s["id"]: f"{s['title'] or s['id']} ({s['kind']}{', ' + str(s['year']) if s['year'] else ''})"
                       f" · {counts.get(s['id'], 0):,} facts" for s in sources}
    ids = list(labels)
    wanted = st.query_params.get("source")          # a link from the Record page names its entry
    first = wanted if wanted in labels else _first_source(sources, counts)
    upcoming = st.session_state.pop(SOURCE_NEXT, None)   # after a delete or restore (lab_entry_views)
    if upcoming is not None:
        st.session_state["source_choice"] = upcoming if upcoming in labels else _first_source(sources, counts)
    elif st.session_state.get("source_choice") not in labels:    # first run, or the source left the graph
        st.session_state["source_choice"] = first
    if wanted and wanted not in labels and upcoming is None:   # a link to a source the graph does not hold
        st.warning(md_text(f"The graph holds no source '{wanted}' (the link's 'source'); showing "
                           f"{labels[st.session_state['source_choice']]} instead. A deleted lab entry is "
                           "restored from 'Deleted lab entries'; an entry stored with --no-graph is loaded "
                           "by 'hkg entry sync'."))
        del st.query_params["source"]                          # said once, not at every rerun
    chosen = st.selectbox("Source", ids, format_func=labels.get, key="source_choice",
                          help="Literature first, the source with the most facts on top; then lab entries.")
    src = next(s for s in sources if s["id"] == chosen)
    with st.expander(f"All {len(sources)} sources with their fact counts"):
        show_table(frame(pd.DataFrame([{"source": s["title"] or s["id"], "kind": s["kind"].replace("_", " "),
                                        "year": s["year"], "facts": counts.get(s["id"], 0), "id": s["id"]}
                                       for s in sources])), pinned=("source",), long=("source",))
    facts = pd.DataFrame(store.query(SOURCE_FACTS, {"source": chosen}))
    refs = pd.DataFrame(store.query(SOURCE_REFERENCES, {"source": chosen}))
    c1, c2, c3 = st.columns(3)
    c1.metric("Measurements", len(facts))
    c2.metric("Material systems", facts["system"].nunique() if len(facts) else 0)
    c3.metric("References", len(refs))
    if src.get("doi"):
        st.caption(md_text(f"DOI: {src['doi']}"))
    text = _source_text(chosen)
    titles = _section_titles(text) if text is not None else {}
    tabs = st.tabs(["By section", "By table", "References"])
    with tabs[0]:
        if len(facts):
            prose = facts[facts["tbl"].isna() | (facts["tbl"] == "")]
            groups = sorted(prose.groupby("section", dropna=False), key=lambda g: _section_order(g[0]))
            for section, rows in groups:
                section = section if isinstance(section, str) and section else None
                title = titles.get(section) if section else None
                fact_word = "fact" if len(rows) == 1 else "facts"
                head = f"§ {section} {title}" if title else f"§ {section}" if section else "Outside any section"
                with st.expander(md_text(f"{head} · {len(rows)} {fact_word}")):   # a paper's own heading
                    show = _facts_table(rows, ["system", "property", "value", "value_max", "unit", "refs"])
                    if text is not None:
                        # Evidence from the local text by offsets; shown as plain text, never HTML.
                        show["evidence"] = [readable_markup(text[int(a):int(b)]) if a is not None and b is not None
                                            and b == b and a == a else ""
                                            for a, b in zip(rows["start"], rows["end"])]
                        _add_pages(show, chosen, rows["start"])
                    show_table(show, pinned=("system",), long=("evidence",))
        else:
            st.info("No measurements from this source.")
        if chosen.startswith("lab:"):
            show_lab_entry(chosen.removeprefix("lab:"), user)
        elif text is None:
            st.caption("The source text is not on this machine, so evidence sentences are not shown: put the "
                       "paper's Markdown in a folder named in HKG_SOURCE_TEXT_DIRS (or add the paper above).")
    with tabs[1]:
        tables = facts[facts["tbl"].notna() & (facts["tbl"] != "")] if len(facts) else facts
        if len(tables):
            for tbl, rows in tables.groupby("tbl", sort=True):
                with st.expander(f"Table {tbl} · {len(rows)} cells"):
                    show_table(_facts_table(rows.sort_values("row"),
                                            ["row", "system", "property", "value", "value_max", "unit", "refs"]),
                               pinned=("row", "system"))
        else:
            st.info("No table facts from this source.")
    with tabs[2]:
        if len(refs):
            show_table(frame(refs), pinned=("key",))
        else:
            st.info("No reference list for this source.")
