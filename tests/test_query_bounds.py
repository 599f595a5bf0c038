"""A user's read query is bounded in time and in rows, on every front end (console, CLI, API).

The guard keeps writes out, but a read alone could hold the app: a variable-length path over the
whole graph ran for minutes, and ``UNWIND range(…)`` turned millions of rows into Python dicts.
"""
from __future__ import annotations

import time

import pytest

from kg.store import StoreError

# a cross product of two ranges with a filter: seconds of work for the engine, one row of answer
SLOW = ("UNWIND range(1, 20000) AS a UNWIND range(1, 20000) AS b "
        "WITH a, b WHERE (a * b) % 7 = 3 RETURN count(*) AS n")


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("HKG_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("HKG_STORE", "ladybug")
    from kg.store import open_store

    with open_store("ladybug", data_dir=tmp_path) as s:
        s.ensure_schema()
        yield s


def test_a_query_past_the_time_limit_is_stopped_with_a_clear_error(store, monkeypatch):
    monkeypatch.setenv("HKG_QUERY_TIMEOUT", "0.2")
    started = time.monotonic()
    with pytest.raises(StoreError, match=r"longer than 0\.2 s.*HKG_QUERY_TIMEOUT"):
        store.query(SLOW)
    assert time.monotonic() - started < 3.0
    # the connection is usable afterwards, and the store's own reads keep no time limit
    assert store.query("RETURN 1 AS one") == [{"one": 1}]
    assert store.stats()["counts"]


def test_a_query_answering_too_many_rows_is_refused_naming_the_limit(store):
    from ontology.limits import MAX_QUERY_ROWS

    with pytest.raises(StoreError, match=r"more than 100,000 rows.*LIMIT"):
        store.query(f"UNWIND range(1, {MAX_QUERY_ROWS + 1}) AS x RETURN x")
    rows = store.query(f"UNWIND range(1, {MAX_QUERY_ROWS}) AS x RETURN x")
    assert len(rows) == MAX_QUERY_ROWS


def test_a_bad_time_limit_setting_names_the_variable(monkeypatch):
    from kg.settings import Settings, SettingsError

    with pytest.raises(SettingsError, match="HKG_QUERY_TIMEOUT"):
        Settings.from_env({"HKG_QUERY_TIMEOUT": "-1"})
