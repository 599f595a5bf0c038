"""Lab entries → an ``.eln`` archive other ELNs import (The ELN Consortium's format, RO-Crate 1.1).

Layout::

    <name>/ro-crate-metadata.json
    <name>/<entry id>/hydridekg-entry.json    the full entry document + its revision history
    <name>/<entry id>/<attached file>         each raw data file, bytes as stored

In the metadata each entry is a ``Dataset`` (``name``, ``author`` → ``Person``, ``dateCreated``,
``dateModified``, ``keywords``, ``text`` with the observations, ``hasPart`` → its ``File``s with
``contentSize`` and ``sha256``) and each measurement a ``PropertyValue`` in ``variableMeasured``
(``propertyID`` = ontology key, ``value``/``maxValue``, ``unitText`` and — when the unit is the
ontology's canonical one — ``unitCode`` = its QUDT IRI, which schema.org allows as a URL), the
conditions it was measured at its ``valueReference``s (``PropertyValue``s; a range as ``minValue``/
``maxValue``).  Other ELNs
read those; HydrideKG reads ``hydridekg-entry.json`` back, so the round trip is lossless.

This module takes plain documents and a function reading attached bytes by sha256: ``ingest`` does not
import the repository (``kg``); the CLI passes ``EntryRepository.read_file``.
"""
from __future__ import annotations

import hashlib
import json
import mimetypes
import os
import re
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ontology.errors import UserError
from ontology.models import ConditionValue, parse_condition_text
from ontology.units import UnitError, canonical_unit
from ontology.vocabulary import UnknownTermError, vocabulary

from .archive import METADATA
from .to_entry import ENTRY_FILE, ENTRY_FORMAT

CONTEXT = "https://w3id.org/ro/crate/1.1/context"
CONFORMS = "https://w3id.org/ro/crate/1.1"
PUBLISHER_ID = "#hydridekg"


class ElnExportError(UserError, ValueError):
    pass


@dataclass
class ExportItem:
    document: dict                                   # the entry document (with its 'id')
    revisions: list[dict] = field(default_factory=list)   # summaries: revision, action, author, time, comment


def _person_id(name: str) -> str:
    return "#person-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]


def _date(value) -> str | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else value.isoformat()


def _unit_code(key: str, unit: str) -> str | None:
    try:
        term = vocabulary().property(key)
    except UnknownTermError:
        return None
    return term.unit_iri if term.unit and term.unit == unit and term.unit_iri else None


def _condition_node(node_id: str, key: str, given) -> dict:
    """A measurement's condition as schema.org gives a reference value: a ``PropertyValue`` with its
    value, or a range's ends as ``minValue``/``maxValue`` (``value`` the lower end), and ``unitText``;
    a categorical condition (a term, 'Li+') as its text."""
    node: dict = {"@id": f"{node_id}/{key}", "@type": "PropertyValue", "propertyID": key, "name": key}
    try:
        read = (ConditionValue(value=given["value"], value_max=given.get("value_max"), unit=given["unit"])
                if isinstance(given, dict) else parse_condition_text(given) if isinstance(given, str)
                else ConditionValue(value=given, unit=canonical_unit(key)))
    except (ValueError, KeyError, TypeError, UnitError):     # a term's label, not a number
        node["value"] = str(given)
        return node
    node.update(value=read.value, unitText=read.unit)
    if read.value_max is not None:
        node["minValue"], node["maxValue"] = read.value, read.value_max
    return node


