"""Provenance of a value or claim as a reader wants it: source, section or table and row, reference
keys, and the evidence sentence when the source's text is on this machine.

The graph keeps offsets (``start``/``end``), never a source's sentences; the sentence is cut from
the text found by ``ingest.documents.source_texts`` in the configured folders (HKG_SOURCE_TEXT_DIRS, the data
dir's texts, ``../shared/corpus``). Without the text the record says how to supply it.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ingest.documents.source_texts import evidence as span, source_text, table_row, text_dirs

NO_TEXT = ("source text not on this machine: put it in a folder named by HKG_SOURCE_TEXT_DIRS "
           "(or <data dir>/texts) to see the evidence sentence")


def _dirs(data_dir: str | Path | None = None) -> list[Path]:
    from kg.settings import get_settings

    s = get_settings()
    return text_dirs(data_dir or s.data_dir, s.source_text_dirs)


def place(row: dict[str, Any]) -> str:
    """'Table 1 row 4', '§2.1.1' (table and row first: they locate a value more closely)."""
    table = row.get("tbl") or row.get("table")
    if table:
        return f"{table}" + (f" row {row['row']}" if row.get("row") is not None else "")
    return f"§{row['section']}" if row.get("section") else ""


class EvidenceReader:
    """Attaches provenance to rows; texts are looked up once per source."""

    def __init__(self, data_dir: str | Path | None = None, dirs: list[Path] | None = None) -> None:
        self._dirs = dirs if dirs is not None else _dirs(data_dir)
        self._texts: dict[str, str | None] = {}

    def text(self, source: str | None) -> str | None:
        if not source or str(source).startswith("lab:"):
            return None
        if source not in self._texts:
            found = source_text(source, self._dirs)
            self._texts[source] = found[1] if found else None
        return self._texts[source]

    def record(self, row: dict[str, Any]) -> dict[str, Any]:
        """{source, section, table, row, refs, place, sentence | text_missing} of a measurement or claim."""
        src = row.get("source") or row.get("source_id")
        out = {"source": src, "section": row.get("section"), "table": row.get("tbl") or row.get("table"),
               "row": row.get("row"), "refs": list(row.get("refs") or []), "place": place(row)}
        text = self.text(src)
        if text is None:
            if src and not str(src).startswith("lab:"):
                out["text_missing"] = NO_TEXT
            return out
        sentence = span(text, row.get("start"), row.get("end"), limit=400)
        if out["table"] and row.get("start") is not None:
            cells = table_row(text, row.get("start")) or ""
            out["table_row"] = " | ".join(c.strip() for c in cells.split("\t") if c.strip())
        if sentence:
            out["sentence"] = " ".join(sentence.split())
        return out


def cite(rec: dict[str, Any]) -> str:
    """One line: 'doi:… Table 1 row 4 [refs 45, 46]: "…sentence…"'."""
    bits = [str(rec.get("source") or "?")]
    if rec.get("place"):
        bits.append(rec["place"])
    if rec.get("refs"):
        bits.append("[refs " + ", ".join(str(r) for r in rec["refs"]) + "]")
    line = " ".join(bits)
    if rec.get("table_row"):
        line += f' | row: "{rec["table_row"][:200]}"'
    elif rec.get("sentence"):
        line += f': "{rec["sentence"][:240]}"'
    return line
