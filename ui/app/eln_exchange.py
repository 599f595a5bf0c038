"""The logic of the "ELN exchange" page, apart from Streamlit so that it can be tested.

Both steps go through the lab notebook service (``kg.notebook``), as ``hkg eln`` does. The upload is
read from a temporary copy in a folder that is deleted when the step is done (one per rerun would
otherwise pile up in /tmp), named by the page, never by the browser (an upload named '..' is a name,
not a path).
"""
from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

EXPORT_NAME = "hydridekg-export.eln"


def preview_upload(notebook, data: bytes, name: str):
    """The import plan (``kg.notebook.ImportPlan``) of an uploaded archive; writes nothing that stays.
    Every record becomes an entry (without sample when it names none): no system is forced on them."""
    shown = Path(name or "").name
    with tempfile.TemporaryDirectory(prefix="hkg-eln-") as folder:
        path = Path(folder) / "upload.eln"
        path.write_bytes(data)
        return notebook.plan_eln(path, origin=shown if shown.strip(".") else "upload")


def export_archive(notebook) -> bytes:
    """Every entry not deleted as the bytes of one .eln archive (built in a folder deleted after)."""
    with tempfile.TemporaryDirectory(prefix="hkg-eln-out-") as folder:
        out, _n = notebook.export_eln([], Path(folder) / EXPORT_NAME)
        return out.read_bytes()


# What each planned action became, in the words the page shows (the plan's action says what would be done;
# an entry is only 'imported' when a revision of it was stored by this import).
_OUTCOMES = {"create": "imported (new)", "edit": "updated", "unchanged": "unchanged", "kept": "kept as edited here"}
_WHY = {"create": "a new entry", "edit": "the archive's record changed since the last import: a new revision",
        "unchanged": "already stored as the archive has it: nothing written",
        "kept": "edited here and changed in the archive too: not overwritten"}
_KEPT = "kept as edited here"       # the explain line the plan gives a re-imported entry edited in this store


def import_outcome(plan, saved) -> dict:
    """What an import did, entry by entry, for the page to show after ``store_plan``: {'level':
    'success' | 'info' | 'warning', 'summary': one sentence, 'rows': [{entry, title, outcome, why}]}.
    Records the plan left out ('skipped') are rows 'not imported' with their reason."""
    stored = {r.entry_id for r in saved.revisions}
    rows = [_entry_outcome(p, stored) for p in plan.entries]
    rows += [{"entry": sk.get("record") or sk.get("name", ""), "title": sk.get("name", ""),
              "outcome": "not imported", "why": sk.get("reason", "")} for sk in plan.skipped]
    counts = Counter(row["outcome"] for row in rows)
    written = counts.get("imported (new)", 0) + counts.get("updated", 0)
    level = "warning" if counts.get("kept as edited here") else "success" if written else "info"
    return {"level": level, "summary": _summary(counts, written), "rows": rows}


def _entry_outcome(p, stored: set[str]) -> dict:
    outcome = _OUTCOMES.get(p.action, p.action)
    why = next((y for w, y in p.explain if w == _KEPT), "") or _WHY.get(p.action, "")
    if p.action in ("create", "edit") and p.entry_id not in stored:
        outcome, why = "unchanged", "already stored by an earlier import of the same file: nothing written"
    if p.files_refused:
        why += f"; {len(p.files_refused)} file(s) not kept (their bytes do not match the archive's digest)"
    return {"entry": p.entry_id, "title": p.document.get("title", ""), "outcome": outcome, "why": why}


def _summary(counts: dict[str, int], written: int) -> str:
    """'Imported 2 new entries and updated 1; 3 unchanged; 1 kept as edited here (not overwritten).'"""
    new, updated = counts.get("imported (new)", 0), counts.get("updated", 0)
    head = (f"Imported {new} new entr{'y' if new == 1 else 'ies'} and updated {updated} "
            "into the notebook and the graph" if written else "Nothing written")
    rest = [f"{k} {word}" + (" (not overwritten)" if word == _KEPT else "") for word, k in counts.items()
            if word in ("unchanged", _KEPT)]
    if counts.get("not imported"):
        rest.append(f"{counts['not imported']} record(s) not imported")
    return "; ".join([head, *rest]) + "."
