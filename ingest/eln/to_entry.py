"""``ElnRecord`` → lab entry document (``ingest.entries.entry.LabEntry``).

Every record becomes a lab entry, whatever it holds: a lab's notebook is not only samples.

* kept as they are: title, author(s), dates, main text (``body``), tags, every metadata value as a
  field (``fields``: name, value, unit text, key, type; a file's metadata names its file), comments
  with author and date, links to other records (``links``: nested records are ``isPartOf`` their
  parent), files with their bytes (checked against the digest the ELN gives, see ``crate``), and the
  crate node itself as ``eln-record.json``;
* samples: a field named like a sample/system/material/formula whose value parses as a material
  (any chemistry: a formula with real elements, or a material the ontology names), else the title or
  keywords, scanned for a hydride system or a compound formula (``find_system``).  A record naming no
  material is a notebook entry *without sample*: kept, and given a sample later
  (``ingest.entries.entry_fields.assign_sample``);
* measurements: fields naming an ontology property with a number and a unit that fits it (see
  ``ingest.entries.entry_fields``), on the record's sample; a field whose unit does not fit stays a field;
* our own exports carry the full entry document (``hydridekg-entry.json``): it is used verbatim, so
  HydrideKG → .eln → HydrideKG is lossless.

``Mapped.explain`` says per record what became a sample, a measurement or a plain note, and why.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import pint

from ingest.entries import bounded_json
from ingest.entries.entry import EntryValidationError, load_entry
from ingest.entries.entry_fields import measurements_from_fields, synthesis_from_groups, unit_of_code
from ontology.elements import hydride_like
from ontology.formula import FormulaError, atomic_mass, parse_formula
from ontology.system import SystemParseError, parse_system
from ontology.units import UnitError, parse_unit, unit_text, ureg

from .archive import ElnArchiveError
from .crate import ElnFile, ElnRecord, MetaValue

ENTRY_FILE = "hydridekg-entry.json"       # written by export; its presence means "our own entry"
RECORD_FILE = "eln-record.json"           # the verbatim crate node of a foreign record
ENTRY_FORMAT = "hydridekg-entry"
# Field names that say "this value is the sample's composition" (field-name cues, not a vocabulary).
_SYSTEM_FIELDS = re.compile(r"\b(system|sample|material|composition|formula|compound)\b", re.I)
NO_SAMPLE = ("no material system recognised in its title, keywords or fields: kept as a notebook entry "
             "without sample (give it one with 'hkg entry assign-sample ID SYSTEM')")


class ElnImportError(ElnArchiveError):
    """A record cannot become a lab entry (file, entry = record @id, rule = field)."""


@dataclass
class Mapped:
    record: ElnRecord
    document: dict[str, Any]              # the lab entry document (every record becomes one, a note at least)
    files: dict[str, bytes] = field(default_factory=dict)   # sha256 -> bytes to store
    own: bool = False                     # a HydrideKG export (document used verbatim)
    revisions: list[dict] = field(default_factory=list)   # an own entry's history as the archive gives it
    explain: list[tuple[str, str]] = field(default_factory=list)   # (what became what, why)

    @property
    def kind(self) -> str:
        """'sample' when the entry has a sample, else 'note' (a notebook entry without sample)."""
        return "sample" if self.document and self.document.get("samples") else "note"

    @property
    def files_refused(self) -> list[tuple[str, str]]:
        return list(self.record.files_refused)


# ------------------------------------------------------------------------------------ systems
def _hydride_host(system) -> bool:
    """A system worth a hydride-lab entry: its host is a metal hydride (hydrogen with a metal).

    A bare metal or a class word in a title ('Gold master experiment', 'Copper') is not a sample.
    """
    return hydride_like(system.host.formula)


def _compound(text: str) -> bool:
    """A formula written as such in running text: real elements, a compound (two elements or more,
    or a count), not a word ('Fly', 'TODO', 'Test').  NaCoO2, LiCoO2, C5H9NO, H2O, CO2 are."""
    if not re.fullmatch(r"(?:[A-Z][a-z]?\d*(?:\.\d+)?|\([A-Za-z0-9.]+\)\d*)+", text):
        return False
    try:
        formula = parse_formula(text)
    except (FormulaError, ValueError):
        return False
    elements = set(formula.elements)
    if not elements or (elements & {"D", "T"} and "H" not in elements):   # 'TODO' reads as T, O, D, O
        return False
    try:
        if any(atomic_mass(e) > 240 for e in elements):      # 'Fl', 'Lv': not in a lab notebook
            return False
    except FormulaError:                                     # not an element at all
        return False
    return len(elements) >= 2 or bool(re.search(r"\d", text))


def _material(system, *, anywhere: bool) -> bool:
    """Whether a parsed system is a sample: a hydride host, or (any chemistry) every component a
    formula with real elements or an ontology material with a formula.  In a title (``anywhere`` False)
    a bare element or an element's name is not a sample ('Gold master experiment')."""
    if _hydride_host(system):
        return True
    for c in system.components:
        if c.term is None and not _compound(c.formula):
            return False
        if c.term is not None and not anywhere and len(set(re.findall(r"[A-Z][a-z]?", c.formula))) < 2 \
                and not _compound(c.text):
            return False
    return True


