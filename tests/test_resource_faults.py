"""Tracebacks instead of errors (issue 12, item 6): deep JSON, huge numbers, a full disk and damaged
stores each give one message with the fix; nothing half-written, no empty folders; ``hkg doctor``."""
from __future__ import annotations

import errno
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from ui.cli import main

DEEP = "[" * 990 + "]" * 990
ENTRY = {"title": "MgH2 with Ni, milled 10 h", "author": "A. Researcher",
         "samples": [{"id": "S1", "system": "MgH2–10 wt% Ni", "measurements": [
             {"property": "onset_dehydrogenation_temperature", "value": 250, "unit": "degC"}]}]}


def _one_message(err: str, *must: str) -> None:
    assert "Traceback" not in err and "RecursionError" not in err and "OverflowError" not in err, err
    assert err.startswith("hkg ") and ": error: " in err, err
    for m in must:
        assert m in err, err


# ------------------------------------------------------------------------------- deep JSON
def test_990_deep_json_in_an_entry_file_is_a_clear_error(tmp_path, capsys):
    text = json.dumps({**ENTRY, "tags": ["x"]}).replace('["x"]', DEEP)
    f = tmp_path / "deep.json"
    f.write_text(text)
    assert main(["entry", "add", str(f), "--data-dir", str(tmp_path / "d"), "--no-graph"]) == 2
    _one_message(capsys.readouterr().err, "more than 64 levels deep")
    assert not list((tmp_path / "d" / "entries").glob("*/r*.json"))


def test_deep_yaml_block_nesting_is_a_clear_error(tmp_path, capsys):
    lines = ["title: t", "author: a", "samples:", "  - id: S1", "    system: MgH2", "    notes:"]
    lines += [" " * (6 + 2 * k) + "k:" for k in range(200)]
    f = tmp_path / "deep.yaml"
    f.write_text("\n".join(lines) + " 1\n")
    assert main(["entry", "add", str(f), "--data-dir", str(tmp_path / "d"), "--no-graph"]) == 2
    _one_message(capsys.readouterr().err, "levels deep")


def _crate(path: Path, meta_text: str) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("crate/ro-crate-metadata.json", meta_text)
    return path


def test_990_deep_ro_crate_metadata_is_refused_before_parsing(tmp_path, capsys):
    from ingest.eln.archive import ElnArchiveError, open_eln

    meta = {"@context": "https://w3id.org/ro/crate/1.1/context", "@graph": [{"@id": "./", "x": 0}]}
    path = _crate(tmp_path / "deep.eln", json.dumps(meta).replace('"x": 0', f'"x": {DEEP}'))
    with pytest.raises(ElnArchiveError) as info:
        open_eln(path)
    assert info.value.rule == "metadata too deep"
    assert main(["eln", "import", str(path), "--data-dir", str(tmp_path / "d")]) == 2
    _one_message(capsys.readouterr().err, "metadata too deep")


def test_deep_json_inside_a_metadata_string_is_ignored_not_a_crash():
    from ingest.eln.crate import _ids

    assert _ids(DEEP) == []


# --------------------------------------------------------------------------- huge numbers
@pytest.mark.parametrize("text", ["Ea < 1e400 kJ/mol", "Ea < 1e308 MJ/mol",
                                  "ionic_conductivity >= 1 mS/cm at <= 1e999 °C"])
def test_a_filter_beyond_a_float_is_a_clear_error(text):
    from kg.analogs import AnalogQueryError, parse_filter

    with pytest.raises(AnalogQueryError, match="too large a number|beyond the range"):
        parse_filter(text)


def test_the_api_refuses_a_filter_beyond_a_float_as_bad_input(tmp_path):
    """The JSON API answers AnalogQueryError with a 400 (an OverflowError was a 500)."""
    from kg.analogs import AnalogQueryError
    from kg.store import open_store
    from ui.api import HydrideKG

    with open_store("ladybug", data_dir=tmp_path) as st:
        st.ensure_schema()
        with pytest.raises(AnalogQueryError, match="too large a number|beyond the range"):
            HydrideKG(store=st).analogs("MgH2", filters=["Ea < 1e400 kJ/mol"])


