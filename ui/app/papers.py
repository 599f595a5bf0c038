"""Adding a paper from the Sources page: extract a PDF, Markdown or plain-text paper, preview its facts,
load them, and keep the text on this machine so that the page can show evidence sentences.

Apart from Streamlit so that it can be tested. The graph never holds the text (only offsets); the
text is kept in ``<data dir>/texts/`` (a folder the Sources page reads), named by the source id.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

from ingest.extract import extract_text
from kg.literature import Literature, contract_rows
from kg.settings import resolve_data_dir
from ontology.errors import UserError
from ontology.models import GraphBatch

# A review runs to ~400 kB of Markdown; far beyond this is not a paper (and would hold the page).
MAX_PAPER_BYTES = 5_000_000
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class PaperError(UserError, ValueError):
    """An upload that cannot be read as a paper; the message says what to do."""


def texts_dir(data_dir=None) -> Path:
    return resolve_data_dir(data_dir) / "texts"


def decode(name: str, data: bytes) -> str:
    if len(data) > MAX_PAPER_BYTES:
        raise PaperError(f"{name}: {len(data) / 1e6:.1f} MB is more than a paper "
                         f"({MAX_PAPER_BYTES / 1e6:.0f} MB at most); split it or convert only the article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PaperError(f"{name}: not UTF-8 text; convert the paper to Markdown or plain text "
                         "(for a PDF, a PDF-to-Markdown converter)") from None
    if not text.strip():
        raise PaperError(f"{name}: the file is empty")
    return text


def extract(text: str, on_step=None) -> GraphBatch:
    """The paper's facts; ``on_step(done, total, next step)`` follows the extraction's steps."""
    return extract_text(text, progress=on_step or False)


def annotate_pdf(batch: GraphBatch, pdf) -> None:
    """Pages and authors from the PDF onto the facts (as ``hkg ingest`` does)."""
    from ingest.paper import annotate

    annotate(batch, pdf)


def preview(batch: GraphBatch) -> list[dict]:
    """One row per measurement, in the public form of ``hkg extract --jsonl`` (flattened a little)."""
    rows = []
    for r in (r for r in contract_rows(batch) if r["kind"] == "measurement"):
        src = r.pop("source")
        comps = r.pop("components")
        rows.append({**r, "additives": ", ".join(r["additives"]),
                     "roles": ", ".join(f"{c['material']} ({c['role']})" for c in comps[1:]),
                     "strategies": ", ".join(r["strategies"]),
                     "conditions": ", ".join(f"{k}={v:g}" for k, v in r["conditions"].items()),
                     "section": src["section"], "table": src["table"], "row": src["row"],
                     "refs": ", ".join(src["refs"])})
        if src.get("page") is not None:          # a PDF: the page the evidence is on
            rows[-1]["page"] = src["page"]
    return rows


def text_path(source_id: str, data_dir=None) -> Path:
    return texts_dir(data_dir) / (_UNSAFE.sub("_", source_id).strip("_") + ".md")


def load(store, batch: GraphBatch, text: str, data_dir=None, page_starts=None) -> dict:
    """Load the facts (one transaction; loading the same paper again changes nothing) and keep
    the text for evidence. The text is written first: a failed load leaves only a harmless file."""
    keep_text(batch.sources[0].id, text, data_dir, page_starts)
    return Literature(store, data_dir=data_dir).load(batch)   # kept for curation, decisions applied


def keep_text(source_id: str, text: str, data_dir=None, page_starts=None) -> Path:
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
    return text_file.with_suffix(".pages.json")


def page_of(text_file: Path, offset) -> int | None:
    """The PDF page of an offset into a kept text, when the text came from a PDF."""
    try:
        starts = json.loads(pages_path(Path(text_file)).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if offset is None or offset != offset or not starts:
        return None
    page = starts[0][1]
    for start, p in starts:
        if start > int(offset):
            break
        page = p
    return page


# ---------------------------------------------------------------------------------- PDF upload
MAX_PDF_BYTES = 50_000_000


def read_pdf_upload(name: str, data: bytes, on_page=None, data_dir=None):
    """An uploaded PDF → (Markdown text, page starts). Refused with the reason when too large,
    encrypted, damaged or a scan without a text layer. ``on_page(done, total)`` per page."""
    import tempfile

    from ingest.pdf import read_pdf

    if len(data) > MAX_PDF_BYTES:
        raise PaperError(f"{name}: {len(data) / 1e6:.1f} MB is more than a paper "
                         f"({MAX_PDF_BYTES / 1e6:.0f} MB at most for a PDF); split it or export only the article")
    with tempfile.TemporaryDirectory(prefix="hkg-upload-") as tmp:
        path = Path(tmp) / (_UNSAFE.sub("_", Path(name).name) or "upload.pdf")
        path.write_bytes(data)
        try:
            pdf = read_pdf(path, progress=on_page)
        except ValueError as exc:
            raise PaperError(str(exc).replace(str(path), name)) from None
    return pdf.markdown, pdf
