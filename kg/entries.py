"""The lab-entry repository: immutable, atomically written revisions of plain JSON documents.

Layout under ``<data dir>/entries/``::

    .lock                          one file lock for all writers (processes included)
    <entry id>/r000001.json        revision 1 (never rewritten), r000002.json, …
    <entry id>/loaded              the last revision loaded into the graph store (see ``pending``)
    files/<aa>/<sha256>            attached files, content-addressed (same bytes stored once)

Why it is safe:

* A revision is written to a temp file in the same folder, fsynced, then *linked* to its final name.
  ``os.link`` fails if the name exists, so revision n+1 can never overwrite n even if the lock were
  bypassed; a crash before the link leaves only a temp file that readers ignore and the next writer
  removes, so the visible state is the previous one.
* Writers serialise on a ``filelock`` file lock, so concurrent processes lose nothing.
* Optimistic concurrency: an edit names the revision it was based on; if another revision was
  written meanwhile the edit is refused with ``ConflictError`` instead of silently winning.
* Loading into the graph comes after the revision is durable. ``mark_loaded`` records what the graph
  has; ``pending()`` lists entries whose latest revision is not loaded (a crash between the two
  steps), which ``hkg entry sync`` reloads — loads are idempotent upserts, so re-running converges.

What may be stored: every new content (``create``, ``edit``) passes ``check`` first, outside the lock,
and a refused document writes nothing (``InvalidEntryError`` names the entry, each field and the fix).
The default check is ``kg.entry_shapes.check_documents``: the document must be a valid lab entry
(``ingest.entries.entry``: pydantic and ontology checks) whose graph data conforms to the SHACL shapes of
``ontology/shapes.ttl``. This is the one place every interface writes through (``hkg entry``, the
Record page, the .eln and table imports, and Python code using the repository), so none can skip it.
Imports that store many entries call ``validate`` on all of them first: one SHACL run for the whole
import, which refuses it entirely (naming the failing entries) before anything is written; ``create``
and ``edit`` then do not check those same documents again.  This module itself stays about documents
(``kg.entry_shapes`` is the one ``kg`` module that reads ``ingest.entries.entry``; ``ingest`` never imports ``kg``).
"""
from __future__ import annotations

import builtins
import errno
import hashlib
import json
import math
import os
import re
import secrets
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from filelock import AcquireReturnProxy, FileLock, Timeout

from ontology.errors import Conflict, NotFound, UserError
from ontology.safe_text import entry_id_problem

_REV_FILE = re.compile(r"^r(\d{6})\.json$")
ACTIONS = ("create", "edit", "delete", "restore")
LOCK_TIMEOUT = 60.0  # seconds a writer waits for the others before giving up with a clear error


class EntryStoreError(UserError):
    """A repository operation that cannot be done; the message says why and what to do."""


class NotFoundError(EntryStoreError, NotFound):
    pass


class DiskFullError(EntryStoreError):
    """The disk (or the user's quota) is full: nothing of the write was kept."""


