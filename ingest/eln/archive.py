"""Reading an ``.eln`` archive safely: every check runs before a single byte is used.

An ``.eln`` file is a zip holding one root folder with ``ro-crate-metadata.json`` in it (The ELN
Consortium's format, RO-Crate 1.1+).  A zip with the metadata at its top level instead (sensolytics)
is read from there, with a warning; a desktop's litter beside the folder (``__MACOSX``) is ignored.
Archives come from other people's machines, so the zip's
directory is checked as a whole first — names (no ``..``, no absolute paths, no backslashes), kinds
(no symlinks, no encrypted members), counts and sizes (declared and actual), compression ratio — and
only then is anything read.  Nothing is ever extracted to disk: members are read into memory on
demand, with the declared size enforced while decompressing (a lying header cannot inflate past it).

Every refusal is an ``ElnArchiveError`` naming the archive FILE, the ENTRY and the RULE broken.
"""
from __future__ import annotations

import json
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from ingest.entries import bounded_json
from ontology.errors import UserError

METADATA = "ro-crate-metadata.json"


@dataclass(frozen=True)
class Limits:
    """What an archive may hold. Defaults fit real ELN exports with raw data, not zip bombs."""

    max_entries: int = 10_000
    max_entry_bytes: int = 512 * 1024 ** 2
    max_total_bytes: int = 2 * 1024 ** 3
    max_metadata_bytes: int = 64 * 1024 ** 2
    max_ratio: float = 200.0           # uncompressed/compressed, for members large enough to matter
    ratio_floor_bytes: int = 1024 ** 2  # small members may compress a lot (text), harmlessly
    # The same ratio over the whole archive (its size on disk), whatever the member sizes: many small
    # members of zeros each pass the member rule but add up to a bomb.  Below the floor a crate of
    # text (JSON, CSV) may compress as much as it likes: it cannot exhaust memory.
    archive_ratio_floor_bytes: int = 64 * 1024 ** 2


class ElnArchiveError(UserError, ValueError):
    """The archive is refused. ``file``, ``entry`` and ``rule`` say where and why."""

    def __init__(self, file: str | Path, entry: str, rule: str, detail: str):
        self.file, self.entry, self.rule, self.detail = str(file), entry, rule, detail
        where = f"{self.file}: entry '{entry}'" if entry else str(self.file)
        super().__init__(f"{where}: {rule}: {detail}")


def _clean_name(name: str, file: str) -> str:
    """The member's path inside the zip, checked; ``a//b`` (eLabFTW writes it) becomes ``a/b``."""
    if "\\" in name:
        raise ElnArchiveError(file, name, "backslash in path", "zip paths use '/'; refusing an ambiguous name")
    if "\x00" in name:
        raise ElnArchiveError(file, name, "NUL in path", "a path cannot contain a NUL character")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise ElnArchiveError(file, name, "absolute path", "members must be relative to the archive")
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if ".." in parts:
        raise ElnArchiveError(file, name, "path traversal", "'..' would leave the archive's folder")
    return "/".join(parts) + ("/" if name.endswith("/") else "")


def _utf8_name(info: zipfile.ZipInfo) -> str:
    """The member's name; a UTF-8 name written without the zip's UTF-8 flag (some Windows and Java
    zip writers) is read as UTF-8 rather than as the CP437 mojibake Python decodes it to."""
    name = info.filename
    if info.flag_bits & 0x800 or name.isascii():
        return name
    try:
        return name.encode("cp437").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):   # a true CP437 name
        return name


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    # Unix mode lives in the high 16 bits of external_attr when the zip was made on Unix (3).
    mode = info.external_attr >> 16
    return info.create_system == 3 and stat.S_ISLNK(mode)


