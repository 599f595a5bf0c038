"""The lab notebook service: every change to lab entries, for every surface.

    nb = LabNotebook()                                   # the settings' data folder and store
    entry = nb.validate(document)                        # ingest.entries.entry.LabEntry (raises EntryValidationError)
    saved = nb.add(entry, author="alice")                # stored as revision 1, loaded into the graph
    nb.edit(saved.entry_id, entry2, base=1, author="alice")
    nb.attach(entry_id, [Path("tpd.csv")], kind="tpd", author="alice")
    nb.delete(entry_id, author="alice"); nb.restore(entry_id, author="alice"); nb.sync()
    plan = nb.plan_eln("export.eln"); nb.store_plan(plan, author="alice")   # .eln import, all or nothing
    nb.export_eln([], "out.eln")

The CLI (``hkg entry / eln / import table / elabftw``), the Streamlit pages, the Python API
(``ui.api.HydrideKG``) are adapters over this class: they turn their input into these calls and the
results (``Saved``, ``ImportPlan``) into output.  Errors are the project's (``ontology.errors``): each
surface shows them its own way.

Validation runs once per save: a ``LabEntry`` comes in validated (pydantic and the ontology), the
repository's SHACL check takes that object as it is (``EntryRepository.validate``), and the graph
batch is made from the same object.  A revision is durable before the graph is touched and marked
loaded only after the load succeeded; ``sync`` repairs a crash in between (loads are idempotent).
"""
from __future__ import annotations

import builtins
import copy
import hashlib
import mimetypes
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ontology.errors import HydrideKGError, UserError
from ontology.limits import MAX_CURVE_FILE_BYTES

from .entries import (
    EntryProblem,
    EntryRepository,
    InvalidEntryError,
    NotFoundError,
    Revision,
    document_digest,
    document_digests,
    revision_summary,
)
from .settings import resolve_data_dir
from .store import GraphStore, StoreError, open_store

if TYPE_CHECKING:
    from ingest.eln.crate import ElnRecord
    from ingest.eln.elabftw import ElabClient
    from ingest.eln.to_entry import Mapped
    from ingest.entries.entry import LabEntry
    from ingest.entries.entry_fields import FieldUse
    from ingest.entries.tabular import ImportPlan as TablePlan
    from ingest.instruments.curves import Curve

_Item = TypeVar("_Item")


@dataclass
class Saved:
    """What a write did: the revisions stored and what happened in the graph."""

    revisions: list[Revision] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)       # values kept but worth a second look
    graph_problems: list[str] = field(default_factory=list)  # stored, but not (all) in the graph
    graph_error: str | None = None                          # the graph could not be opened at all
    loaded: bool = False                                    # the graph was updated (False: no_graph)
    derived: list[dict[str, Any]] = field(default_factory=list)       # attach: measurements derived from the files
    files: list[tuple[str, str]] = field(default_factory=list)  # attach: (name, sha256) stored

    @property
    def entry_id(self) -> str:
        return self.revisions[0].entry_id

    @property
    def revision(self) -> int:
        return self.revisions[0].revision

    @property
    def ok(self) -> bool:
        return not self.graph_problems and self.graph_error is None


@dataclass
class PlannedEntry:
    entry_id: str
    action: str                       # create | edit | unchanged
    document: dict[str, Any]
    record: str = ""                  # the record / experiment / row it came from
    files: dict[str, bytes] = field(default_factory=dict)   # sha256 -> bytes to store first
    comment: str = ""
    entry: Any = None                 # the validated LabEntry, when the import made one (tables)
    kind: str = "sample"              # 'sample' (a material system recognised) or 'note' (without sample)
    explain: list[Any] = field(default_factory=list)         # (what, why): what became a sample, a value, a note
    files_refused: list[Any] = field(default_factory=list)   # (file name, why): bytes not matching the digest


@dataclass
class ImportPlan:
    """What an import would store (``dry run``), then what ``store_plan`` stores, all or nothing."""

    origin: str
    publisher: str = ""
    records: int = 0
    entries: list[PlannedEntry] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)        # {record, name, reason}
    warnings: list[str] = field(default_factory=list)
    already: int = 0                                         # table: entries imported before

    @property
    def without_sample(self) -> int:
        return sum(1 for p in self.entries if p.kind == "note")

    @property
    def files_refused(self) -> list[tuple[str, str, str]]:
        """(entry id, file name, why) of every file not kept because its bytes do not match."""
        return [(p.entry_id, name, why) for p in self.entries for name, why in p.files_refused]

    def to_dict(self) -> dict[str, Any]:
        return {"publisher": self.publisher, "records": self.records,
                "entries": [{"id": p.entry_id, "title": p.document.get("title", ""), "record": p.record,
                             "action": p.action, "kind": p.kind,
                             "samples": [s.get("system") for s in p.document.get("samples", [])],
                             "explain": [{"what": w, "why": y} for w, y in p.explain],
                             "files_refused": [{"name": n, "why": y} for n, y in p.files_refused]}
                            for p in self.entries],
                "skipped": self.skipped, "without_sample": self.without_sample, "warnings": list(self.warnings),
                "files_refused": len(self.files_refused)}


ATTACH_KINDS = ("tpd", "tga", "kissinger", "pct", "cycling", "arrhenius", "eis")


