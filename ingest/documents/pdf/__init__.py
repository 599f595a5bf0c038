"""PDF papers → the Markdown the extractor reads, with the page of every block.

    from ingest.documents.pdf import read_pdf
    text = read_pdf("paper.pdf")          # PdfText: .markdown, .page_at(offset), .title, .doi, …

``reader`` reads characters and rules page by page (PDFium through pypdfium2), ``layout`` builds
lines with sub/superscripts, tables and the reading order, ``assemble`` writes the Markdown.
A PDF without a text layer (a scan) is read with ``tesseract`` when it is installed (``ocr``: its
words go through the same layout), else refused with a message that says how to add the text layer.
"""
from __future__ import annotations

from pathlib import Path

from .assemble import PdfText, assemble
from .layout import PageLayout, page_items
from .reader import PdfError, ScannedPdfError, metadata, open_pdf, pages

__all__ = ["PdfError", "PdfText", "ScannedPdfError", "read_pdf"]


def read_pdf(path, progress=None) -> PdfText:
    """The paper's Markdown. ``progress(done, total)`` is called after each page."""
    path = Path(path)
    if not path.is_file():
        raise PdfError(f"'{path}' is not a file; give the path of a PDF")
    doc = open_pdf(path)
    try:
        meta = metadata(doc)
        total = len(doc)
        layouts: list[PageLayout] = []
        chars = images = 0
        for raw in pages(doc, path):
            chars += len(raw.chars)
            images += raw.images
            lay = PageLayout(raw.number, raw.width, raw.height)
            if raw.chars:
                lay.items = page_items(raw)
            layouts.append(lay)          # only lines and tables: the page's objects are closed
            if progress:
                progress(raw.number, total)
        if chars == 0:
            layouts = _without_text_layer(path, doc, images, progress)
    finally:
        doc.close()
    text = assemble(layouts, meta)
    if not text.markdown.strip():
        raise PdfError(f"'{path}': no text found on its {total} page(s); is it a paper?")
    return text


def _without_text_layer(path: Path, doc, images: int, progress=None) -> list[PageLayout]:
    """The pages of a scan read by OCR (the same layout as a text layer's), or the reason not."""
    from .ocr import ocr_available, ocr_pages

    if images and ocr_available():
        return ocr_pages(path, doc, progress)
    if images:
        raise ScannedPdfError(
            f"'{path}' is a scan: its pages are images without a text layer. Add one with OCR "
            f"(`ocrmypdf '{path}' out.pdf`, then ingest out.pdf), or install tesseract "
            "(`apt-get install tesseract-ocr`) and run this again to OCR it here")
    raise PdfError(f"'{path}': its pages hold no text and no images; export the paper again from its source")
