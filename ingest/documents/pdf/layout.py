"""Characters of one page → lines with sub/superscripts, tables from their rules, and the page's
items (lines and tables) in reading order for one- and two-column layouts.

- Lines: characters sharing a baseline. A smaller character whose baseline sits a little above or
  below a line of larger ones, right next to them, belongs to that line as a superscript or a
  subscript (MgH<sub>2</sub>, cm<sup>-1</sup>); a superscript number after a word or a punctuation
  mark is a citation (<sup>[12]</sup>).
- Tables: two or more horizontal rules of the same width with rows of text between them (the
  booktabs style of journals; ruled grids too). Columns come from the gaps shared by the body
  rows; a header cell over several columns (a merged cell) is combined with the cells under it.
  A table without such rules (none, or a single one under its header) is found under its
  'Table N' caption: the rows below it whose cells, apart by wide gaps, line up in columns across
  three rows or more; its header ends at a rule when there is one, else before the first row of
  numbers.
- Reading order: a gutter (a vertical strip no line crosses) splits a page into two columns;
  items that cross it (titles, abstracts, wide tables) cut the page into bands, read top to
  bottom, each band's left column before its right one.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from .reader import Char, RawPage, Rule

# ------------------------------------------------------------------------------ lines


@dataclass
class Line:
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    baseline: float
    size: float
    bold: bool
    italic: bool
    text: str                      # with <sub>/<sup> markup
    first_word: float = 0.0        # width of the first word (does it fit at the end of the line above?)
    column: str = "full"           # full | left | right
    kind: str = "text"
    _styled: str | None = field(default=None, repr=False)   # only when some type is bold or italic

    @property
    def styled(self) -> str:
        """The text also with *italic* and **bold** runs (for the reference list)."""
        return self._styled if self._styled is not None else self.text


@dataclass
class TableItem:
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    header: list[str]
    rows: list[list[str]]
    column: str = "full"
    kind: str = "table"


_CITATION = re.compile(r"^\[?\d{1,3}[a-z]?(?:\s*[,–\-]\s*\d{1,3}[a-z]?)*\]?$")


def _rows(chars: list[Char]) -> list[list[Char]]:
    """Characters grouped by baseline (sorted top to bottom)."""
    rows: list[list[Char]] = []
    for c in sorted(chars, key=lambda c: (c.baseline, c.x0)):
        if rows and abs(rows[-1][0].baseline - c.baseline) <= 0.12 * max(c.size, rows[-1][0].size):
            rows[-1].append(c)
        else:
            rows.append([c])
    for r in rows:
        r.sort(key=lambda c: c.x0)
    return rows


def _main_size(row: list[Char]) -> float:
    return Counter(c.size for c in row).most_common(1)[0][0]


_SCRIPT_TEXT = re.compile(r"^[0-9+\-–,]{1,8}[a-d]?$")


def _attach_scripts(rows: list[list[Char]]) -> list[list[tuple[Char, str]]]:
    """Rows of (char, script) where script is '', 'sub' or 'sup': characters next to a line, with
    a baseline shifted by less than that line's font size, join it as sub/superscripts — when they
    are smaller, or (fonts that do not shrink scripts much) when they are short runs of digits
    and signs. Judged piece by piece: a row can also hold text of the other column."""
    sizes = [_main_size(r) for r in rows]
    # a row's baseline is that of its main-size characters (a margin's line number can share
    # the row a little off the text's baseline)
    bases = [Counter(c.baseline for c in r if c.size == sz).most_common(1)[0][0] for r, sz in zip(rows, sizes)]
    out: list[list[tuple[Char, str]]] = [[(c, "") for c in r] for r in rows]
    moved: set[int] = set()
    biggest = max(sizes, default=0.0)
    for i, row in enumerate(rows):
        lo = bisect_left(bases, bases[i] - 0.8 * biggest - 1)
        hi = bisect_left(bases, bases[i] + 0.8 * biggest + 1)
        near = [j for j in range(lo, hi) if j != i]
        if not near:
            continue
        for piece in _split([(c, "") for c in row], 0.6):
            size = max(c.size for c, _ in piece)
            base = piece[0][0].baseline
            text = "".join(c.text for c, _ in piece)
            x0, x1 = piece[0][0].x0, piece[-1][0].x1
            for j in near:
                # the line it would join is judged by its characters next to the piece: a row can
                # also hold the other column's text, in another size on a slightly other baseline
                local = [p for p in rows[j] if p.x0 - 0.6 * p.size <= x1 and x0 <= p.x1 + 0.6 * p.size]
                if not local:
                    continue
                lsize = _main_size(local)
                lbase = Counter(p.baseline for p in local if p.size == lsize).most_common(1)[0][0]
                if not 0.12 * lsize < abs(lbase - base) < 0.75 * lsize:
                    continue
                if not (size < 0.93 * lsize or (size <= 1.05 * lsize and _SCRIPT_TEXT.match(text))):
                    continue
                if any(p.size >= 0.95 * lsize and abs(p.baseline - lbase) < 0.12 * lsize for p in local):
                    script = "sup" if base < lbase else "sub"
                    out[j].extend((c, script) for c, _ in piece)
                    moved.update(id(c) for c, _ in piece)
                    break
    result = []
    for row in out:
        kept = [cs for cs in row if cs[1] or id(cs[0]) not in moved]
        if kept:
            result.append(sorted(kept, key=lambda cs: cs[0].x0))
    return result


def _split(row: list[tuple[Char, str]], gap: float) -> list[list[tuple[Char, str]]]:
    """Pieces of a row separated by horizontal gaps wider than ``gap`` × the font size."""
    pieces: list[list[tuple[Char, str]]] = []
    for cs in row:
        c = cs[0]
        if pieces:
            prev = pieces[-1][-1][0]
            if c.x0 - prev.x1 <= gap * max(c.size, prev.size):
                pieces[-1].append(cs)
                continue
        pieces.append([cs])
    return pieces


_UNIT_WORD = re.compile(r"^(?:[kMGmµμnc]?(?:m|g|s|K|L|l|J|W|V|A|Pa|bar|mol|h|min|Hz|eV|S|Ω|C|Wh|Ah|at))$")


def _is_unitish(word: str) -> bool:
    """A unit before a superscript number takes an exponent ('cm', 'mol', 'kJ'); any other word
    (or formula) before it is cited."""
    return bool(_UNIT_WORD.match(word))


def _render(piece: list[tuple[Char, str]], styled: bool = False) -> str:
    """The text of a run of characters, with <sub>/<sup> markup; ``styled`` also marks bold
    (**…**) and italic (*…*) runs, which the reference list's parser reads (year, journal)."""
    if styled:
        groups: list[list[tuple[Char, str]]] = []
        for cs in piece:
            if groups and (groups[-1][0][0].bold, groups[-1][0][0].italic) == (cs[0].bold, cs[0].italic):
                groups[-1].append(cs)
            else:
                groups.append([cs])
        out = []
        for n, g in enumerate(groups):
            text = _render(g)
            mark = "**" if g[0][0].bold else "*" if g[0][0].italic else ""
            if mark and text.strip(" ,.;:"):
                text = f"{mark}{text}{mark}"
            gap = n and (g[0][0].space_before or g[0][0].x0 - groups[n - 1][-1][0].x1 > 0.22 * g[0][0].size)
            out.append((" " if gap else "") + text)
        return "".join(out).strip()
    runs: list[tuple[str, str]] = []             # (script, text) runs
    prev: Char | None = None
    for c, script in piece:
        space = prev is not None and (c.space_before or c.x0 - prev.x1 > 0.22 * min(c.size, prev.size))
        if space and script and c.x0 - prev.x1 < 0.35 * c.size and not c.space_before:
            space = False                         # a script hugging its base is part of the word
        if space:
            runs.append(("", " "))
        if runs and runs[-1][0] == script:
            runs[-1] = (script, runs[-1][1] + c.text)
        else:
            runs.append((script, c.text))
        prev = c
    out: list[str] = []
    for script, text in runs:
        if not script:
            out.append(text)
            continue
        body = text.strip()
        if script == "sup" and _CITATION.match(body):
            before = "".join(out).rstrip()
            word = re.search(r"([A-Za-z]+)\W*$", before)
            last = before[-1:]
            if ("," in body or "–" in body or last in tuple(".,;:)]")
                    or (last.isalpha() and word and not _is_unitish(word.group(1)))):
                out.append(f"<sup>[{body.strip('[]')}]</sup>")
                continue
        out.append(f"<{script}>{body}</{script}>")
    return re.sub(r"[ \t]+", " ", "".join(out)).strip()


