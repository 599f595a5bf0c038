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
    hkg entry assign-sample ID [ID …] --system SYSTEM   give entries without sample their sample
    hkg entry sync                               load revisions the graph is missing

A thin adapter over the lab notebook service (``kg.notebook.LabNotebook``), which validates each
entry once, stores the revision (``kg.entries``) and loads it into the graph: a revision is durable
before the graph is touched, and marked loaded only after the load succeeded, so a crash in between
is repaired by ``hkg entry sync`` (loads are idempotent upserts).
"""
from __future__ import annotations

import sys
from pathlib import Path

from ontology.safe_text import escape_controls as _safe

from .common import CliError, add_store_args, print_json, value_text


# --------------------------------------------------------------------------- the adapter
def notebook(args):
    """The lab notebook of the options (``--data-dir``, ``--store``, ``--no-graph``)."""
    from kg.notebook import LabNotebook

    return LabNotebook(args.data_dir, store_kind=args.store, graph=not getattr(args, "no_graph", False))


def author(args) -> str:
    from kg.notebook import author_of

    return author_of(getattr(args, "user", None))


def report_saved(saved, *, no_graph: bool = False) -> int:
    """Warnings and what happened in the graph, on stderr; the exit code (1: stored, graph not updated)."""
    for w in saved.warnings:
        print(f"  warning: {w}", file=sys.stderr)
    if no_graph:
        print("not loaded into the graph (--no-graph); 'hkg entry sync' loads it", file=sys.stderr)
        return 0
    if saved.graph_error:
        print(saved.graph_error, file=sys.stderr)
        return 1
    for p in saved.graph_problems:
        print(f"  graph: {p}", file=sys.stderr)
    return 1 if saved.graph_problems else 0


# ------------------------------------------------------------------------------- commands
def cmd_add(args) -> int:
    nb = notebook(args)
    entry = nb.read_entry_file(args.file)
    saved = nb.add(entry, author=author(args), entry_id=args.id, comment=args.comment)
    print(f"{saved.entry_id} r{saved.revision}: stored ({len(entry.samples)} sample(s), "
          f"{sum(len(s.measurements) for s in entry.samples)} measurement(s))")
    return report_saved(saved, no_graph=args.no_graph)


def cmd_edit(args) -> int:
    nb = notebook(args)
    saved = nb.edit(args.id, nb.read_entry_file(args.file), base=args.base, author=author(args), comment=args.comment)
    print(f"{saved.entry_id} r{saved.revision}: stored (based on r{args.base})")
    return report_saved(saved, no_graph=args.no_graph)


def cmd_show(args) -> int:
    from ingest.entries.entry import EntryValidationError
    from ui.app.display import unit_text

    nb = notebook(args)
    rev = nb.get(args.id, args.revision)
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
        entry = nb.validate(doc)
    except EntryValidationError as exc:
        print(f"  (no longer valid against the current ontology: {exc})")
    read = _read_measurements(entry)
    for s in doc.get("samples", []):
        name = entry.system(s["id"]).name if entry else s.get("system") or s.get("host", {}).get("formula")
        print(f"  sample {_safe(s['id'])}: {_safe(name)}")
        for j, m in enumerate(s.get("measurements", [])):
            extra = f"  [{_safe(m['method'])}]" if m.get("method") else ""
            # the value as entered, with what it was measured under and how: '6.2 wt%' alone, without its
            # 300 °C and 10 min, read as another result
            label, how = read.get((s["id"], j), (_safe(m["property"]), ""))
            unit = unit_text(m["unit"]) if (s["id"], j) in read else m["unit"]     # typeset once read
            print(f"    {label}: {m.get('qualifier', '=')} {value_text(m['value'], m.get('value_max'))}"
                  f"{_safe(_uncertainty_shown(m))} {_safe(unit)}{how}{extra}")
    for k, step in enumerate(doc.get("synthesis", []), 1):
        print(f"  synthesis step {k}: {_safe(step.get('method') or '')}{_step_text(step)}")
    if not doc.get("samples"):
        print(f"  without sample (not in analogs or gap reports): 'hkg entry assign-sample {rev.entry_id} SYSTEM'")
    if doc.get("origin"):
        print(f"  from {doc['origin']}")
    if doc.get("authors"):
        print(f"  authors: {', '.join(doc['authors'])}")
    for f in doc.get("files", []):
        print(f"  file {f['name']} ({f.get('kind') or f.get('media_type')}, {f['size']} B, sha256 {f['sha256'][:12]}…)")
    for fld in doc.get("fields", []):
        unit = f" {fld['unit']}" if fld.get("unit") else ""
        on = f" (file {fld['file']})" if fld.get("file") else ""
        print(f"  field {fld['name']}: {fld.get('value')}{unit}{on}")
    for c in doc.get("comments", []):
        head = " ".join(x for x in (c.get("author"), c.get("created")) if x)
        print(f"  comment{f' ({head})' if head else ''}: {c['text']}")
    for link in doc.get("links", []):
        print(f"  link {link['relation']}: {link['target']}")
    if doc.get("body"):
        print("  text: " + doc["body"].replace("\n", "\n        "))
    for o in doc.get("observations", []):
        print(f"  observation: {_safe(o, one_line=False)}")
    return 0


def _read_measurements(entry) -> dict[tuple[str, int], tuple[str, str]]:
    """(sample id, row) → the property's label and ' at temperature 300 °C, time 10 min · TPD': what a
    measurement was measured under and with, read from the validated entry (nothing for an invalid one)."""
    if entry is None:
        return {}
    from ingest.entries.entry import entry_to_batch
    from ui.app.display import conditions_text, property_label, term_label

    out = {}
    for m in entry_to_batch(entry).measurements:
        cond = conditions_text(m.all_conditions, m.condition_max, m.condition_qualifiers)
        how = (f" at {cond}" if cond else "") + (f" · {term_label(m.technique)}" if m.technique else "")
        out[(m.source.section, m.source.row)] = (property_label(m.property), how)
    return out


def _uncertainty_shown(m: dict) -> str:
    """' ± 3' of a stored measurement, in its value's unit ('3 kJ/mol' given with its own unit converted);
    as stored when it no longer reads."""
    from ingest.entries.entry import MeasurementIn, uncertainty_in_unit
    from ontology.units import plus_minus_text

    if m.get("uncertainty") is None:
        return ""
    try:
        return plus_minus_text(uncertainty_in_unit(MeasurementIn.model_validate(m)), 6)
    except ValueError:    # (pydantic's ValidationError is one)
        return f" ± {m['uncertainty']}"


def _step_text(step: dict) -> str:
    """A synthesis step's parameters as entered: ', milling time 20 h, speed 400 rpm, atmosphere Ar'."""
    parts = []
    for key, v in step.items():
        if key in ("method", "notes", "sample") or v in (None, "", [], {}):
            continue
        shown = f"{value_text(v['value'])} {v['unit']}" if isinstance(v, dict) and "value" in v else str(v)
        parts.append(f"{key.replace('_', ' ')} {_safe(shown)}")
    return "".join(f", {p}" for p in parts)


