"""Curating literature facts: decisions as revisions, re-applied at every load, seen in answers."""
from __future__ import annotations

import json
import shutil

import pytest

from kg.curation import (
    CurationError,
    CurationLog,
    apply_decisions,
    export_corrections,
    extracted_batches,
    keep_extracted,
)
from kg.entries import ConflictError
from ontology.models import GraphBatch, Measurement, Source, SourceRef
from ontology.system import parse_system
from ui.cli import main
from ui.cli.build import SNAPSHOT_DIR

SRC = "doi:10.9999/curation-test"


def fact(system="MgH2", value=160.0, prop="dehydrogenation_activation_energy", unit="kJ/mol", start=100):
    return Measurement(property=prop, value=value, unit=unit, system=parse_system(system),
                       source=SourceRef(source_id=SRC, section="2", start=start, end=start + 80, refs=["3"]))


def batch(*ms: Measurement) -> GraphBatch:
    return GraphBatch(sources=[Source(id=SRC, kind="publication", title="A test paper")], measurements=list(ms))


def test_decisions_apply_and_survive_a_better_extraction_of_the_system(tmp_path):
    log = CurationLog(tmp_path)
    wrong_host = fact(system="MgH2", value=43.0)                 # really the Ti-catalysed system
    log.decide(wrong_host, "corrected", author="ana", reason="value is for the Ti-catalysed sample",
               fields={"system": "MgH2 + 5 wt% TiO2"})
    other = fact(system="MgH2", value=75.0, start=300)
    log.decide(other, "rejected", author="ana", reason="a DFT number, not a measurement")
    kept = fact(system="MgH2", value=160.0, start=500)
    log.decide(kept, "confirmed", author="ben")
    out, report = apply_decisions(batch(wrong_host, other, kept, fact(value=99.0, start=700)), log.decisions())
    assert (report.corrected, report.rejected, report.confirmed) == (1, 1, 1)
    by_value = {m.value: m for m in out.measurements}
    assert 75.0 not in by_value
    assert by_value[43.0].status == "corrected" and by_value[43.0].system.name == parse_system("MgH2 + 5 wt% TiO2").name
    assert by_value[160.0].status == "confirmed" and by_value[99.0].status == "extracted"
    # A better extractor now puts 43 kJ/mol on another system: the fact id (place + property + value)
    # is the same, so the curator's correction still applies.
    improved = fact(system="MgH2 + 5 wt% TiO2", value=43.0)
    assert improved.fact_id == wrong_host.fact_id
    out, _ = apply_decisions(batch(improved), log.decisions())
    assert out.measurements[0].status == "corrected"
    # The value is read differently now: the decision no longer finds its fact and is reported.
    _, report = apply_decisions(batch(fact(system="MgH2", value=45.0)), log.decisions())
    assert {d.fact_id for d in report.changed_evidence} == {wrong_host.fact_id, other.fact_id, kept.fact_id}


def test_bad_decisions_are_refused_with_the_field_and_nothing_is_stored(tmp_path):
    log = CurationLog(tmp_path)
    f = fact()
    with pytest.raises(CurationError, match="unit"):
        log.decide(f, "corrected", author="ana", reason="x", fields={"value": 65, "unit": "mAh/g"})
    with pytest.raises(CurationError, match="system 'MgH2 \\+ \\+'"):
        log.decide(f, "corrected", author="ana", reason="x", fields={"system": "MgH2 + +"})
    with pytest.raises(CurationError, match="cannot be corrected"):
        log.decide(f, "corrected", author="ana", reason="x", fields={"colour": "red"})
    with pytest.raises(CurationError, match="reason"):
        log.decide(f, "rejected", author="ana")
    with pytest.raises(CurationError, match="status"):
        log.decide(f, "maybe", author="ana")
    assert log.decisions() == {}


def test_two_curators_on_one_fact_the_second_is_told(tmp_path):
    log = CurationLog(tmp_path)
    f = fact()
    first = log.decide(f, "confirmed", author="ana")
    log.decide(f, "corrected", author="ben", reason="wrong unit read", fields={"value": 150}, base=first.revision)
    with pytest.raises(ConflictError, match="revision 2"):
        log.decide(f, "rejected", author="cleo", reason="dup", base=first.revision)
    assert [d.author for d in log.history(f.fact_id)] == ["ana", "ben"]
    assert [d.author for d in log.audit()] == ["ben", "ana"]


