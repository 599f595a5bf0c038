"""Snapshots: a GraphBatch as JSON, so a fresh machine gets the literature graph without the text.

A snapshot holds facts, figures, offsets and citation keys — never sentences of the source.
"""
from __future__ import annotations

import json
from pathlib import Path

from ontology.models import GraphBatch

from .bibliography import citation_fields

#: The literature snapshot shipped with the code (``hkg build`` loads it).
SNAPSHOT_DIR = Path(__file__).resolve().parents[1] / "data" / "snapshot"


def write_batch(batch: GraphBatch, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    data = batch.model_dump(mode="json", exclude_defaults=True)
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    tmp.replace(path)  # atomic: a reader never sees half a snapshot


def read_batch(path: Path) -> GraphBatch:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"snapshot '{path}' cannot be read: {exc}") from None
    for ref in data.get("references", ()) if isinstance(data, dict) else ():
        # batches written before references were kept as fields carry the entry's text instead
        if isinstance(ref, dict) and "text" in ref:
            fields = citation_fields(str(ref.pop("text")))
            for name, value in fields.items():
                ref.setdefault(name, value)
    # batches written before extraction checked table units against the text get that check here
    # (idempotent: a batch extracted since then has nothing left 10³ off, and is returned as it is)
    from .table_units import reconcile_table_units

    return reconcile_table_units(GraphBatch.model_validate(data))
