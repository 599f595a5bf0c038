"""``hkg entry …``: record lab entries, keep their revisions, attach raw curves, sync the graph.

    hkg entry add FILE.yaml|json [--id ID]       validate, store revision 1, load into the graph
    hkg entry edit ID FILE --base N              new revision (refused if N is not the latest)
    hkg entry show ID [--revision N] [--json]
    hkg entry history ID
    hkg entry list [--all]
    hkg entry delete ID / restore ID             soft delete / undo, each a new revision
    hkg entry attach ID FILE --kind tpd|tga|kissinger|pct|cycling|arrhenius [--sample S]
                                                 store the file, derive values, new revision
    hkg entry attach ID T2.csv T5.csv T10.csv --kind kissinger --heating-rates 2,5,10
    hkg entry sync                               load revisions the graph is missing

The repository (``kg.entries``) stores documents, refusing any that is not a valid lab entry or breaks
the SHACL shapes; this module validates them with ``ingest.entry`` first (to show warnings and refuse
early) and loads them into the graph store.  A revision is durable before the graph is touched, and the
graph is marked loaded only after the load succeeded, so a crash in between is repaired by
``hkg entry sync`` (loads are idempotent upserts).
"""
from __future__ import annotations

import contextlib
import copy
import getpass
import mimetypes
import os
import sys
from datetime import datetime
from pathlib import Path

from ontology.safe_text import escape_controls as _safe

from .common import CliError, add_store_args, print_json


# --------------------------------------------------------------------------- shared helpers
def _repo(args):
    from kg.entries import EntryRepository, default_data_dir

    return EntryRepository(default_data_dir(args.data_dir))


def _user(args) -> str:
    return args.user or os.environ.get("HKG_USER") or getpass.getuser()


def _validate(doc: dict, where: str = ""):
    from ingest.entry import EntryValidationError, load_entry

    try:
        return load_entry(doc, where=where)
    except EntryValidationError as exc:
        raise CliError(str(exc)) from None


def _read(path: str):
    from ingest.entry import EntryValidationError, load_entry_file

    try:
        return load_entry_file(path)
    except EntryValidationError as exc:
        raise CliError(str(exc)) from None


def _store_errors():
    from kg.entries import EntryStoreError
    return EntryStoreError


def _check_files(repo, doc: dict, entry_id: str) -> None:
    """Refuse a document whose ``files`` name content the file store does not hold.

    Such an entry would store fine but could never be exported ('no stored file'); files get into
    the store with 'hkg entry attach', which also records them in the entry.
    """
    problems = []
    for i, f in enumerate(doc.get("files") or []):
        sha = f.get("sha256") if isinstance(f, dict) else None
        name = f.get("name") if isinstance(f, dict) else None
        label = f"'{name}'" if name else "a file"
        try:
            missing = not sha or not repo.file_path(str(sha)).is_file()
        except _store_errors():
            missing = True
        if missing:
            problems.append(f"files[{i}].sha256: {label} (sha256 {sha or 'missing'}) is not in the file store")
    if problems:
        raise CliError(f"entry '{entry_id}': " + "; ".join(problems) + ". Nothing was written. Fix: attach "
                       f"the file with 'hkg entry attach {entry_id} FILE --kind …', which stores it and "
                       "records it under files: (store the entry without that files: item first)")


def _print_flags(entry) -> None:
    for flag in entry.flags:
        print(f"  warning: {flag}", file=sys.stderr)


def load_revisions(store, repo, revisions, *, together: bool = True) -> list[str]:
    """Load revisions into the graph and mark them loaded; returns problems (entry id: message).

    A deleted revision removes the entry's source when the store can (``remove_source``); an edit
    first removes the previous revision's facts the same way, so values taken out of an entry leave
    the graph too.  Stores without ``remove_source`` keep earlier facts (upsert only).
    With ``together`` the first revisions (an import's new entries) are loaded as one batch, all or
    none of them; without it (``hkg entry sync``) one by one, so an entry the store refuses is named.
    """
    problems: list[str] = []
    remove = getattr(store, "remove_source", None)
    # one connection for all of them (an import of thousands of entries opened the store per entry)
    try:
        with getattr(store, "session", contextlib.nullcontext)():
            _load_each(store, repo, revisions, remove, problems, together)
    except Exception as exc:  # the store cannot be opened for writing: every revision stays pending
        done = len(problems)
        problems += [f"{rev.entry_id}: graph load failed ({exc}); run 'hkg entry sync' to retry"
                     for rev in revisions[done:] if repo.loaded_revision(rev.entry_id) < rev.revision]
    return problems