# ------------------------------------------------------------------------------- disk full
@pytest.fixture
def disk_full(monkeypatch):
    """Every durable write of the entry store fails as on a full disk (ENOSPC at fsync)."""
    import kg.entries

    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    def switch_on():
        monkeypatch.setattr(kg.entries.os, "fsync", no_space)

    return switch_on


def _leftovers(data_dir: Path) -> list[str]:
    root = data_dir / "entries"
    if not root.is_dir():
        return []
    empty = [str(p) for p in root.rglob("*") if p.is_dir() and not any(p.iterdir()) and p.name != "files"]
    temps = [str(p) for p in root.rglob(".tmp-*")]
    return empty + temps


def test_disk_full_during_entry_add(tmp_path, capsys, disk_full):
    f = tmp_path / "e.json"
    f.write_text(json.dumps(ENTRY))
    disk_full()
    assert main(["entry", "add", str(f), "--id", "full-1", "--data-dir", str(tmp_path), "--no-graph"]) == 2
    _one_message(capsys.readouterr().err, "no space left", "Fix: free space")
    assert not (tmp_path / "entries" / "full-1").exists()
    assert _leftovers(tmp_path) == []


def test_disk_full_during_import_table(tmp_path, capsys, disk_full):
    f = tmp_path / "lab.csv"
    f.write_text("Sample,Material,Property,Value,Unit\nA,MgH2–10 wt% Ni,hydrogen capacity,6.1,wt%\n"
                 "B,2LiBH4–MgH2,hydrogen_capacity,10.5,wt%\n", encoding="utf-8")
    disk_full()
    assert main(["import", "table", str(f), "--author", "A. Researcher", "--data-dir", str(tmp_path),
                 "--no-graph"]) == 2
    _one_message(capsys.readouterr().err, "no space left", "Fix: free space")
    assert _leftovers(tmp_path) == [] and not list((tmp_path / "entries").glob("tbl-*"))


def _archive(tmp_path: Path, n: int = 2) -> Path:
    """An .eln archive of ``n`` entries, exported from a scratch notebook."""
    from kg.entries import EntryRepository

    src = tmp_path / "src"
    repo = EntryRepository(src)
    for k in range(n):
        repo.create({**ENTRY, "title": f"MgH2 with Ni, run {k}"}, author="alice", entry_id=f"run-{k}")
    out = tmp_path / "runs.eln"
    assert main(["eln", "export", "--out", str(out), "--data-dir", str(src)]) == 0
    return out


def test_disk_full_during_eln_import(tmp_path, capsys, disk_full):
    archive = _archive(tmp_path)
    capsys.readouterr()
    disk_full()
    dest = tmp_path / "dest"
    assert main(["eln", "import", str(archive), "--data-dir", str(dest), "--no-graph"]) == 2
    _one_message(capsys.readouterr().err, "no space left", "Fix: free space")
    assert _leftovers(dest) == [] and not [p for p in (dest / "entries").iterdir() if p.name.startswith("run-")]


def test_a_full_disk_outside_the_entry_store_is_one_message_too(monkeypatch, capsys):
    import ui.cli.stats

    def full(args):
        raise OSError(errno.ENOSPC, "No space left on device", "/data/graph.lbdb")

    monkeypatch.setattr(ui.cli.stats, "cmd_stats", full)
    assert main(["stats"]) == 2
    _one_message(capsys.readouterr().err, "no space left on the device (writing '/data/graph.lbdb')")


# --------------------------------------------------------------------------- damaged stores
@pytest.fixture(scope="module")
def built(literature_graph, tmp_path_factory) -> Path:
    """The module's copy of the literature graph as ``hkg build`` makes it (built once per run)."""
    d = tmp_path_factory.mktemp("built") / "store"
    shutil.copytree(literature_graph, d)
    return d