def _line(piece: list[tuple[Char, str]], page: int) -> Line:
    main = [c for c, s in piece if not s] or [c for c, _ in piece]
    size = round(_main_size(main), 1)
    first = piece
    for n in range(1, len(piece)):             # the first word: up to the first gap
        a, b = piece[n - 1][0], piece[n][0]
        if b.space_before or b.x0 - a.x1 > 0.2 * b.size:
            first = piece[:n]
            break
    return Line(page, min(c.x0 for c, _ in piece), max(c.x1 for c, _ in piece),
                min(c.baseline - 0.8 * c.size for c in main), max(c.baseline + 0.2 * c.size for c in main),
                main[0].baseline, size, sum(c.bold for c in main) > len(main) / 2,
                sum(c.italic for c in main) > len(main) / 2, _render(piece, False),
                first[-1][0].x1 - first[0][0].x0,
                # characters are not kept (a long PDF would hold them all): the styled form is
                # made now, for the few lines that have bold or italic type
                _styled=_render(piece, True) if any(c.bold or c.italic for c, _ in piece) else None)


def lines_of(chars: list[Char], page: int, gap: float = 1.4) -> list[Line]:
    lines = []
    for row in _attach_scripts(_rows(chars)):
        for piece in _split(row, gap):
            ln = _line(piece, page)
            if ln.text:
                lines.append(ln)
    return lines


