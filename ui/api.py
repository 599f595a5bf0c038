"""The Python API: one object that opens a store and answers what the CLI and the pages answer.

    from ui.api import HydrideKG
    with HydrideKG() as hkg:                       # embedded store in HKG_DATA_DIR (or --data-dir)
        print(hkg.stats()["counts"])
        for a in hkg.analogs("MgH2 + 10 wt% Nb2O5", top=5, filters=["Ea < 90 kJ/mol"]):
            print(a.name, round(a.score, 3), [p.note for p in a.paths])
        report = hkg.gap_report(application="HydrogenStorage")
        open("gaps.html", "w").write(hkg.render(report, "html"))

Every method delegates to the module that owns the job (``kg.analogs``, ``kg.gaps``, ``ingest``);
nothing here holds domain logic.
"""
from __future__ import annotations

from kg.store import open_store


class HydrideKG:
    """A session on one graph store (LadybugDB by default, Neo4j with ``kind="neo4j"``)."""

    def __init__(self, kind: str | None = None, *, data_dir: str | None = None, uri: str | None = None,
                 user: str | None = None, password: str | None = None, read_only: bool = False,
                 store=None):
        self._data_dir = data_dir
        self.store = store if store is not None else open_store(
            kind, data_dir=data_dir, uri=uri, user=user, password=password, read_only=read_only)

    # -- the graph ----------------------------------------------------------------------------
    def stats(self) -> dict:
        return self.store.stats()

    def query(self, cypher: str, params: dict | None = None) -> list[dict]:
        """A read-only Cypher query (write clauses are refused by the store)."""
        return self.store.query(cypher, params or {})

    # -- analogous systems --------------------------------------------------------------------
    def analogs(self, query, top: int = 10, weights: dict[str, float] | None = None, filters=None, **kw):
        from kg.analogs import find_analogs

        return find_analogs(self.store, query, top=top, weights=weights, filters=filters, **kw)

    def analog_search(self, query, **kw):
        from kg.analogs import search

        return search(self.store, query, **kw)

    def ask(self, question: str, **params) -> list[dict]:
        """The typical questions: additives-below, mechanisms-for-strategy, transferable-classes, …"""
        from kg.analogs.questions import ask

        return ask(self.store, question, **params)

    # -- gap reports --------------------------------------------------------------------------
    def gap_report(self, filters=None, **kw):
        from kg.gaps import ReportFilters, build_report

        return build_report(self.store, filters if filters is not None else ReportFilters(**kw))

    @staticmethod
    def render(report, fmt: str = "md"):
        from ui.report.render import render

        return render(report, fmt)

    # -- ingestion ----------------------------------------------------------------------------
    def ingest_file(self, path, source_id: str | None = None, progress=None) -> dict:
        """Extract a paper (PDF, Markdown or text) and load its facts; returns the load counts."""
        from ingest.extract import extract_file

        batch = extract_file(path, source_id=source_id)
        return self.store.load(batch, progress=progress)

    def ingest(self, *paths, source_id: str | None = None, workers: int | None = None, force: bool = False,
               data_dir=None, on_result=None) -> list:
        """Ingest papers (PDF, Markdown, text) or folders of them (PDFs and .md files): one worker
        process per core extracts, this session loads; papers ingested before unchanged are
        skipped unless ``force``. Returns one ``Outcome`` per paper (status, source id, reason)."""
        from ui.ingest_folder import ingest_papers

        return ingest_papers(self.store, [str(p) for p in paths], data_dir=data_dir or self._data_dir,
                             workers=workers, force=force, source_id=source_id, on_result=on_result)

    # -- lifecycle ----------------------------------------------------------------------------
    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "HydrideKG":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
