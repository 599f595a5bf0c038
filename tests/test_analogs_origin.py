"""Literature analogs apart from the lab's own entries: the entry saved a minute ago no longer ranks
first among the analogs of its own system unless asked for ('all'); the Analogs page lists it apart."""
from __future__ import annotations

import json

import pytest
from app_pages import page_test

QUERY = "MgH2 + Nb2O5"          # the UI walk's query; the entry is on MgH2 + 5 wt% Nb2O5


@pytest.fixture(scope="module")
def lab_system(data_dir):
    """A lab entry on the query's own system; returns the name its system has in the graph."""
    from kg.notebook import LabNotebook
    from kg.store import open_store
    from ui.app import record

    checked = record.check(record.build_document({"title": "Nb2O5-milled MgH2, first batch", "author": "A. Researcher",
                                                  "n_samples": 1, "s0_system": "MgH2 + 5 wt% Nb2O5", "s0_n_meas": 1,
                                                  "s0_m0_property": "dehydrogenation_activation_energy", "s0_m0_value": 71.0,
                                                  "s0_m0_unit": "kJ/mol"}))
    assert checked.entry is not None, checked.errors
    with open_store("ladybug", data_dir=data_dir) as store:
        entry_id, _, _ = record.save(checked.entry, author="tester", notebook=LabNotebook(data_dir, store=store))
        (row,) = store.query("MATCH (s:System)-[:REPORTED_IN]->(src:Source {id: $id}) RETURN DISTINCT s.id AS id",
                             {"id": f"lab:{entry_id}"})
    return row["id"]


def _lab_sources(analogs) -> list[str]:
    return [a.system_id for a in analogs if any(s.get("kind") == "lab_entry" for s in a.sources)]


def test_literature_only_leaves_the_lab_entry_out_and_lab_lists_it(data_dir, lab_system):
    from kg.analogs import search
    from kg.store import open_store

    with open_store("ladybug", data_dir=data_dir, read_only=True) as store:
        everything = search(store, QUERY, top=10, evidence=False)
        literature = search(store, QUERY, top=10, evidence=False, origin="literature")
        lab = search(store, QUERY, top=10, evidence=False, origin="lab")
    assert lab_system in [a.system_id for a in everything.analogs[:3]]      # what the UI walk saw
    assert lab_system not in [a.system_id for a in literature.analogs] and not _lab_sources(literature.analogs)
    assert len(literature.analogs) == 10
    assert lab.analogs[0].system_id == lab_system
    assert all(a.system_id in _lab_sources(lab.analogs) for a in lab.analogs)


def test_an_unknown_origin_is_refused_naming_the_choices(store):
    from kg.analogs import AnalogQueryError, search

    with pytest.raises(AnalogQueryError, match="origin 'papers'.*literature.*lab.*all"):
        search(store, QUERY, origin="papers", evidence=False)


def test_hkg_analogs_origin_literature(data_dir, lab_system, capsys):
    from ui.cli import main

    assert main(["analogs", "--data-dir", str(data_dir), "--json", "--origin", "literature", QUERY]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert lab_system not in json.dumps(shown)


def test_the_analogs_page_shows_the_lab_entries_apart(monkeypatch, data_dir, lab_system):
    at = page_test(monkeypatch, data_dir, "2_Analogs.py")
    at.run()
    assert at.checkbox(key="analog_literature_only").value is True       # literature only by default
    at.text_input(key="analog_query").set_value(QUERY).run()
    assert not at.exception, at.exception
    assert "The lab's own entries like this" in [h.value for h in at.subheader]
    ranked, own = at.dataframe[0].value, at.dataframe[1].value
    assert "Nb2O5-milled MgH2, first batch" in set(own["entry"])
    assert "Nb2O5-milled MgH2, first batch" not in ranked["sources"].str.cat(sep=" ")
    at.checkbox(key="analog_literature_only").uncheck().run()
    assert "The lab's own entries like this" not in [h.value for h in at.subheader]
    assert "Nb2O5-milled MgH2, first batch" in at.dataframe[0].value["sources"].str.cat(sep=" ")


def test_the_lab_entries_apart_come_from_the_same_scoring_pass(monkeypatch, data_dir, lab_system):
    """search(apart=N): the lab's own entries ranked as search(origin='lab') ranks them, scored once with the
    literature analogs (the page searched twice)."""
    import kg.analogs as analogs
    from kg.store import open_store

    with open_store("ladybug", data_dir=data_dir, read_only=True) as store:
        lab = analogs.search(store, QUERY, top=5, evidence=False, origin="lab")
        calls = []
        real = analogs.score_all
        monkeypatch.setattr(analogs, "score_all", lambda *a, **k: calls.append(1) or real(*a, **k))
        both = analogs.search(store, QUERY, top=10, evidence=False, origin="literature", apart=5)
    assert len(calls) == 1
    assert [(a.system_id, a.score) for a in both.apart] == [(a.system_id, a.score) for a in lab.analogs]
    assert both.apart[0].system_id == lab_system and not _lab_sources(both.analogs)
