"""A paper a page received as bytes (the Sources page's "Add a paper"): decoded or read page by page,
extracted for a preview, previewed, then loaded with its text kept for the evidence view.

The JSON API's upload goes straight to ``Literature.ingest_upload``; a page previews first, so the
steps are apart here. The graph never holds the text (only offsets); ``kg.paper_texts`` keeps it.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .literature import Literature, contract_rows
from .paper_ingest import PaperError, check_size
from .paper_texts import safe_name

if TYPE_CHECKING:
    from ingest.documents.pdf import PdfText
    from ontology.models import GraphBatch

    from .store import GraphStore


def decode(name: str, data: bytes) -> str:
    """A Markdown or text upload as text (size-checked; UTF-8, a BOM dropped)."""
    check_size(name, len(data), pdf=False)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PaperError(f"{name}: not UTF-8 text; convert the paper to Markdown or plain text "
                         "(for a PDF, a PDF-to-Markdown converter)", field="file") from None
    if not text.strip():
        raise PaperError(f"{name}: the file is empty", field="file")
    return text


def read_pdf_upload(name: str, data: bytes,
                    on_page: Callable[[int, int], object] | None = None) -> tuple[str, PdfText]:
    """An uploaded PDF → (Markdown text, PdfText). Refused with the reason when too large,
    encrypted, damaged or a scan without a text layer. ``on_page(done, total)`` per page."""
    from ingest.documents.pdf import read_pdf

    check_size(name, len(data), pdf=True)
    with tempfile.TemporaryDirectory(prefix="hkg-upload-") as tmp:
        path = Path(tmp) / (safe_name(Path(name).name) or "upload.pdf")
        path.write_bytes(data)
        try:
            pdf = read_pdf(path, progress=on_page)
        except ValueError as exc:        # the message names the upload, not its temporary copy
            raise PaperError(str(exc).replace(str(path), name), field="file") from None
    return pdf.markdown, pdf


def extract(text: str, on_step: Callable[[int, int, str], object] | None = None,
            pdf: PdfText | None = None) -> GraphBatch:
    """The paper's facts; ``on_step(done, total, next step)`` follows the extraction's steps. A
    PDF's pages and authors go onto the facts (as ``hkg ingest`` does)."""
    from ingest.extract import extract_text
    from ingest.paper import annotate

    batch: GraphBatch = extract_text(text, progress=on_step or False)
    if pdf is not None:
        annotate(batch, pdf)
    return batch


def preview(batch: GraphBatch) -> list[dict[str, Any]]:
    """One row per measurement, in the public form of ``hkg extract --jsonl`` (flattened a little)."""
    rows: list[dict[str, Any]] = []
    for r in (r for r in contract_rows(batch) if r["kind"] == "measurement"):
        src = r.pop("source")
        comps = r.pop("components")
        rows.append({**r, "additives": ", ".join(r["additives"]),
                     "roles": ", ".join(f"{c['material']} ({c['role']})" for c in comps[1:]),
                     "strategies": ", ".join(r["strategies"]),
                     "conditions": r["conditions"],   # numeric and categorical; pages put them in words
                     "section": src["section"], "table": src["table"], "row": src["row"],
                     "refs": ", ".join(src["refs"])})
        if src.get("page") is not None:          # a PDF: the page the evidence is on
            rows[-1]["page"] = src["page"]
    return rows


def load(store: GraphStore, batch: GraphBatch, text: str, data_dir: str | os.PathLike[str] | None = None,
         page_starts: Sequence[tuple[int, int]] | None = None) -> dict[str, Any]:
    """Load the facts (one transaction; loading the same paper again changes nothing) and keep
    the text for evidence (the literature service's ``load_paper``)."""
    return Literature(store, data_dir=data_dir).load_paper(batch, text, page_starts)