def test_export_corrections_gives_dev_set_lines(tmp_path):
    log = CurationLog(tmp_path)
    log.decide(fact(value=43.0), "corrected", author="ana", reason="host", fields={"system": "MgH2 + 5 wt% TiO2"})
    log.decide(fact(value=75.0, start=300), "rejected", author="ana", reason="DFT")
    log.decide(fact(value=160.0, start=500), "confirmed", author="ana")
    lines = [json.loads(x) for x in export_corrections(log)]
    assert sorted(x["status"] for x in lines) == ["corrected", "rejected"]
    fixed = next(x for x in lines if x["status"] == "corrected")
    assert fixed["expected"]["system"] == "MgH2 + 5 wt% TiO2" and fixed["start"] == 100 and fixed["end"] == 180


def test_kept_extractions_replace_the_snapshot_of_their_source(tmp_path):
    keep_extracted(tmp_path, batch(fact()))
    found = extracted_batches(tmp_path, SNAPSHOT_DIR)
    assert {s.id for b in found for s in b.sources} >= {SRC}


@pytest.fixture(scope="module")
def built(literature_graph):
    """The literature graph as ``hkg build`` makes it (conftest builds it once); tests copy it."""
    return literature_graph


def _facts(folder, capsys, *extra) -> list[dict]:
    capsys.readouterr()
    assert main(["facts", "list", "--data-dir", str(folder), "--json", "--limit", "0", *extra]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.slow   # rebuilds the literature graph around curators' decisions
def test_cli_confirm_fix_reject_hold_over_a_rebuild(built, tmp_path, capsys):
    folder = tmp_path / "d"
    shutil.copytree(built, folder)
    rows = _facts(folder, capsys)
    assert len(rows) > 400 and all(r["confidence"] is not None for r in rows)
    assert rows[0]["confidence"] <= rows[-1]["confidence"]          # least confident first
    bare = next(r for r in rows if r["system"] == "MgH2" and r["property"] == "dehydrogenation_activation_energy")
    table = next(r for r in rows if r["tbl"])
    doomed = next(r for r in rows if r["fact_id"] not in (bare["fact_id"], table["fact_id"]))
    assert main(["facts", "fix", bare["fact_id"], "system=MgH2 + 5 wt% Nb2O5", "--reason", "catalysed sample",
                 "--data-dir", str(folder), "--user", "ana"]) == 0
    assert main(["facts", "confirm", table["fact_id"], "--data-dir", str(folder), "--user", "ana"]) == 0
    assert main(["facts", "reject", doomed["fact_id"], "--reason", "not a measurement",
                 "--data-dir", str(folder), "--user", "ana"]) == 0
    assert main(["facts", "reject", doomed["fact_id"], "--data-dir", str(folder)]) == 2   # no reason
    for rebuilt in (False, True):           # the decisions are in the graph, and hold over a rebuild
        after = {r["fact_id"]: r for r in _facts(folder, capsys)}
        assert doomed["fact_id"] not in after
        assert after[bare["fact_id"]]["status"] == "corrected"
        assert after[bare["fact_id"]]["system"] == parse_system("MgH2 + 5 wt% Nb2O5").name
        assert after[table["fact_id"]]["status"] == "confirmed"
        assert len(after) == len({r["fact_id"] for r in rows}) - 1
        if not rebuilt:
            assert main(["build", "--data-dir", str(folder)]) == 0
    capsys.readouterr()
    assert main(["facts", "history", bare["fact_id"], "--data-dir", str(folder)]) == 0
    assert json.loads(capsys.readouterr().out)[0]["author"] == "ana"
    assert main(["facts", "export-corrections", "--data-dir", str(folder)]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 2
    assert main(["facts", "list", "--data-dir", str(folder), "--status", "confirmed"]) == 0
    assert table["fact_id"] in capsys.readouterr().out


@pytest.mark.slow   # rebuilds the literature graph around curators' decisions
def test_answers_can_be_limited_to_reviewed_facts(built, tmp_path, capsys):
    import numpy as np

    from kg.analogs import feature_index
    from kg.store import open_store

    folder = tmp_path / "d"
    shutil.copytree(built, folder)
    rows = _facts(folder, capsys)
    table = next(r for r in rows if r["tbl"] and r["property"] == "dehydrogenation_activation_energy")
    assert main(["facts", "confirm", table["fact_id"], "--data-dir", str(folder), "--user", "ana"]) == 0
    capsys.readouterr()
    assert main(["report", "gaps", "--data-dir", str(folder), "--confirmed-only"]) == 0
    md = capsys.readouterr().out
    assert "Reviewed by a curator: 1 of 1 facts (100 %)" in md
    assert main(["report", "gaps", "--data-dir", str(folder)]) == 0
    assert f"Reviewed by a curator: 1 of {len(rows)} facts" in capsys.readouterr().out
    with open_store("ladybug", data_dir=folder, read_only=True) as store:
        every = feature_index(store)
        reviewed = feature_index(store, confirmed_only=True)
        assert int(np.isfinite(reviewed.values).sum()) == 1 < int(np.isfinite(every.values).sum())
    assert main(["analogs", table["system"], "--data-dir", str(folder), "--json", "--confirmed-only"]) == 0
    assert isinstance(json.loads(capsys.readouterr().out)["results"], list)


@pytest.mark.slow   # rebuilds the literature graph around curators' decisions
def test_review_page_confirms_corrects_and_rejects(built, tmp_path, monkeypatch, capsys):
    from app_pages import page_test
    from state_reset import reset_store_cache

    folder = tmp_path / "d"
    shutil.copytree(built, folder)
    reset_store_cache()
    at = page_test(monkeypatch, folder, "6_Review_facts.py").run()
    assert not at.exception, at.exception
    assert "0 of" in at.get("progress")[0].proto.text
    first = at.session_state["rv_index"]
    at.button[2].click().run()                          # Confirm (Previous, Next, Confirm, Reject, …)
    assert not at.exception and any("confirmed" in s.value for s in at.success)
    # the reason and the click go in one rerun, as a browser sends them
    next(t for t in at.text_input if t.label.startswith("Reason")).input("not a measurement: a DFT value")
    next(b for b in at.button if b.label == "Reject").click().run()
    assert not at.exception and any("rejected" in s.value for s in at.success), [e.value for e in at.error]
    capsys.readouterr()
    rows = _facts(folder, capsys)
    assert sum(r["status"] == "confirmed" for r in rows) == 1
    assert first == 0
    reset_store_cache()


@pytest.mark.slow   # rebuilds the literature graph around curators' decisions
def test_python_and_json_apis_read_statuses_and_writes_need_a_user(built, tmp_path, monkeypatch):
    import urllib.request

    from kg.store import open_store
    from ui.api import HydrideKG
    from ui.auth import hash_password
    from ui.http_api import serve_in_thread

    folder = tmp_path / "d"
    shutil.copytree(built, folder)
    with open_store("ladybug", data_dir=folder) as store:
        api = HydrideKG(store=store, data_dir=str(folder))
        facts = api.facts(table="Table 1")
        assert facts and all(f["tbl"] == "Table 1" for f in facts)
        decision = api.decide(facts[0]["fact_id"], "confirmed")
        assert decision["status"] == "confirmed" and api.fact_history(facts[0]["fact_id"])[0]["revision"] == 1
        assert [f["status"] for f in api.facts(status="confirmed")] == ["confirmed"]
        server = serve_in_thread(api)
        try:
            with urllib.request.urlopen(f"{server.url}/api/facts?status=confirmed", timeout=60) as resp:
                body = json.loads(resp.read())
            assert body["total"] == 1 and body["facts"][0]["fact_id"] == facts[0]["fact_id"]
        finally:
            server.shutdown()
            server.server_close()
        users = tmp_path / "users.toml"
        users.write_text(f'[users.ana]\npassword_hash = "{hash_password("a long password")}"\n')
        monkeypatch.setenv("HKG_AUTH_FILE", str(users))
        signed_out = HydrideKG(store=store, data_dir=str(folder))
        with pytest.raises(Exception, match="sign in"):
            signed_out.decide(facts[1]["fact_id"], "confirmed")
        signed_out.sign_in("ana", "a long password")
        assert signed_out.decide(facts[1]["fact_id"], "confirmed")["author"] == "ana"


def test_bench_scores_the_extraction_against_curators_fixes():
    from ui.cli.extract import score_corrections

    rows = [{"property": "dehydrogenation_activation_energy", "value": 43.0, "value_max": None,
             "material": "MgH2", "source": {"section": "2", "table": None, "row": None, "start": 100}},
            {"property": "dehydrogenation_activation_energy", "value": 75.0, "value_max": None,
             "material": "MgH2", "source": {"section": "2", "table": None, "row": None, "start": 300}}]
    lines = [{"status": "corrected", "section": "2", "table": None, "row": None,
              "expected": {"property": "dehydrogenation_activation_energy", "value": 43.0, "value_max": None,
                           "system": "MgH2 + 5 wt% TiO2"}},
             {"status": "corrected", "section": "2", "table": None, "row": None,
              "expected": {"property": "dehydrogenation_activation_energy", "value": 61.0, "value_max": None,
                           "system": "MgH2"}},
             {"status": "rejected", "extracted": {"property": "dehydrogenation_activation_energy", "value": 75.0,
                                                  "start": 300}}]
    assert score_corrections(rows, lines) == {"corrected": 2, "right_now": 1, "rejected": 1, "still_extracted": 1}


# ------------------------------------------------------------------ a decision updates only its fact
def _source_batch() -> GraphBatch:
    from ontology.models import SystemReport

    def at(system, value, start, prop="dehydrogenation_activation_energy", unit="kJ/mol"):
        return Measurement(property=prop, value=value, unit=unit, system=parse_system(system),
                           source=SourceRef(source_id=SRC, section="2", start=start, end=start + 80, refs=["3"]))

    place = SourceRef(source_id=SRC, section="2", start=100, end=180, refs=["3"])
    return GraphBatch(
        sources=[Source(id=SRC, kind="publication", title="A test paper")],
        reports=[SystemReport(system=parse_system("MgH2 + 5 wt% Ti3Nb2O9"), strategies=["MetalCatalysis"],
                              source=place)],
        measurements=[
            at("MgH2 + 5 wt% Ti3Nb2O9", 43.0, 100), at("MgH2 + 5 wt% Ti3Nb2O9", 250.0, 100,
                                                       "onset_dehydrogenation_temperature", "degC"),
            at("MgH2", 160.0, 300),                      # to confirm
            at("LiBH4 + 10 wt% Zr5Ni7Cu", 56.0, 500),   # to fix the value of
            at("Mg2NiH4", 75.0, 700),                    # to move to another host (its system goes)
            at("LiBH4 + 10 wt% Zr5Ni7Cu", 300.0, 900, "onset_dehydrogenation_temperature", "degC"),
            at("NaAlH4 + 2 mol% Ce9Co4", 90.0, 1100),   # to reject (its system and material go)
        ])


def _graph(store) -> list:
    return sorted(repr(r) for r in store.dump())


def _backends():
    import os

    return ["ladybug", pytest.param("neo4j", marks=[pytest.mark.neo4j, pytest.mark.skipif(
        not os.environ.get("NEO4J_URI"), reason="NEO4J_URI is not set: no live Neo4j to test against")])]


@pytest.fixture(params=_backends())
def fresh_store(request, tmp_path, ontology_store):
    """Stores holding the schema and the ontology only (an embedded one: a copy of the run's)."""
    from kg import schema
    from kg.store import open_store

    def opened(name):
        if request.param == "ladybug":
            return open_store("ladybug", data_dir=shutil.copytree(ontology_store, tmp_path / name))
        st = open_store("neo4j")
        with st._driver.session() as session:
            for label in (*schema.labels(), schema.META_LABEL):
                session.run(f"MATCH (n:{label}) DETACH DELETE n").consume()
        st.ensure_schema()
        st.load_ontology()
        return st

    return opened


@pytest.mark.slow   # rebuilds the literature graph around curators' decisions
def test_a_decision_updates_its_fact_as_a_rebuild_would(fresh_store, tmp_path):
    from kg.curation import curated, decide_and_reload
    from kg.literature import Literature

    data, empty = tmp_path / "data", tmp_path / "no-snapshot"
    empty.mkdir()
    extracted = _source_batch()
    by_value = {m.value: m.fact_id for m in extracted.measurements}
    steps = [(by_value[160.0], "confirmed", {}),
             (by_value[56.0], "corrected", {"value": 65, "unit": "kJ/mol"}),
             (by_value[75.0], "corrected", {"system": "MgH2 + 7 wt% Ti3Nb2O9"}),
             (by_value[90.0], "rejected", {}),
             (by_value[43.0], "corrected", {"system": "MgH2"})]      # its system stays (another fact is on it)
    with fresh_store("decided") as store:
        Literature(store, data).ingest(None, batch=extracted)
        reloads: list = []
        store.replace_source = lambda *a, **k: reloads.append(a)     # a decision must not reload the source
        for n, (fid, status, fields) in enumerate(steps):
            decide_and_reload(store, data, fid, status, author="ana", reason="checked", fields=fields or None,
                              snapshot_dir=empty)
            decided = _graph(store)
            with fresh_store(f"rebuilt-{n}") as other:          # schema and ontology, as a build loads
                other.replace_source(curated(extracted, data)[0])
                rebuilt = _graph(other)
                assert decided == rebuilt, (f"after {status} of {fid}", sorted(set(decided) - set(rebuilt)),
                                            sorted(set(rebuilt) - set(decided)))
        assert reloads == []
        held = store.query("MATCH (m:Measurement) WHERE m.fact_id = $f RETURN m.value AS v, m.status AS s",
                           {"f": by_value[56.0]})
        assert held == [{"v": 65.0, "s": "corrected"}]          # a corrected value keeps its fact's id
        names = {r["name"] for r in store.query("MATCH (s:System) RETURN s.name AS name")}
        assert parse_system("NaAlH4 + 2 mol% Ce9Co4").name not in names      # rejected: its system is gone
        assert parse_system("Mg2NiH4").name not in names                     # moved: its old system is gone
        assert parse_system("MgH2 + 7 wt% Ti3Nb2O9").name in names
        materials = {r["id"] for r in store.query("MATCH (m:Material) RETURN m.id AS id")}
        assert not any("Ce9Co4" in m for m in materials)
        assert any("Ti3Nb2O9" in m for m in materials)


def test_decisions_update_the_graph_one_at_a_time(tmp_path):
    """While one decision writes the graph, another process cannot start its own (it would write a
    system's rows from decisions read before the first was stored)."""
    import subprocess
    import sys

    from kg.curation import decide_and_reload
    from kg.literature import Literature
    from kg.store import open_store

    data, empty = tmp_path / "data", tmp_path / "no-snapshot"
    empty.mkdir()
    extracted = _source_batch()
    fid = next(m.fact_id for m in extracted.measurements if m.value == 160.0)
    probe = ("import sys; from filelock import FileLock, Timeout\n"
             "try:\n    FileLock(sys.argv[1], timeout=0).acquire()\nexcept Timeout:\n    sys.exit(3)\n")
    seen: list[int] = []
    with open_store("ladybug", data_dir=tmp_path / "graph") as store:
        Literature(store, data).ingest(None, batch=extracted)
        real = store.replace_facts

        def replace_facts(*a, **k):
            seen.append(subprocess.run([sys.executable, "-c", probe, str(data / "curation-graph.lock")]).returncode)
            return real(*a, **k)

        store.replace_facts = replace_facts
        decide_and_reload(store, data, fid, "confirmed", author="ana", snapshot_dir=empty)
    assert seen == [3]                                         # held by the decision while it wrote
    assert subprocess.run([sys.executable, "-c", probe, str(data / "curation-graph.lock")]).returncode == 0


def test_the_review_queue_order_does_not_depend_on_the_stores_row_order():
    """Facts of one sentence share its confidence and start; the store returns rows in no fixed order
    and a decision rewrites its fact, so ties are broken by the fact id (the queue must not reshuffle
    between a curator's two clicks)."""
    from kg.curation import select_facts

    rows = [{"fact_id": f, "source_id": SRC, "section": "2", "tbl": None, "property": "x", "host": "MgH2",
             "status": None, "confidence": 0.6, "start": 100} for f in ("fact-b", "fact-a", "fact-c")]
    assert [r["fact_id"] for r in select_facts(rows)] == ["fact-a", "fact-b", "fact-c"]
    assert [r["fact_id"] for r in select_facts(rows[::-1])] == ["fact-a", "fact-b", "fact-c"]
