"""Uploaded files on disk for as long as a page needs them, and not a moment longer.

Streamlit reruns a page on every interaction; a page that copied an upload to ``mkdtemp`` on each
run left a ``/tmp/hkg-eln-*`` folder per rerun, forever.  ``upload_copy`` owns its copy: a temporary
folder deleted when the ``with`` block ends (also on an error).  The browser's file name is used only
as a plain name inside that folder, and a name that is not one ('..', '.', empty) is refused.
"""
from __future__ import annotations

import contextlib
import re
import tempfile
from pathlib import Path

from ontology.errors import UserError


class UploadNameError(UserError, ValueError):
    """The uploaded file's name cannot be a file name; the message says what to do."""


def plain_upload_name(name: str | None) -> str:
    """The last part of the browser's name, checked: never a path, never '.' or '..'."""
    base = re.split(r"[/\\]", name or "")[-1].strip()
    if base in ("", ".", "..") or "\x00" in base:
        raise UploadNameError(f"the uploaded file's name '{name}' is not a file name; rename the file "
                              "(e.g. 'export.eln') and upload it again")
    return base


@contextlib.contextmanager
def upload_copy(upload, prefix: str = "hkg-upload-"):
    """Yield the path of a copy of ``upload`` (anything with ``name`` and ``getvalue()``) in a
    temporary folder that is removed when the block ends."""
    with upload_copies([upload], prefix) as (path,):
        yield path


@contextlib.contextmanager
def upload_copies(uploads, prefix: str = "hkg-upload-"):
    """Yield the paths of copies of ``uploads`` in one temporary folder (files read together, such
    as a Kissinger run's curves), removed when the block ends."""
    with tempfile.TemporaryDirectory(prefix=prefix) as folder:
        paths = []
        for upload in uploads:
            path = Path(folder) / plain_upload_name(getattr(upload, "name", ""))
            path.write_bytes(upload.getvalue())
            paths.append(path)
        yield paths


@contextlib.contextmanager
def scratch_file(name: str, prefix: str = "hkg-out-"):
    """Yield a path named ``name`` in a temporary folder removed when the block ends (for a file a
    command writes and the page reads back)."""
    with tempfile.TemporaryDirectory(prefix=prefix) as folder:
        yield Path(folder) / name
