"""The embedded graph store: schema, idempotent atomic loads, the read-only guard, stats, dump/restore,
locking, and the gap/analog/source statements of other modules running on it."""
from __future__ import annotations

import json

import pytest

from kg import schema
from kg.store import StoreError, check_read_only, open_store
from ontology.models import (
    Amount,
    ChallengeStatement,
    Component,
    Conflict,
    GraphBatch,
    MaterialSystem,
    Measurement,
    Reference,
    Source,
    SourceRef,
    SystemReport,
)
from ontology.vocabulary import vocabulary

EVIL = "O'Brien\"}) MATCH (n) DETACH DELETE n // `x` $p \\' ; DROP TABLE System"


def term(label: str, kind: str) -> str:
    t = vocabulary().lookup(label, kind)
    assert t is not None, f"ontology has no {kind} labelled {label!r}"
    return t.id


def make_batch(source: str = "doi:10.1000/test1", title: str = "Catalysed MgH2", year: int = 2021) -> GraphBatch:
    """Two papers' worth of facts about MgH2 systems, with every kind of record."""
    vocab = vocabulary()
    mgh2 = Component(formula="MgH2", term=vocab.by_formula("MgH2").id, text="MgH2")
    nb2o5 = Component(formula="Nb2O5", term=vocab.by_formula("Nb2O5").id, text="Nb2O5",
                      amount=Amount(value=5, unit="mol%"), additive_class="Oxide")
    unknown = Component(formula="Xq3Zr", text="Xq3Zr", amount=Amount(value=10, unit="wt%"))
    s_cat = MaterialSystem(text="MgH2–5 mol% Nb2O5", name="MgH2–5mol%Nb2O5", host=mgh2, additives=[nb2o5])
    s_odd = MaterialSystem(text="MgH2 + 10 wt% Xq3Zr", name="MgH2–10wt%Xq3Zr", host=mgh2, additives=[unknown])
    s_bare = MaterialSystem(text="MgH2", name="MgH2", host=mgh2)
    at = SourceRef(source_id=source, section="2.1", table="Table 1", row=3, refs=["21b", "22"], start=10, end=40)
    return GraphBatch(
        sources=[Source(id=source, kind="publication", title=title, year=year, authors=["A. Author", "B. Author"],
                        doi=source.removeprefix("doi:"))],
        references=[Reference(key="21b", source_id=source, authors=["Author, A."], journal="J. Test", year=2019)],
        reports=[SystemReport(system=s_cat, strategies=[term("catalysis", "Strategy")],
                              mechanisms=[term("spillover effect", "Mechanism")],
                              applications=["HydrogenStorage"], source=at)],
        measurements=[
            Measurement(property="dehydrogenation_activation_energy", value=70.0, unit="kJ/mol", system=s_cat,
                        source=at, technique="DSC", conditions={"heating_rate": 5}),
            Measurement(property="onset_dehydrogenation_temperature", value=473.15, value_max=493.15, unit="K",
                        system=s_odd, source=SourceRef(source_id=source, section="3")),
            Measurement(property="onset_dehydrogenation_temperature", value=300.0, unit="degC", system=s_bare,
                        baseline=True, source=SourceRef(source_id=source, section="3", refs=["21b"])),
        ],
        conflicts=[Conflict(kind="table_host_vs_prose", description="host differs", source=at,
                            candidates=["MgH2", "Mg"], chosen="MgH2")],
        challenges=[ChallengeStatement(challenge="HighOperatingTemperature", entities=[mgh2.term],
                                       source=SourceRef(source_id=source, section="5", start=1, end=9))],
    )


@pytest.fixture()
def loaded(empty_store):
    empty_store.load(make_batch())
    return empty_store


@pytest.fixture(scope="module")
def shared(ontology_store, tmp_path_factory):
    """``loaded``, made once and shared by the tests that only read it (a load costs about a second)."""
    import shutil

    folder = shutil.copytree(ontology_store, tmp_path_factory.mktemp("loaded") / "graph")
    with open_store("ladybug", data_dir=folder) as st:
        st.load(make_batch())
        yield st


def counts(empty_store) -> dict:
    return empty_store.stats()["counts"]


# ------------------------------------------------------------------------------------- schema
def test_schema_has_every_label_and_rel_type(empty_store):
    tables = {r["name"]: r["type"] for r in empty_store._read("CALL show_tables() RETURN name, type")}
    for label in schema.labels():
        assert tables.get(label) == "NODE", label
    for rel in schema.rel_types():
        assert tables.get(rel) == "REL", rel
    empty_store.ensure_schema()  # a second time is harmless


