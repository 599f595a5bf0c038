"""A paper file (PDF, Markdown or plain text) → its text and its facts, timed by stage.

PDFs are turned into the Markdown the extractor reads (``ingest.documents.pdf``), so a PDF and its source
text give the same facts; every fact from a PDF also gets the page its evidence is on
(``SourceRef.page``) and the source its authors. This is the one entry point of every surface
(``hkg extract``/``hkg ingest``, the Sources page, the Python API) and of folder ingestion's
worker processes (a top-level function, so it can be sent to another process).
"""
from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path

from ontology.errors import UserError
from ontology.models import GraphBatch

PAPER_SUFFIXES = (".pdf", ".md", ".markdown", ".txt")


@dataclass
class Paper:
    path: str
    sha256: str
    text: str                                     # the Markdown (converted, for a PDF)
    batch: GraphBatch
    page_starts: list[tuple[int, int]] | None = None   # (offset, page) for a PDF
    seconds: dict[str, float] = field(default_factory=dict)   # parse / extract


def sha256_of(path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def is_pdf(path) -> bool:
    return Path(path).suffix.lower() == ".pdf"


def paper_text(path, progress=None):
    """(Markdown text, PdfText or None) of a paper file; ValueError with the reason if unreadable."""
    path = Path(path)
    if is_pdf(path):
        from ingest.documents.pdf import read_pdf

        pdf = read_pdf(path, progress=progress)
        return pdf.markdown, pdf
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"'{path}' is not UTF-8 text; give a PDF, Markdown or plain-text paper") from None
    except OSError as exc:
        raise UserError(f"'{path}' cannot be read: {exc.strerror or exc}") from None
    if not text.strip():
        raise UserError(f"'{path}' is empty")
    return text, None


def extract_paper(path, source_id: str | None = None, progress=False, sha256: str | None = None) -> Paper:
    """Read and extract one paper. ``progress`` as in ``ingest.extract.extract_text``."""
    from .extract import extract_text

    path = Path(path)
    t0 = time.perf_counter()
    bar = _PageBar(path.name) if progress is True and is_pdf(path) else None
    try:
        text, pdf = paper_text(path, progress=bar)
    finally:
        if bar is not None:
            bar.close()
    t1 = time.perf_counter()
    batch = extract_text(text, source_id=source_id, progress=progress)
    if pdf is not None:
        annotate(batch, pdf)
    t2 = time.perf_counter()
    return Paper(str(path), sha256 or sha256_of(path), text, batch,
                 pdf.page_starts if pdf is not None else None,
                 {"parse": t1 - t0, "extract": t2 - t1})


class _PageBar:
    """A progress bar on stderr over a PDF's pages (made on the first page: the total is known)."""

    def __init__(self, name: str):
        self.name, self.bar = name, None

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            import sys

            from tqdm import tqdm

            self.bar = tqdm(total=total, desc=f"reading {self.name}", unit="page", file=sys.stderr,
                            leave=False, disable=None)
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def annotate(batch: GraphBatch, pdf) -> None:
    """Page numbers on every fact's SourceRef; the source's authors and year from the PDF."""
    for group in (batch.measurements, batch.reports, batch.conflicts, batch.challenges):
        for item in group:
            ref = getattr(item, "source", None)
            if ref is not None and ref.start is not None:
                ref.page = pdf.page_at(ref.start)
    if batch.sources:
        src = batch.sources[0]
        update = {}
        if pdf.authors and not src.authors:
            update["authors"] = pdf.authors
        if pdf.year and not src.year:
            update["year"] = pdf.year
        if update:
            batch.sources[0] = src.model_copy(update=update)
