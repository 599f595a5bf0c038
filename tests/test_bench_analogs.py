"""`hkg bench analogs`: figures for each size, growth between sizes, and verdicts that can fail."""
from __future__ import annotations

import pytest

from kg.analogs.bench import SUSTAINED, TARGETS, format_table, run_bench, summarize


def _row(n, load_s, p95):
    return {"measurements": n, "systems": n // 10, "load_s": load_s, "load_per_s": round(n / load_s),
            "index_build_s": 0.1, "p50_ms": p95 / 2, "p95_ms": p95, "max_ms": p95, "queries": 10, "errors": 0}


def test_verdicts_follow_the_figures():
    rows = [_row(10_000, 0.7, 12.0), _row(100_000, 4.5, 30.0), _row(1_000_000, 45.0, 190.0)]
    growth, v = summarize(rows)
    assert v == {"p95_at_largest_ok": True, "load_ok": True, "sublinear_ok": True}
    assert growth[0]["size_ratio"] == 10.0 and growth[0]["p95_ratio"] == 2.5
    assert growth[1]["marginal_load_per_s"] == round(900_000 / 40.5)
    slow = [_row(100_000, 4.5, 30.0), _row(1_000_000, 60.0, 250.0)]
    assert summarize(slow)[1] == {"p95_at_largest_ok": False, "load_ok": False, "sublinear_ok": True}
    linear = [_row(100_000, 4.5, 30.0), _row(1_000_000, 45.0, 300.0)]
    assert summarize(linear)[1]["sublinear_ok"] is False
    # a small load alone says nothing about sustained throughput
    assert summarize([_row(10_000, 0.7, 12.0)])[1] == {"p95_at_largest_ok": True, "load_ok": None,
                                                       "sublinear_ok": None}
    assert SUSTAINED == 100_000 and TARGETS == {"p95_ms_at_largest": 200, "load_per_s": 20000}


@pytest.mark.slow   # load run: the benchmark's loads
def test_small_run_measures_every_size(tmp_path):
    result = run_bench([300, 1200], queries=6, seed=1, data_dir=str(tmp_path), batch_systems=40)
    sizes = result["sizes"]
    assert [r["measurements"] for r in sizes] == [300, 1200]
    for r in sizes:
        assert r["errors"] == 0 and r["queries"] == 6 and r["load_per_s"] > 0
        assert 0 < r["p50_ms"] <= r["p95_ms"] <= r["max_ms"]
    assert result["growth"][0]["size_ratio"] == 4.0
    text = format_table(result)
    assert "1,200" in text and "marginal load" in text and "targets:" in text
    assert "load ≥ 20,000/s from 100,000 measurements on: not measured" in text
    assert not any(p.name.startswith("m") and p.is_dir() and any(p.iterdir()) for p in tmp_path.iterdir())


@pytest.mark.slow   # child processes draw the synthetic graph
def test_the_same_seed_draws_the_same_graph_in_every_process():
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = ("from kg.synth import generate, systems_for\n"
            "ids = [m.id for b in generate(systems_for(500), 4, max_measurements=500) for m in b.measurements]\n"
            "print(len(ids), ','.join(ids[:5]), ids[-1])")
    root = Path(__file__).resolve().parents[1]
    outs = {subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(h)}).stdout for h in (1, 2, 3)}
    assert len(outs) == 1, outs
    assert outs.pop().startswith("500 ")


@pytest.mark.slow   # load run: the benchmark's loads
def test_hkg_synth_bulk_in_background_gives_the_same_graph_as_upserts(tmp_path, capsys):
    from kg.store import open_store
    from ui.cli import main

    # The CLI's wiring of the background writer, over three batches; tests/test_bulk_load.py compares
    # the two loads at 60 systems, node by node.
    counts = []
    for name, extra in (("upsert", []), ("bulk", ["--bulk"])):
        d = tmp_path / name
        assert main(["synth", "--data-dir", str(d), "--systems", "21", "--batch-systems", "7", *extra]) == 0
        with open_store("ladybug", data_dir=d, read_only=True) as s:
            counts.append(s.stats()["counts"])
    assert counts[0] == counts[1] and counts[0]["Measurement"] > 0
