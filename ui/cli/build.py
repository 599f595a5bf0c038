"""`hkg build` (literature graph from the shipped snapshot) and `hkg ingest review` (from text)."""
from __future__ import annotations

import sys
from pathlib import Path

from ingest.snapshot import SNAPSHOT_DIR

from .common import CliError, add_store_args, open_store_from_args, print_json


def register(sub) -> None:
    p = sub.add_parser("build", help="load the ontology and the literature snapshot into the store")
    add_store_args(p)
    p.add_argument("--snapshot-dir", default=str(SNAPSHOT_DIR), help="folder of *.batch.json snapshots")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("ingest", help="ingest a document into the graph")
    isub = p.add_subparsers(dest="what", required=True)
    r = isub.add_parser("review", help="extract a hydride paper (Markdown or text) and load its facts")
    add_store_args(r)
    r.add_argument("path", help="Markdown or plain-text file")
    r.add_argument("--source-id", default=None, help="source id (default: from the DOI in the text)")
    r.add_argument("--snapshot", default=None, help="also write the extracted batch as a snapshot JSON")
    r.set_defaults(func=cmd_ingest_review)


def load_snapshots(snapshot_dir: Path):
    from ingest.snapshot import read_batch

    files = sorted(Path(snapshot_dir).glob("*.batch.json"))
    return [(f, read_batch(f)) for f in files]


def cmd_build(args) -> int:
    snapshot_dir = Path(args.snapshot_dir)
    if not snapshot_dir.is_dir():
        raise CliError(f"snapshot folder '{snapshot_dir}' does not exist; pass --snapshot-dir")
    from kg.curation import curated
    from kg.entries import default_data_dir

    data_dir = default_data_dir(args.data_dir)
    with open_store_from_args(args) as store:
        store.ensure_schema()
        store.load_ontology()
        loaded, curation = {}, {}
        for path, batch in load_snapshots(snapshot_dir):
            batch, report = curated(batch, data_dir)       # curators' decisions hold over every build
            curation[path.name] = report.to_dict()
            loaded[path.name] = store.replace_source(batch, progress=_progress(f"loading {path.name}"))
        print_json({"store": store.backend, "loaded": loaded, "curation": curation,
                    "stats": store.stats().get("counts", {})})
    return 0


def cmd_ingest_review(args) -> int:
    from ingest.extract import extract_file
    from ingest.snapshot import write_batch

    path = Path(args.path)
    if not path.is_file():
        raise CliError(f"'{path}' is not a file; give the path of a Markdown or text document")
    from kg.curation import curated, keep_extracted
    from kg.entries import default_data_dir

    batch = extract_file(path, source_id=args.source_id, progress=True)
    data_dir = default_data_dir(args.data_dir)
    keep_extracted(data_dir, batch)                       # what curators' decisions apply to
    loaded_batch, curation = curated(batch, data_dir)
    with open_store_from_args(args) as store:
        store.ensure_schema()
        store.load_ontology()
        report = store.replace_source(loaded_batch, progress=_progress(f"loading {path.name}"))
    if args.snapshot:
        write_batch(batch, Path(args.snapshot))
    print_json({"source": [s.id for s in batch.sources], "loaded": report, "curation": curation.to_dict()})
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
