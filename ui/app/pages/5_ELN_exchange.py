"""ELN exchange: bring in an .eln archive from another ELN (preview first), export entries as .eln.

The logic lives in ``ui/app/eln_exchange.py`` (through the lab notebook service, as ``hkg eln``)."""
from __future__ import annotations

import streamlit as st

from ui.app import eln_exchange
from ui.app.display import md_text
from ui.app.tables import show_table

from state import current_user, notebook, user_errors

st.set_page_config(page_title="ELN exchange · HydrideKG", page_icon="🔄", layout="wide")

st.title("ELN exchange")
st.caption("`.eln` archives (The ELN Consortium's RO-Crate format) from eLabFTW, Kadi4Mat, SampleDB, "
           "PASTA, Chemotion, RSpace, OpenSemanticLab …")
user = current_user()
ss = st.session_state


st.subheader("Import")
upload = st.file_uploader("An .eln archive", type=["eln", "zip"], key="eln_upload")
if upload is not None:
    plan = None
    with user_errors("The archive cannot be imported"):
        plan = eln_exchange.preview_upload(notebook(), upload.getvalue(), upload.name)
    if plan is not None:
        data = plan.to_dict()
        st.write(f"**{data['records']}** record(s) from **{md_text(data['publisher'] or 'an unnamed ELN')}**: "
                 f"{len(data['entries'])} become lab entries, {data['without_sample']} of them without sample "
                 "(kept as notebook entries; give them a sample below to bring them into analogs and gap reports).")
        for w in data.get("warnings", []):
            st.warning(md_text(w))
        if data["entries"]:
            show_table([{"entry": e["id"], "title": e["title"], "action": e["action"],
                           "becomes": "sample entry" if e["kind"] == "sample" else "note (without sample)",
                           "systems": ", ".join(s or "" for s in e["samples"]),
                           "why": "; ".join(f"{x['what']}: {x['why']}" for x in e["explain"])}
                        for e in data["entries"]], pinned=("entry",), long=("title", "why"))
        refused = [{"entry": e["id"], "file": f["name"], "why": f["why"]}
                   for e in data["entries"] for f in e["files_refused"]]
        if refused:
            st.warning(f"{len(refused)} file(s) will not be kept: their bytes do not match the archive's digest, "
                       "or the archive lacks them (the entries are kept; 'why' says which).")
            show_table(refused, pinned=("entry",), long=("why",))
        if data["entries"] and st.button("Import", type="primary", key="eln_import"):
            with user_errors("The import failed; nothing was written"):
                saved = notebook().store_plan(plan, author=getattr(user, "username", None) or "ui")
                for p in saved.graph_problems + ([saved.graph_error] if saved.graph_error else []):
                    st.warning(md_text(p))
                # what each entry became (an entry kept as edited here or unchanged was not imported)
                done = eln_exchange.import_outcome(plan, saved)
                getattr(st, done["level"])(done["summary"])
                show_table(done["rows"], pinned=("entry",), long=("title", "why"))

st.subheader("Entries without sample")
notes = [{"id": r.entry_id, "title": r.document.get("title", "")} for r in notebook().list()
         if not r.document.get("samples")]
if not notes:
    st.caption("Every lab entry has a sample.")
else:
    titles = {n["id"]: n["title"] for n in notes}
    chosen = st.multiselect(f"{len(notes)} entr{'y' if len(notes) == 1 else 'ies'} without sample", list(titles),
                            format_func=lambda i: f"{titles[i]} ({i})", key="eln_assign_ids")
    system = st.text_input("Their sample's material system", key="eln_assign_system",
                           placeholder="MgH2 + 5 wt% Nb2O5")
    if st.button("Assign sample", key="eln_assign", disabled=not (chosen and system.strip())):
        with user_errors("Nothing was written"):
            saved, _ = notebook().assign_sample(chosen, system.strip(), author=getattr(user, "username", None) or "ui")
            for p in saved.graph_problems + ([saved.graph_error] if saved.graph_error else []):
                st.warning(md_text(p))
            st.success(md_text(f"Sample '{system.strip()}' assigned to {len(saved.revisions)} entr"
                               f"{'y' if len(saved.revisions) == 1 else 'ies'}."))

st.subheader("Export")
st.caption("Every lab entry (not deleted) with its files, as one .eln archive other ELNs import.")
if st.button("Build .eln archive", key="eln_build"):
    with user_errors("The export failed"):
        ss["eln_export"] = eln_exchange.export_archive(notebook())
if ss.get("eln_export"):
    st.download_button("Download hydridekg-export.eln", ss["eln_export"], file_name="hydridekg-export.eln",
                       mime="application/vnd.eln+zip", key="eln_download")
