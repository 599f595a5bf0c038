"""`hkg facts list|show|confirm|fix|reject|history|audit|export-corrections`: curate literature facts.

A decision is stored as a revision (kg/curation.py), then the fact's source is reloaded into the graph
with every decision applied, in one transaction.
"""
from __future__ import annotations

import sys

from ontology.safe_text import escape_controls

from .common import CliError, add_store_args, group, open_store_from_args, parse_assignments, print_json, value_text


def register(sub) -> None:
    facts = group(sub, "facts", "curate literature facts: review, confirm, correct, reject")

    p = facts.add_parser("list", help="literature facts, least confident first (e.g. --status extracted --limit 20)")
    add_store_args(p)
    p.add_argument("--source", help="source id (e.g. a DOI)")
    p.add_argument("--section", help="section number, e.g. 2.1.1")
    p.add_argument("--table", help="table, e.g. 'Table 1'")
    p.add_argument("--property", help="property key, e.g. dehydrogenation_activation_energy")
    p.add_argument("--host", help="host formula, e.g. MgH2")
    p.add_argument("--status", choices=("extracted", "confirmed", "corrected"), help="curation status")
    p.add_argument("--limit", type=int, default=50, help="at most this many (default 50; 0 = all)")
    p.add_argument("--json", action="store_true", help="JSON instead of a table")
    p.set_defaults(func=cmd_list)

    p = facts.add_parser("show", help="one fact: the record, its evidence and its decisions")
    add_store_args(p)
    p.add_argument("fact_id", help="fact id from 'hkg facts list' (fact-…)")
    p.set_defaults(func=cmd_show)

    for name, helptext in (("confirm", "confirm a fact as extracted"),
                           ("reject", "take a wrong fact out of every answer (needs --reason)"),
                           ("fix", "correct fields of a fact: FIELD=VALUE … (needs --reason)")):
        p = facts.add_parser(name, help=helptext)
        add_store_args(p)
        p.add_argument("fact_id", help="fact id from 'hkg facts list'")
        if name == "fix":
            p.add_argument("fields", nargs="+", metavar="FIELD=VALUE",
                           help="e.g. value=65 unit=kJ/mol system='MgH2 + 5 wt%% Nb2O5' "
                                "conditions='{\"temperature\": \"300 degC\"}'")
        p.add_argument("--reason", default="", help="why (required for fix and reject)")
        p.add_argument("--base", type=int, default=None,
                       help="the decision revision you looked at (refused if someone decided meanwhile)")
        p.add_argument("--user", default=None, help="who decides (default: HKG_USER or the OS user)")
        p.set_defaults(func=cmd_decide, status={"confirm": "confirmed", "reject": "rejected",
                                                "fix": "corrected"}[name])

    p = facts.add_parser("history", help="every decision on one fact")
    add_store_args(p)
    p.add_argument("fact_id", help="fact id from 'hkg facts list' (fact-…)")
    p.set_defaults(func=cmd_history)

    p = facts.add_parser("audit", help="who changed what, newest first")
    add_store_args(p)
    p.add_argument("--limit", type=int, default=50, help="at most this many decisions (default 50; 0 = all)")
    p.set_defaults(func=cmd_audit)

    p = facts.add_parser("export-corrections",
                         help="corrected and rejected facts as dev-set JSONL (evidence span + right record)")
    add_store_args(p)
    p.add_argument("-o", "--output", default="-", help="file to write (default: standard output)")
    p.set_defaults(func=cmd_export)


def _data_dir(args):
    from kg.settings import get_settings

    return args.data_dir or str(get_settings().data_dir)


def _snapshot_dir():
    from .build import SNAPSHOT_DIR

    return SNAPSHOT_DIR


def _user(args) -> str:
    from kg.notebook import author_of

    return author_of(getattr(args, "user", None))


def _rows(store) -> list[dict]:
    from kg.sources import LITERATURE_FACTS

    return store.query(LITERATURE_FACTS)


def cmd_list(args) -> int:
    from kg.curation import select_facts
    from ui.app.display import basis_word, fact_conditions_text

    with open_store_from_args(args, read_only=True) as store:
        rows = select_facts(_rows(store), source=args.source, section=args.section, table=args.table,
                      prop=args.property, host=args.host, status=args.status)
    if args.limit:
        rows = rows[:args.limit]
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        where = r["tbl"] and f"{r['tbl']} row {r['row']}" or f"§{r['section'] or '?'} @{r['start']}"
        conf = "  -" if r["confidence"] is None else f"{r['confidence']:.2f}"
        value = value_text(r["value"], r["value_max"])
        basis = f" ({word})" if (word := basis_word(r)) else ""    # a calculated or theoretical value says so
        # and what it was measured under, a bound as one ('at time within 20 min')
        conds = f" at {text}" if (text := fact_conditions_text(r)) else ""
        print(escape_controls(f"{r['fact_id']}  {r['status'] or 'extracted':9}  {conf}  {where:18}  {r['system']:28}  "
                    f"{r['property']} = {value} {r['unit']}{basis}{conds}"))
    return 0


def cmd_show(args) -> int:
    from kg.curation import CurationLog, evidence_of, find_fact
    from kg.entries import NotFoundError

    fact, _ = find_fact(args.fact_id, _data_dir(args), _snapshot_dir())
    with open_store_from_args(args, read_only=True) as store:
        in_graph = [r for r in _rows(store) if r["fact_id"] == args.fact_id]
    try:
        history = CurationLog(_data_dir(args)).history(args.fact_id)
    except NotFoundError:
        history = []
    print_json({"fact_id": args.fact_id, "extracted": evidence_of(fact), "in_graph": in_graph,
                "decisions": [d.__dict__ for d in history]})
    return 0


def _parse_fields(items: list[str]) -> dict:
    return parse_assignments(items, "field", "FIELD=VALUE, e.g. value=65")


def cmd_decide(args) -> int:
    from kg.curation import decide_and_reload

    fields = _parse_fields(getattr(args, "fields", None) or [])
    with open_store_from_args(args) as store:
        decision, report = decide_and_reload(store, _data_dir(args), args.fact_id, args.status,
                                             author=_user(args), reason=args.reason, fields=fields,
                                             base=args.base, snapshot_dir=_snapshot_dir())
    print(f"{decision.fact_id}: {decision.status} by {decision.author} (revision {decision.revision}); "
          f"the fact updated in the graph; its source has {report.confirmed} confirmed, "
          f"{report.corrected} corrected, {report.rejected} rejected", file=sys.stderr)
    return 0


def cmd_history(args) -> int:
    from kg.curation import CurationLog
    from kg.entries import NotFoundError

    try:
        print_json([d.__dict__ for d in CurationLog(_data_dir(args)).history(args.fact_id)])
    except NotFoundError:
        raise CliError(f"no decisions on '{args.fact_id}' yet") from None
    return 0


def cmd_audit(args) -> int:
    from kg.curation import CurationLog

    for d in CurationLog(_data_dir(args)).audit()[: args.limit or None]:
        print(escape_controls(f"{d.time}  {d.author:12}  {d.status:9}  {d.fact_id}  r{d.revision}  {d.reason}"))
    return 0


def cmd_export(args) -> int:
    from kg.curation import CurationLog, export_corrections

    lines = export_corrections(CurationLog(_data_dir(args)))
    text = "".join(line + "\n" for line in lines)
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(text)
        print(f"{len(lines)} correction(s) written to {args.output}", file=sys.stderr)
    return 0