def _load_each(store, repo, revisions, remove, problems: list[str], together: bool = True) -> None:
    from ingest.entry import EntryValidationError, entry_to_batch, load_entry, source_id

    # First revisions (an import's new entries) have nothing to take out first: one load for all
    fresh = [r for r in revisions if r.revision == 1 and not r.deleted] if together else []
    taken = {id(r) for r in fresh}
    one_by_one = _load_together(store, repo, fresh, problems)
    for rev in [r for r in revisions if id(r) not in taken] + one_by_one:
        try:
            if rev.revision > 1 and remove is not None:
                remove(source_id(rev.entry_id))
            if not rev.deleted:
                entry = load_entry(rev.document, where=f"entry {rev.entry_id} r{rev.revision}")
                # an entry without a date is dated by its revision (as it was when checked and stored)
                store.load(entry_to_batch(entry, rev.revision, created=datetime.fromisoformat(rev.time)))
            elif remove is None:
                problems.append(f"{rev.entry_id}: deleted, but this store cannot remove facts; "
                                "they stay in the graph until it is rebuilt")
            repo.mark_loaded(rev.entry_id, rev.revision)
        except EntryValidationError as exc:
            problems.append(f"{rev.entry_id}: {exc}")
        except Exception as exc:  # a store failure must not lose the stored revision: report it
            problems.append(f"{rev.entry_id}: graph load failed ({exc}); run 'hkg entry sync' to retry")


def _load_together(store, repo, revisions, problems: list[str]) -> list:
    """Load many first revisions as one batch (one transaction): all of them reach the graph or none
    (each then pending, named in ``problems``, for 'hkg entry sync'). Returns the revisions left to
    load one by one (a single one)."""
    from ingest.entry import EntryValidationError, entry_to_batch, load_entry
    from ontology.models import GraphBatch

    merged, ok = GraphBatch(), []
    for rev in revisions:
        try:
            entry = load_entry(rev.document, where=f"entry {rev.entry_id} r{rev.revision}")
        except EntryValidationError as exc:
            problems.append(f"{rev.entry_id}: {exc}")
            continue
        merged.extend(entry_to_batch(entry, rev.revision, created=datetime.fromisoformat(rev.time)))
        ok.append(rev)
    if len(ok) < 2:
        return ok
    try:
        store.load(merged)
    except Exception as exc:  # rolled back: none of them is in the graph, all stay pending
        problems += [f"{rev.entry_id}: graph load failed ({exc}); run 'hkg entry sync' to retry" for rev in ok]
        return []
    for rev in ok:
        repo.mark_loaded(rev.entry_id, rev.revision)
    return []


def _to_graph(args, repo, revisions, *, together: bool = True) -> int:
    if args.no_graph:
        print("not loaded into the graph (--no-graph); 'hkg entry sync' loads it", file=sys.stderr)
        return 0
    from .common import open_store_from_args

    try:
        store = open_store_from_args(args)
    except CliError as exc:
        print(f"stored, but the graph was not updated: {exc}; run 'hkg entry sync'", file=sys.stderr)
        return 1
    with store:
        problems = load_revisions(store, repo, revisions, together=together)
    for p in problems:
        print(f"  graph: {p}", file=sys.stderr)
    return 1 if problems else 0


# ------------------------------------------------------------------------------- commands
def cmd_add(args) -> int:
    entry = _read(args.file)
    repo = _repo(args)
    doc = entry.document()
    entry_id = args.id or entry.id or repo.new_id(str(doc.get("title", "")))
    _check_files(repo, doc, entry_id)
    try:
        rev = repo.create(doc, author=_user(args), entry_id=entry_id, comment=args.comment)
    except _store_errors() as exc:
        raise CliError(str(exc)) from None
    print(f"{rev.entry_id} r{rev.revision}: stored ({len(entry.samples)} sample(s), "
          f"{sum(len(s.measurements) for s in entry.samples)} measurement(s))")
    _print_flags(entry)
    return _to_graph(args, repo, [rev])


def cmd_edit(args) -> int:
    entry = _read(args.file)
    repo = _repo(args)
    _check_files(repo, entry.document(), args.id)
    try:
        rev = repo.edit(args.id, entry.document(), base=args.base, author=_user(args), comment=args.comment)
    except _store_errors() as exc:
        raise CliError(str(exc)) from None
    print(f"{rev.entry_id} r{rev.revision}: stored (based on r{args.base})")
    _print_flags(entry)
    return _to_graph(args, repo, [rev])


