"""A crash in the middle of a load leaves the store as it was or fully updated; re-running converges.

The loader runs in a child process that is killed (SIGKILL: no clean-up of any kind) at several
moments of ``hkg build`` and of ``hkg ingest``; the store is then opened, checked to hold either
nothing of that load or all of it, and the command re-run must give the graph a clean run gives.
"""
from __future__ import annotations

import os
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
    with open_store("ladybug", data_dir=data_dir) as s:   # read-write open: recovers the WAL
        counts = tuple(sorted(s.stats()["counts"].items()))
        ids = tuple(r["id"] for r in s.query("MATCH (m:Measurement) RETURN m.id AS id ORDER BY id"))
    return counts, ids


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    """Fingerprints of clean runs: after build, and after build + ingest of a second document."""
    d = tmp_path_factory.mktemp("clean")
    assert _hkg(d, "build").wait(timeout=300) == 0
    built = _fingerprint(d)
    assert _hkg(d, "ingest", "review", str(DOC)).wait(timeout=300) == 0
    return built, _fingerprint(d)


def _run_killed(data_dir: Path, delay: float, *argv: str) -> None:
    proc = _hkg(data_dir, *argv)
    time.sleep(delay)
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)


@pytest.mark.parametrize("delay", [1.0, 2.0, 3.0])
def test_build_killed_then_rerun(tmp_path, clean, delay):
    built, _ = clean
    _run_killed(tmp_path, delay, "build")
    counts, ids = _fingerprint(tmp_path) or ((), ())
    n = dict(counts).get("Measurement", 0)
    assert n in (0, len(built[1])), f"half a load in the store: {n} measurements"
    assert _hkg(tmp_path, "build").wait(timeout=300) == 0
    assert _fingerprint(tmp_path) == built


@pytest.mark.parametrize("delay", [1.2, 2.5])
def test_ingest_killed_leaves_the_graph_before_or_after(tmp_path, clean, delay):
    built, both = clean
    assert _hkg(tmp_path, "build").wait(timeout=300) == 0
    _run_killed(tmp_path, delay, "ingest", "review", str(DOC))
    assert _fingerprint(tmp_path) in (built, both)
    assert _hkg(tmp_path, "ingest", "review", str(DOC)).wait(timeout=300) == 0
    assert _fingerprint(tmp_path) == both
