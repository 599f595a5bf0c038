"""`hkg report gaps`: literature gap reports as Markdown, HTML or PDF."""
from __future__ import annotations

import sys
from pathlib import Path

from .common import CliError, add_store_args, group, open_store_from_args


def register(sub) -> None:
    reports = group(sub, "report", "reports on the graph")
    p = reports.add_parser("gaps", help="coverage, promising gaps, contradictions, challenges, lab vs literature")
    add_store_args(p)
    p.add_argument("--format", choices=("md", "html", "pdf"), default="md")
    p.add_argument("--out", default=None, help="output file (default: stdout for md/html)")
    p.add_argument("--application", help="Application term, e.g. HydrogenStorage or 'solid electrolyte'")
    p.add_argument("--host-family", help="Material family term, e.g. Borohydride or 'binary hydride'")
    p.add_argument("--property", help="property key, e.g. dehydrogenation_activation_energy")
    p.add_argument("--year-from", type=int)
    p.add_argument("--year-to", type=int)
    p.add_argument("--source", help="source id")
    p.add_argument("--project", help="lab project")
    p.set_defaults(func=cmd_gaps)


def _term_id(text: str | None, kind: str) -> str | None:
    """Accept a term id or any of its labels; refuse anything else with the choices named."""
    if text is None:
        return None
    from ontology.vocabulary import vocabulary

    vocab = vocabulary()
    if text in vocab and vocab.get(text).kind == kind:
        return text
    term = vocab.lookup(text, kind)
    if term is None:
        hints = ", ".join(t.label for t, _, _ in vocab.fuzzy(text, kind, limit=3)) or "see the ontology"
        raise CliError(f"'{text}' is not a {kind} term (did you mean: {hints})")
    return term.id


def cmd_gaps(args) -> int:
    from kg.gaps import ReportFilters, build_report
    from ontology.vocabulary import UnknownTermError
    from ui.report.render import render

    filters = ReportFilters(
        application=_term_id(args.application, "Application"),
        host_family=_term_id(args.host_family, "Material"),
        property=args.property, year_from=args.year_from, year_to=args.year_to,
        source=args.source, project=args.project)
    if args.format == "pdf" and not args.out:
        raise CliError("a PDF report needs --out FILE")
    with open_store_from_args(args, read_only=True) as store:
        try:
            report = build_report(store, filters)
        except UnknownTermError as exc:
            raise CliError(str(exc)) from None
    content = render(report, args.format)
    if args.out:
        out = Path(args.out)
        tmp = out.with_name(out.name + ".part")
        tmp.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        tmp.replace(out)
        print(f"wrote {out} ({out.stat().st_size:,} bytes)", file=sys.stderr)
    else:
        sys.stdout.write(content)
    return 0
