"""`hkg build`: the literature graph from the shipped snapshot (`hkg ingest` is in ``ingest.py``)."""
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


def cmd_build(args) -> int:
    from kg.literature import Literature

    with open_store_from_args(args) as store:
        lit = Literature(store, data_dir=args.data_dir)
        loaded = lit.build(args.snapshot_dir and Path(args.snapshot_dir),
                           progress=lambda name: _progress(f"loading {name}"))
        print_json({"store": store.backend, "loaded": loaded, "curation": lit.curation,
                    "stats": store.stats().get("counts", {})})
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