def cmd_show(args) -> int:
    repo = _repo(args)
    try:
        rev = repo.get(args.id, args.revision)
    except _store_errors() as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print_json(rev.to_json())
        return 0
    doc = rev.document
    state = " (deleted)" if rev.deleted else ""
    # Stored text is shown with control characters escaped: entries stored before they were refused
    # (or imported) must not drive the terminal (ESC[2J, BEL, RLO …).
    print(f"{rev.entry_id} r{rev.revision}{state}: {_safe(doc.get('title'))}")
    print(f"  author {_safe(doc.get('author'))}; revision by {_safe(rev.author)} at {rev.time} ({rev.action})")
    entry = None
    try:
        entry = _validate(doc)
    except CliError as exc:
        print(f"  (no longer valid against the current ontology: {_safe(exc, one_line=False)})")
    for s in doc.get("samples", []):
        name = entry.system(s["id"]).name if entry else s.get("system") or s.get("host", {}).get("formula")
        print(f"  sample {_safe(s['id'])}: {_safe(name)}")
        for m in s.get("measurements", []):
            rng = f"–{m['value_max']:g}" if m.get("value_max") is not None else ""
            extra = f"  [{_safe(m['method'])}]" if m.get("method") else ""
            print(f"    {_safe(m['property'])}: {m.get('qualifier', '=')} {m['value']:g}{rng} {_safe(m['unit'])}{extra}")
    for f in doc.get("files", []):
        print(f"  file {_safe(f['name'])} ({_safe(f.get('kind') or f.get('media_type'))}, {f['size']} B, "
              f"sha256 {f['sha256'][:12]}…)")
    for o in doc.get("observations", []):
        print(f"  observation: {_safe(o, one_line=False)}")
    return 0


def cmd_history(args) -> int:
    repo = _repo(args)
    try:
        hist = repo.history(args.id)
    except _store_errors() as exc:
        raise CliError(str(exc)) from None
    if args.json:
        from kg.entries import revision_summary
        print_json([revision_summary(r) for r in hist])
        return 0
    for r in hist:
        note = f"  — {_safe(r.comment)}" if r.comment else ""
        print(f"r{r.revision:<4} {r.time}  {r.action:<8} {_safe(r.author)}{' (deleted)' if r.deleted else ''}{note}")
    return 0


def cmd_list(args) -> int:
    from kg.entries import revision_summary

    rows = [revision_summary(r) for r in _repo(args).list(include_deleted=args.all)]
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        print(f"{r['id']:<40} r{r['revision']:<4} {r['time'][:19]}  {'[deleted] ' if r['deleted'] else ''}"
              f"{_safe(r['title'])}")
    if not rows:
        print("no entries yet: 'hkg entry add FILE.yaml'", file=sys.stderr)
    return 0


def cmd_delete(args) -> int:
    repo = _repo(args)
    try:
        rev = repo.delete(args.id, author=_user(args), base=args.base, comment=args.comment)
    except _store_errors() as exc:
        raise CliError(str(exc)) from None
    print(f"{rev.entry_id} r{rev.revision}: deleted (undo with 'hkg entry restore {rev.entry_id}')")
    return _to_graph(args, repo, [rev])


def cmd_restore(args) -> int:
    repo = _repo(args)
    try:
        rev = repo.restore(args.id, author=_user(args), base=args.base, comment=args.comment)
    except _store_errors() as exc:
        raise CliError(str(exc)) from None
    print(f"{rev.entry_id} r{rev.revision}: restored")
    return _to_graph(args, repo, [rev])


