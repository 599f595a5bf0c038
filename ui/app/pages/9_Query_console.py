"""Read-only Cypher console: write clauses are refused and queries run in read transactions."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from kg.schema import label_rows, relationship_rows
from ui.app.tables import show_table

from state import current_user, get_store, user_errors

st.set_page_config(page_title="Query console · HydrideKG", page_icon="💻", layout="wide")
st.title("Query console (read-only)")
current_user()  # every page needs a signed-in user (password file or OIDC; local mode: the OS user)
st.caption("One read query in Cypher that both stores run: MATCH, OPTIONAL MATCH, WHERE, WITH, UNWIND, "
           "RETURN, ORDER BY, SKIP, LIMIT, UNION and read-only functions. Anything else (CREATE, SET, "
           "CALL, LOAD, COPY, EXPORT, several statements, …) is refused.")

ask, schema = st.columns([3, 2])
with schema:
    # the names a query may use, beside the box it is typed in (from kg.schema: the store's own list)
    st.markdown("**Schema**: node labels and relationship types with their properties")
    show_table(pd.DataFrame(label_rows()), pinned=("label",), long=("properties",), key="schema_labels",
               height=240)
    show_table(pd.DataFrame(relationship_rows()), pinned=("relationship",), long=("from → to", "properties"),
               key="schema_rels", height=240)
with ask:
    query = st.text_area("Cypher", "MATCH (s:System)-[:HAS_HOST]->(h:Material)\n"
                                   "RETURN h.formula AS host, count(s) AS systems ORDER BY systems DESC LIMIT 20",
                         height=140)
    limit = st.number_input("Show at most", 10, 5000, 500, step=100)
    run = st.button("Run", type="primary")
if run:
    with user_errors("Query"):
        rows = get_store().query(query)
        st.caption(f"{len(rows)} row(s)")
        # Values are shown as data in a table, never rendered as HTML or Markdown.
        show_table(pd.DataFrame(rows[: int(limit)]).astype(str))