# ------------------------------------------------------------------------------ tables
def _merge_rules(rules: list[Rule]) -> list[Rule]:
    """Collinear pieces (a rule drawn cell by cell) as one rule."""
    out: list[Rule] = []
    for r in sorted(rules, key=lambda r: (round(r.y), r.x0)):
        if out and abs(out[-1].y - r.y) < 1.0 and r.x0 <= out[-1].x1 + 3:
            out[-1] = Rule(out[-1].x0, max(out[-1].x1, r.x1), out[-1].y)
        else:
            out.append(Rule(r.x0, r.x1, r.y))
    return out


_CAPTION_START = re.compile(r"^(?:Figure|Fig\.|Table|Scheme)\s*\d+", re.I)


def find_tables(raw: RawPage) -> tuple[list[TableItem], list[Char]]:
    """The page's ruled tables, and the characters outside them."""
    rules = [r for r in _merge_rules(raw.rules) if r.x1 - r.x0 > 60]
    spans: list[tuple[float, float, float, float, list[tuple[float, float, float, bool]]]] = []
    used: set[int] = set()
    for i, r in enumerate(rules):
        if i in used:
            continue
        group = [r]
        for j in range(i + 1, len(rules)):
            s = rules[j]
            if j in used or s.y <= group[-1].y:
                continue
            if abs(s.x0 - r.x0) < 4 and abs(s.x1 - r.x1) < 4:
                between = [c for c in raw.chars if group[-1].y < c.baseline < s.y and r.x0 - 2 <= c.x0 <= r.x1 + 2]
                if s.y - group[-1].y > 0.6 * raw.height or any(
                        _CAPTION_START.match("".join(c.text for c in row)) for row in _rows(between)):
                    break
                group.append(s)
                used.add(j)
        if len(group) >= 2:
            inner = [(x.y, x.x0, x.x1, x.x1 - x.x0 >= 0.9 * (r.x1 - r.x0))
                     for x in rules if group[0].y < x.y < group[-1].y]
            spans.append((r.x0, r.x1, group[0].y, group[-1].y, inner))
    tables, inside = [], set()
    for x0, x1, top, bottom, inner in spans:
        chars = [c for c in raw.chars if x0 - 2 <= c.x0 and c.x1 <= x1 + 2 and top < c.baseline < bottom]
        if len({round(c.baseline) for c in chars}) < 2:
            continue                       # a box (a figure frame), not a table
        table = _table(chars, raw.number, (x0, x1, top, bottom), inner)
        if table is not None:             # else its text stays in the running text
            tables.append(table)
            inside.update(id(c) for c in chars)
    return tables, [c for c in raw.chars if id(c) not in inside]


def _table_rows(chars: list[Char]) -> list[list[tuple[Char, str]]]:
    """Rows of a table: cells of one row may sit a little higher or lower than each other (a
    cell with a subscript is set on a taller line), so baselines closer than half the font size
    are one row."""
    rows: list[list[tuple[Char, str]]] = []
    for r in sorted(_attach_scripts(_rows(chars)), key=_row_baseline):
        if rows and _row_baseline(r) - _row_baseline(rows[-1]) < 0.5 * _main_size([c for c, _ in r]):
            rows[-1] = sorted(rows[-1] + r, key=lambda cs: cs[0].x0)
        else:
            rows.append(r)
    return rows


