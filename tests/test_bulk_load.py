"""Bulk loading (COPY from Arrow tables) gives the same graph as the upserts; removing a source."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.bulk_load import BulkLoader
from kg.store import StoreError, open_store
from kg.synth import generate

FIXTURE_DOC = Path(__file__).with_name("fixtures") / "doc_sample.md"


def _batches(n_systems=60, seed=3):
    return list(generate(n_systems, seed, batch_systems=max(5, n_systems // 3)))


def _fingerprint(store) -> list:
    """Every node and edge with its properties, in a stable order (HkgMeta excluded by dump)."""
    recs = []
    for r in store.dump():
        props = {k: (sorted(v) if isinstance(v, list) else v) for k, v in r["props"].items()}
        recs.append((r["type"], r.get("label") or r.get("rel"), r.get("id") or (r["from"], r["to"]),
                     sorted(props.items(), key=lambda kv: kv[0])))
    return sorted(recs, key=repr)


def test_bulk_load_equals_upsert_load(tmp_path):
    batches = _batches()
    with open_store("ladybug", data_dir=tmp_path / "upsert") as a:
        a.ensure_schema()
        a.load_ontology()
        for b in batches:
            a.load(b)
        want = _fingerprint(a)
    with open_store("ladybug", data_dir=tmp_path / "bulk") as s:
        s.ensure_schema()
        loader = BulkLoader(s)
        for b in batches:
            loader.load(b)
        got = _fingerprint(s)
    assert len(got) == len(want) and got == want


def test_bulk_load_of_known_ids_upserts_instead_of_failing(tmp_path):
    batches = _batches(20)
    with open_store("ladybug", data_dir=tmp_path) as s:
        s.ensure_schema()
        loader = BulkLoader(s)
        for b in batches:
            loader.load(b)
        before = _fingerprint(s)
        # a second loader knows nothing in advance: it must find the stored ids itself
        for b in batches:
            BulkLoader(s).load(b)
        assert _fingerprint(s) == before


def test_failed_bulk_load_leaves_the_store_unchanged(tmp_path, monkeypatch):
    batches = _batches(20)
    with open_store("ladybug", data_dir=tmp_path) as s:
        s.ensure_schema()
        loader = BulkLoader(s)
        loader.load(batches[0])
        before = _fingerprint(s)
        import kg.bulk_load as bl

        real = bl._arrow_table
        calls = {"n": 0}

        def broken(cols, rows):          # a bad column type in the middle of the batch
            calls["n"] += 1
            if calls["n"] == 3:
                cols = [(n, "INT64" if n == "id" else t) for n, t in cols]
            return real(cols, rows)

        monkeypatch.setattr(bl, "_arrow_table", broken)
        with pytest.raises(Exception):
            loader.load(batches[1])
        assert _fingerprint(s) == before
        monkeypatch.setattr(bl, "_arrow_table", real)
        loader.load(batches[1])              # nothing was remembered from the failed attempt
        assert len(_fingerprint(s)) > len(before)


def test_remove_source_takes_out_only_what_it_said(tmp_path):
    from ingest.extract import extract_file

    paper = extract_file(FIXTURE_DOC)
    batches = _batches(10)
    with open_store("ladybug", data_dir=tmp_path) as s:
        s.ensure_schema()
        s.load_ontology()
        for b in batches:
            s.load(b)
        baseline = _fingerprint(s)
        s.load(paper)
        sid = paper.sources[0].id
        assert s.query("MATCH (m:Measurement) WHERE m.source_id = $s RETURN count(m) AS n", {"s": sid})[0]["n"] > 0
        assert s.remove_source(sid) >= 1
        assert s.query("MATCH (m:Measurement) WHERE m.source_id = $s RETURN count(m) AS n", {"s": sid})[0]["n"] == 0
        assert not s.query("MATCH (x:Source {id: $s}) RETURN x.id AS id", {"s": sid})
        # materials the paper introduced may stay (shared vocabulary); everything else is as before
        left = [r for r in _fingerprint(s) if r[1] != "Material" and r[1] != "IN_CLASS"]
        assert left == [r for r in baseline if r[1] != "Material" and r[1] != "IN_CLASS"]


def test_remove_source_on_a_read_only_store_is_refused(tmp_path):
    with open_store("ladybug", data_dir=tmp_path) as s:
        s.ensure_schema()
    with open_store("ladybug", data_dir=tmp_path, read_only=True) as s:
        with pytest.raises(StoreError, match="read-only"):
            s.remove_source("doi:10.1/x")
