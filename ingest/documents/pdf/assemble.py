"""The pages' items in reading order → the Markdown the extractor reads (``ingest.documents.document``):
``# title``, numbered ``## 1. Heading`` lines, one paragraph per line, ``**Figure N.**`` /
``**Table N.**`` captions, tab-separated table rows under their header cells, ``## References``
with ``- [N] …`` entries — the same structures a converted paper has, so extraction is the same.

Running headers and footers (lines repeated at the same height on many pages), page numbers and
line-number margins are dropped; hyphenated line breaks are joined; a paragraph cut by a column
or page break, or by a figure or table placed inside it, continues after the break (captions and
tables follow the paragraph). Every block remembers its page.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .layout import Line, PageLayout, TableItem

_DIGITS = re.compile(r"^\d{1,4}$")
_PAGE_LABEL = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
_CAPTION = re.compile(r"^(Figure|Fig\.|Table|Scheme)\s*(\d+[a-z]?)\s*[.:|]?\s*(.*)$", re.I)
_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.*)$")
_REF_HEADING = re.compile(r"^(?:\d+\.?\s*)?(references|bibliography|literature cited|notes and references)\s*$", re.I)
_REF_START = re.compile(r"^[\[(](\d{1,3})[\])]\s*(.*)$|^(\d{1,3})\.\s+(.*)$")   # [1] (1) 1.
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-9]\d)\b")
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s<>\"']+)")


@dataclass
class PdfText:
    """A PDF as the extractor's Markdown, with the page of every block and the front matter."""

    markdown: str
    page_starts: list[tuple[int, int]] = field(default_factory=list)   # (offset, page), ascending
    pages: int = 0
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    doi: str | None = None
    year: int | None = None

    def page_at(self, offset: int | None) -> int | None:
        if offset is None or not self.page_starts:
            return None
        i = bisect_right([o for o, _ in self.page_starts], offset) - 1
        return self.page_starts[max(i, 0)][1]


@dataclass
class _Block:
    kind: str                  # title | heading | prose | caption | table | reference | front
    page: int
    lines: list = field(default_factory=list)
    text: str = ""


def assemble(layouts: list[PageLayout], meta: dict[str, str]) -> PdfText:
    margin_text = _drop_margins(layouts)
    lines = [it for lay in layouts for it in lay.items if isinstance(it, Line)]
    body = _body_size(lines)
    edges = _column_edges(layouts)
    title_lines = _title_lines(layouts, body, meta.get("Title", ""))
    blocks = _blocks(layouts, body, edges, title_lines)
    blocks = _bind_tables(blocks)
    title = " ".join(ln.text for ln in title_lines) or (meta.get("Title") or "").strip() or None
    authors = _authors(meta, blocks)
    out = PdfText("", pages=len(layouts), title=title, authors=authors)
    parts: list[str] = []
    offset = 0

    def emit(text: str, page: int) -> None:
        nonlocal offset
        out.page_starts.append((offset, page))
        parts.append(text + "\n\n")
        offset += len(text) + 2

    if title:
        emit(f"# {title}", 1)
    body_text = "\n".join(b.text for b in blocks if b.kind != "table")
    doi_here = _DOI.search(body_text[:30000])
    out.doi = doi_here.group(1).rstrip(".,;") if doi_here else _meta_doi(meta)
    if out.doi and not doi_here:
        emit(f"DOI: {out.doi}", 1)
    for b in blocks:
        if b.kind == "heading":
            emit(_heading(b.text), b.page)
        elif b.kind == "reference":
            emit(b.text, b.page)
        elif b.kind == "table":
            emit(b.text, b.page)
        elif b.kind == "caption":
            emit(_caption(b.text), b.page)
        elif b.text:
            emit(b.text, b.page)
    out.markdown = "".join(parts)
    out.year = _year(margin_text, body_text)
    return out