def test_schema_follows_the_ontology():
    kinds = {"Material", "Strategy", "Mechanism", "Property", "Challenge"}
    assert kinds <= set(schema.labels())
    cols = schema.node_tables()["Measurement"].names
    for key in vocabulary().condition_keys():
        assert f"cond_{key}" in cols


def test_ontology_terms_and_is_a(empty_store):
    c = counts(empty_store)
    for kind in ("Material", "Strategy", "Property"):
        assert c[kind] == len(vocabulary().terms(kind))
    mgh2 = vocabulary().by_formula("MgH2")
    rows = empty_store.query("MATCH (m:Material)-[:IS_A]->(p:Material) WHERE m.id = $id RETURN p.id AS parent",
                       {"id": mgh2.id})
    assert {r["parent"] for r in rows} == set(mgh2.parents)


# -------------------------------------------------------------------------------------- loads
def test_load_creates_the_graph(shared):
    c = counts(shared)
    assert (c["System"], c["Measurement"], c["Source"], c["Reference"], c["Conflict"],
            c["ChallengeStatement"]) == (3, 3, 1, 1, 1, 1)
    rows = shared.query("MATCH (s:System)-[a:HAS_ADDITIVE]->(x:Material) RETURN s.name AS name, x.id AS x, "
                        "a.amount AS amount, a.amount_unit AS unit, a.additive_class AS cls ORDER BY name")
    assert rows[0] == {"name": "MgH2–10wt%Xq3Zr", "x": "mat:Xq3Zr", "amount": 10.0, "unit": "wt%", "cls": None}
    assert rows[1]["x"] == vocabulary().by_formula("Nb2O5").id and rows[1]["cls"] == "Oxide"
    m = shared.query("MATCH (m:Measurement)-[:OF_SYSTEM]->(s:System) WHERE s.name = $n "
                     "RETURN m.value AS v, m.value_max AS vmax, m.unit AS unit", {"n": "MgH2–10wt%Xq3Zr"})
    assert m == [{"v": pytest.approx(200.0), "vmax": pytest.approx(220.0), "unit": "degC"}]  # stored canonically
    cond = shared.query("MATCH (m:Measurement) WHERE m.cond_heating_rate IS NOT NULL "
                        "RETURN m.cond_heating_rate AS r, m.refs AS refs")
    assert cond[0]["r"] == 5.0 and cond[0]["refs"] == ["21b", "22"]
    cites = shared.query("MATCH (m:Measurement)-[:CITES]->(r:Reference) RETURN r.key AS key")
    assert [r["key"] for r in cites] == ["21b", "21b"]  # ref '22' is not in the reference list: no edge


def test_load_twice_changes_nothing(loaded):
    before, dump_before = counts(loaded), list(loaded.dump())
    loaded.load(make_batch())
    assert counts(loaded) == before
    assert list(loaded.dump()) == dump_before


def test_load_without_ontology_loads_the_terms_too(tmp_path):
    with open_store("ladybug", data_dir=tmp_path / "g") as st:
        st.load(make_batch())
        assert st.query("MATCH (:System)-[:HAS_HOST]->(h:Material) RETURN DISTINCT h.formula AS f") == [{"f": "MgH2"}]


def test_failed_load_leaves_the_store_unchanged(loaded, monkeypatch):
    before, dump_before = counts(loaded), list(loaded.dump())
    real = loaded._execute
    calls = {"n": 0}

    def failing(conn, cypher, params):
        calls["n"] += 1
        if calls["n"] == 8:  # after several upserts of the transaction have run
            raise RuntimeError("injected failure")
        return real(conn, cypher, params)

    monkeypatch.setattr(loaded, "_execute", failing)
    with pytest.raises(StoreError, match="rolled back"):
        loaded.load(make_batch(source="doi:10.1000/other", title="Other"))
    monkeypatch.undo()
    assert calls["n"] > 8  # the failure hit mid-transaction (then ROLLBACK ran)
    assert counts(loaded) == before
    assert list(loaded.dump()) == dump_before
    loaded.load(make_batch(source="doi:10.1000/other", title="Other"))  # the store still works
    assert counts(loaded)["Source"] == 2