def _measurement_nodes(entry_id: str, doc: dict, graph: list[dict]) -> list[dict]:
    """The measurements' ``PropertyValue``s (for ``variableMeasured``); the conditions each was
    measured at go to ``graph`` as the ``valueReference``s of their measurement."""
    vocab = vocabulary()
    out = []
    for sample in doc.get("samples", []):
        system = sample.get("system") or "–".join(
            c.get("formula", "") for c in [sample.get("host") or {}, *sample.get("additives", [])])
        out.append({"@id": f"#{entry_id}/{sample['id']}/system", "@type": "PropertyValue",
                    "propertyID": "material_system", "name": f"sample {sample['id']}: material system",
                    "value": system})
        for j, m in enumerate(sample.get("measurements", [])):
            key = m["property"]
            try:
                label = vocab.property(key).label
            except UnknownTermError:
                label = key
            node = {"@id": f"#{entry_id}/{sample['id']}/m{j}", "@type": "PropertyValue", "propertyID": key,
                    "name": f"{label} ({sample['id']})", "value": m["value"], "unitText": m["unit"]}
            if m.get("value_max") is not None:
                node["minValue"], node["maxValue"] = m["value"], m["value_max"]
            code = _unit_code(key, m["unit"])
            if code:
                node["unitCode"] = code
            # the technique (an instrument: TPD, PCT) and the method (an analysis: Kissinger) each in its
            # schema.org home, so that an import reads both back
            if m.get("technique"):
                node["measurementTechnique"] = m["technique"]
            if m.get("method"):
                node["measurementMethod"] = m["method"]
            if m.get("conditions"):
                node["description"] = "conditions: " + json.dumps(m["conditions"], ensure_ascii=False, sort_keys=True)
                refs = [_condition_node(node["@id"], k, v) for k, v in sorted(m["conditions"].items())]
                node["valueReference"] = [{"@id": r["@id"]} for r in refs]
                graph.extend(refs)
            out.append(node)
    return out


def _field_nodes(entry_id: str, doc: dict) -> dict[str, list[dict]]:
    """The entry's fields as ``PropertyValue``s, by the file they describe ('' for the entry's own)."""
    out: dict[str, list[dict]] = {}
    for k, fld in enumerate(doc.get("fields", [])):
        node = {"@id": f"#{entry_id}/field{k}", "@type": "PropertyValue", "name": fld["name"],
                "propertyID": fld.get("key") or fld["name"], "value": fld.get("value")}
        if fld.get("unit"):
            node["unitText"] = fld["unit"]
        if fld.get("unit_code"):
            node["unitCode"] = fld["unit_code"]
        if fld.get("kind"):
            node["valueReference"] = fld["kind"]
        if fld.get("description"):
            node["description"] = fld["description"]
        if fld.get("techniques"):
            node["measurementTechnique"] = fld["techniques"]
        out.setdefault(fld.get("file") or "", []).append(node)
    return out


_LINK_PROPERTIES = ("isPartOf", "mentions", "isBasedOn", "about")


def _comments_and_links(entry_id: str, doc: dict, dataset: dict, graph: list[dict], people: dict,
                        exported: set) -> None:
    """Comments as ``Comment`` nodes (author, dateCreated), links as schema.org relations."""
    comments = []
    for k, c in enumerate(doc.get("comments", [])):
        node = {"@id": f"#{entry_id}/comment{k}", "@type": "Comment", "text": c["text"],
                "parentItem": {"@id": dataset["@id"]}}
        if c.get("author"):
            people.setdefault(c["author"], {"@id": _person_id(c["author"]), "@type": "Person", "name": c["author"]})
            node["author"] = {"@id": people[c["author"]]["@id"]}
        if c.get("created"):
            node["dateCreated"] = c["created"]
        graph.append(node)
        comments.append({"@id": node["@id"]})
    if comments:
        dataset["comment"] = comments
    for link in doc.get("links", []):
        relation, target = link["relation"], link["target"]
        if relation not in _LINK_PROPERTIES:
            continue           # 'hasPart' remote files and other relations stay in the entry document
        if target in exported:
            ref = f"./{target}/"
        elif re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I):
            ref = target           # an absolute IRI (another notebook's record) stays as it is
        else:
            continue               # a record of the other notebook not in this archive: no dangling id
        dataset.setdefault(relation, [])
        if {"@id": ref} not in dataset[relation]:
            dataset[relation].append({"@id": ref})


