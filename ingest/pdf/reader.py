"""One PDF page at a time → its characters (position, baseline, size, weight) and horizontal rules.

PDFium (through pypdfium2) reads the text layer: it is a C library, some 30 times faster than a
pure-Python reader on dense two-column pages, which is what keeps a 20-page paper within seconds.
Pages are opened, read and closed one by one, so a long PDF never holds every page's objects.
Coordinates are turned top-down (y grows downwards), in points.
"""
from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as raw


class PdfError(ValueError):
    """A PDF that cannot be read; the message names the file and what to do."""


class ScannedPdfError(PdfError):
    """A PDF whose pages are images without a text layer."""


@dataclass(slots=True)
class Char:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    baseline: float
    size: float
    bold: bool
    italic: bool
    space_before: bool = False      # a space character preceded it in the content stream


@dataclass(slots=True)
class Rule:
    """A horizontal line (a thin path or rectangle), e.g. a table's top, middle or bottom rule."""

    x0: float
    x1: float
    y: float


@dataclass
class RawPage:
    number: int                     # 1-based
    width: float
    height: float
    chars: list[Char]
    rules: list[Rule]
    images: int


# Characters a PDF's fonts produce that the extractor reads otherwise.
NORMALISE = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
             "\ufb06": "st", "\u2212": "-", "\u2010": "-", "\u2011": "-", "\u2215": "/", "\u22c5": "·",
             "\u2715": "×", "\u2a2f": "×", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": "",
             "\u00ad": "", "\ufeff": ""}
_ITALIC_FLAG = 1 << 6               # PDF font descriptor flag 'Italic'

_ERRORS = {
    raw.FPDF_ERR_PASSWORD: "it is encrypted with a password; save an unprotected copy "
                           "(e.g. `qpdf --decrypt --password=… in.pdf out.pdf`) and ingest that",
    raw.FPDF_ERR_FORMAT: "it is damaged or not a PDF; download it again or repair it "
                         "(e.g. `qpdf in.pdf out.pdf`)",
    raw.FPDF_ERR_FILE: "it cannot be opened; check the path and the permissions",
    raw.FPDF_ERR_SECURITY: "its security handler is not supported; save an unprotected copy and ingest that",
}


def open_pdf(path: Path) -> pdfium.PdfDocument:
    path = Path(path)
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        reason = _ERRORS.get(getattr(exc, "err_code", None), f"it cannot be read ({exc}); check that it is a PDF")
        raise PdfError(f"'{path}': {reason}") from None
    if len(doc) == 0:
        doc.close()
        raise PdfError(f"'{path}' has no pages; export the paper again from its source")
    return doc


def metadata(doc: pdfium.PdfDocument) -> dict[str, str]:
    try:
        return {k: v for k, v in doc.get_metadata_dict().items() if v}
    except pdfium.PdfiumError:
        return {}


def pages(doc: pdfium.PdfDocument, path: Path) -> Iterator[RawPage]:
    """Each page's characters and rules, one page in memory at a time."""
    for i in range(len(doc)):
        try:
            page = doc[i]
        except pdfium.PdfiumError as exc:
            raise PdfError(f"'{path}': page {i + 1} cannot be read ({exc}); the file is damaged — "
                           "download it again or repair it (e.g. `qpdf in.pdf out.pdf`)") from None
        try:
            yield _read_page(page, i + 1)
        finally:
            page.close()


def _read_page(page, number: int) -> RawPage:
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        chars = _chars(textpage.raw, height)
    finally:
        textpage.close()
    rules, images = [], 0
    for obj in page.get_objects(max_depth=2):
        if obj.type == raw.FPDF_PAGEOBJ_IMAGE:
            images += 1
        elif obj.type == raw.FPDF_PAGEOBJ_PATH:
            left, bottom, right, top = obj.get_bounds()
            if top - bottom < 2.5 and right - left > 20:
                rules.append(Rule(left, right, height - (top + bottom) / 2))
    return RawPage(number, width, height, chars, rules, images)


def _chars(tp, height: float) -> list[Char]:
    n = raw.FPDFText_CountChars(tp)
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    ox, oy = ctypes.c_double(), ctypes.c_double()
    matrix = raw.FS_MATRIX()
    loose = raw.FS_RECTF()
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    out: list[Char] = []
    space = False
    font_cache: dict[bytes, tuple[bool, bool]] = {}
    for k in range(n):
        code = raw.FPDFText_GetUnicode(tp, k)
        if raw.FPDFText_IsGenerated(tp, k) == 1 or code in (0, 0x0D, 0x0A, 0xFFFE, 0xFFFF):
            continue
        text = chr(code)
        if text.isspace():
            space = True
            continue
        text = NORMALISE.get(text, text)
        if not text:
            continue
        raw.FPDFText_GetCharBox(tp, k, left, right, bottom, top)
        # the loose box spans the glyph's advance: gaps between loose boxes are real spaces
        # (tight boxes leave a gap beside narrow glyphs such as '1')
        raw.FPDFText_GetLooseCharBox(tp, k, loose)
        raw.FPDFText_GetCharOrigin(tp, k, ox, oy)
        raw.FPDFText_GetMatrix(tp, k, matrix)
        scale = math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c)) or 1.0
        size = raw.FPDFText_GetFontSize(tp, k) * scale
        raw.FPDFText_GetFontInfo(tp, k, name, 128, flags)
        key = name.value + bytes([flags.value & 0xFF])
        style = font_cache.get(key)
        if style is None:
            low = name.value.lower()
            weight = raw.FPDFText_GetFontWeight(tp, k)
            style = (weight >= 600 or b"bold" in low or b"black" in low or b"heavy" in low,
                     bool(flags.value & _ITALIC_FLAG) or b"italic" in low or b"oblique" in low)
            font_cache[key] = style
        y_base = height - oy.value
        top_y, bottom_y = height - top.value, height - bottom.value
        if bottom_y - top_y < 0.2 * size:          # a glyph without ink height ('.', '-'): use the font size
            top_y, bottom_y = y_base - 0.7 * size, y_base + 0.2 * size
        x0, x1 = (loose.left, loose.right) if loose.right > loose.left else (left.value, right.value)
        out.append(Char(text, x0, x1, top_y, bottom_y, y_base, size, style[0], style[1], space))
        space = False
    return out
