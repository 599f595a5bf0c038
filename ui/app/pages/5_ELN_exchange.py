"""ELN exchange: bring in an .eln archive from another ELN (preview first), export entries as .eln.

The logic lives in ``ui/app/eln_exchange.py`` (through the lab notebook service, as ``hkg eln``)."""
from __future__ import annotations

import streamlit as st

from state import current_user, notebook, user_errors

from ui.app import eln_exchange

st.set_page_config(page_title="ELN exchange · HydrideKG", layout="wide")
st.title("ELN exchange")
st.caption("`.eln` archives (The ELN Consortium's RO-Crate format) from eLabFTW, Kadi4Mat, SampleDB, "
           "PASTA, Chemotion, RSpace, OpenSemanticLab …")
user = current_user()
ss = st.session_state


st.subheader("Import")
upload = st.file_uploader("An .eln archive", type=["eln", "zip"], key="eln_upload")
sample = st.text_input("Material system for records that name none (optional)", key="eln_sample",
                       placeholder="MgH2–10 wt% Ni")
if upload is not None:
    plan = None
    with user_errors("The archive cannot be imported"):
        plan = eln_exchange.preview_upload(notebook(), upload.getvalue(), upload.name, sample)
    if plan is not None:
        data = plan.to_dict()
        st.write(f"**{data['records']}** record(s) from **{data['publisher'] or 'an unnamed ELN'}**: "
                 f"{len(data['entries'])} become lab entries, {len(data['skipped'])} are skipped.")
        if data["entries"]:
            st.dataframe([{"entry": e["id"], "title": e["title"], "action": e["action"],
                           "systems": ", ".join(s or "" for s in e["samples"])} for e in data["entries"]],
                         hide_index=True)
        if data["skipped"]:
            with st.expander("Skipped records and why"):
                st.dataframe(data["skipped"], hide_index=True)
        if data["entries"] and st.button("Import", type="primary", key="eln_import"):
            with user_errors("The import failed; nothing was written"):
                saved = notebook().store_plan(plan, author=getattr(user, "username", None) or "ui")
                for p in saved.graph_problems + ([saved.graph_error] if saved.graph_error else []):
                    st.warning(p)
                n = len(data["entries"])
                st.success(f"Imported {n} entr{'y' if n == 1 else 'ies'} into the notebook and the graph.")

st.subheader("Export")
st.caption("Every lab entry (not deleted) with its files, as one .eln archive other ELNs import.")
if st.button("Build .eln archive", key="eln_build"):
    with user_errors("The export failed"):
        ss["eln_export"] = eln_exchange.export_archive(notebook())
if ss.get("eln_export"):
    st.download_button("Download hydridekg-export.eln", ss["eln_export"], file_name="hydridekg-export.eln",
                       mime="application/vnd.eln+zip", key="eln_download")
