"""One reference-list entry → its bibliographic fields (first authors, journal, year, volume, pages, DOI).

A reference is kept as fields, never as the citing paper's text: the fields are what answers cite, and
they are facts about the cited work. Two layouts are read: the Markdown a PDF-to-Markdown conversion
writes (``A. B. Name, C. Name, *J. Name* **2020**, *12*, 345.``) and the plain text of a PDF reference
list (``A. B. Name, C. Name, J. Name 2020, 12, 345.``); anything else keeps what could be found.
"""
from __future__ import annotations

import re
from typing import Any

from ontology.text_memo import per_document

_DOI = re.compile(r"(?=[1])\b(10\.\d{4,9}/[^\s<>\"']+)")
_BOLD_YEAR = re.compile(r"(?=[*])\*\*((?:19|20)\d\d)\*\*")
_PLAIN_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_ITALIC = re.compile(r"\*([^*\d][^*]{1,80})\*")
# One initial: 'C.', 'Th.', 'S.-i.', 'J.-S.'; a family name follows the last initial.
_INITIAL = re.compile(r"^[A-Z\u00C0-\u017F][a-z]?\.(?:-[A-Za-z][a-z]?\.)*$")
_SUFFIXES = {"Jr.", "Sr."}


@per_document(maxsize=256)   # (an entry's names are read again for each field taken from its head)
def _author(item: str) -> str | None:
    """'C. B. Farias' → 'Farias, C. B.'; None when the item is not a person's name."""
    tokens = item.split()
    if not 2 <= len(tokens) <= 7 or any(map(str.isdigit, item)):
        return None
    if not _INITIAL.match(tokens[0]):
        return None
    last = max(i for i, t in enumerate(tokens) if _INITIAL.match(t) and t not in _SUFFIXES)
    family = " ".join(tokens[last + 1:])
    # 'J. Alloys Compd.', 'J. Phys. Chem. C': an abbreviated journal, not a person
    if not family or not family[0].isalpha() or any(
            t.endswith(".") and t not in _SUFFIXES for t in tokens[last + 1:]):
        return None
    return f"{family}, {' '.join(tokens[:last + 1])}"


_SEPARATOR = re.compile(r",|\s+and\s|\s*&")
_ET_AL = re.compile(r"\s*\bet al\.?$")
_AND = re.compile(r"^and\s+")


def _items(head: str) -> list[tuple[int, int]]:
    """(start, end) of the items between separators (',', ' and ', '&'); a split, not a scan with
    lookahead at every character (a reference list has hundreds of entries)."""
    spans, last = [], 0
    for sep in _SEPARATOR.finditer(head):
        spans.append((last, sep.start()))
        last = sep.end()
    spans.append((last, len(head)))
    return spans


def _authors(head: str) -> tuple[list[str], str]:
    """The names at the start of ``head`` and what follows them (the journal in plain text; a book or
    article title, which is not kept, where the journal is set in italics)."""
    names: list[str] = []
    pos = 0
    for start, end in _items(head):
        item = head[start:end].strip()
        if not item:
            continue
        # (looked for only in an item that says it: the search tries every position of each of the list's names)
        et_al = _ET_AL.search(item) if "et al" in item else None
        if et_al:
            item = item[:et_al.start()]
        name = _author(_AND.sub("", item)) if item else None
        if name is None and not et_al:
            break
        if name:
            names.append(name)
        pos = end
        if et_al:
            break
    return names, head[pos:].strip(" ,;")


def _volume_pages(tail: str) -> tuple[str | None, str | None]:
    """', *15*, 311.' → ('15', '311')."""
    numbers = re.findall(r"[A-Za-z]?\d+(?:\s*[-–]\s*\d+)?[A-Za-z]?", tail.replace("*", ""))
    if len(numbers) >= 2:
        return numbers[0], numbers[1].replace(" ", "")
    return None, numbers[0] if numbers else None


def citation_fields(body: str) -> dict[str, Any]:
    """The fields of one reference entry; keys absent from the text are None (authors: []).

    Only the first two authors are kept (what a short citation prints) and the rest counted: the whole
    list would be the citing paper's reference section over again."""
    body = body.strip()
    doi_match = _DOI.search(body)
    doi = doi_match.group(1).rstrip(".,;>)") if doi_match else None
    text = _DOI.sub("", body).strip(" .;,")
    year_match = _BOLD_YEAR.search(text) or _PLAIN_YEAR.search(text)
    italic = _ITALIC.search(text)
    if italic and (year_match is None or italic.start() < year_match.start()):
        head, journal = text[:italic.start()], italic.group(1).strip()
    else:
        head, journal = text[:year_match.start()] if year_match else text, None
    authors, rest = _authors(head.replace("*", ""))
    if journal is None and rest:
        journal = rest.strip(" ,;") or None
    volume, pages = _volume_pages(text[year_match.end():]) if year_match else (None, None)
    return {"authors": authors[:2], "author_count": len(authors), "journal": journal,
            "year": int(year_match.group(1)) if year_match else None,
            "volume": volume, "pages": pages, "doi": doi}

