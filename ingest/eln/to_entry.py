"""``ElnRecord`` → lab entry document (``ingest.entry.LabEntry``).

What the record says is mapped where the ontology recognises it, and kept verbatim otherwise:

* samples: a metadata field named like a sample/system/material/formula whose value parses as a
  material system, else the record's title or keywords, scanned for a system the ontology knows
  (a known material, or a hydride: hydrogen with a metal).  A record naming no material is not a
  hydride experiment: it is *skipped* with that reason (nothing of it is written);
* measurements: metadata whose name is an ontology property and whose value is a number with a unit
  that fits the property (pint); an ontology property with a missing or wrong unit refuses the record
  (``ElnImportError`` naming the archive, the record and the field);
* conditions: metadata naming an ontology condition (temperature, pressure, …) with a unit applies to
  every measurement of the record;
* everything else — description, main text, comments, steps, unmatched metadata — becomes observations
  (plain text), and the crate node itself is attached as ``eln-record.json`` so nothing is lost;
* our own exports carry the full entry document (``hydridekg-entry.json``): it is used verbatim, so
  HydrideKG → .eln → HydrideKG is lossless.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from ingest import bounded_json
from ingest.entry import EntryValidationError, load_entry, resolve_property
from ontology.quantities import parse_quantity_text
from ontology.system import SystemParseError, parse_system
from ontology.units import UnitError, is_compatible, parse_unit
from ontology.vocabulary import vocabulary

from .archive import ElnArchiveError
from .crate import ElnFile, ElnRecord, MetaValue

ENTRY_FILE = "hydridekg-entry.json"       # written by export; its presence means "our own entry"
RECORD_FILE = "eln-record.json"           # the verbatim crate node of a foreign record
ENTRY_FORMAT = "hydridekg-entry"
# Field names that say "this value is the sample's composition" (field-name cues, not a vocabulary).
_SYSTEM_FIELDS = re.compile(r"\b(system|sample|material|composition|formula|compound)\b", re.I)
_NONMETALS = {"H", "D", "B", "C", "N", "O", "F", "Si", "P", "S", "Cl", "Se", "Br", "I", "He", "Ne", "Ar"}


class ElnImportError(ElnArchiveError):
    """A record cannot become a lab entry (file, entry = record @id, rule = field)."""


@dataclass
class Mapped:
    record: ElnRecord
    document: dict | None = None          # the lab entry document, None when skipped
    files: dict[str, bytes] = field(default_factory=dict)   # sha256 -> bytes to store
    skipped: str = ""                     # why the record is not an entry
    own: bool = False                     # a HydrideKG export (document used verbatim)


# ------------------------------------------------------------------------------------ systems
def _hydride_host(system) -> bool:
    """A system worth a hydride-lab entry: its host is a metal hydride (hydrogen with a metal).

    A bare metal or a class word in a title ('Gold master experiment', 'Copper') is not a sample.
    """
    elements = set(re.findall(r"[A-Z][a-z]?", system.host.formula))
    return "H" in elements and bool(elements - _NONMETALS)


def _try_system(text: str):
    if re.fullmatch(r"[A-Z]{3,}", text):      # 'TODO', 'WAIT': shouting, not a formula
        return None
    try:
        system = parse_system(text)
    except (SystemParseError, ValueError):
        return None
    return system if _hydride_host(system) else None


def find_system(text: str) -> str | None:
    """The system named in a title/keyword: the whole text, else the richest run of tokens."""
    text = (text or "").strip()
    if not text or len(text) > 300:
        return None
    if _try_system(text):
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
                r = (len(system.components), len(chunk), -i)
                if rank is None or r > rank:
                    best, rank = chunk, r
    return best


# -------------------------------------------------------------------------------- metadata
def _number(value) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(value) else None
    try:
        v = float(str(value).strip())
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None


def _term_of(meta: MetaValue, kind: str):
    vocab = vocabulary()
    for text in (meta.name, meta.key, meta.key.rsplit(".", 1)[-1], meta.name.rsplit("→", 1)[-1]):
        text = (text or "").strip()
        if not text:
            continue
        term = vocab.lookup(text, kind) or vocab.lookup(text.replace("_", " "), kind)
        if term is None and kind == "Property":
            try:
                key = resolve_property(text)
                term = vocab.property(key)
            except Exception:  # not a property key either
                term = None
        if term is not None and term.kind == kind:
            return term
    return None


def _quantity(meta: MetaValue) -> tuple[float, str] | None:
    """(value, unit) of a metadata value, unit from its unit field or written with the number."""
    value = _number(meta.value)
    if value is not None:
        return (value, meta.unit) if meta.unit else None
    if isinstance(meta.value, str):
        try:
            return parse_quantity_text(meta.value)
        except UnitError:
            return None
    return None


def _verbatim(meta: MetaValue) -> str:
    value = meta.value if isinstance(meta.value, str) else json.dumps(meta.value, ensure_ascii=False)
    unit = f" {meta.unit}" if meta.unit and meta.unit not in ("1",) else ""
    return f"metadata: {meta.name} = {value}{unit}"


# ------------------------------------------------------------------------------------ mapping
def _own_document(rec: ElnRecord, file: str) -> dict | None:
    for f in rec.files:
        if f.name == ENTRY_FILE and f.data is not None:
            try:
                data = bounded_json.loads(f.data.decode("utf-8"), what=ENTRY_FILE)
            except (UnicodeDecodeError, ValueError) as exc:   # ValueError: malformed or too deep
                raise ElnImportError(file, rec.id, ENTRY_FILE, f"not valid JSON ({exc})") from None
            if isinstance(data, dict) and data.get("format") == ENTRY_FORMAT and isinstance(data.get("entry"), dict):
                return data["entry"]
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


def map_record(rec: ElnRecord, *, file: str, publisher: str = "", author: str = "",
               default_system: str | None = None) -> Mapped:
    """One record → a lab entry document (validated), or a skip with the reason.

    ``default_system`` (``hkg eln import --sample``) is the sample of records that name none: an
    archive exported from one project on one material need not repeat it in every title.
    """
    own = _own_document(rec, file)
    if own is not None:
        files = {f.sha256: f.data for f in rec.files if f.data is not None and f.name != ENTRY_FILE}
        _validate(own, rec, file)
        return Mapped(record=rec, document=own, files=files, own=True)

    samples_from: list[tuple[str, str]] = []       # (notation, where it came from)
    used: set[int] = set()
    for k, meta in enumerate(rec.metadata):
        if isinstance(meta.value, str) and _SYSTEM_FIELDS.search(f"{meta.name} {meta.key}"):
            found = find_system(meta.value)
            if found:
                samples_from.append((found, f"metadata '{meta.name}'"))
                used.add(k)
    if not samples_from:
        for text, where in [(rec.name, "title"), *((kw, "keyword") for kw in rec.keywords)]:
            found = find_system(text)
            if found:
                samples_from.append((found, where))
                break
    if not samples_from and default_system:
        samples_from.append((default_system, "import option --sample"))
    if not samples_from:
        return Mapped(record=rec, skipped="no material system recognised in its title, keywords or "
                                          "metadata (add a 'sample' field with a formula, or import with --sample FORMULA)")

    measurements, conditions, observations = [], {}, []
    for k, meta in enumerate(rec.metadata):
        if k in used:
            continue
        prop = _term_of(meta, "Property")
        if prop is not None:
            q = _quantity(meta)
            where = f"metadata '{meta.name}'"
            if q is None:
                if _number(meta.value) is not None:
                    raise ElnImportError(file, rec.id, where, f"'{prop.key}' = {meta.value} has no unit; "
                                         f"give its unit (e.g. {prop.unit}) in the ELN")
            else:
                value, unit = q
                try:
                    parse_unit(unit)
                    ok = is_compatible(prop.key, unit)
                except UnitError:
                    ok = False
                if not ok:
                    raise ElnImportError(file, rec.id, where, f"unit '{unit}' does not fit '{prop.key}' "
                                         f"(measured in {prop.unit} or a compatible unit)")
                measurements.append({"property": prop.key, "value": value, "unit": unit,
                                     "note": f"from ELN {where}"})
                continue
        cond = _term_of(meta, "Condition")
        if cond is not None and cond.key:
            q = _quantity(meta)
            if q is not None:
                try:
                    parse_unit(q[1])
                    if is_compatible(cond.key, q[1]):
                        conditions[cond.key] = {"value": q[0], "unit": q[1]}
                except UnitError:
                    pass
        observations.append(_verbatim(meta))
    for m in measurements:
        if conditions:
            m["conditions"] = dict(conditions)

    samples = []
    for i, (notation, where) in enumerate(samples_from):
        samples.append({"id": f"s{i + 1}", "label": notation, "system": notation,
                        "measurements": measurements if i == 0 else [],
                        "notes": f"system from the ELN record's {where}"})
    texts = [t for t in (rec.description, rec.body) if t and t != rec.name]
    taken: set[str] = set()
    files_out, blobs = [], {}
    for f in rec.files:
        if f.data is None:
            observations.append(f"linked file: {f.name} {f.url}".strip())
            continue
        files_out.append(_data_file(f, _plain_name(f.name, taken)))
        blobs[f.sha256] = f.data
        for meta in f.metadata:
            observations.append(f"{f.name} " + _verbatim(meta))
    raw = json.dumps({"publisher": publisher, "record": rec.node}, ensure_ascii=False, sort_keys=True,
                     indent=1).encode("utf-8")
    sha = hashlib.sha256(raw).hexdigest()
    blobs[sha] = raw
    files_out.append({"name": _plain_name(RECORD_FILE, taken), "sha256": sha, "size": len(raw),
                      "media_type": "application/ld+json", "kind": "eln-record",
                      "description": f"the record as exported by {publisher or 'the ELN'} (verbatim)"})
    doc = {"title": rec.name[:500], "author": (rec.authors[0] if rec.authors else author or publisher or "unknown"),
           "tags": rec.keywords, "samples": samples, "files": files_out,
           "observations": texts + rec.comments + observations}
    _dates(doc, rec)
    for relation, target in rec.links:
        doc["observations"].append(f"link: {relation} {target}")
    if len(rec.authors) > 1:
        doc["observations"].append("authors: " + ", ".join(rec.authors))
    _validate(doc, rec, file)
    return Mapped(record=rec, document=doc, files=blobs)


def _when(text: str):
    """An ISO date/time as pydantic reads it, or None (then the raw text is kept as an observation)."""
    from pydantic import TypeAdapter, ValidationError

    try:
        value = TypeAdapter(datetime | date).validate_python(text)
    except ValidationError:
        return None
    if isinstance(value, datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)   # naive stamps (PASTA): compare them as UTC
    return value


def _dates(doc: dict, rec: ElnRecord) -> None:
    """created/updated when they read as dates and run forwards; otherwise kept verbatim."""
    created, updated = _when(rec.created) if rec.created else None, _when(rec.modified) if rec.modified else None
    if created is not None:
        doc["created"] = rec.created
    elif rec.created:
        doc["observations"].append(f"created (as the ELN wrote it): {rec.created}")
    if updated is not None and (not isinstance(created, datetime) or not isinstance(updated, datetime)
                                or updated >= created):
        doc["updated"] = rec.modified
    elif rec.modified:
        doc["observations"].append(f"modified (as the ELN wrote it): {rec.modified}")


def _validate(doc: dict, rec: ElnRecord, file: str) -> None:
    try:
        entry = load_entry(doc)
    except EntryValidationError as exc:
        first = next((i for i in exc.issues if i.severity == "error"), None)
        rule = first.path if first else "entry"
        raise ElnImportError(file, rec.id, rule or "entry",
                             "; ".join(str(i) for i in exc.issues if i.severity == "error")) from None
    # keep the normalised document (what `hkg entry add` would store), minus the repository's id
    normal = entry.document()
    doc.clear()
    doc.update(normal)


def entry_id_for(rec: ElnRecord, publisher: str) -> str:
    """A stable id for a foreign record, so importing the same archive again finds the same entry."""
    slug = re.sub(r"[^a-z0-9]+", "-", rec.name.lower()).strip("-")[:40] or "eln"
    digest = hashlib.sha256(f"{publisher}\x00{rec.id}".encode()).hexdigest()[:10]
    return f"{slug}-{digest}"