def test_loads_are_batched(empty_store, monkeypatch):
    import kg.store as ks

    monkeypatch.setattr(ks, "BATCH_ROWS", 2)
    seen = []
    empty_store.load(make_batch(), progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and len(seen) > 10
    assert counts(empty_store)["Measurement"] == 3


# --------------------------------------------------------------------------------- read-only
@pytest.mark.parametrize("cypher", [
    "CREATE (n:Source {id: 'x'})",
    "match (n) detach delete n",
    "MATCH (n:Source) SET n.title = 'x' RETURN n",
    "MATCH (n:Source) REMOVE n.title",
    "MERGE (n:Source {id: 'x'})",
    "MATCH (n) WITH n /* harmless */ DELETE n",
    "MATCH (n) RETURN n UNION ALL MATCH (m) Merge (k:Source {id: 'y'}) RETURN k",
    "CALL { CREATE (n:Source {id: 'x'}) }",
    "CALL{create (n:Source {id: 'x'})} RETURN 1",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
    "CALL dbms.security.createUser('x', 'y')",
    "DROP TABLE System",
    "COPY Source FROM 'evil.csv'",
    "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    "MATCH (n) RETURN n; MATCH (m) DETACH DELETE m",
    "MATCH (n) FOREACH (x IN [1] | SET n.a = 1)",
    "BEGIN TRANSACTION",
    "MATCH (n) RETURN n // comment\nCREATE (x:Source {id: 'z'})",
    "CALL show_tables() RETURN name",
    "",
])
def test_query_refuses_writes(shared, cypher):
    before = counts(shared)
    with pytest.raises(StoreError):
        shared.query(cypher)
    assert counts(shared) == before


@pytest.mark.parametrize("cypher", [
    "MATCH (s:Source) WHERE s.title <> 'CREATE (x) DELETE y' RETURN s.id AS id",
    "MATCH (s:Source) // SET s.title = 1\nRETURN s.id AS id",
    "MATCH (s:Source) /* MERGE (n) */ RETURN s.id AS id",
    "MATCH (s:Source) WHERE s.id STARTS WITH 'doi' RETURN s.id AS id, s.created AS created",
])
def test_query_allows_reads_that_mention_write_words(shared, cypher):
    check_read_only(cypher)
    shared.query(cypher)


def test_read_only_store_refuses_loads(tmp_path):
    with open_store("ladybug", data_dir=tmp_path / "g") as st:
        st.load(make_batch())
    with open_store("ladybug", data_dir=tmp_path / "g", read_only=True) as ro:
        assert counts(ro)["System"] == 3
        with pytest.raises(StoreError, match="read-only"):
            ro.load(make_batch(source="doi:10.1000/x"))


def test_read_only_open_of_missing_store_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="hkg build"):
        open_store("ladybug", data_dir=tmp_path / "nothing", read_only=True)


def test_unknown_store_kind():
    with pytest.raises(StoreError, match="unknown store"):
        open_store("mongodb")


# --------------------------------------------------------------------------------- injection
def test_injection_strings_stay_data(empty_store):
    batch = make_batch(source="doi:10.1000/evil", title=EVIL)
    batch.measurements[0].system.text = EVIL
    empty_store.load(batch)
    before = counts(empty_store)
    rows = empty_store.query("MATCH (s:Source) WHERE s.title = $t RETURN s.id AS id, s.title AS title", {"t": EVIL})
    assert rows == [{"id": "doi:10.1000/evil", "title": EVIL}]
    assert empty_store.query("MATCH (s:System) WHERE s.text = $t RETURN count(s) AS n", {"t": EVIL}) == [{"n": 1}]
    assert empty_store.query("MATCH (s:Source) WHERE s.id = $id RETURN s.id AS id", {"id": "x' OR 1=1 //"}) == []
    assert counts(empty_store) == before


# ------------------------------------------------------------------------------------- stats
def test_stats(loaded):
    stats = loaded.stats()
    assert stats["counts"]["Measurement"] == 3
    assert set(stats["counts"]) == set(schema.labels())
    assert [s["id"] for s in stats["sources"]] == ["doi:10.1000/test1"]
    assert stats["sources"][0]["year"] == 2021
    first = stats["last_update"]
    assert first and first[:4].isdigit()
    loaded.load(make_batch(source="doi:10.1000/later"))
    assert loaded.stats()["last_update"] >= first


def test_stats_on_empty_store(empty_store):
    stats = empty_store.stats()
    assert stats["counts"]["System"] == 0 and stats["sources"] == []


# -------------------------------------------------------------------------------- dump/restore
def test_dump_records(shared):
    records = list(shared.dump())
    nodes = [r for r in records if r["type"] == "node"]
    rels = [r for r in records if r["type"] == "rel"]
    src = next(r for r in nodes if r["label"] == "Source")
    assert src["props"]["authors"] == ["A. Author", "B. Author"] and src["props"]["year"] == 2021
    host = next(r for r in rels if r["rel"] == "HAS_HOST")
    assert (host["from_label"], host["to_label"]) == ("System", "Material")
    json.dumps(records)  # plain JSON all the way down


