"""The Sources page of a lab entry: its revisions (each one readable), an edit, a curve attached.

Every write goes through ``ui.app.lab_entry`` to the lab notebook service; this module only lays out
the boxes and shows the service's answers (errors under the box they name).
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from ontology.errors import UserError
from ui.app import lab_entry as le
from ui.app.display import frame, md_text
from ui.app.record import preview as preview_entry
from ui.app.tables import show_table

# What the kinds are, in a researcher's words (the service's kinds are ``kg.notebook.ATTACH_KINDS``).
KIND_LABELS = {"tpd": "TPD / TDS curve (onset, peak)", "tga": "TGA curve (onset, hydrogen released)",
               "kissinger": "Kissinger: TPD curves at several heating rates (Ea)",
               "pct": "PCT isotherm (capacity, van 't Hoff)", "cycling": "cycling (first capacity, retention)",
               "arrhenius": "conductivity vs T, or impedance spectra at several T (Arrhenius Ea)",
               "eis": "impedance spectrum (bulk resistance → ionic conductivity)"}
# The boxes of the options a kind may need beyond the file (``ui.app.lab_entry.KIND_OPTIONS``), as the CLI words them.
_OPTION_BOXES = {"heating_rate": "Heating rate (e.g. 5 K/min; blank: the file's '# heating_rate:')",
                 "heating_rates": "Heating rates in K/min, one per file in order (e.g. 2,5,10)",
                 "temperature": "Isotherm temperature (e.g. 300 degC)",
                 "temperatures": "Temperatures of the spectra, in the files' order (e.g. 25,50,75 degC)",
                 "thickness": "Pellet thickness L for σ = L/(R·A) (e.g. 1.2 mm)",
                 "area": "Electrode area A for σ = L/(R·A) (e.g. 0.785 cm^2)",
                 "active_mass": "Active material mass (e.g. 2.5 mg; blank: the EC-Lab header's)"}


def _errors(errors: dict[str, list[str]], field: str) -> None:
    for message in errors.get(field, []):
        st.error(md_text(message, keep_lines=True))


def _saved_banner(entry_id: str) -> None:
    """The answer of the last save, kept over the rerun that redraws the revisions and facts."""
    done = st.session_state.pop(f"entry_saved_{entry_id}", None)
    if done:
        st.success(md_text(done["text"]))
        if done.get("rows"):
            show_table(frame(pd.DataFrame(done["rows"])), pinned=("property",))
        for problem in done.get("problems", []):
            st.warning(md_text(problem))


def _after_save(entry_id: str, saved, what: str, rows: list[dict] | None = None) -> None:
    problems = saved.graph_problems + ([saved.graph_error] if saved.graph_error else []) + saved.warnings
    st.session_state[f"entry_saved_{entry_id}"] = {
        "text": f"{what}: saved as revision {saved.revision} of {entry_id} (the earlier revisions are kept).",
        "rows": rows, "problems": problems}
    # Fresh boxes under new keys: a deleted key leaves the browser showing (and sending) the old value.
    for key in [k for k in st.session_state if str(k).startswith(("attach_", "edit_"))]:
        del st.session_state[key]
    st.session_state["entry_form_generation"] = _generation() + 1
    st.rerun()


def _generation() -> int:
    return int(st.session_state.get("entry_form_generation", 0))


def _key(name: str) -> str:
    """A widget's key in the current generation of the forms (see ``_after_save``)."""
    return f"{name}_{_generation()}"


def show_revision(history) -> None:
    """One revision, read-only, chosen from the revisions table's numbers (the latest after a save:
    the box's key moves with the latest revision)."""
    by_number = {r.revision: r for r in history}
    numbers = list(by_number)
    chosen = st.selectbox("See revision", numbers, index=len(numbers) - 1, key=f"entry_revision_shown_{numbers[-1]}",
                          format_func=lambda n: f"r{n} · {by_number[n].action} · {by_number[n].author} · "
                                                f"{by_number[n].time}")
    rev = by_number[chosen]
    note = " (the entry was deleted in this revision)" if rev.deleted else ""
    st.caption(f"Revision {rev.revision} as stored, read-only{note}.")
    st.code(le.entry_text(rev.document), language="yaml")


def _load_into_editor(latest) -> None:
    st.session_state[_key("edit_text")] = le.entry_text(latest.document)
    st.session_state["edit_base"] = latest.revision


