"""A hostile or broken eLabFTW server: answers nested past any limit, numbers JSON does not define.

The client parsed the server's answers (and the metadata string inside each experiment) with plain
``json.loads``: 100,000 nested brackets ended ``hkg elabftw pull`` in a RecursionError traceback,
and NaN in an answer reached the notebook as a float no JSON file can hold.
"""
from __future__ import annotations

import json

import pytest

pytest.importorskip("elabapi_python", reason="the official eLabFTW client (pip install elabapi-python)")

from kg.entries import EntryRepository
from tests.test_elabftw import Api, run, server  # noqa: F401  (server is a fixture)

DEEP = "[" * 100_000 + "]" * 100_000


def _answer_with(monkeypatch, placeholder: str, raw: str) -> None:
    """The server's JSON with the string ``placeholder`` replaced by ``raw`` JSON text."""
    send = Api._send

    def send_raw(self, status, payload=None):
        if payload is None:
            return send(self, status, payload)
        data = json.dumps(payload).replace(json.dumps(placeholder), raw).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    monkeypatch.setattr(Api, "_send", send_raw)


def _pull(server, tmp_path) -> int:  # noqa: F811
    return run("elabftw", "pull", "--url", server, "--api-key-env", "ELAB_KEY", "--data-dir",
               str(tmp_path / "d"), "--no-graph")


def test_an_answer_nested_past_the_limit_is_an_error_not_a_traceback(server, tmp_path, monkeypatch,  # noqa: F811
                                                                     capsys):
    Api.store[42]["title"] = "__DEEP__"
    _answer_with(monkeypatch, "__DEEP__", DEEP)
    assert _pull(server, tmp_path) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "levels deep" in err and "GET /experiments" in err


def test_metadata_nested_past_the_limit_is_an_error_not_a_traceback(server, tmp_path, capsys):  # noqa: F811
    Api.store[42]["metadata"] = DEEP
    assert _pull(server, tmp_path) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "levels deep" in err and "42" in err


def test_metadata_that_is_not_json_is_an_error_naming_the_experiment(server, tmp_path, capsys):  # noqa: F811
    """The reader the .eln import uses too (ingest.eln.crate.elabftw_metadata): the experiment's values are
    in its metadata, so text that is not JSON stops the pull (it was read as no metadata, its values lost)."""
    Api.store[42]["metadata"] = '{"extra_fields": {"Mill speed": '
    assert _pull(server, tmp_path) == 2
    err = capsys.readouterr().err
    assert "experiment 42: its metadata is not JSON" in err and "its extra fields cannot be read" in err
    assert not (tmp_path / "d").exists() or EntryRepository(tmp_path / "d").ids() == []


def test_push_to_an_experiment_whose_metadata_is_not_json_writes_nothing(server, tmp_path, capsys):  # noqa: F811
    """Pushing reads the experiment's fields first (not to write a measurement twice): unreadable, it stops."""
    assert _pull(server, tmp_path) == 0, capsys.readouterr().err
    eid = next(i for i in EntryRepository(tmp_path / "d").ids() if i.startswith("mgh2"))
    Api.store[42]["metadata"] = "{not json"
    Api.log.clear()
    assert run("elabftw", "push", eid, "--url", server, "--api-key-env", "ELAB_KEY", "--data-dir",
               str(tmp_path / "d")) == 2
    assert "experiment 42: its metadata is not JSON" in capsys.readouterr().err
    assert not [c for c in Api.log if c[0] in ("PATCH", "POST")]


def test_nan_and_infinity_in_an_answer_stay_text(server, tmp_path, monkeypatch, capsys):  # noqa: F811
    Api.store[42]["custom_id"] = "__NAN__"
    Api.store[42]["metadata"] = json.dumps({"extra_fields": {"Mill speed": {"type": "number", "value": "__INF__"}}}
                                           ).replace('"__INF__"', "Infinity")
    _answer_with(monkeypatch, "__NAN__", "NaN")
    assert _pull(server, tmp_path) == 0, capsys.readouterr().err
    repo = EntryRepository(tmp_path / "d")
    for eid in repo.ids():
        text = (tmp_path / "d" / "entries" / eid / "r000001.json").read_text()
        assert "NaN" not in text and "Infinity" not in text.replace('"Infinity"', "")


def test_an_upload_larger_than_the_limit_is_not_read_into_memory(server, tmp_path, monkeypatch, capsys):  # noqa: F811
    """The server declares a small file and sends 64 MB: the client stops reading past the limit."""
    import ingest.eln.elabftw as elab

    monkeypatch.setattr(elab, "MAX_UPLOAD_BYTES", 1024 ** 2)
    sent = []

    def endless_upload(self):
        if "/uploads/" not in self.path:
            return get(self)
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(64 * 1024 ** 2))
        self.end_headers()
        chunk = b"\0" * 65536
        try:
            for _ in range(1024):
                self.wfile.write(chunk)
                sent.append(len(chunk))
        except OSError:              # the client hung up: what it did not read was never sent
            pass

    get = Api.do_GET
    monkeypatch.setattr(Api, "do_GET", endless_upload)
    assert _pull(server, tmp_path) == 2
    err = capsys.readouterr().err
    assert "larger than 1,048,576 bytes" in err and "Traceback" not in err
    assert sum(sent) < 32 * 1024 ** 2


