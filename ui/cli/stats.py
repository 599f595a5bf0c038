"""`hkg stats`: what the graph holds (node counts by label, sources, last update)."""
from __future__ import annotations

from .common import add_store_args, open_store_from_args, print_json


def register(sub) -> None:
    p = sub.add_parser("stats", help="node counts by label, sources and last update of the graph")
    add_store_args(p)
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(func=cmd_stats)


def cmd_stats(args) -> int:
    with open_store_from_args(args, read_only=True) as store:
        stats = store.stats()
    if args.json:
        print_json({"store": store.backend, **stats})
        return 0
    counts = stats.get("counts", {})
    width = max((len(k) for k in counts), default=5)
    print(f"store: {store.backend}   last update: {stats.get('last_update') or 'never'}")
    for label, n in counts.items():
        print(f"  {label:<{width}}  {n:>8,}")
    print(f"sources: {len(stats.get('sources', []))}")
    from ontology.safe_text import escape_controls as safe  # lab entry titles stored before the check

    for src in stats.get("sources", []):
        print(f"  {safe(src['id'])}  [{src.get('kind')}]  {src.get('year') or ''}  {safe(src.get('title') or '')}")
    return 0
