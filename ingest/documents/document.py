"""A paper in Markdown (converted from PDF) → its structure: sections, blocks, sentences, tables,
reference list. Every offset is into the ORIGINAL text, so evidence can be shown later; markup
(<sub>, $...$) stays in the text — consumers clean it with ``clean`` / ontology.formula.strip_markup.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS

from ingest.extraction.text.hedge_words import APPROX_ABBREVIATION_WORDS
from ingest.extraction.text.pdf_copy import formula_cut_between
from ingest.extraction.text.spaced_words import point_set_apart_at
from ontology.formula import is_element_symbol
from ontology.limits import MAX_SENTENCE_CHARS
from ontology.models import Reference
from ontology.word_gate import gated

from .bibliography import citation_fields

# ------------------------------------------------------------------------------ data classes


@dataclass
class Section:
    number: str
    title: str
    start: int
    end: int
    level: int
    parent: str | None


@dataclass
class Sentence:
    text: str
    start: int
    end: int
    section: str | None
    refs: list[str]
    paragraph: int
    kind: str = "prose"
    passage: int = 0      # index of the heading the sentence follows: what a paragraph's context may not cross
    heading: str = ""     # that heading's title: what the passage is about when its text names no sample


@dataclass
class Block:
    kind: str             # heading | prose | caption | table | references | equation | front
    text: str
    start: int
    end: int
    section: str | None
    index: int = 0
    sentences: list[Sentence] = field(default_factory=list)
    passage: int = 0      # index of the heading the block follows


@dataclass
class Cell:
    text: str
    start: int
    end: int


@dataclass
class Row:
    cells: list[Cell]
    start: int
    end: int
    index: int            # 1-based row number within the table body


@dataclass
class Table:
    number: int
    caption: str
    header: list[Cell]
    rows: list[Row]
    section: str | None
    start: int
    end: int


@dataclass
class Document:
    text: str
    title: str | None = None
    doi: str | None = None
    sections: list[Section] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    references: dict[str, Reference] = field(default_factory=dict)
    _citing: dict | None = field(default=None, repr=False, compare=False)

    @property
    def source_id(self) -> str:
        return f"doi:{self.doi}" if self.doi else "doc"

    def sentences(self, block: Block | None = None) -> list[Sentence]:
        """Sentences of one block, or of all prose blocks in order."""
        if block is not None:
            return block.sentences
        return [s for b in self.blocks if b.kind == "prose" for s in b.sentences]

    def section(self, number: str) -> Section | None:
        return next((s for s in self.sections if s.number == number), None)

    def table(self, number: int) -> Table | None:
        return next((t for t in self.tables if t.number == number), None)

    def citing(self, key: str) -> list[Sentence]:
        """Prose sentences carrying citation key ``key`` (a bare '21' also matches '21a', '21b').

        Answered from an index of all prose sentences, built on the first call (tables ask for
        every row's keys; a scan of the paper per key was most of their time)."""
        if self._citing is None:
            index: dict[str, list[Sentence]] = {}
            for s in self.sentences():
                keys = dict.fromkeys(s.refs)
                for r in s.refs:
                    m = _LETTERED_KEY.fullmatch(r)
                    if m:
                        keys.setdefault(m.group(1))
                for k in keys:
                    index.setdefault(k, []).append(s)
            self._citing = index
        return list(self._citing.get(key, []))


# ------------------------------------------------------------------------------ citations
_SUP_BRACKET = re.compile(r"<sup>\s*\[([^\]<>]{1,80})\]\s*</sup>")
_LATEX_CITE = re.compile(r"\$\s*\^\{\s*\[?([0-9][0-9a-z,\s–\-]*)\]?\s*\}\s*\$")
_SUP_NUMS = re.compile(r"<sup>\s*([0-9]{1,3}[a-z]?(?:\s*[,–\-]\s*[0-9]{1,3}[a-z]?)+)\s*</sup>")
# "[" first, then the look behind it (not after a word or "]"): a pattern that starts with a literal
# is searched for that character alone, one that starts with a look-behind tries every position
_BARE = re.compile(r"\[(?<![\w\]]\[)([0-9]{1,3}[a-z]?(?:\s*[,–\-]\s*[0-9]{0,3}[a-z]?)*)\]")
_KEY = re.compile(r"^(\d{1,3})([a-z]?)$")
_LETTERED_KEY = re.compile(r"(\d+)[a-z]")


def _expand(body: str) -> list[str]:
    """'20–23' → 20,21,22,23; '21a,b' → 21a,21b; '174a' stays."""
    keys: list[str] = []
    last_num = None
    for part in re.split(r"\s*,\s*", body.strip()):
        if not part:
            continue
        rng = re.match(r"^(\d{1,3})([a-z]?)\s*[–\-]\s*(\d{1,3})?([a-z]?)$", part)
        if rng and rng.group(3) and not rng.group(2) and not rng.group(4):
            a, b = int(rng.group(1)), int(rng.group(3))
            if a <= b <= a + 200:
                keys.extend(str(n) for n in range(a, b + 1))
                last_num = str(b)
                continue
        if rng and rng.group(2) and (rng.group(4) or not rng.group(3)):   # '21a–c'
            num = rng.group(1)
            lo, hi = rng.group(2), rng.group(4) or rng.group(2)
            keys.extend(num + chr(c) for c in range(ord(lo), ord(hi) + 1))
            last_num = num
            continue
        if re.fullmatch(r"[a-z]", part) and last_num:                   # '21a,b'
            keys.append(last_num + part)
            continue
        m = _KEY.match(part)
        if m:
            keys.append(part)
            last_num = m.group(1)
    return keys


def citation_spans(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, keys) of every citation marker in ``text``."""
    out = []
    taken: list[tuple[int, int]] = []
    for rx in (_SUP_BRACKET, _LATEX_CITE, _SUP_NUMS, _BARE):
        for m in rx.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            keys = _expand(m.group(1))
            if keys:
                out.append((m.start(), m.end(), keys))
                taken.append((m.start(), m.end()))
    return sorted(out)


def citation_keys(text: str) -> list[str]:
    """Citation keys of the markers in ``text`` (<sup>[20]</sup>, $^{21,22}$, [20–23], 174a), in order, unique."""
    seen: dict[str, None] = {}
    for _, _, keys in citation_spans(text):
        for k in keys:
            seen.setdefault(k, None)
    return list(seen)


def clean(text: str) -> str:
    """Text without markup (for matching); offsets are NOT preserved — use the originals for evidence."""
    from ontology.formula import strip_markup

    return strip_markup(text)


# ------------------------------------------------------------------------------ sentences
# (a copy that lost the space after its full stops, "… was achieved.Besides,the composite …": a word in
# capitals and small letters glued to the stop after a word, number or unit starts a sentence too)
# (written to start at the stop every boundary is at, what comes before it looked back at after it: the engine skips
# to stops in one pass — the look-behinds were tried at every character of the paper)
_BOUNDARY = re.compile(
    r"[.!?](?:(?:\s*<sup>[^<]{0,80}</sup>|\s*\$\^\{[^}]{0,80}\}\$)?(?=\s+[A-Z(\[$\"“0-9])"
    r"|(?:(?<=[a-z0-9)%\]℃][.!?])|(?<=°C[.!?])|(?<=\d\sK[.!?]))(?=[A-Z][a-z]+[\s,]))")
# (the first letters of the abbreviations looked at first: the engine passes other characters of the window at once)
# (the dotted hedges of a value, 'ca.', 'approx.', are the ontology's: ValueHedgeWord's ApproximatingAbbreviation)
_HEDGES = tuple(w.removesuffix(".") for w in APPROX_ABBREVIATION_WORDS if w.endswith("."))
_ABBREV = re.compile(
    rf"(?=[A-Z{''.join(sorted(set('cefiprv') | {w[0] for w in _HEDGES}))}])(?:\bet al|\bFigs?|"
    + "".join(rf"\b{re.escape(w)}|" for w in _HEDGES)
    + r"\be\.g|\bi\.e|\bvs|\bRefs?|\bEqs?|\bNo|\bcf|\bresp|\bDr|\bProf|"
    r"\bSect|\bTab|\bvol|\bpp|(?:^|(?<=[\s(]))(?<!\d\s)(?<!degrees\s)(?<!degree\s)(?<!deg\s)[A-Z])\.$")
# "J. Smith" is one sentence; "at 423 K." and "at 220 degrees C." end one (a unit, not an initial)
# (the characters searched before a stop: longer than any abbreviation above, "approx." is 7)
_ABBREV_WINDOW = max(12, *(len(w) + 6 for w in _HEDGES))
_DIGIT_AHEAD = re.compile(r"\s*\d")
# "… replaced by Ti, Nb or V. The reaction enthalpy …": one capital before the stop and a function word after it
# ('The', 'We', 'In') — an element symbol ending a sentence, not an initial (an initial comes before a surname)
_LETTER_THEN_WORD = re.compile(r"(?<![A-Za-z])([A-Z])\.\s+([A-Z][a-z]*)\b")


def _element_ends(text: str, dot: int) -> bool:
    """Is the one capital letter before the stop at ``dot`` an element symbol ending the sentence (the next word
    a function word: 'or V. The …', 'and C. We …'), not an initial ('V. Ivanov')?"""
    m = _LETTER_THEN_WORD.match(text, dot - 2)
    return m is not None and m.group(2).lower() in STOP_WORDS and is_element_symbol(m.group(1))


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, text) of the sentences of one paragraph, offsets shifted by ``offset``."""
    out = []
    last = 0
    for m in _BOUNDARY.finditer(text):
        dot = m.start() + 1
        # only the last few characters before the dot matter: search a window, not the whole
        # prefix (slicing text[:dot] for every boundary made long paragraphs quadratic); with
        # pos/endpos, ^, \b and look-behinds still see the whole string
        if _ABBREV.search(text, max(0, dot - _ABBREV_WINDOW), dot) and not _element_ends(text, dot):
            continue
        if dot >= 2 and text[dot - 2].isdecimal() and _DIGIT_AHEAD.match(text, dot):   # decimals
            continue
        if text[dot - 2:dot] == " ." and point_set_apart_at(text, dot - 1):   # "0 . 53 eV": one a copy set apart
            continue
        piece = text[last:m.end()]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            out.append((offset + last + lead, offset + m.end(), piece.strip()))
        last = m.end()
    piece = text[last:]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        out.append((offset + last + lead, offset + last + lead + len(piece.strip()), piece.strip()))
    return [part for sentence in out for part in _bounded(*sentence)]


_CLAUSE_CUTS = (re.compile(r";\s+"), re.compile(r",\s+"), re.compile(r"\s+"))


def _bounded(start: int, end: int, text: str) -> list[tuple[int, int, str]]:
    """A sentence cut into clauses of at most MAX_SENTENCE_CHARS (ontology.limits), each at the
    last ';', else ',', else space inside the bound: a run-on 'sentence' (a hostile note, a list
    without full stops) is then read in time linear in its length."""
    parts = []
    while len(text) > MAX_SENTENCE_CHARS:
        window = text[:MAX_SENTENCE_CHARS]
        cut = next((m for pattern in _CLAUSE_CUTS for m in reversed(list(pattern.finditer(window, 1)))), None)
        head, rest = (window, MAX_SENTENCE_CHARS) if cut is None else (text[:cut.start()], cut.end())
        parts.append((start, start + len(head), head))
        start, text = start + rest, text[rest:]
    return [*parts, (start, end, text)]


# ------------------------------------------------------------------------------ parsing
# A heading's number: '2.1.', '3 ', or a lettered label standing alone ('A1', 'S2.1').
_HEADING = re.compile(r"^(#+)\s*(?:(\d+(?:\.\d+)*)\.?\s+|([A-Z]\d+(?:\.\d+)*)\.?(?:[:.]?\s+|$))?(.*?)\s*$")
# '**Table 1.** …' (the review's conversion), and as other converters and authors write it: '*Table 2:* …',
# 'Table 3. …', 'TABLE 4 | …', 'Fig. 2. …' — a number then a full stop, colon or bar (so that prose opening with
# 'Table 1 shows …' stays prose)
_EMPHASIS = r"(?:\*\*|\*|__|_)"
_NUMBER_END = rf"(?:\.?{_EMPHASIS}|\s*[.:|]{_EMPHASIS}?(?=\s|$))"
_CAPTION = re.compile(rf"^{_EMPHASIS}?(?:Figure|FIGURE|Fig\.|Table|TABLE|Scheme)\s*\d+{_NUMBER_END}")
_TABLE_CAPTION = re.compile(rf"^{_EMPHASIS}?(?:Table|TABLE)\s*(\d+){_NUMBER_END}\s*(.*)$")
_REF_LINE = re.compile(r"^-\s*\[(\d{1,3})\]\s*(.*)$")
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s<>\"']+)")


