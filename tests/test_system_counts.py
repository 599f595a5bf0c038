"""Home and the gap report count the same systems: each System node once, whatever its hosts."""
from __future__ import annotations


def test_the_gap_report_counts_each_system_once_as_home_does(store):
    from kg.gaps.read import graph_version, read_rows

    rows = read_rows(store)
    ids = [s.id for s in rows["systems"]]
    assert len(ids) == len(set(ids))
    home = store.stats()["counts"]["System"]        # the number Home shows as 'Material systems'
    assert graph_version(store, rows).counts["systems"] == home


def test_a_system_given_as_metal_and_hydride_keeps_the_hydride_host(store):
    from kg.gaps.read import read_rows

    both = {r["name"] for r in store.query(
        "MATCH (s:System)-[:HAS_HOST]->(h:Material) WITH s, count(h) AS n WHERE n > 1 RETURN s.name AS name")}
    assert "MgH2" in both                             # the graph has such a system: the test means something
    by_name = {s.name: s for s in read_rows(store)["systems"]}
    assert by_name["MgH2"].host == "MagnesiumHydride"
    assert by_name["LiH"].host == "LithiumHydride"


def test_home_says_what_its_system_count_counts(monkeypatch, data_dir):
    from app_pages import page_test

    at = page_test(monkeypatch, data_dir, "Home.py").run()
    (systems,) = [m for m in at.metric if m.label == "Material systems"]
    assert "each once" in systems.help and "gap report" in systems.help