def _try_system(text: str, *, anywhere: bool = False):
    if re.fullmatch(r"[A-Z]{3,}", text) and not anywhere:   # 'TODO', 'WAIT': shouting, not a formula
        return None
    try:
        system = parse_system(text)
    except (SystemParseError, ValueError):
        return None
    return system if _material(system, anywhere=anywhere) else None


def find_system(text: str, *, anywhere: bool = False) -> str | None:
    """The system named in a title/keyword: the whole text, else the richest run of tokens.

    ``anywhere`` (a field that says it holds the sample): any material counts, also a bare element.
    """
    text = (text or "").strip()
    if not text or len(text) > 300:
        return None
    if _try_system(text, anywhere=anywhere):
        return text
    tokens = [t.strip(".,;:()[]{}\"'") for t in text.split()]
    best, rank = None, None
    for size in range(min(5, len(tokens)), 0, -1):     # 'MgH2 + 10 wt% Ni' over 'MgH2'
        for i in range(len(tokens) - size + 1):
            chunk = " ".join(tokens[i:i + size]).strip()
            if not chunk or not re.search(r"[A-Z]", chunk):
                continue
            system = _try_system(chunk)
            if system is not None:
                r = (_hydride_host(system), len(system.components), len(chunk), -i)
                if rank is None or r > rank:
                    best, rank = chunk, r
    return best


# ------------------------------------------------------------------------------------ fields
def _field(meta: MetaValue, file: str | None = None) -> dict:
    out = {"name": (meta.name.strip() or meta.key.strip() or "field")[:500], "value": meta.value}
    for attr in ("unit", "unit_code", "kind", "description"):
        if getattr(meta, attr):
            out[attr] = str(getattr(meta, attr))
    if not meta.unit and meta.unit_code:    # a unit given only as a code: the symbol the ontology pairs with it
        unit = unit_of_code(meta.unit_code, out["name"], meta.key)
        if unit:
            out["unit"] = unit
    if meta.key and meta.key != out["name"]:
        out["key"] = meta.key
    if meta.techniques:
        out["techniques"] = list(meta.techniques)
    if file:
        out["file"] = file
    return out


def _units_disagree(meta: MetaValue) -> str:
    """Why a value given with both a unitText and a unitCode that name different units (300 with 'degC'
    and 'KEL') is no measurement — which was meant cannot be told — or '' when they agree or one is
    not read (then the usual reasons apply).  'wt%' with P1 (percent) agree: one converts to the other."""
    if not (meta.unit and meta.unit_code):
        return ""
    coded = unit_of_code(meta.unit_code, meta.name, meta.key)
    try:
        text_unit, code_unit = parse_unit(meta.unit), parse_unit(coded) if coded else None
        if code_unit is None or abs(ureg.Quantity(1, text_unit).to(code_unit).magnitude - 1) < 1e-9:
            return ""
    except (UnitError, pint.errors.PintError):   # a unitText pint cannot read: the usual reasons say so
        return ""
    return (f"its unitText '{meta.unit}' and unitCode '{meta.unit_code}' ({coded}) name different units; kept as "
            "a field, not a measurement (correct one of them in the ELN)")


# ------------------------------------------------------------------------------------ mapping
def _own_document(rec: ElnRecord, file: str) -> tuple[dict, list[dict]] | None:
    """A HydrideKG export's entry: its document, and its revisions' summaries (number, author, time …)."""
    for f in rec.files:
        if f.name == ENTRY_FILE and f.data is not None:
            try:
                data = bounded_json.loads(f.data.decode("utf-8"), what=ENTRY_FILE, odd_numbers_as_text=True)
            except (UnicodeDecodeError, ValueError) as exc:   # ValueError: malformed or too deep
                raise ElnImportError(file, rec.id, ENTRY_FILE, f"not valid JSON ({exc})") from None
            if isinstance(data, dict) and data.get("format") == ENTRY_FORMAT and isinstance(data.get("entry"), dict):
                history = data.get("revisions")
                return data["entry"], [r for r in history if isinstance(r, dict)] if isinstance(history, list) else []
            raise ElnImportError(file, rec.id, ENTRY_FILE, f"not a {ENTRY_FORMAT} document")
    return None