def edit_form(nb, entry_id: str, latest, author: str) -> None:
    """Load the latest revision, change it, preview, save as a new revision from the loaded one."""
    ss = st.session_state
    st.button(f"Load revision {latest.revision} into the editor", key=_key("edit_load"),
              on_click=_load_into_editor, args=(latest,))
    if "edit_base" not in ss:
        return
    st.caption(f"Editing from revision {ss['edit_base']}: if someone saves meanwhile, the save is refused.")
    text = st.text_area("Entry (YAML, as `hkg entry add` reads it)", key=_key("edit_text"), height=320)
    comment = st.text_input("Comment kept with the revision", key=_key("edit_comment"))
    errors: dict[str, list[str]] = {}
    preview, save = st.columns(2)
    try:
        if preview.button("Preview", key=_key("edit_preview")):
            shown = preview_entry(le.check_edit(nb, text))
            show_table(frame(pd.DataFrame(shown["measurements"])), pinned=("system",))
        if save.button("Save as a new revision", key=_key("edit_save"), type="primary"):
            saved = le.save_edit(nb, entry_id, le.check_edit(nb, text), base=ss["edit_base"], author=author,
                                 comment=comment)
            _after_save(entry_id, saved, "Edited")
    except le.FieldErrors as exc:
        errors = exc.errors
    except UserError as exc:          # the service's conflict: someone saved after the load
        st.error(md_text(str(exc), keep_lines=True))
    for field in errors:
        st.error(md_text(f"{field}: " + "; ".join(errors[field]), keep_lines=True))


def attach_form(nb, entry_id: str, latest, author: str) -> None:
    """Upload curve(s), say what they are, preview the values, save them as a new revision."""
    from kg.notebook import ATTACH_KINDS

    ss = st.session_state
    errors: dict[str, list[str]] = ss.get("attach_errors", {})
    uploads = st.file_uploader("Curve file(s): CSV/TSV, or an instrument's text export (EC-Lab .mpt, Gamry .DTA, "
                               "NETZSCH or TA text)", type=["csv", "tsv", "txt", "mpt", "dta"],
                               accept_multiple_files=True, key=_key("attach_files"))
    _errors(errors, "files")
    kind = st.selectbox("What the curve is", ATTACH_KINDS, format_func=KIND_LABELS.get, key=_key("attach_kind"))
    _errors(errors, "kind")
    samples = [s["id"] for s in latest.document.get("samples", [])]
    sample = st.selectbox("Sample", samples, key=_key("attach_sample")) if len(samples) > 1 else None
    _errors(errors, "sample")
    options = le.AttachOptions(kind=kind, sample=sample)
    for option, label in _OPTION_BOXES.items():
        if option in le.KIND_OPTIONS[kind]:
            setattr(options, option, st.text_input(label, key=_key(f"attach_{option}")))
            _errors(errors, option)
    if "form" in le.KIND_OPTIONS[kind]:
        options.form = st.radio("Fit", ["sigmaT", "sigma"], horizontal=True, key=_key("attach_form"),
                                format_func={"sigmaT": "ln(σT) vs 1/T", "sigma": "ln σ vs 1/T"}.get)
    _errors(errors, "entry")
    comment = st.text_input("Comment kept with the revision", key=_key("attach_comment"))
    preview, save = st.columns(2)
    ss["attach_errors"] = {}
    try:
        if preview.button("Preview the values", key=_key("attach_preview")):
            ss["attach_rows"] = le.derived_rows(le.preview_attach(uploads, options))
            ss["attach_base"] = latest.revision          # the save starts from what was previewed
        if save.button("Attach as a new revision", key=_key("attach_save"), type="primary",
                       disabled="attach_base" not in ss, help="preview the values first"):
            saved = le.save_attach(nb, entry_id, uploads, options, base=ss["attach_base"], author=author,
                                   comment=comment)
            _after_save(entry_id, saved, f"Attached {', '.join(n for n, _ in saved.files)}",
                        le.derived_rows(saved.derived))
    except le.FieldErrors as exc:
        ss["attach_errors"] = exc.errors
        ss.pop("attach_rows", None)
        st.rerun()                                       # to show each message under its box
    except UserError as exc:          # the service's conflict: someone saved after the preview
        st.error(md_text(str(exc), keep_lines=True))
    if ss.get("attach_rows") is not None:
        st.markdown(f"**Values derived** (attaching makes a new revision after revision {ss['attach_base']}):")
        show_table(frame(pd.DataFrame(ss["attach_rows"])), pinned=("property",))


