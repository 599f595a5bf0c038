"""Adding a paper from the Sources page: extract a PDF, Markdown or plain-text paper, preview its facts,
load them, and keep the text on this machine so that the page can show evidence sentences.

Apart from Streamlit so that it can be tested. The graph never holds the text (only offsets); the
text is kept in ``<data dir>/texts/`` (a folder the Sources page reads), named by the source id.
"""
from __future__ import annotations

from pathlib import Path

from ingest.extract import extract_text
from kg.literature import Literature, contract_rows
from kg.paper_ingest import MAX_PAPER_BYTES, MAX_PDF_BYTES, PaperError, check_size
from kg.paper_texts import keep_text, page_of, pages_path, safe_name, text_path, texts_dir
from ontology.models import GraphBatch
from ui.app.display import conditions_text

__all__ = ["MAX_PAPER_BYTES", "MAX_PDF_BYTES", "PaperError", "annotate_pdf", "decode", "extract", "keep_text",
           "load", "page_of", "pages_path", "preview", "read_pdf_upload", "text_path", "texts_dir"]


def decode(name: str, data: bytes) -> str:
    check_size(name, len(data), pdf=False)
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
                     "conditions": conditions_text(r["conditions"]),
                     "section": src["section"], "table": src["table"], "row": src["row"],
                     "refs": ", ".join(src["refs"])})
        if src.get("page") is not None:          # a PDF: the page the evidence is on
            rows[-1]["page"] = src["page"]
    return rows


def load(store, batch: GraphBatch, text: str, data_dir=None, page_starts=None) -> dict:
    """Load the facts (one transaction; loading the same paper again changes nothing) and keep
    the text for evidence (the literature service's ``load_paper``)."""
    return Literature(store, data_dir=data_dir).load_paper(batch, text, page_starts)


# ---------------------------------------------------------------------------------- PDF upload
def read_pdf_upload(name: str, data: bytes, on_page=None, data_dir=None):
    """An uploaded PDF → (Markdown text, page starts). Refused with the reason when too large,
    encrypted, damaged or a scan without a text layer. ``on_page(done, total)`` per page."""
    import tempfile

    from ingest.pdf import read_pdf

    check_size(name, len(data), pdf=True)
    with tempfile.TemporaryDirectory(prefix="hkg-upload-") as tmp:
        path = Path(tmp) / (safe_name(Path(name).name) or "upload.pdf")
        path.write_bytes(data)
        try:
            pdf = read_pdf(path, progress=on_page)
        except ValueError as exc:
            raise PaperError(str(exc).replace(str(path), name)) from None
    return pdf.markdown, pdf
