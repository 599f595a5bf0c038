"""ELN exchange: bring in an .eln archive from another ELN (preview first), export entries as .eln."""
from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from state import current_user, get_store  # noqa: F401  (get_store: same store env for the CLI)

from ui.app.cli_bridge import run_hkg  # noqa: E402
from ui.app.uploads import UploadNameError, scratch_file, upload_copy  # noqa: E402

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
sample = st.text_input("Material system for records that name none (optional)", key="eln_sample",
                       placeholder="MgH2–10 wt% Ni")


def _preview_and_import(path: Path, extra: list[str]) -> None:
    plan = run_hkg("eln", "import", str(path), "--dry-run", "--json", *extra, *_common())
    if not plan.ok:
        st.error(plan.err.strip() or "the archive could not be read")
        return
    data = plan.json()
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
        done = run_hkg("eln", "import", str(path), "--user", getattr(user, "username", "ui"),
                       *extra, *_common())
        if done.ok:
            st.success(f"Imported {len(data['entries'])} entr{'y' if len(data['entries']) == 1 else 'ies'} "
                       "into the notebook and the graph.")
        else:
            st.error(done.err.strip() or "the import failed; nothing was written")


if upload is not None:
    extra = ["--sample", sample] if sample.strip() else []
    try:
        # the copy lives only while this run uses it (a rerun makes its own; none is left in /tmp)
        with upload_copy(upload, prefix="hkg-eln-") as path:
            _preview_and_import(path, extra)
    except UploadNameError as exc:
        st.error(str(exc))

st.subheader("Export")
st.caption("Every lab entry (not deleted) with its files, as one .eln archive other ELNs import.")
if st.button("Build .eln archive", key="eln_build"):
    with scratch_file("hydridekg-export.eln", prefix="hkg-eln-out-") as out:
        done = run_hkg("eln", "export", "--out", str(out), *_common())
        if done.ok and out.is_file():
            ss["eln_export"] = out.read_bytes()
        else:
            st.error(done.err.strip() or "the export failed")
if ss.get("eln_export"):
    st.download_button("Download hydridekg-export.eln", ss["eln_export"], file_name="hydridekg-export.eln",
                       mime="application/vnd.eln+zip", key="eln_download")
