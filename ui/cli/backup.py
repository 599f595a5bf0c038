"""`hkg backup DIR` / `hkg restore DIR`: the whole graph as JSON Lines, and back (either store).

A backup is ``graph.jsonl`` (one ``dump()`` record per line: nodes, then relationships) and
``manifest.json`` (counts, store, time). Restoring upserts every record in one transaction, so a
restore into an empty store gives an identical graph, and a failed restore changes nothing.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from .common import CliError, add_store_args, open_store_from_args, print_json

GRAPH_FILE = "graph.jsonl"
MANIFEST_FILE = "manifest.json"


def register(sub) -> None:
    p = sub.add_parser("backup", help="write the whole graph to DIR (JSON Lines + manifest)")
    add_store_args(p)
    p.add_argument("dir", help="backup folder (created; must not already hold a backup unless --force)")
    p.add_argument("--force", action="store_true", help="overwrite a backup already in DIR")
    p.set_defaults(func=cmd_backup)
    r = sub.add_parser("restore", help="load a backup written by 'hkg backup' into the store")
    add_store_args(r)
    r.add_argument("dir", help="backup folder")
    r.set_defaults(func=cmd_restore)


def write_backup(store, folder: Path, *, force: bool = False) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / GRAPH_FILE
    if target.exists() and not force:
        raise CliError(f"'{folder}' already holds a backup; choose another folder or pass --force")
    counts: dict[str, int] = {}
    tmp = target.with_suffix(".jsonl.part")
    with tmp.open("w", encoding="utf-8") as fh:
        for rec in store.dump():
            fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
            key = rec.get("label") or rec.get("rel")
            counts[key] = counts.get(key, 0) + 1
    tmp.replace(target)  # a half-written backup never looks like a finished one
    manifest = {"store": store.backend, "created": datetime.now(timezone.utc).isoformat(),
                "records": sum(counts.values()), "counts": counts}
    (folder / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def read_backup(folder: Path):
    path = folder / GRAPH_FILE
    if not path.is_file():
        raise CliError(f"'{folder}' holds no backup ({GRAPH_FILE} missing); give a folder written by 'hkg backup'")
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise CliError(f"{path}:{n} is not valid JSON ({exc.msg}); the backup is damaged") from None


def cmd_backup(args) -> int:
    with open_store_from_args(args, read_only=True, literature=False) as store:
        manifest = write_backup(store, Path(args.dir), force=args.force)
    print_json(manifest)
    return 0


def cmd_restore(args) -> int:
    records = list(read_backup(Path(args.dir)))  # read it all first: a damaged file restores nothing
    with open_store_from_args(args) as store:
        loaded = store.restore(records)
    print_json({"store": store.backend, "restored": loaded})
    return 0
