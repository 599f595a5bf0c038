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
    p.add_argument("--json", action="store_true",
                   help="print the report as JSON (every value with its source, place, refs and evidence)")
    p.add_argument("--out", default=None, help="output file (default: stdout for md/html)")
    p.add_argument("--application", help="Application term, e.g. HydrogenStorage or 'solid electrolyte'")
    p.add_argument("--host-family", help="Material family term, e.g. Borohydride or 'binary hydride'")
    p.add_argument("--property", help="property key, e.g. dehydrogenation_activation_energy")
    p.add_argument("--year-from", type=int)
    p.add_argument("--year-to", type=int)
    p.add_argument("--source", help="source id")
    p.add_argument("--project", help="lab project")
    p.add_argument("--confirmed-only", action="store_true",
                   help="only literature facts a curator confirmed or corrected (lab values always count)")
    p.set_defaults(func=cmd_gaps)
    b = group(sub, "bench", "timings").add_parser(
        "gaps", help="time a whole gap report on the graph: read, compute, Markdown, HTML, PDF")
    add_store_args(b)
    b.add_argument("--repeat", type=int, default=3, help="runs; the median is reported (default 3)")
    b.set_defaults(func=cmd_bench_gaps)


def cmd_gaps(args) -> int:
    from kg.gaps import build_report, read_filters
    from ui.report.render import render

    filters = read_filters(dict(application=args.application, host_family=args.host_family,
                                property=args.property, year_from=args.year_from, year_to=args.year_to,
                                source=args.source, project=args.project, confirmed_only=args.confirmed_only),
                           lambda f: "--" + f.replace("_", "-"))       # a FilterError names the option
    if args.format == "pdf" and not args.out:
        raise CliError("a PDF report needs --out FILE")
    with open_store_from_args(args, read_only=True) as store:
        report = build_report(store, filters)
    if args.json:
        from .common import print_json

        print_json(report.model_dump(mode="json"))
        return 0
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


TARGET_S = 5.0   # a whole report on the literature graph (issue: "under 5 s")


def cmd_bench_gaps(args) -> int:
    """Each stage of a report timed in one process; a fresh read every run (no report cache)."""
    import statistics
    import time

    from kg.gaps import compute_report
    from kg.gaps.read import graph_version, read_rows
    from ui.report.render import render

    runs = []
    with open_store_from_args(args, read_only=True) as store:
        for _ in range(max(1, args.repeat)):
            t = {"start": time.perf_counter()}
            rows = read_rows(store)
            t["read"] = time.perf_counter()
            report = compute_report(rows["systems"], rows["measurements"], conflicts=rows["conflicts"],
                                    statements=rows["challenges"], version=graph_version(store, rows))
            t["compute"] = time.perf_counter()
            for fmt in ("md", "html", "pdf"):
                render(report, fmt)
                t[fmt] = time.perf_counter()
            stages = ("start", "read", "compute", "md", "html", "pdf")
            runs.append({b: t[b] - t[a] for a, b in zip(stages, stages[1:])})
    med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    total = sum(med.values())
    print(f"gap report on {store.backend}: {len(rows['systems'])} systems, {len(rows['measurements'])} "
          f"measurements (median of {len(runs)} runs)")
    for k, v in med.items():
        print(f"  {k:<8} {v:7.2f} s")
    print(f"  {'total':<8} {total:7.2f} s   target < {TARGET_S:g} s: {'met' if total < TARGET_S else 'NOT met'}")
    return 0
