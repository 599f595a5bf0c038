"""A hydride paper (Markdown or plain text) → GraphBatch: source, references, table and prose facts.

``ingest.document`` gives the structure (sections, blocks, sentences with absolute offsets, tables,
the reference list); ``ingest.tables`` turns table rows into measurements; ``ingest.prose`` reads the
sentences; ``ingest.challenges`` finds the open problems named in outlook sections. Only facts,
figures, offsets and citation keys go into the batch — never the sentences themselves.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ontology.models import GraphBatch, Source, stable_id

from .challenges import challenge_statements
from .prose import extract_sentences

_DOI_LINE = re.compile(r"\bDOI:?\s*(10\.\d{4,9}/[^\s<>\"')]+)", re.I)
_DOI_ANY = re.compile(r"\b(10\.\d{4,9}/[^\s<>\"')]+)")
_TITLE = re.compile(r"^\s*#\s+(.+?)\s*$", re.M)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# Blocks of these kinds are running text; captions are kept apart (they describe figures).
PROSE_KINDS = ("prose", "paragraph", "text")


def _doi(text: str) -> str | None:
    head = text[:30000]  # the DOI line sits after the abstract in converted papers
    m = _DOI_LINE.search(head) or _DOI_ANY.search(head)
    return m.group(1).rstrip(".,;") if m else None


def make_source(text: str, doc=None, source_id: str | None = None) -> Source:
    """The Source of a document: id from the DOI (or the title), title from the first heading."""
    doi = getattr(doc, "doi", None) or _doi(text)
    title = getattr(doc, "title", None)
    if not title:
        m = _TITLE.search(text[:5000])
        title = m.group(1) if m else (text.strip().splitlines() or ["untitled document"])[0][:200]
    sid = source_id or (f"doi:{doi}" if doi else stable_id("src", title))
    return Source(id=sid, kind="publication", title=title, doi=doi, year=_publication_year(text),
                  url=f"https://doi.org/{doi}" if doi else None)


# Journal article footers: "Received: December 19, 2024 … Revised: May 12, 2025 … Published online: …"
_HISTORY = re.compile(r"^\s*\**(Published(?: online)?|Accepted|Revised|Received)\**:?\**[ \t]*([^\n]{0,40})",
                      re.I | re.M)


def _publication_year(text: str) -> int | None:
    """The year of the publication history: published, else the latest of accepted/revised/received."""
    dates = {}
    for m in _HISTORY.finditer(text):
        y = _YEAR.search(m.group(2))
        if y:
            dates.setdefault(m.group(1).split()[0].lower(), []).append(int(y.group(0)))
    for key in ("published", "accepted", "revised", "received"):
        if key in dates:
            return max(dates[key])
    return None


def _prose_sentences(doc) -> list:
    """Sentences of running text (not captions, tables or references), in document order."""
    out = []
    for block in getattr(doc, "blocks", []) or []:
        kind = getattr(block, "kind", "prose")
        if kind not in PROSE_KINDS:
            continue
        out.extend(getattr(block, "sentences", []) or [])
    if not out and hasattr(doc, "sentences"):
        found = doc.sentences() if callable(doc.sentences) else doc.sentences
        out = [s for s in found if getattr(s, "kind", "prose") in PROSE_KINDS]
    return out


def _section_titles(doc) -> dict[str, str]:
    titles = {}
    for sec in getattr(doc, "sections", []) or []:
        number = getattr(sec, "number", None)
        if number:
            titles[number] = getattr(sec, "title", "") or ""
    return titles


def extract_text(text: str, source_id: str | None = None, progress=False) -> GraphBatch:
    """Everything the pipeline reads from one document, as one batch (loaded atomically).

    ``progress``: True for a bar on stderr, or a callable ``(done, total, step)`` (a UI's bar)."""
    steps = ["structure", "references", "tables", "prose", "challenges"]
    bar = _bar(steps, progress)
    parts = _structure_readers()
    doc = parts["parse_document"](text)
    bar.update(1)
    source = make_source(text, doc, source_id)
    batch = GraphBatch(sources=[source])
    if parts["references"]:
        batch.references.extend(parts["references"](doc, source.id))
    bar.update(1)
    if parts["table_facts"]:
        batch.extend(parts["table_facts"](doc, source.id))
    bar.update(1)
    sentences = _prose_sentences(doc)
    measurements, reports = extract_sentences(sentences, source.id)
    batch.measurements.extend(measurements)
    batch.reports.extend(reports)
    bar.update(1)
    batch.challenges.extend(challenge_statements(sentences, _section_titles(doc), source.id))
    bar.update(1)
    bar.close()
    return batch


def _structure_readers() -> dict:
    """ingest.document / references / tables (the structure half of extraction). While a checkout
    lacks them, a minimal reader of sections, paragraphs and sentences keeps prose extraction
    working (no tables, no reference list)."""
    try:
        from .document import parse_document
    except ImportError:
        return {"parse_document": _minimal_document, "references": None, "table_facts": None}
    out = {"parse_document": parse_document, "references": None, "table_facts": None}
    try:
        from .references import references
        out["references"] = references
    except ImportError:
        pass
    try:
        from .tables import table_facts
        out["table_facts"] = table_facts
    except ImportError:
        pass
    return out


def extract_file(path, source_id: str | None = None, progress=False) -> GraphBatch:
    path = Path(path)
    if path.suffix.lower() == ".pdf":          # PDF → Markdown first (ingest.pdf), with pages
        from .paper import extract_paper

        return extract_paper(path, source_id=source_id, progress=progress).batch
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ValueError(f"'{path}' is not UTF-8 text; convert the paper to Markdown or plain text") from None
    return extract_text(text, source_id=source_id, progress=progress)


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


class _CallbackBar:
    """Reports each finished step to ``callback(done, total, next step or 'done')``."""

    def __init__(self, steps: list[str], callback):
        self.steps, self.callback, self.done = steps, callback, 0

    def update(self, n: int = 1) -> None:
        self.done += n
        following = self.steps[self.done] if self.done < len(self.steps) else "done"
        self.callback(self.done, len(self.steps), following)

    def close(self) -> None:
        pass


def _bar(steps: list[str], progress):
    if callable(progress):
        return _CallbackBar(steps, progress)
    if not progress:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=len(steps), desc="extracting", unit="step", file=sys.stderr, leave=False)


