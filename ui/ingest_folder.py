"""Ingest many papers (PDF, Markdown, text): parse and extract in one worker process per core,
load into the store from this process only (a single writer), keep each text for evidence.

Resumable: ``<data dir>/ingested.json`` records the sha256 of every paper loaded; a paper whose
content was ingested before (and whose source is still in the graph) is skipped. A paper that
fails is reported with its reason and the others go on. Used by ``hkg ingest`` and the Python API.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ingest.paper import PAPER_SUFFIXES, extract_paper, sha256_of
from kg.settings import resolve_data_dir
from ontology.errors import UserError

FOLDER_SUFFIXES = (".pdf", ".md", ".markdown")
LEDGER = "ingested.json"


@dataclass
class Outcome:
    path: str
    status: str                          # ingested | skipped | failed
    source_id: str | None = None
    reason: str = ""
    measurements: int = 0
    pages: int | None = None
    seconds: dict[str, float] = field(default_factory=dict)   # parse / extract / load


def papers_in(paths) -> list[Path]:
    """The paper files named, and the PDFs and Markdown files inside the folders named."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in FOLDER_SUFFIXES
                          and f.name.lower() != "readme.md" and not f.name.startswith("."))
        elif p.is_file():
            if p.suffix.lower() not in PAPER_SUFFIXES:
                raise UserError(f"'{p}' is not a paper file; give a PDF, Markdown (.md) or text (.txt) file")
            out.append(p)
        else:
            raise UserError(f"'{p}' does not exist; give a paper file or a folder of papers")
    return list(dict.fromkeys(out))


class Ledger:
    """sha256 → what was ingested from that content (written atomically after every paper)."""

    def __init__(self, data_dir=None):
        self.path = Path(resolve_data_dir(data_dir)) / LEDGER
        try:
            self.entries: dict = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.entries = {}

    def get(self, sha: str) -> dict | None:
        return self.entries.get(sha)

    def record(self, sha: str, outcome: Outcome) -> None:
        self.entries[sha] = {"source_id": outcome.source_id, "path": outcome.path,
                             "when": datetime.now(UTC).isoformat(timespec="seconds")}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.entries, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)


def _in_graph(store, source_id: str | None) -> bool:
    if not source_id:
        return False
    return bool(store.query("MATCH (s:Source) WHERE s.id = $id RETURN s.id AS id LIMIT 1", {"id": source_id}))


def _work(path: str, sha: str, source_id: str | None):
    """Worker: parse and extract one paper; an error comes back as its message (never raised)."""
    try:
        return extract_paper(path, source_id=source_id, sha256=sha), None
    except (UserError, ValueError) as exc:
        return None, str(exc)
    except Exception as exc:                     # a bug or a PDF no rule foresaw: report, go on
        return None, f"{type(exc).__name__}: {exc}"


def ingest_papers(store, paths, *, data_dir=None, workers: int | None = None, force: bool = False,
                  source_id: str | None = None, on_result=None, on_start=None) -> list[Outcome]:
    """Ingest papers; ``on_start(total)`` once, ``on_result(outcome, done, total)`` after each."""
    from ui.app import papers as kept

    files = papers_in(paths)
    ledger = Ledger(data_dir)
    todo: list[tuple[Path, str]] = []
    outcomes: list[Outcome] = []
    if on_start:
        on_start(len(files))
    done = 0
    for f in files:
        sha = sha256_of(f)
        seen = ledger.get(sha)
        if seen and not force and _in_graph(store, seen.get("source_id")):
            out = Outcome(str(f), "skipped", seen.get("source_id"), "already ingested, unchanged")
            outcomes.append(out)
            done += 1
            if on_result:
                on_result(out, done, len(files))
        else:
            todo.append((f, sha))

    def finish(path: Path, sha: str, paper, error: str | None) -> None:
        nonlocal done
        if paper is None:
            out = Outcome(str(path), "failed", reason=error or "unknown error")
        else:
            t0 = time.perf_counter()
            src = paper.batch.sources[0].id
            try:
                kept.load(store, paper.batch, paper.text, data_dir=data_dir, page_starts=paper.page_starts)
            except Exception as exc:             # the store refused: this paper only
                out = Outcome(str(path), "failed", src, f"loading failed: {exc}")
            else:
                secs = dict(paper.seconds, load=time.perf_counter() - t0)
                pages = paper.page_starts[-1][1] if paper.page_starts else None
                out = Outcome(str(path), "ingested", src, "", len(paper.batch.measurements), pages, secs)
                ledger.record(sha, out)
        outcomes.append(out)
        done += 1
        if on_result:
            on_result(out, done, len(files))

    n_workers = max(1, min(workers or os.cpu_count() or 1, len(todo)))
    if n_workers == 1:
        for f, sha in todo:
            finish(f, sha, *_work(str(f), sha, source_id))
        return outcomes
    # spawned, not forked: this process holds the open store (files, threads) a fork would copy
    with ProcessPoolExecutor(max_workers=n_workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = {pool.submit(_work, str(f), sha, source_id): (f, sha) for f, sha in todo}
        for fut in as_completed(futures):
            f, sha = futures[fut]
            try:
                paper, error = fut.result()
            except Exception as exc:             # the worker died (out of memory, killed)
                paper, error = None, f"worker failed: {type(exc).__name__}: {exc}"
            finish(f, sha, paper, error)
    return outcomes