SAMPLE_MOVED = ("--sample no longer gives every record one system (a protocol would become a sample): "
                "import, then give the entries that need one their sample: "
                "hkg entry assign-sample ID [ID …] --system SYSTEM (the import lists the ids)")


def _with_own_id(mapped: Mapped, record: ElnRecord, publisher: str) -> Mapped:
    """A mapped record keeps the id of our own export, or gets a stable one from its origin."""
    from ingest.eln.to_entry import entry_id_for

    if not mapped.own:
        mapped.document["id"] = entry_id_for(record, publisher)
    return mapped


def _map_records(items: Iterable[_Item], map_one: Callable[[_Item], Mapped], *, what: str,
                 field: str) -> list[Mapped]:
    """Every item mapped, links between them resolved; all or nothing: one that cannot be mapped
    refuses the import, naming each."""
    from ingest.eln.to_entry import link_entries

    mapped: list[Mapped] = []
    errors: list[str] = []
    for item in items:
        try:
            mapped.append(map_one(item))
        except HydrideKGError as exc:
            errors.append(str(exc))
    if errors:
        raise UserError(f"{len(errors)} {what} cannot be imported, so nothing was written:\n  - "
                        + "\n  - ".join(errors), field=field)
    link_entries(mapped, {m.record.id: m.document["id"] for m in mapped})
    return mapped


def _refuse_default_system(default_system: str | None) -> None:
    if default_system:
        raise UserError(SAMPLE_MOVED, field="--sample")


