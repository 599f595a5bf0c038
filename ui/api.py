"""The Python API: one object that opens a store and answers what the CLI and the pages answer.

    from ui.api import HydrideKG
    with HydrideKG() as hkg:                       # embedded store in HKG_DATA_DIR (or --data-dir)
        print(hkg.stats()["counts"])
        for a in hkg.analogs("MgH2 + 10 wt% Nb2O5", top=5, filters=["Ea < 90 kJ/mol"]):
            print(a.name, round(a.score, 3), [p.note for p in a.paths])
        report = hkg.gap_report(application="HydrogenStorage")
        open("gaps.html", "w").write(hkg.render(report, "html"))

Lab entries are written through the same service as the CLI and the pages (``kg.notebook``), behind
the pages' rule: a change needs a known user. With a password file configured (HKG_AUTH_FILE) that
is ``hkg.sign_in(name, password)`` first; on a single-user machine it is the login name (HKG_USER).

    with HydrideKG() as hkg:
        hkg.sign_in("alice", getpass.getpass())            # only when sign-in is configured
        saved = hkg.add_entry({"title": …, "author": …, "samples": [...]})
        hkg.attach(saved.entry_id, ["tpd.csv"], kind="tpd")
        plan = hkg.import_eln("export.eln", dry_run=True)   # what would be imported

Every method delegates to the module that owns the job (``kg.analogs``, ``kg.gaps``, ``kg.notebook``,
``kg.literature``); nothing here holds domain logic.
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
        self.data_dir = data_dir
        self._author: str | None = None

    # -- who writes ---------------------------------------------------------------------------
    def sign_in(self, username: str, password: str) -> str:
        """Sign in against the password file (HKG_AUTH_FILE), as the app's sign-in does."""
        from kg.settings import get_settings
        from ui.auth import AuthError, authenticate, load_users

        path = get_settings().auth_file
        if path is None:
            raise AuthError("no password file is configured (HKG_AUTH_FILE); changes are made as the "
                            "login name (HKG_USER) without signing in", field="HKG_AUTH_FILE")
        user = authenticate(load_users(path), username, password)
        if user is None:
            raise AuthError("unknown user name or wrong password", field="username")
        self._author = user.username
        return user.username

    def _writer(self) -> str:
        """Who makes a change, under the pages' rule: nobody writes anonymously."""
        from ui.auth import AuthError, auth_mode, local_user

        mode = auth_mode()
        if mode == "local":
            return self._author or local_user().username
        if self._author is None:
            raise AuthError(f"sign in first (sign-in is configured: {mode})", field="user",
                            fix="call sign_in(name, password) with an account of the password file"
                                if mode == "password" else "make changes through the app, where OIDC signs you in")
        return self._author

    @property
    def notebook(self):
        from kg.notebook import LabNotebook

        return LabNotebook(self.data_dir, store=self.store)

    # -- lab entries (reads) ------------------------------------------------------------------
    def entries(self, include_deleted: bool = False) -> list[dict]:
        return self.notebook.summaries(include_deleted)

    def entry(self, entry_id: str, revision: int | None = None) -> dict:
        return self.notebook.get(entry_id, revision).to_json()

    # -- lab entries (writes, signed in) ------------------------------------------------------
    def add_entry(self, document, *, entry_id: str | None = None, comment: str = ""):
        """Validate and store a new entry (a document dict, or a LabEntry) and load it into the graph."""
        nb = self.notebook
        entry = nb.validate(document) if isinstance(document, dict) else document
        return nb.add(entry, author=self._writer(), entry_id=entry_id, comment=comment)

    def edit_entry(self, entry_id: str, document, *, base: int, comment: str = ""):
        nb = self.notebook
        entry = nb.validate(document) if isinstance(document, dict) else document
        return nb.edit(entry_id, entry, base=base, author=self._writer(), comment=comment)

    def delete_entry(self, entry_id: str, *, base: int | None = None, comment: str = ""):
        return self.notebook.delete(entry_id, author=self._writer(), base=base, comment=comment)

    def restore_entry(self, entry_id: str, *, base: int | None = None, comment: str = ""):
        return self.notebook.restore(entry_id, author=self._writer(), base=base, comment=comment)

    def attach(self, entry_id: str, paths, *, kind: str, **options):
        """Attach raw curve(s) and derive values (options as ``hkg entry attach``: sample, heating_rate,
        temperature(s), active_mass, thickness, area …)."""
        return self.notebook.attach(entry_id, list(paths), kind=kind, author=self._writer(), **options)

    def sync(self):
        self._writer()
        return self.notebook.sync()

    def import_eln(self, path, *, dry_run: bool = False):
        """An .eln archive's records as lab entries, all or nothing (``dry_run``: the plan only); records
        naming no material system become entries without sample (see ``assign_sample``)."""
        nb = self.notebook
        plan = nb.plan_eln(path)
        return plan if dry_run else nb.store_plan(plan, author=self._writer())

    def assign_sample(self, entry_ids, system: str, *, label: str = "", add: bool = False):
        """Give entries without sample (or, with ``add``, any entry) a sample; each a new revision."""
        return self.notebook.assign_sample(list(entry_ids), system, author=self._writer(), label=label, add=add)[0]

    def import_table(self, path, mapping: dict[str, str] | None = None, *, dry_run: bool = False, **options):
        """A CSV/TSV/Excel table with one row per measurement as lab entries (options: sheet, author, title)."""
        from ontology.errors import UserError

        nb = self.notebook
        rows, plan = nb.plan_table(path, mapping, **options)
        if rows.issues:
            raise UserError(f"nothing imported; {len(rows.issues)} problem(s):\n"
                            + "\n".join(f"  - {i}" for i in rows.issues), field=str(path))
        return plan if dry_run else nb.store_plan(plan, author=self._writer())

    def export_eln(self, out, ids=(), license: str | None = None):
        """Entries (default: all not deleted) as an .eln archive; returns its path."""
        return self.notebook.export_eln(list(ids), out, license=license)[0]

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
        from kg.literature import Literature

        self._writer()
        return Literature(self.store).ingest(path, source_id=source_id, load_progress=progress)[1]

    def ingest(self, *paths, source_id: str | None = None, workers: int | None = None, force: bool = False,
               data_dir=None, on_result=None) -> list:
        """Ingest papers (PDF, Markdown, text) or folders of them (PDFs and .md files): one worker
        process per core extracts, this session loads; papers ingested before unchanged are
        skipped unless ``force``. Returns one ``Outcome`` per paper (status, source id, reason)."""
        from kg.literature import Literature

        self._writer()
        return Literature(self.store, data_dir=data_dir or self._data_dir).ingest_papers(
            [str(p) for p in paths], workers=workers, force=force, source_id=source_id, on_result=on_result)

    def ingest_upload(self, name: str, data: bytes, *, source_id: str | None = None, force: bool = False):
        """Ingest a paper received as bytes (PDF up to 50 MB, Markdown or text up to 5 MB); an
        ``Outcome`` (``status`` 'skipped' when this content was ingested before, unless ``force``)."""
        from kg.literature import Literature

        self._writer()
        return Literature(self.store, data_dir=self._data_dir).ingest_upload(name, data, source_id, force=force)

    def as_user(self, username: str) -> HydrideKG:
        """A session on the same store in which ``username`` (signed in by an edge that checked
        their credentials, e.g. the JSON API's token) makes the changes."""
        other = HydrideKG(store=self.store, data_dir=self._data_dir)
        other._author = username
        return other

    # -- curation of literature facts (kg/curation.py) ------------------------------------------
    def facts(self, *, source: str | None = None, prop: str | None = None, host: str | None = None,
              status: str | None = None, table: str | None = None, section: str | None = None) -> list[dict]:
        """Literature facts with their status and confidence, least confident first."""
        from kg.curation import select_facts
        from kg.sources import LITERATURE_FACTS

        return select_facts(self.store.query(LITERATURE_FACTS), source=source, prop=prop, host=host,
                            status=status, table=table, section=section)

    def fact_history(self, fact_id: str) -> list[dict]:
        from kg.curation import CurationLog

        return [d.__dict__ for d in CurationLog(self._curation_dir()).history(fact_id)]

    def decide(self, fact_id: str, status: str, *, reason: str = "", fields: dict | None = None,
               base: int | None = None) -> dict:
        """Confirm ('confirmed'), correct ('corrected', with ``fields``) or reject ('rejected') a fact; the
        fact is updated in the graph (one transaction). Needs a signed-in user, as entries do."""
        from kg.curation import decide_and_reload

        decision, _ = decide_and_reload(self.store, self._curation_dir(), fact_id, status, author=self._writer(),
                                        reason=reason, fields=fields, base=base)
        return decision.__dict__

    def _curation_dir(self):
        from kg.settings import get_settings

        return self._data_dir or getattr(self.store, "data_dir", None) or get_settings().data_dir

    # -- lifecycle ----------------------------------------------------------------------------
    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> HydrideKG:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
