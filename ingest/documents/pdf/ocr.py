"""Scanned PDFs through Debian's ``tesseract-ocr`` (only when the ``tesseract`` program is on PATH).

Each page is rendered by PDFium at ``OCR_DPI`` into a temporary folder (removed afterwards) and
read by tesseract as hOCR: words with their boxes, lines with their baselines and sizes. The words
become the characters the text layer would have given (``reader.Char``), so a scan goes through
the same layout as a born-digital PDF: reading order of two columns, running headers, footers and
line-number margins dropped, headings, captions and tables found by their columns. What OCR
cannot give back is repaired where the ontology allows: a formula whose subscripts came out as
punctuation ('MgH,', 'Nb,O,') is the one ontology formula it can only be.
"""
from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path

from .reader import NORMALISE, Char, PdfError, RawPage

OCR_TIMEOUT_S = 120          # per page
OCR_DPI = 300


def ocr_available() -> bool:
    return shutil.which("tesseract") is not None


def ocr_pages(path: Path, doc, progress=None):
    """The layouts of every page of a scan, read by tesseract (``progress(done, total)`` per page)."""
    from .layout import PageLayout, page_items

    layouts = []
    with tempfile.TemporaryDirectory(prefix="hkg-ocr-") as tmp:
        for i in range(len(doc)):
            page = doc[i]
            try:
                width, height = page.get_size()
                image = page.render(scale=OCR_DPI / 72).to_pil()
            finally:
                page.close()
            png = Path(tmp) / f"p{i + 1}.png"
            image.save(png)
            hocr = _tesseract(path, png, i + 1)
            raw = RawPage(i + 1, width, height, hocr_chars(hocr, 72 / OCR_DPI), [], 0)
            lay = PageLayout(raw.number, raw.width, raw.height)
            if raw.chars:
                lay.items = page_items(raw)
            layouts.append(lay)
            png.unlink()
            if progress:
                progress(i + 1, len(doc))
    _repair_with_context(layouts)
    return layouts


def _repair_with_context(layouts) -> None:
    """Formulas OCR left ambiguous ('TiF,') read as the one the paper names elsewhere."""
    from .layout import Line, TableItem

    texts = [it.text for lay in layouts for it in lay.items if isinstance(it, Line)]
    texts += [c for lay in layouts for it in lay.items if isinstance(it, TableItem) for r in [it.header, *it.rows]
              for c in r]
    named = frozenset(w.strip(".,;:()") for t in texts for w in re.split(r"[\s–-]+", t)) & _all_formulas()

    def fix(text: str) -> str:
        return " ".join(repair_formula(w, named) for w in text.split(" "))
    for lay in layouts:
        for it in lay.items:
            if isinstance(it, Line):
                it.text = fix(it.text)
                if it._styled is not None:
                    it._styled = fix(it._styled)
            elif isinstance(it, TableItem):
                it.header = [fix(c) for c in it.header]
                it.rows = [[fix(c) for c in r] for r in it.rows]