class LabNotebook:
    """Lab entries of one data folder, kept in step with one graph store.

    ``store``: an open store to load into (a page's process-wide one); else one is opened per write
    from ``store_kind`` / the settings and closed again.  ``graph=False`` stores revisions only
    (``sync`` loads them later)."""

    def __init__(self, data_dir: str | os.PathLike[str] | None = None, *, store: GraphStore | None = None,
                 store_kind: str | None = None, graph: bool = True):
        self.data_dir = resolve_data_dir(data_dir)
        self._store = store
        self._store_kind = store_kind
        self.graph = graph
        self._repo: EntryRepository | None = None

    # -- the repository -----------------------------------------------------------------------
    @property
    def repo(self) -> EntryRepository:
        if self._repo is None:
            self._repo = EntryRepository(self.data_dir)
        return self._repo

    def _existing_repo(self) -> EntryRepository | None:
        """The repository if the data folder has one (a preview writes nothing, not even folders)."""
        return self.repo if self._repo is not None or (self.data_dir / "entries").is_dir() else None

    # -- reading ------------------------------------------------------------------------------
    def list(self, include_deleted: bool = False) -> list[Revision]:
        repo = self._existing_repo()
        return repo.list(include_deleted=include_deleted) if repo else []

    def summaries(self, include_deleted: bool = False) -> builtins.list[dict[str, Any]]:
        return [revision_summary(r) for r in self.list(include_deleted)]

    def get(self, entry_id: str, revision: int | None = None) -> Revision:
        return self.repo.get(entry_id, revision)

    def history(self, entry_id: str) -> builtins.list[Revision]:
        return self.repo.history(entry_id)

    def read_file(self, sha256: str) -> bytes:
        return self.repo.read_file(sha256)

    # -- validation ---------------------------------------------------------------------------
    @staticmethod
    def validate(document: dict[str, Any], where: str = "") -> LabEntry:
        """The document as a validated ``LabEntry`` (raises ``EntryValidationError`` naming each field)."""
        from ingest.entries.entry import load_entry

        return load_entry(document, where=where)

    @staticmethod
    def read_entry_file(path: str | os.PathLike[str]) -> LabEntry:
        from ingest.entries.entry import load_entry_file

        return load_entry_file(path)

    def check_files(self, document: dict[str, Any], entry_id: str) -> None:
        """Refuse a document whose ``files`` name content the file store does not hold.

        Such an entry would store fine but could never be exported ('no stored file'); files get
        into the store with ``attach``, which also records them in the entry."""
        problems = []
        for i, f in enumerate(document.get("files") or []):
            sha = f.get("sha256") if isinstance(f, dict) else None
            name = f.get("name") if isinstance(f, dict) else None
            label = f"'{name}'" if name else "a file"
            try:
                missing = not sha or not self.repo.file_path(str(sha)).is_file()
            except UserError:
                missing = True
            if missing:
                problems.append((f"files[{i}].sha256", f"{label} (sha256 {sha or 'missing'}) is not in the file store"))
        if problems:
            raise UserError(f"entry '{entry_id}': " + "; ".join(f"{p}: {m}" for p, m in problems)
                            + ". Nothing was written", field=problems[0][0],
                            # the Record page records entries without files: name only the ways that exist
                            fix=f"store the entry without that files: item, then attach the file with 'hkg "
                                f"entry attach {entry_id} FILE --kind …' ('Attach a curve' on the entry's Sources "
                                "page, or HydrideKG.attach in Python), which stores it and records it under files:; "
                                "an .eln archive that carries the file brings it along ('hkg eln import' or the ELN "
                                "exchange page)")

    # -- writes -------------------------------------------------------------------------------
    def add(self, entry: LabEntry, *, author: str, entry_id: str | None = None, comment: str = "") -> Saved:
        """Store a validated entry as revision 1 of a new entry and load it into the graph."""
        doc = entry.document()
        entry_id = entry_id or entry.id or self.repo.new_id(str(doc.get("title", "")))
        self.check_files(doc, entry_id)
        entry = _with_id(entry, entry_id)
        self.repo.validate([(entry_id, entry)])            # SHACL, on the object: no second parse
        rev = self.repo.create(entry.document(), author=author, entry_id=entry_id, comment=comment)
        return self._saved([rev], {rev.entry_id: entry}, warnings=[str(f) for f in entry.flags])

    def edit(self, entry_id: str, entry: LabEntry, *, base: int, author: str, comment: str = "") -> Saved:
        """A new revision with the whole new entry; refused (Conflict) unless ``base`` is the latest, and
        refused when the entry names another id: an entry's id is fixed (a silent rename would lose it)."""
        if entry.id not in ("", entry_id):
            raise InvalidEntryError([EntryProblem(
                entry_id, "id", f"the id cannot change ('{entry.id}' given, this entry is '{entry_id}')",
                fix=f"put back 'id: {entry_id}' (or remove the line); for an entry under another id, add a new "
                    "entry with this text ('hkg entry add', or the Record experiment page)")])
        self.check_files(entry.document(), entry_id)
        entry = _with_id(entry, entry_id)
        self.repo.validate([(entry_id, entry)])
        rev = self.repo.edit(entry_id, entry.document(), base=base, author=author, comment=comment)
        return self._saved([rev], {entry_id: entry}, warnings=[str(f) for f in entry.flags])

    def assign_sample(self, ids: builtins.list[str], system: str, *, author: str, label: str = "", add: bool = False,
                      comment: str = "") -> tuple[Saved, builtins.list[tuple[str, builtins.list[FieldUse]]]]:
        """Give entries (an import's entries without sample, typically) a sample, each a new revision;
        every entry is checked before any is written. Returns what was saved and, per entry, how its
        fields were used (``ingest.entries.entry_fields``: which became measurements)."""
        from ingest.entries.entry_fields import AssignError, assign_sample

        planned = []
        for eid in ids:
            rev = self.repo.get(eid)
            if rev.deleted:
                raise UserError(f"{eid}: the entry is deleted", field=eid,
                                fix=f"restore it first ('hkg entry restore {eid}')")
            if rev.document.get("samples") and not add:
                have = ", ".join(s.get("system") or s.get("host", {}).get("formula", "")
                                 for s in rev.document["samples"])
                raise UserError(f"{eid}: already has sample(s) ({have}). Nothing was written", field=eid,
                                fix="pass --add to give it one more")
            try:
                doc, uses = assign_sample(rev.document, system, label=label)
            except AssignError as exc:
                raise UserError(f"{eid}: {exc}. Nothing was written", field="--system") from None
            entry = _with_id(self.validate(doc, where=f"entry {eid}"), eid)
            planned.append((eid, rev.revision, entry, uses))
        self.repo.validate([(eid, entry) for eid, _, entry, _ in planned])
        revisions, entries = [], {}
        for eid, base, entry, _ in planned:
            revisions.append(self.repo.edit(eid, entry.document(), base=base, author=author,
                                            comment=comment or f"sample assigned: {system}"))
            entries[eid] = entry
        return self._saved(revisions, entries), [(eid, uses) for eid, _, _, uses in planned]

    def delete(self, entry_id: str, *, author: str, base: int | None = None, comment: str = "") -> Saved:
        return self._saved([self.repo.delete(entry_id, author=author, base=base, comment=comment)])

    def restore(self, entry_id: str, *, author: str, base: int | None = None, comment: str = "") -> Saved:
        return self._saved([self.repo.restore(entry_id, author=author, base=base, comment=comment)])

    def sync(self) -> Saved:
        """Load the revisions the graph does not have yet (after a crash or ``graph=False``)."""
        return self._saved(self.repo.pending(), force_graph=True, together=False)

    def attach(self, entry_id: str, paths: builtins.list[Path], *, kind: str, author: str, sample: str | None = None,
               heating_rate: str | None = None, heating_rates: str | None = None, temperature: str | None = None,
               form: str = "sigmaT", description: str = "", derive: bool = True, base: int | None = None,
               comment: str = "", active_mass: str | None = None, thickness: str | None = None,
               area: str | None = None, temperatures: str | None = None) -> Saved:
        """Store raw curve file(s) with an entry and the values derived from them, as a new revision."""
        paths = [Path(p) for p in paths]
        for path in paths:
            if not path.is_file():
                raise UserError(f"no file '{path}'", field="FILE",
                                fix="give the path of a curve file (CSV/TSV or an instrument's text export)")
            if (size := path.stat().st_size) > MAX_CURVE_FILE_BYTES:   # read whole below: refuse first
                raise UserError(f"'{path.name}' is {size:,} bytes; a curve file may have at most "
                                f"{MAX_CURVE_FILE_BYTES:,}", field="FILE",
                                fix="thin the curve (every n-th point) or split it into several files")
        if len({p.name for p in paths}) != len(paths):
            raise UserError("the files have the same name", field="FILE", fix="rename them")
        if kind not in ATTACH_KINDS:
            raise UserError(f"unknown kind '{kind}'", field="--kind", fix=f"use one of {', '.join(ATTACH_KINDS)}")
        current = self.repo.get(entry_id)
        if current.deleted:
            raise UserError(f"entry '{entry_id}' is deleted", field="id",
                            fix=f"restore it first: hkg entry restore {entry_id}")
        base = base if base is not None else current.revision
        doc = copy.deepcopy(current.document)
        samples = doc.get("samples", [])
        sample_id = sample or (samples[0]["id"] if len(samples) == 1 else None)
        if sample_id is None or sample_id not in [s["id"] for s in samples]:
            raise UserError("say which sample the file belongs to", field="--sample",
                            fix=f"--sample {'|'.join(s['id'] for s in samples)}")
        from ingest.instruments.curve_formats import read_bytes, read_curve_bytes

        contents = [read_bytes(p) for p in paths]     # read once: the curves derived from are the bytes stored
        measurements = derive_from_read_curves(
            [read_curve_bytes(data, p.name) for p, data in zip(paths, contents, strict=True)], kind,
            heating_rate=heating_rate, heating_rates=heating_rates, temperature=temperature, form=form,
            active_mass=active_mass, thickness=thickness, area=area, temperatures=temperatures) if derive else []
        files = doc.setdefault("files", [])
        stored = []
        for path, data in zip(paths, contents, strict=True):
            sha, size = self.repo.put_file(data)   # content-addressed: harmless if the revision is refused
            same_name = [f for f in files if f["name"] == path.name]
            if same_name and same_name[0]["sha256"] != sha:
                raise UserError(f"entry '{entry_id}' already has a different file named '{path.name}'",
                                field="FILE", fix="rename the file")
            if not same_name:
                file_kind = {"kissinger": "tpd", "arrhenius": "eis"}.get(kind, kind) if len(paths) > 1 else kind
                files.append({"name": path.name, "sha256": sha, "size": size, "kind": file_kind, "sample": sample_id,
                              # instrument text exports (.mpt, .DTA) have no registered type: text, not CSV
                              "media_type": mimetypes.guess_type(path.name)[0] or "text/plain",
                              "description": description or f"{file_kind} curve"})
            stored.append((path.name, sha))
        target = next(s for s in samples if s["id"] == sample_id).setdefault("measurements", [])
        if derive:
            # The same file attached again (a rerun with the heating rate added, a second click): its new
            # reading replaces the values read from it before, which the earlier revision keeps; appended,
            # every value stood twice in the entry, the graph, the analogs and the lab-vs-literature rows.
            again = {name for name, sha in stored if any(f["name"] == name and f["sha256"] == sha
                                                         for f in current.document.get("files", []))}
            target[:] = [m for m in target if m.get("derived_from") not in again]
        target.extend(measurements)
        names = ", ".join(n for n, _ in stored)
        entry = _with_id(self.validate(doc, where=f"{entry_id} + {names}"), entry_id)
        self.repo.validate([(entry_id, entry)])
        rev = self.repo.edit(entry_id, entry.document(), base=base, author=author,
                             comment=f"attached {names} ({kind})" + (f": {comment}" if comment else ""))
        saved = self._saved([rev], {entry_id: entry}, warnings=[str(f) for f in entry.flags])
        saved.derived, saved.files = measurements, stored
        return saved

    # -- the graph ----------------------------------------------------------------------------
    def _saved(self, revisions: builtins.list[Revision], entries: dict[str, Any] | None = None,
               warnings: builtins.list[str] | None = None, force_graph: bool = False, together: bool = True) -> Saved:
        saved = Saved(revisions=list(revisions), warnings=list(warnings or []))
        if not revisions or not (self.graph or force_graph):
            return saved
        if self._store is not None:
            saved.graph_problems = self.load(self._store, revisions, entries, together=together)
        else:
            try:
                store = open_store(self._store_kind, data_dir=self.data_dir)
            except StoreError as exc:
                saved.graph_error = f"stored, but the graph was not updated: {exc}; run 'hkg entry sync'"
                return saved
            with store:
                saved.graph_problems = self.load(store, revisions, entries, together=together)
        saved.loaded = True
        return saved

    def load(self, store: GraphStore, revisions: builtins.list[Revision], entries: dict[str, Any] | None = None, *,
             together: bool = True) -> builtins.list[str]:
        """Load revisions into the graph and mark them loaded; returns problems (entry id: message).

        ``entries``: the validated entry objects of revisions just written (not read again).  A
        deleted revision removes the entry's source when the store can (``remove_source``); an edit
        first removes the previous revision's facts the same way, so values taken out of an entry
        leave the graph too.  Stores without ``remove_source`` keep earlier facts (upsert only).
        With ``together`` an import's new entries load as one batch over one connection (all or none
        of them; an import of thousands opened the store per entry); without it (``sync``) one by one,
        so an entry the store refuses is named."""
        import contextlib

        problems: list[str] = []
        try:
            with getattr(store, "session", contextlib.nullcontext)():
                self._load_each(store, revisions, entries or {}, problems, together)
        except Exception as exc:  # noqa: BLE001 - the store cannot be opened for writing: all stay pending
            problems += [f"{rev.entry_id}: graph load failed ({exc}); run 'hkg entry sync' to retry"
                         for rev in revisions if self.repo.loaded_revision(rev.entry_id) < rev.revision
                         and not any(p.startswith(f"{rev.entry_id}:") for p in problems)]
        return problems

    def _entry_of(self, rev: Revision, entries: dict[str, Any]) -> LabEntry:
        from ingest.entries.entry import load_entry

        return entries.get(rev.entry_id) or load_entry(rev.document, where=f"entry {rev.entry_id} r{rev.revision}")

    def _load_each(self, store: GraphStore, revisions: builtins.list[Revision], entries: dict[str, Any],
                   problems: builtins.list[str], together: bool) -> None:
        from ingest.entries.entry import EntryValidationError, entry_to_batch, source_id

        remove = getattr(store, "remove_source", None)
        fresh = [r for r in revisions if r.revision == 1 and not r.deleted] if together else []
        taken = {id(r) for r in fresh}
        one_by_one = self._load_together(store, fresh, entries, problems)
        for rev in [r for r in revisions if id(r) not in taken] + one_by_one:
            try:
                if rev.revision > 1 and remove is not None:
                    remove(source_id(rev.entry_id))
                if not rev.deleted:
                    # an entry without a date is dated by its revision (as it was when checked and stored)
                    store.load(entry_to_batch(self._entry_of(rev, entries), rev.revision,
                                              created=datetime.fromisoformat(rev.time)))
                elif remove is None:
                    problems.append(f"{rev.entry_id}: deleted, but this store cannot remove facts; "
                                    "they stay in the graph until it is rebuilt")
                self.repo.mark_loaded(rev.entry_id, rev.revision)
            except EntryValidationError as exc:
                problems.append(f"{rev.entry_id}: {exc}")
            except Exception as exc:  # noqa: BLE001 - a store failure must not lose the stored revision
                problems.append(f"{rev.entry_id}: graph load failed ({exc}); run 'hkg entry sync' to retry")

    def _load_together(self, store: GraphStore, revisions: builtins.list[Revision], entries: dict[str, Any],
                       problems: builtins.list[str]) -> builtins.list[Revision]:
        """Many first revisions as one batch (one transaction): all reach the graph or none (each then
        pending, named in ``problems``). Returns what is left to load one by one (a single one)."""
        from ingest.entries.entry import EntryValidationError, entry_to_batch
        from ontology.models import GraphBatch

        merged, ok = GraphBatch(), builtins.list[Revision]()
        for rev in revisions:
            try:
                entry = self._entry_of(rev, entries)
            except EntryValidationError as exc:
                problems.append(f"{rev.entry_id}: {exc}")
                continue
            merged.extend(entry_to_batch(entry, rev.revision, created=datetime.fromisoformat(rev.time)))
            ok.append(rev)
        if len(ok) < 2:
            return ok
        try:
            store.load(merged)
        except Exception as exc:  # noqa: BLE001 - rolled back: none of them is in the graph
            problems += [f"{rev.entry_id}: graph load failed ({exc}); run 'hkg entry sync' to retry" for rev in ok]
            return []
        for rev in ok:
            self.repo.mark_loaded(rev.entry_id, rev.revision)
        return []

    # -- imports ------------------------------------------------------------------------------
    def plan_eln(self, path: str | os.PathLike[str], default_system: str | None = None, *,
                 origin: str | None = None) -> ImportPlan:
        """Read an .eln archive and plan its import (checked against the shapes; writes nothing).

        ``origin``: the name the archive is known by (an upload's name), else its path."""
        origin = origin or str(path)
        from ingest.eln.archive import ElnArchiveError, open_eln
        from ingest.eln.crate import read_crate
        from ingest.eln.to_entry import map_record

        _refuse_default_system(default_system)
        try:
            crate = read_crate(open_eln(Path(path)))
        except ElnArchiveError as exc:     # named as the user knows it, not by a page's temporary copy
            if exc.file == origin:
                raise
            raise ElnArchiveError(origin, exc.entry, exc.rule, exc.detail) from None
        mapped = _map_records(crate.records, lambda rec: _with_own_id(
            map_record(rec, file=origin, publisher=crate.publisher), rec, crate.publisher),
            what="record(s)", field=origin)
        plan = self._plan_mapped(mapped, origin=origin, publisher=crate.publisher, records=len(crate.records))
        plan.warnings.extend(crate.warnings)      # what of the archive's shape was read leniently
        return plan

    def plan_elabftw(self, client: ElabClient, *, since: str | None = None,
                     default_system: str | None = None) -> ImportPlan:
        """Experiments of an eLabFTW server (``ingest.eln.elabftw.ElabClient``), planned like an .eln import."""
        from ingest.eln.elabftw import ElabError, attach_uploads, experiment_to_record, modified_since
        from ingest.eln.to_entry import map_record

        _refuse_default_system(default_system)
        try:
            listed = [e for e in client.experiments() if modified_since(e, since)]
            full = [client.experiment(int(e["id"])) for e in listed]
        except (KeyError, TypeError, ValueError) as exc:
            raise ElabError(f"eLabFTW answered something unexpected: {exc}") from None

        def map_experiment(exp: dict[str, Any]) -> Mapped:
            rec = experiment_to_record(exp, base_url=client.base)
            attach_uploads(rec, exp, lambda up: client.upload(int(exp["id"]), up))
            return _with_own_id(map_record(rec, file=client.base, publisher=client.base), rec, client.base)

        mapped = _map_records(full, map_experiment, what="experiment(s)", field="--url")
        return self._plan_mapped(mapped, origin=client.base, publisher="eLabFTW", records=len(full))

    def _plan_mapped(self, mapped: Iterable[Mapped], *, origin: str, publisher: str, records: int) -> ImportPlan:
        from .entry_shapes import check_documents

        repo = self._existing_repo()
        plan = ImportPlan(origin=origin, publisher=publisher, records=records)
        for m in mapped:
            eid = m.document["id"]
            action, explain = "create", list(m.explain)
            if repo is not None and repo.exists(eid):
                action, kept = _reimport_action(repo, eid, {**m.document, "id": eid}, m.revisions if m.own else None)
                if kept:
                    explain.insert(0, ("kept as edited here", kept))
                    if action == "kept":
                        plan.warnings.append(f"{eid}: {kept}")
            plan.entries.append(PlannedEntry(eid, action, m.document, record=m.record.id, files=m.files,
                                             comment=f"{IMPORTED_FROM} {origin} ({publisher}, record {m.record.id})",
                                             kind=m.kind, explain=explain,
                                             files_refused=list(m.files_refused)))
        # Every entry that would be written is checked against the shapes in one run, before anything
        # is written (files included): one bad record refuses the whole import, naming its entry and field.
        todo = [(p.entry_id, p.document) for p in plan.entries if p.action in ("create", "edit")]
        try:
            if repo is not None:
                repo.validate(todo)
            else:
                check_documents([(eid, 1, doc) for eid, doc in todo])
        except InvalidEntryError as exc:
            raise _prefixed(exc, origin) from None
        return plan

    def plan_table(self, path: str | os.PathLike[str], mapping: dict[str, str] | None = None, *,
                   sheet: str | int | None = 0, author: str | None = None,
                   title: str | None = None) -> tuple[TablePlan, ImportPlan]:
        """A table's rows as lab entries: (ingest.entries.tabular plan with its issues, ImportPlan of the valid)."""
        from ingest.entries.tabular import build_entries, plan_mapping, read_table

        path = Path(path)
        if not path.is_file():
            raise UserError(f"no file '{path}'", field="FILE", fix="give the path of a .csv, .tsv or .xlsx table")
        table = read_table(path, sheet=sheet)
        rows = build_entries(table, plan_mapping(table, mapping or {}), author=author, title=title)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:10]
        # ids from the file's content and the row's key: re-running an interrupted import stores only
        # what is missing and never duplicates (the same file gives the same ids)
        plan = ImportPlan(origin=path.name, publisher="table", records=len(rows.entries),
                          warnings=[str(f) for e in rows.entries for f in e.flags])
        repo = self._existing_repo()
        for k, entry in enumerate(rows.entries):
            key = re.sub(r"[^a-z0-9]+", "-", (entry.title or str(k)).lower()).strip("-")[:30] or str(k)
            eid = f"tbl-{digest}-{k}-{key}"
            entry = _with_id(entry, eid)
            action = "unchanged" if repo is not None and repo.exists(eid) else "create"
            plan.already += action == "unchanged"
            plan.entries.append(PlannedEntry(eid, action, entry.document(), record=str(k),
                                             comment=f"imported from {path.name}", entry=entry))
        return rows, plan

    def store_plan(self, plan: ImportPlan, *, author: str) -> Saved:
        """Store a plan (all checked before): files first (content-addressed, harmless), then one
        revision per new or changed entry.  A failure part-way (a concurrent writer) leaves whole
        revisions only, and re-running finds what is stored and converges."""
        from .entries import ConflictError

        repo = self.repo
        todo = [p for p in plan.entries if p.action in ("create", "edit")]
        repo.validate([(p.entry_id, p.entry or p.document) for p in todo])
        revisions, entries = [], {}
        try:
            for p in plan.entries:
                for sha, data in p.files.items():
                    if repo.put_file(data)[0] != sha:
                        raise UserError(f"{p.record}: stored bytes do not hash to {sha}")
            for p in todo:
                entry = p.entry
                doc = entry.document() if entry is not None else p.document
                try:
                    if p.action == "create":
                        revisions.append(repo.create(doc, author=author, entry_id=p.entry_id, comment=p.comment))
                    else:
                        revisions.append(repo.edit(p.entry_id, doc, base=repo.get(p.entry_id).revision,
                                                   author=author, comment=p.comment))
                except ConflictError:
                    if p.action != "create" or plan.publisher != "table":
                        raise
                    plan.already += 1                     # the same table imported before: nothing to add
                    continue
                if entry is not None:
                    entries[p.entry_id] = entry
        except UserError as exc:
            raise UserError(f"{exc}; re-run the import: entries already stored are recognised",
                            field=exc.field, fix=exc.fix) from None
        # Entries of this import stored by an earlier run whose graph load failed are still pending:
        # load them too, so re-running the same import converges to the full graph.
        ours, fresh = {p.entry_id for p in plan.entries}, {r.entry_id for r in revisions}
        pending = [r for r in repo.pending() if r.entry_id in ours and r.entry_id not in fresh]
        saved = self._saved(revisions + pending, entries, warnings=plan.warnings)
        saved.revisions = revisions + pending
        return saved

    # -- export -------------------------------------------------------------------------------
    def export_eln(self, ids: builtins.list[str], out: str | os.PathLike[str],
                   license: str | None = None) -> tuple[Path, int]:
        """Entries (default: every entry not deleted) with their files and history as an .eln archive."""
        from ingest.eln.export import ExportItem, write_eln

        repo = self.repo
        revs = [repo.get(i) for i in ids] if ids else repo.list()
        if not revs:
            raise UserError("no entries to export", fix="add entries first (hkg entry add, the Record page)")
        items = [ExportItem(document=r.document, revisions=[
            {k: v for k, v in revision_summary(h).items() if k in ("revision", "action", "author", "time", "deleted")}
            | {"comment": h.comment, "sha256": document_digest(h.document)} for h in repo.history(r.entry_id)])
                 for r in revs]
        return write_eln(items, Path(out), repo.read_file, license=license), len(items)