# ------------------------------------------------------------------------------ margins
def _drop_margins(layouts: list[PageLayout]) -> str:
    """Remove running headers/footers, page numbers and line numbers; returns the first page's
    header/footer text (the journal line and copyright carry the year)."""
    n = len(layouts)
    seen: dict[tuple[str, int], set[int]] = defaultdict(set)

    def zone(it, lay) -> bool:
        return it.top < 0.085 * lay.height or it.bottom > 0.915 * lay.height

    def key(it) -> tuple[str, int]:
        return re.sub(r"\d+", "#", it.text.lower()), round(it.top / 6)

    for lay in layouts:
        for it in lay.items:
            if isinstance(it, Line) and zone(it, lay):
                seen[key(it)].add(lay.number)
    first_margin: list[str] = []
    need = max(2, int(0.3 * n))
    for lay in layouts:
        long_lines = [it for it in lay.items if isinstance(it, Line) and len(it.text) >= 20]
        left = min((it.x0 for it in long_lines), default=0.0)
        right = max((it.x1 for it in long_lines), default=lay.width)
        kept = []
        for it in lay.items:
            if isinstance(it, Line):
                if zone(it, lay) and (len(seen[key(it)]) >= need or _PAGE_LABEL.match(it.text)):
                    if lay.number == 1:
                        first_margin.append(it.text)
                    continue
                if _DIGITS.match(it.text) and (it.x1 < left - 2 or it.x0 > right + 2):
                    continue                                # line-number margin
            kept.append(it)
        lay.items = kept
    return " ".join(first_margin)