@dataclass
class ElnArchive:
    """A checked archive: its root folder, the parsed metadata, and members readable by path."""

    path: Path
    root: str                                  # the single top-level folder, without '/' ('' = the zip's root)
    metadata: dict
    members: dict[str, zipfile.ZipInfo] = field(default_factory=dict)   # clean path -> info
    limits: Limits = field(default_factory=Limits)
    warnings: list[str] = field(default_factory=list)                    # what was read leniently, and how

    def has(self, relpath: str) -> bool:
        return self._key(relpath) in self.members

    def _key(self, relpath: str) -> str:
        parts = [p for p in relpath.split("/") if p not in ("", ".")]
        return "/".join([self.root, *parts] if self.root else parts)

    def read(self, relpath: str) -> bytes:
        """Bytes of a member given relative to the root folder (as RO-Crate ids are)."""
        key = self._key(relpath)
        info = self.members.get(key)
        if info is None:
            raise ElnArchiveError(self.path, key, "missing member", "the metadata names a file the zip does not hold")
        return _read_capped(self.path, info, key, info.file_size)

    def names(self) -> list[str]:
        """Member paths relative to the root folder (files only)."""
        cut = len(self.root) + 1 if self.root else 0
        return sorted(k[cut:] for k, i in self.members.items() if not i.is_dir() and len(k) > cut)


def _read_capped(path: Path, info: zipfile.ZipInfo, key: str, cap: int) -> bytes:
    """Decompress at most ``cap`` bytes; more than declared means a forged header."""
    try:
        with zipfile.ZipFile(path) as zf, zf.open(info) as fh:
            data = fh.read(cap + 1)
    except (zipfile.BadZipFile, OSError, EOFError, zipfile.LargeZipFile, zlib.error, ValueError) as exc:
        raise ElnArchiveError(path, key, "corrupt member", f"cannot decompress ({exc})") from None
    except (RuntimeError, NotImplementedError) as exc:  # encrypted / unknown compression method
        raise ElnArchiveError(path, key, "unreadable member", str(exc)) from None
    if len(data) > cap:
        raise ElnArchiveError(path, key, "size larger than declared",
                              f"decompresses past its declared {cap} bytes (a forged header)")
    return data


def open_eln(path: str | Path, limits: Limits | None = None) -> ElnArchive:
    """Check the whole archive, parse its metadata; raise ElnArchiveError on the first problem."""
    path = Path(path)
    limits = limits or Limits()
    file = str(path)
    if not path.is_file():
        raise ElnArchiveError(file, "", "no such file", "give the path of an .eln archive")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError,
            NotImplementedError) as exc:  # NotImplementedError: a zip version Python cannot read
        raise ElnArchiveError(file, "", "not a zip archive", f"truncated or corrupt ({exc})") from None
    except OSError as exc:
        raise ElnArchiveError(file, "", "unreadable", str(exc)) from None
    if len(infos) > limits.max_entries:
        raise ElnArchiveError(file, "", "too many entries",
                              f"{len(infos)} members, the limit is {limits.max_entries}")
    members: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = _clean_name(_utf8_name(info), file)
        if _is_symlink(info):
            raise ElnArchiveError(file, info.filename, "symlink", "links could point outside the archive")
        if info.flag_bits & 0x1:
            raise ElnArchiveError(file, info.filename, "encrypted member", "encrypted archives are not supported")
        if info.file_size > limits.max_entry_bytes:
            raise ElnArchiveError(file, info.filename, "entry too large",
                                  f"{info.file_size} bytes, the limit is {limits.max_entry_bytes}")
        if info.file_size >= limits.ratio_floor_bytes and \
                info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise ElnArchiveError(file, info.filename, "compression ratio",
                                  f"{info.file_size} bytes from {info.compress_size} "
                                  f"(over {limits.max_ratio:g}:1, a zip bomb)")
        total += info.file_size
        if total > limits.max_total_bytes:
            raise ElnArchiveError(file, info.filename, "archive too large",
                                  f"more than {limits.max_total_bytes:,} bytes uncompressed in total "
                                  f"(the limit); nothing was extracted")
        key = name.rstrip("/")
        if key in members and not (info.is_dir() and members[key].is_dir()):
            rule = "duplicate ro-crate-metadata.json" if key.endswith("/" + METADATA) else "duplicate entry"
            raise ElnArchiveError(file, info.filename, rule, "the zip holds two members with this path")
        if key:
            members[key] = info
    _check_archive_ratio(path, total, limits)
    root = _root_folder(file, members)
    meta_key = f"{root}/{METADATA}" if root else METADATA
    info = members.get(meta_key)
    if info is None or info.is_dir():
        raise ElnArchiveError(file, meta_key, "missing ro-crate-metadata.json",
                              f"an .eln holds one folder with {METADATA} directly inside it")
    if info.file_size > limits.max_metadata_bytes:
        raise ElnArchiveError(file, meta_key, "metadata too large",
                              f"{info.file_size} bytes, the limit is {limits.max_metadata_bytes}")
    raw = _read_capped(path, info, meta_key, info.file_size)
    metadata = _parse_metadata(file, meta_key, raw)
    warnings = [] if root else [
        f"{METADATA} is at the zip's top level, not in one root folder as the .eln format asks: "
        "read from there (ids are relative to the zip's top level)"]
    return ElnArchive(path=path, root=root, metadata=metadata, members=members, limits=limits, warnings=warnings)