def show_lab_entry(entry_id: str, user) -> None:
    """A lab entry is no paper: no text to look for, but revisions (who changed what, when), each one
    readable, and, for a signed-in user, an edit and an attached curve (§ S1 is its sample 1)."""
    from ontology.errors import HydrideKGError

    from state import notebook

    nb = notebook()
    try:
        history = nb.history(entry_id)
    except (HydrideKGError, KeyError, OSError):   # not in this data folder: its facts are still shown
        history = []
    st.caption(md_text(f"Lab entry {entry_id}: § S1, § S2 … are its samples."))
    _saved_banner(entry_id)
    if not history:
        return
    st.markdown("**Revisions**")
    show_table([{"revision": r.revision, "action": r.action, "author": r.author, "time": r.time,
                 "comment": r.comment} for r in history], pinned=("revision",), long=("comment",))
    with st.expander("See one revision as stored (read-only)"):    # long: closed unless asked for
        show_revision(history)
    latest = history[-1]
    author = getattr(user, "username", None)
    if latest.deleted:
        st.info("This entry is deleted (every revision is kept): restore it to change it.")
        if author:
            restore_button(nb, latest, author)
        return
    if not author:
        return
    with st.expander("Attach a curve"):
        attach_form(nb, entry_id, latest, author)
    with st.expander("Edit this entry", expanded="edit_base" in st.session_state):
        edit_form(nb, entry_id, latest, author)
    with st.expander("Delete this entry"):
        delete_form(nb, entry_id, latest, author)


# -- delete and restore: the service's soft delete (``LabNotebook.delete`` / ``restore``, as ``hkg entry``) ------
_DELETED_BANNER = "lab_entry_deleted_banner"
SOURCE_NEXT = "source_next"        # the source the Sources page shows in its next run


def _show_on_sources(entry_id: str | None) -> None:
    """After a delete or restore, the Sources page opens on the restored entry (or on its first source:
    a deleted entry has left the graph and its list). Set for the next run, before its source box is drawn
    (``SOURCE_NEXT``): a box's key deleted would leave the browser showing the old choice."""
    st.session_state[SOURCE_NEXT] = f"lab:{entry_id}" if entry_id else ""
    if entry_id:
        st.query_params["source"] = f"lab:{entry_id}"
    else:
        st.query_params.pop("source", None)


def delete_form(nb, entry_id: str, latest, author: str) -> None:
    """Delete after a confirmation: a new revision marked deleted (nothing is lost; restore undoes it)."""
    st.caption(md_text(f"Deleting stores revision {latest.revision + 1} marked deleted: the entry's facts leave the "
                       "graph, every revision and file is kept, and 'Deleted lab entries' at the top of this page "
                       "(or hkg entry restore) brings it back."))
    comment = st.text_input("Why (kept with the revision)", key=_key("delete_comment"))
    sure = st.checkbox(md_text(f"Yes, delete {entry_id}"), key=_key("delete_sure"))
    if not st.button("Delete entry", key=_key("delete_go"), disabled=not sure,
                     help="tick the box above first" if not sure else None) or not sure:
        return
    try:
        saved = nb.delete(entry_id, author=author, base=latest.revision, comment=comment)
    except UserError as exc:          # deleted or edited meanwhile (another tab, another user)
        st.error(md_text(str(exc), keep_lines=True))
        return
    _announce(saved, f"Deleted {entry_id} (revision {saved.revision}; every revision is kept). Restore it "
                     "under 'Deleted lab entries' below.")
    _show_on_sources(None)
    st.rerun()


def _announce(saved, text: str) -> None:
    problems = saved.graph_problems + ([saved.graph_error] if saved.graph_error else [])
    st.session_state[_DELETED_BANNER] = {"text": text, "problems": problems}


def restore_button(nb, rev, author: str, key: str = "") -> None:
    """Restore a deleted entry from its latest revision ``rev`` (refused if it changed meanwhile)."""
    if not st.button(f"Restore {rev.entry_id}", key=f"restore_{key or rev.entry_id}_{rev.revision}"):
        return
    try:
        saved = nb.restore(rev.entry_id, author=author, base=rev.revision)
    except UserError as exc:          # restored or changed meanwhile
        st.error(md_text(str(exc), keep_lines=True))
        return
    _announce(saved, f"Restored {rev.entry_id} as revision {saved.revision}: its facts are back in the graph.")
    _show_on_sources(rev.entry_id)
    st.rerun()


def deleted_entries(nb, user) -> None:
    """The answer of the last delete or restore, and the deleted lab entries, each with its restore button."""
    done = st.session_state.pop(_DELETED_BANNER, None)
    if done:
        st.success(md_text(done["text"]))
        for problem in done["problems"]:
            st.warning(md_text(problem))
    author = getattr(user, "username", None)
    gone = [r for r in nb.list(include_deleted=True) if r.deleted]
    if not gone or not author:
        return
    with st.expander(f"Deleted lab entries ({len(gone)}): restore"):
        show_table([{"entry": r.entry_id, "title": r.document.get("title", ""), "deleted by": r.author,
                     "time": r.time, "why": r.comment} for r in gone], pinned=("entry",), long=("title", "why"))
        by_id = {r.entry_id: r for r in gone}
        chosen = st.selectbox("Entry to restore", list(by_id), key="restore_choice")
        if chosen:
            restore_button(nb, by_id[chosen], author, key="listed")
