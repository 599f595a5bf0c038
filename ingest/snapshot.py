"""Snapshots: a GraphBatch as JSON, so a fresh machine gets the literature graph without the text.

A snapshot holds facts, figures, offsets and citation keys — never sentences of the source. A source with a DOI
is identified by it alone: its title is bibliographic metadata (the live pipeline reads it from the text, the
DOI resolves to it), which a snapshot does not repeat.
"""
from __future__ import annotations

import json
from pathlib import Path

from ingest.documents.bibliography import citation_fields
from ontology.models import GraphBatch

#: The literature snapshot shipped with the code (``hkg build`` loads it).
SNAPSHOT_DIR = Path(__file__).resolve().parents[1] / "data" / "snapshot"


def write_batch(batch: GraphBatch, path: Path, *, titles: bool = False) -> None:
    """``batch`` as JSON at ``path``; ``titles``: keep the titles of sources with a DOI too (a machine's own kept
    extractions, which stand for the text they were read from), not only of those without one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    data = batch.model_dump(mode="json", exclude_defaults=True)
    for source in data.get("sources", ()) if not titles else ():
        if source.get("doi"):
            source.pop("title", None)
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    tmp.replace(path)  # atomic: a reader never sees half a snapshot


def read_batch(path: Path) -> GraphBatch:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"snapshot '{path}' cannot be read: {exc}") from None
    for source in data.get("sources", ()) if isinstance(data, dict) else ():
        if isinstance(source, dict) and "title" not in source:
            # (a source written by its DOI alone is shown by it; snapshots written before keep their titles)
            source["title"] = source.get("doi") or source.get("id", "")
    for ref in data.get("references", ()) if isinstance(data, dict) else ():
        # batches written before references were kept as fields carry the entry's text instead
        if isinstance(ref, dict) and "text" in ref:
            fields = citation_fields(str(ref.pop("text")))
            for name, value in fields.items():
                ref.setdefault(name, value)
    # batches written before extraction checked table units against the text get that check here
    # (idempotent: a batch extracted since then has nothing left 10³ off, and is returned as it is)
    from ingest.extraction.tables.table_units import reconcile_table_units

    return reconcile_table_units(GraphBatch.model_validate(data))
