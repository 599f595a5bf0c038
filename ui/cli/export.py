"""`hkg export --format ttl|jsonld [--out FILE] [--validate]`: the whole graph as RDF.

The RDF uses the ontology's IRIs (see ``kg.rdf_export``). With ``--validate`` the export is checked
against the SHACL shapes first and nothing is written when it does not conform.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .common import CliError, add_store_args, open_store_from_args


def register(sub) -> None:
    p = sub.add_parser("export", help="export the whole graph as RDF (Turtle or JSON-LD)")
    add_store_args(p)
    p.add_argument("--format", choices=("ttl", "jsonld"), default="ttl", help="RDF syntax (default: ttl)")
    p.add_argument("--out", default=None, help="file to write (default: standard output)")
    p.add_argument("--validate", action="store_true",
                   help="check the export against ontology/shapes.ttl (SHACL); write nothing if it fails")
    p.set_defaults(func=cmd_export)


def cmd_export(args) -> int:
    from kg.rdf_export import graph_to_rdf, serialize, validate

    with open_store_from_args(args, read_only=True) as store:
        graph = graph_to_rdf(store.dump())
    if args.validate:
        conforms, report = validate(graph)
        if not conforms:
            sys.stderr.write(report)
            raise CliError("the export does not conform to the SHACL shapes (report above); nothing was written")
    text = serialize(graph, args.format)
    if args.out is None:
        sys.stdout.write(text)
        return 0
    out = Path(args.out)
    if out.parent and not out.parent.is_dir():
        raise CliError(f"folder '{out.parent}' does not exist; create it or choose another --out")
    tmp = out.with_name(out.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)  # a half-written export never looks like a finished one
    print(f"wrote {len(graph)} triples to {out}", file=sys.stderr)
    return 0