def cmd_assign_sample(args) -> int:
    """Give entries (an import's entries without sample, typically) a sample, each a new revision."""
    ids = list(args.ids)
    system = args.system
    if system is None:
        if len(ids) < 2:
            raise CliError("give the sample's system: hkg entry assign-sample ID [ID …] --system 'MgH2 + 5 wt% Nb2O5' "
                           "(or: hkg entry assign-sample ID 'MgH2 + 5 wt% Nb2O5')")
        system = ids.pop()
    saved, uses_by_entry = notebook(args).assign_sample(ids, system, author=author(args), label=args.label or "",
                                                       add=args.add, comment=args.comment)
    for rev, (eid, uses) in zip(saved.revisions, uses_by_entry):
        made = [u for u in uses if u.became == "measurement"]
        print(f"{eid} r{rev.revision}: sample '{system}'"
              + (f", {len(made)} measurement(s) from its fields" if made else ""))
        for u in uses:
            if u.became != "field" or "names the property" in u.why:
                print(f"    field '{u.name}' → {u.became}: {u.why}")
    return report_saved(saved, no_graph=args.no_graph)


def cmd_history(args) -> int:
    from kg.entries import revision_summary

    hist = notebook(args).history(args.id)
    if args.json:
        print_json([revision_summary(r) for r in hist])
        return 0
    for r in hist:
        note = f"  — {_safe(r.comment)}" if r.comment else ""
        print(f"r{r.revision:<4} {r.time}  {r.action:<8} {_safe(r.author)}{' (deleted)' if r.deleted else ''}{note}")
    return 0