def _damaged(built: Path, tmp_path: Path, how: str) -> Path:
    d = tmp_path / how
    if how == "empty-file":      # created, the build interrupted before any table was made
        d.mkdir()
        (d / "graph.lbdb").write_bytes(b"")
        return d
    shutil.copytree(built, d)
    db = d / "graph.lbdb"
    if how == "truncated":
        with db.open("r+b") as fh:
            fh.truncate(100_000)
    elif how == "bad-log":       # a write cut off: a log that does not check out
        (d / "graph.lbdb.wal").write_bytes(b"\x07" * 5000)
    return d


@pytest.mark.parametrize("how", ["truncated", "empty-file", "bad-log"])
# `hkg stats` on each damage in `make test-fast`; the other commands too in `make test` (a damaged copy each).
@pytest.mark.parametrize("argv", [["stats"], *(pytest.param(a, marks=pytest.mark.slow)
                                               for a in (["backup", "{tmp}/bk"], ["report", "gaps"], ["analogs", "MgH2"]))])
def test_a_damaged_store_is_one_message_with_the_fix(built, tmp_path, capsys, how, argv):
    d = _damaged(built, tmp_path, how)
    capsys.readouterr()
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main([*argv, "--data-dir", str(d)]) == 2
    _one_message(capsys.readouterr().err, "hkg doctor --repair")
    assert not (tmp_path / "bk" / "graph.jsonl").exists()


def test_a_damaged_store_is_opened_once_per_check_not_once_per_table(built, tmp_path, monkeypatch):
    """The column check before a graph command gives up with the store's error after one open (and
    its retries); trying each of ~36 tables again took a damaged store 40 s to report."""
    from kg.ladybug_store import LadybugStore
    from kg.store import StoreError

    opens = []
    real = LadybugStore._open
    monkeypatch.setattr(LadybugStore, "_open", lambda self, read_only: opens.append(read_only) or real(self, read_only))
    monkeypatch.setattr("kg.ladybug_store.time.sleep", lambda s: None)
    store = LadybugStore(_damaged(built, tmp_path, "truncated"), read_only=True)
    with pytest.raises(StoreError, match="hkg doctor --repair"):
        store.missing_columns()
    assert 1 <= len(opens) <= 5, opens


@pytest.mark.slow   # damages a built store, repairs it and checks it table by table
def test_doctor_checks_and_repairs_keeping_the_damaged_file(built, tmp_path, capsys):
    d = _damaged(built, tmp_path, "truncated")
    f = tmp_path / "e.json"
    f.write_text(json.dumps(ENTRY))
    assert main(["entry", "add", str(f), "--id", "kept-entry", "--data-dir", str(d), "--no-graph"]) == 0
    capsys.readouterr()
    assert main(["doctor", "--data-dir", str(d)]) == 1
    out = capsys.readouterr().out
    assert "PROBLEM  the store opens" in out and "hkg doctor --repair" in out
    assert main(["doctor", "--repair", "--data-dir", str(d)]) == 0
    out = capsys.readouterr().out
    assert "rebuilt: review.batch.json + 1 lab entry" in out
    assert list(d.glob("graph.lbdb.damaged-*"))
    assert main(["doctor", "--data-dir", str(d), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["healthy"] and report["counts"]["Measurement"] > 500
    assert any(f["what"] == "every lab entry is in the graph" and f["ok"] for f in report["findings"])


def test_doctor_on_a_healthy_store(built, capsys):
    assert main(["doctor", "--data-dir", str(built)]) == 0
    out = capsys.readouterr().out
    assert "PROBLEM" not in out and "ok       the literature snapshot is loaded" in out


def test_the_eln_page_shows_deep_metadata_as_an_error(tmp_path, monkeypatch):
    from tests.app_pages import page_test

    meta = {"@context": "https://w3id.org/ro/crate/1.1/context", "@graph": [{"@id": "./", "x": 0}]}
    path = _crate(tmp_path / "deep.eln", json.dumps(meta).replace('"x": 0', f'"x": {DEEP}'))
    at = page_test(monkeypatch, tmp_path / "data", "5_ELN_exchange.py")
    at.run()
    at.file_uploader(key="eln_upload").set_value(("deep.eln", path.read_bytes(), "application/zip"))
    at.run()
    assert not at.exception, at.exception
    assert any("metadata too deep" in e.value for e in at.error), [e.value for e in at.error]
