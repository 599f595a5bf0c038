"""`hkg extract PATH --jsonl` (facts of a paper, one JSON object per measurement) and
`hkg bench extract`: issue 3's figures on the review —
- table-cell coverage: the share of the tables' numeric cells that became measurements (target
  ≥ 95 %; which cells count is defined in ``ingest.evaluation.coverage``);
- prose precision/recall per property against tests/devset/prose.jsonl;
- table precision/recall against tests/devset/tables.jsonl. That file annotates *every* value of
  each table row it lists (tests/test_tables.py checks this against the tables' numeric cells),
  so table precision is computed over the extracted measurements of those rows only — an
  extracted value elsewhere in a table is neither right nor wrong as far as the dev set knows;
- speed: extraction time versus spaCy's blank English tokenizer on the same text (target ≤ 3×): the
  median of run-by-run ratios of process CPU time over ``--repeat`` pairs, each pair one tokenizer
  and one extraction run back to back (``paired_ratio``);
- strict figures (issue 10): the review's prose facts and the other-styles dev set
  (tests/devset/styles), with the whole system required, strategies, basis and mechanism claims
  (``ui.cli.bench_strict``, scored by ``ingest.evaluation.scoring``)."""
from __future__ import annotations

import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

from ingest.evaluation.scoring import same_host
from kg.literature import contract_rows  # the public form of facts (hkg extract --jsonl)

from .common import CliError, group, print_json, print_jsonl

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus" / "li-mg-hydrides-review.md"
DEVSET = REPO / "tests" / "devset"