# ------------------------------------------------------------------- minimal structure reader
@dataclass
class _Sentence:
    text: str
    start: int
    end: int
    section: str | None
    refs: list[str]
    paragraph: int


@dataclass
class _Block:
    kind: str
    sentences: list


@dataclass
class _Section:
    number: str
    title: str


@dataclass
class _Doc:
    title: str | None = None
    doi: str | None = None
    sections: list = field(default_factory=list)
    blocks: list = field(default_factory=list)


_HEADING = re.compile(r"^#+\s*(?:(\d+(?:\.\d+)*)\.?\s+)?(.*?)\s*$")
_SPLIT = re.compile(r"(?<=[.!?])((?:<sup>\[[^\]]*\]</sup>)?)\s+(?=[A-Z(\[$])")
_ABBREV = re.compile(r"(?:et al|Fig|Figs|ca|e\.g|i\.e|vs|approx|Ref|Eq)\.$")


def _minimal_document(text: str) -> _Doc:
    """Sections from numbered headings, paragraphs (a paragraph cut by a page break continues in
    the next one), sentences with absolute offsets. Captions, tables and the reference list
    (lines starting with '- [') are left out."""
    doc = _Doc()
    section, pos, para = None, 0, 0
    lines: list[tuple[int, str, str | None]] = []
    after_table = False
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        body = line.strip()
        m = _HEADING.match(body) if body.startswith("#") else None
        if m:
            if m.group(1):
                section = m.group(1)
                doc.sections.append(_Section(section, m.group(2)))
            elif doc.title is None:
                doc.title = m.group(2)
            continue
        if not body:
            continue
        if ("\t" in line or body.startswith(("**Figure", "**Table", "- [", "|"))
                or re.match(r"^\[\d+\]", body) or (after_table and len(body) < 120)):
            after_table = "\t" in line or (after_table and len(body) < 120)  # a table's footnotes
            continue
        after_table = False
        lines.append((start + len(line) - len(line.lstrip()), body, section))
    i = 0
    while i < len(lines):
        start, body, sec = lines[i]
        spans = [(start, body)]
        # a paragraph broken by a page break: no sentence end, next piece starts lower-case
        while (i + 1 < len(lines) and not re.search(r"[.!?:](?:<sup>[^<]*</sup>)?\s*$", spans[-1][1])
               and (lines[i + 1][1][:1].islower() or lines[i + 1][1][:1].isdigit())):
            i += 1
            spans.append(lines[i][:2])
        para += 1
        doc.blocks.append(_Block("prose", list(_sentences(spans, sec, para))))
        i += 1
    return doc


def _sentences(spans, section, para):
    """Sentences of a paragraph whose pieces (cut by page breaks, tables) are joined by a space;
    a sentence's start/end are the absolute offsets of its first and last character."""
    from .nlp import clean_text

    body, starts = "", []
    for start, piece in spans:
        if body:
            body += " "
        starts.append((len(body), start))
        body += piece

    def absolute(i: int) -> int:
        base, at = max((b, a) for b, a in starts if b <= i)
        return at + (i - base)

    last = 0
    cuts = []
    for m in _SPLIT.finditer(body):
        if _ABBREV.search(body[:m.start()]):
            continue
        cuts.append((last, m.start() + len(m.group(1))))
        last = m.end()
    if body[last:].strip():
        cuts.append((last, len(body)))
    for a, b in cuts:
        text = body[a:b]
        refs = [k for _, ks in clean_text(text).cites for k in ks]
        yield _Sentence(text, absolute(a), absolute(b - 1) + 1, section, refs, para)
