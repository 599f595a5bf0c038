"""The logic of the "ELN exchange" page, apart from Streamlit so that it can be tested.

Both steps go through the lab notebook service (``kg.notebook``), as ``hkg eln`` does. The upload is
read from a temporary copy in a folder that is deleted when the step is done (one per rerun would
otherwise pile up in /tmp), named by the page, never by the browser (an upload named '..' is a name,
not a path).
"""
from __future__ import annotations

import tempfile
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