def _tesseract(path: Path, png: Path, number: int) -> str:
    try:
        run = subprocess.run(["tesseract", str(png), "stdout", "hocr"], capture_output=True, text=True,
                             timeout=OCR_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        raise PdfError(f"'{path}': OCR of page {number} took more than {OCR_TIMEOUT_S} s; "
                       f"add a text layer with `ocrmypdf '{path}' out.pdf` and ingest out.pdf") from None
    except OSError as exc:
        raise PdfError(f"'{path}': tesseract could not be run ({exc.strerror or exc})") from None
    if run.returncode != 0:
        raise PdfError(f"'{path}': tesseract could not read page {number}: {run.stderr.strip()[:200]}")
    return run.stdout


_SPAN = re.compile(r"<span class=['\"](ocr_line|ocr_caption|ocr_header|ocr_textfloat|ocrx_word)['\"][^>]*?"
                   r"title=['\"]([^'\"]*)['\"][^>]*>(.*?)(?=<span|</span>)", re.S)
_BBOX = re.compile(r"bbox (\d+) (\d+) (\d+) (\d+)")
_BASELINE = re.compile(r"baseline (-?[\d.]+) (-?[\d.]+)")
_XSIZE = re.compile(r"x_size ([\d.]+)")


# OCR gives no type style: a line that starts like a caption label or a numbered heading is taken
# as set in bold, as journals set them (the layout tells headings and captions by it)
_LABEL = re.compile(r"^(?:(?:Figure|Fig\.|Table|Scheme)\s*\d+[a-z]?[.:|]|\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+[A-Z]"
                    r"[^.]{0,60}$|References$|Abstract\b)")
MIN_CONFIDENCE = 5           # tesseract's word confidence (0–100) below which a word is noise


def hocr_chars(hocr: str, scale: float) -> list[Char]:
    """The characters of a page's hOCR, in points (``scale``: points per pixel). A word's letters
    share its box evenly; they sit on their line's baseline, at its size."""
    lines = _hocr_lines(hocr)
    # a line's height wavers with its letters (ascenders, descenders, subscripts): lines up to 30 %
    # larger than the page's usual size are that size, so that only titles stand out by size
    # (headings and captions by their numbers, above), and no line is taken for a smaller one's
    # superscript
    sizes = sorted(size for size, _ in lines)
    usual = sizes[len(sizes) // 2] if sizes else 0.0
    out: list[Char] = []
    for size, words in lines:
        pt = (usual if size < 1.3 * usual else size) * scale
        bold = bool(_LABEL.match(" ".join(w[0] for w in words)))
        for n, (text, x0, x1, baseline) in enumerate(words):
            letters = [NORMALISE.get(ch, ch) for ch in repair_formula(repair_unit(text))]
            step = (x1 - x0) * scale / len(letters)
            base = baseline * scale
            for k, ch in enumerate(letters):
                if ch:
                    out.append(Char(ch, x0 * scale + k * step, x0 * scale + (k + 1) * step, base - 0.8 * pt,
                                    base + 0.2 * pt, base, pt, bold, False, k == 0 and n > 0))
    return out


def _hocr_lines(hocr: str) -> list[tuple[float, list[tuple[str, float, float, float]]]]:
    """(size, [(text, x0, x1, baseline)]) of each line, in pixels. Rotated lines (a publisher's
    note up the margin) are left out, as the text layer's reader does; of words read twice over
    one another (a table cell between two rows), the surer reading is kept."""
    words: list[tuple[int, float, tuple, str, float, float]] = []   # (line, conf, box, text, baseline, size)
    lines = 0
    line = None
    for kind, title, body in _SPAN.findall(hocr):
        box = _BBOX.search(title)
        if box is None:
            continue
        x0, y0, x1, y1 = map(float, box.groups())
        if kind != "ocrx_word":
            base, size = _BASELINE.search(title), _XSIZE.search(title)
            slope, offset = (float(base.group(1)), float(base.group(2))) if base else (0.0, 0.0)
            # a line's size is its ink's height (tesseract's own x_size is shared out over a block:
            # a title's size goes to the DOI line under it)
            line = None if "textangle" in title else (x0, y1, slope, offset, (y1 - y0) / 1.15)
            lines += 1
            continue
        text = html.unescape(re.sub(r"<[^>]+>", "", body)).strip()
        conf = _CONF.search(title)
        confidence = float(conf.group(1)) if conf else 100.0
        if not text or line is None or confidence < MIN_CONFIDENCE or (confidence < 60 and not re.search(r"\w", text)):
            continue                               # noise (a stroke read as a dash)
        lx0, bottom, slope, offset, size = line
        baseline = bottom + offset + slope * (x0 - lx0)
        if abs(y1 - baseline) > 0.6 * size:
            # tesseract took words of two rows (a table's) for one line: the word's own foot
            baseline = y1 - (0.2 * size if re.search(r"[gjpqy]", text) else 0.0)
        words.append((lines, confidence * len(text), (x0, y0, x1, y1), text, baseline, size))
    kept: list[tuple] = []
    for w in sorted(words, key=lambda w: -w[1]):
        if not any(_overlap(w[2], k[2]) > 0.5 for k in kept):
            kept.append(w)
    out: dict[int, tuple[float, list]] = {}
    for n, _, box, text, baseline, size in sorted(kept, key=lambda w: (w[0], w[2][0])):
        line_words = out.setdefault(n, (size, []))[1]
        last = line_words[-1] if line_words else None
        if last is not None and box[0] - last[2] < 0.12 * size and abs(baseline - last[3]) < 0.2 * size:
            # one word read as two ('LiBH 4'): joined, so that its formula can be repaired
            line_words[-1] = (last[0] + text, last[1], box[2], last[3])
        else:
            line_words.append((text, box[0], box[2], baseline))
    return list(out.values())


_CONF = re.compile(r"x_wconf (\d+)")


def _overlap(a, b) -> float:
    """The share of the smaller box that the two boxes have in common."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    return w * h / max(1.0, min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1])))


# a superscript −1 after a unit, as OCR reads it: 'mol!', 'cm™!', 'min~!', 'cm7!'
_UNIT_POWER = re.compile(r"^(mol|cm|g|s|K|min|h|m)[~™7\-–—]?[!|](?=[.,;:)]*$)")


def repair_unit(word: str) -> str:
    """A unit's superscript −1 that OCR read as a mark ('mol!' → 'mol-1')."""
    return _UNIT_POWER.sub(r"\1-1", word)


# ------------------------------------------------------------------------------ formulas
# what OCR makes of a subscript digit: itself, another digit, or a mark at the foot of the line
_SUB = r"([0-9,.;:'’‘\"”>»›~_]{0,2})"


@lru_cache(maxsize=1)
def _formulas() -> list[tuple[re.Pattern, str]]:
    """(pattern of what OCR may make of it, formula) for every ontology formula with a digit."""
    from ontology.vocabulary import vocabulary

    out = []
    for term in vocabulary().terms():
        f = term.formula
        if f and re.match(r"[A-Z]", f) and (re.search(r"\d", f) or re.search(r"[IO]", f)):
            pattern = "".join(_SUB if p.isdigit() else _letters(p) for p in re.split(r"(\d+)", f) if p)
            out.append((re.compile(pattern), f))
    return out


def _letters(part: str) -> str:
    """A formula's letters as OCR may read them: I as l, 1 or |; O as 0."""
    return "".join("[Il1|]" if ch == "I" else "[O0]" if ch == "O" else re.escape(ch) for ch in part)


_TOKEN = re.compile(r"[A-Z][A-Za-z0-9()\[\],.;:'’‘\"”>»›~_]*")


def _fits(head: str) -> set[str]:
    """Formulas ``head`` may be a misreading of, with at least one subscript read as something (or a
    letter misread: 'Lil' for LiI); of
    those, the ones that need the fewest subscripts lost altogether ('LiBH,' is LiBH4, not
    Li2B12H12 with two subscripts gone)."""
    lost: dict[str, int] = {}
    for p, f in _formulas():
        m = p.fullmatch(head)
        if m and head != f and (any(m.groups()) or not m.groups()):
            lost[f] = sum(not g for g in m.groups())
    least = min(lost.values(), default=0)
    return {f for f, n in lost.items() if n == least}


@lru_cache(maxsize=1)
def _all_formulas() -> frozenset[str]:
    from ontology.vocabulary import vocabulary

    return frozenset(t.formula for t in vocabulary().terms() if t.formula)


def repair_formula(word: str, named: frozenset[str] = frozenset()) -> str:
    """The ontology formula an OCR'd token can only be ('MgH,' → 'MgH2', 'LiBH,-MgH,' →
    'LiBH4–MgH2'); of several that fit ('TiF,': TiF3 or TiF4), the one the paper names elsewhere
    (``named``); a token read right, or one no formula (or several) fits, stays as it was."""
    known = {f for _, f in _formulas()}

    def fix(m: re.Match) -> str:
        token = m.group(0)
        heads = [token[:cut] for cut in range(len(token), 0, -1)]
        if any(h in known for h in heads):
            return token                               # read right (its punctuation is the sentence's)
        for head in heads:
            fits = _fits(head)
            if len(fits) > 1:
                fits &= named
            if len(fits) == 1:
                return fits.pop() + token[len(head):]
            if fits:
                return token
        return token
    word = _TOKEN.sub(fix, word)
    parts = word.rstrip(".,;:").split("-")
    if len(parts) > 1 and all(p in _all_formulas() for p in parts):
        word = word.replace("-", "–")               # a system of formulas is written with an en dash
    return word
