"""A crash in the middle of a load leaves the store as it was or fully updated; re-running converges.

The loader runs in a child process that is killed (SIGKILL: no clean-up of any kind) at several
moments of ``hkg build`` and of ``hkg ingest``; the store is then opened, checked to hold either
nothing of that load or all of it, and the command re-run must give the graph a clean run gives.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "data" / "snapshot" / "review.batch.json"
DOC = ROOT / "tests" / "fixtures" / "doc_sample.md"
pytestmark = pytest.mark.skipif(not SNAPSHOT.is_file(), reason=f"{SNAPSHOT} missing")


def _hkg(data_dir: Path, *argv: str) -> subprocess.Popen:
    env = {**os.environ, "HKG_DATA_DIR": str(data_dir), "HKG_STORE": "ladybug"}
    return subprocess.Popen([sys.executable, "-m", "ui.cli", *argv], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _fingerprint(data_dir: Path) -> tuple:
    from kg.store import open_store

    if not (data_dir / "graph.lbdb").exists() and not any(data_dir.glob("*")):
        return ()
    from kg.store import StoreError

    with open_store("ladybug", data_dir=data_dir) as s:   # read-write open: recovers the WAL
        try:
            counts = tuple(sorted(s.stats()["counts"].items()))
        except StoreError as exc:
            # killed while the tables were being created: no data at all (the re-run creates the rest)
            assert "half-written" in str(exc), exc
            return ()
        ids = tuple(r["id"] for r in s.query("MATCH (m:Measurement) RETURN m.id AS id ORDER BY id"))
    return counts, ids


@pytest.fixture(scope="module")
def clean(literature_graph, tmp_path_factory):
    """Fingerprints of clean runs: after build (conftest's build, made once per run), and after
    build + ingest of a second document."""
    d = tmp_path_factory.mktemp("clean") / "kg"
    shutil.copytree(literature_graph, d)
    built = _fingerprint(d)
    assert _hkg(d, "ingest", "review", str(DOC)).wait(timeout=300) == 0
    return built, _fingerprint(d)


def _run_killed(data_dir: Path, delay: float, *argv: str) -> None:
    proc = _hkg(data_dir, *argv)
    time.sleep(delay)
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)


@pytest.mark.slow   # crash run: child loads killed, then run again
@pytest.mark.parametrize("delay", [1.0, 2.0, 3.0])
def test_build_killed_then_rerun(tmp_path, clean, delay):
    built, _ = clean
    _run_killed(tmp_path, delay, "build")
    counts, ids = _fingerprint(tmp_path) or ((), ())
    n = dict(counts).get("Measurement", 0)
    assert n in (0, len(built[1])), f"half a load in the store: {n} measurements"
    assert _hkg(tmp_path, "build").wait(timeout=300) == 0
    assert _fingerprint(tmp_path) == built


@pytest.mark.slow   # crash run: child loads killed, then run again
@pytest.mark.parametrize("delay", [1.2, 2.5])
def test_ingest_killed_leaves_the_graph_before_or_after(tmp_path, literature_graph, clean, delay):
    built, both = clean
    shutil.copytree(literature_graph, tmp_path, dirs_exist_ok=True)     # a built graph (what `hkg build` makes)
    _run_killed(tmp_path, delay, "ingest", "review", str(DOC))
    assert _fingerprint(tmp_path) in (built, both)
    assert _hkg(tmp_path, "ingest", "review", str(DOC)).wait(timeout=300) == 0
    assert _fingerprint(tmp_path) == both


# ------------------------------------------------------------ lab imports: fault after k writes
# In-process: the k-th write statement of the graph load raises, as a crash of the engine would.
# The graph must stay as it was; re-running the same import must end in the graph a clean run gives.
def _graph_fingerprint(data_dir: Path) -> tuple:
    from kg.store import open_store

    with open_store("ladybug", data_dir=data_dir) as s:
        counts = tuple(sorted(s.stats()["counts"].items()))
        ids = tuple(r["id"] for r in s.query("MATCH (m:Measurement) RETURN m.id AS id ORDER BY id"))
        systems = tuple(r["id"] for r in s.query("MATCH (s:System) RETURN s.id AS id ORDER BY id"))
    return counts, ids, systems


def _fail_after(monkeypatch, k: int) -> None:
    from kg.ladybug_store import LadybugStore

    real = LadybugStore._execute
    state = {"in_tx": False, "n": 0}

    def execute(self, conn, cypher, params):
        word = cypher.strip().upper()
        if word.startswith("BEGIN"):
            state["in_tx"] = True
        elif word.startswith(("COMMIT", "ROLLBACK")):
            state["in_tx"] = False
        elif state["in_tx"]:
            state["n"] += 1
            if state["n"] == k:
                raise RuntimeError(f"simulated crash at write {k}")
        return real(self, conn, cypher, params)

    monkeypatch.setattr(LadybugStore, "_execute", execute)


def _table(tmp_path: Path) -> list[str]:
    from tests.test_tabular import LONG

    src = tmp_path / "lab.csv"
    src.write_text(LONG, encoding="utf-8")
    return ["import", "table", str(src), "--author", "me"]


def _eln(tmp_path: Path) -> list[str]:
    from kg.entries import EntryRepository
    from tests.test_eln_roundtrip import entries, export

    repo = EntryRepository(tmp_path / "eln-src")
    entries(repo)
    return ["eln", "import", str(export(repo, tmp_path / "x.eln"))]


def _per_source(data_dir: Path) -> dict:
    """source id -> (its measurement ids, how many nodes are reported in it): one lab entry's facts."""
    from kg.store import open_store

    with open_store("ladybug", data_dir=data_dir, read_only=True) as s:
        rows = s.query("MATCH (src:Source) OPTIONAL MATCH (x)-[:REPORTED_IN]->(src) "
                       "RETURN src.id AS id, count(x) AS n")
        out = {}
        for r in rows:
            ms = s.query("MATCH (m:Measurement) WHERE m.source_id = $id RETURN m.id AS id ORDER BY id",
                         {"id": r["id"]})
            out[r["id"]] = (tuple(m["id"] for m in ms), r["n"])
    return out


# k counts write statements inside the load transactions (ontology already loaded): the table
# import makes one entry (12 writes); the .eln archive's two entries load as one batch (12 writes,
# all or none of them: issue 12 made an import one load instead of one per entry).
@pytest.mark.slow   # crash run: imports failing mid-load, then run again
@pytest.mark.parametrize("make, k", [(_table, 1), (_table, 6), (_table, 12),
                                     (_eln, 1), (_eln, 8), (_eln, 12)],
                         ids=["table-1", "table-6", "table-12", "eln-1", "eln-8", "eln-12"])
def test_lab_import_failing_mid_load_leaves_the_graph_then_converges(tmp_path, ontology_store, monkeypatch, capsys,
                                                                    make, k):
    """Each lab entry reaches the graph whole or not at all; re-running the import converges."""
    from ui.cli import main

    argv = make(tmp_path)
    clean, faulty = tmp_path / "clean", tmp_path / "faulty"
    for d in (clean, faulty):                     # schema and ontology only (made once per run)
        shutil.copytree(ontology_store, d)
    before = _graph_fingerprint(faulty)
    assert main([*argv, "--data-dir", str(clean)]) == 0
    want, want_sources = _graph_fingerprint(clean), _per_source(clean)
    assert want != before

    with monkeypatch.context() as m:
        _fail_after(m, k)
        code = main([*argv, "--data-dir", str(faulty)])
    assert code != 0, "a failed graph load must not report success"
    assert "Traceback" not in capsys.readouterr().err
    got = _per_source(faulty)
    assert set(got) < set(want_sources), "the entry whose load failed must not be in the graph"
    for src, facts in got.items():
        assert facts == want_sources[src], f"{src} is in the graph only in part"

    main([*argv, "--data-dir", str(faulty)])       # the user simply runs the same import again
    assert _graph_fingerprint(faulty) == want
    assert _per_source(faulty) == want_sources


def test_a_store_killed_before_its_meta_table_is_called_half_written(tmp_path):
    # a build killed after the data tables and before the meta table: the same clear message and fix as any other
    # table missing, not a bare query error
    import ladybug

    from kg.store import StoreError, open_store
    with open_store("ladybug", data_dir=tmp_path) as s:
        s.stats()
    db = ladybug.Database(str(tmp_path / "graph.lbdb"))
    conn = ladybug.Connection(db)
    conn.execute("DROP TABLE HkgMeta")
    conn.close()
    db.close()
    with pytest.raises(StoreError, match="half-written") as err, open_store("ladybug", data_dir=tmp_path) as s:
        s.stats()
    assert "hkg doctor --repair" in str(err.value)