@pytest.fixture
def elsewhere():
    """Another server, which a redirect points to: it records what reaches it and answers like eLabFTW."""
    import threading
    from http.server import ThreadingHTTPServer

    reached: list = []

    class Elsewhere(Api):
        def _auth(self) -> bool:
            reached.append((self.command, self.path, self.headers.get("Authorization")))
            return True

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Elsewhere)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", reached
    httpd.shutdown()
    httpd.server_close()


def _answer(monkeypatch, status: int, headers: dict, methods=("GET", "PATCH", "POST")):
    """Make the test server answer every request of ``methods`` with ``status`` and ``headers``."""
    def answer(self):
        self.log.append((self.command, self.path))
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v(self) if callable(v) else v)
        self.send_header("Content-Length", "0")
        self.end_headers()
    for m in methods:
        monkeypatch.setattr(Api, f"do_{m}", answer)


@pytest.mark.parametrize("status", [302, 307, 308])
def test_a_pull_redirected_to_another_host_reads_nothing_from_it(server, elsewhere, tmp_path, monkeypatch,  # noqa: F811
                                                                 capsys, status):
    """urllib3 followed a redirect to any host: the other server's experiments were imported as the lab's
    (reported as a pull from the lab's URL)."""
    other, reached = elsewhere
    _answer(monkeypatch, status, {"Location": lambda h: other + h.path})
    data = tmp_path / "d"
    assert run("elabftw", "pull", "--url", server, "--api-key-env", "ELAB_KEY", "--data-dir", str(data),
               "--no-graph") == 2
    err = capsys.readouterr().err
    assert f"HTTP {status}" in err and f"redirects to {other}/api/v2/experiments" in err and "--url" in err
    assert reached == [] and not (data / "entries").exists()


def test_a_push_redirected_to_another_host_sends_it_nothing(server, elsewhere, tmp_path, monkeypatch,  # noqa: F811
                                                            capsys):
    """A 307 kept the PATCH and its body: the entry's link and values went to the other server and the
    push said 'linked … and commented'."""
    data = str(tmp_path / "d")
    assert run("elabftw", "pull", "--url", server, "--api-key-env", "ELAB_KEY", "--data-dir", data, "--no-graph") == 0
    capsys.readouterr()
    entry = next(i for i in EntryRepository(data).ids() if i.startswith("mgh2"))
    other, reached = elsewhere
    _answer(monkeypatch, 307, {"Location": lambda h: other + h.path})
    assert run("elabftw", "push", entry, "--url", server, "--api-key-env", "ELAB_KEY", "--data-dir", data) == 2
    out = capsys.readouterr()
    assert "linked" not in out.out and "HTTP 307" in out.err and reached == []


def test_a_request_to_wait_says_how_long(server, tmp_path, monkeypatch, capsys):  # noqa: F811
    """429 with Retry-After ended in urllib3's 'Max retries exceeded … too many 429 error responses'."""
    _answer(monkeypatch, 429, {"Retry-After": "30"})
    assert run("elabftw", "pull", "--url", server, "--api-key-env", "ELAB_KEY", "--data-dir", str(tmp_path)) == 2
    err = capsys.readouterr().err
    assert "HTTP 429" in err and "wait (30 s" in err and "Max retries" not in err


@pytest.mark.parametrize("status,words", [(403, "HTTP 403"), (500, "HTTP 500"), (502, "HTTP 502")])
def test_near_miss_refusals_and_failures_name_the_status(server, tmp_path, monkeypatch, capsys, status, words):  # noqa: F811
    _answer(monkeypatch, status, {})
    assert run("elabftw", "pull", "--url", server, "--api-key-env", "ELAB_KEY", "--data-dir", str(tmp_path)) == 2
    err = capsys.readouterr().err
    assert words in err and "redirect" not in err and "wait" not in err and "Traceback" not in err


def test_a_web_page_instead_of_json_says_to_check_the_url(server, tmp_path, monkeypatch, capsys):  # noqa: F811
    def page(self):
        data = b"<!DOCTYPE html><html><body>Sign in</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
    monkeypatch.setattr(Api, "do_GET", page)
    assert run("elabftw", "pull", "--url", server, "--api-key-env", "ELAB_KEY", "--data-dir", str(tmp_path)) == 2
    err = capsys.readouterr().err
    assert "did not answer JSON but a web page" in err and "--url" in err