# ------------------------------------------------------------------------------- helpers
IMPORTED_FROM = "imported from"      # how an import's revisions begin their comment (.eln, eLabFTW)


def _reimport_action(repo: EntryRepository, eid: str, document: dict[str, Any],
                     exported: builtins.list[dict[str, Any]] | None = None) -> tuple[str, str]:
    """(action, why the stored entry is kept) for a record imported before.

    An entry is the import's to update only while its latest revision is the import's own: one edited
    here since (a sample assigned, a value corrected) is never reverted by importing the archive again.
    When the record is what was imported then, nothing is written ('unchanged', the edits kept); when
    the ELN changed it too, nothing is written either ('kept') and the user is told how to merge."""
    current = repo.get(eid)
    if current.document == document and not current.deleted:
        return "unchanged", ""
    if exported is not None:
        return _own_reimport_action(repo, current, document, exported)
    history = repo.history(eid)
    imported = [r for r in history if r.comment.startswith(IMPORTED_FROM)]
    if not imported or imported[-1].revision == current.revision:
        return ("unchanged" if current.document == document else "edit"), ""
    last = imported[-1]
    done = "deleted" if current.deleted else "edited"
    since = (f"{done} here since its import (revision {current.revision} by {current.author}, after the "
             f"import's revision {last.revision})")
    if last.document == document:
        return "unchanged", f"{since}; the archive's record is as imported then: kept as it is here"
    return "kept", (f"{since}, and the record changed in the archive too: not overwritten. Compare with "
                    f"'hkg entry history {eid}' and carry the ELN's changes over by hand ('hkg entry edit')")