def _derive_files(args, paths: list[Path]) -> list[dict]:
    """Measurements derived from the attached curve(s).

    Several TPD/TGA files with ``--kind kissinger`` are one run at several heating rates (each rate
    from ``--heating-rates`` or the file's '# heating_rate:' line): each file gives its own onset
    and peak, and together they give the Kissinger activation energy.
    """
    from ingest.curves import CurveError, derive, kissinger_from_curves, read_curve

    try:
        curves = [read_curve(p) for p in paths]
        if len(paths) == 1:
            return derive(args.kind, curves[0], heating_rate=args.heating_rate,
                          temperature=args.temperature, form=args.form)
        if args.kind != "kissinger":
            raise CliError("several files at once only for --kind kissinger (TPD curves at several heating rates)")
        rates = [r.strip() for r in (args.heating_rates or "").split(",") if r.strip()]
        if rates and len(rates) != len(paths):
            raise CliError(f"--heating-rates gives {len(rates)} rates for {len(paths)} files")
        out, pairs = [], []
        for k, curve in enumerate(curves):
            rate = (rates[k] + (" K/min" if rates[k].replace(".", "").isdigit() else "")) if rates else None
            per_file = derive("tpd", curve, heating_rate=rate)
            beta = per_file[0]["conditions"].get("heating_rate", {}).get("value")
            if beta is None:
                raise CliError(f"{curve.name}: no heating rate; add '# heating_rate: 5 K/min' or --heating-rates")
            pairs.append((beta, curve))
            out.extend(per_file)
        ea, r2, peaks = kissinger_from_curves(pairs)
        technique = next((m["technique"] for m in out if m.get("technique")), None)
        ea_m = {"property": "dehydrogenation_activation_energy", "value": float(f"{ea:.6g}"), "unit": "kJ/mol",
                "method": "Kissinger", "derived_from": curves[0].name, "conditions": {},
                "note": "peaks of " + ", ".join(f"{c.name} ({b:g} K/min)" for b, c in pairs) + f"; R² = {r2:.4f}"}
        from ingest.curves import technique_for
        ea_m["technique"] = technique_for("kissinger") or technique
        if ea_m["technique"] is None:
            del ea_m["technique"]
        return out + [ea_m]
    except CurveError as exc:
        raise CliError(str(exc)) from None


def cmd_attach(args) -> int:
    repo = _repo(args)
    paths = [Path(f) for f in args.files]
    for path in paths:
        if not path.is_file():
            raise CliError(f"no file '{path}'")
    if len({p.name for p in paths}) != len(paths):
        raise CliError("the files have the same name; rename them")
    try:
        current = repo.get(args.id)
    except _store_errors() as exc:
        raise CliError(str(exc)) from None
    if current.deleted:
        raise CliError(f"entry '{args.id}' is deleted; restore it first")
    base = args.base if args.base is not None else current.revision
    doc = copy.deepcopy(current.document)
    samples = doc.get("samples", [])
    sample_id = args.sample or (samples[0]["id"] if len(samples) == 1 else None)
    if sample_id is None or sample_id not in [s["id"] for s in samples]:
        raise CliError(f"say which sample the file belongs to: --sample {'|'.join(s['id'] for s in samples)}")
    measurements = [] if args.no_derive else _derive_files(args, paths)
    files = doc.setdefault("files", [])
    stored = []
    for path in paths:
        sha, size = repo.put_file(path)   # content-addressed: harmless if the revision is refused
        same_name = [f for f in files if f["name"] == path.name]
        if same_name and same_name[0]["sha256"] != sha:
            raise CliError(f"entry '{args.id}' already has a different file named '{path.name}'; rename the file")
        if not same_name:
            kind = "tpd" if len(paths) > 1 else args.kind
            files.append({"name": path.name, "sha256": sha, "size": size, "kind": kind, "sample": sample_id,
                          "media_type": mimetypes.guess_type(path.name)[0] or "text/csv",
                          "description": args.description or f"{kind} curve"})
        stored.append((path.name, sha))
    sample = next(s for s in samples if s["id"] == sample_id)
    sample.setdefault("measurements", []).extend(measurements)
    names = ", ".join(n for n, _ in stored)
    entry = _validate(doc, where=f"{args.id} + {names}")
    try:
        rev = repo.edit(args.id, entry.document(), base=base, author=_user(args),
                        comment=f"attached {names} ({args.kind})" + (f": {args.comment}" if args.comment else ""))
    except _store_errors() as exc:
        raise CliError(str(exc)) from None
    for name, sha in stored:
        print(f"{rev.entry_id} r{rev.revision}: attached {name} (sha256 {sha[:12]}…)")
    for m in measurements:
        print(f"  derived {m['property']} = {m['value']:g} {m['unit']}  [{m['method']}]")
    _print_flags(entry)
    return _to_graph(args, repo, [rev])