def license_entity(license: str | None) -> dict:
    """RO-Crate's root must say how the crate may be used: a licence URL (e.g.
    https://creativecommons.org/licenses/by/4.0/) or, when the lab chose none, a textual statement."""
    text = (license or "").strip()
    if re.match(r"https?://\S+$", text):
        return {"@id": text, "@type": "CreativeWork", "name": text}
    return {"@id": "#license", "@type": "CreativeWork", "name": "Terms of use",
            "description": text or "Lab notebook records exported from HydrideKG. No licence was chosen at "
                                   "export: ask the lab that exported them before reusing them."}


def build_crate(items: list[ExportItem], read_file: Callable[[str], bytes], *, name: str = "hydridekg-export",
                now: datetime | None = None, license: str | None = None) -> tuple[dict, dict[str, bytes]]:
    """(ro-crate metadata, {path relative to the root folder: bytes})."""
    now = now or datetime.now(UTC)
    stamp = now.isoformat(timespec="seconds")
    files: dict[str, bytes] = {}
    graph: list[dict] = [
        {"@id": METADATA, "@type": "CreativeWork", "about": {"@id": "./"}, "conformsTo": {"@id": CONFORMS},
         "dateCreated": stamp, "sdPublisher": {"@id": PUBLISHER_ID}, "version": "1.0"},
        {"@id": PUBLISHER_ID, "@type": "Organization", "name": "HydrideKG",
         "description": "knowledge graph and lab notebook for Li/Mg hydride research"},
    ]
    terms = license_entity(license)
    root = {"@id": "./", "@type": "Dataset", "name": name, "datePublished": stamp,
            "description": f"{len(items)} lab entr{'y' if len(items) == 1 else 'ies'} exported from HydrideKG",
            "license": {"@id": terms["@id"]}, "hasPart": []}
    graph += [root, terms]
    people: dict[str, dict] = {}
    seen_ids: set[str] = set()
    exported = {item.document.get("id") for item in items}
    for item in items:
        doc = item.document
        entry_id = doc.get("id") or ""
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}", entry_id):
            raise ElnExportError(f"entry id '{entry_id}' cannot name a folder; store the entry first")
        if entry_id in seen_ids:
            raise ElnExportError(f"entry '{entry_id}' is given twice")
        seen_ids.add(entry_id)
        folder = f"./{entry_id}/"
        parts = []
        file_nodes: dict[str, dict] = {}
        for f in doc.get("files", []):
            try:
                data = read_file(f["sha256"])
            except Exception as exc:  # the repository's NotFound/corrupt errors, named with the entry
                raise ElnExportError(f"entry '{entry_id}': file '{f['name']}': {exc}") from None
            if hashlib.sha256(data).hexdigest() != f["sha256"]:
                raise ElnExportError(f"entry '{entry_id}': file '{f['name']}' does not match its sha256")
            path = f"{entry_id}/{f['name']}"
            files[path] = data
            node = {"@id": f"./{path}", "@type": "File", "name": f["name"],
                    "encodingFormat": f.get("media_type") or "application/octet-stream",
                    "contentSize": str(len(data)), "sha256": f["sha256"]}
            if f.get("description"):
                node["description"] = f["description"]
            graph.append(node)
            parts.append({"@id": node["@id"]})
            file_nodes[f["name"]] = node
        own = json.dumps({"format": ENTRY_FORMAT, "version": 1, "entry": doc, "revisions": item.revisions},
                         ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
        own_path = f"{entry_id}/{ENTRY_FILE}"
        files[own_path] = own
        graph.append({"@id": f"./{own_path}", "@type": "File", "name": ENTRY_FILE,
                      "encodingFormat": "application/json", "contentSize": str(len(own)),
                      "sha256": hashlib.sha256(own).hexdigest(),
                      "description": "the HydrideKG lab entry (full document and revision history)"})
        parts.append({"@id": f"./{own_path}"})
        authors = doc.get("authors") or [doc.get("author") or "unknown"]
        for author in authors:
            people.setdefault(author, {"@id": _person_id(author), "@type": "Person", "name": author})
        pvs = _measurement_nodes(entry_id, doc, graph)
        file_pvs = _field_nodes(entry_id, doc)
        pvs += file_pvs.pop("", [])
        # remote files (web links an ELN listed as parts) are File entities with their URL as @id
        for link in doc.get("links", []):
            url = link["target"]
            if link["relation"] == "hasPart" and re.match(r"^https?://", url) and url not in file_nodes:
                node = {"@id": url, "@type": "File", "name": url,
                         "encodingFormat": mimetypes.guess_type(url)[0] or "application/octet-stream"}
                graph.append(node)
                parts.append({"@id": url})
                file_nodes[url] = node
        for name, nodes in file_pvs.items():   # a file's own metadata sits on the file (as PASTA writes it)
            if name in file_nodes:
                graph.extend(nodes)
                file_nodes[name]["variableMeasured"] = [{"@id": n["@id"]} for n in nodes]
            else:                              # its file is not in the archive: on the entry, saying which
                for n in nodes:
                    n["description"] = (n.get("description", "") + f" (of the file '{name}')").strip()
                pvs += nodes
        graph.extend(pvs)
        dataset = {"@id": folder, "@type": "Dataset", "name": doc.get("title", entry_id), "identifier": entry_id,
                   "genre": "experiment" if doc.get("samples") else "note",
                   "author": [{"@id": people[a]["@id"]} for a in authors] if len(authors) > 1
                   else {"@id": people[authors[0]]["@id"]},
                   "keywords": ",".join(doc.get("tags", [])), "hasPart": parts,
                   "variableMeasured": [{"@id": p["@id"]} for p in pvs],
                   "text": "\n\n".join(([doc["body"]] if doc.get("body") else []) + doc.get("observations", []))}
        _comments_and_links(entry_id, doc, dataset, graph, people, exported)
        for key, attr in (("created", "dateCreated"), ("updated", "dateModified")):
            if _date(doc.get(key)):
                dataset[attr] = _date(doc.get(key))
        if "dateCreated" not in dataset and item.revisions:
            dataset["dateCreated"] = item.revisions[0].get("time")
        if doc.get("project"):
            dataset["about"] = {"@id": f"#project-{hashlib.sha256(doc['project'].encode()).hexdigest()[:12]}"}
            graph.append({"@id": dataset["about"]["@id"], "@type": "Thing", "name": doc["project"]})
        graph.append(dataset)
        root["hasPart"].append({"@id": folder})
    graph.extend(people.values())
    # drop duplicate project nodes (several entries of one project)
    unique, ids = [], set()
    for node in graph:
        if node["@id"] not in ids:
            ids.add(node["@id"])
            unique.append(node)
    return {"@context": CONTEXT, "@graph": unique}, files


def write_eln(items: list[ExportItem], out: str | Path, read_file: Callable[[str], bytes],
              *, now: datetime | None = None, license: str | None = None) -> Path:
    """Write the archive atomically (a temp file renamed into place: no half-written .eln)."""
    out = Path(out)
    folder = re.sub(r"[^A-Za-z0-9_.-]+", "-", out.name.removesuffix(".eln")).strip("-.") or "hydridekg-export"
    metadata, files = build_crate(items, read_file, name=folder, now=now, license=license)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".eln", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as fh, zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            # the folders are members too: each entry's Dataset names a folder the archive holds
            zf.mkdir(f"{folder}/")
            zf.writestr(f"{folder}/{METADATA}", json.dumps(metadata, ensure_ascii=False, indent=1))
            for entry_dir in sorted({path.split("/", 1)[0] for path in files}):
                zf.mkdir(f"{folder}/{entry_dir}/")
            for path, data in sorted(files.items()):
                zf.writestr(f"{folder}/{path}", data)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out