def _own_reimport_action(repo: EntryRepository, current: Revision, document: dict[str, Any],
                         exported: builtins.list[dict[str, Any]]) -> tuple[str, str]:
    """The same for HydrideKG's own export brought back (``exported``: the entry's revisions as the
    archive lists them).  The archive updates the entry when it carries on from this store's revision
    (the archive lists that revision: same number, author and time) or when nothing was edited here
    since the last import; otherwise the store's edits are kept — an older export of this store is
    'unchanged', an export of another store that moved on differently is 'kept' with how to merge.
    (``_reimport_action`` has answered 'unchanged' already when the stored entry is the document.)"""
    # the archive carries on from this store's revision: it lists a revision with the same document
    # (its digest; another store's import of ours is a copy) or, for archives without digests, the same
    # number, author and time; or nothing was edited here since the last import
    mine, ours = document_digests(current.document), (current.revision, current.author, current.time)
    if any(r.get("sha256") in mine or (r.get("revision"), r.get("author"), r.get("time")) == ours
           for r in exported) or current.comment.startswith(IMPORTED_FROM):
        return "edit", ""
    numbers = [r["revision"] for r in exported if isinstance(r.get("revision"), int)]
    last = max(numbers, default=0)
    done = "deleted" if current.deleted else "edited"
    since = (f"{done} here (revision {current.revision} by {current.author}) after what this archive holds "
             f"(revision {last or '?'})")
    try:
        then = repo.get(current.entry_id, last).document if 0 < last < current.revision else None
    except NotFoundError:                         # numbered otherwise here: another store's entry
        then = None
    if then == document:
        return "unchanged", f"{since}: kept as it is here"
    return "kept", (f"{since}, and the archive's entry is not one of this store's revisions: not overwritten. "
                    f"Compare with 'hkg entry history {current.entry_id}' and edit by hand ('hkg entry edit')")


