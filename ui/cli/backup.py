"""`hkg backup DIR` / `hkg restore DIR`: the whole graph as JSON Lines, and back (either store).

A backup is ``graph.jsonl`` (one ``dump()`` record per line: nodes, then relationships) and
``manifest.json``: the store, the time, the record counts per label and relationship type, and for
every part its size, line count and sha256; the manifest carries the sha256 of its own content, so an
edited manifest is recognised too.  The manifest is written last: a backup cut short has none.

Restoring proves the backup first — the manifest is intact, every part has its size and hash, the
records parse and their counts are the manifest's — and only then opens the store and upserts every
record in one transaction.  A backup cut at a line boundary, a changed byte or an edited manifest
restores nothing and says why; a restore into an empty store gives an identical graph.
"""
from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

from .common import CliError, add_store_args, open_store_from_args, print_json

GRAPH_FILE = "graph.jsonl"
MANIFEST_FILE = "manifest.json"
FORMAT = "hydridekg-backup"
VERSION = 2


def register(sub) -> None:
    p = sub.add_parser("backup", help="write the whole graph to DIR (JSON Lines + manifest with checksums)")
    add_store_args(p)
    p.add_argument("dir", help="backup folder (created; must not already hold a backup unless --force)")
    p.add_argument("--force", action="store_true", help="overwrite a backup already in DIR")
    p.set_defaults(func=cmd_backup)
    r = sub.add_parser("restore", help="check a backup written by 'hkg backup', then load it into the store")
    add_store_args(r)
    r.add_argument("dir", help="backup folder")
    r.set_defaults(func=cmd_restore)


def _manifest_digest(manifest: dict) -> str:
    body = {k: v for k, v in manifest.items() if k != "manifest_sha256"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def write_backup(store, folder: Path, *, force: bool = False) -> dict:
    created = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / GRAPH_FILE
    if (target.exists() or (folder / MANIFEST_FILE).exists()) and not force:
        raise CliError(f"'{folder}' already holds a backup; choose another folder or pass --force")
    counts: dict[str, int] = {}
    tmp = target.with_suffix(".jsonl.part")
    digest, size, lines = hashlib.sha256(), 0, 0
    try:
        with tmp.open("wb") as fh:
            for rec in store.dump():
                line = (json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
                fh.write(line)
                digest.update(line)
                size += len(line)
                lines += 1
                key = rec.get("label") or rec.get("rel")
                counts[key] = counts.get(key, 0) + 1
        manifest = {"format": FORMAT, "version": VERSION, "store": store.backend,
                    "created": datetime.now(UTC).isoformat(),
                    "records": sum(counts.values()), "counts": counts,
                    "parts": {GRAPH_FILE: {"bytes": size, "lines": lines, "sha256": digest.hexdigest()}}}
        manifest["manifest_sha256"] = _manifest_digest(manifest)
        (folder / MANIFEST_FILE).unlink(missing_ok=True)   # --force: no old manifest beside new data
        tmp.replace(target)  # a half-written backup never looks like a finished one
        mtmp = folder / (MANIFEST_FILE + ".part")
        mtmp.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        mtmp.replace(folder / MANIFEST_FILE)              # last: a backup without it is incomplete
    except BaseException:
        tmp.unlink(missing_ok=True)
        (folder / (MANIFEST_FILE + ".part")).unlink(missing_ok=True)
        if created:
            try:
                folder.rmdir()
            except OSError:
                pass
        raise
    return manifest


class BackupDamaged(CliError):
    """The backup does not prove itself; nothing was restored."""

    def __init__(self, folder: Path, why: str):
        super().__init__(f"the backup in '{folder}' is damaged or incomplete: {why}; nothing was restored")


def read_manifest(folder: Path) -> dict:
    from ingest.entries.bounded_json import loads

    path = folder / MANIFEST_FILE
    if not (folder / GRAPH_FILE).is_file():
        raise CliError(f"'{folder}' holds no backup ({GRAPH_FILE} missing); give a folder written by 'hkg backup'")
    if not path.is_file():
        raise BackupDamaged(folder, f"{MANIFEST_FILE} is missing (it is written last, so the backup was cut short)")
    try:
        manifest = loads(path.read_bytes(), what=MANIFEST_FILE, max_bytes=1024 ** 2)
    except ValueError as exc:
        raise BackupDamaged(folder, f"{MANIFEST_FILE} is not valid JSON ({exc})") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("counts"), dict):
        raise BackupDamaged(folder, f"{MANIFEST_FILE} has no record counts")
    if "manifest_sha256" in manifest or "parts" in manifest:
        if manifest.get("manifest_sha256") != _manifest_digest(manifest):
            raise BackupDamaged(folder, f"{MANIFEST_FILE} was edited after the backup was written (its own "
                                        "sha256 does not match its content)")
        if not isinstance(manifest.get("parts"), dict) or GRAPH_FILE not in manifest["parts"]:
            raise BackupDamaged(folder, f"{MANIFEST_FILE} lists no {GRAPH_FILE}")
    return manifest


def _check_parts(folder: Path, manifest: dict) -> None:
    """Every part the manifest lists has its size and sha256 (before a line of it is parsed)."""
    for name, want in (manifest.get("parts") or {}).items():
        path = folder / Path(name).name
        if not path.is_file():
            raise BackupDamaged(folder, f"part {name} is missing")
        h, size = hashlib.sha256(), 0
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
                size += len(chunk)
        if size != want.get("bytes"):
            raise BackupDamaged(folder, f"{name} is {size:,} bytes, the manifest says {want.get('bytes'):,} "
                                        "(cut short or changed)")
        if h.hexdigest() != want.get("sha256"):
            raise BackupDamaged(folder, f"{name} does not have the sha256 the manifest records (changed)")


def read_backup(folder: Path) -> list[dict]:
    """The backup's records, after the manifest, the parts' sizes and hashes and the record counts
    all check out; ``BackupDamaged`` otherwise (before the store is touched)."""
    from ingest.entries.bounded_json import loads

    manifest = read_manifest(folder)
    _check_parts(folder, manifest)
    path = folder / GRAPH_FILE
    records, counts = [], {}
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = loads(line, what=f"{GRAPH_FILE} line {n}")
            except ValueError as exc:
                raise BackupDamaged(folder, f"{path.name}:{n} is not valid JSON ({exc})") from None
            if not isinstance(rec, dict):
                raise BackupDamaged(folder, f"{path.name}:{n} is not a record")
            key = rec.get("label") or rec.get("rel")
            counts[key] = counts.get(key, 0) + 1
            records.append(rec)
    want = {str(k): v for k, v in manifest["counts"].items()}
    if counts != want or len(records) != manifest.get("records", len(records)):
        diff = sorted(k for k in {*counts, *want} if counts.get(k, 0) != want.get(k, 0))
        shown = ", ".join(f"{k}: {counts.get(k, 0)} of {want.get(k, 0)}" for k in diff[:6])
        raise BackupDamaged(folder, f"{GRAPH_FILE} holds {len(records):,} records, the manifest "
                                    f"{manifest.get('records', sum(want.values())):,} ({shown})")
    return records


def cmd_backup(args) -> int:
    with open_store_from_args(args, read_only=True, literature=False) as store:
        manifest = write_backup(store, Path(args.dir), force=args.force)
    print_json(manifest)
    return 0


def cmd_restore(args) -> int:
    records = read_backup(Path(args.dir))  # proven and read in full first: a damaged backup restores nothing
    with open_store_from_args(args) as store:
        loaded = store.restore(records)
    print_json({"store": store.backend, "restored": loaded})
    return 0
