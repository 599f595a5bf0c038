"""``hkg eln …``: import and export The ELN Consortium's ``.eln`` archives.

    hkg eln import FILE.eln [--dry-run]     check the archive, map its records onto lab entries, store
    hkg eln export [ID …] --out FILE.eln    write entries (default: all) as an .eln other ELNs import

Import is all or nothing: the archive is checked (``ingest.eln.archive``), every record mapped and
validated, and only when all of them pass is anything stored — a bad record writes nothing.  Every
record becomes an entry; records that name no material system are entries without sample (a lab's
notebook holds more than hydride samples), given one later with ``hkg entry assign-sample``.  The
preview says per entry what became a sample, a measurement or a plain note and why, and which files
were not kept because their bytes do not match the archive's digest.  Re-importing the same archive finds the same entries (stable ids) and stores a
new revision only where the content changed.
"""
from __future__ import annotations

import argparse
import sys

from .common import CliError, add_store_args, print_json


def _read_archive(path: str):
    from ingest.eln.archive import ElnArchiveError, open_eln
    from ingest.eln.crate import read_crate
    from ingest.eln.to_entry import ElnImportError, entry_id_for, link_entries, map_record

    try:
        archive = open_eln(path)
        crate = read_crate(archive)
    except ElnArchiveError as exc:
        raise CliError(str(exc)) from None
    mapped, errors = [], []
    for rec in crate.records:
        try:
            m = map_record(rec, file=path, publisher=crate.publisher)
        except ElnImportError as exc:
            errors.append(str(exc))
            continue
        if not m.own:
            m.document["id"] = entry_id_for(rec, crate.publisher)
        mapped.append(m)
    if errors:
        raise CliError(f"{len(errors)} record(s) cannot be imported, so nothing was written:\n  - "
                       + "\n  - ".join(errors))
    link_entries(mapped, {m.record.id: m.document["id"] for m in mapped})
    return crate, mapped


SAMPLE_MOVED = ("--sample no longer gives every record one system (a protocol would become a sample): "
                "import, then give the entries that need one their sample: "
                "hkg entry assign-sample ID [ID …] --system SYSTEM (the import lists the ids)")


def cmd_import(args) -> int:
    if args.sample:
        raise CliError(SAMPLE_MOVED)
    crate, mapped = _read_archive(args.file)
    return store_mapped(args, mapped, origin=args.file, publisher=crate.publisher, records=len(crate.records))