def _with_id(entry: LabEntry, entry_id: str) -> LabEntry:
    return entry if entry.id == entry_id else entry.model_copy(update={"id": entry_id})


def _check_system(text: str) -> None:
    from ontology.system import parse_system

    try:
        parse_system(text)
    except (UserError, ValueError) as exc:
        raise UserError(f"--sample: {exc}", field="--sample",
                        fix="write the material system like 'MgH2–10 wt% Ni'") from None


def _prefixed(exc: InvalidEntryError, origin: str) -> UserError:
    """The shapes' refusal of an import, named by where it came from (the problems kept)."""
    err = InvalidEntryError(exc.problems)
    err.args = (f"{origin}: {exc}",)
    return err


def derive_from_curves(paths: list[Path], kind: str, *, heating_rate: str | None = None,
                       heating_rates: str | None = None, temperature: str | None = None,
                       form: str = "sigmaT", active_mass: str | None = None, thickness: str | None = None,
                       area: str | None = None, temperatures: str | None = None) -> list[dict[str, Any]]:
    """Measurements derived from attached curve(s).

    Several TPD/TGA files with ``kind='kissinger'`` are one run at several heating rates (each rate
    from ``heating_rates`` or the file's '# heating_rate:' line): each file gives its own onset and
    peak, and together they give the Kissinger activation energy.  Several impedance spectra with
    ``kind='arrhenius'`` are one pellet at several ``temperatures``: each gives σ = L/(R·A), together
    the Arrhenius activation energy."""
    from ingest.instruments.curve_formats import read_curve_file

    return derive_from_read_curves([read_curve_file(p) for p in paths], kind, heating_rate=heating_rate,
                                   heating_rates=heating_rates, temperature=temperature, form=form,
                                   active_mass=active_mass, thickness=thickness, area=area, temperatures=temperatures)