def _plain_name(name: str, taken: set[str]) -> str:
    base = re.sub(r"[/\\]+", "_", name).strip() or "file"
    base = "file" if base in (".", "..") else base
    out, k = base, 2
    while out in taken:
        stem, dot, ext = base.rpartition(".")
        out = f"{stem}-{k}.{ext}" if dot and stem else f"{base}-{k}"
        k += 1
    taken.add(out)
    return out


def _data_file(f: ElnFile, name: str, description: str = "") -> dict:
    return {"name": name, "sha256": f.sha256, "size": f.size, "media_type": f.media_type or "application/octet-stream",
            "description": description or f.description[:500]}


def title_system(title: str) -> str | None:
    """The sample an entry's title names: read as the extraction reads a paper's title
    (``ingest.extraction.prose.prose_context.heading_sample``: 'NaAlH4 with Ti' is NaAlH4 with Ti added, a run label
    before it is no material) when that reads more components than the notation alone ('NaAlH4'), else the notation."""
    from ingest.extraction.prose.prose_context import heading_sample

    written = find_system(title)
    try:
        read = heading_sample(title) if title and len(title) <= 300 else None
    except ValueError:              # a title the reader cannot take apart: the notation decides
        read = None
    if read is None:
        return written
    try:
        if written is not None and len(parse_system(written).components) >= len(read.components):
            return written
        parse_system(read.name)     # (a notation every reader of the entry can parse again)
    except (SystemParseError, ValueError):
        return written
    return read.name


def _samples(rec: ElnRecord, fields: list[dict]) -> tuple[list[tuple[str, str]], set[int]]:
    """(notation, where it came from) of the record's samples, and the fields that named them."""
    found: list[tuple[str, str]] = []
    used: set[int] = set()
    for k, f in enumerate(fields):
        text = f.get("value")
        if isinstance(text, str) and not f.get("file") and _SYSTEM_FIELDS.search(f"{f['name']} {f.get('key', '')}"):
            system = find_system(text, anywhere=True)
            if system and system not in [s for s, _ in found]:
                found.append((system, f"the field '{f['name']}'"))
                used.add(k)
    if not found:
        for text, where in [(rec.name, "title"), *((kw, "keyword") for kw in rec.keywords)]:
            system = title_system(text) if where == "title" else find_system(text)
            if system:
                found.append((system, f"the {where} '{text[:80]}'"))
                break
    return found, used


