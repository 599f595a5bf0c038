"""``hkg import table FILE.csv|tsv|xlsx``: spreadsheets with one row per measurement → lab entries.

    hkg import table lab.xlsx --preview                      mapping, first rows, problems; writes nothing
    hkg import table lab.csv --mapping 'Compound=system' --mapping 'Tonset (C)=value:onset_dehydrogenation_temperature'

Every entry of the file is validated before any is stored.  Entry ids are derived from the file's
content and the entry key, so re-running an interrupted import stores only what is missing and
never duplicates (the same file gives the same ids).
"""
from __future__ import annotations

from pathlib import Path

from .common import CliError, add_store_args, group
from .entry import author, notebook, report_saved


def _parse_mapping(items: list[str] | None) -> dict[str, str]:
    out = {}
    for item in items or []:
        col, sep, fld = item.rpartition("=")
        if not sep or not col.strip() or not fld.strip():
            raise CliError(f"--mapping '{item}': write it as 'COLUMN=FIELD'")
        out[col.strip()] = fld.strip()
    return out


def cmd_table(args) -> int:
    from ingest.entries.tabular import preview

    nb = notebook(args)
    rows, plan = nb.plan_table(args.file, _parse_mapping(args.mapping), sheet=args.sheet, author=args.author,
                               title=args.title)
    if args.preview:
        print(preview(rows, rows=args.rows))
        return 1 if rows.issues else 0
    if rows.issues:
        raise CliError(f"nothing imported; {len(rows.issues)} problem(s):\n" +
                       "\n".join(f"  - {i}" for i in rows.issues), field=args.file)
    saved = nb.store_plan(plan, author=author(args))
    written = [r for r in saved.revisions if r.action == "create" and r.revision == 1
               and r.entry_id in {p.entry_id for p in plan.entries if p.action == "create"}]
    name = Path(args.file).name
    print(f"{name}: {len(written)} entr{'y' if len(written) == 1 else 'ies'} stored"
          + (f", {plan.already} already imported" if plan.already else ""))
    for rev in written:
        print(f"  {rev.entry_id} r{rev.revision}")
    return report_saved(saved, no_graph=args.no_graph) if saved.revisions else 0


def register(sub) -> None:
    from ingest.entries.tabular import field_names

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