def derive_from_read_curves(curves: list[Curve], kind: str, *, heating_rate: str | None = None,
                            heating_rates: str | None = None, temperature: str | None = None,
                            form: str = "sigmaT", active_mass: str | None = None, thickness: str | None = None,
                            area: str | None = None, temperatures: str | None = None) -> list[dict[str, Any]]:
    """``derive_from_curves`` for curves already read (``ingest.instruments.curve_formats``), one per file."""
    from ingest.instruments.curves import derive, kissinger_from_curves, technique_for

    if kind == "arrhenius" and (temperatures or len(curves) > 1):
        return _conductivity_series(curves, temperatures, thickness=thickness, area=area, form=form)
    if len(curves) == 1:
        return derive(kind, curves[0], heating_rate=heating_rate, temperature=temperature, form=form,
                      active_mass=active_mass, thickness=thickness, area=area)
    if kind != "kissinger":
        raise UserError("several files at once only for --kind kissinger (TPD curves at several heating rates) "
                        "or --kind arrhenius (impedance spectra at several temperatures)",
                        field="--kind", fix="attach one file at a time, or use --kind kissinger / arrhenius")
    rates = [r.strip() for r in (heating_rates or "").split(",") if r.strip()]
    if rates and len(rates) != len(curves):
        raise UserError(f"--heating-rates gives {len(rates)} rates for {len(curves)} files", field="--heating-rates")
    out: list[dict[str, Any]] = []
    pairs = []
    for k, curve in enumerate(curves):
        rate = (rates[k] + (" K/min" if rates[k].replace(".", "").isdigit() else "")) if rates else None
        try:
            per_file = derive("tpd", curve, heating_rate=rate)
        except UserError as exc:
            if exc.field == "--heating-rate":          # read file by file, given as --heating-rates
                exc.field, exc.fix = "--heating-rates", (exc.fix or "").replace("--heating-rate ", "--heating-rates ")
            raise
        beta = per_file[0]["conditions"].get("heating_rate", {}).get("value")
        if beta is None:
            raise UserError(f"{curve.name}: no heating rate", field="--heating-rates",
                            fix="add '# heating_rate: 5 K/min' to the file or pass --heating-rates")
        pairs.append((beta, curve))
        out.extend(per_file)
    ea, r2, _peaks = kissinger_from_curves(pairs)
    technique = next((m["technique"] for m in out if m.get("technique")), None)
    ea_m = {"property": "dehydrogenation_activation_energy", "value": float(f"{ea:.6g}"), "unit": "kJ/mol",
            "method": "Kissinger", "derived_from": curves[0].name, "conditions": {},
            "note": "peaks of " + ", ".join(f"{c.name} ({b:g} K/min)" for b, c in pairs) + f"; R² = {r2:.4f}"}
    ea_m["technique"] = technique_for("kissinger") or technique
    if ea_m["technique"] is None:
        del ea_m["technique"]
    return out + [ea_m]