def _check_archive_ratio(path: Path, total: int, limits: Limits) -> None:
    """The whole archive's uncompressed/compressed ratio, from the directory alone (before reading).

    The archive's size on disk is used, not the members' declared compressed sizes: headers count
    against a bomb of many tiny members, and a forged compressed size cannot lower the ratio.
    """
    if total < limits.archive_ratio_floor_bytes:
        return
    on_disk = max(path.stat().st_size, 1)
    if total > limits.max_ratio * on_disk:
        raise ElnArchiveError(str(path), "", "archive compression ratio",
                              f"{total:,} bytes uncompressed from a {on_disk:,}-byte archive "
                              f"({total / on_disk:,.0f}:1, over {limits.max_ratio:g}:1 for the archive "
                              f"as a whole): a zip bomb in many small members; nothing was extracted")


# What a desktop's zip tool adds beside the crate (macOS Finder: resource forks, folder settings):
# not a second root folder, and never read.
_DESKTOP_LITTER = ("__MACOSX", ".DS_Store", "Thumbs.db")


def _root_folder(file: str, members: dict[str, zipfile.ZipInfo]) -> str:
    tops = {k.split("/", 1)[0] for k in members} - set(_DESKTOP_LITTER)
    if not tops:
        raise ElnArchiveError(file, "", "empty archive", "the zip holds nothing")
    loose = [k for k, i in members.items() if "/" not in k and not i.is_dir() and k not in _DESKTOP_LITTER]
    if METADATA in loose:
        # Some exporters (sensolytics) zip the crate's contents without the folder the format asks
        # for: the metadata at the top level says where the crate's root is.  Read, with a warning.
        return ""
    if len(tops) != 1 or loose:
        shown = ", ".join(sorted(tops)[:5])
        raise ElnArchiveError(file, loose[0] if loose else "", "not one root folder",
                              f"an .eln holds exactly one top-level folder; found: {shown}")
    return tops.pop()


def _parse_metadata(file: str, key: str, raw: bytes) -> dict:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ElnArchiveError(file, key, "metadata not UTF-8", str(exc)) from None
    try:
        # the size was checked above; NaN, Infinity and 1e400 stay text (JSON defines no such numbers)
        data = bounded_json.loads(text, what=METADATA, max_bytes=len(raw), odd_numbers_as_text=True)
    except bounded_json.JsonLimitError as exc:   # before parsing: no RecursionError on 990-deep JSON
        raise ElnArchiveError(file, key, "metadata too deep", str(exc)) from None
    except json.JSONDecodeError as exc:
        raise ElnArchiveError(file, key, "malformed JSON",
                              f"{exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    if not isinstance(data, dict):
        raise ElnArchiveError(file, key, "metadata shape", "the top level must be a JSON object")
    graph = data.get("@graph")
    if not isinstance(graph, list) or not all(isinstance(n, dict) for n in graph):
        raise ElnArchiveError(file, key, "@graph", "'@graph' must be a list of JSON objects (RO-Crate 1.1)")
    if "@context" not in data:
        raise ElnArchiveError(file, key, "@context", "RO-Crate metadata needs an '@context'")
    return data