def _row_baseline(row: list[tuple[Char, str]]) -> float:
    return min((c.baseline for c, s in row if not s), default=row[0][0].baseline)


def _table(chars: list[Char], page: int, box, inner_rules: list[tuple[float, float, float, bool]]) -> TableItem | None:
    rows = _table_rows(chars)
    if len(rows) < 2:
        return None
    base = [_row_baseline(r) for r in rows]
    # the header ends at the first rule across the whole table (booktabs' midrule, a grid's
    # first line); rules under merged header cells are narrower: without a full rule, the last
    # of those ends the header
    full = [y for y, _, _, whole in inner_rules if whole and y > base[0]]
    partial = [y for y, _, _, whole in inner_rules if not whole and y > base[0]]
    split = min(full) if full else max(partial) if partial else None
    n_head = sum(1 for b in base if split is not None and b < split) or 1
    if n_head >= len(rows):
        n_head = 1
    pieces = [[_piece(p) for p in _split(r, 0.7)] for r in rows]
    body = pieces[n_head:]
    spans = _spans(p for r in body for p in r)
    if len(spans) < 2:
        return None
    size = _main_size(chars)

    def nearest(x0: float, x1: float) -> int:
        hit = [k for k, (a, b) in enumerate(spans) if x0 < b + 1 and a < x1 + 1]
        if hit:
            return hit[0]
        mid = (x0 + x1) / 2                        # between columns: the nearest one
        return min(range(len(spans)), key=lambda k: abs((spans[k][0] + spans[k][1]) / 2 - mid))

    # leaf header cells (the header row just above the body) widen their columns
    extent = [list(s) for s in spans]
    for x0, x1, _ in pieces[n_head - 1]:
        k = nearest(x0, x1)
        extent[k] = [min(extent[k][0], x0), max(extent[k][1], x1)]

    def covered(x0: float, x1: float, y: float) -> list[int]:
        """Columns under a header cell: those within the rule drawn under it (a merged cell's
        underline), else those its text (centred over them) nearly reaches."""
        under = [(a, b) for ry, a, b, whole in inner_rules if not whole and ry > y and a - 2 <= (x0 + x1) / 2 <= b + 2]
        if under:
            a, b = min(under, key=lambda ab: ab[1] - ab[0])
            hit = [k for k, (c0, c1) in enumerate(extent) if c0 >= a - 2 and c1 <= b + 2]
            if hit:
                return hit
        pad = 1.5 * size
        hit = [k for k, (c0, c1) in enumerate(extent) if x0 - pad < c1 and c0 < x1 + pad]
        return hit or [nearest(x0, x1)]

    own: list[list[str]] = [[] for _ in spans]
    parents: list[list[str]] = [[] for _ in spans]
    for r, y in zip(pieces[:n_head], base[:n_head]):
        for x0, x1, text in r:
            cols = covered(x0, x1, y) if r is not pieces[n_head - 1] else [nearest(x0, x1)]
            if len(cols) == 1:
                own[cols[0]].append(text)
            else:
                for k in cols:
                    parents[k].append(text)
    header = [_header(" ".join(o), parents[k]) for k, o in enumerate(own)]
    out_rows = []
    for r in body:
        cells = [""] * len(spans)
        for x0, x1, text in r:
            k = nearest(x0, x1)
            cells[k] = f"{cells[k]} {text}".strip()
        out_rows.append(cells)
    return TableItem(page, box[0], box[1], box[2], box[3], header, out_rows)


def _piece(piece: list[tuple[Char, str]]) -> tuple[float, float, str]:
    return (min(c.x0 for c, _ in piece), max(c.x1 for c, _ in piece), _render(piece, False).replace("\t", " "))


_UNIT_TAIL = re.compile(r"\s*([\[(][^\[\]()]*[\])])\s*$")


def _header(own: str, parents: list[str]) -> str:
    """A column's header: its own cell, qualified by the merged cells above it —
    'onset' under 'Dehydrogenation temperature (°C)' → 'onset Dehydrogenation temperature (°C)'."""
    if not parents:
        return own
    text = own
    unit = ""
    for p in parents:
        m = _UNIT_TAIL.search(p)
        if m:
            unit = unit or m.group(1)
            p = p[:m.start()]
        text = f"{text} {p}".strip()
    own_unit = _UNIT_TAIL.search(own)
    return f"{text} {unit}".strip() if unit and not own_unit else text


# ------------------------------------------------------------------------------ tables without rules
_TABLE_CAPTION = re.compile(r"^Table\s*\d+", re.I)
_CELL_GAP = 0.9               # × font size: a gap this wide between words parts table cells
_NUMBER = re.compile(r"\d")