@pytest.mark.slow   # dumps, restores and dumps the whole graph
def test_restore_gives_an_identical_dump(shared, tmp_path):
    records = list(shared.dump())
    with open_store("ladybug", data_dir=tmp_path / "copy") as copy:
        copy.restore(records)
        assert list(copy.dump()) == records
        copy.restore(records)  # idempotent too
        assert list(copy.dump()) == records


def test_restore_refuses_bad_records_and_writes_nothing(empty_store):
    before = counts(empty_store)
    with pytest.raises(StoreError, match="record 2"):
        empty_store.restore([{"type": "node", "label": "Source", "id": "s1", "props": {"title": "ok", "kind": "publication"}},
                       {"type": "node", "label": "Nope", "id": "x", "props": {}}])
    with pytest.raises(StoreError, match="no column"):
        empty_store.restore([{"type": "node", "label": "Source", "id": "s1", "props": {"bogus": 1}}])
    assert counts(empty_store) == before


@pytest.mark.slow   # backs up and restores a loaded graph through the CLI
def test_cli_backup_and_restore(loaded, tmp_path, capsys):
    from ui.cli import main

    data_dir = str(loaded.data_dir)
    records = list(loaded.dump())
    loaded.close()  # the CLI opens the store itself
    assert main(["backup", "--data-dir", data_dir, str(tmp_path / "bk")]) == 0
    assert main(["backup", "--data-dir", data_dir, str(tmp_path / "bk")]) == 2  # no silent overwrite
    assert main(["restore", "--data-dir", str(tmp_path / "restored"), str(tmp_path / "bk")]) == 0
    with open_store("ladybug", data_dir=tmp_path / "restored", read_only=True) as st:
        assert list(st.dump()) == records