def map_record(rec: ElnRecord, *, file: str, publisher: str = "", author: str = "") -> Mapped:
    """One record → a lab entry document (validated), with what became what and why."""
    found = _own_document(rec, file)
    if found is not None:
        own, revisions = found
        files = {f.sha256: f.data for f in rec.files if f.data is not None and f.name != ENTRY_FILE}
        _validate(own, rec, file)
        n = len(own.get("samples", []))
        return Mapped(record=rec, document=own, files=files, own=True, revisions=revisions,
                      explain=[("HydrideKG entry", f"the archive's {ENTRY_FILE} is used as it is "
                                                   f"({n} sample(s))")])

    fields = [_field(m) for m in rec.metadata]
    for f in rec.files:
        fields.extend(_field(m, file=f.name) for m in f.metadata)
    explain: list[tuple[str, str]] = []
    found, used = _samples(rec, fields)
    # a value nested two references deep (a group inside a group) is kept as a field, never read as a
    # measurement or as a condition of one: what it qualifies is not the record's value
    deep = {k for k, m in enumerate(rec.metadata) if m.depth > 1}
    clashes = {k: why for k, m in enumerate(rec.metadata) if (why := _units_disagree(m))}
    measurements, uses = measurements_from_fields(fields, skip=used | deep | set(clashes))
    steps, step_uses = synthesis_from_groups(fields, uses)
    uses = [step_uses.pop(u.name, u) for u in uses] + list(step_uses.values())
    samples = []
    for i, (notation, where) in enumerate(found):
        samples.append({"id": f"s{i + 1}", "label": notation, "system": notation,
                        "measurements": measurements if i == 0 else [],
                        "notes": f"system from {where}"})
        explain.append((f"sample s{i + 1}: {notation}", f"named by {where}"))
    if not samples:
        explain.append(("plain note (without sample)", NO_SAMPLE))
    for u in uses:
        if u.became == "measurement" and samples:
            explain.append((f"measurement: field '{u.name}'", u.why))
        elif u.became == "measurement":
            explain.append((f"field '{u.name}'", u.why + "; a measurement once a sample is assigned"))
        elif u.became == "condition" and samples:
            explain.append((f"condition: field '{u.name}'", u.why))
        elif u.became == "synthesis":
            explain.append((f"synthesis: field '{u.name}'", u.why))
        elif u.became == "field" and "synthesis step" in u.why:
            explain.append((f"field '{u.name}'", u.why + "; kept as a field"))
        elif u.became == "field" and "names the property" in u.why:
            explain.append((f"field '{u.name}'", u.why + "; kept as a field, not a measurement"))
        elif u.became == "field" and "names the condition" in u.why:   # e.g. a range written backwards
            explain.append((f"field '{u.name}'", u.why + "; kept as a field, not a condition"))
    for k, why in clashes.items():
        explain.append((f"field '{fields[k]['name']}'", why))
    for name, why in rec.files_refused:
        explain.append((f"file '{name}' not kept", why))
    for f in rec.files:
        if f.digest_note:
            explain.append((f"file '{f.name}'", f.digest_note))

    taken: set[str] = set()
    files_out, blobs, links = [], {}, []
    for f in rec.files:
        if f.data is None:
            links.append({"relation": "hasPart", "target": f.url or f.name})
            continue
        files_out.append(_data_file(f, _plain_name(f.name, taken)))
        blobs[f.sha256] = f.data
        for k, fld in enumerate(fields):   # a file renamed on the way keeps its fields
            if fld.get("file") == f.name:
                fields[k] = {**fld, "file": files_out[-1]["name"]}
    raw = json.dumps({"publisher": publisher, "record": rec.node}, ensure_ascii=False, sort_keys=True,
                     indent=1).encode("utf-8")
    sha = hashlib.sha256(raw).hexdigest()
    blobs[sha] = raw
    files_out.append({"name": _plain_name(RECORD_FILE, taken), "sha256": sha, "size": len(raw),
                      "media_type": "application/ld+json", "kind": "eln-record",
                      "description": f"the record as exported by {publisher or 'the ELN'} (verbatim)"})
    authors = list(dict.fromkeys(a for a in rec.authors if a and a.strip()))
    body = "\n\n".join(t for t in dict.fromkeys((rec.description, rec.body)) if t and t != rec.name)
    doc = {"title": rec.name[:500], "author": authors[0] if authors else (author or publisher or "unknown"),
           "tags": rec.keywords, "samples": samples, "files": files_out, "observations": [],
           "body": body, "fields": fields,
           "comments": [{"text": c.text, "author": c.author, "created": c.created} for c in rec.comments
                        if c.text.strip()],
           "links": [{"relation": r, "target": t} for r, t in rec.links] + links,
           "origin": f"{publisher or 'ELN'} {rec.id}".strip()}
    if len(authors) > 1:
        doc["authors"] = authors
    if steps:
        doc["synthesis"] = steps
    for name, why in rec.files_refused:
        doc["observations"].append(f"file '{name}' was not imported: {why}")
    explain.extend(_dates(doc, rec))
    _validate(doc, rec, file)
    return Mapped(record=rec, document=doc, files=blobs, explain=explain)


def link_entries(mapped: list[Mapped], ids: dict[str, str]) -> None:
    """Links between records of one import point at the entries they became (record @id → entry id)."""
    for m in mapped:
        if m.own or m.document is None:
            continue
        for link in m.document.get("links", []):
            link["target"] = ids.get(link["target"], link["target"])


# RSpace stamps files and documents 'dd:MM:yy:HH:mm:ss' ('05:12:23:11:26:11' is 2023-12-05 11:26:11):
# six two-digit fields, read in that order only when every field is in range.
_RSPACE_STAMP = re.compile(r"(\d\d):(\d\d):(\d\d):(\d\d):(\d\d):(\d\d)")


def _rspace_stamp(text: str) -> str | None:
    m = _RSPACE_STAMP.fullmatch(text.strip())
    if not m:
        return None
    day, month, year, hour, minute, second = (int(g) for g in m.groups())
    try:
        return datetime(2000 + year, month, day, hour, minute, second).isoformat()
    except ValueError:
        return None


def _when(text: str):
    """An ISO date/time as pydantic reads it, or None (then the raw text is kept as an observation)."""
    from pydantic import TypeAdapter, ValidationError

    try:
        value = TypeAdapter(datetime | date).validate_python(text)
    except ValidationError:
        return None
    if isinstance(value, datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=UTC)   # naive stamps (PASTA): compare them as UTC
    return value