def _cells(row: list[tuple[Char, str]]) -> list[tuple[float, float, str]]:
    return [_piece(p) for p in _split(row, _CELL_GAP)]


def _numeric(cells: list[tuple[float, float, str]]) -> bool:
    """A body row: most cells after the first hold a number (sub/superscripts aside: a header's
    'cm<sup>-1</sup>' is no number)."""
    rest = [re.sub(r"<su[bp]>.*?</su[bp]>", "", t) for _, _, t in cells[1:]]
    return bool(rest) and sum(bool(_NUMBER.search(t)) for t in rest) * 2 >= len(rest)


def _spans(cells: Iterable[tuple[float, float, str]]) -> list[list[float]]:
    """The x-spans [x0, x1] of columns, left to right: cells overlapping in x (within a point) are one column."""
    spans: list[list[float]] = []
    for x0, x1, _ in sorted(cells, key=lambda c: c[0]):
        if spans and x0 <= spans[-1][1] + 1:
            spans[-1][1] = max(spans[-1][1], x1)
        else:
            spans.append([x0, x1])
    return spans


def _aligned_columns(rows: list[list[tuple[float, float, str]]]) -> int:
    """How many columns have a cell in at least three of ``rows`` (cells overlapping in x are one
    column; a header cell spanning several is left out)."""
    multi = [r for r in rows if len(r) >= 2]
    spans = _spans(c for r in multi for c in r)
    counts = [sum(any(a - 1 <= x0 and x1 <= b + 1 for x0, x1, _ in r) for r in multi) for a, b in spans]
    return sum(n >= 3 for n in counts)


def find_unruled_tables(raw: RawPage, chars: list[Char]) -> tuple[list[TableItem], list[Char]]:
    """Tables set without ruling lines (or with one rule only), each under its 'Table N' caption:
    the rows below the caption whose cells line up in columns over three rows or more. The
    characters outside them are returned for the running text."""
    lines = lines_of(chars, raw.number)
    captions = [ln for ln in lines if _TABLE_CAPTION.match(ln.text)]
    if not captions:
        return [], chars
    gutter = _gutter(lines, raw)
    # the text's left and right edges: a line-number margin or a side note is not a table's
    text = [ln for ln in lines if len(ln.text) > 20]
    left = min((ln.x0 for ln in text), default=0.0) - 2
    right = max((ln.x1 for ln in text), default=raw.width) + 2
    tables: list[TableItem] = []
    taken: set[int] = set()
    for cap in captions:
        # the whole width (a wide table under a short caption), else the caption's column
        regions = [(left, right)]
        if gutter is not None and cap.x1 <= gutter + 1:
            regions.append((left, gutter))
        elif gutter is not None and cap.x0 >= gutter - 1:
            regions.append((gutter, right))
        for lo, hi in regions:
            region = [c for c in chars if id(c) not in taken and lo <= c.x0 and c.x1 <= hi]
            found = _rows_under(cap, region, lo, hi)
            if found is None:
                continue
            table = _unruled_table(raw, *found)
            if table is not None:
                tables.append(table)
                taken.update(id(cs[0]) for r in found[0] for cs in r)
                break
    return tables, [c for c in chars if id(c) not in taken]


def _rows_under(cap: Line, chars: list[Char], lo: float, hi: float):
    """(rows, their cells) of the table under caption ``cap`` within x ∈ [lo, hi], or None."""
    picked: list[list[tuple[Char, str]]] = []
    cells: list[list[tuple[float, float, str]]] = []
    last, last_x1 = cap.baseline, cap.x1
    for r in _table_rows([c for c in chars if c.baseline > cap.baseline + 1]):
        rc = _cells(r)
        size = _main_size([c for c, _ in r])
        if _row_baseline(r) - last > (2.6 if picked else 4.0) * size:
            break                                     # a gap: the table (or the caption) ended
        if (not picked and len(rc) == 1 and abs(rc[0][0] - cap.x0) < 2 and last_x1 > lo + 0.8 * (hi - lo)
                and abs(size - cap.size) < 0.3):
            last, last_x1 = _row_baseline(r), rc[0][1]   # the caption's next line
            continue
        if _CAPTION_START.match(rc[0][2]) or any(x1 - x0 > 0.4 * (hi - lo) and t.count(" ") >= 5
                                                 for x0, x1, t in rc):
            break                                     # the next caption, or running text
        body = [c for c in cells if _numeric(c)]
        if len(body) >= 2 and any(len(_spanned(x0, x1, body)) > 1 for x0, x1, _ in rc):
            break                                     # below the body, a piece across its columns
        picked.append(r)
        cells.append(rc)
        last = _row_baseline(r)
    while picked and len(cells[-1]) == 1:           # a table ends with a row of cells
        picked.pop()
        cells.pop()
    if len(picked) < 3 or _aligned_columns(cells) < 2 or not any(_numeric(c) for c in cells):
        return None
    return picked, cells


