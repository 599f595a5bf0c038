"""Hostile and broken .eln archives: each refused with the rule it breaks, nothing written."""
from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

import pytest

from ingest.eln.archive import ElnArchiveError, Limits, open_eln
from ingest.eln.crate import read_crate
from ui.cli import main

META = {"@context": "https://w3id.org/ro/crate/1.1/context", "@graph": [
    {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"},
     "conformsTo": {"@id": "https://w3id.org/ro/crate/1.1"}},
    {"@id": "./", "@type": "Dataset", "hasPart": [{"@id": "./exp/"}]},
    {"@id": "./exp/", "@type": "Dataset", "name": "MgH2 milled 2 h", "hasPart": [{"@id": "./exp/a.csv"}]},
    {"@id": "./exp/a.csv", "@type": "File", "name": "a.csv"},
]}


def build(path: Path, members: list[tuple], meta: dict | str | None = META) -> Path:
    """members: (name, bytes) or (ZipInfo, bytes); the metadata goes to crate/ro-crate-metadata.json."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        if meta is not None:
            zf.writestr("crate/ro-crate-metadata.json", meta if isinstance(meta, str) else json.dumps(meta))
        for name, data in members:
            zf.writestr(name, data)
    return path


def refused(path: Path, rule: str, limits: Limits | None = None) -> ElnArchiveError:
    with pytest.raises(ElnArchiveError) as info:
        open_eln(path, limits)
    err = info.value
    assert err.rule == rule, str(err)
    assert str(path) in str(err)          # the FILE is named
    return err


def test_a_sound_archive_opens(tmp_path):
    a = open_eln(build(tmp_path / "ok.eln", [("crate/exp/a.csv", b"T,signal\n1,2\n")]))
    assert a.root == "crate" and a.names() == ["exp/a.csv", "ro-crate-metadata.json"]
    assert read_crate(a).records[0].files[0].data == b"T,signal\n1,2\n"


@pytest.mark.parametrize("name,rule", [
    ("crate/../../etc/passwd", "path traversal"),
    ("crate/exp/../../x", "path traversal"),
    ("/etc/passwd", "absolute path"),
    ("C:/Windows/x.dll", "absolute path"),
    ("crate\\..\\x", "backslash in path"),
])
def test_bad_paths(tmp_path, name, rule):
    err = refused(build(tmp_path / "bad.eln", [(name, b"x")]), rule)
    assert err.entry == name                 # the ENTRY is named


def test_symlink_member(tmp_path):
    info = zipfile.ZipInfo("crate/exp/link")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    err = refused(build(tmp_path / "ln.eln", [(info, b"/etc/passwd")]), "symlink")
    assert err.entry == "crate/exp/link"


def test_compression_bomb(tmp_path):
    err = refused(build(tmp_path / "bomb.eln", [("crate/exp/zeros.bin", b"\0" * (8 * 1024 ** 2))]),
                  "compression ratio")
    assert "zeros.bin" in str(err)


def test_too_many_entries(tmp_path):
    path = build(tmp_path / "many.eln", [(f"crate/f{i}.txt", b"x") for i in range(30)])
    refused(path, "too many entries", Limits(max_entries=20))


def test_entry_and_total_size_limits(tmp_path):
    import os
    data = os.urandom(4096)  # incompressible: the size rules, not the ratio rule
    path = build(tmp_path / "big.eln", [("crate/a.bin", data), ("crate/b.bin", data)])
    refused(path, "entry too large", Limits(max_entry_bytes=1000))
    refused(path, "archive too large", Limits(max_total_bytes=6000))


def test_forged_size_header_is_caught_while_reading(tmp_path):
    path = build(tmp_path / "forged.eln", [("crate/exp/a.csv", b"A" * 5000)])
    raw = bytearray(path.read_bytes())
    # shrink the declared uncompressed size in the member's central directory header (the one
    # readers trust); the name follows the 46-byte fixed part of that header
    pos = raw.find(b"crate/exp/a.csv", raw.find(b"PK\x01\x02"))
    header = pos - 46
    assert raw[header:header + 4] == b"PK\x01\x02"
    raw[header + 24:header + 28] = (100).to_bytes(4, "little")
    path.write_bytes(bytes(raw))
    archive = open_eln(path)
    with pytest.raises(ElnArchiveError) as info:
        archive.read("exp/a.csv")
    assert info.value.rule in ("size larger than declared", "corrupt member")


def test_truncated_zip(tmp_path):
    path = build(tmp_path / "t.eln", [("crate/exp/a.csv", b"1,2\n" * 1000)])
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    refused(path, "not a zip archive")


def test_missing_and_duplicate_metadata(tmp_path):
    refused(build(tmp_path / "nometa.eln", [("crate/exp/a.csv", b"x")], meta=None), "missing ro-crate-metadata.json")
    refused(build(tmp_path / "nested.eln", [("crate/sub/ro-crate-metadata.json", b"{}")], meta=None),
            "missing ro-crate-metadata.json")
    path = tmp_path / "dup.eln"
    with zipfile.ZipFile(path, "w") as zf, pytest.warns(UserWarning):
        zf.writestr("crate/ro-crate-metadata.json", json.dumps(META))
        zf.writestr("crate/ro-crate-metadata.json", json.dumps(META))
    refused(path, "duplicate ro-crate-metadata.json")


def test_two_root_folders(tmp_path):
    refused(build(tmp_path / "two.eln", [("other/x.txt", b"x")]), "not one root folder")


def test_malformed_json_names_line(tmp_path):
    err = refused(build(tmp_path / "json.eln", [], meta='{"@context": 1,\n "@graph": [}'), "malformed JSON")
    assert "line 2" in str(err) and err.entry == "crate/ro-crate-metadata.json"
    refused(build(tmp_path / "nograph.eln", [], meta='{"@context": "x"}'), "@graph")


def test_sha256_mismatch_drops_the_file_not_the_record(tmp_path):
    meta = json.loads(json.dumps(META))
    meta["@graph"][3]["sha256"] = "0" * 64
    path = build(tmp_path / "sha.eln", [("crate/exp/a.csv", b"1,2\n")], meta)
    (rec,) = read_crate(open_eln(path)).records
    assert rec.files == [] and rec.files_refused[0][0] == "a.csv"
    assert "SHA-256 " + "0" * 64 in rec.files_refused[0][1] and "do not match" in rec.files_refused[0][1]


def test_listed_file_missing(tmp_path):
    """A file the metadata lists but the zip lacks drops that file (named, with why), not the record."""
    (rec,) = read_crate(open_eln(build(tmp_path / "miss.eln", []))).records
    assert rec.id == "./exp/" and rec.files == []
    assert rec.files_refused == [("a.csv", "listed in the metadata as './exp/a.csv' but not in the archive")]


def test_cli_refuses_hostile_archive_and_writes_nothing(tmp_path, capsys):
    path = build(tmp_path / "evil.eln", [("crate/../../evil.txt", b"pwned")])
    data = tmp_path / "data"
    assert main(["eln", "import", str(path), "--data-dir", str(data), "--no-graph"]) == 2
    err = capsys.readouterr().err
    assert "path traversal" in err and "evil.eln" in err
    assert not (tmp_path.parent / "evil.txt").exists()
    assert not (data / "entries").exists() or not any(
        p.is_dir() and p.name != "files" for p in (data / "entries").iterdir())


def test_cli_bad_record_writes_nothing(tmp_path, capsys):
    """One good record and one whose HydrideKG entry document is broken JSON: nothing stored."""
    meta = {"@context": "https://w3id.org/ro/crate/1.1/context", "@graph": [
        {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"}},
        {"@id": "./", "@type": "Dataset", "hasPart": [{"@id": "./good/"}, {"@id": "./bad/"}]},
        {"@id": "./good/", "@type": "Dataset", "name": "MgH2 reference", "author": {"@id": "#p"}},
        {"@id": "./bad/", "@type": "Dataset", "name": "LiBH4 run", "author": {"@id": "#p"},
         "hasPart": [{"@id": "./bad/hydridekg-entry.json"}]},
        {"@id": "./bad/hydridekg-entry.json", "@type": "File", "name": "hydridekg-entry.json"},
        {"@id": "#p", "@type": "Person", "name": "R. Tester"},
    ]}
    path = build(tmp_path / "mixed.eln", [("crate/bad/hydridekg-entry.json", b'{"format": ')], meta)
    data = tmp_path / "data"
    assert main(["eln", "import", str(path), "--data-dir", str(data), "--no-graph"]) == 2
    err = capsys.readouterr().err
    assert "mixed.eln" in err and "./bad/" in err and "hydridekg-entry.json" in err and "not valid JSON" in err
    assert "nothing was written" in err
    assert not (data / "entries").exists() or not any(
        p.is_dir() and p.name != "files" for p in (data / "entries").iterdir())


def test_cli_unit_that_does_not_fit_keeps_the_record_as_fields(tmp_path, capsys):
    meta = {"@context": "https://w3id.org/ro/crate/1.1/context", "@graph": [
        {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"}},
        {"@id": "./", "@type": "Dataset", "hasPart": [{"@id": "./bad/"}]},
        {"@id": "./bad/", "@type": "Dataset", "name": "LiBH4 run", "author": {"@id": "#p"},
         "variableMeasured": [{"@id": "#pv"}]},
        {"@id": "#pv", "@type": "PropertyValue", "propertyID": "hydrogen capacity", "value": 5, "unitText": "K"},
        {"@id": "#p", "@type": "Person", "name": "R. Tester"},
    ]}
    path = build(tmp_path / "unit.eln", [], meta)
    data = tmp_path / "data"
    assert main(["eln", "import", str(path), "--data-dir", str(data), "--no-graph"]) == 0
    out = capsys.readouterr().out
    assert "does not fit" in out and "kept as a field" in out
    from kg.entries import EntryRepository
    (rev,) = EntryRepository(data).list()
    assert rev.document["samples"][0]["system"] == "LiBH4" and rev.document["samples"][0]["measurements"] == []
    assert rev.document["fields"][0]["unit"] == "K"


def _read_all(path: Path) -> None:
    from ingest.eln.to_entry import map_record
    archive = open_eln(path)
    crate = read_crate(archive)
    for rec in crate.records:
        map_record(rec, file=str(path))


def test_fuzz_corrupted_bytes_give_only_archive_errors(tmp_path):
    """Flipped, cut and inserted bytes: the reader raises ElnArchiveError or reads, never anything else."""
    from hypothesis import HealthCheck, given, settings, strategies as st

    good = build(tmp_path / "good.eln", [("crate/exp/a.csv", b"T,signal\n" + b"1,2\n" * 50)]).read_bytes()

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.lists(st.tuples(st.integers(0, len(good) - 1), st.integers(0, 255)), min_size=1, max_size=8),
           st.integers(0, len(good)))
    def check(flips, cut):
        raw = bytearray(good)
        for pos, value in flips:
            raw[pos] = value
        path = tmp_path / "fuzz.eln"
        path.write_bytes(bytes(raw[:cut] if cut > 30 else raw))
        try:
            _read_all(path)
        except ElnArchiveError:
            pass

    check()


@pytest.mark.slow   # fuzz run: 150 generated archives
def test_fuzz_odd_graphs_give_only_archive_errors(tmp_path):
    from hypothesis import HealthCheck, given, settings, strategies as st

    scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=12))
    values = st.recursive(scalars, lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(["@id", "@type", "name", "value"]), inner,
                                                     max_size=3)), max_leaves=6)
    keys = st.sampled_from(["@id", "@type", "name", "hasPart", "author", "variableMeasured", "propertyID", "value",
                            "unitText", "keywords", "text", "description", "about", "dateCreated", "comment",
                            "isBasedOn", "sha256", "contentSize"])
    node = st.dictionaries(keys, values, max_size=6)

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.lists(node, max_size=6))
    def check(extra):
        meta = json.loads(json.dumps(META))
        meta["@graph"][2]["hasPart"] = [{"@id": "./exp/a.csv"}] + [{"@id": str(n.get("@id"))} for n in extra]
        meta["@graph"].extend(extra)
        path = tmp_path / "graph.eln"
        build(path, [("crate/exp/a.csv", b"x")], json.dumps(meta, allow_nan=True))
        try:
            _read_all(path)
        except ElnArchiveError:
            pass

    check()


def _raw_zip(path: Path, members: list[tuple[str, bytes, int, int]]) -> Path:
    """A zip written by hand from members already deflated: (name, raw deflate, crc32, size).

    Deflating 2 GB of zeros 2,047 times takes a while; deflating 1 MiB once and writing it under
    2,047 names makes the same archive byte for byte in well under a second.
    """
    import struct

    out, central = bytearray(), bytearray()
    for name, comp, crc, size in members:
        raw = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(comp), size, len(raw), 0)
        out += raw + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(comp), size,
                               len(raw), 0, 0, 0, 0, 0, offset)
        central += raw
    out += central + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central),
                                 len(out), 0)
    path.write_bytes(bytes(out))
    return path


def _deflated(data: bytes) -> tuple[bytes, int, int]:
    import zlib

    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(), zlib.crc32(data), len(data)


@pytest.mark.parametrize("size,rule", [(1024 ** 2 - 1, "archive compression ratio"),   # under the member floor
                                       (1024 ** 2, "compression ratio")])             # the member rule
def test_zip_bomb_in_small_pieces_is_refused_before_extracting(tmp_path, monkeypatch, size, rule):
    """Issue 12.3: 2,047 members of 1 MiB of zeros (2 GB from ~2.3 MB) are refused from the zip's
    directory, reading nothing: members just under 1 MiB pass the member ratio rule, so the archive's
    own ratio decides."""
    meta = _deflated(json.dumps(META).encode())
    zeros = _deflated(b"\0" * size)
    path = _raw_zip(tmp_path / "pieces.eln", [("crate/ro-crate-metadata.json", *meta)]
                    + [(f"crate/exp/z{i}.bin", *zeros) for i in range(2047)])
    assert 2_000_000 < path.stat().st_size < 3_000_000
    # the directory check alone decides: decompressing anything would be the bug
    monkeypatch.setattr("ingest.eln.archive._read_capped",
                        lambda *a, **k: pytest.fail("read a member of a zip bomb"))
    err = refused(path, rule)
    assert "zip bomb" in str(err)
    if rule == "archive compression ratio":
        assert "nothing was extracted" in str(err) and "2,146,4" in str(err) and "bytes uncompressed" in str(err)


def test_zip_bomb_cli_says_so_and_writes_nothing(tmp_path, capsys):
    zeros = _deflated(b"\0" * 300_000)
    path = _raw_zip(tmp_path / "pieces.eln", [("crate/ro-crate-metadata.json", *_deflated(json.dumps(META).encode()))]
                    + [(f"crate/exp/z{i}.bin", *zeros) for i in range(300)])
    data = tmp_path / "data"
    assert main(["eln", "import", str(path), "--data-dir", str(data), "--user", "t"]) == 2
    assert "archive compression ratio" in capsys.readouterr().err
    assert not (data / "entries").exists() or not any((data / "entries").iterdir())


def test_text_heavy_archive_under_the_floor_is_fine(tmp_path):
    """A crate of repetitive CSV compresses far beyond 200:1 per archive yet is small: not a bomb."""
    csv = b"0.0,0.0\n" * 120_000                     # 960 kB of text, deflates ~400:1
    a = open_eln(build(tmp_path / "csv.eln", [("crate/exp/a.csv", csv)]))
    assert a.names() == ["exp/a.csv", "ro-crate-metadata.json"]


def test_archive_ratio_rule_scales_with_the_floor(tmp_path):
    zeros = _deflated(b"\0" * 100_000)
    path = _raw_zip(tmp_path / "p.eln", [("crate/ro-crate-metadata.json", *_deflated(json.dumps(META).encode()))]
                    + [(f"crate/exp/z{i}.bin", *zeros) for i in range(50)])
    refused(path, "archive compression ratio", Limits(archive_ratio_floor_bytes=1024 ** 2))
    assert open_eln(path, Limits(archive_ratio_floor_bytes=64 * 1024 ** 2)).root == "crate"


@pytest.mark.parametrize("data,rule", [(b"", "not a zip archive"), (b"PK\x03\x04 cut short" * 5, "not a zip archive"),
                                       (None, "@graph")])
def test_a_refused_upload_is_named_as_uploaded_not_by_its_temporary_copy(tmp_path, data, rule):
    """The ELN page copies an upload to a temporary folder: its refusal named that copy
    ('/tmp/hkg-eln-kqsw463i/upload.eln: not a zip archive …'), a file the user never had."""
    from kg.notebook import LabNotebook
    from ui.app.eln_exchange import preview_upload

    if data is None:
        meta = json.loads(json.dumps(META))
        meta["@graph"] = {"@id": "./"}
        data = build(tmp_path / "graph.eln", [], meta).read_bytes()
    with pytest.raises(ElnArchiveError) as info:
        preview_upload(LabNotebook(tmp_path / "data", graph=False), data, "run 7 export.eln")
    text = str(info.value)
    assert text.startswith("run 7 export.eln: ") and rule in text
    assert "upload.eln" not in text and "hkg-eln-" not in text and info.value.file == "run 7 export.eln"


def test_near_miss_the_command_line_names_the_path_it_was_given(tmp_path):
    from kg.notebook import LabNotebook

    path = tmp_path / "cut.eln"
    path.write_bytes(b"PK\x03\x04 cut short")
    with pytest.raises(ElnArchiveError) as info:
        LabNotebook(tmp_path / "data", graph=False).plan_eln(path)
    assert str(info.value).startswith(f"{path}: ")
