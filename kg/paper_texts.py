"""The texts of ingested papers, kept on this machine for the evidence view (the graph holds only
offsets, never a paper's sentences).

``<data dir>/texts/<source id>.md`` is the paper's text (a PDF's converted Markdown) and, for a
PDF, ``<source id>.pages.json`` the page each block starts on, so that an evidence sentence shows
its page. Written by the literature service on every paper load, read by the Sources page.
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from pathlib import Path

from .settings import resolve_data_dir

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(name: str) -> str:
    """A source id or an uploaded file's name as a file name (no folder, no ':')."""
    return _UNSAFE.sub("_", name).strip("_")


def texts_dir(data_dir: str | Path | None = None) -> Path:
    return resolve_data_dir(data_dir) / "texts"


def text_path(source_id: str, data_dir: str | Path | None = None) -> Path:
    return texts_dir(data_dir) / (safe_name(source_id) + ".md")


def keep_text(source_id: str, text: str, data_dir: str | Path | None = None,
              page_starts: Sequence[tuple[int, int]] | None = None) -> Path:
    """Write the paper's text (and, for a PDF, the page each block starts on) for evidence."""
    path = text_path(source_id, data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    pages = pages_path(path)
    if page_starts:
        tmp = pages.with_suffix(".tmp")
        tmp.write_text(json.dumps([list(p) for p in page_starts]), encoding="utf-8")
        os.replace(tmp, pages)
    elif pages.exists():
        pages.unlink()
    return path


def pages_path(text_file: Path) -> Path:
    return Path(text_file).with_suffix(".pages.json")


def page_of(text_file: Path, offset: float | None) -> int | None:
    """The PDF page of an offset into a kept text, when the text came from a PDF."""
    try:
        starts = json.loads(pages_path(Path(text_file)).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if offset is None or offset != offset or not starts:
        return None
    page: int = int(starts[0][1])
    for start, p in starts:
        if start > int(offset):
            break
        page = int(p)
    return page
