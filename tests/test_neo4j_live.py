"""The Neo4j backend against a live server: runs only when NEO4J_URI is set (with NEO4J_USER and
NEO4J_PASSWORD), e.g. the one ``docker compose up`` starts. The database it points at is wiped of
HydrideKG labels first: use a scratch database. The credential checks run everywhere."""
from __future__ import annotations

import os

import pytest
from test_store import EVIL, make_batch

from kg.neo4j_store import check_credentials
from kg.store import StoreError, open_store

LIVE = os.environ.get("NEO4J_URI")
live = pytest.mark.skipif(not LIVE, reason="NEO4J_URI is not set: no live Neo4j to test against "
                                           "(start one with 'docker compose up neo4j' and export NEO4J_URI, "
                                           "NEO4J_USER, NEO4J_PASSWORD)")


@pytest.mark.parametrize("user,password", [("neo4j", "neo4j"), ("neo4j", "password"), ("admin", "neo4j")])
def test_default_credentials_are_refused(user, password):
    with pytest.raises(StoreError, match="default credentials"):
        check_credentials("bolt://localhost:7687", user, password)


def test_missing_settings_are_named():
    with pytest.raises(StoreError, match="NEO4J_URI"):
        check_credentials(None, "u", "p")
    with pytest.raises(StoreError, match="NEO4J_PASSWORD"):
        check_credentials("bolt://localhost:7687", "u", None)


@pytest.fixture()
def neo4j_store():
    from kg import schema

    st = open_store("neo4j")
    with st._driver.session() as session:
        for label in (*schema.labels(), schema.META_LABEL):
            session.run(f"MATCH (n:{label}) DETACH DELETE n").consume()
    st.ensure_schema()
    st.load_ontology()
    yield st
    st.close()


@pytest.mark.neo4j
@live
def test_load_twice_and_queries(neo4j_store):
    from kg.gaps.read import read_rows

    neo4j_store.load(make_batch())
    before, dump = neo4j_store.stats()["counts"], list(neo4j_store.dump())
    neo4j_store.load(make_batch())
    assert neo4j_store.stats()["counts"] == before and list(neo4j_store.dump()) == dump
    rows = read_rows(neo4j_store)
    assert len(rows["systems"]) == 3 and len(rows["measurements"]) == 3
    with pytest.raises(StoreError):
        neo4j_store.query("MATCH (n) DETACH DELETE n")
    assert neo4j_store.query("MATCH (s:Source) WHERE s.title = $t RETURN count(s) AS n", {"t": EVIL}) == [{"n": 0}]


@pytest.mark.neo4j
@live
def test_same_dump_as_the_embedded_store(neo4j_store, tmp_path):
    neo4j_store.load(make_batch())
    with open_store("ladybug", data_dir=tmp_path / "g") as lb:
        lb.load(make_batch())
        assert list(lb.dump()) == list(neo4j_store.dump())


@pytest.mark.neo4j
@live
def test_failed_load_is_rolled_back(neo4j_store, monkeypatch):
    neo4j_store.load(make_batch())
    before = list(neo4j_store.dump())
    from kg import statements

    real = statements.upsert_rels
    monkeypatch.setattr(statements, "upsert_rels", lambda *a: real(*a) + "\nRETURN 1/0 AS boom")
    with pytest.raises(StoreError, match="rolled back"):
        neo4j_store.load(make_batch(source="doi:10.1000/other"))
    monkeypatch.undo()
    assert list(neo4j_store.dump()) == before


# ---------------------------------------------------- without a server: how the driver is used
class _FakeTx:
    def __init__(self, log, fail_on=None):
        self.log, self.fail_on, self.committed = log, fail_on, False

    def run(self, cypher, params=None):
        from neo4j.exceptions import Neo4jError

        self.log.append(("tx", cypher.split("\n")[0]))
        if self.fail_on and self.fail_on in cypher:
            raise Neo4jError("injected")
        return self

    def consume(self):
        return None

    def __iter__(self):
        return iter([])

    def commit(self):
        self.committed = True
        self.log.append(("commit", ""))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if not self.committed:
            self.log.append(("rollback", ""))


class _FakeSession:
    def __init__(self, log, fail_on):
        self.log, self.fail_on = log, fail_on

    def execute_read(self, work):
        self.log.append(("read", ""))
        return work(_FakeTx(self.log))

    def run(self, cypher, params=None):
        self.log.append(("auto", cypher))
        return _FakeTx(self.log)

    def begin_transaction(self):
        return _FakeTx(self.log, self.fail_on)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass


@pytest.fixture()
def fake_neo4j(monkeypatch):
    import neo4j

    state = {"log": [], "fail_on": None, "sessions": []}

    class Driver:
        def verify_connectivity(self):
            pass

        def session(self, **kw):
            state["sessions"].append(kw)
            return _FakeSession(state["log"], state["fail_on"])

        def close(self):
            pass

    monkeypatch.setattr(neo4j.GraphDatabase, "driver", staticmethod(lambda uri, auth: Driver()))
    return state


def test_queries_run_in_read_transactions(fake_neo4j):
    st = open_store("neo4j", uri="bolt://x:7687", user="hkg", password="s3cret-not-default")
    st.query("MATCH (s:Source) RETURN s.id AS id")
    assert fake_neo4j["log"] == [("read", ""), ("tx", "MATCH (s:Source) RETURN s.id AS id")]
    with pytest.raises(StoreError):
        st.query("MATCH (n) DETACH DELETE n")


def test_a_load_is_one_transaction_committed_only_on_success(fake_neo4j, monkeypatch):
    st = open_store("neo4j", uri="bolt://x:7687", user="hkg", password="s3cret-not-default")
    monkeypatch.setattr(st, "_has_ontology", lambda: True)
    log = fake_neo4j["log"]
    # the schema comes first, as auto-commit statements, and the store is stamped with its version
    st.ensure_schema()
    assert [k for k, _ in log if k == "auto"] and all(c.startswith(("CREATE CONSTRAINT", "CREATE INDEX")) for k, c in log if k == "auto")
    assert any("schema_version" in c for k, c in log if k == "tx")
    log.clear()
    st.load(make_batch())
    assert [k for k, _ in log if k in ("commit", "rollback")] == ["commit"]
    assert not any("CAST(" in c for _, c in log)
    log.clear()
    fake_neo4j["fail_on"] = "HAS_HOST"
    with pytest.raises(StoreError, match="rolled back"):
        st.load(make_batch())
    assert [k for k, _ in log if k in ("commit", "rollback")] == ["rollback"]


def test_console_queries_run_in_a_read_session(fake_neo4j):
    from neo4j import READ_ACCESS

    from kg.neo4j_store import Neo4jStore

    store = Neo4jStore("bolt://x", "hkg", "s3cret-pass")
    store.query("MATCH (s:Source) RETURN s.id AS id")
    assert fake_neo4j["sessions"][-1]["default_access_mode"] == READ_ACCESS
    assert ("read", "") in fake_neo4j["log"]
    with pytest.raises(StoreError, match="LOAD"):
        store.query("MATCH (s) LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l")