def _spanned(x0: float, x1: float, rows: list[list[tuple[float, float, str]]]) -> list[int]:
    """The columns of ``rows`` (cells overlapping in x are one) that the piece x0–x1 overlaps."""
    spans: list[list[float]] = []
    for a, b, _ in sorted((c for r in rows for c in r), key=lambda c: c[0]):
        if spans and a <= spans[-1][1] + 1:
            spans[-1][1] = max(spans[-1][1], b)
        else:
            spans.append([a, b])
    return [k for k, (a, b) in enumerate(spans) if x0 < b - 1 and a + 1 < x1]


def _unruled_table(raw: RawPage, picked, cells) -> TableItem | None:
    inside = [cs[0] for r in picked for cs in r]
    top, bottom = min(c.top for c in inside), max(c.bottom for c in inside)
    x0, x1 = min(c.x0 for c in inside), max(c.x1 for c in inside)
    inner = [(r.y, r.x0, r.x1, r.x1 - r.x0 >= 0.9 * (x1 - x0)) for r in _merge_rules(raw.rules)
             if top < r.y < bottom and r.x1 > x0 and r.x0 < x1]
    if not any(whole for *_, whole in inner):
        # no rule under the header: it ends before the first row of numbers
        first = next(i for i, c in enumerate(cells) if _numeric(c))
        if first:
            inner.append(((_row_baseline(picked[first - 1]) + _row_baseline(picked[first])) / 2, x0, x1, True))
    return _table(inside, raw.number, (x0, x1, top, bottom), inner)


# ------------------------------------------------------------------------------ reading order
def page_items(raw: RawPage) -> list:
    """The page's lines and tables in reading order, each marked full/left/right."""
    tables, chars = find_tables(raw)
    unruled, chars = find_unruled_tables(raw, chars)
    tables += unruled
    lines = lines_of(chars, raw.number)
    gutter = _gutter(lines, raw)
    items: list = [*lines, *tables]
    for it in items:
        if gutter is None or (it.x0 < gutter - 1 and it.x1 > gutter + 1):
            it.column = "full"
        else:
            it.column = "left" if it.x1 <= gutter + 1 else "right"
    items.sort(key=lambda it: (it.top, it.x0))
    ordered: list = []
    band: list = []
    for it in items:
        if it.column == "full":
            ordered += _band(band)
            band = []
            ordered.append(it)
        else:
            band.append(it)
    ordered += _band(band)
    return ordered


def _band(items: list) -> list:
    return ([i for i in items if i.column == "left"] + [i for i in items if i.column == "right"])


def _gutter(lines: list[Line], raw: RawPage) -> float | None:
    """The x of a vertical strip in the middle of the page that (almost) no text line crosses."""
    body = [ln for ln in lines if 0.07 * raw.height < ln.top < 0.93 * raw.height and len(ln.text) > 3]
    if len(body) < 6:
        return None
    lo, hi = int(0.3 * raw.width), int(0.7 * raw.width)
    xs = list(range(lo, hi))
    starts = sorted(ln.x0 for ln in body)
    ends = sorted(ln.x1 for ln in body)
    # lines crossing x = lines starting before x minus lines ending before x
    counts = [bisect_left(starts, x) - bisect_left(ends, x) for x in xs]
    best = min(counts)
    if best > 0.15 * len(body):
        return None
    run = [x for x, n in zip(xs, counts) if n == best]
    # the widest run of minimal crossing
    groups: list[list[int]] = []
    for x in run:
        if groups and x == groups[-1][-1] + 1:
            groups[-1].append(x)
        else:
            groups.append([x])
    g = max(groups, key=len)
    x = (g[0] + g[-1]) / 2
    left = sum(1 for ln in body if ln.x1 < x)
    right = sum(1 for ln in body if ln.x0 > x)
    return x if left >= 3 and right >= 3 else None


@dataclass
class PageLayout:
    number: int
    width: float
    height: float
    items: list = field(default_factory=list)
