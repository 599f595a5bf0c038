"""`hkg build` (literature graph from the shipped snapshot) and `hkg ingest review` (from text)."""
from __future__ import annotations

import sys
from pathlib import Path

from kg.settings import SNAPSHOT_DIR

from .common import add_store_args, open_store_from_args, print_json

__all__ = ["SNAPSHOT_DIR", "register"]   # SNAPSHOT_DIR: where the installed code reads the snapshot


def register(sub) -> None:
    p = sub.add_parser("build", help="load the ontology and the literature snapshot into the store")
    add_store_args(p)
    p.add_argument("--snapshot-dir", default=None,
                   help=f"folder of *.batch.json snapshots (env HKG_SNAPSHOT_DIR; default {SNAPSHOT_DIR})")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("ingest", help="ingest a document into the graph")
    isub = p.add_subparsers(dest="what", required=True)
    r = isub.add_parser("review", help="extract a hydride paper (Markdown or text) and load its facts")
    add_store_args(r)
    r.add_argument("path", help="Markdown or plain-text file")
    r.add_argument("--source-id", default=None, help="source id (default: from the DOI in the text)")
    r.add_argument("--snapshot", default=None, help="also write the extracted batch as a snapshot JSON")
    r.set_defaults(func=cmd_ingest_review)


def cmd_build(args) -> int:
    from kg.literature import Literature

    with open_store_from_args(args) as store:
        lit = Literature(store, data_dir=args.data_dir)
        loaded = lit.build(args.snapshot_dir and Path(args.snapshot_dir),
                           progress=lambda name: _progress(f"loading {name}"))
        print_json({"store": store.backend, "loaded": loaded, "curation": lit.curation,
                    "stats": store.stats().get("counts", {})})
    return 0


def cmd_ingest_review(args) -> int:
    from ingest.snapshot import write_batch
    from kg.literature import Literature

    path = Path(args.path)
    batch = Literature.facts(path, source_id=args.source_id, progress=True)
    with open_store_from_args(args) as store:
        lit = Literature(store, data_dir=args.data_dir)
        _, report = lit.ingest(path, batch=batch, load_progress=_progress(f"loading {path.name}"))
    if args.snapshot:
        write_batch(batch, Path(args.snapshot))
    print_json({"source": [s.id for s in batch.sources], "loaded": report, "curation": lit.curation})
    return 0


def _progress(desc: str):
    """A tqdm progress callback on stderr: progress(done, total)."""
    from tqdm import tqdm

    bar = {"bar": None}

    def update(done: int, total: int) -> None:
        if bar["bar"] is None:
            bar["bar"] = tqdm(total=total, desc=desc, file=sys.stderr, leave=False, disable=None)
        bar["bar"].n = done
        bar["bar"].refresh()
        if done >= total:
            bar["bar"].close()

    return update
