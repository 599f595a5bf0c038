"""ELN exchange: bring in an .eln archive from another ELN (preview first), export entries as .eln."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import streamlit as st

from state import current_user, get_store  # noqa: F401  (get_store: same store env for the CLI)

from ui.app.cli_bridge import run_hkg  # noqa: E402

st.set_page_config(page_title="ELN exchange · HydrideKG", layout="wide")
st.title("ELN exchange")
st.caption("`.eln` archives (The ELN Consortium's RO-Crate format) from eLabFTW, Kadi4Mat, SampleDB, "
           "PASTA, Chemotion, RSpace, OpenSemanticLab …")
user = current_user()
ss = st.session_state


def _common() -> list[str]:
    args = ["--store", os.environ.get("HKG_STORE", "ladybug")]
    if os.environ.get("HKG_DATA_DIR"):
        args += ["--data-dir", os.environ["HKG_DATA_DIR"]]
    return args


st.subheader("Import")
upload = st.file_uploader("An .eln archive", type=["eln", "zip"], key="eln_upload")
if upload is not None:
    folder = Path(tempfile.mkdtemp(prefix="hkg-eln-"))
    path = folder / Path(upload.name).name          # the browser's name, never a path
    path.write_bytes(upload.getvalue())
    plan = run_hkg("eln", "import", str(path), "--dry-run", "--json", *_common())
    if not plan.ok:
        st.error(plan.err.strip() or "the archive could not be read")
    else:
        data = plan.json()
        st.write(f"**{data['records']}** record(s) from **{data['publisher'] or 'an unnamed ELN'}**: "
                 f"{len(data['entries'])} become lab entries, {data['without_sample']} of them without sample "
                 "(kept as notebook entries; give them a sample below to bring them into analogs and gap reports).")
        if data["entries"]:
            st.dataframe([{"entry": e["id"], "title": e["title"], "action": e["action"],
                           "becomes": "sample entry" if e["kind"] == "sample" else "note (without sample)",
                           "systems": ", ".join(s or "" for s in e["samples"]),
                           "why": "; ".join(f"{x['what']}: {x['why']}" for x in e["explain"])}
                          for e in data["entries"]], hide_index=True)
        refused = [{"entry": e["id"], "file": f["name"], "why": f["why"]}
                   for e in data["entries"] for f in e["files_refused"]]
        if refused:
            st.warning(f"{len(refused)} file(s) will not be kept: their bytes do not match the archive's digest "
                       "(the entries are kept).")
            st.dataframe(refused, hide_index=True)
        if data["entries"] and st.button("Import", type="primary", key="eln_import"):
            done = run_hkg("eln", "import", str(path), "--user", getattr(user, "username", "ui"), *_common())
            if done.ok:
                st.success(f"Imported {len(data['entries'])} entr{'y' if len(data['entries']) == 1 else 'ies'} "
                           "into the notebook and the graph.")
            else:
                st.error(done.err.strip() or "the import failed; nothing was written")

st.subheader("Entries without sample")
listed = run_hkg("entry", "list", "--without-sample", "--json", *_common())
notes = listed.json() if listed.ok else []
if not notes:
    st.caption("Every lab entry has a sample.")
else:
    titles = {n["id"]: n["title"] for n in notes}
    chosen = st.multiselect(f"{len(notes)} entr{'y' if len(notes) == 1 else 'ies'} without sample", list(titles),
                            format_func=lambda i: f"{titles[i]} ({i})", key="eln_assign_ids")
    system = st.text_input("Their sample's material system", key="eln_assign_system",
                           placeholder="MgH2 + 5 wt% Nb2O5")
    if st.button("Assign sample", key="eln_assign", disabled=not (chosen and system.strip())):
        done = run_hkg("entry", "assign-sample", *chosen, "--system", system.strip(),
                       "--user", getattr(user, "username", "ui"), *_common())
        if done.ok:
            st.success(done.out.strip() or "assigned")
        else:
            st.error(done.err.strip() or "nothing was written")

st.subheader("Export")
st.caption("Every lab entry (not deleted) with its files, as one .eln archive other ELNs import.")
if st.button("Build .eln archive", key="eln_build"):
    out = Path(tempfile.mkdtemp(prefix="hkg-eln-out-")) / "hydridekg-export.eln"
    done = run_hkg("eln", "export", "--out", str(out), *_common())
    if done.ok and out.is_file():
        ss["eln_export"] = out.read_bytes()
    else:
        st.error(done.err.strip() or "the export failed")
if ss.get("eln_export"):
    st.download_button("Download hydridekg-export.eln", ss["eln_export"], file_name="hydridekg-export.eln",
                       mime="application/vnd.eln+zip", key="eln_download")