def _write_error(exc: OSError, what: str, where: Path) -> EntryStoreError:
    """One message with the fix for a write that failed (``exc``), after its leftovers were removed."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(f"no space left on the disk holding '{where}' while storing {what}; nothing "
                             "of it was stored. Fix: free space there (or use another --data-dir / "
                             "HKG_DATA_DIR), then run the command again")
    return EntryStoreError(f"cannot store {what} in '{where}': {exc.strerror or exc}; nothing of it "
                           "was stored")


def _remove_if_empty(folder: Path) -> None:
    """Remove a folder this write created, with any temp file in it, so a failed write leaves none."""
    try:
        for stale in folder.glob(".tmp-*"):
            stale.unlink(missing_ok=True)
        folder.rmdir()
    except OSError:
        pass  # not empty (another writer's file) or already gone: leave it


class ConflictError(EntryStoreError, Conflict):
    """The edit was based on a revision that is no longer the latest."""


@dataclass(frozen=True)
class EntryProblem:
    """Why a document cannot be stored: the entry, the field path in it, what is wrong, the fix."""

    entry_id: str
    path: str                # 'samples[0].measurements[2].unit'; '' for the entry as a whole
    message: str
    fix: str = ""

    def __str__(self) -> str:
        text = f"{self.path}: {self.message}" if self.path else self.message
        return f"{text} — fix: {self.fix}" if self.fix else text


class InvalidEntryError(EntryStoreError, ValueError):
    """The document(s) are not valid lab entries; nothing was stored.  ``problems`` lists each one."""

    def __init__(self, problems: list[EntryProblem],
                 why: tuple[str, str] = ("is not a valid lab entry", "are not valid lab entries")):
        self.problems = list(problems)
        by_entry: dict[str, list[EntryProblem]] = {}
        for p in self.problems:
            by_entry.setdefault(p.entry_id, []).append(p)
        names = ", ".join(f"'{e}'" for e in by_entry)
        if len(by_entry) == 1:
            head = f"entry {names} {why[0]}; nothing was stored"
            lines = [f"  - {p}" for p in self.problems]
        else:
            head = f"entries {names} {why[1]}; nothing was stored"
            lines = [line for eid, probs in by_entry.items()
                     for line in [f"  entry '{eid}':", *(f"    - {p}" for p in probs)]]
        super().__init__(head + ":\n" + "\n".join(lines))


@dataclass(frozen=True)
class Revision:
    entry_id: str
    revision: int
    action: str
    author: str              # who wrote this revision (not necessarily the experiment's author)
    time: str                # ISO 8601, UTC
    deleted: bool
    document: dict[str, Any] = field(default_factory=dict)
    comment: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _crash_point(name: str) -> None:
    """Fault injection for the crash tests: ``HKG_ENTRIES_CRASH_AT=<name>`` kills the process here."""
    if os.environ.get("HKG_ENTRIES_CRASH_AT") == name:
        os._exit(70)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _temp_copy(folder: Path, data: bytes) -> str:
    """A temp file in ``folder`` holding ``data``, on disk (fsynced), to be linked or renamed into place;
    a failed write (a full disk) leaves no half-written file behind."""
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def _write_new(final: Path, data: bytes) -> None:
    """Create ``final`` atomically with ``data``; FileExistsError if it already exists."""
    tmp = _temp_copy(final.parent, data)
    try:
        _crash_point("before_publish")
        os.link(tmp, final)          # atomic, and refuses to replace an existing revision
        _crash_point("after_publish")
    finally:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
    _fsync_dir(final.parent)


def _replace(final: Path, data: bytes) -> None:
    """Atomically replace a small mutable file (the 'loaded' marker)."""
    tmp = _temp_copy(final.parent, data)
    try:
        os.replace(tmp, final)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(final.parent)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


# A lab entry as a document (a mapping), or as an entry object its caller validated already
# (``ingest.entries.entry.LabEntry``: anything with ``document()``); this module does not import ``ingest``.
EntryDocument = Any
# What checks documents before they are stored: (entry id, revision it would get, document) items.
EntryCheck = Callable[[list[tuple[str, int, EntryDocument]]], None]


def _default_check(items: list[tuple[str, int, EntryDocument]]) -> None:
    from .entry_shapes import check_documents

    check_documents(items)


def _with_id(entry_id: str, doc: EntryDocument) -> EntryDocument:
    """The document (or validated entry object) with its entry id set."""
    if hasattr(doc, "document"):
        return doc if getattr(doc, "id", None) == entry_id else doc.model_copy(update={"id": entry_id})
    return {**doc, "id": entry_id}


def _not_json_number(value: Any, path: str = "") -> str | None:
    """The path of the first NaN or infinity in a document ('fields[0].value'), or None."""
    if isinstance(value, float) and not math.isfinite(value):
        return path
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, (list, tuple)) else ()
    for key, inner in items:
        where = _not_json_number(inner, f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}".lstrip("."))
        if where is not None:
            return where
    return None


# An entry document's digest: SHA-256 of its canonical JSON (keys sorted, no ASCII escaping, compact
# separators), so the same text gives the same digest in every store.  Exported archives carry it per
# revision ("sha256"); the repository uses it to remember documents ``validate`` passed.  Digests with
# json.dumps' default separators (", ", ": ") are read too: see ``document_digests``.
_DIGEST_SEPARATORS = ((",", ":"), (", ", ": "))


def document_digest(document: dict[str, Any]) -> str:
    """SHA-256 of an entry document's canonical JSON: the same text in two stores gives the same digest."""
    return _sha256_json(document, _DIGEST_SEPARATORS[0])