def test_cli_query_and_stats(loaded, capsys):
    from ui.cli import main

    data_dir = str(loaded.data_dir)
    loaded.close()
    capsys.readouterr()
    assert main(["query", "--data-dir", data_dir, "MATCH (s:Source) WHERE s.year >= $y RETURN s.id AS id",
                 "--param", "y=2000"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"id": "doi:10.1000/test1"}]
    assert main(["query", "--data-dir", data_dir, "MATCH (n) DETACH DELETE n"]) == 2
    assert "refused" in capsys.readouterr().err
    assert main(["stats", "--data-dir", data_dir, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["System"] == 3


# ------------------------------------------------------------------------------------- locking
@pytest.mark.slow   # waits out a lock timeout
def test_a_writer_waits_for_the_lock_then_gets_a_clear_error(loaded, monkeypatch):
    from filelock import FileLock

    from kg.ladybug_store import HOLDER_NAME, LOCK_NAME

    monkeypatch.setenv("HKG_LOCK_TIMEOUT", "0.3")
    other = FileLock(str(loaded.data_dir / LOCK_NAME))  # another writer holding the lock
    other.acquire()
    (loaded.data_dir / HOLDER_NAME).write_text("pid 4242\n")
    try:
        with pytest.raises(StoreError, match="being written by pid 4242"):
            loaded.load(make_batch(source="doi:10.1000/blocked"))
    finally:
        other.release()
    assert counts(loaded)["Source"] == 1  # nothing half-written
    loaded.load(make_batch(source="doi:10.1000/blocked"))  # once the lock is free, it goes through
    assert counts(loaded)["Source"] == 2


@pytest.mark.slow   # two store handles writing turn by turn
def test_two_stores_on_one_folder_see_each_others_writes(loaded):
    with open_store("ladybug", data_dir=loaded.data_dir) as other, \
            open_store("ladybug", data_dir=loaded.data_dir, read_only=True) as reader:
        assert counts(other)["Source"] == 1
        other.load(make_batch(source="doi:10.1000/second"))
        assert counts(loaded)["Source"] == 2 and counts(reader)["Source"] == 2
        loaded.load(make_batch(source="doi:10.1000/third"))
        assert counts(other)["Source"] == 3 and counts(reader)["Source"] == 3


_WRITER = """
import sys
sys.path[:0] = [{root!r}, {tests!r}]
from kg.store import open_store
from test_store import make_batch
with open_store("ladybug", data_dir={folder!r}) as st:
    for i in range(3):
        st.load(make_batch(source=f"doi:10.1000/w{{sys.argv[1]}}-{{i}}"))
"""


@pytest.mark.slow   # load run: three writer processes
def test_concurrent_writer_processes_lose_nothing(loaded):
    import subprocess
    import sys
    from pathlib import Path

    here = Path(__file__).resolve().parent
    code = _WRITER.format(root=str(here.parent), tests=str(here), folder=str(loaded.data_dir))
    procs = [subprocess.Popen([sys.executable, "-c", code, str(n)], stderr=subprocess.PIPE, text=True)
             for n in range(3)]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    ids = {r["id"] for r in loaded.query("MATCH (s:Source) RETURN s.id AS id")}
    assert ids == {"doi:10.1000/test1", *(f"doi:10.1000/w{n}-{i}" for n in range(3) for i in range(3))}


# ----------------------------------------------------------------- other modules' statements
def test_gap_report_queries_run_on_the_store(shared):
    from kg.gaps import build_report
    from kg.gaps.read import read_rows

    rows = read_rows(shared)
    assert len(rows["systems"]) == 3 and len(rows["measurements"]) == 3
    cat = next(s for s in rows["systems"] if s.name == "MgH2–5mol%Nb2O5")
    assert cat.strategies == [term("catalysis", "Strategy")] and cat.additive_classes == ["Oxide"]
    assert cat.sources == ["doi:10.1000/test1"] and cat.applications == ["HydrogenStorage"]
    m = next(m for m in rows["measurements"] if m.property == "dehydrogenation_activation_energy")
    assert m.refs == ["21b", "22"] and m.conditions == {"heating_rate": 5.0} and m.table == "Table 1"
    assert rows["challenges"][0]["challenge"] == "HighOperatingTemperature"
    assert rows["conflicts"][0]["candidates"] == ["MgH2", "Mg"]
    report = build_report(shared)
    assert report.version.backend == "ladybug" and report.version.counts["measurements"] == 3


def test_analog_and_source_statements_run_on_the_store(shared):
    from kg.analogs import questions, reader
    from kg.sources import SOURCE_FACTS, SOURCE_REFERENCES, SOURCES_LIST

    systems, cols, sources = reader.read_rows(shared)
    assert len(systems) == 3 and len(cols["system"]) == 3 and "doi:10.1000/test1" in sources
    below = questions.additives_below(shared, "MgH2", "dehydrogenation_activation_energy", "90 kJ/mol")
    assert [r["formula"] for r in below] == ["Nb2O5"]
    assert shared.query(SOURCES_LIST)[0]["id"] == "doi:10.1000/test1"
    facts = shared.query(SOURCE_FACTS, {"source": "doi:10.1000/test1"})
    assert len(facts) == 3 and any(f["end"] == 40 for f in facts)
    assert shared.query(SOURCE_REFERENCES, {"source": "doi:10.1000/test1"})[0]["key"] == "21b"


# ------------------------------------------------------------------------------------- opening
def test_open_store_reads_the_environment(tmp_path, monkeypatch):
    from kg.settings import default_data_dir

    monkeypatch.setenv("HKG_STORE", "ladybug")
    monkeypatch.setenv("HKG_DATA_DIR", str(tmp_path / "env-dir"))
    with open_store() as st:
        assert st.backend == "ladybug" and st.data_dir == tmp_path / "env-dir"
    monkeypatch.delenv("HKG_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_data_dir() == tmp_path / "xdg" / "hydridekg"
    monkeypatch.setenv("HKG_STORE", "neo4j")
    monkeypatch.delenv("NEO4J_URI", raising=False)
    with pytest.raises(StoreError, match="NEO4J_URI"):
        open_store()


def test_schema_grows_with_the_ontology(tmp_path):
    """A store made before the ontology gained a condition key gets the new column, data kept."""
    import ladybug

    folder = tmp_path / "old"
    folder.mkdir()
    db = ladybug.Database(str(folder / "graph.lbdb"))
    conn = ladybug.Connection(db)
    conn.execute("CREATE NODE TABLE Measurement(id STRING, property STRING, PRIMARY KEY(id))")
    conn.execute("CREATE (:Measurement {id: 'old', property: 'reaction_enthalpy'})")
    conn.close()
    db.close()
    with open_store("ladybug", data_dir=folder) as st:
        st.ensure_schema()
        st.load(make_batch())
        assert counts(st)["Measurement"] == 4
        rows = st.query("MATCH (m:Measurement) WHERE m.cond_heating_rate IS NOT NULL RETURN m.id AS id")
        assert len(rows) == 1
