"""An RO-Crate graph (from a checked ``.eln`` archive) as neutral ``ElnRecord``s.

ELNs fill the crate differently; this module absorbs the differences so ``to_entry`` sees one shape:

* records are the ``Dataset``s reachable from the root dataset through ``hasPart`` (eLabFTW
  experiments/resources, Kadi4Mat records and collections, SampleDB objects, PASTA projects/tasks/items,
  OpenSemanticLab entries, RSpace documents, SciLog logbooks and messages, datalab items …).  Not
  records: Datasets another record ``isBasedOn`` (SampleDB's stored versions), ``Comment`` Datasets
  (SciLog: comments of their parent), link Datasets whose ``identifier`` is another record (RSpace:
  a ``mentions`` link), and folders holding nothing (RSpace's './resources').  A crate with no
  Dataset under its root but files or text on it is one record, the root;
* metadata comes from ``variableMeasured`` ``PropertyValue``s, referenced or inline (value,
  ``unitText``/``unitCode``) and, for eLabFTW, from the ``extra_fields`` in its metadata JSON;
* authors are ``Person`` nodes (``name``, given + family name, or email), inline Persons or plain names;
* titles are ``name``, else ``identifier``, else the last part of the @id;
* text (``text``, ``articleBody``, ``description``, a ``TextObject``) is turned from HTML/Markdown into
  plain text — never rendered — and comments and steps are kept as text with their author and date;
* files are ``File``/``MediaObject`` parts with their bytes read from the archive, checked against
  ``sha256`` and ``contentSize`` when given; remote files (http ids) are kept as links; a file the zip
  lacks (or whose @id leaves the crate) is refused by name, its record kept;
* a node given twice is one node when the copies agree, refused (``duplicate @id``) when they do not.

``CrateError`` names the archive, the record (crate ``@id``) and the field.
"""
from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import unquote

from ingest.entries import bounded_json
from ontology.errors import UserError
from ontology.safe_text import escape_controls

from .archive import METADATA, ElnArchive, ElnArchiveError


class CrateError(ElnArchiveError):
    """A record of the crate is not usable (``entry`` is the record's @id, ``rule`` the field)."""


@dataclass
class MetaValue:
    name: str
    value: object
    unit: str = ""            # unitText, or eLabFTW's 'unit'
    unit_code: str = ""       # UN/CEFACT code when given
    kind: str = ""            # eLabFTW field type / valueReference
    description: str = ""
    key: str = ""             # propertyID (stable key) when it differs from the shown name
    depth: int = 0            # valueReference levels below the record's own value (> 1: a field only)
    techniques: tuple[str, ...] = ()   # measurementTechnique / measurementMethod, as written


@dataclass
class ElnFile:
    path: str                 # relative to the crate root ('' for remote files)
    name: str
    media_type: str = "application/octet-stream"
    size: int = 0
    sha256: str = ""
    data: bytes | None = None
    url: str = ""             # remote files
    description: str = ""
    metadata: list[MetaValue] = field(default_factory=list)
    digest_note: str = ""     # how the declared digest was checked when it was not a SHA-256
    created: str = ""         # the file's dateCreated / dateModified as the ELN wrote them
    modified: str = ""
    refused: str = ""         # why the file's bytes are not kept (a digest or size that does not match)


@dataclass
class ElnComment:
    text: str
    author: str = ""
    created: str = ""


@dataclass
class ElnRecord:
    id: str                   # the crate @id
    name: str
    types: list[str] = field(default_factory=list)
    genre: str = ""           # 'experiment', 'resource', 'sample', … as the ELN says
    created: str = ""
    modified: str = ""
    authors: list[str] = field(default_factory=list)
    description: str = ""     # plain text
    body: str = ""            # plain text of the main text (eLabFTW 'text')
    keywords: list[str] = field(default_factory=list)
    metadata: list[MetaValue] = field(default_factory=list)
    files: list[ElnFile] = field(default_factory=list)
    comments: list[ElnComment] = field(default_factory=list)
    files_refused: list[tuple[str, str]] = field(default_factory=list)   # (file name, why it was not kept)
    links: list[tuple[str, str]] = field(default_factory=list)   # (relation, other record @id)
    parent: str = ""
    node: dict = field(default_factory=dict)                       # the crate node, verbatim


@dataclass
class Crate:
    publisher: str
    root_name: str
    records: list[ElnRecord]
    conforms_to: str = ""
    warnings: list[str] = field(default_factory=list)   # what was read leniently (the crate's shape), and how


