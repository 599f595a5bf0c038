"""`hkg analogs …` (analogous systems and the typical questions), `hkg synth`, `hkg bench analogs`."""
from __future__ import annotations

import sys

from .common import CliError, add_store_args, group, open_store_from_args, print_json, value_text


def register(sub) -> None:
    p = sub.add_parser(
        "analogs", help="analogous systems of a system, a lab entry or typed text (or: analogs ask …)",
        description="Ranked analogous systems with facet scores and explanation paths. "
                    "QUERY is a system id or name, a lab entry id, or text such as "
                    "'MgH2 + 10 wt% TiVNbZrFe' (a lab entry id bare or as its source 'lab:ID'). "
                    "'hkg analogs ask QUESTION …' answers the typical questions (additives-below, "
                    "mechanisms-for-strategy, transferable-classes, untried-on-siblings, best-values).")
    add_store_args(p)
    p.add_argument("query", nargs="+", help="system id/name, lab entry id or system text; or 'ask QUESTION'")
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    p.add_argument("--top", type=int, default=10, help="number of analogs (default 10)")
    p.add_argument("--weight", action="append", default=[], metavar="FACET=W",
                   help="facet weight, repeatable; 0 switches a facet off (facets: host, elements, "
                        "additive_class, role, strategy, mechanism, synthesis, performance)")
    p.add_argument("--filter", action="append", default=[], metavar="EXPR",
                   help="value filter, repeatable, e.g. 'Ea < 70 kJ/mol' or "
                        "'ionic_conductivity >= 1 mS/cm at <= 30 °C'")
    p.add_argument("--application", help="only systems for this application (term or label); by default "
                                         "the query's own application, 'all' for every application")
    p.add_argument("--confirmed-only", action="store_true",
                   help="literature values count only once a curator confirmed or corrected them")
    p.add_argument("--origin", choices=("all", "literature", "lab"), default="all",
                   help="where the analogs come from: 'literature' (published), 'lab' (the lab's own entries) "
                        "or 'all' (default)")
    p.add_argument("--property", action="append", default=[], help="only systems with a value of this property")
    # parameters of `ask`
    p.add_argument("--host", help="ask: host term/formula/family")
    p.add_argument("--other", help="ask transferable-classes: second host")
    p.add_argument("--strategy", help="ask mechanisms-for-strategy: strategy term or label")
    p.add_argument("--below", help="ask additives-below: threshold with unit, e.g. '70 kJ/mol'")
    p.add_argument("--at", help="ask best-values: condition the values must meet, e.g. 'temperature <= 30 degC'")
    p.add_argument("--limit", type=int, default=None, help="ask additives-below, best-values: rows (default 50, 20)")
    p.set_defaults(func=cmd_analogs)

    s = sub.add_parser(
        "synth", help="load a synthetic graph (realistic systems and measurements)",
        description="Generate SYSTEMS synthetic material systems with realistic measurements (about 10 "
                    "each; deterministic for a --seed) and load them into the graph store, in batches "
                    "of --batch-systems. For load tests and benchmarks; do not load it into a store with real data.")
    add_store_args(s)
    s.add_argument("--systems", type=int, required=True, help="number of synthetic systems")
    s.add_argument("--seed", type=int, default=0, help="random seed (same seed, same graph; default 0)")
    s.add_argument("--batch-systems", type=int, default=2000, help="systems per load batch")
    s.add_argument("--bulk", action="store_true",
                   help="load with the embedded store's bulk path (COPY) instead of GraphStore.load")
    s.set_defaults(func=cmd_synth)

    bench = group(sub, "bench", "timings")
    b = bench.add_parser("analogs", help="load throughput and analog-query latency at 10k/100k/1M measurements")
    b.add_argument("--sizes", default="10000,100000,1000000",
                   help="measurement counts, comma-separated (default 10000,100000,1000000)")
    b.add_argument("--queries", type=int, default=60, help="analog queries per size (default 60)")
    b.add_argument("--seed", type=int, default=0, help="random seed of the synthetic graph and queries (default 0)")
    b.add_argument("--data-dir", default=None, help="scratch folder (default: a temporary folder)")
    b.add_argument("--loader", choices=("bulk", "store"), default="bulk",
                   help="bulk: COPY path of kg/bulk_load.py; store: GraphStore.load")
    b.add_argument("--batch-systems", type=int, default=20000,
                   help="synthetic systems per loaded batch (about 10 measurements each; default 20000)")
    b.add_argument("--json", action="store_true", help="print the result as JSON")
    b.set_defaults(func=cmd_bench)


def _query_error(exc) -> CliError:
    msg = str(exc)
    unknown = getattr(exc, "unknown", None)
    if unknown:
        msg += f"\nunknown tokens: {', '.join(unknown)}"
    return CliError(msg)