def register(sub) -> None:
    p = sub.add_parser("extract", help="extract the facts of a hydride paper (Markdown or text)")
    p.add_argument("path", help="Markdown or plain-text file")
    p.add_argument("--jsonl", action="store_true",
                   help="one JSON object per measurement, then one per mechanism claim (the contract)")
    p.add_argument("--source-id", default=None, help="source id (default: from the DOI in the text)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    p.set_defaults(func=cmd_extract)

    b = group(sub, "bench", "benchmarks").add_parser(
        "extract", help="precision/recall per property on the dev set, speed versus spaCy's tokenizer")
    b.add_argument("--corpus", default=str(CORPUS), help="the review (Markdown)")
    b.add_argument("--devset", default=str(DEVSET), help="folder with prose.jsonl and tables.jsonl")
    # on a shared machine a min/min over five wall-clock runs swung between 2.0x and 3.1x: CPU time,
    # paired runs and their median ratio leave out what other processes do
    b.add_argument("--repeat", type=int, default=9,
                   help="timing pairs (tokenizer + extraction); the median of their CPU-time ratios counts")
    b.add_argument("--json", action="store_true", help="print the figures as JSON")
    b.add_argument("--verbose", "-v", action="store_true", help="also list the numeric table cells not covered")
    b.add_argument("--show-claims", action="store_true",
                   help="list the mechanism claims missed and the claim rows not annotated, with their sentences")
    b.add_argument("--show-strategies", action="store_true",
                   help="list the facts found whose strategies are wrong: expected, found, both systems and the text")
    b.add_argument("--show-incomplete", action="store_true",
                   help="list the facts that are not complete: the checks each fails, both systems and the text")
    b.add_argument("--corrections", default=None, metavar="FILE",
                   help="also score against curators' fixes (the JSONL of 'hkg facts export-corrections')")
    b.add_argument("--no-strict", action="store_true",
                   help="skip the strict scoring of the review and of the other-styles dev set")
    b.set_defaults(func=cmd_bench_extract)


def cmd_extract(args) -> int:
    from ingest.extract import extract_file

    path = Path(args.path)
    if not path.is_file():
        raise CliError(f"'{path}' is not a file; give the path of a Markdown or text document")
    batch = extract_file(path, source_id=args.source_id, progress=not args.no_progress)
    if args.jsonl:
        print_jsonl(contract_rows(batch))
    else:
        print_json({"source": [s.model_dump(mode="json", exclude_none=True) for s in batch.sources],
                    "measurements": len(batch.measurements), "reports": len(batch.reports),
                    "references": len(batch.references), "challenges": len(batch.challenges),
                    "mechanisms": len(batch.mechanisms),
                    "conflicts": len(batch.conflicts)})
    return 0


# ----------------------------------------------------------------------------- evaluation
def load_devset(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise CliError(f"{path}:{n}: not JSON ({exc}); one JSON object per line") from None
    return rows


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= max(1e-9, 0.005 * abs(float(b)))


def _same_or_narrower(extracted: str, annotated: str) -> bool:
    """A reversible hydrogen capacity is a hydrogen capacity: a narrower property the extraction
    recognised still matches a fact annotated with the broader one."""
    if extracted == annotated:
        return True
    from ontology.vocabulary import UnknownTermError, vocabulary
    vocab = vocabulary()
    try:
        return vocab.is_a(vocab.property(extracted).id, vocab.property(annotated).id)
    except UnknownTermError:
        return False


def _matches(row: dict, fact: dict, tables: bool) -> bool:
    src = row["source"]
    if not _same_or_narrower(row["property"], fact["property"]) or not _close(row["value"], fact["value"]):
        return False
    if not _close(row["value_max"], fact.get("value_max")):
        return False
    if fact.get("host") and not same_host(row["material"], fact["host"]):  # Mg = MgH2 (issue 10)
        return False
    if tables:
        return (fact.get("table") in (None, src.get("table"))) and (fact.get("row") in (None, src.get("row")))
    return fact.get("section") in (None, src.get("section"))


def annotated_rows(facts: list[dict]) -> set[tuple[str, int]]:
    """(table, row) of every table row the dev set annotates (completely: see the module doc)."""
    return {(f["table"], f["row"]) for f in facts if f.get("table") is not None and f.get("row") is not None}


def evaluate(rows: list[dict], facts: list[dict], tables: bool = False,
             complete_rows: set[tuple[str, int]] | None = None) -> dict:
    """Precision/recall per property: each fact matches at most one extracted row, and back.

    ``complete_rows``: (table, row) pairs the dev set annotates completely; when given, only the
    extracted rows of those table rows are judged (precision's denominator)."""
    rows = [r for r in rows if (r["source"].get("table") is not None) == tables]
    extracted_all = len(rows)
    if complete_rows is not None:
        rows = [r for r in rows if (r["source"].get("table"), r["source"].get("row")) in complete_rows]
    used: set[int] = set()
    hit_facts = defaultdict(int)
    n_facts = defaultdict(int)
    for f in facts:
        n_facts[f["property"]] += 1
        for i, r in enumerate(rows):
            if i not in used and _matches(r, f, tables):
                used.add(i)
                hit_facts[f["property"]] += 1
                break
    n_rows = defaultdict(int)
    hit_rows = defaultdict(int)
    for i, r in enumerate(rows):
        n_rows[r["property"]] += 1
        hit_rows[r["property"]] += i in used
    per = {}
    for key in sorted(set(n_facts) | set(n_rows)):
        per[key] = {"facts": n_facts[key], "extracted": n_rows[key], "matched": hit_facts[key],
                    "precision": hit_rows[key] / n_rows[key] if n_rows[key] else None,
                    "recall": hit_facts[key] / n_facts[key] if n_facts[key] else None}
    total_f, total_r = sum(n_facts.values()), len(rows)
    out = {"per_property": per, "facts": total_f, "extracted": total_r, "matched": len(used),
           "precision": len(used) / total_r if total_r else None,
           "recall": sum(hit_facts.values()) / total_f if total_f else None}
    if complete_rows is not None:
        out["annotated_rows"] = len(complete_rows)
        out["extracted_all"] = extracted_all
    return out


def score_corrections(rows: list[dict], lines: list[dict]) -> dict:
    """How the extraction does on what curators fixed (``hkg facts export-corrections``): corrected
    facts it now gets right (value, property and host of the curator's record, at the same place),
    and rejected facts it still produces."""
    from ontology.system import host_formula, parse_system

    corrected, rejected = [], []
    for line in lines:
        ev = line.get("extracted") or {}
        if line.get("status") == "corrected":
            exp = line.get("expected") or {}
            try:
                host = host_formula(parse_system(str(exp.get("system")), strict=False))
            except ValueError:
                host = None
            corrected.append({"property": exp.get("property"), "value": exp.get("value"),
                              "value_max": exp.get("value_max"), "host": host, "section": line.get("section"),
                              "table": line.get("table"), "row": line.get("row")})
        elif line.get("status") == "rejected":
            rejected.append(ev)
    fixed = sum(any(_matches(r, f, f.get("table") is not None) for r in rows) for f in corrected)
    still = sum(any(r["property"] == ev.get("property") and _close(r["value"], ev.get("value"))
                    and r["source"].get("start") == ev.get("start") for r in rows) for ev in rejected)
    return {"corrected": len(corrected), "right_now": fixed, "rejected": len(rejected), "still_extracted": still}


def paired_ratio(run, baseline, pairs: int, clock=time.process_time) -> dict:
    """Speed of ``run`` against ``baseline``: ``pairs`` pairs of back-to-back runs, timed in process
    CPU time (what other processes on the machine do is not counted, as it is in wall-clock time),
    the order inside a pair alternating (a drift of the machine's speed falls on both sides). The
    figure is the median of the pairs' ratios; the min/min ratio is given beside it."""
    t_run, t_base = [], []
    for i in range(max(1, pairs)):
        for first in ((baseline, run) if i % 2 == 0 else (run, baseline)):
            t0 = clock()
            first()
            (t_base if first is baseline else t_run).append(clock() - t0)
    ratios = [r / b for r, b in zip(t_run, t_base)]
    return {"extract_seconds": statistics.median(t_run), "blank_tokenizer_seconds": statistics.median(t_base),
            "ratio": statistics.median(ratios), "ratio_paired_median": statistics.median(ratios),
            "ratio_min_min": min(t_run) / min(t_base), "pairs": len(ratios), "clock": "process CPU time"}


def cmd_bench_extract(args) -> int:
    import spacy

    from ingest.documents.document import parse_document
    from ingest.evaluation.coverage import coverage
    from ingest.extract import extract_text
    from ingest.extraction.text.nlp import pipeline

    corpus = Path(args.corpus)
    if not corpus.is_file():
        raise CliError(f"corpus '{corpus}' not found; pass --corpus PATH to the review")
    text = corpus.read_text(encoding="utf-8")
    pipeline()  # loading the ontology and spaCy is not extraction: warm both sides first
    blank = spacy.blank("en")
    blank("warm up")
    batch = extract_text(text)
    speed = paired_ratio(lambda: extract_text(text), lambda: blank(text), args.repeat)
    rows = [r for r in contract_rows(batch) if r["kind"] == "measurement"]
    result = {**speed, "target_ratio": 3.0,
              "table_coverage": coverage(parse_document(text), rows)}
    devset = Path(args.devset)
    for name, tables in (("prose", False), ("tables", True)):
        f = devset / f"{name}.jsonl"
        if f.is_file():
            facts = load_devset(f)
            result[name] = evaluate(rows, facts, tables=tables,
                                    complete_rows=annotated_rows(facts) if tables else None)
    if args.corrections:
        result["corrections"] = score_corrections(rows, load_devset(Path(args.corrections)))
    if not args.no_strict:
        from .bench_strict import review_figures, styles_figures
        listing = [] if args.show_claims or args.show_strategies or args.show_incomplete else None
        result["strict_review"] = review_figures(corpus, devset, listing)
        result["strict_styles"] = styles_figures(devset, listing=listing)
    if args.json:
        print_json(result)
        return 0
    _print_report(result, verbose=args.verbose)
    if not args.no_strict and args.show_claims:
        from .bench_strict import print_claim_misses
        print_claim_misses(listing)
    if not args.no_strict and args.show_strategies:
        from .bench_strict import print_strategy_misses
        print_strategy_misses(listing)
    if not args.no_strict and args.show_incomplete:
        from .bench_strict import print_incomplete
        print_incomplete(listing)
    return 0


def _fmt(x) -> str:
    return "   -  " if x is None else f"{100 * x:5.1f}%"


def _print_coverage(cov: dict, verbose: bool) -> None:
    out = sys.stdout
    out.write(f"\ntable cells: {cov['covered']} of {cov['cells']} numeric cells became measurements, "
              f"coverage {_fmt(cov['coverage']).strip()} (target >= {100 * cov['target']:.0f}%)\n")
    out.write(f"  {'table':10s} {'cells':>5s} {'values':>6s} {'conds':>5s} {'covered':>7s} {'coverage':>8s}\n")
    for label, t in cov["per_table"].items():
        out.write(f"  {label:10s} {t['cells']:5d} {t['value_cells']:6d} {t['condition_cells']:5d} "
                  f"{t['covered']:7d} {_fmt(t['coverage']):>8s}\n")
    out.write(f"  {'ALL':10s} {cov['cells']:5d} {'':6s} {'':5s} {cov['covered']:7d} {_fmt(cov['coverage']):>8s}\n")
    if cov["uncovered"] and not verbose:
        out.write(f"  {len(cov['uncovered'])} cells not covered (--verbose lists them)\n")
    if verbose:
        out.write(f"  not covered: {len(cov['uncovered'])}\n")
        for u in cov["uncovered"]:
            missing = ", ".join(f"{v:g}" + (f"-{vmax:g}" if vmax is not None else "") for v, vmax in u["missing"])
            out.write(f"    {u['table']} row {u['row']} column {u['column']} ({u['header']}): "
                      f"'{u['text']}' [{u['start']}:{u['end']}] missing {missing}\n")


def _print_report(result: dict, verbose: bool = False) -> None:
    out = sys.stdout
    if result.get("table_coverage"):
        _print_coverage(result["table_coverage"], verbose)
    for name in ("prose", "tables"):
        ev = result.get(name)
        if not ev:
            continue
        if "annotated_rows" in ev:
            out.write(f"\n{name}: {ev['matched']} of {ev['facts']} dev facts found; precision over the "
                      f"{ev['extracted']} measurements of the {ev['annotated_rows']} fully annotated rows "
                      f"({ev['extracted_all']} extracted from all tables)\n")
        else:
            out.write(f"\n{name}: {ev['matched']} of {ev['facts']} dev facts found, {ev['extracted']} extracted\n")
        out.write(f"  {'property':40s} {'facts':>5s} {'found':>5s} {'recall':>7s} {'precision':>9s}\n")
        for key, v in ev["per_property"].items():
            out.write(f"  {key:40s} {v['facts']:5d} {v['extracted']:5d} {_fmt(v['recall']):>7s} "
                      f"{_fmt(v['precision']):>9s}\n")
        out.write(f"  {'ALL':40s} {ev['facts']:5d} {ev['extracted']:5d} {_fmt(ev['recall']):>7s} "
                  f"{_fmt(ev['precision']):>9s}\n")
    if result.get("corrections"):
        c = result["corrections"]
        out.write(f"\ncurators' fixes: {c['right_now']} of {c['corrected']} corrected facts extracted right now; "
                  f"{c['still_extracted']} of {c['rejected']} rejected facts still extracted\n")
    if result.get("strict_review") or result.get("strict_styles"):
        from .bench_strict import print_strict
        print_strict(result)
    out.write(f"\nspeed: extraction {result['ratio']:.2f}x spaCy's blank tokenizer "
              f"(target <= {result['target_ratio']:.0f}x): median of {result['pairs']} paired run-by-run ratios "
              f"of process CPU time (extraction {result['extract_seconds']:.3f} s, tokenizer "
              f"{result['blank_tokenizer_seconds']:.3f} s, medians); min/min {result['ratio_min_min']:.2f}x\n")