_HARD_BREAK = re.compile(r"(?:  |\\\\)$")
_LIST_ITEM = re.compile(r"(?:[-*+]|\d{1,3}[.)])\s")
_LINE_END = re.compile(r"[\r\n]")


def _lines(text: str):
    pos = 0
    for line in text.splitlines(keepends=True):
        yield pos, line.rstrip("\r\n")
        pos += len(line)


def parse_document(text: str) -> Document:
    """Sections, blocks (heading/prose/caption/table/references/equation), sentences, tables, references."""
    doc = Document(text=text)
    m = _DOI.search(text[:6000])
    doc.doi = m.group(1).rstrip(".,;>)") if m else None
    section: str | None = None
    raw: list[tuple[str, int, int]] = []   # (kind, start, end) before grouping
    in_refs = False
    numbered = False     # a numbered heading was seen: unnumbered ones are then passages within it
    raw_text = False     # a non-heading line was seen
    in_html = False      # within an HTML <table> … </table> (a PDF conversion's table, over several lines)
    title_next = False   # a "TITLE" label line was read: the next line is the title
    for start, line in _lines(text):
        body = line.strip()
        if not body:
            raw.append(("blank", start, start + len(line)))
            continue
        end = start + len(line)
        lead = len(line) - len(line.lstrip())
        if not body.startswith("#") and not raw_text and doc.title is None:
            label = _TITLE_LABEL.match(line)
            if label or title_next:
                # an indexing service's export labels its title ("TITLE" over it, "Title:" before it): the
                # labelled line is the title, a heading as "# <title>" is, the label no part of it
                cut = label.end() if label else lead
                title_next = label is not None and cut == len(line)
                if cut < len(line):
                    doc.title = line[cut:].strip()
                    raw.append(("heading", start + cut, end))
                continue
        label = _ABSTRACT_LABEL.match(line)
        if label and label.end() < len(line):
            # "Abstract: <text>" on one line: the label is the abstract's heading, the rest its prose
            raw.append(("heading", start + lead, start + label.end()))
            lead = label.end()
        row = None if in_html else _ABSTRACT_ROW.match(line)
        if row:
            # "| Summary: | <the abstract> |": a library catalogue's record sets its fields as a two-column table;
            # the row its abstract label heads holds prose, read as an "Abstract: …" line is (its label the
            # heading, its text the passage's prose), not as a table's cells
            raw.append(("heading", start + row.start("label"), start + row.end("label")))
            raw.append(("prose", start + row.start("text"), start + row.end("text")))
            raw_text = True
            continue
        if in_html or _HTML_TABLE_OPEN.match(body):
            in_html = "</table>" not in body.lower()
            raw.append(("table", start + lead, end))
            continue
        if body.startswith("#"):
            h = _HEADING.match(body)
            number, title = h.group(2) or h.group(3), h.group(4)
            if number:
                section = number
                level = section.count(".") + 1
                parent = section.rsplit(".", 1)[0] if level > 1 else None
                doc.sections.append(Section(section, title, start, len(text), level, parent))
                in_refs = False
                numbered = numbered or bool(h.group(2))  # 'A1' labels passages, '2.1' a numbered paper
            elif doc.title is None and (len(h.group(1)) == 1 or not doc.sections and not raw_text):
                doc.title = title
            else:
                in_refs = title.lower().startswith("reference")
                if in_refs:
                    section = None
                elif title and not numbered:
                    # a paper whose sections are unnumbered headings ('## Abstract', '## Results'):
                    # the heading names the section
                    section = title
                    doc.sections.append(Section(title, title, start, len(text), len(h.group(1)) - 1 or 1, None))
            raw.append(("heading", start + lead, end))
            continue
        raw_text = True
        if "\t" in line or _PIPE_ROW.match(body):
            kind = "table"
        elif _CAPTION.match(body):
            kind = "caption"
        elif _REF_LINE.match(body) or in_refs:
            kind = "references"
        elif body.startswith("$$") or body.startswith("\\["):
            kind = "equation"
        else:
            kind = "prose"
        raw.append((kind, start + lead, end))
    raw = _plain_headings(text, raw)
    # section ends: the next section of the same or a higher level
    for i, s in enumerate(doc.sections):
        for t in doc.sections[i + 1:]:
            if t.level <= s.level:
                s.end = t.start
                break
    # blocks: one per line, consecutive table lines form one table block
    blocks: list[Block] = []
    passage = 0
    previous = None
    headings: dict[int, str] = {}
    for kind, start, end in raw:
        follows, previous = previous, kind
        if kind == "blank":
            continue
        if kind == "heading":
            h = _HEADING.match(text[start:end].strip())
            marked = h is not None and text[start:end].lstrip().startswith("#")
            title = (h.group(4) if h and marked else text[start:end]).strip()
            # "# <title>\n\n## Abstract": the abstract right under the title is about the title's sample; its
            # heading names no subject of its own, so it goes on in the title's passage
            if not (passage == 1 and _ABSTRACT_HEADING.match(title)
                    and not any(b.kind == "prose" and b.passage == 1 for b in blocks)):
                passage += 1
                headings[passage] = title
        # a paragraph wrapped over several lines (an abstract pasted from a PDF or a mail) is one
        # paragraph: its sentences run across the line ends, as in Markdown; a line ending in a hard
        # break ("  " or "\\") and list items stay lines of their own. Line ends read as spaces (the
        # same length, so offsets into the file hold).
        # a blank line that cuts a formula in two (a double-spaced PDF copy sets one at every line end) is no
        # paragraph end either: 'La0.67Mg0.33-xCax' / 'Ni2.75Co0.25 (x = 0) alloys'
        if kind == "prose" and follows == "blank" and blocks and blocks[-1].kind == "prose" \
                and formula_cut_between(blocks[-1].text[-60:], text[start:min(end, start + 60)]):
            follows = "prose"
        if kind == "prose" and follows == "prose" and blocks and blocks[-1].kind == "prose" \
                and not _HARD_BREAK.search(text, blocks[-1].start, blocks[-1].end) \
                and not _LIST_ITEM.match(text, start):
            blocks[-1].end = end
            blocks[-1].text = _LINE_END.sub(" ", text[blocks[-1].start:end])
            continue
        # every non-blank line makes or extends a block, so only blank lines can separate this
        # line from the last block: a table line after a table block continues that table
        if kind == "table" and blocks and blocks[-1].kind == "table":
            blocks[-1].end = end
            blocks[-1].text = text[blocks[-1].start:end]
            continue
        blocks.append(Block(kind, text[start:end], start, end, _section_at(doc.sections, start), passage=passage))
    for i, b in enumerate(blocks):
        b.index = i
        if b.kind == "prose":
            b.sentences = [Sentence(t, a, z, b.section, citation_keys(t), i, passage=b.passage,
                                    heading=headings.get(b.passage, ""))
                           for a, z, t in split_sentences(b.text, b.start)]
    doc.blocks = blocks
    doc.tables = _tables(text, blocks)
    doc.references = {r.key: r for r in parse_references(blocks, doc.source_id)}
    return doc


