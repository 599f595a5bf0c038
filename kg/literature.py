"""The literature service: the graph of what papers report (build from the snapshot, ingest a paper).

    lit = Literature(store)
    lit.build()                              # ontology + the shipped snapshot (idempotent upserts)
    lit.ingest(Path("paper.md"))             # extract a paper and load its facts
    lit.facts(Path("paper.md"))              # extract only (what ingest would load)
    lit.ingest_paper(Path("paper.pdf"))      # one paper file: text kept for evidence, ledger updated
    lit.ingest_papers(["papers/"])           # a folder: one worker per core, resumable
    lit.ingest_upload("paper.pdf", data)     # bytes a surface received (size-checked)

``ensure_literature`` is what the first graph command on a fresh machine calls: an empty embedded
store gets the literature graph built from the snapshot (said on stderr by the caller's ``say``),
so ``hkg analogs "MgH2–Ni"`` works right after install.  The CLI (``hkg build``, ``hkg ingest``),
the pages, the JSON API and the Python API all come here.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ontology.errors import UserError

from .settings import get_settings
from .store import GraphStore, Progress, StoreError, open_store

if TYPE_CHECKING:
    from ingest.extract import RecordContext
    from ontology.models import GraphBatch, Measurement as MeasurementModel, MechanismClaim, SourceRef

    from .paper_ingest import OnResult, Outcome


def snapshot_files(snapshot_dir: Path | None = None) -> list[Path]:
    folder = Path(snapshot_dir or get_settings().snapshot_dir)
    if not folder.is_dir():
        raise UserError(f"snapshot folder '{folder}' does not exist", field="--snapshot-dir",
                        fix="pass --snapshot-dir (or HKG_SNAPSHOT_DIR) naming a folder of *.batch.json files")
    return sorted(folder.glob("*.batch.json"))


def load_snapshots(snapshot_dir: Path | None = None) -> list[tuple[Path, GraphBatch]]:
    """(file, GraphBatch) of every snapshot in the folder."""
    from ingest.snapshot import read_batch

    return [(f, read_batch(f)) for f in snapshot_files(snapshot_dir)]


def contract_row(m: MeasurementModel, context: RecordContext | None = None) -> dict[str, Any]:
    """The public form of one measurement (``hkg extract --jsonl``, the Sources page's preview; the
    README's "Extraction contract"). ``context``: an ``ingest.extract.RecordContext`` of the batch
    (the strategies and applications the source's reports give the system)."""
    from ingest.extract import components_of
    from ontology.system import host_formula

    s = m.source
    strategies = context.strategies_of(m) if context is not None else []
    return {
        "kind": "measurement",
        "property": m.property,
        "value": _printed(m.value),
        "value_max": _printed(m.value_max),
        "unit": m.unit,
        "qualifier": m.qualifier,
        "uncertainty": _printed(m.uncertainty),
        "basis": m.basis,
        "reported_sign": m.reported_sign,
        "material": host_formula(m.system),
        "system": m.system.name,
        "system_id": m.system.id,
        "additives": [a.formula for a in m.system.additives],
        "components": components_of(m.system, context.application_of(m) if context is not None else None,
                                    context.said_of(m, strategies) if context is not None else ()),
        "strategies": strategies,
        "application": context.application_of(m) if context is not None else None,
        "baseline": m.baseline,
        "conditions": m.all_conditions,   # categorical ones as term ids
        "condition_max": m.condition_max,  # the upper end of a condition stated as a range
        "condition_qualifier": m.condition_qualifiers,  # a condition stated as a bound ('within 20 min': '<=')
        "note": context.note_of(m) if context is not None else None,
        "cues": list(m.cues),
        "source": _place(s),
    }


def mechanism_row(c: MechanismClaim) -> dict[str, Any]:
    """The public form of one mechanism claim: which mechanism the source credits, for which additive
    or strategy, in which host, and where (the evidence span)."""
    return {"kind": "mechanism", "mechanism": c.mechanism, "host": c.host, "additive": c.additive,
            "strategy": c.strategy, "in_situ_phase": c.in_situ_phase, "source": _place(c.source)}


def _printed(v: float | None) -> float | None:
    """A value as the contract prints it: six significant digits. A unit conversion makes digits no
    paper measured (42 kJ/mol is 0.435299325563 eV); the stored value keeps them, so ids do not move."""
    return None if v is None else float(f"{v:.6g}")


def _place(s: SourceRef) -> dict[str, Any]:
    return {"section": s.section, "table": s.table, "row": s.row, "refs": list(s.refs), "start": s.start,
            "end": s.end, "page": getattr(s, "page", None)}


def contract_rows(batch: GraphBatch) -> list[dict[str, Any]]:
    """Every measurement of a batch, then every mechanism claim, in their public form."""
    from ingest.extract import RecordContext

    context = RecordContext(batch)
    return [contract_row(m, context) for m in batch.measurements] + [mechanism_row(c) for c in batch.mechanisms]


class Literature:
    """Literature facts in one graph store, with curators' decisions (kg/curation.py) applied to
    every load: a build or an ingest replaces what a source said by its curated extraction."""

    def __init__(self, store: GraphStore, data_dir: str | os.PathLike[str] | None = None):
        self.store = store
        # The curation log sits beside the lab entries: in the embedded store's folder, or (Neo4j) in
        # the configured data folder.
        self.data_dir = Path(data_dir or getattr(store, "data_dir", None) or get_settings().data_dir)
        self.curation: dict[str, Any] = {}          # per snapshot or paper: the decisions the last load applied

    def _load(self, name: str, batch: GraphBatch, progress: Progress | None = None) -> dict[str, Any]:
        from .curation import curated

        # A table cell its own text reads 10³ off was already given at the text's unit by extraction
        # (ingest/extraction/tables/table_units.py); curators' decisions apply after it, so a correction has the last
        # word.
        batch, report = curated(batch, self.data_dir)
        self.curation[name] = report.to_dict()
        return self.store.replace_source(batch, progress=progress)

    def build(self, snapshot_dir: Path | None = None,
              progress: Callable[[str], Callable[..., Any]] | None = None) -> dict[str, Any]:
        """Load the ontology and every snapshot; returns rows written per snapshot file.

        ``progress(name)`` may give a ``(done, total)`` callback for each file's load."""
        snapshots = load_snapshots(snapshot_dir)
        self.store.ensure_schema()
        self.store.load_ontology()
        return {path.name: self._load(path.name, batch, progress(path.name) if progress else None)
                for path, batch in snapshots}

    @staticmethod
    def facts(path: Path, source_id: str | None = None, progress: bool | Callable[..., object] = False) -> GraphBatch:
        """What a paper (Markdown or text) says, as a GraphBatch (nothing is loaded)."""
        from ingest.extract import extract_file

        path = Path(path)
        if not path.is_file():
            raise UserError(f"'{path}' is not a file", field="path",
                            fix="give the path of a Markdown or text document")
        return extract_file(path, source_id=source_id, progress=progress)

    def load(self, batch: GraphBatch, progress: Progress | None = None) -> dict[str, Any]:
        """Load extracted facts, kept for curation and with curators' decisions applied (one
        transaction; loading the same paper again changes nothing)."""
        from .curation import keep_extracted

        keep_extracted(self.data_dir, batch)
        return self._load(", ".join(s.id for s in batch.sources) or "paper", batch, progress)

    def ingest(self, path: Path, source_id: str | None = None, progress: bool | Callable[..., object] = False,
               load_progress: Progress | None = None,
               batch: GraphBatch | None = None) -> tuple[GraphBatch, dict[str, Any]]:
        """Extract a paper (unless its ``batch`` is given) and load its facts; (batch, rows written)."""
        from .curation import keep_extracted

        batch = batch if batch is not None else self.facts(path, source_id=source_id, progress=progress)
        keep_extracted(self.data_dir, batch)           # what curators' decisions apply to
        self.store.ensure_schema()
        self.store.load_ontology()
        return batch, self._load(Path(path).name if path else "paper", batch, load_progress)

    def load_paper(self, batch: GraphBatch, text: str,
                   page_starts: Sequence[tuple[int, int]] | None = None) -> dict[str, Any]:
        """Load a paper's facts and keep its text (and a PDF's page map) in ``<data dir>/texts`` for
        the evidence view. The text is written first: a failed load leaves only a harmless file."""
        from .paper_texts import keep_text

        keep_text(batch.sources[0].id, text, self.data_dir, page_starts)
        return self.load(batch)

    def ingest_paper(self, path: str | os.PathLike[str], source_id: str | None = None, progress: Any = False, *,
                     force: bool = True, name: str | None = None) -> Outcome:
        """Extract one paper file (PDF, Markdown, text), load its facts, keep its text and record it
        in the ledger of ingested papers; an ``Outcome`` (``.batch``: what was loaded). Unless
        ``force``, a paper whose content was ingested before (and is still in the graph) is skipped.
        Errors are raised (a folder's ingest reports them instead). ``name``: the file's name to
        report (an upload's, not its temporary copy's)."""
        from ingest.paper import extract_paper, sha256_of

        from .paper_ingest import Ledger, Outcome, ingested, is_ingested

        path = Path(path)
        if not path.is_file():
            raise UserError(f"'{name or path}' is not a file", field="path",
                            fix="give the path of a PDF, Markdown or text paper")
        sha = sha256_of(path)
        ledger = Ledger(self.data_dir)
        if not force and is_ingested(self.store, ledger, sha):
            return Outcome(name or str(path), "skipped", ledger.source_of(sha), "already ingested, unchanged")
        paper = extract_paper(path, source_id=source_id, progress=progress, sha256=sha)
        self.store.ensure_schema()
        self.store.load_ontology()
        return ingested(self, paper, name or path, ledger)

    def ingest_upload(self, name: str, data: bytes, source_id: str | None = None, *, force: bool = False) -> Outcome:
        """A paper received as bytes (the JSON API's upload): checked against the size limits
        (``MAX_PDF_BYTES`` for a PDF, ``MAX_PAPER_BYTES`` for text), then ingested as a file."""
        import tempfile

        from .paper_ingest import upload_suffix
        from .paper_texts import safe_name

        suffix = upload_suffix(name, data)
        with tempfile.TemporaryDirectory(prefix="hkg-upload-") as tmp:
            path = Path(tmp) / ((safe_name(Path(name).stem) or "upload") + suffix)
            path.write_bytes(data)
            try:
                return self.ingest_paper(path, source_id, force=force, name=name)
            except UserError as exc:      # the message names the upload, not its temporary copy
                exc.args = tuple(a.replace(str(path), name) if isinstance(a, str) else a for a in exc.args)
                exc.field = exc.field or "file"
                raise

    def ingest_papers(self, paths: Iterable[str | os.PathLike[str]], *, workers: int | None = None,
                      force: bool = False, source_id: str | None = None, on_result: OnResult | None = None,
                      on_start: Callable[[int], None] | None = None) -> list[Outcome]:
        """Papers and folders of papers (every PDF and Markdown file in them): one worker process per
        core extracts, this process loads; failures are reported per paper, the rest go on; papers
        ingested before unchanged are skipped unless ``force``. One ``Outcome`` per paper."""
        from .paper_ingest import ingest_papers, papers_in

        papers_in(paths)                    # bad paths: one message before any work
        self.store.ensure_schema()
        self.store.load_ontology()
        return ingest_papers(self, paths, workers=workers, force=force, source_id=source_id,
                             on_result=on_result, on_start=on_start)

    def is_empty(self) -> bool:
        """No source at all: neither the literature nor any lab entry is in the graph."""
        return not self.store.stats().get("sources")


# The database files this process has found current (every column) and holding sources, by device
# and inode: a graph command checks a store once per process, not on every command a test, a notebook
# or the Python API runs (the check opens the store and reads ~20 tables' columns). A store replaced
# by another file (a rebuild, a restore) is a new inode and is checked again.
_CHECKED: set[tuple[str, int, int]] = set()


def _identity(path: Path) -> tuple[str, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return str(path.resolve()), st.st_dev, st.st_ino


def ensure_literature(kind: str | None = None, data_dir: str | os.PathLike[str] | None = None,
                      say: Callable[[str], None] | None = None) -> bool:
    """Build the literature graph of an empty embedded store (no graph yet, or no source in it: a
    store holding lab entries is the user's, not built behind their back); True when it built.

    Only the embedded store is built on demand (a Neo4j server is the team's, built on purpose);
    a store without the snapshot folder is left as it is. Checked once per process and store file."""
    settings = get_settings()
    if (kind or settings.store) != "ladybug":
        return False
    folder = Path(data_dir or settings.data_dir).expanduser()
    from .ladybug_store import DB_NAME

    db = folder / DB_NAME
    if _identity(db) in _CHECKED:
        return False
    if db.exists():
        try:
            with open_store("ladybug", data_dir=folder, read_only=True) as store:
                # one read of the meta node; the columns of every table only when it names another schema
                current = store.schema_is_current()
                behind = not current and bool(store.missing_columns())
                empty = Literature(store).is_empty()
            if behind:
                # a store made by an older HydrideKG: the columns this version reads are added (empty)
                # before a read-only command queries them
                if say:
                    say(f"the graph in '{folder}' was made by an older HydrideKG: adding the columns this "
                        "version reads (run 'hkg build' to re-extract the literature with this version) …")
            if not current:
                # stamped with this version's schema (columns added if any were missing): the next
                # command reads the stamp instead of checking every table again
                try:
                    with open_store("ladybug", data_dir=folder) as store:
                        store.ensure_schema()
                except (StoreError, OSError):
                    if behind:           # its queries would fail: the command must not go on
                        raise
                    # complete but unstamped, and not writable here (a read-only copy): read it as it is
            if not empty:
                _remember(db)
                return False
        except StoreError:
            return False               # locked, damaged …: the command itself reports it
    try:
        snapshot_files()
    except UserError:
        return False
    if say:
        say(f"no literature graph in '{folder}' yet: building it from the shipped snapshot "
            f"({get_settings().snapshot_dir}) …")
    with open_store("ladybug", data_dir=folder) as store:
        Literature(store).build()
    _remember(db)
    return True


def _remember(db: Path) -> None:
    key = _identity(db)
    if key is not None:
        _CHECKED.add(key)
