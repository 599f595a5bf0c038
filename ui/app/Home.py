"""HydrideKG home: what the graph holds (counts by class, sources, last update)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from ui.app.display import frame
from ui.app.tables import show_table

from state import current_user, get_store, store_kind, user_errors

st.set_page_config(page_title="HydrideKG", page_icon="⚗️", layout="wide")
st.title("HydrideKG")
st.caption("Knowledge graph and lab notebook for Li/Mg-based hydrides — hydrogen and lithium storage")
current_user()  # a lab's notebook is private: nothing of the graph before sign-in (local mode: the OS user)

# What a metric counts, where another page shows the same number.
_COUNTED = {"System": "graph nodes labelled System, each once: the literature's and the lab entries' systems "
                      "(the gap report's 'systems' is the same count)"}

with user_errors("Reading the graph"):
    stats = get_store().stats()
    counts = stats.get("counts", {})
    st.subheader("What the graph holds")
    cols = st.columns(4)
    # One wording for the metrics: plural nouns a chemist uses, the node labels in their help.
    for i, (key, label) in enumerate((("System", "Material systems"), ("Measurement", "Measurements"),
                                      ("Source", "Sources"), ("Material", "Materials"))):
        cols[i].metric(label, f"{counts.get(key, 0):,}", help=_COUNTED.get(key, f"graph nodes labelled {key}"))
    st.dataframe(
        pd.DataFrame(sorted(counts.items()), columns=["kind of node", "count"]),
        hide_index=True, use_container_width=False,
    )
    st.subheader("Sources")
    sources = stats.get("sources", [])
    if sources:
        show_table(frame(pd.DataFrame(sources)), pinned=("title",), long=("title",))
    else:
        st.info("No sources yet: run `hkg build` (or `make run`) to load the literature graph.")
    st.caption(f"Store: {store_kind()} · last update: {stats.get('last_update') or 'never'}")