def document_digests(document: dict[str, Any]) -> frozenset[str]:
    """Every digest of ``document`` an archive may carry: the canonical one (``document_digest``, what
    exports write) and the same JSON with spaced separators (a digest written that way is still read)."""
    return frozenset(_sha256_json(document, sep) for sep in _DIGEST_SEPARATORS)


def _sha256_json(document: dict[str, Any], separators: tuple[str, str]) -> str:
    text = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=separators, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _digest(entry_id: str, document: dict[str, Any]) -> str:
    return document_digest({**document, "id": entry_id})


class EntryRepository:
    """Lab entries of one data directory.

    ``check(items)`` validates documents before they are stored: ``items`` are (entry id, revision
    number it would get, document); it raises ``InvalidEntryError``.  Default: the lab-entry model
    and the SHACL shapes (``kg.entry_shapes``).
    """

    def __init__(self, data_dir: str | os.PathLike[str], *, check: EntryCheck | None = None,
                 folder: str = "entries", noun: str = "entry", look: str = "hkg entry show {id}") -> None:
        """``noun`` and ``look`` (the command that shows one's revisions) word the refusals for what the
        folder keeps: lab entries, or a curator's decisions on facts."""
        self.noun, self.look = noun, look
        self.root = Path(data_dir) / folder
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / "files").mkdir(exist_ok=True)
        self._lock = FileLock(str(self.root / ".lock"), timeout=LOCK_TIMEOUT)
        self._check = check or _default_check
        self._validated: set[str] = set()   # digests of documents ``validate`` passed, not yet stored
        self._folded: dict[str, list[str]] = {}     # stored folder names by case-folded name (``_case_twin``)
        self._folded_at: int | None = None          # the folder's mtime when they were read

    # -- reading ------------------------------------------------------------------------------
    def _dir(self, entry_id: str) -> Path:
        if problem := entry_id_problem(entry_id):
            raise EntryStoreError(problem)
        return self.root / entry_id

    def _numbers(self, entry_id: str) -> list[int]:
        d = self._dir(entry_id)
        if not d.is_dir():
            return []
        return sorted(int(m.group(1)) for p in d.iterdir() if (m := _REV_FILE.match(p.name)))

    def exists(self, entry_id: str) -> bool:
        return bool(self._numbers(entry_id))

    def ids(self) -> list[str]:
        return sorted(p.name for p in self.root.iterdir()
                      if p.is_dir() and entry_id_problem(p.name) is None and self._numbers(p.name))

    def get(self, entry_id: str, revision: int | None = None) -> Revision:
        numbers = self._numbers(entry_id)
        if not numbers:
            raise NotFoundError(f"no entry '{entry_id}'; see 'hkg entry list'")
        n = numbers[-1] if revision is None else revision
        if n not in numbers:
            raise NotFoundError(f"entry '{entry_id}' has no revision {n} (it has 1..{numbers[-1]})")
        path = self._dir(entry_id) / f"r{n:06d}.json"
        return Revision(**json.loads(path.read_text(encoding="utf-8")))

    def history(self, entry_id: str) -> list[Revision]:
        numbers = self._numbers(entry_id)
        if not numbers:
            raise NotFoundError(f"no entry '{entry_id}'; see 'hkg entry list'")
        return [self.get(entry_id, n) for n in numbers]

    def list(self, *, include_deleted: bool = False) -> list[Revision]:
        """The latest revision of every entry (deleted ones only on request)."""
        out = [self.get(i) for i in self.ids()]
        return [r for r in out if include_deleted or not r.deleted]

    def count_revisions(self) -> int:
        return sum(len(self._numbers(i)) for i in self.ids())

    # -- checking -----------------------------------------------------------------------------
    def validate(self, documents: Iterable[tuple[str, EntryDocument]]) -> None:
        """Check many (entry id, document) pairs at once, before storing any of them.

        One check (one SHACL run) for all, so a bulk import pays the fixed cost once; any problem
        raises ``InvalidEntryError`` naming every failing entry, and the caller writes nothing.
        Documents that pass are remembered: storing exactly them does not check them again.
        A document may also be an entry object the caller validated already (``ingest.entries.entry.LabEntry``,
        anything with ``document()``): the check then does not read it again (validation runs once).
        """
        items, digests = [], []
        for eid, doc in documents:
            doc = _with_id(eid, doc)
            digest = _digest(eid, doc.document() if hasattr(doc, "document") else doc)
            if digest not in self._validated:          # passed here already (an import's plan)
                items.append((eid, (self._numbers(eid) or [0])[-1] + 1, doc))
                digests.append(digest)
        if not items:
            return
        self._check(items)
        self._validated.update(digests)

    def _checked(self, entry_id: str, document: dict[str, Any]) -> None:
        if (where := _not_json_number(document)) is not None:
            # what is stored is the document as given, written as JSON: NaN or infinity there would
            # make a revision file (and every archive exported from it) that strict JSON readers refuse
            raise InvalidEntryError([EntryProblem(entry_id, where, "NaN or infinity is not a number JSON can "
                                                  "store", "give a finite number, or the text as written")])
        digest = _digest(entry_id, document)
        if digest in self._validated:
            self._validated.discard(digest)
            return
        self._check([(entry_id, (self._numbers(entry_id) or [0])[-1] + 1, {**document, "id": entry_id})])

    # -- writing ------------------------------------------------------------------------------
    def _locked(self) -> AcquireReturnProxy[FileLock]:
        try:
            return self._lock.acquire()
        except Timeout:
            raise EntryStoreError(f"another writer holds {self._lock.lock_file} for more than "
                                  f"{LOCK_TIMEOUT:g} s; try again") from None

    def _refuse_stale(self, entry_id: str, action: str, base: int | None, latest: int) -> None:
        """ConflictError / NotFoundError when the change cannot apply on top of revision ``latest``."""
        if action == "create" and latest:
            # the fix named: which command changes it, and how to keep both (a tired second 'add')
            raise ConflictError(f"{self.noun} '{entry_id}' already exists (revision {latest}); " + (
                f"change it with 'hkg entry edit {entry_id} FILE --base {latest}' (see "
                f"'{self.look.format(id=entry_id)}'), or store this one under another id (--id)"
                if self.noun == "entry" else "edit it instead"))
        if action == "create" and (twin := self._case_twin(entry_id)):
            # a data directory on a case-insensitive disk (macOS, Windows) holds 'race' and 'Race' in one
            # folder: the second would write its revisions among the first's
            raise ConflictError(f"{self.noun} id '{entry_id}' differs only in case from the existing "
                                f"'{twin}' (one folder on a case-insensitive disk); edit '{twin}' or "
                                "choose another id")
        if action != "create":
            if not latest:
                raise NotFoundError(f"no {self.noun} '{entry_id}'; see 'hkg {self.noun} list'"
                                    if self.noun == "entry" else f"no {self.noun} '{entry_id}'")
            if base is not None and base != latest:
                raise ConflictError(
                    f"{self.noun} '{entry_id}' is at revision {latest}, but this change was based on "
                    f"revision {base}; look at '{self.look.format(id=entry_id)}' and redo the change on "
                    f"revision {latest}")

    def _case_twin(self, entry_id: str) -> str | None:
        """A stored id equal to ``entry_id`` but for case ('Race' for 'race'), or None. The folder's names
        are indexed by their case-folded form and read again only when the folder changed (its mtime): a
        bulk import of thousands of entries does not list the folder once per entry."""
        stamp = self.root.stat().st_mtime_ns
        if stamp != self._folded_at:
            self._folded, self._folded_at = {}, stamp
            for name in os.listdir(self.root):
                self._folded.setdefault(name.casefold(), []).append(name)
        return next((n for n in self._folded.get(entry_id.casefold(), ()) if n != entry_id
                     and entry_id_problem(n) is None and self._numbers(n)), None)

    def _made_folder(self, entry_id: str) -> None:
        """Index a folder this writer made under the lock (no other writer changed the folder meanwhile)."""
        if self._folded_at is not None:
            self._folded.setdefault(entry_id.casefold(), []).append(entry_id)
            self._folded_at = self.root.stat().st_mtime_ns

    def _append(self, entry_id: str, *, action: str, author: str, document: dict[str, Any], deleted: bool,
                base: int | None, comment: str = "") -> Revision:
        if action not in ACTIONS:
            raise EntryStoreError(f"unknown action '{action}'")
        if not author or not str(author).strip():
            raise EntryStoreError("every revision needs an author (who made the change)")
        d = self._dir(entry_id)
        if action in ("create", "edit"):
            # New content is checked before the lock: validation is the slow part and needs no lock.
            # A change that cannot apply anyway (existing id, stale base) is refused first, unchecked;
            # under the lock the same test is repeated, as another writer may have come in between.
            self._refuse_stale(entry_id, action, base, (self._numbers(entry_id) or [0])[-1])
            self._checked(entry_id, document)
        with self._locked():
            numbers = self._numbers(entry_id)
            latest = numbers[-1] if numbers else 0
            self._refuse_stale(entry_id, action, base, latest)
            rev = Revision(entry_id=entry_id, revision=latest + 1, action=action, author=str(author),
                           time=_now(), deleted=deleted, document={**document, "id": entry_id},
                           comment=comment)
            created = not d.is_dir()
            data = json.dumps(rev.to_json(), ensure_ascii=False, sort_keys=True, indent=1).encode()
            try:
                d.mkdir(exist_ok=True)
                if created:
                    self._made_folder(entry_id)
                for stale in d.glob(".tmp-*"):  # left by a writer that crashed; never visible
                    stale.unlink(missing_ok=True)
                _write_new(d / f"r{rev.revision:06d}.json", data)
            except FileExistsError:  # only if someone bypassed the lock
                raise ConflictError(f"revision {rev.revision} of '{entry_id}' was written "
                                    "concurrently; retry") from None
            except OSError as exc:   # disk full, quota, permissions: no empty entries/<id>/ left behind
                if created:
                    _remove_if_empty(d)
                raise _write_error(exc, f"revision {rev.revision} of entry '{entry_id}'", self.root) from None
            return rev

    def new_id(self, hint: str = "") -> str:
        """A fresh entry id: a slug of the hint (e.g. the title) plus random hex."""
        slug = re.sub(r"[^a-z0-9]+", "-", hint.lower()).strip("-")[:40] or "entry"
        return f"{slug}-{secrets.token_hex(4)}"

    def create(self, document: dict[str, Any], *, author: str, entry_id: str | None = None,
               comment: str = "") -> Revision:
        entry_id = entry_id or document.get("id") or self.new_id(str(document.get("title", "")))
        return self._append(entry_id, action="create", author=author, document=document,
                            deleted=False, base=None, comment=comment)

    def edit(self, entry_id: str, document: dict[str, Any], *, base: int, author: str, comment: str = "") -> Revision:
        """New revision with ``document``; ``base`` is the revision the change started from."""
        if base is None:
            raise EntryStoreError("an edit must name the revision it is based on (base=)")
        if document.get("id") not in (None, "", entry_id):
            raise EntryStoreError(f"document id '{document.get('id')}' is not '{entry_id}'")
        current = self.get(entry_id)
        return self._append(entry_id, action="edit", author=author, document=document,
                            deleted=current.deleted, base=base, comment=comment)

    def delete(self, entry_id: str, *, author: str, base: int | None = None, comment: str = "") -> Revision:
        """Soft delete: a new revision marked deleted, same document (reversible by ``restore``)."""
        current = self.get(entry_id)
        if current.deleted:
            raise EntryStoreError(f"entry '{entry_id}' is already deleted (restore it with 'hkg entry restore')")
        return self._append(entry_id, action="delete", author=author, document=current.document,
                            deleted=True, base=current.revision if base is None else base, comment=comment)

    def restore(self, entry_id: str, *, author: str, base: int | None = None, comment: str = "") -> Revision:
        current = self.get(entry_id)
        if not current.deleted:
            raise EntryStoreError(f"entry '{entry_id}' is not deleted")
        return self._append(entry_id, action="restore", author=author, document=current.document,
                            deleted=False, base=current.revision if base is None else base, comment=comment)

    # -- attached files -----------------------------------------------------------------------
    def put_file(self, source: str | os.PathLike[str] | bytes | BinaryIO) -> tuple[str, int]:
        """Store bytes content-addressed; returns (sha256, size). Same content, stored once."""
        if isinstance(source, (bytes, bytearray)):
            data = bytes(source)
        elif hasattr(source, "read"):
            data = source.read()
        else:
            data = Path(source).read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        final = self.file_path(sha)
        if not final.exists():
            created = not final.parent.is_dir()
            try:
                final.parent.mkdir(parents=True, exist_ok=True)
                _write_new(final, data)
            except FileExistsError:  # another writer stored the same content first: fine
                pass
            except OSError as exc:
                if created:
                    _remove_if_empty(final.parent)
                raise _write_error(exc, f"file {sha[:12]}… ({len(data):,} bytes)", self.root) from None
        return sha, len(data)

    def file_path(self, sha256: str) -> Path:
        if not re.fullmatch(r"[0-9a-f]{64}", sha256 or ""):
            raise EntryStoreError(f"'{sha256}' is not a sha256 hex digest")
        return self.root / "files" / sha256[:2] / sha256

    def read_file(self, sha256: str) -> bytes:
        path = self.file_path(sha256)
        if not path.exists():
            raise NotFoundError(f"no stored file {sha256}")
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise EntryStoreError(f"stored file {sha256} is corrupt (its content does not match its hash)")
        return data

    # -- graph synchronisation ----------------------------------------------------------------
    def loaded_revision(self, entry_id: str) -> int:
        marker = self._dir(entry_id) / "loaded"
        try:
            return int(marker.read_text().strip() or 0)
        except (FileNotFoundError, ValueError):
            return 0

    def mark_loaded(self, entry_id: str, revision: int) -> None:
        """Record that the graph holds ``revision`` (never moves backwards)."""
        with self._locked():
            if revision > self.loaded_revision(entry_id):
                try:
                    _replace(self._dir(entry_id) / "loaded", str(revision).encode())
                except OSError as exc:   # the graph has it; 'hkg entry sync' will record it again
                    raise _write_error(exc, f"the loaded marker of '{entry_id}'", self.root) from None

    def pending(self) -> builtins.list[Revision]:   # (``list`` here is the method above)
        """Latest revisions the graph does not have yet (a crash between write and load, or new)."""
        out = []
        for entry_id in self.ids():
            latest = self._numbers(entry_id)[-1]
            if self.loaded_revision(entry_id) < latest:
                out.append(self.get(entry_id, latest))
        return out

    def export_files(self, sha256: str, dest: Path) -> Path:
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.file_path(sha256), dest)
        return dest


def revision_summary(rev: Revision) -> dict[str, Any]:
    doc = rev.document
    return {"id": rev.entry_id, "revision": rev.revision, "action": rev.action, "author": rev.author,
            "time": rev.time, "deleted": rev.deleted, "title": doc.get("title", ""),
            "samples": len(doc.get("samples", []))}
