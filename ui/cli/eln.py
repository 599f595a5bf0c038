"""``hkg eln …``: import and export The ELN Consortium's ``.eln`` archives.

    hkg eln import FILE.eln [--dry-run]     check the archive, map its records onto lab entries, store
    hkg eln export [ID …] --out FILE.eln    write entries (default: all) as an .eln other ELNs import

Import is all or nothing: the archive is checked (``ingest.eln.archive``), every record mapped and
validated, and only when all of them pass is anything stored — a bad record writes nothing.  Every
record becomes an entry; records that name no material system are entries without sample (a lab's
notebook holds more than hydride samples), given one later with ``hkg entry assign-sample``.  The
preview says per entry what became a sample, a measurement or a plain note and why, and which files
were not kept because their bytes do not match the archive's digest.  Re-importing the same archive
finds the same entries (stable ids) and stores a new revision only where the content changed.
"""
from __future__ import annotations

import argparse
import sys

from .common import add_store_args, print_json
from .entry import author, notebook, report_saved


def cmd_import(args) -> int:
    nb = notebook(args)
    plan = nb.plan_eln(args.file, default_system=args.sample)
    return store_plan(args, nb, plan)


def store_plan(args, nb, plan) -> int:
    """Show the plan, then (unless --dry-run) store it; shared with ``hkg elabftw pull``."""
    show_plan(plan, as_json=args.json)
    if args.dry_run:
        print("dry run: nothing written", file=sys.stderr)
        return 0
    saved = nb.store_plan(plan, author=author(args))
    fresh = [r for r in saved.revisions if r.entry_id in {p.entry_id for p in plan.entries if p.action != "unchanged"}]
    refused = plan.files_refused
    print(f"stored {len(fresh)} revision(s)"
          + (f"; {len(refused)} file(s) not kept because their bytes do not match the archive's metadata "
             "or the archive lacks them: " + "; ".join(f"{eid}: {name} ({why})" for eid, name, why in refused)
             if refused else ""),
          file=sys.stderr if args.json else sys.stdout)
    if not saved.revisions:
        return 0
    return report_saved(saved, no_graph=args.no_graph)


def show_plan(plan, *, as_json: bool) -> None:
    if as_json:
        print_json(plan.to_dict())
        return
    n, refused = len(plan.entries), plan.files_refused
    print(f"{plan.origin}: {plan.records} record(s) from {plan.publisher or 'an unnamed ELN'}: "
          f"{n} lab entr{'y' if n == 1 else 'ies'}, {plan.without_sample} without sample"
          + (f", {len(refused)} file(s) not kept (integrity)" if refused else "")
          + (f", {len(plan.skipped)} skipped" if plan.skipped else ""))
    for w in plan.warnings:
        print(f"  warning: {w}")
    for p in plan.entries:
        systems = ", ".join(s.get("system", "") for s in p.document["samples"]) or "without sample"
        print(f"  {p.action:<9} {p.entry_id}  {p.document['title'][:60]}  [{systems}]")
        for what, why in p.explain:
            print(f"      {what}: {why}")
    for sk in plan.skipped:
        print(f"  skipped   {sk['name'][:60]}: {sk['reason']}")


def cmd_export(args) -> int:
    out, n = notebook(args).export_eln(args.ids, args.out, license=args.license)
    print(f"wrote {out} ({n} entr{'y' if n == 1 else 'ies'})")
    return 0


def register(sub) -> None:
    p = sub.add_parser("eln", help=".eln archives (The ELN Consortium format): import, export")
    es = p.add_subparsers(dest="eln_what", metavar="WHAT", required=True)
    i = es.add_parser("import", help="import an .eln archive's experiments as lab entries (all or nothing)")
    i.add_argument("file", help="the .eln archive (a RO-Crate zip)")
    i.add_argument("--dry-run", action="store_true", help="check and show what would be imported; write nothing")
    i.add_argument("--json", action="store_true", help="print the result as JSON")
    i.add_argument("--sample", metavar="SYSTEM", help=argparse.SUPPRESS)   # moved: see kg.notebook.SAMPLE_MOVED
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
