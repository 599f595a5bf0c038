"""`hkg build`: the literature graph from the shipped snapshot (`hkg ingest` is in ``ingest.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

from .common import CliError, add_store_args, open_store_from_args, print_json

SNAPSHOT_DIR = Path(__file__).resolve().parents[2] / "data" / "snapshot"


def register(sub) -> None:
    p = sub.add_parser("build", help="load the ontology and the literature snapshot into the store")
    add_store_args(p)
    p.add_argument("--snapshot-dir", default=str(SNAPSHOT_DIR), help="folder of *.batch.json snapshots")
    p.set_defaults(func=cmd_build)


def load_snapshots(snapshot_dir: Path):
    from ingest.snapshot import read_batch

    files = sorted(Path(snapshot_dir).glob("*.batch.json"))
    return [(f, read_batch(f)) for f in files]


def cmd_build(args) -> int:
    snapshot_dir = Path(args.snapshot_dir)
    if not snapshot_dir.is_dir():
        raise CliError(f"snapshot folder '{snapshot_dir}' does not exist; pass --snapshot-dir")
    with open_store_from_args(args) as store:
        store.ensure_schema()
        store.load_ontology()
        loaded = {}
        for path, batch in load_snapshots(snapshot_dir):
            loaded[path.name] = store.load(batch, progress=_progress(f"loading {path.name}"))
        print_json({"store": store.backend, "loaded": loaded, "stats": store.stats().get("counts", {})})
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
