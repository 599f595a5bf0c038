"""A hydride paper (Markdown or plain text) → GraphBatch: source, references, table and prose facts.

``ingest.document`` gives the structure (sections, blocks, sentences with absolute offsets, tables,
the reference list); ``ingest.tables`` turns table rows into measurements; ``ingest.prose`` reads the
sentences; ``ingest.challenges`` finds the open problems named in outlook sections. Only facts,
figures, offsets and citation keys go into the batch — never the sentences themselves.
"""
from __future__ import annotations

import re
import sys
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
    head = text[:5000]
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
    return Source(id=sid, kind="publication", title=title, doi=doi,
                  url=f"https://doi.org/{doi}" if doi else None)


def _prose_sentences(doc) -> list:
    """Sentences of running text (not captions, tables or references), in document order."""
    out = []
    for block in getattr(doc, "blocks", []) or []:
        kind = getattr(block, "kind", "prose")
        if kind not in PROSE_KINDS:
            continue
        out.extend(getattr(block, "sentences", []) or [])
    if not out and hasattr(doc, "sentences"):
        out = [s for s in doc.sentences if getattr(s, "kind", "prose") in PROSE_KINDS]
    return out


def _section_titles(doc) -> dict[str, str]:
    titles = {}
    for sec in getattr(doc, "sections", []) or []:
        number = getattr(sec, "number", None)
        if number:
            titles[number] = getattr(sec, "title", "") or ""
    return titles


def extract_text(text: str, source_id: str | None = None, progress: bool = False) -> GraphBatch:
    """Everything the pipeline reads from one document, as one batch (loaded atomically)."""
    from .document import parse_document
    from .references import references as read_references
    from .tables import table_facts

    steps = ["structure", "references", "tables", "prose", "challenges"]
    bar = _bar(len(steps), progress)
    doc = parse_document(text)
    bar.update(1)
    source = make_source(text, doc, source_id)
    batch = GraphBatch(sources=[source])
    batch.references.extend(read_references(doc, source.id))
    bar.update(1)
    batch.extend(table_facts(doc, source.id))
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


def extract_file(path, source_id: str | None = None, progress: bool = False) -> GraphBatch:
    path = Path(path)
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


def _bar(total: int, progress: bool):
    if not progress:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, desc="extracting", unit="step", file=sys.stderr, leave=False)