def cmd_list(args) -> int:
    from kg.entries import revision_summary

    revs = notebook(args).list(include_deleted=args.all)
    if args.search:
        revs = [r for r in revs if _matches(r.document, args.search)]
    rows = [revision_summary(r) for r in revs]
    if args.without_sample:
        rows = [r for r in rows if not r["samples"]]
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        marks = ("[deleted] " if r["deleted"] else "") + ("[without sample] " if not r["samples"] else "")
        print(f"{r['id']:<40} r{r['revision']:<4} {r['time'][:19]}  {marks}{_safe(r['title'])}")
    if not rows:
        print("no entries yet: 'hkg entry add FILE.yaml'", file=sys.stderr)
    return 0


def _matches(doc: dict, text: str) -> bool:
    """Whether an entry's words hold ``text`` (case-insensitive): title, text, tags, samples, fields,
    comments, observations — what a notebook entry without sample is found by."""
    words = [doc.get("title", ""), doc.get("body", ""), *doc.get("tags", []), *doc.get("observations", []),
             *(s.get("system") or s.get("label") or "" for s in doc.get("samples", [])),
             *(f"{f.get('name', '')} {f.get('value', '')}" for f in doc.get("fields", [])),
             *(c.get("text", "") for c in doc.get("comments", []))]
    needle = text.casefold()
    return any(needle in str(w).casefold() for w in words)


def cmd_delete(args) -> int:
    saved = notebook(args).delete(args.id, author=author(args), base=args.base, comment=args.comment)
    print(f"{saved.entry_id} r{saved.revision}: deleted (undo with 'hkg entry restore {saved.entry_id}')")
    return report_saved(saved, no_graph=args.no_graph)


def cmd_restore(args) -> int:
    saved = notebook(args).restore(args.id, author=author(args), base=args.base, comment=args.comment)
    print(f"{saved.entry_id} r{saved.revision}: restored")
    return report_saved(saved, no_graph=args.no_graph)


def cmd_attach(args) -> int:
    saved = notebook(args).attach(
        args.id, [Path(f) for f in args.files], kind=args.kind, author=author(args), sample=args.sample,
        heating_rate=args.heating_rate, heating_rates=args.heating_rates, temperature=args.temperature,
        form=args.form, description=args.description, derive=not args.no_derive, base=args.base,
        comment=args.comment, active_mass=args.active_mass, thickness=args.thickness, area=args.area,
        temperatures=args.temperatures)
    for name, sha in saved.files:
        print(f"{saved.entry_id} r{saved.revision}: attached {name} (sha256 {sha[:12]}…)")
    for m in saved.derived:
        print(f"  derived {m['property']} = {value_text(m['value'])} {m['unit']}  [{m['method']}]")
    return report_saved(saved, no_graph=args.no_graph)


def cmd_sync(args) -> int:
    nb = notebook(args)
    pending = nb.repo.pending()
    if not pending:
        print("the graph has every entry revision")
        return 0
    print(f"loading {len(pending)} revision(s): " + ", ".join(f"{r.entry_id} r{r.revision}" for r in pending))
    return report_saved(nb.sync())


