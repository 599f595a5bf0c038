"""``hkg doctor [--repair]``: check a graph store; rebuild a damaged embedded store.

    hkg doctor                 open the store (replaying an interrupted write's log), count what must
                               be there; exit 0 when healthy, 1 with each problem named
    hkg doctor --repair        rebuild the embedded store from the lab entries and the literature
                               snapshot, keeping the damaged files beside it (graph.lbdb.damaged-…)
"""
from __future__ import annotations

from pathlib import Path

from .common import CliError, add_store_args, print_json


def register(sub) -> None:
    p = sub.add_parser("doctor", help="check a store (opens it, recovery, integrity counts); --repair rebuilds it")
    add_store_args(p)
    p.add_argument("--repair", action="store_true",
                   help="rebuild the embedded store from the lab entries and the literature snapshot "
                        "(the damaged files are kept as graph.lbdb.damaged-TIME)")
    p.add_argument("--snapshot-dir", default=None, help="folder of *.batch.json snapshots (default: the shipped one)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=cmd_doctor)


def _snapshots(args):
    from kg.literature import load_snapshots
    from kg.settings import SNAPSHOT_DIR

    folder = Path(args.snapshot_dir or SNAPSHOT_DIR)
    if not folder.is_dir():
        raise CliError(f"snapshot folder '{folder}' does not exist; pass --snapshot-dir")
    return [(path.name, batch) for path, batch in load_snapshots(folder)]


def _check(args, repo, snapshot_sources):
    from kg import doctor
    from kg.store import StoreError, open_store

    replayed = _kind(args) == "ladybug" and doctor.wal_pending(_data_dir(args))
    if _kind(args) == "ladybug" and not (_data_dir(args) / "graph.lbdb").exists():
        report = doctor.Report()
        report.add(False, "the store opens", f"no store in '{_data_dir(args)}'; 'hkg build' makes one")
        return report
    try:
        store = open_store(args.store, data_dir=args.data_dir, read_only=True)
    except StoreError as exc:
        report = doctor.Report()
        report.add(False, "the store opens", str(exc))
        return report
    with store:
        report = doctor.check(store, repo, snapshot_sources, replayed=replayed)
    if replayed and report.findings[0].ok and doctor.wal_pending(_data_dir(args)):
        report.findings[0].detail = ""    # the log is still there: nothing was replayed
    return report


def _data_dir(args) -> Path:
    from kg.settings import get_settings

    return Path(args.data_dir or get_settings().data_dir)


def _show(args, report, extra: dict | None = None) -> None:
    if args.json:
        print_json({**report.to_dict(), **(extra or {})})
        return
    for f in report.findings:
        print(str(f))


def cmd_doctor(args) -> int:
    from kg import doctor
    from kg.entries import EntryRepository

    repo = EntryRepository(_data_dir(args))
    snapshots = _snapshots(args)
    sources = {s.id for _, b in snapshots for s in b.sources}
    report = _check(args, repo, sources)
    if not args.repair:
        _show(args, report)
        if not report.healthy and not args.json:
            print("fix: 'hkg doctor --repair' rebuilds the store from the lab entries and the snapshot"
                  if _kind(args) == "ladybug" else
                  "fix: 'hkg build' then 'hkg entry sync' reload the literature and the lab entries")
        return 0 if report.healthy else 1
    if _kind(args) != "ladybug":
        raise CliError("--repair rebuilds the embedded store only; for Neo4j run 'hkg build' and "
                       "'hkg entry sync' (or restore a backup with 'hkg restore')")
    if not args.json:
        for f in report.findings:
            print(str(f))
        print("rebuilding from the lab entries and the literature snapshot …")
    done = doctor.rebuild(_data_dir(args), snapshots, repo)
    after = _check(args, repo, sources)
    if args.json:
        _show(args, after, {"rebuilt": done})
    else:
        print(f"rebuilt: {', '.join(done['literature']) or 'no snapshot'} + {done['entries']} lab entr"
              f"{'y' if done['entries'] == 1 else 'ies'}")
        for s in done["skipped"]:
            print(f"  not loaded: {s}")
        for k in done.get("kept", []):
            print(f"  the old file is kept as {k} (delete it once the store is right)")
        texts = sorted((_data_dir(args) / "texts").glob("*"))
        if texts:
            print(f"  {len(texts)} paper(s) added on the Sources page are in texts/: load them again with "
                  "'hkg ingest review FILE'")
        for f in after.findings:
            print(str(f))
    return 0 if after.healthy else 1


def _kind(args) -> str:
    from kg.settings import get_settings

    return args.store or get_settings().store
