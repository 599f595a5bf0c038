"""Ingest many papers (PDF, Markdown, text): parse and extract in one worker process per core,
load into the store from this process only (a single writer), keep each text for evidence.

Resumable: ``<data dir>/ingested.json`` records the sha256 of every paper loaded; a paper whose
content was ingested before (and whose source is still in the graph) is skipped. A paper that
fails is reported with its reason and the others go on. Part of the literature service
(``Literature.ingest_papers``, ``Literature.ingest_paper``), which every surface calls: ``hkg
ingest``, the JSON API's upload, the Python API.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ingest.paper import PAPER_SUFFIXES, Paper, extract_paper, sha256_of
from ontology.errors import UserError

from .settings import resolve_data_dir

if TYPE_CHECKING:
    from .literature import Literature
    from .store import GraphStore

OnResult = Callable[["Outcome", int, int], None]

FOLDER_SUFFIXES = (".pdf", ".md", ".markdown")
LEDGER = "ingested.json"
# A review runs to ~400 kB of Markdown; far beyond this is not a paper (and would hold a server).
MAX_PAPER_BYTES = 5_000_000
MAX_PDF_BYTES = 50_000_000


class PaperError(UserError, ValueError):
    """An upload that cannot be read as a paper; the message says what to do."""


class PaperTooLarge(PaperError):
    """An upload beyond the size limit of its kind (the JSON API answers 413)."""


def check_size(name: str, size: int, pdf: bool) -> None:
    limit = MAX_PDF_BYTES if pdf else MAX_PAPER_BYTES
    if size > limit:
        kind = " for a PDF" if pdf else ""
        raise PaperTooLarge(f"{name}: {size / 1e6:.1f} MB is more than a paper ({limit / 1e6:.0f} MB at most{kind}); "
                            "split it or export only the article", field="file")


def upload_suffix(name: str, data: bytes) -> str:
    """The file type of an upload (its name's suffix; a PDF also by its first bytes), size-checked."""
    suffix = Path(name).suffix.lower()
    if data[:5] == b"%PDF-" and suffix not in (".md", ".markdown", ".txt"):
        suffix = ".pdf"
    if suffix not in PAPER_SUFFIXES:
        raise PaperError(f"'{name}' is not a paper file", field="name",
                         fix="send a PDF, Markdown (.md) or text (.txt) file, named with its suffix")
    check_size(name, len(data), suffix == ".pdf")
    if not data.strip():
        raise PaperError(f"'{name}': the file is empty", field="file")
    return suffix


@dataclass
class Outcome:
    path: str
    status: str                          # ingested | skipped | failed
    source_id: str | None = None
    reason: str = ""
    measurements: int = 0
    pages: int | None = None
    seconds: dict[str, float] = field(default_factory=dict)   # parse / extract / load
    batch: Any = field(default=None, repr=False, compare=False)      # the GraphBatch loaded
    loaded: dict[str, Any] = field(default_factory=dict, repr=False)  # rows written by the load

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "status": self.status, "source_id": self.source_id, "reason": self.reason,
                "measurements": self.measurements, "pages": self.pages,
                "seconds": {k: round(v, 3) for k, v in self.seconds.items()}, "loaded": dict(self.loaded)}


def papers_in(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
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

    def __init__(self, data_dir: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(resolve_data_dir(data_dir)) / LEDGER
        try:
            self.entries: dict[str, dict[str, Any]] = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.entries = {}

    def get(self, sha: str) -> dict[str, Any] | None:
        return self.entries.get(sha)

    def source_of(self, sha: str) -> str | None:
        """The source id ingested from this content, if any."""
        seen = self.entries.get(sha)
        return seen.get("source_id") if isinstance(seen, dict) else None

    def record(self, sha: str, outcome: Outcome) -> None:
        self.entries[sha] = {"source_id": outcome.source_id, "path": outcome.path,
                             "when": datetime.now(UTC).isoformat(timespec="seconds")}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.entries, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)


def _in_graph(store: GraphStore, source_id: str | None) -> bool:
    if not source_id:
        return False
    return bool(store.query("MATCH (s:Source) WHERE s.id = $id RETURN s.id AS id LIMIT 1", {"id": source_id}))


def is_ingested(store: GraphStore, ledger: Ledger, sha: str) -> bool:
    """This content was ingested before and its source is still in the graph."""
    return _in_graph(store, ledger.source_of(sha))


def _work(path: str, sha: str, source_id: str | None) -> tuple[Paper | None, str | None]:
    """Worker: parse and extract one paper; an error comes back as its message (never raised)."""
    try:
        return extract_paper(path, source_id=source_id, sha256=sha), None
    except (UserError, ValueError) as exc:
        return None, str(exc)
    except Exception as exc:                     # a bug or a PDF no rule foresaw: report, go on
        return None, f"{type(exc).__name__}: {exc}"


def ingested(literature: Literature, paper: Paper, path: str | os.PathLike[str],
             ledger: Ledger | None = None) -> Outcome:
    """Load one extracted paper (its text kept for evidence) and record it in the ledger."""
    t0 = time.perf_counter()
    loaded = literature.load_paper(paper.batch, paper.text, paper.page_starts)
    secs = dict(paper.seconds, load=time.perf_counter() - t0)
    pages = paper.page_starts[-1][1] if paper.page_starts else None
    out = Outcome(str(path), "ingested", paper.batch.sources[0].id, "", len(paper.batch.measurements), pages, secs,
                  paper.batch, loaded)
    (ledger or Ledger(literature.data_dir)).record(paper.sha256, out)
    return out


def ingest_papers(literature: Literature, paths: Iterable[str | os.PathLike[str]], *, workers: int | None = None,
                  force: bool = False, source_id: str | None = None, on_result: OnResult | None = None,
                  on_start: Callable[[int], None] | None = None) -> list[Outcome]:
    """Ingest papers into ``literature`` (a ``kg.literature.Literature``); ``on_start(total)`` once,
    ``on_result(outcome, done, total)`` after each."""
    store = literature.store
    files = papers_in(paths)
    ledger = Ledger(literature.data_dir)
    todo: list[tuple[Path, str]] = []
    outcomes: list[Outcome] = []
    if on_start:
        on_start(len(files))

    def report(out: Outcome) -> None:
        outcomes.append(out)
        if on_result:
            on_result(out, len(outcomes), len(files))

    for f in files:
        sha = sha256_of(f)
        if not force and is_ingested(store, ledger, sha):
            report(Outcome(str(f), "skipped", ledger.source_of(sha), "already ingested, unchanged"))
        else:
            todo.append((f, sha))

    def finish(path: Path, sha: str, paper: Paper | None, error: str | None) -> None:
        if paper is None:
            out = Outcome(str(path), "failed", reason=error or "unknown error")
        else:
            try:
                out = ingested(literature, paper, path, ledger)
                out.batch = None                 # hundreds of papers: keep the summaries only
            except Exception as exc:             # the store refused: this paper only
                out = Outcome(str(path), "failed", paper.batch.sources[0].id, f"loading failed: {exc}")
        report(out)

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
