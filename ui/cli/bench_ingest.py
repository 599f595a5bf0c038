"""`hkg bench ingest`: papers per minute from PDF to graph, and the share of time per stage
(parse the PDF, extract the facts, load them) on generated journal PDFs (``ingest.documents.pdf.synthetic``).
Target: a 20-page paper in under 10 s."""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from .common import CliError, group, print_json

TARGET_SECONDS_20_PAGES = 10.0
_REPEATS_PER_PAGE = 3.2          # result sections of the synthetic paper per printed page


def register(sub) -> None:
    b = group(sub, "bench", "benchmarks").add_parser(
        "ingest", help="papers per minute from PDF to graph and the share of time per stage")
    b.add_argument("--papers", type=int, default=3, help="papers to ingest (default 3)")
    b.add_argument("--pages", type=int, default=20, help="pages per generated paper (default 20)")
    b.add_argument("--data-dir", default=None,
                   help="scratch folder for the PDFs and the store (default: a temporary one)")
    b.add_argument("--json", action="store_true", help="print the figures as JSON")
    b.set_defaults(func=cmd_bench_ingest)


def cmd_bench_ingest(args) -> int:
    if args.papers < 1 or args.pages < 1:
        raise CliError("--papers and --pages must be at least 1")
    if args.data_dir:
        result = _run(Path(args.data_dir), args.papers, args.pages)
    else:
        with tempfile.TemporaryDirectory(prefix="hkg-bench-ingest-") as tmp:
            result = _run(Path(tmp), args.papers, args.pages)
    if args.json:
        print_json(result)
    else:
        _print(result)
    return 0


def _paper_pdf(folder: Path, pages: int) -> Path:
    """The generated paper (made once per folder and size: WeasyPrint takes a while)."""
    from ingest.documents.pdf import synthetic

    path = folder / f"synthetic-{pages}p.pdf"
    if not path.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        print(f"generating a {pages}-page journal PDF with WeasyPrint…", file=sys.stderr)
        synthetic.write_pdf(synthetic.html(max(1, round(pages * _REPEATS_PER_PAGE))), path)
    return path


def _run(folder: Path, n_papers: int, pages: int) -> dict:
    from ingest.documents.pdf import read_pdf
    from ingest.extract import extract_text
    from ingest.extraction.text.nlp import pipeline
    from ingest.paper import annotate
    from kg.store import open_store

    pdf_path = _paper_pdf(folder, pages)
    pipeline()                                   # loading spaCy and the ontology is not ingestion
    stages = {"parse": 0.0, "extract": 0.0, "load": 0.0}
    per_paper = []
    n_pages = 0
    with open_store("ladybug", data_dir=folder / "store") as store:
        store.ensure_schema()
        store.load_ontology()
        for i in range(n_papers):
            t0 = time.perf_counter()
            pdf = read_pdf(pdf_path)
            t1 = time.perf_counter()
            batch = extract_text(pdf.markdown, source_id=f"bench:{i}")
            annotate(batch, pdf)
            t2 = time.perf_counter()
            store.load(batch)
            t3 = time.perf_counter()
            stages["parse"] += t1 - t0
            stages["extract"] += t2 - t1
            stages["load"] += t3 - t2
            per_paper.append(t3 - t0)
            n_pages = pdf.pages
    total = sum(stages.values())
    per_20 = min(per_paper) * 20 / max(n_pages, 1)
    return {"papers": n_papers, "pages_per_paper": n_pages, "seconds": total,
            "papers_per_minute": 60 * n_papers / total if total else None,
            "share": {k: v / total for k, v in stages.items()} if total else {},
            "stage_seconds": stages, "fastest_paper_seconds": min(per_paper),
            "seconds_per_20_pages": per_20, "target_seconds_per_20_pages": TARGET_SECONDS_20_PAGES,
            "target_met": per_20 < TARGET_SECONDS_20_PAGES}


def _print(r: dict) -> None:
    out = sys.stdout
    out.write(f"{r['papers']} papers of {r['pages_per_paper']} pages in {r['seconds']:.1f} s: "
              f"{r['papers_per_minute']:.1f} papers per minute\n")
    for k, share in r["share"].items():
        out.write(f"  {k:8s} {100 * share:5.1f}%  ({r['stage_seconds'][k]:.2f} s)\n")
    out.write(f"a 20-page paper: {r['seconds_per_20_pages']:.1f} s (target < {r['target_seconds_per_20_pages']:.0f} s)"
              f"{'' if r['target_met'] else '  NOT MET'}\n")