def store_mapped(args, mapped, *, origin: str, publisher: str, records: int) -> int:
    """Show the plan, then (unless --dry-run) store every mapped entry; shared with ``hkg elabftw pull``.

    Everything was validated before this is called; files go first (content-addressed, harmless),
    then one revision per new or changed entry.  A failure part-way (a concurrent writer) leaves
    whole revisions only, and re-running finds what is stored and converges.
    """
    from .entry import _repo, _to_graph, _user

    entries = [m for m in mapped if m.document is not None]
    plan = []
    repo = None if args.dry_run else _repo(args)
    for m in entries:
        eid = m.document["id"]
        action = "create"
        if repo is not None and repo.exists(eid):
            current = repo.get(eid)
            action = "unchanged" if current.document == {**m.document, "id": eid} else "edit"
        plan.append((m, eid, action))
    notes = sum(1 for m in entries if m.kind == "note")
    refused = [(m, name, why) for m in entries for name, why in m.files_refused]
    if args.json:
        print_json({"publisher": publisher, "records": records,
                    "entries": [{"id": eid, "title": m.document["title"], "record": m.record.id, "action": a,
                                 "kind": m.kind, "samples": [s.get("system") for s in m.document["samples"]],
                                 "explain": [{"what": w, "why": y} for w, y in m.explain],
                                 "files_refused": [{"name": n, "why": y} for n, y in m.files_refused]}
                                for m, eid, a in plan],
                    "without_sample": notes, "files_refused": len(refused)})
    else:
        print(f"{origin}: {records} record(s) from {publisher or 'an unnamed ELN'}: "
              f"{len(entries)} lab entr{'y' if len(entries) == 1 else 'ies'}, {notes} without sample"
              + (f", {len(refused)} file(s) not kept (integrity)" if refused else ""))
        for m, eid, action in plan:
            systems = ", ".join(s.get("system", "") for s in m.document["samples"]) or "without sample"
            print(f"  {action:<9} {eid}  {m.document['title'][:60]}  [{systems}]")
            for what, why in m.explain:
                print(f"      {what}: {why}")
    from kg.entries import EntryStoreError, InvalidEntryError

    # Every entry that would be written is checked against the shapes in one run, before anything is
    # written (files included): one bad record refuses the whole import, naming its entry and field.
    todo = [(eid, m.document) for m, eid, action in plan if action in ("create", "edit")]
    try:
        if repo is not None:
            repo.validate(todo)
        else:
            from kg.entry_shapes import check_documents
            check_documents([(eid, 1, doc) for eid, doc in todo])
    except InvalidEntryError as exc:
        raise CliError(f"{origin}: {exc}") from None
    if args.dry_run:
        print("dry run: nothing written", file=sys.stderr)
        return 0

    revisions = []
    try:
        for m, _, _ in plan:
            for sha, data in m.files.items():
                if repo.put_file(data)[0] != sha:
                    raise CliError(f"{m.record.id}: stored bytes do not hash to {sha}")
        user = _user(args)
        for m, eid, action in plan:
            note = f"imported from {origin} ({publisher}, record {m.record.id})"
            if action == "create":
                revisions.append(repo.create(m.document, author=user, entry_id=eid, comment=note))
            elif action == "edit":
                base = repo.get(eid).revision
                revisions.append(repo.edit(eid, m.document, base=base, author=user, comment=note))
    except EntryStoreError as exc:
        raise CliError(f"{exc}; re-run the import: entries already stored are recognised") from None
    print(f"stored {len(revisions)} revision(s)"
          + (f"; {len(refused)} file(s) not kept because their bytes do not match the archive's metadata: "
             + "; ".join(f"{m.document['id']}: {n}" for m, n, _ in refused) if refused else ""),
          file=sys.stderr if args.json else sys.stdout)
    # Entries of this archive stored by an earlier run whose graph load failed are still pending:
    # load them too, so re-running the same import converges to the full graph.
    ours, fresh = {eid for _, eid, _ in plan}, {r.entry_id for r in revisions}
    revisions += [r for r in repo.pending() if r.entry_id in ours and r.entry_id not in fresh]
    if not revisions:
        return 0
    return _to_graph(args, repo, revisions)


def cmd_export(args) -> int:
    from ingest.eln.export import ElnExportError, ExportItem, write_eln
    from kg.entries import EntryStoreError, revision_summary

    from .entry import _repo

    repo = _repo(args)
    try:
        revs = [repo.get(i) for i in args.ids] if args.ids else repo.list()
        items = [ExportItem(document=r.document, revisions=[
            {k: v for k, v in revision_summary(h).items() if k in ("revision", "action", "author", "time", "deleted")}
            | {"comment": h.comment} for h in repo.history(r.entry_id)]) for r in revs]
        if not items:
            raise CliError("no entries to export")
        out = write_eln(items, args.out, repo.read_file, license=args.license)
    except (EntryStoreError, ElnExportError) as exc:
        raise CliError(str(exc)) from None
    print(f"wrote {out} ({len(items)} entr{'y' if len(items) == 1 else 'ies'})")
    return 0


def register(sub) -> None:
    p = sub.add_parser("eln", help=".eln archives (The ELN Consortium format): import, export")
    es = p.add_subparsers(dest="eln_what", metavar="WHAT", required=True)
    i = es.add_parser("import", help="import an .eln archive's experiments as lab entries (all or nothing)")
    i.add_argument("file", help="the .eln archive (a RO-Crate zip)")
    i.add_argument("--dry-run", action="store_true", help="check and show what would be imported; write nothing")
    i.add_argument("--json", action="store_true", help="print the result as JSON")
    i.add_argument("--sample", metavar="SYSTEM", help=argparse.SUPPRESS)   # moved: see SAMPLE_MOVED
    add_store_args(i)
    i.add_argument("--user", help="who imports (default: $HKG_USER or the login name)")
    i.add_argument("--no-graph", action="store_true", help="store entries only; load later with 'hkg entry sync'")
    i.set_defaults(func=cmd_import)
    e = es.add_parser("export", help="write lab entries as an .eln archive")
    e.add_argument("ids", nargs="*", metavar="ID", help="entry ids (default: every entry not deleted)")
    e.add_argument("--out", required=True, help="the .eln file to write")
    e.add_argument("--license", default=None,
                   help="licence of the exported records: a URL (e.g. https://creativecommons.org/licenses/by/4.0/) "
                        "or a sentence; default: a statement that no licence was chosen")
    add_store_args(e)
    e.set_defaults(func=cmd_export)