# ------------------------------------------------------------------------------ registration
def _common(p, *, writes: bool = True) -> None:
    add_store_args(p)
    if writes:
        p.add_argument("--user", help="who makes this change (default: $HKG_USER or the login name)")
        p.add_argument("--no-graph", action="store_true",
                       help="store the revision only; load later with 'hkg entry sync'")
        p.add_argument("--comment", default="", help="a note kept with the revision (shown by 'hkg entry history')")


def register(sub) -> None:
    from kg.notebook import ATTACH_KINDS

    p = sub.add_parser("entry",
                       help="lab entries: add, edit, show, history, list, delete, restore, assign-sample, attach, sync")
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
    ls.add_argument("--search", metavar="TEXT",
                    help="only entries whose title, text, tags, samples, fields or comments hold TEXT")
    ls.add_argument("--without-sample", action="store_true",
                    help="only notebook entries without sample (give them one with 'assign-sample')")
    _common(ls, writes=False)
    ls.set_defaults(func=cmd_list)

    for name, func, text in (("delete", cmd_delete, "mark an entry deleted (a new, reversible revision)"),
                             ("restore", cmd_restore, "undo a delete (a new revision)")):
        d = es.add_parser(name, help=text)
        d.add_argument("id", help="entry id")
        d.add_argument("--base", type=int, help="refuse if the entry moved past this revision")
        _common(d)
        d.set_defaults(func=func)

    asg = es.add_parser("assign-sample", help="give entries without sample (e.g. imported ones) their sample; "
                                              "each a new revision, then in analogs and gap reports")
    asg.add_argument("ids", nargs="+", metavar="ID",
                     help="entry ids; without --system the last argument is the system: ID 'MgH2 + 5 wt%% Nb2O5'")
    asg.add_argument("--system", help="the sample's material system, e.g. 'MgH2 + 5 wt%% Nb2O5'")
    asg.add_argument("--label", help="the sample's label (default: the system)")
    asg.add_argument("--add", action="store_true", help="also for entries that already have a sample (one more)")
    _common(asg)
    asg.set_defaults(func=cmd_assign_sample)

    at = es.add_parser("attach", help="attach raw curve(s) (CSV/TSV, EC-Lab .mpt, Gamry .DTA, NETZSCH ASCII) "
                                      "and derive values from them")
    at.add_argument("id", help="entry id")
    at.add_argument("files", nargs="+", metavar="FILE",
                    help="one curve; or, with --kind kissinger, TPD curves at several heating rates; or, with "
                         "--kind arrhenius, impedance spectra at several --temperatures")
    at.add_argument("--kind", required=True, choices=ATTACH_KINDS,
                    help="what the curve is, which decides the values derived from it")
    at.add_argument("--sample", help="sample id the curve belongs to (needed when the entry has several)")
    at.add_argument("--heating-rate", help="e.g. '5 K/min' (TPD/TGA; else from a '# heating_rate:' line, "
                                           "a NETZSCH #RANGE or a TA 'Ramp … °C/min')")
    at.add_argument("--heating-rates", help="with several TPD files: their rates in K/min, e.g. '2,5,10,20'")
    at.add_argument("--temperature", help="isotherm temperature for PCT, or the temperature of one impedance "
                                          "spectrum (--kind eis), e.g. '300 degC'")
    at.add_argument("--temperatures", help="with several impedance spectra (--kind arrhenius): their temperatures "
                                           "in the files' order, e.g. '25,50,75 degC'")
    at.add_argument("--active-mass", help="active material mass for capacities in mAh/g, e.g. '2.5 mg' "
                                          "(else the EC-Lab header's 'Mass of active material')")
    at.add_argument("--thickness", help="pellet thickness L for σ = L/(R·A), e.g. '1.2 mm'")
    at.add_argument("--area", help="electrode area A for σ = L/(R·A), e.g. '0.785 cm^2'")
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
