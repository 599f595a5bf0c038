"""Checking a graph store, and rebuilding a damaged embedded store from what it was built from.

``check(store, repo)`` opens the store (an embedded store replays the log of an interrupted write
on opening: its recovery), then counts what must be there: the ontology's terms, the literature
snapshot's sources, every lab entry's source, and measurements attached to their systems.

``rebuild(data_dir, batches, repo)`` builds a new embedded store in a side folder from the ontology,
the literature snapshot(s) and the latest revision of every lab entry, and only when that succeeded
swaps it in; the damaged database files are kept next to it (``graph.lbdb.damaged-<time>``), never
deleted.  The lab entries (files under ``entries/``) are the lab's record; the graph is derived.
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .settings import get_settings
from .store import Progress, StoreError

if TYPE_CHECKING:
    from ontology.models import GraphBatch

    from .entries import EntryRepository
    from .store import GraphStore


@dataclass
class Finding:
    ok: bool
    what: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{'ok     ' if self.ok else 'PROBLEM'}  {self.what}" + (f": {self.detail}" if self.detail else "")


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    counts: dict[str, Any] = field(default_factory=dict)

    @property
    def healthy(self) -> bool:
        return all(f.ok for f in self.findings)

    def add(self, ok: bool, what: str, detail: str = "") -> None:
        self.findings.append(Finding(ok, what, detail))

    def to_dict(self) -> dict[str, Any]:
        return {"healthy": self.healthy, "counts": self.counts,
                "findings": [{"ok": f.ok, "what": f.what, "detail": f.detail} for f in self.findings]}


_LINKED_MEASUREMENTS = "MATCH (m:Measurement)-[:OF_SYSTEM]->(:System) RETURN count(DISTINCT m) AS n"
_LAB_SOURCES = "MATCH (s:Source) WHERE s.kind = 'lab_entry' RETURN s.id AS id"


def wal_pending(data_dir: Path) -> bool:
    from .ladybug_store import DB_NAME

    wal = Path(data_dir) / (DB_NAME + ".wal")
    return wal.is_file() and wal.stat().st_size > 0


def check(store: GraphStore, repo: EntryRepository | None = None, snapshot_sources: set[str] | None = None, *,
          replayed: bool = False) -> Report:
    """Open and count; every problem is a finding (nothing raises for a damaged store)."""
    report = Report()
    try:
        stats = store.stats()
    except StoreError as exc:
        report.add(False, "the store opens", str(exc))
        return report
    report.add(True, "the store opens", "the log of an interrupted write was replayed" if replayed else "")
    counts = stats.get("counts", {})
    report.counts = counts
    report.add(counts.get("Property", 0) > 0, "the ontology is loaded",
               f"{counts.get('Property', 0)} properties" if counts.get("Property") else "no Property terms: "
               "the build did not finish")
    have = {s["id"] for s in stats.get("sources", [])}
    if snapshot_sources is not None:
        missing = sorted(snapshot_sources - have)
        report.add(not missing, "the literature snapshot is loaded",
                   f"missing source(s): {', '.join(missing)}" if missing else f"{len(snapshot_sources)} source(s)")
    try:
        linked = int(store.query(_LINKED_MEASUREMENTS)[0]["n"])
        total = counts.get("Measurement", 0)
        report.add(linked == total, "every measurement belongs to a system",
                   f"{total - linked} of {total} have none" if linked != total else f"{total} measurements")
        if repo is not None:
            lab = {r["id"] for r in store.query(_LAB_SOURCES)}
            wanted = {f"lab:{r.entry_id}" for r in repo.list()}
            absent = sorted(wanted - lab)
            report.add(not absent, "every lab entry is in the graph",
                       (f"{len(absent)} missing ({', '.join(absent[:5])}{' …' if len(absent) > 5 else ''}); "
                        "'hkg entry sync' loads them") if absent else f"{len(wanted)} entries")
    except StoreError as exc:
        report.add(False, "the store answers queries", str(exc))
    return report


def rebuild(data_dir: Path, batches: Iterable[tuple[str, GraphBatch]], repo: EntryRepository,
            progress: Progress | None = None) -> dict[str, Any]:
    """A new embedded store from ``batches`` (the literature) and ``repo``'s latest revisions, swapped
    in for the damaged one. Returns what was loaded and where the old files were kept."""
    from filelock import FileLock

    from ingest.entries.entry import EntryValidationError, entry_to_batch, load_entry
    from ontology.models import GraphBatch

    from .ladybug_store import DB_NAME, LOCK_NAME, LadybugStore

    data_dir = Path(data_dir)
    side = data_dir / f".rebuild-{os.getpid()}"
    shutil.rmtree(side, ignore_errors=True)
    loaded: dict[str, Any] = {"literature": [], "entries": 0, "skipped": []}
    revisions = []
    try:
        with LadybugStore(side) as new:
            new.load_ontology()
            for name, batch in batches:
                new.load(batch)
                loaded["literature"].append(name)
            lab = GraphBatch()
            for rev in repo.list():
                try:
                    entry = load_entry(rev.document, where=f"entry {rev.entry_id} r{rev.revision}")
                except EntryValidationError as exc:   # no longer valid against the ontology: say so
                    loaded["skipped"].append(f"{rev.entry_id}: {exc}")
                    continue
                lab.extend(entry_to_batch(entry, rev.revision, created=datetime.fromisoformat(rev.time)))
                revisions.append(rev)
            if revisions:
                new.load(lab)                  # one transaction for every entry
            loaded["entries"] = len(revisions)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        kept = []
        with FileLock(str(data_dir / LOCK_NAME), timeout=get_settings().lock_timeout):
            for old in sorted(data_dir.glob(DB_NAME + "*")):
                if ".damaged-" in old.name:
                    continue
                target = old.with_name(f"{old.name}.damaged-{stamp}")
                old.rename(target)
                kept.append(str(target))
            for part in sorted(side.glob(DB_NAME + "*")):
                part.rename(data_dir / part.name)
        loaded["kept"] = kept
    finally:
        shutil.rmtree(side, ignore_errors=True)
    for rev in revisions:
        repo.mark_loaded(rev.entry_id, rev.revision)
    return loaded