# the labels of an indexing service's export: "TITLE" on a line over the title or "Title:" before it, and
# "Abstract:" / "ABSTRACT:" before the abstract's text on the same line
_TITLE_LABEL = gated(re.compile(r"\s*title\b\s*(?::\s*|$)", re.I))
_ABSTRACT_WORD = r"(?:abstract|summary)"
_ABSTRACT_LABEL = re.compile(rf"\s*{_ABSTRACT_WORD}\s*:\s*", re.I)
# a catalogue record's row of its abstract: "| Summary: | Ball-milled … desorbs 3.3 wt% of hydrogen … |" — the
# label cell, then one cell of prose (a sentence's end in it: a row of a data table holds no full stop before a space)
_ABSTRACT_ROW = re.compile(rf"\s*\|\s*(?P<label>{_ABSTRACT_WORD}\s*:?)\s*\|\s*(?P<text>[^|]*?\w[^|]*?[.!?]\s[^|]*?\S)"
                           r"\s*(?:\|\s*)*$", re.I)
# the heading of a paper's abstract (which names no subject of its own)
_ABSTRACT_HEADING = re.compile(r"^(?:\d+\.?\s*)?(?:graphical\s+)?(?:abstract|summary|highlights)\s*:?$", re.I)
# A plain-text heading line ("Results", "MgH2–10 wt% Nb2O5 composites"): short, not ended like a
# sentence or in the middle of one, and not starting in lower case.
_PLAIN_HEADING = re.compile(r"[A-Z0-9*][^.!?;:,]{0,78}(?<![.!?;:,])", re.S)
_OPEN_END = re.compile(r"\b(?:and|or|of|with|the|a|an|to|in|into|for|by|at|from|on|than|as|is|are|was|were)$", re.I)