def _body_size(lines: list[Line]) -> float:
    sizes = Counter()
    for ln in lines:
        sizes[ln.size] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _column_edges(layouts: list[PageLayout]) -> dict[tuple[int, str], tuple[float, float]]:
    edges: dict[tuple[int, str], tuple[float, float]] = {}
    for lay in layouts:
        by_col: dict[str, list[Line]] = defaultdict(list)
        for it in lay.items:
            if isinstance(it, Line) and len(it.text) >= 25:
                by_col[it.column].append(it)
        for col, lns in by_col.items():
            xs0 = sorted(ln.x0 for ln in lns)
            edges[(lay.number, col)] = (xs0[len(xs0) // 10], max(ln.x1 for ln in lns))
    return edges


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", re.sub(r"<[^>]+>", "", text).lower()))


def _title_lines(layouts: list[PageLayout], body: float, meta_title: str = "") -> list[Line]:
    """The title on the first page: of the large text in its upper part, the size whose lines
    match the PDF's metadata title best (a journal's banner can be larger than the title), else
    the largest."""
    if not layouts:
        return []
    first = layouts[0]
    big = [it for it in first.items if isinstance(it, Line) and it.size >= 1.3 * body
           and it.top < 0.45 * first.height and len(it.text) > 3]
    if not big:
        return []
    groups: dict[float, list[Line]] = defaultdict(list)
    for it in big:
        groups[round(it.size * 2) / 2].append(it)
    wanted = _words(meta_title)
    if len(wanted) >= 3:
        def overlap(lines: list[Line]) -> float:
            got = _words(" ".join(ln.text for ln in lines))
            return len(got & wanted) / len(got | wanted)

        best = max(groups.values(), key=overlap)
        if overlap(best) >= 0.5:
            return best
    return groups[max(groups)]


# ------------------------------------------------------------------------------ blocks
def _blocks(layouts, body: float, edges, title_lines) -> list[_Block]:
    blocks: list[_Block] = []
    deferred: list[_Block] = []
    para: _Block | None = None
    caption: _Block | None = None
    in_refs = False
    skip = {id(ln) for ln in title_lines}
    # compounds the paper writes with a hyphen inside a line keep it when broken at a line end
    compounds = frozenset(m.group(0) for lay in layouts for it in lay.items
                          if isinstance(it, Line) for m in _COMPOUND.finditer(it.text[:-1]))

    def close_para() -> None:
        nonlocal para
        if para is not None:
            para.text = _join(para.lines, compounds)
            blocks.append(para)
            para = None
        blocks.extend(deferred)
        deferred.clear()

    def put(block: _Block) -> None:
        (deferred if para is not None else blocks).append(block)

    for lay in layouts:
        for it in lay.items:
            if isinstance(it, TableItem):
                caption = None
                put(_Block("table", lay.number, text=_table_text(it)))
                continue
            if id(it) in skip:
                continue
            text = it.text
            if _is_heading(it, body) and not _CAPTION.match(text):
                caption = None
                close_para()
                last = blocks[-1] if blocks else None
                if (last is not None and last.kind == "heading" and last.lines[-1].page == it.page
                        and abs(last.lines[-1].size - it.size) < 0.3
                        and 0 <= it.top - last.lines[-1].bottom < 0.6 * it.size):
                    last.lines.append(it)
                    last.text = f"{last.text} {text}"
                else:
                    blocks.append(_Block("heading", it.page, [it], text))
                in_refs = bool(_REF_HEADING.match(blocks[-1].text))
                continue
            if in_refs:
                m = _REF_START.match(it.styled)
                if m:
                    key, rest = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
                    blocks.append(_Block("reference", it.page, [it], f"- [{key}] {rest}"))
                elif blocks and blocks[-1].kind == "reference":
                    blocks[-1].text = _join_text(blocks[-1].text, it.styled)
                elif it.text.strip():
                    blocks.append(_Block("prose", it.page, [it], text))
                continue
            if _CAPTION.match(text) and (it.size < body - 0.3 or it.bold or _starts_bold(it)):
                caption = _Block("caption", it.page, [it], text)
                put(caption)
                continue
            if caption is not None:
                prev = caption.lines[-1]
                if abs(prev.size - it.size) < 0.3 and it.page == prev.page and _next_line(prev, it):
                    caption.lines.append(it)
                    caption.text = _join_text(caption.text, text, compounds)
                    continue
                caption = None
            if para is not None and _continues(para.lines[-1], it, edges):
                para.lines.append(it)
                continue
            close_para()
            para = _Block("prose", it.page, [it])
    close_para()
    for b in blocks:
        if b.kind == "reference":
            b.text = _year_bold(b.text)
    return blocks


def _starts_bold(ln: Line) -> bool:
    return ln.styled.startswith("**")


def _is_heading(ln: Line, body: float) -> bool:
    words = ln.text.split()
    if not words or len(ln.text) > 120 or ln.text.endswith((",", ";")):
        return False
    if ln.size >= 1.12 * body and (ln.bold or _NUMBERED.match(ln.text) or len(words) <= 12):
        return True
    return ln.bold and ln.size >= body - 0.3 and (bool(_NUMBERED.match(ln.text)) or len(words) <= 8)


def _continues(a: Line, b: Line, edges) -> bool:
    """Does line ``b`` continue the paragraph whose last line is ``a``?"""
    left, right = edges.get((b.page, b.column), (b.x0, b.x1))
    _, a_right = edges.get((a.page, a.column), (a.x0, a.x1))
    if b.x0 - left > 0.8 * b.size:                          # first-line indent
        return False
    if abs(a.size - b.size) > 0.6:
        return False
    ended_early = a_right - a.x1 > b.first_word + 0.6 * b.size
    if ended_early:                                         # b's first word would have fitted
        return False
    if a.page == b.page and a.column == b.column:
        return _next_line(a, b)
    return True                                            # a column or page break


def _next_line(a: Line, b: Line) -> bool:
    """Is ``b`` the next line after ``a``, without extra space between them? Lines with sub- or
    superscripts are set further apart (a taller line box), so they are allowed more."""
    gap = b.top - a.bottom
    scripts = "<su" in a.text or "<su" in b.text
    return -0.2 * b.size <= gap < (1.1 if scripts else 0.5) * b.size + 2


_COMPOUND = re.compile(r"\b[a-z]{2,}-[a-z]{2,}\b")


def _join_text(a: str, b: str, compounds: frozenset[str] = frozenset()) -> str:
    """Join two lines: a word hyphenated at the line end is joined without its hyphen — unless
    the paper writes that compound with its hyphen elsewhere ('solid-state'); a formula or system
    broken after a dash ('LiBH4–') keeps the dash, without a space."""
    a = a.rstrip()
    m = re.search(r"(\S*)[-\u2010]$", a)
    if m and b[:1].islower() and re.fullmatch(r"[a-z]{2,}", re.sub(r"^\W+", "", m.group(1))):
        left = re.sub(r"^\W+", "", m.group(1))
        right = re.match(r"[a-z]*", b).group(0)
        if f"{left}-{right}" in compounds:
            return a + b
        return a[:-1] + b
    if a.endswith(("-", "–", "/")) and len(a) > 1 and not a[-2].isspace():
        return a + b
    return f"{a} {b}"


def _join(lines: list[Line], compounds: frozenset[str] = frozenset()) -> str:
    text = ""
    for ln in lines:
        text = _join_text(text, ln.text, compounds) if text else ln.text
    return re.sub(r"\s{2,}", " ", text).strip()


def _table_text(t: TableItem) -> str:
    rows = [t.header, *t.rows] if any(h.strip() for h in t.header) else t.rows
    return "\n".join("\t".join(c.replace("\t", " ") for c in r) for r in rows)


def _bind_tables(blocks: list[_Block]) -> list[_Block]:
    """Put each table right after its 'Table N' caption (a caption above its table is the rule;
    one below it is moved up)."""
    captions = [i for i, b in enumerate(blocks) if b.kind == "caption" and b.text.lower().startswith("table")]
    tables = [i for i, b in enumerate(blocks) if b.kind == "table"]
    used: set[int] = set()
    place: dict[int, int] = {}
    for t in tables:
        before = [c for c in captions if c < t and c not in used]
        after = [c for c in captions if c > t and c not in used]
        c = before[-1] if before else (after[0] if after else None)
        if c is not None:
            used.add(c)
            place[t] = c
    out: list[_Block] = []
    moved = set(place)
    by_caption = {c: t for t, c in place.items()}
    for i, b in enumerate(blocks):
        if i in moved:
            continue
        out.append(b)
        if i in by_caption:
            out.append(blocks[by_caption[i]])
    return out


# ------------------------------------------------------------------------------ Markdown forms
def _heading(text: str) -> str:
    m = _NUMBERED.match(text)
    if m and not _REF_HEADING.match(text):
        number = m.group(1)
        return f"{'#' * (number.count('.') + 2)} {number}. {m.group(2)}"
    return f"## {text}"


def _caption(text: str) -> str:
    m = _CAPTION.match(text)
    if not m:
        return text
    kind = "Figure" if m.group(1).lower().startswith("fig") else m.group(1).capitalize()
    return f"**{kind} {m.group(2)}.** {m.group(3)}".rstrip()


def _year_bold(text: str) -> str:
    """The reference parser reads the year from bold type (**2020**); journals that set it plain
    get the first year of the entry marked."""
    if re.search(r"\*\*(?:19|20)\d\d\*\*", text):
        return text
    return _YEAR.sub(r"**\1**", text, count=1)


# ------------------------------------------------------------------------------ front matter
def _authors(meta: dict[str, str], blocks: list[_Block]) -> list[str]:
    names = meta.get("Author", "").strip()
    if not names:
        first = next((b for b in blocks[:6] if b.kind == "prose" and b.page == 1), None)
        if first and len(first.text) < 250 and not re.search(r"\d|[.!?]$", first.text) and (
                "," in first.text or " and " in first.text):
            names = first.text
    parts = re.split(r"\s*(?:,|;|\band\b|&)\s*", names.replace("*", ""))
    return [p.strip() for p in parts if p.strip() and len(p.strip()) > 1]


def _meta_doi(meta: dict[str, str]) -> str | None:
    for k in ("doi", "DOI", "Subject", "Keywords"):
        m = _DOI.search(meta.get(k, ""))
        if m:
            return m.group(1).rstrip(".,;")
    return None


def _year(margin_text: str, body_text: str) -> int | None:
    """A year printed on the first page's header or footer (journal line, copyright), else a
    copyright line in the text; the extractor prefers the publication history when there is one."""
    m = re.search(r"(?:©|\(c\)|copyright)\s*((?:19|20)\d\d)", margin_text, re.I) or _YEAR.search(margin_text)
    if m is None:
        m = re.search(r"(?:©|copyright)\s*((?:19|20)\d\d)", body_text[:20000], re.I)
    return int(m.group(1)) if m else None
