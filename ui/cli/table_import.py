"""``hkg import table FILE.csv|tsv|xlsx``: spreadsheets with one row per measurement → lab entries.

    hkg import table lab.xlsx --preview                      mapping, first rows, problems; writes nothing
    hkg import table lab.csv --mapping 'Compound=system' --mapping 'Tonset (C)=value:onset_dehydrogenation_temperature'

Every entry of the file is validated before any is stored.  Entry ids are derived from the file's
content and the entry key, so re-running an interrupted import stores only what is missing and
never duplicates (the same file gives the same ids).
"""
from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

from .common import CliError, add_store_args, group


def _parse_mapping(items: list[str] | None) -> dict[str, str]:
    out = {}
    for item in items or []:
        col, sep, fld = item.rpartition("=")
        if not sep or not col.strip() or not fld.strip():
            raise CliError(f"--mapping '{item}': write it as 'COLUMN=FIELD'")
        out[col.strip()] = fld.strip()
    return out


def cmd_table(args) -> int:
    from ingest.tabular import TableError, build_entries, plan_mapping, preview, read_table

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"no file '{path}'")
    try:
        table = read_table(path, sheet=args.sheet)
        mapping = plan_mapping(table, _parse_mapping(args.mapping))
    except TableError as exc:
        raise CliError(str(exc)) from None
    plan = build_entries(table, mapping, author=args.author, title=args.title)
    if args.preview:
        print(preview(plan, rows=args.rows))
        return 1 if plan.issues else 0
    if plan.issues:
        raise CliError(f"nothing imported; {len(plan.issues)} problem(s):\n" +
                       "\n".join(f"  - {i}" for i in plan.issues))
    return _store(args, path, plan)


def _store(args, path: Path, plan) -> int:
    from kg.entries import ConflictError, EntryRepository, InvalidEntryError, default_data_dir

    from .entry import _to_graph, _user

    repo = EntryRepository(default_data_dir(args.data_dir))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:10]
    ids = []
    for k, entry in enumerate(plan.entries):
        key = re.sub(r"[^a-z0-9]+", "-", (entry.title or str(k)).lower()).strip("-")[:30] or str(k)
        ids.append(f"tbl-{digest}-{k}-{key}")
    # All new entries against the shapes in one run before any is stored: a bad one refuses the import.
    try:
        repo.validate([(eid, e.document()) for eid, e in zip(ids, plan.entries) if not repo.exists(eid)])
    except InvalidEntryError as exc:
        raise CliError(f"{path.name}: {exc}") from None
    written, skipped = [], 0
    for entry_id, entry in zip(ids, plan.entries):
        try:
            written.append(repo.create(entry.document(), author=_user(args), entry_id=entry_id,
                                       comment=f"imported from {path.name}"))
        except ConflictError:  # imported before (same file): nothing to add
            skipped += 1
    print(f"{path.name}: {len(written)} entr{'y' if len(written) == 1 else 'ies'} stored"
          + (f", {skipped} already imported" if skipped else ""))
    for rev in written:
        print(f"  {rev.entry_id} r{rev.revision}")
    for e in plan.entries:
        for flag in e.flags:
            print(f"  warning: {flag}", file=sys.stderr)
    # A graph load that failed on an earlier run of this same file left its revisions pending:
    # load them now, so simply re-running the import converges to the full graph.
    fresh = {r.entry_id for r in written}
    todo = written + [r for r in repo.pending() if r.entry_id.startswith(f"tbl-{digest}-")
                      and r.entry_id not in fresh]
    return _to_graph(args, repo, todo) if todo else 0


def register(sub) -> None:
    from ingest.tabular import field_names

    imports = group(sub, "import", "import lab data from other formats")
    p = imports.add_parser("table", help="CSV/TSV/Excel with one row per measurement → lab entries")
    p.add_argument("file", help="the table: .csv, .tsv or .xlsx, one row per measurement")
    p.add_argument("--mapping", action="append", metavar="COLUMN=FIELD",
                   help=f"map a column, repeatable (fields: {field_names()}); columns named like a "
                        "field, a condition or a property (label, key or symbol such as 'Tonset (°C)', "
                        "'Ea (kJ/mol)') are mapped automatically")
    p.add_argument("--preview", action="store_true", help="show the mapping and parsed rows; write nothing")
    p.add_argument("--rows", type=int, default=10, help="rows shown by --preview")
    p.add_argument("--author", help="experiment author when the table has no author column")
    p.add_argument("--title", help="entry title when the table has no title column")
    p.add_argument("--sheet", default=0, help="Excel sheet name or index (default: first)")
    p.add_argument("--user", help="who makes this change (default: $HKG_USER or the login name)")
    p.add_argument("--no-graph", action="store_true", help="store only; load later with 'hkg entry sync'")
    add_store_args(p)
    p.set_defaults(func=cmd_table)