def _plain_headings(text: str, raw: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Heading lines written without '#' (an abstract pasted as plain text, "Results" on a line of its
    own): a short line at the start of a paragraph, followed directly by a prose line that starts a
    sentence, is a heading, so that it is no part of the sentence after it (nor its sample)."""
    out = list(raw)
    for k, (kind, start, end) in enumerate(out):
        if kind != "prose" or k + 1 >= len(out) or out[k + 1][0] != "prose":
            continue
        if k > 0 and out[k - 1][0] not in ("blank", "heading"):
            continue
        line = text[start:end].strip()
        nxt = text[out[k + 1][1]:out[k + 1][2]].lstrip()
        if len(line.split()) <= 10 and _PLAIN_HEADING.fullmatch(line) and not _OPEN_END.search(line) \
                and not _HARD_BREAK.search(text, start, end) \
                and nxt[:1].isupper():
            out[k] = ("heading", start, end)
    return out


def _section_at(sections: list[Section], pos: int) -> str | None:
    current = None
    for s in sections:
        if s.start <= pos:
            current = s.number
        else:
            break
    return current


# A table's lines as papers and their conversions print them: tab-separated cells, a Markdown pipe
# table ('| MgH2 | 6.1 |', its '|---|' line only rules the header off), or an HTML <table> with
# <tr> rows of <th>/<td> cells (one line or several).
_PIPE_ROW = re.compile(r"^\|.*\|$")
_PIPE_RULE = gated(re.compile(r"^\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?\s*)?$"))
_HTML_TABLE_OPEN = re.compile(r"<table\b", re.I)
_HTML_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr\s*>", re.I | re.S)
_HTML_CELL = re.compile(r"<t([hd])\b[^>]*>(.*?)</t\1\s*>", re.I | re.S)


def _table_rows(text: str, start: int, end: int) -> list[tuple[int, int, list[Cell]]]:
    """(start, end, cells) of every row of the table block text[start:end], the header first."""
    if _HTML_TABLE_OPEN.match(text, start):
        return [(r.start() + start, r.end() + start, _html_cells(text, start + r.start(1), r.group(1)))
                for r in _HTML_ROW.finditer(text[start:end])]
    lines = [(start + s, ln) for s, ln in _lines(text[start:end]) if ln.strip()]
    if lines and _PIPE_ROW.match(lines[0][1].strip()):
        return [(s, s + len(ln), _pipe_cells(text, s, ln)) for s, ln in lines if not _PIPE_RULE.match(ln.strip())]
    return [(s, s + len(ln), _cells(text, s, ln)) for s, ln in lines]


def _pipe_cells(text: str, start: int, line: str) -> list[Cell]:
    """'| a | b |': the cells between the bars (an escaped bar '\\|' stays in its cell)."""
    cells = []
    bars = [m.start() for m in re.finditer(r"(?<!\\)\|", line)]
    for a, b in zip(bars, bars[1:]):
        part = line[a + 1:b]
        lead = len(part) - len(part.lstrip())
        s = start + a + 1 + lead
        cells.append(Cell(part.strip(), s, s + len(part.strip())))
    return cells


def _html_cells(text: str, start: int, row: str) -> list[Cell]:
    """A <tr>'s <th>/<td> cells, each with the offsets of its content (its markup, <sub>, kept)."""
    cells = []
    for m in _HTML_CELL.finditer(row):
        inner = m.group(2)
        lead = len(inner) - len(inner.lstrip())
        s = start + m.start(2) + lead
        cells.append(Cell(inner.strip(), s, s + len(inner.strip())))
    return cells


def _cells(text: str, start: int, line: str) -> list[Cell]:
    cells, pos = [], 0
    for part in line.split("\t"):
        lead = len(part) - len(part.lstrip())
        s = start + pos + lead
        cells.append(Cell(part.strip(), s, s + len(part.strip())))
        pos += len(part) + 1
    return cells


def _tables(text: str, blocks: list[Block]) -> list[Table]:
    """A 'Table N.' caption followed (after optional other blocks) by the next table block; then a Markdown
    or HTML table no caption names (a lab's notes, a converter that drops captions), numbered after the
    captioned ones in the order they come. Tab-separated lines without a caption stay unread: in a PDF's
    text they are as often columns of a figure or of the page as a table."""
    tables = []
    used: set[int] = set()
    for i, b in enumerate(blocks):
        m = _TABLE_CAPTION.match(b.text.strip()) if b.kind == "caption" else None
        if not m:
            continue
        body = next((c for c in blocks[i + 1:i + 4] if c.kind == "table" and c.start not in used), None)
        if body is None:
            continue
        table = _table(text, body, int(m.group(1)), m.group(2).strip(), b.section, b.start)
        if table is not None:
            used.add(body.start)
            tables.append(table)
    number = max((t.number for t in tables), default=0)
    for b in blocks:
        first = b.text.strip().split("\n", 1)[0]
        if b.kind == "table" and b.start not in used and (_PIPE_ROW.match(first) or _HTML_TABLE_OPEN.match(first)):
            table = _table(text, b, number + 1, "", b.section, b.start)
            if table is not None:
                number += 1
                tables.append(table)
    return sorted(tables, key=lambda t: t.start)


def _table(text: str, body: Block, number: int, title: str, section: str | None, start: int) -> Table | None:
    found = _table_rows(text, body.start, body.end)
    if not found:
        return None
    rows = [Row(cells, s, e, k) for k, (s, e, cells) in enumerate(found[1:], start=1)]
    return Table(number, title, found[0][2], rows, section, start, body.end)


# ------------------------------------------------------------------------------ references
def _reference(key: str, body: str, source_id: str, parts: int = 0) -> Reference:
    return Reference(key=key, source_id=source_id, parts=parts, **citation_fields(body))


def parse_references(blocks: list[Block], source_id: str) -> list[Reference]:
    """'- [21] a) …; b) …' → Reference 21 (whole entry) and 21a, 21b (its parts)."""
    out = []
    for b in blocks:
        m = _REF_LINE.match(b.text.strip()) if b.kind == "references" else None
        if not m:
            continue
        key, body = m.group(1), m.group(2)
        parts = list(re.finditer(r"(?:^|;\s*)([a-z])\)\s", body))
        whole = body[parts[0].end():parts[1].start() if len(parts) > 1 else len(body)] if parts else body
        out.append(_reference(key, whole, source_id, parts=len(parts)))
        for n, p in enumerate(parts):
            end = parts[n + 1].start() if n + 1 < len(parts) else len(body)
            out.append(_reference(key + p.group(1), body[p.end():end], source_id))
    return out


def references(doc: Document, source_id: str) -> list[Reference]:
    """The reference list as Reference objects of the citing source ``source_id``."""
    return [r.model_copy(update={"source_id": source_id}) for r in doc.references.values()]
