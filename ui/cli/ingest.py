"""`hkg ingest PATH…`: papers (PDF, Markdown, plain text) or folders of them into the graph.

One file: extract, load, keep the text (the older spelling `hkg ingest review PATH` still works).
Folders or several files: one worker process per core parses and extracts, this process alone
writes to the store; a progress bar on stderr, one summary line per paper on stdout, failures
listed with their reason at the end (the other papers go on); a re-run skips papers whose
content was ingested before. The work is the literature service's (``kg.literature``,
``kg.paper_ingest``); this module parses arguments and prints.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .common import CliError, add_store_args, open_store_from_args, print_json

EXIT_SOME_FAILED = 1


def register(sub) -> None:
    p = sub.add_parser("ingest", help="extract papers (PDF, Markdown, text) or folders of them and load their facts")
    add_store_args(p)
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="a paper (PDF, .md, .txt) or a folder (all its PDFs and .md files); "
                        "'review PATH' is the older spelling")
    p.add_argument("--source-id", default=None, help="source id of a single paper (default: from its DOI)")
    p.add_argument("--snapshot", default=None, help="single paper: also write the extracted batch as a snapshot JSON")
    p.add_argument("--workers", type=int, default=None, help="worker processes for folders (default: one per core)")
    p.add_argument("--force", action="store_true", help="ingest again papers already ingested unchanged")
    p.set_defaults(func=cmd_ingest)


def cmd_ingest(args) -> int:
    paths = list(args.paths)
    if paths[0] == "review" and len(paths) > 1 and not Path("review").exists():
        paths = paths[1:]
    if len(paths) == 1 and Path(paths[0]).is_file():
        return _one(args, Path(paths[0]))
    if args.source_id or args.snapshot:
        raise CliError("--source-id and --snapshot apply to a single paper; give one file")
    if args.workers is not None and args.workers < 1:
        raise CliError("--workers must be at least 1")
    return _many(args, paths)


def _one(args, path: Path) -> int:
    from ingest.snapshot import write_batch
    from kg.literature import Literature

    with open_store_from_args(args) as store:
        out = Literature(store, data_dir=args.data_dir).ingest_paper(path, source_id=args.source_id, progress=True)
    batch = out.batch
    if args.snapshot:
        write_batch(batch, Path(args.snapshot))
    print_json({"source": [s.id for s in batch.sources], "loaded": out.loaded})
    return 0


def _many(args, paths: list[str]) -> int:
    from tqdm import tqdm

    from kg.literature import Literature
    from kg.paper_ingest import papers_in

    papers_in(paths)                         # bad paths: one message before any work
    bar = {"bar": None}

    def start(total: int) -> None:
        bar["bar"] = tqdm(total=total, desc="ingesting", unit="paper", file=sys.stderr, leave=False, disable=None)

    def result(out, done: int, total: int) -> None:
        b = bar["bar"]
        line = _summary(out)
        if b is not None:
            b.write(line, file=sys.stdout)
            b.update(1)
        else:
            print(line)

    with open_store_from_args(args) as store:
        outcomes = Literature(store, data_dir=args.data_dir).ingest_papers(
            paths, workers=args.workers, force=args.force, on_start=start, on_result=result)
    if bar["bar"] is not None:
        bar["bar"].close()
    counts = {k: sum(o.status == k for o in outcomes) for k in ("ingested", "skipped", "failed")}
    print(f"{len(outcomes)} papers: {counts['ingested']} ingested, {counts['skipped']} skipped "
          f"(unchanged), {counts['failed']} failed")
    failed = [o for o in outcomes if o.status == "failed"]
    if failed:
        print("failed:", file=sys.stderr)
        for o in failed:
            print(f"  {o.path}: {o.reason}", file=sys.stderr)
        return EXIT_SOME_FAILED
    return 0


def _summary(o) -> str:
    if o.status == "ingested":
        pages = f", {o.pages} pages" if o.pages else ""
        secs = sum(o.seconds.values())
        return f"ingested  {o.path}  {o.source_id}  {o.measurements} measurements{pages}, {secs:.1f} s"
    if o.status == "skipped":
        return f"skipped   {o.path}  {o.source_id}  ({o.reason})"
    return f"FAILED    {o.path}  {o.reason}"
