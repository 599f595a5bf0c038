"""The JSON API on uvicorn: sign-in by token, limits, errors, no banner, and many clients at once."""
from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.request

import pytest

from kg.store import open_store
from tests.test_store import make_batch
from ui.auth import create_api_token, load_api_tokens, revoke_api_tokens, token_digest


def get(url: str, token: str | None = None, method: str = "GET"):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    request = urllib.request.Request(url, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("api") / "g"
    with open_store("ladybug", data_dir=folder) as st:
        st.ensure_schema()
        st.load_ontology()
        st.load(make_batch())
    with open_store("ladybug", data_dir=folder, read_only=True) as st:
        yield st


@pytest.fixture()
def serve(store):
    from ui.api import HydrideKG
    from ui.http_api import serve_in_thread

    servers = []

    def start(**kw):
        server = serve_in_thread(HydrideKG(store=store), **kw)
        servers.append(server)
        return server
    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def test_tokens_are_required_when_sign_in_is_on(serve):
    token = "hkg_test_token_1"
    server = serve(tokens={token_digest(token): "alice"})
    assert get(f"{server.url}/api/health")[0] == 200            # liveness needs no token
    status, headers, body = get(f"{server.url}/api/stats")
    assert status == 401 and "hkg user token" in json.loads(body)["error"]
    assert headers.get("www-authenticate") == "Bearer"
    assert get(f"{server.url}/api/stats", token="hkg_wrong")[0] == 401
    status, _, body = get(f"{server.url}/api/stats", token=token)
    assert status == 200 and "counts" in json.loads(body)


def test_responses_carry_no_server_banner_and_errors_are_json(serve):
    server = serve()
    status, headers, body = get(f"{server.url}/api/stats")
    lowered = {k.lower(): v for k, v in headers.items()}
    assert status == 200 and "server" not in lowered and lowered["x-content-type-options"] == "nosniff"
    for path, code in [("/api/nope", 404), ("/api/analogs", 400), ("/api/analogs?q=MgH2&top=100000", 400),
                       ("/api/analogs?q=MgH2&top=-1", 400), ("/api/report/gaps?format=pdf", 400),
                       ("/api/analogs?q=MgH2&filter=" + urllib.request.quote("Ea < 1e400 kJ/mol"), 400),
                       ("/api/stats?" + "x=1&" * 2000, 414)]:
        status, headers, body = get(server.url + path)
        assert status == code, (path, status, body[:200])
        assert "error" in json.loads(body) and b"Traceback" not in body
    assert get(f"{server.url}/api/stats", method="POST")[0] == 405
    assert get(f"{server.url}/api/stats", method="DELETE")[0] == 405


def test_a_caller_over_its_rate_gets_429_with_retry_after(serve):
    from ui.http_api import Limits

    server = serve(limits=Limits(rate=1.0, burst=3))
    codes = [get(f"{server.url}/api/stats")[0] for _ in range(6)]
    assert codes[:3] == [200, 200, 200] and 429 in codes[3:]
    status, headers, _ = get(f"{server.url}/api/stats")
    assert status == 429 and int({k.lower(): v for k, v in headers.items()}["retry-after"]) >= 1


def test_openapi_describes_exactly_the_served_endpoints(serve):
    server = serve()
    status, _, body = get(f"{server.url}/api/openapi.json")
    doc = json.loads(body)
    assert status == 200 and doc["openapi"].startswith("3.1")
    served = {"/api/health", "/api/openapi.json", "/api/stats", "/api/analogs", "/api/facts", "/api/report/gaps",
              "/api/ingest"}
    assert set(doc["paths"]) == served
    assert list(doc["paths"]["/api/ingest"]) == ["post"]
    assert get(server.url + "/api/ingest")[0] == 405                  # a write: POST only
    for path in served - {"/api/openapi.json", "/api/ingest"}:
        query = "?q=MgH2" if path == "/api/analogs" else ""
        assert get(server.url + path + query)[0] == 200, path


def test_a_half_sent_request_is_closed_after_the_header_timeout(serve, monkeypatch):
    import ui.http_api as http_api

    monkeypatch.setattr(http_api, "HEADER_TIMEOUT", 0.5)
    server = serve()
    host, port = server.server_address[:2]
    stuck = [socket.create_connection((host, port), timeout=5) for _ in range(20)]
    for s in stuck:
        s.sendall(b"GET /api/stats HTTP/1.1\r\nHost: x\r\n")        # never finishes its headers
    assert get(f"{server.url}/api/health")[0] == 200               # others are served meanwhile
    t0 = time.monotonic()
    for s in stuck:
        assert s.recv(100) == b""                                  # the server closed it
        s.close()
    assert time.monotonic() - t0 < 5


def test_hkg_user_token_keeps_only_the_digest(tmp_path, monkeypatch, capsys):
    from ui.cli import main

    path = tmp_path / "tokens.toml"
    monkeypatch.setenv("HKG_API_TOKENS", str(path))
    assert main(["user", "token", "alice", "--label", "plot script"]) == 0
    token = capsys.readouterr().out.strip()
    assert token.startswith("hkg_") and token not in path.read_text()
    tokens = load_api_tokens(path)
    assert tokens[token_digest(token)]["user"] == "alice"
    assert (path.stat().st_mode & 0o777) == 0o600
    second = create_api_token("bob", path=path)
    assert len(load_api_tokens(path)) == 2 and token_digest(second) in load_api_tokens(path)
    assert revoke_api_tokens("alice", path=path) == 1
    assert set(m["user"] for m in load_api_tokens(path).values()) == {"bob"}
    assert main(["user", "token", "bad name!"]) == 2


def test_serve_requires_tokens_when_the_pages_need_sign_in(tmp_path, monkeypatch):
    from ui.auth import api_token_users, hash_password

    users = tmp_path / "users.toml"
    users.write_text(f'[users.alice]\npassword_hash = "{hash_password("a long password")}"\n')
    monkeypatch.setenv("HKG_AUTH_FILE", str(users))
    monkeypatch.setenv("HKG_API_TOKENS", str(tmp_path / "tokens.toml"))
    assert api_token_users() == {}                  # sign-in on, no tokens yet: nobody gets in
    token = create_api_token("alice")
    assert api_token_users() == {token_digest(token): "alice"}
    monkeypatch.delenv("HKG_AUTH_FILE")
    monkeypatch.setattr("ui.auth.auth_mode", lambda: "local")
    assert api_token_users() is None


@pytest.mark.slow
def test_200_concurrent_clients_get_answers_without_errors(serve):
    """A bounded load run on loopback: 200 clients with tokens of their own, 3 requests each."""
    tokens = {f"hkg_load_{i}": f"user{i}" for i in range(200)}
    server = serve(tokens={token_digest(t): u for t, u in tokens.items()})
    results, lock = [], threading.Lock()

    def client(token):
        for path in ("/api/stats", "/api/analogs?q=MgH2%20%2B%2010%20wt%25%20Ni", "/api/report/gaps?format=json"):
            status = get(server.url + path, token=token)[0]
            with lock:
                results.append(status)

    threads = [threading.Thread(target=client, args=(t,)) for t in tokens]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert len(results) == 600 and set(results) == {200}


def test_api_core_computes_a_report_once_for_concurrent_users(store):
    """Under load many users ask for the same gap report: one computation, everyone gets it."""
    from ui.http_api import ApiCore

    calls = []

    class SlowApi:
        def __init__(self, store):
            self.store = store

        def gap_report(self, filters):
            calls.append(filters)
            time.sleep(0.3)
            return {"filters": filters.model_dump()}

    core = ApiCore(SlowApi(store))
    got = []
    threads = [threading.Thread(target=lambda: got.append(core.report({}))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1 and len(got) == 8 and all(g is got[0] for g in got)
    core.report({"project": "other"})
    assert len(calls) == 2                  # another report is its own computation