# --------------------------------------------------------------------------------- plain text
class _Text(HTMLParser):
    _BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "pre"}
    _SKIP = {"script", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self.skip += 1
        elif tag in self._BLOCK:
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append("\t")

    def handle_endtag(self, tag):
        if tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self._BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def plain_text(text: str) -> str:
    """HTML (or plain/Markdown) to plain text: tags dropped, entities decoded, blank runs squeezed."""
    if not text:
        return ""
    if "<" in text and ">" in text:
        parser = _Text()
        parser.feed(text)
        parser.close()
        text = "".join(parser.out)
    else:
        text = html.unescape(text)
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    # an archive's text cannot carry terminal controls (ESC, BEL, RLO …) into the notebook: shown escaped
    return escape_controls(re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip(), one_line=False)


# -------------------------------------------------------------------------------- graph helpers
def _ids(value) -> list[str]:
    """@ids of a reference or list of references (some ELNs write a JSON string of the list)."""
    if isinstance(value, str) and value.startswith("["):
        try:
            value = bounded_json.loads(value)
        except ValueError:           # malformed, or nested past the limit (JsonLimitError)
            return []
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return []
    # the spec's own example lists bare strings in hasPart; RO-Crate writes {"@id": …}
    return [v["@id"] if isinstance(v, dict) else v for v in value
            if (isinstance(v, dict) and isinstance(v.get("@id"), str)) or isinstance(v, str)]


def _types(node: dict) -> list[str]:
    t = node.get("@type") or []
    if isinstance(t, str):
        return [t]
    return [x for x in t if isinstance(x, str)] if isinstance(t, list) else []


def _str(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return str(value.get("@value", value.get("@id", "")))
    if isinstance(value, list):
        return ", ".join(_str(v) for v in value)
    return str(value)


def _language_text(value) -> str:
    """A text written as JSON-LD language-tagged values ([{"@language": "en", "@value": …}, …]): the
    English one, else the first — one title, not every translation joined."""
    if not _is_tagged(value):
        return _str(value)
    english = [v for v in value if str(v.get("@language", "")).lower().startswith("en")]
    return _str((english or value)[0]["@value"])


def _is_tagged(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) and "@value" in v for v in value)


def _term(nodes: dict, value) -> str:
    """A keyword as text: a plain string, or a DefinedTerm (inline, or referenced by @id) by its name."""
    if isinstance(value, dict):
        node = nodes.get(value["@id"], value) if isinstance(value.get("@id"), str) else value
        named = _language_text(node.get("name") or node.get("termCode") or "")
        return named or _str(value)
    return _str(value)


def _keywords(value, nodes: dict | None = None) -> list[str]:
    if isinstance(value, list):
        items = [_term(nodes or {}, v) for v in value]
    elif isinstance(value, dict):
        items = [_term(nodes or {}, value)]
    else:
        items = _str(value).split(",")
    # RSpace quotes each keyword ("'MgH2', 'ball milling'"): the quotes are not part of the tag
    return [k.strip().strip("'\"").strip() for k in items if k and k.strip().strip("'\"").strip()]


def _person(node: dict | None, ref: str) -> str:
    if not node:
        return ref
    name = _str(node.get("name")).strip()
    if not name:
        name = " ".join(_str(node.get(k)).strip() for k in ("givenName", "familyName")).strip()
    # SciLog's Persons carry only an email: that names them better than 'person://…'
    return name or _str(node.get("email")).strip() or ref


def _people(nodes: dict, value) -> list[str]:
    """Names of the people an ``author``/``creator`` value gives: references to Person nodes, inline
    Persons, or plain names (a string that is no node's @id is the person's name)."""
    out: list[str] = []
    for person in (value if isinstance(value, list) else [value]):
        if isinstance(person, dict) and isinstance(person.get("@id"), str):
            name = _person(nodes.get(person["@id"]), person["@id"])
        elif isinstance(person, dict):
            name = _person(person, "")
        elif isinstance(person, str) and person.strip():
            name = _person(nodes.get(person), person.strip())
        else:
            continue
        if name and name not in out:
            out.append(name)
    return out


FILE_TYPES = ("File", "MediaObject")   # RO-Crate 1.2 aliases File to schema.org MediaObject


def _is_file(node: dict) -> bool:
    return any(t in FILE_TYPES for t in _types(node))


def _graph_nodes(graph: list[dict], file: str, key: str) -> dict[str, dict]:
    """@id -> node; a node given twice is merged (JSON-LD allows it), unless the two disagree."""
    nodes: dict[str, dict] = {}
    for node in graph:
        nid = node.get("@id")
        if not isinstance(nid, str):
            continue
        if nid not in nodes:
            nodes[nid] = node
            continue
        first = nodes[nid]
        clash = sorted(k for k in node if k in first and first[k] != node[k])
        if clash:
            raise CrateError(file, nid, "duplicate @id",
                             f"the graph describes '{nid}' twice with different {', '.join(clash)}: "
                             "one node per @id (or the same values) is needed to know which is meant")
        nodes[nid] = {**first, **node}
    return nodes


def _local_path(file_id: str) -> str | None:
    """Path of a File @id relative to the crate root; None for remote ('https://…') or odd ids."""
    if re.match(r"^[a-z][a-z0-9+.-]*:", file_id, re.I):
        return None
    return "/".join(p for p in file_id.split("/") if p not in ("", "."))


# ------------------------------------------------------------------------------------ reading
def read_crate(archive: ElnArchive, *, with_bytes: bool = True) -> Crate:
    meta = archive.metadata
    file = str(archive.path)
    key = f"{archive.root}/{METADATA}" if archive.root else METADATA
    nodes = _graph_nodes(meta["@graph"], file, key)
    descriptor = nodes.get(METADATA) or next(
        (n for i, n in nodes.items() if i.endswith("/" + METADATA)), None)
    if descriptor is None:
        raise CrateError(file, key, "metadata descriptor",
                         f"no node with @id '{METADATA}' (RO-Crate 1.1 §root data entity)")
    root_ids = _ids(descriptor.get("about")) or ["./"]
    root = nodes.get(root_ids[0])
    if root is None or "Dataset" not in _types(root):
        raise CrateError(file, key, "root dataset", f"'{root_ids[0]}' is not a Dataset node of the graph")
    sd = descriptor.get("sdPublisher")
    publisher = (_person(nodes.get(_ids(sd)[0]), _ids(sd)[0]) if _ids(sd)
                 else _person(sd, "") if isinstance(sd, dict)       # inline Organization (AI4Green, sensolytics)
                 else _str(sd))
    conforms = ", ".join(_ids(descriptor.get("conformsTo")))

    # Records: Datasets reachable through hasPart, breadth first, each once.
    versions = {i for n in nodes.values() for i in _ids(n.get("isBasedOn"))}
    order: list[tuple[str, str]] = []
    seen = {root_ids[0]}
    link_to: dict[str, list[str]] = {}          # record -> records its link datasets point at (RSpace)
    folders: dict[str, list[str]] = {}          # record -> its plain sub-folders (their files are its own)
    queue = [(i, "") for i in _ids(root.get("hasPart"))]
    while queue:
        rid, parent = queue.pop(0)
        if rid in seen or rid in versions:
            continue
        seen.add(rid)
        node = nodes.get(rid)
        if node is None or "Dataset" not in _types(node):
            continue
        target = _link_target(nodes, node)
        if target:
            if parent:
                link_to.setdefault(parent, []).append(target)
            queue.append((target, parent))
            continue
        if "Comment" in _types(node) or _empty(node):   # SciLog comments are Datasets; empty folders
            continue
        if parent and _plain_folder(nodes, node):
            # a record's sub-folder of data (the spec's 'experimentB/subfolder-with-data/'): its files are
            # the record's, not an entry of their own
            folders.setdefault(parent, []).append(rid)
            queue.extend((c, parent) for c in _ids(node.get("hasPart")))
            continue
        order.append((rid, parent))
        queue.extend((c, rid) for c in _ids(node.get("hasPart")))
    warnings = list(archive.warnings)
    warnings.extend(_adopt_by_is_part_of(nodes, root_ids[0], order, seen | versions))
    profile = _ProfileSchema.of(nodes)
    order.extend((eid, "") for eid in profile.entries(nodes) if eid not in {rid for rid, _ in order})
    if not order and _root_is_record(nodes, root):
        # A crate of one experiment written as the root itself (its files and text on './', no
        # folder Dataset under it): the root is the record, or the archive would import nothing.
        order.append((root_ids[0], ""))
        warnings.append(f"the crate has no Dataset under its root: the root dataset "
                        f"'{root_ids[0]}' is imported as the one record")
    comments_by_parent: dict[str, list[dict]] = {}
    for n in nodes.values():
        if "Comment" in _types(n):
            for p in _ids(n.get("parentItem")):
                comments_by_parent.setdefault(p, []).append(n)
    # A record listed under the root *and* under another record (PASTA lists every folder on the root)
    # is nested in that record: the parent is the record whose hasPart names it, not the root.
    listed = {rid for rid, _ in order}
    parents = {c: rid for rid, _ in order for c in _ids(nodes[rid].get("hasPart")) if c in listed and c != rid}
    order = _fold_folders(nodes, order, parents, folders)
    records = [profile.read(nodes, _record(archive, nodes, rid, parents.get(rid, parent), comments_by_parent,
                                           with_bytes, folders.get(rid, []))) for rid, parent in order]
    for rec in records:
        for target in link_to.get(rec.id, []):
            if ("mentions", target) not in rec.links:
                rec.links.append(("mentions", target))
    # PASTA names the people once, on the root: records without their own author inherit them
    crate_authors = [n for a in ("author", "creator") for n in _people(nodes, root.get(a))]
    for rec in records:
        if not rec.authors:
            rec.authors = list(crate_authors)
    warnings.extend(_not_imported(nodes, root_ids[0], [rid for rid, _ in order], seen | versions, folders))
    return Crate(publisher=publisher, root_name=_str(root.get("name")), records=records, conforms_to=conforms,
                 warnings=warnings)


def _may_be_record(nodes: dict, node: dict) -> bool:
    """A Dataset that can be a record: not a comment, a link to another record or an empty folder."""
    return ("Dataset" in _types(node) and "Comment" not in _types(node) and not _empty(node)
            and not _link_target(nodes, node))


def _adopt_by_is_part_of(nodes: dict, root_id: str, order: list[tuple[str, str]], seen: set[str]) -> list[str]:
    """Records no ``hasPart`` lists but whose ``isPartOf`` names the root or a record (the inverse
    link, which some exporters write instead): records nested in their parent, each said so."""
    said = []
    taken = {rid for rid, _ in order} | {root_id}
    grew = True
    while grew:                                   # a chain of isPartOf links, parents first
        grew = False
        for nid, node in nodes.items():
            if nid in seen or nid in taken or not _may_be_record(nodes, node):
                continue
            parent = next((p for p in _ids(node.get("isPartOf")) if p in taken), None)
            if parent is None:
                continue
            order.append((nid, "" if parent == root_id else parent))
            taken.add(nid)
            grew = True
            said.append(f"the Dataset '{nid}' is listed in no hasPart: imported as part of '{parent}', "
                        "which its isPartOf names")
    return said


_SCHEMA_NAME = {"https://schema.org/name", "http://schema.org/name", "schema:name"}


@dataclass
class _ProfileSchema:
    """The RO-Crate interoperability profile (openBIS's exports): entries are not Datasets but nodes typed
    by a class the crate defines (``rdfs:Class``), their values plain keys ('openBIS:hasNAME') that
    ``rdf:Property`` nodes label.  Each entry is read as a record: its title from the property
    equivalent to schema.org's name (or labelled 'Name'), every other literal a field under its label,
    every reference to another entry a link."""

    classes: dict[str, str]          # class @id -> its label
    labels: dict[str, str]           # property key -> its rdfs:label
    name_keys: set[str]              # the properties that give an entry's title

    @classmethod
    def of(cls, nodes: dict) -> _ProfileSchema:
        classes = {i: _str(n.get("rdfs:label")) or i for i, n in nodes.items() if "rdfs:Class" in _types(n)}
        props = {i: n for i, n in nodes.items() if {"rdf:Property", "rdfs:Property"} & set(_types(n))}
        labels = {i: _str(n.get("rdfs:label")).strip() for i, n in props.items() if _str(n.get("rdfs:label")).strip()}
        name_keys = {i for i, n in props.items() if _SCHEMA_NAME & set(_ids(n.get("owl:equivalentProperty")))
                     or labels.get(i, "").lower() == "name"}
        return cls(classes, labels, name_keys)

    def is_entry(self, node: dict) -> bool:
        types = set(_types(node))
        return bool(types & set(self.classes)) and not types & ({"Dataset", *FILE_TYPES} | _SCHEMA_TYPES)

    def entries(self, nodes: dict) -> list[str]:
        return [i for i, n in nodes.items() if self.is_entry(n)] if self.classes else []

    def read(self, nodes: dict, rec: ElnRecord) -> ElnRecord:
        if not self.is_entry(rec.node):
            return rec
        title = next((_str(rec.node[k]).strip() for k in self.name_keys if _str(rec.node.get(k)).strip()), "")
        rec.name = title or rec.name
        rec.genre = rec.genre or ", ".join(self.classes[t] for t in rec.types if t in self.classes)
        for key, value in rec.node.items():
            if key.startswith("@") or key in self.name_keys:
                continue
            targets = [t for t in _ids(value) if t in nodes]
            if targets:
                rec.links.extend(("mentions", t) for t in targets if ("mentions", t) not in rec.links)
            elif not isinstance(value, (dict, list)):
                label = self.labels.get(key) or key.split(":", 1)[-1].removeprefix("has")
                rec.metadata.append(MetaValue(name=label, value=value, key=key))
        return rec


# What schema definitions (openBIS's RO-Crate interoperability profile writes its types and properties
# into the graph) and contextual entities are: read as descriptions, never as records of their own.
_SCHEMA_TYPES = {"rdfs:Class", "rdf:Property", "owl:restriction", "owl:Restriction", "owl:Class",
                 "rdfs:Property", "owl:ObjectProperty", "owl:DatatypeProperty"}
_LISTED_AT_MOST = 10


def _not_imported(nodes: dict, root_id: str, records: list[str], seen: set[str],
                  folders: dict[str, list[str]]) -> list[str]:
    """What the crate lists or describes that no record takes up, each named with what to do: a part
    the graph does not describe, a file in no record, an entity that is neither Dataset nor File, a
    Dataset no hasPart or isPartOf reaches.  Nothing is dropped without a word."""
    taken = set(records)
    parts = {i for rid in records for d in [rid, *folders.get(rid, [])] for i in _ids(nodes[d].get("hasPart"))}
    parts |= {i for rid in records for c in _ids(nodes[rid].get("comment")) for i in _ids(
        (nodes.get(c) or {}).get("hasPart"))}
    said: list[str] = []
    for pid in _ids(nodes[root_id].get("hasPart")) if root_id not in taken else []:
        node = nodes.get(pid)
        if pid in taken or pid in parts or pid in seen - taken and node is not None and "Dataset" in _types(node):
            continue
        if node is None:
            said.append(f"'{pid}' is listed in the root's hasPart but the graph does not describe it: not "
                        "imported (describe it in ro-crate-metadata.json as a Dataset or File)")
        elif _is_file(node):
            said.append(f"the file '{pid}' is on the crate's root, in no record: not imported (list it in "
                        "a record Dataset's hasPart to attach it)")
        elif not set(_types(node)) & _SCHEMA_TYPES and "Dataset" not in _types(node):
            said.append(f"'{pid}' (of type {', '.join(_types(node)) or 'none'}) is neither a Dataset, a File "
                        "nor an entry of a class the crate defines (rdfs:Class): not imported (describe it as a "
                        "Dataset, or define its type in the crate)")
    # a Dataset on the ELN's server another node points at (eLabFTW's linked resources: 'mentions' of a
    # record, with an http @id) is a link, kept on the record that names it, not a record left out
    pointed = {i for n in nodes.values() for k, v in n.items() if k not in ("@id", "hasPart") for i in _ids(v)
               if _local_path(i) is None}
    for nid, node in nodes.items():
        if nid not in seen | taken | pointed and nid != root_id and _may_be_record(nodes, node):
            said.append(f"the Dataset '{nid}' is reached by no hasPart from the root (nor an isPartOf to a "
                        "record): not imported (list it in the root's hasPart)")
    schema = sum(1 for n in nodes.values() if set(_types(n)) & _SCHEMA_TYPES)
    if schema and not records:
        said.append(f"{schema} schema definition(s) (rdfs:Class, rdf:Property, owl:restriction — an RO-Crate "
                    "interoperability profile, as openBIS writes) but no entry typed by one of its classes: "
                    "nothing to import")
    if len(said) > _LISTED_AT_MOST:
        said = said[:_LISTED_AT_MOST] + [f"… and {len(said) - _LISTED_AT_MOST} more not imported"]
    return said


# What makes a Dataset an entry rather than a folder of its parent's data: a title, text, values, people.
_ENTRY_KEYS = ("name", "identifier", "text", "articleBody", "variableMeasured", "additionalProperty", "author",
               "creator", "keywords", "comment", "genre")


def _plain_folder(nodes: dict, node: dict) -> bool:
    """A Dataset that is only a folder of files (no title, text, values or people; every part a file or
    another such folder): a record's sub-folder, whose files are the record's."""
    parts = _ids(node.get("hasPart"))
    if not parts or any(node.get(k) for k in _ENTRY_KEYS):
        return False
    return all(_is_file(nodes[p]) or ("Dataset" in _types(nodes[p]) and _plain_folder(nodes, nodes[p]))
               if p in nodes and p != node.get("@id") else bool(_local_path(p)) and not p.endswith("/")
               for p in parts)


def _fold_folders(nodes: dict, order: list[tuple[str, str]], parents: dict[str, str],
                  folders: dict[str, list[str]]) -> list[tuple[str, str]]:
    """A plain folder listed on the root as well as in a record's hasPart (the spec's example lists every
    path on the root) is that record's folder, as when it is reached through the record alone."""
    into: dict[str, str] = {}
    for rid, _ in order:
        if rid in parents and _plain_folder(nodes, nodes[rid]):
            into[rid] = parents[rid]
    def holder(rid: str) -> str:
        while rid in into:                       # a folder in a folder: the record that holds them
            rid = into[rid]
        return rid

    for rid in into:
        folders.setdefault(holder(rid), []).extend([rid, *folders.pop(rid, [])])
    for child, parent in parents.items():        # a record inside a folded folder: the holder's part
        parents[child] = holder(parent)
    return [(rid, holder(parent)) for rid, parent in order if rid not in into]


def _root_is_record(nodes: dict, root: dict) -> bool:
    """Whether the root dataset itself holds an experiment: files of its own or a text."""
    has_files = any(_is_file(nodes.get(i) or {}) for i in _ids(root.get("hasPart")))
    return has_files or bool(_str(root.get("text") or root.get("articleBody")).strip())


def _link_target(nodes: dict, node: dict) -> str:
    """The record a link dataset stands for, or ''.  RSpace writes a link from one document to another
    as a Dataset './doc_A/doc_B' whose ``identifier`` is the other document's @id, with nothing else."""
    target = node.get("identifier")
    if not isinstance(target, str) or target == node.get("@id") or node.get("hasPart") or node.get("name"):
        return ""
    other = nodes.get(target)
    return target if other is not None and "Dataset" in _types(other) else ""


def _empty(node: dict) -> bool:
    """A folder that holds nothing a notebook entry could show (RSpace's './resources'): no name,
    text, parts, values, dates or people — a description of the folder at most."""
    return not any(node.get(k) for k in ("name", "text", "articleBody", "hasPart", "variableMeasured",
                                         "dateCreated", "author", "creator", "keywords", "comment"))


def _record(archive: ElnArchive, nodes: dict, rid: str, parent: str, comments_by_parent: dict,
            with_bytes: bool, folders: list[str] | None = None) -> ElnRecord:
    node = nodes[rid]
    rec = ElnRecord(id=rid, name=_record_name(node, rid, archive.root or archive.path.stem), types=_types(node),
                    genre=_str(node.get("genre")), parent=parent, node=node,
                    created=_str(node.get("dateCreated") or node.get("temporal") or node.get("datePublished")),
                    modified=_str(node.get("dateModified")), keywords=_keywords(node.get("keywords"), nodes))
    for attr in ("author", "creator", "authors"):   # 'authors': PASTA's gold standard renames 'author'
        for name in _people(nodes, node.get(attr)):   # Person refs, inline Persons (the spec), plain names
            if name not in rec.authors:
                rec.authors.append(name)
    rec.description = plain_text(_text_of(nodes, node.get("description")))
    # the main text: schema.org 'text', or 'articleBody' (an Article's text) when there is no 'text'
    rec.body = plain_text(_text_of(nodes, node.get("text") or node.get("articleBody")))
    rec.metadata = _metadata(nodes, node, (str(archive.path), rid))
    for cid in _ids(node.get("comment")):
        rec.comments.append(_comment(nodes, nodes.get(cid)))
    rec.comments.extend(_inline_comments(nodes, node.get("comment")))
    for c in comments_by_parent.get(rid, []):
        if c.get("@id") not in _ids(node.get("comment")):
            rec.comments.append(_comment(nodes, c))
    rec.comments = [c for c in rec.comments if c]
    for sid in _ids(node.get("step")):
        step = nodes.get(sid) or {}
        text = " ".join(plain_text(_str((nodes.get(d) or {}).get("text"))) for d in _ids(step.get("itemListElement")))
        if text:
            rec.comments.append(ElnComment(
                text=f"step {_str(step.get('position'))} ({_str(step.get('creativeWorkStatus'))}): {text}"))
    if parent:
        rec.links.append(("isPartOf", parent))
    for relation in ("mentions", "isPartOf", "about", "isBasedOn"):
        for other in _ids(node.get(relation)):
            if (relation, other) not in rec.links:
                rec.links.append((relation, other))
    # files attached to a comment (SciLog's comments are folders with files) belong to the record
    comment_ids = _ids(node.get("comment")) + [c["@id"] for c in comments_by_parent.get(rid, [])
                                                if isinstance(c.get("@id"), str)]
    part_ids = list(dict.fromkeys(_ids(node.get("hasPart")) + [
        f for c in comment_ids if "Dataset" in _types(nodes.get(c) or {}) for f in _ids(nodes[c].get("hasPart"))]
        + [f for d in folders or [] for f in _ids(nodes[d].get("hasPart"))]))
    for fid in part_ids:
        fnode = nodes.get(fid)
        if fnode is None and _local_path(fid) and not fid.endswith("/") and not fid.startswith("#"):
            # listed but not described (the spec's own example lists bare paths): a member of the zip is
            # still the record's file; one the zip lacks is refused by name like any missing file
            fnode = {"@id": fid, "@type": "File"}
        if fnode is not None and _is_file(fnode):
            f = _file(archive, nodes, rid, fid, fnode, with_bytes)
            if f.refused:
                rec.files_refused.append((f.name, f.refused))
            else:
                rec.files.append(f)
    return rec


def _text_of(nodes: dict, value) -> str:
    """A text property's text: written inline (plain, or language-tagged values), or a reference to a
    node (a TextObject) holding it in ``text`` — never the reference's @id as if it were the text."""
    if isinstance(value, dict) and isinstance(value.get("@id"), str):
        target = nodes.get(value["@id"]) or {}
        return _language_text(target.get("text") or target.get("articleBody") or "")
    return _language_text(value)


def _record_name(node: dict, rid: str, folder: str = "") -> str:
    """The title: ``name``, else the ELN's ``identifier`` (datalab leaves names empty), else the
    last part of the @id ('./doc_Experiment-25' → 'doc_Experiment-25', RSpace writes no name)."""
    for value in (node.get("name"), node.get("identifier")):
        text = _language_text(value).strip()
        if text and (_is_tagged(value) or not isinstance(value, (dict, list))):
            return text
    last = rid.rstrip("/").rsplit("/", 1)[-1].strip()
    return last if last not in ("", ".") else (folder or rid)       # the root './': the archive's folder


def _inline_comments(nodes: dict, value) -> list[ElnComment | None]:
    """Comments written in place rather than as nodes of the graph: a Comment object without @id, or a
    plain text (schema.org allows both)."""
    out: list[ElnComment | None] = []
    for c in value if isinstance(value, list) else [value]:
        if isinstance(c, dict) and not isinstance(c.get("@id"), str):
            out.append(_comment(nodes, c))
        elif isinstance(c, str) and c.strip() and c not in nodes and not c.startswith("["):
            out.append(ElnComment(text=plain_text(c)))
    return out


def _comment(nodes: dict, c: dict | None) -> ElnComment | None:
    if not c:
        return None
    text = plain_text(_str(c.get("text")))
    if not text:
        return None
    who = ", ".join(_people(nodes, c.get("author")))
    return ElnComment(text=text, author=who, created=_str(c.get("dateCreated")))


def _metadata(nodes: dict, node: dict, where: tuple[str, str]) -> list[MetaValue]:
    """The values a node lists (``where``: the archive and the record's @id, for a refusal)."""
    out: list[MetaValue] = []
    extra: dict = {}
    listed = [item for attr in ("variableMeasured", "additionalProperty")   # schema.org's two homes of values
              for item in (node.get(attr) if isinstance(node.get(attr), list) else [node.get(attr)])]
    for item in listed:
        if isinstance(item, str) and item.strip() and item not in nodes:
            # schema.org's variableMeasured may be a Text: the name of what was measured, without a value
            out.append(MetaValue(name=item.strip(), value=None))
            continue
        pv = _node_of(nodes, item)
        if not isinstance(pv, dict):
            continue
        key = _str(pv.get("propertyID"))
        if key == "elabftw_metadata":  # eLabFTW: the full metadata JSON, typed and with units
            try:
                parsed = elabftw_metadata(pv.get("value"), "eLabFTW's metadata (PropertyValue 'elabftw_metadata')")
            except MetadataError as exc:   # unreadable: refused, its values are not lost unsaid
                raise CrateError(where[0], where[1], "elabftw_metadata", str(exc)) from None
            if isinstance(parsed.get("extra_fields"), dict):
                extra = parsed["extra_fields"]
            continue
        out.append(_meta_value(nodes, pv))
        out.extend(_references(nodes, pv, out[-1].name))
    if extra:
        out = [m for m in out if m.key not in extra and m.name not in extra]
        out.extend(extra_fields(extra))
    return out


class MetadataError(UserError, ValueError):
    """eLabFTW's metadata cannot be read; the message names where and the fix."""


def elabftw_metadata(value: object, what: str) -> dict:
    """eLabFTW's metadata, whose ``extra_fields`` hold an experiment's values: a JSON text as eLabFTW writes it,
    or already an object; {} when there is none (or it is no object).  The one reader for the .eln archive (the
    PropertyValue 'elabftw_metadata') and the API (an experiment's ``metadata``).  Text that is not JSON or is
    over the limits raises ``MetadataError`` naming ``what`` and the fix: its extra fields would be lost."""
    if isinstance(value, dict) and "@value" not in value:
        return value
    text = _str(value)
    if not text.strip():
        return {}
    try:
        parsed = bounded_json.loads(text, what=what, odd_numbers_as_text=True)
    except bounded_json.JsonLimitError as exc:
        raise MetadataError(f"{exc}: its extra fields cannot be read") from None
    except ValueError as exc:    # json.JSONDecodeError
        raise MetadataError(f"{what} is not JSON ({exc}): its extra fields cannot be read; open the experiment "
                            "in eLabFTW, check its extra fields and save (or export) it again") from None
    return parsed if isinstance(parsed, dict) else {}


def _node_of(nodes: dict, item: object) -> dict | None:
    """The node an item names: a reference to a node of the graph, or the node written inline."""
    if isinstance(item, dict) and "@id" not in item:
        return item
    ids = [item] if isinstance(item, str) else _ids(item)       # a bare @id string, or {"@id": …}
    found = nodes.get(ids[0]) if ids else None
    return found if isinstance(found, dict) else None


def _meta_value(nodes: dict, pv: dict, under: str = "") -> MetaValue:
    """A PropertyValue (or a QuantitativeValue) as a field; ``under``: the field it qualifies, whose
    name its own is written under ('hydrogen capacity (s1) → temperature')."""
    pv = _unwrapped(pv)
    key = _str(pv.get("propertyID"))
    value = pv.get("value")
    if isinstance(value, dict) and "@value" in value:      # a JSON-LD value object
        value = value["@value"]
    name = _str(pv.get("name")).strip() or key
    return MetaValue(name=f"{under} → {name or 'value'}" if under else name, key=key,
                     value=_range_of(pv, value), unit=_str(pv.get("unitText")), unit_code=_str(pv.get("unitCode")),
                     kind=_kind(pv), description=_str(pv.get("description")), techniques=_techniques(nodes, pv))


def _techniques(nodes: dict, pv: dict) -> tuple[str, ...]:
    """How a value was measured, as the PropertyValue names it (schema.org's ``measurementTechnique`` and
    ``measurementMethod``): each a text, a DefinedTerm (``_term``: inline or referenced, its name or termCode)
    or a list of them."""
    out: list[str] = []
    for attr in ("measurementTechnique", "measurementMethod"):
        given = pv.get(attr)
        for item in given if isinstance(given, list) else [given]:
            text = _term(nodes, item)
            if text.strip() and text.strip() not in out:
                out.append(text.strip()[:200])
    return tuple(out)


_QUANTITY_KEYS = ("value", "minValue", "maxValue", "unitText", "unitCode")


def _unwrapped(pv: dict) -> dict:
    """A PropertyValue whose ``value`` is itself a QuantitativeValue (schema.org allows a StructuredValue
    there) read as one PropertyValue: the inner number, range and unit, the outer name and key."""
    inner = pv.get("value")
    if not isinstance(inner, dict) or {"@value", "@id"} & set(inner) or not set(_QUANTITY_KEYS[:3]) & set(inner):
        return pv
    outer = {k: v for k, v in pv.items() if k != "value" and not (k in _QUANTITY_KEYS and v in (None, ""))}
    return {**{k: inner[k] for k in _QUANTITY_KEYS if k in inner}, **outer}


_NESTED_AT_MOST = 8     # levels of valueReference read (Kadi4Mat's nested extras); deeper ones are named


def _references(nodes: dict, pv: dict, under: str, depth: int = 1, seen: frozenset[int] = frozenset()
                ) -> list[MetaValue]:
    """The reference values of a PropertyValue (schema.org ``valueReference``: nested PropertyValues or
    QuantitativeValues, written inline or as @id references; the conditions a value was measured at,
    as our export and other ELNs write them), each a field under the value's own.  Groups nest (Kadi4Mat
    writes a dict of extras as a PropertyValue whose references hold more): every level is a field, its
    name the path ('synthesis → milling → milling time'), but only the first qualifies a measurement
    (``MetaValue.depth``)."""
    ref = pv.get("valueReference")
    out = []
    for item in ref if isinstance(ref, list) else [ref]:
        node = _node_of(nodes, item)
        if not isinstance(node, dict) or id(node) in seen:     # a reference back up the path: read once
            continue
        nested = isinstance(node.get("valueReference"), (list, dict))
        if not ({"value", "minValue", "maxValue"} & set(node)) and not nested:
            continue
        value = _meta_value(nodes, node, under)
        value.depth = depth
        if depth > _NESTED_AT_MOST:
            value.value, value.description = None, f"nested deeper than {_NESTED_AT_MOST} levels: not read"
            out.append(value)
            continue
        out.append(value)
        if nested:
            out.extend(_references(nodes, node, value.name, depth + 1, seen | {id(pv), id(node)}))
    return out


def _kind(pv: dict) -> str:
    """A field's type as text ('select', eLabFTW's types); a ``valueReference`` that points at other
    nodes (the conditions of a measurement, as our export writes them) is no type."""
    ref = pv.get("valueReference")
    return ref if isinstance(ref, str) else ""


def _range_of(pv: dict, value: object) -> object:
    """A PropertyValue giving a range as schema.org does (``minValue``, ``maxValue``; ``value`` absent or
    the lower end) as the text '2–4' a field keeps and a condition reads (``ingest.entries.entry_fields``)."""
    low, high = pv.get("minValue"), pv.get("maxValue")
    numbers = [v for v in (low, high) if isinstance(v, (int, float)) and not isinstance(v, bool)]
    if len(numbers) != 2 or low == high or value not in (None, "", low):
        return value
    return f"{low}–{high}"


def extra_fields(extra: dict) -> list[MetaValue]:
    """eLabFTW ``metadata.extra_fields`` ({name: {type, value, unit, units, …}}) as MetaValues."""
    out = []
    for name, spec in extra.items():
        if not isinstance(spec, dict):
            spec = {"value": spec}
        out.append(MetaValue(name=str(name), value=spec.get("value"), unit=_str(spec.get("unit")),
                             kind=_str(spec.get("type")), description=_str(spec.get("description"))))
    return out


# Digest length -> algorithm: ELNs write other digests under 'sha256' (PASTA wrote an MD5 there).
DIGEST_ALGORITHMS = {32: "md5", 40: "sha1", 64: "sha256", 128: "sha512"}


def check_digest(data: bytes, declared: str, sha256: str) -> tuple[str, str]:
    """(why the bytes are refused or '', a note on how the digest was checked or '').

    A well-formed digest is checked with the algorithm its length shows; one that does not match
    refuses the file (not the record).  A digest that is not hexadecimal of a known length checks
    nothing: the file is kept, with a note, and its own SHA-256 is what the store records.
    """
    declared = (declared or "").strip().lower()
    if not declared:
        return "", ""
    algorithm = DIGEST_ALGORITHMS.get(len(declared))
    if algorithm is None or not re.fullmatch(r"[0-9a-f]+", declared):
        return "", (f"the metadata's sha256 '{declared[:20]}' is not a digest (hexadecimal of 32, 40, 64 or "
                    "128 digits): not checked; stored under its own SHA-256")
    digest = sha256 if algorithm == "sha256" else hashlib.new(algorithm, data).hexdigest()
    name = {"md5": "MD5", "sha1": "SHA-1", "sha256": "SHA-256", "sha512": "SHA-512"}[algorithm]
    if digest != declared:
        return (f"its bytes do not match the metadata's digest ({name} {declared}, the bytes give {digest})",
                "")
    if algorithm == "sha256":
        return "", ""
    return "", f"the metadata's sha256 holds a {name} digest ({len(declared)} hex digits): checked as {name}, matches"


def _media_type(fnode: dict) -> str:
    # schema.org's encodingFormat; the .eln specification's own example writes contentType
    return _str(fnode.get("encodingFormat") or fnode.get("contentType")) or "application/octet-stream"


def _file(archive: ElnArchive, nodes: dict, rid: str, fid: str, fnode: dict, with_bytes: bool) -> ElnFile:
    name = _str(fnode.get("name")) or fid.rstrip("/").rsplit("/", 1)[-1]
    f = ElnFile(path="", name=name, media_type=_media_type(fnode),
                sha256=_str(fnode.get("sha256")).lower(),
                # Kadi4Mat writes a file's description as its 'text'
                description=plain_text(_str(fnode.get("description") or fnode.get("text"))),
                created=_str(fnode.get("dateCreated")), modified=_str(fnode.get("dateModified")),
                metadata=_metadata(nodes, fnode, (str(archive.path), rid)))
    declared = _str(fnode.get("contentSize"))
    path = _local_path(fid)
    if path is None:
        f.url = _str(fnode.get("url")) or fid
        return f
    # ids may be percent-encoded (spaces) or literal; use whichever names a member
    candidates = [path, unquote(path)]
    if archive.root and path.startswith(archive.root + "/"):   # ids written with the root folder in them
        candidates += [c[len(archive.root) + 1:] for c in candidates]
    if any(".." in p.split("/") for p in candidates):
        f.refused = f"its @id '{fid}' leaves the crate's folder: not read"
        return f
    member = next((p for p in candidates if archive.has(p)), None)
    if member is None:
        # a file the ELN listed but did not pack (or an empty table left out): the record is kept,
        # the file is named with why it is not there, as a file whose digest does not match is
        f.refused = f"listed in the metadata as '{fid}' but not in the archive"
        return f
    f.path = member
    if with_bytes:
        data = archive.read(member)
        f.data = data
        f.size = len(data)
        declared_digest, f.sha256 = f.sha256, hashlib.sha256(data).hexdigest()
        f.refused, f.digest_note = check_digest(data, declared_digest, f.sha256)
        if not f.refused and declared.isdigit() and int(declared) != len(data):
            f.refused = f"{len(data)} bytes, the metadata's contentSize says {declared}"
        if f.refused:
            f.data = None
    else:
        f.size = int(declared) if declared.isdigit() else archive.members[archive._key(member)].file_size
    return f