def _conductivity_series(curves: list[Any], temperatures: str | None, *, thickness: str | None, area: str | None,
                         form: str) -> list[dict[str, Any]]:
    """Impedance spectra of one pellet at the ``temperatures`` ('25,50,75 degC', in the files' order; a file
    holding several sweeps, e.g. an EC-Lab PEIS loop, gives one spectrum per sweep)."""
    from ingest.instruments.curves import conductivity_arrhenius, sweeps

    curves = [spectrum for curve in curves for spectrum in sweeps(curve)]
    temps = temperature_list(temperatures, len(curves))
    return conductivity_arrhenius(list(zip(temps, curves)), thickness=thickness, area=area, form=form)


def temperature_list(text: str | None, count: int) -> list[float]:
    """'25,50,75 degC' or '300 K, 320 K, 340 K' -> kelvins; one per file."""
    from ontology.quantities import parse_quantity_text
    from ontology.units import quantity

    fix = "give one temperature per file, in the files' order, with a unit: --temperatures '25,50,75 degC'"
    items = [t.strip() for t in (text or "").split(",") if t.strip()]
    if len(items) != count:
        raise UserError(f"--temperatures gives {len(items)} temperatures for {count} spectra (a file holding several "
                        "sweeps counts one spectrum per sweep)", field="--temperatures", fix=fix)
    unit = re.sub(r"^[-+\d.eE\s]+", "", items[-1]).strip()
    kelvins = []
    for item in items:
        text_with_unit = item if re.search(r"[A-Za-z°]", item) else f"{item} {unit}"
        try:
            value, u = parse_quantity_text(text_with_unit)
            kelvins.append(float(quantity(value, u).to("K").magnitude))
        except Exception:  # no unit, or not a temperature: the same fix for both
            raise UserError(f"--temperatures: '{item}' is not a temperature", field="--temperatures", fix=fix) from None
    return kelvins


def author_of(explicit: str | None) -> str:
    """Who makes a change: the given name, else HKG_USER, else the login name (kg.settings)."""
    from .settings import get_settings

    return explicit or get_settings().user

