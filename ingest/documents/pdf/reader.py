"""One PDF page at a time → its characters (position, baseline, size, weight) and horizontal rules.

PDFium (through pypdfium2) reads the text layer: it is a C library, some 30 times faster than a
pure-Python reader on dense two-column pages, which is what keeps a 20-page paper within seconds.
Pages are opened, read and closed one by one, so a long PDF never holds every page's objects.
Coordinates are turned top-down (y grows downwards), in points.
"""
from __future__ import annotations

import ctypes
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ontology.errors import UserError


class PdfError(UserError, ValueError):
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
        raise PdfError(f"'{path}': {_why_not(path, exc)}") from None
    if len(doc) == 0:
        doc.close()
        raise PdfError(f"'{path}': it has no pages; export the paper again from its source")
    return doc


def _why_not(path: Path, exc) -> str:
    """Why PDFium refused a file. Its error codes are coarse (a PDF without pages fails with
    'success', some encrypted files as a format error), so pypdf gives a second opinion."""
    try:
        from pypdf import PdfReader

        reader = PdfReader(str(path))
        if reader.is_encrypted:
            return _ERRORS[raw.FPDF_ERR_PASSWORD]
        if len(reader.pages) == 0:
            return "it has no pages; export the paper again from its source"
    except Exception:                      # pypdf cannot read it either: PDFium's reason stands
        pass
    return _ERRORS.get(getattr(exc, "err_code", None), _ERRORS[raw.FPDF_ERR_FORMAT])


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
    """The page's characters. PDFium is asked as little as possible per character (its box and
    its text object): size, font and baseline are the same for every character of one text
    object (one run of text shown with one matrix), so they are asked once per object."""
    n = raw.FPDFText_CountChars(tp)
    if n <= 0:
        return []
    buf = (ctypes.c_ushort * (n + 1))()
    raw.FPDFText_GetText(tp, 0, n, buf)
    text_all = bytes(buf)[: 2 * n].decode("utf-16-le", errors="replace")
    if len(text_all) != n:                      # surrogate pairs: fall back to one call per char
        text_all = "".join(chr(raw.FPDFText_GetUnicode(tp, k)) for k in range(n))
    loose = raw.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    matrix = raw.FS_MATRIX()
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    runs: dict[int, tuple[float, float, bool, bool]] = {}   # text object -> (baseline, size, bold, italic)
    out: list[Char] = []
    space = False
    void_p = ctypes.c_void_p
    for k, ch in enumerate(text_all):
        if ch in "\r\n\x00\ufffe\uffff":
            continue
        if ch.isspace():
            space = True
            continue
        ch = NORMALISE.get(ch, ch)
        if not ch:
            continue
        obj = ctypes.cast(raw.FPDFText_GetTextObject(tp, k), void_p).value or -k
        run = runs.get(obj)
        if run is None:
            raw.FPDFText_GetCharOrigin(tp, k, ox, oy)
            raw.FPDFText_GetMatrix(tp, k, matrix)
            scale = math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c)) or 1.0
            size = raw.FPDFText_GetFontSize(tp, k) * scale
            raw.FPDFText_GetFontInfo(tp, k, name, 128, flags)
            low = name.value.lower()
            weight = raw.FPDFText_GetFontWeight(tp, k)
            # rotated text (a publisher's 'Downloaded from …' up the margin) is not the paper
            rotated = abs(matrix.b) > 1e-3 * abs(matrix.a or 1) or abs(matrix.c) > 1e-3 * abs(matrix.d or 1)
            run = (height - oy.value, -1.0 if rotated else size,
                   weight >= 600 or b"bold" in low or b"black" in low or b"heavy" in low,
                   bool(flags.value & _ITALIC_FLAG) or b"italic" in low or b"oblique" in low)
            runs[obj] = run
        base, size = run[0], run[1]
        if size <= 0:
            continue
        raw.FPDFText_GetLooseCharBox(tp, k, loose)
        out.append(Char(ch, loose.left, loose.right, base - 0.8 * size, base + 0.2 * size, base, size,
                        run[2], run[3], space))
        space = False
    return out
