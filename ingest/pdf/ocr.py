"""Scanned PDFs through Debian's ``tesseract-ocr`` (only when the ``tesseract`` program is on PATH).

Each page is rendered at 300 dpi by PDFium and read by tesseract as plain text; paragraphs
become Markdown paragraphs (no sub/superscripts or tables: OCR text is the best there is).
"""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from .assemble import PdfText
from .reader import PdfError

OCR_TIMEOUT_S = 120          # per page


def ocr_available() -> bool:
    return shutil.which("tesseract") is not None


def ocr_pdf(path: Path, doc) -> PdfText:
    out = PdfText("", pages=len(doc))
    parts: list[str] = []
    offset = 0
    with tempfile.TemporaryDirectory(prefix="hkg-ocr-") as tmp:
        for i in range(len(doc)):
            page = doc[i]
            try:
                image = page.render(scale=300 / 72).to_pil()
            finally:
                page.close()
            png = Path(tmp) / f"p{i + 1}.png"
            image.save(png)
            try:
                run = subprocess.run(["tesseract", str(png), "stdout"], capture_output=True, text=True,
                                     timeout=OCR_TIMEOUT_S, check=False)
            except (OSError, subprocess.TimeoutExpired) as exc:
                raise PdfError(f"'{path}': OCR of page {i + 1} failed ({exc})") from None
            if run.returncode != 0:
                raise PdfError(f"'{path}': tesseract could not read page {i + 1}: {run.stderr.strip()[:200]}")
            for para in re.split(r"\n\s*\n", run.stdout):
                text = re.sub(r"-\n(?=[a-z])", "", para)
                text = re.sub(r"\s*\n\s*", " ", text).strip()
                if text:
                    out.page_starts.append((offset, i + 1))
                    parts.append(text + "\n\n")
                    offset += len(text) + 2
    out.markdown = "".join(parts)
    if not out.markdown.strip():
        raise PdfError(f"'{path}': OCR found no text on its pages")
    return out
