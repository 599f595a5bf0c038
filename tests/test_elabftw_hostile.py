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
    import ingest.elabftw as elab

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