def cmd_analogs(args) -> int:
    from kg.analogs import AnalogQueryError

    if args.query[0] == "ask":
        return _cmd_ask(args)
    text = " ".join(args.query)
    from kg.analogs import parse_weight_args, search

    try:
        weights = parse_weight_args(args.weight)
        with open_store_from_args(args, read_only=True) as store:
            result = search(store, text, top=args.top, weights=weights, filters=args.filter,
                            application=args.application, properties=args.property or None,
                            confirmed_only=args.confirmed_only, origin=args.origin)
    except AnalogQueryError as exc:
        raise _query_error(exc) from None
    if args.json:
        print_json(result.to_dict())
        return 0
    from kg.analogs.chem import label_of
    from kg.evidence import cite
    from ontology.safe_text import escape_controls as safe  # names and titles may be old lab text
    from ontology.units import plus_minus_text
    from ui.app.display import basis_word, conditions_text, unit_text, units_in_text

    prof = result.profile
    print(f"query: {safe(prof.name)} ({prof.kind}); host {prof.host}; {result.candidates} candidate systems")
    for note in prof.notes:
        print(f"  note: {safe(note)}")
    if result.filters:
        print("filters: " + "; ".join(units_in_text(f) for f in result.filters))
    if not result.analogs:
        print("no analogous systems found")
    for rank, a in enumerate(result.analogs, 1):
        facets = ", ".join(f"{k}={v:.2f}" for k, v in a.facets.items() if v > 0)
        apps = " / ".join(label_of(t) for t in a.applications) or "no application known"
        print(f"{rank:2d}. {safe(a.name)}  ({apps})  score {a.score:.3f}  [{facets}]")
        for path in a.paths:
            print(f"      {safe(units_in_text(path.text()))}")
            for rec in path.evidence:
                print(f"         evidence: {safe(cite(rec))}")
        for rec in a.evidence:
            value = value_text(rec["value"], rec.get("value_max"))
            kind = f" ({basis})" if (basis := basis_word(rec)) else ""
            if rec.get("conditions"):
                shown = conditions_text(rec["conditions"], rec.get("condition_max"), rec.get("condition_qualifiers"))
                kind += f" at {shown}"
            unit = unit_text(rec.get("unit"))
            print(f"      value {rec['property']} = {value}{plus_minus_text(rec.get('uncertainty'))} {unit}{kind}; "
                  f"{safe(cite(rec))}")
            for also in rec.get("also_in") or []:     # the same value at another place of the source
                print(f"         also in: {safe(cite(also))}")
            if rec.get("note"):
                print(f"         note: {safe(rec['note'])}")
        if a.sources:
            print("      sources: " + ", ".join(f"{s['id']} ({s.get('kind') or '?'})" for s in a.sources))
    return 0


def _cmd_ask(args) -> int:
    from kg.analogs import AnalogQueryError
    from kg.analogs.questions import QUESTIONS, ask

    rest = args.query[1:]
    if not rest:
        raise CliError("ask which question? " + "; ".join(f"{q.name}: {q.help}" for q in QUESTIONS.values()))
    name = rest[0]
    params = {k: getattr(args, k) for k in ("host", "other", "strategy", "below", "at", "limit")
              if getattr(args, k) is not None}
    if args.property:
        params["property"] = args.property[0]
    if name in QUESTIONS:
        wanted = {p for p, _, _ in QUESTIONS[name].params}
        params = {k: v for k, v in params.items() if k in wanted}
    try:
        with open_store_from_args(args, read_only=True) as store:
            rows = ask(store, name, **params)
    except AnalogQueryError as exc:
        raise _query_error(exc) from None
    if args.json:
        print_json({"question": name, "params": params, "rows": rows})
    else:
        if not rows:
            print("no rows")
        from kg.evidence import cite

        for r in rows:
            _print_answer(r, cite)
    return 0


# keys of an answer that are places to cite, printed one a line under it, not as key=value
_CITED = {"evidence": "evidence", "mechanism_evidence": "mechanism credited in", "also_read": "also read as"}


def _print_answer(r: dict, cite) -> None:
    from ui.app.display import unit_text

    print("  ".join(f"{k}={unit_text(v) if k == 'unit' else v}" for k, v in r.items() if k not in _CITED))
    for key, label in _CITED.items():
        # one record (a value's place) or several (the claims that credit a mechanism)
        recs = r.get(key)
        for rec in recs if isinstance(recs, list) else [recs] if recs else []:
            if key == "also_read":      # the same result read elsewhere: its system, value and place
                print(f"    {label}: {rec['system_name']} = {value_text(rec['value'])}; {cite(rec['evidence'])}")
            else:
                print(f"    {label}: {cite(rec)}")


def cmd_synth(args) -> int:
    import time

    from kg.synth import generate

    if args.systems < 1:
        raise CliError("--systems must be at least 1")
    t0 = time.perf_counter()
    n_sys = n_m = 0
    with open_store_from_args(args) as store:
        store.ensure_schema()
        store.load_ontology()
        from contextlib import nullcontext

        from kg.bulk_load import BulkLoader

        # Several batches: a writer process stores each while the next one is drawn and built.
        loader = BulkLoader(store, background=args.systems > args.batch_systems) if args.bulk else None
        with loader or nullcontext():
            for batch in generate(args.systems, args.seed, batch_systems=args.batch_systems):
                (loader.load if loader is not None else store.load)(batch)
                n_sys += len(batch.reports)
                n_m += len(batch.measurements)
                print(f"\rloaded {n_sys:,} systems, {n_m:,} measurements", end="", file=sys.stderr)
        print(file=sys.stderr)
        secs = time.perf_counter() - t0
        print_json({"systems": n_sys, "measurements": n_m, "seconds": round(secs, 2),
                    "measurements_per_s": round(n_m / secs) if secs else None,
                    "stats": store.stats().get("counts", {})})
    return 0


def cmd_bench(args) -> int:
    from kg.analogs.bench import run_bench

    try:
        sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        raise CliError(f"--sizes must be comma-separated integers, got '{args.sizes}'") from None
    result = run_bench(sizes, queries=args.queries, seed=args.seed, data_dir=args.data_dir,
                       loader=args.loader, batch_systems=args.batch_systems,
                       log=lambda m: print(m, file=sys.stderr))
    if args.json:
        print_json(result)
    else:
        from kg.analogs.bench import format_table

        print(format_table(result))
    return 0
