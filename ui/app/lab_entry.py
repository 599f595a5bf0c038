"""A saved lab entry on the Sources page: one revision read-only, an edit, a curve attached.

Thin over the lab notebook service (``kg.notebook.LabNotebook``), the one ``hkg entry`` calls: the
service validates, keeps revisions (a change names the revision it starts from, ``base``; a change
to an entry that moved on is refused with its ``Conflict``) and derives the values of a curve.  What
is here is only the page's side: the entry as editable text, the uploads as files, and the service's
errors sorted by the field they name, so each is shown under its own box.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from ontology.errors import UserError
from ui.app.uploads import upload_copies

# The service names a field as its CLI option (``--sample``); the page has a box for each.
ATTACH_FIELDS = {"FILE": "files", "--kind": "kind", "--sample": "sample", "--heating-rate": "heating_rate",
                 "--heating-rates": "heating_rates", "--temperature": "temperature", "--form": "form",
                 "--temperatures": "temperatures", "--active-mass": "active_mass", "--thickness": "thickness",
                 "--area": "area", "id": "entry"}
# What each kind needs besides the file (the options ``hkg entry attach`` takes for it).
KIND_OPTIONS = {"tpd": ("heating_rate",), "tga": ("heating_rate",), "kissinger": ("heating_rates",),
                "pct": ("temperature",), "cycling": ("active_mass",),
                "arrhenius": ("form", "temperatures", "thickness", "area"),
                "eis": ("temperature", "thickness", "area")}


class FieldErrors(UserError, ValueError):
    """The service refused the change; ``errors`` maps each field (a box of the page, or a path in
    the entry such as ``samples[0].measurements[1].unit``) to its messages. Nothing was written."""

    def __init__(self, errors: dict[str, list[str]], message: str):
        self.errors = errors
        super().__init__(message)


def entry_text(document: dict[str, Any]) -> str:
    """An entry as the text the editor shows: YAML, the form ``hkg entry add`` reads."""
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False)


def read_entry_text(text: str) -> dict[str, Any]:
    """The edited text as a document, read as ``hkg entry add`` reads a file (its size, nesting and YAML
    aliases bounded, numbers as YAML 1.2 reads them); a syntax error names its line."""
    from ingest.entries.bounded_json import JsonLimitError, load_yaml
    from ontology.limits import MAX_ENTRY_FILE_BYTES

    try:
        doc = load_yaml(text, what="the entry text", max_bytes=MAX_ENTRY_FILE_BYTES)
    except JsonLimitError as exc:
        raise FieldErrors({"entry": [str(exc)]}, str(exc)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise FieldErrors({"entry": [f"not YAML{where}: {getattr(exc, 'problem', exc)}"]},
                          f"the entry text is not YAML{where}") from None
    if not isinstance(doc, dict):
        raise FieldErrors({"entry": ["the text must be a mapping (title:, samples: …)"]},
                          "the entry text is not a lab entry")
    return doc


def check_edit(notebook, text: str):
    """The edited text validated as a ``LabEntry`` (raises ``FieldErrors`` by entry path)."""
    from ingest.entries.entry import EntryValidationError

    doc = read_entry_text(text)
    try:
        return notebook.validate(doc)
    except EntryValidationError as exc:
        errors: dict[str, list[str]] = {}
        for issue in exc.issues:
            if issue.severity == "error":
                errors.setdefault(issue.path or "entry", []).append(issue.message)
        raise FieldErrors(errors, str(exc)) from None


def save_edit(notebook, entry_id: str, entry, *, base: int, author: str, comment: str = ""):
    """A new revision of ``entry_id`` from ``base`` (the service refuses it if the entry moved on)."""
    from kg.entries import InvalidEntryError

    try:
        return notebook.edit(entry_id, entry, base=base, author=author, comment=comment)
    except InvalidEntryError as exc:
        errors: dict[str, list[str]] = {}
        for p in exc.problems:
            errors.setdefault(p.path or "entry", []).append(p.message + (f" — fix: {p.fix}" if p.fix else ""))
        raise FieldErrors(errors, str(exc)) from None


@dataclass
class AttachOptions:
    """The boxes of the attach form, as ``LabNotebook.attach`` takes them (blank = not given)."""

    kind: str
    sample: str | None = None
    heating_rate: str = ""
    heating_rates: str = ""
    temperature: str = ""
    form: str = "sigmaT"
    temperatures: str = ""
    active_mass: str = ""
    thickness: str = ""
    area: str = ""

    def service_args(self) -> dict[str, Any]:
        return {"kind": self.kind, "sample": self.sample, "heating_rate": self.heating_rate or None,
                "heating_rates": self.heating_rates or None, "temperature": self.temperature or None,
                "form": self.form, "temperatures": self.temperatures or None,
                "active_mass": self.active_mass or None, "thickness": self.thickness or None,
                "area": self.area or None}


def _by_field(exc: UserError, kind: str) -> FieldErrors:
    """The service's refusal under the box it names; under the files when the kind shows no such box (a
    rate of several files' '--heating-rates' read file by file as '--heating-rate')."""
    field = ATTACH_FIELDS.get(getattr(exc, "field", None) or "", "files")
    if field in ATTACH_FIELDS.values() and field not in (*KIND_OPTIONS.get(kind, ()), "files", "kind", "sample",
                                                          "entry"):
        field = "files"
    return FieldErrors({field: [str(exc)]}, str(exc))


def _need_files(uploads) -> None:
    if not uploads:
        raise FieldErrors({"files": ["choose a curve file (CSV/TSV or an instrument export)"]}, "no file")


def preview_attach(uploads, options: AttachOptions) -> list[dict[str, Any]]:
    """The values the service would derive from the uploaded curve(s); writes nothing."""
    from kg.notebook import derive_from_curves

    _need_files(uploads)
    args = options.service_args()
    # (every option the save passes, so that the preview shows what the save stores)
    settings = {k: v for k, v in args.items() if k not in ("kind", "sample")}
    try:
        with upload_copies(uploads, "hkg-curve-") as paths:
            return derive_from_curves(paths, args["kind"], **settings)
    except UserError as exc:
        raise _by_field(exc, options.kind) from None


def save_attach(notebook, entry_id: str, uploads, options: AttachOptions, *, base: int, author: str,
                comment: str = ""):
    """Store the curve(s) and their values as a new revision from ``base`` (``Saved``)."""
    from ontology.errors import Conflict

    _need_files(uploads)
    try:
        with upload_copies(uploads, "hkg-curve-") as paths:
            return notebook.attach(entry_id, paths, author=author, base=base, comment=comment,
                                   **options.service_args())
    except Conflict:
        raise                                   # the service's own words: someone else saved first
    except UserError as exc:
        raise _by_field(exc, options.kind) from None


def derived_rows(measurements: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Derived measurements as table rows (what the preview and the saved banner show)."""
    from ui.app.display import blank, property_label, range_text, unit_text

    def condition(key: str, given: Any) -> str:     # as the file states it: {'value': 5, 'unit': 'K/min'}
        if isinstance(given, dict):
            return f"{property_label(key)} {blank(given.get('value'))} {unit_text(given.get('unit') or '')}".strip()
        return f"{property_label(key)} {blank(given)}"

    return [{"property": property_label(m["property"]), "value": range_text(m["value"], m.get("value_max")),
             "unit": unit_text(m["unit"]),
             "method": m.get("method", ""), "from": m.get("derived_from", ""),
             "conditions": ", ".join(condition(k, v) for k, v in (m.get("conditions") or {}).items())}
            for m in measurements]