def _dates_of_files(rec: ElnRecord) -> tuple[str, str]:
    """(earliest dateCreated, latest dateModified) among the record's files, as written, or ''."""
    def parsed(raw: str):
        value = _when(_rspace_stamp(raw) or raw) if raw else None
        if value is not None and not isinstance(value, datetime):
            value = datetime(value.year, value.month, value.day, tzinfo=UTC)
        return value

    created = [(parsed(f.created), f.created) for f in rec.files if parsed(f.created)]
    modified = [(parsed(f.modified), f.modified) for f in rec.files if parsed(f.modified)]
    return (min(created)[1] if created else "", max(modified)[1] if modified else "")


def _dates(doc: dict, rec: ElnRecord) -> list[tuple[str, str]]:
    """created/updated when they read as dates and run forwards; otherwise kept verbatim, and said so."""
    explain = []
    raw_created, raw_modified = rec.created.strip(), rec.modified.strip()
    if not raw_created and not raw_modified:
        raw_created, raw_modified = _dates_of_files(rec)
        if raw_created or raw_modified:
            explain.append(("dates from the record's files", "the record has no dates of its own (RSpace dates "
                            "only its files): created = its earliest file's, updated = its latest file's"))
    iso_created, iso_modified = (_rspace_stamp(raw_created) or raw_created, _rspace_stamp(raw_modified) or raw_modified)
    created = _when(iso_created) if iso_created else None
    updated = _when(iso_modified) if iso_modified else None
    if created is not None:
        doc["created"] = iso_created
    elif raw_created:
        doc["observations"].append(f"created (as the ELN wrote it): {raw_created}")
        explain.append(("date 'created' kept as text", f"'{raw_created}' is not a date this importer reads "
                                                       "(ISO 8601, or RSpace's dd:MM:yy:HH:mm:ss)"))
    if updated is not None and (not isinstance(created, datetime) or not isinstance(updated, datetime)
                                or updated >= created):
        doc["updated"] = iso_modified
    elif raw_modified:
        doc["observations"].append(f"modified (as the ELN wrote it): {raw_modified}")
        why = (f"'{raw_modified}' is before the entry's creation" if updated is not None else
               f"'{raw_modified}' is not a date this importer reads (ISO 8601, or RSpace's dd:MM:yy:HH:mm:ss)")
        explain.append(("date 'modified' kept as text", why))
    return explain


def _validate(doc: dict, rec: ElnRecord, file: str) -> None:
    try:
        entry = load_entry(doc)
    except EntryValidationError as exc:
        errors = [i for i in exc.issues if i.severity == "error"]
        rule = errors[0].path if errors else "entry"
        said = [_in_eln_terms(doc, i) for i in errors]
        fix = (" (correct these fields in the ELN and export again, or leave them out: nothing of this "
               "archive was written)" if any(s.startswith("field '") for s in said) else "")
        rule = "fields" if said and said[0].startswith("field '") else rule or "entry"
        raise ElnImportError(file, rec.id, rule, "; ".join(said) + fix) from None
    # keep the normalised document (what `hkg entry add` would store), minus the repository's id
    normal = entry.document()
    doc.clear()
    doc.update(normal)


_MEASUREMENT_PATH = re.compile(r"samples\[(\d+)\]\.measurements\[(\d+)\]")
_FROM_FIELD = re.compile(r"from the field '(.+?)'")


def _in_eln_terms(doc: dict, issue) -> str:
    """An entry problem said as the archive's user knows it: a measurement made from a field of the
    record is named by that field (its PropertyValue name) and value, not by the entry's inner path."""
    where = _MEASUREMENT_PATH.match(issue.path or "")
    if where is None:
        return str(issue)
    try:
        m = doc["samples"][int(where[1])]["measurements"][int(where[2])]
    except (KeyError, IndexError, TypeError):
        return str(issue)
    named = _FROM_FIELD.search(str(m.get("note", "")))
    if named is None:
        return str(issue)
    value = m.get("value")
    shown = f"{value:g}" if isinstance(value, int | float) and not isinstance(value, bool) else value
    return f"field '{named[1]}' ({shown} {unit_text(m.get('unit'))}".rstrip() + f"): {issue.message}"


def entry_id_for(rec: ElnRecord, publisher: str) -> str:
    """A stable id for a foreign record, so importing the same archive again finds the same entry."""
    slug = re.sub(r"[^a-z0-9]+", "-", rec.name.lower()).strip("-")[:40] or "eln"
    digest = hashlib.sha256(f"{publisher}\x00{rec.id}".encode()).hexdigest()[:10]
    return f"{slug}-{digest}"