def cmd_sync(args) -> int:
    repo = _repo(args)
    pending = repo.pending()
    if not pending:
        print("the graph has every entry revision")
        return 0
    print(f"loading {len(pending)} revision(s): " + ", ".join(f"{r.entry_id} r{r.revision}" for r in pending))
    args.no_graph = False
    return _to_graph(args, repo, pending, together=False)   # one by one: a refused entry is named


# ------------------------------------------------------------------------------ registration
def _common(p, *, writes: bool = True) -> None:
    add_store_args(p)
    if writes:
        p.add_argument("--user", help="who makes this change (default: $HKG_USER or the login name)")
        p.add_argument("--no-graph", action="store_true", help="store the revision only; load later with 'hkg entry sync'")
        p.add_argument("--comment", default="", help="a note kept with the revision (shown by 'hkg entry history')")


def register(sub) -> None:
    p = sub.add_parser("entry", help="lab entries: add, edit, show, history, list, delete, restore, attach, sync")
    es = p.add_subparsers(dest="entry_what", metavar="WHAT", required=True)

    a = es.add_parser("add", help="validate and store a lab entry (YAML or JSON), then load it into the graph")
    a.add_argument("file", help="the entry, YAML or JSON")
    a.add_argument("--id", help="entry id (default: from the file, else generated from the title)")
    _common(a)
    a.set_defaults(func=cmd_add)

    e = es.add_parser("edit", help="store a new revision of an entry")
    e.add_argument("id", help="entry id")
    e.add_argument("file", help="the whole new entry, YAML or JSON (see 'entry show --json')")
    e.add_argument("--base", type=int, required=True, help="the revision your change starts from (see 'history')")
    _common(e)
    e.set_defaults(func=cmd_edit)

    s = es.add_parser("show", help="show an entry (latest revision or --revision N)")
    s.add_argument("id", help="entry id")
    s.add_argument("--revision", type=int, help="this revision (default: the latest)")
    s.add_argument("--json", action="store_true", help="print the result as JSON")
    _common(s, writes=False)
    s.set_defaults(func=cmd_show)

    h = es.add_parser("history", help="revisions of an entry with author and time")
    h.add_argument("id", help="entry id")
    h.add_argument("--json", action="store_true", help="print the result as JSON")
    _common(h, writes=False)
    h.set_defaults(func=cmd_history)

    ls = es.add_parser("list", help="entries (latest revisions)")
    ls.add_argument("--all", action="store_true", help="include deleted entries")
    ls.add_argument("--json", action="store_true", help="print the result as JSON")
    _common(ls, writes=False)
    ls.set_defaults(func=cmd_list)

    for name, func, text in (("delete", cmd_delete, "mark an entry deleted (a new, reversible revision)"),
                             ("restore", cmd_restore, "undo a delete (a new revision)")):
        d = es.add_parser(name, help=text)
        d.add_argument("id", help="entry id")
        d.add_argument("--base", type=int, help="refuse if the entry moved past this revision")
        _common(d)
        d.set_defaults(func=func)

    at = es.add_parser("attach", help="attach raw curve(s) (CSV/TSV) and derive values from them")
    at.add_argument("id", help="entry id")
    at.add_argument("files", nargs="+", metavar="FILE",
                    help="one curve; or, with --kind kissinger, TPD curves at several heating rates")
    at.add_argument("--kind", required=True, choices=("tpd", "tga", "kissinger", "pct", "cycling", "arrhenius"),
                    help="what the curve is, which decides the values derived from it")
    at.add_argument("--sample", help="sample id the curve belongs to (needed when the entry has several)")
    at.add_argument("--heating-rate", help="e.g. '5 K/min' (TPD/TGA; else from a '# heating_rate:' line)")
    at.add_argument("--heating-rates", help="with several TPD files: their rates in K/min, e.g. '2,5,10,20'")
    at.add_argument("--temperature", help="isotherm temperature for PCT, e.g. '300 degC'")
    at.add_argument("--form", choices=("sigmaT", "sigma"), default="sigmaT",
                    help="Arrhenius fit of ln(σT) (default) or ln σ against 1/T")
    at.add_argument("--description", default="", help="a note kept with the file (default: 'KIND curve')")
    at.add_argument("--no-derive", action="store_true", help="store the file only")
    at.add_argument("--base", type=int, help="refuse if the entry moved past this revision")
    _common(at)
    at.set_defaults(func=cmd_attach)

    sy = es.add_parser("sync", help="load entry revisions the graph does not have yet (after a crash or --no-graph)")
    _common(sy, writes=False)
    sy.set_defaults(func=cmd_sync)
