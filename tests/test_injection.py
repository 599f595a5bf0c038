"""Read-only console and `hkg query`: writes are refused by the guard AND by the read-only handle.

The guard (`kg.store.check_read_only`) is the first line; the second is that reads run on a
read-only database handle (LadybugDB) / in read transactions (Neo4j), so a write slipping past the
guard still fails. Both are tested: the second with the guard switched off.
"""
from __future__ import annotations

import json
import shutil

import pytest

import kg.store as kstore
from kg.store import StoreError, check_read_only, open_store
from tests.test_store import EVIL, make_batch
from ui.cli import main

HIDDEN_WRITES = [
    "cReAtE (n:Source {id: 'x'})",
    "MATCH (n)\tDETACH\nDELETE n",
    "MATCH (n:Source) WHERE n.id = 'a\\' ' CREATE (x:Source {id: 'y'}) RETURN x",
    "MATCH (n:Source) WHERE n.id = \"a\\\" \" SET n.title = 'z' RETURN n",
    "/* read only */ MERGE (n:Source {id: 'x'})",
    "MATCH (n) RETURN n /* unterminated comment hides nothing */ ; CREATE (m:Source {id: 'q'})",
    "MATCH (n:Source) RETURN n UNION MATCH (m:Source) SET m.title = 'x' RETURN m",
    "CALL db.clear()",
    "CALL `apoc`.create.node(['Source'], {id: 'x'})",
    "LoAd CsV FROM 'file:///etc/passwd' AS line RETURN line",
    "COPY (MATCH (n) RETURN n) TO '/tmp/leak.csv'",
    "ALTER TABLE Source ADD evil STRING",
]


@pytest.fixture(scope="module")
def graph_once(tmp_path_factory):
    """A small graph (the ontology and one batch) built once; each test attacks its own copy."""
    folder = tmp_path_factory.mktemp("injection") / "graph"
    with open_store("ladybug", data_dir=folder) as st:
        st.ensure_schema()
        st.load_ontology()
        st.load(make_batch())
        before = st.stats()["counts"]
    return folder, before


@pytest.fixture()
def graph(graph_once, tmp_path):
    folder, before = graph_once
    return shutil.copytree(folder, tmp_path / "graph"), before


def counts(folder) -> dict:
    with open_store("ladybug", data_dir=folder, read_only=True) as st:
        return st.stats()["counts"]


@pytest.mark.parametrize("cypher", HIDDEN_WRITES)
def test_guard_refuses_hidden_writes(cypher):
    with pytest.raises(StoreError, match="refused|empty|procedure|not allowed|read-only"):
        check_read_only(cypher)


@pytest.mark.parametrize("cypher", [
    "CREATE (n:Source {id: 'sneaky'})",
    "MATCH (n:Source) SET n.title = 'changed'",
    "MATCH (n:Source) DETACH DELETE n",
    "MERGE (n:Source {id: 'sneaky'})",
])
def test_reads_run_on_a_read_only_handle_even_without_the_guard(graph, monkeypatch, cypher):
    folder, before = graph
    monkeypatch.setattr(kstore, "check_read_only", lambda cypher: cypher)  # pretend the guard missed it
    with open_store("ladybug", data_dir=folder) as st:
        with pytest.raises(StoreError):
            st.query(cypher)
    assert counts(folder) == before
    with open_store("ladybug", data_dir=folder, read_only=True) as st:
        titles = st.query("MATCH (s:Source) RETURN s.title AS t")
    assert {r["t"] for r in titles} == {"Catalysed MgH2"}


@pytest.mark.parametrize("cypher", HIDDEN_WRITES[:6] + ["MATCH (n) DETACH DELETE n"])
def test_hkg_query_refuses_writes_and_leaves_the_graph(graph, capsys, cypher):
    folder, before = graph
    code = main(["query", "--data-dir", str(folder), cypher])
    err = capsys.readouterr().err
    assert code != 0
    assert "Traceback" not in err and err.strip()
    assert counts(folder) == before


def test_hkg_query_parameters_are_data(graph, capsys):
    folder, before = graph
    code = main(["query", "--data-dir", str(folder),
                 "MATCH (s:Source) WHERE s.title = $t RETURN s.id AS id, $t AS echo",
                 "--param", f"t={EVIL}"])
    assert code == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == []  # no source has that title; the text did not become query code
    code = main(["query", "--data-dir", str(folder), "RETURN $t AS echo", "--param", f"t={EVIL}"])
    assert code == 0
    assert json.loads(capsys.readouterr().out) == [{"echo": EVIL}]
    assert counts(folder) == before


def test_hkg_query_refuses_bad_parameter_names(graph, capsys):
    folder, _ = graph
    code = main(["query", "--data-dir", str(folder), "RETURN 1 AS x", "--param", "a b}=1"])
    assert code != 0 and "NAME=VALUE" in capsys.readouterr().err


# ------------------------------------------------------------------ the JSON API (hkg serve)
HTTP_EVIL = ["' }) MATCH (n) DETACH DELETE n //", '"; DROP TABLE System; --', "`x` $p",
             "<script>alert('x')</script>", "ünï©ødé\u202e" + "y" * 3000]


def _get(url: str):
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=60) as resp:
            return resp.status, resp.headers.get_content_type(), resp.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get_content_type(), exc.read().decode("utf-8")


# The first hostile parameter in `make test-fast` (each case starts an HTTP server); every one in `make test`.
@pytest.mark.parametrize("evil", [HTTP_EVIL[0], *(pytest.param(e, marks=pytest.mark.slow) for e in HTTP_EVIL[1:])])
def test_http_api_takes_hostile_parameters_as_data(graph, evil):
    from urllib.parse import quote

    from ui.api import HydrideKG
    from ui.http_api import serve_in_thread

    folder, before = graph
    with open_store("ladybug", data_dir=folder, read_only=True) as st:
        server = serve_in_thread(HydrideKG(store=st))
        try:
            q = quote(evil)
            for path in (f"/api/analogs?q={q}", f"/api/analogs?q=MgH2&filter={q}",
                         f"/api/analogs?q=MgH2&top={q}", f"/api/report/gaps?project={q}",
                         f"/api/report/gaps?source={q}&format=md", f"/api/report/gaps?host_family={q}"):
                status, ctype, body = _get(server.url + path)
                assert status in (200, 400), (path, status, body[:300])
                assert "Traceback" not in body
                if ctype == "application/json":
                    json.loads(body)
            status, ctype, body = _get(f"{server.url}/api/report/gaps?format=html&project={q}")
            assert status in (200, 400) and "Traceback" not in body
            if status == 200:
                assert ctype == "text/html" and "<script>alert" not in body  # filter text is escaped
        finally:
            server.shutdown()
            server.server_close()
    assert counts(folder) == before
