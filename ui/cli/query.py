"""`hkg query "<read-only Cypher>" [--param k=v …]`: run a read query; write clauses are refused."""
from __future__ import annotations

from .common import add_store_args, open_store_from_args, parse_assignments, print_json, print_jsonl


def register(sub) -> None:
    p = sub.add_parser("query", help="run a read-only Cypher query (write clauses are refused)")
    add_store_args(p)
    p.add_argument("cypher", help="the query, e.g. 'MATCH (s:System) RETURN s.name AS name LIMIT $n'")
    p.add_argument("--param", action="append", default=[], metavar="K=V",
                   help="query parameter; V is read as JSON when it parses (5, true, [\"a\"]), else as text")
    p.add_argument("--jsonl", action="store_true", help="one JSON object per line instead of a JSON list")
    p.set_defaults(func=cmd_query)


def parse_params(items: list[str]) -> dict:
    return parse_assignments(items, "--param", "NAME=VALUE (NAME a plain identifier)", identifiers=True)


def cmd_query(args) -> int:
    params = parse_params(args.param)
    with open_store_from_args(args, read_only=True) as store:
        rows = store.query(args.cypher, params)
    (print_jsonl if args.jsonl else print_json)(rows)
    return 0
