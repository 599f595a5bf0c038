"""Finding a source's own text on this machine, for evidence sentences.

The graph and the snapshot keep character offsets, never a source's sentences. Where the text is on
this machine — a folder named in ``HKG_SOURCE_TEXT_DIRS`` (``:``-separated), the texts kept when a
paper was added (``<data dir>/texts``), or ``../shared/corpus`` beside the repository — the evidence
of a fact is the span at its offsets. A file belongs to a source when its name is the source id's
last part or when the text carries the source's DOI anywhere (a review prints its DOI after the
abstract, not in its first lines).
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_SUFFIXES = (".md", ".markdown", ".txt")


def text_dirs(data_dir: str | os.PathLike | None = None, configured=()) -> list[Path]:
    """Where source texts may be: ``configured`` folders (the HKG_SOURCE_TEXT_DIRS setting), the texts
    kept when papers were added, the corpus beside the repository."""
    kept = [Path(data_dir) / "texts"] if data_dir else []
    return [Path(p) for p in configured] + kept + [REPO.parent / "shared" / "corpus"]


def _candidates(dirs: list[Path]) -> list[Path]:
    files = []
    for d in dirs:
        if d.is_dir():
            files += [f for f in sorted(d.iterdir()) if f.suffix.lower() in _SUFFIXES and f.name.lower() != "readme.md"]
    return files


@lru_cache(maxsize=64)
def _read(path: str, mtime: float, size: int) -> str:
    """A file's text, cached until the file changes (mtime and size are part of the key)."""
    return Path(path).read_text(encoding="utf-8", errors="replace")


def _text(f: Path) -> str:
    st = f.stat()
    return _read(str(f), st.st_mtime, st.st_size)


def source_text(source_id: str, dirs: list[Path] | None = None) -> tuple[Path, str] | None:
    """(file, text) of ``source_id`` when one of ``dirs`` holds it, else None. Not cached when
    missing: a text copied in later is found on the next call."""
    dirs = text_dirs() if dirs is None else dirs
    key = source_id.split(":", 1)[-1]
    files = _candidates(dirs)
    safe = re.sub(r"[^A-Za-z0-9]+", "_", key).strip("_").lower()
    for f in files:
        if f.stem.lower() in (key.lower(), safe):
            return f, _text(f)
    for f in files:
        text = _text(f)
        if key and key.lower() in text.lower():
            return f, text
    return None


def evidence(text: str, start: int | None, end: int | None, *, limit: int = 1200) -> str | None:
    """The span a fact was read from (at most ``limit`` characters), or None without offsets."""
    if start is None or end is None or not 0 <= start < end <= len(text):
        return None
    return text[start:min(end, start + limit)].strip()


_TAG = re.compile(r"<[^>]+>")


def table_row(text: str, start: int | None) -> str | None:
    """The table row around offset ``start`` as 'cell | cell | …' (an HTML <tr> or a Markdown line)."""
    if start is None or not 0 <= start < len(text):
        return None
    open_tr, close_tr = text.rfind("<tr", 0, start + 1), text.find("</tr>", start)
    if open_tr >= 0 and close_tr >= 0 and text.rfind("</tr>", 0, start) < open_tr and close_tr - open_tr < 5000:
        cells = re.split(r"</t[dh]>", text[open_tr:close_tr])
        return " | ".join(c for c in (_TAG.sub(" ", x).strip() for x in cells) if c)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return text[line_start:line_end if line_end >= 0 else len(text)].strip()
