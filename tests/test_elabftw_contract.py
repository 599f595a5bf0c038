"""The eLabFTW client against eLabFTW's own contract: Prism serves ../shared/elabftw/openapi-v2.yaml with
``--errors``, so every request the client sends is checked (paths, methods, query, bodies, the
Authorization header) and answered with bodies shaped by the spec's schemas and examples.

A small proxy sits in front of Prism.  It strips the spec's server path (``/api/v2``, which Prism does
not serve), forwards every request to Prism and records Prism's verdict, then shapes the (valid)
answers into a scenario: five experiments to page through, one with uploads and typed extra fields,
one that is missing (Prism's own 404 example, asked for with ``Prefer: code=404``) and one that never
answers in time.  Any request Prism refuses that the scenario did not ask for fails the test.

Prism is installed with ``npm ci`` in tests/elabftw_prism (package.json + package-lock.json there).
"""
from __future__ import annotations

import hashlib
import json
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

pytest.importorskip("elabapi_python", reason="the official eLabFTW client (pip install elabapi-python)")

from ingest.eln.elabftw import ElabClient, ElabError
from kg.entries import EntryRepository
from ui.cli import main

# Prism (node) serves eLabFTW's OpenAPI description: seconds to start; tests/test_elabftw.py is the quick check.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT.parent / "shared" / "elabftw" / "openapi-v2.yaml"
PRISM = ROOT / "tests" / "elabftw_prism" / "node_modules" / ".bin" / "prism"
KEY = "3-contract-test-key"
LIST_IDS = [1, 2, 3, 4, 7]
RICH, MISSING, SLOW = 7, 404, 13
CURVE = b"T_C,signal\n200,0.1\n250,0.9\n300,0.2\n"
NOTES = b"milled 5 h under Ar\n"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _rich(template: dict) -> dict:
    """Experiment 7 as a lab would fill it: HTML body, tags, typed extra fields with units, uploads,
    comments, steps and links — over the spec's own example, so every other field stays as a server sends it."""
    exp = dict(template)
    exp.update({
        "id": RICH, "title": "MgH2 + 10 wt% Ni, milled 5 h", "body": "<p>Milled under <b>Ar</b>.</p>",
        "created_at": "2026-03-01 09:00:00", "modified_at": "2026-03-04 12:00:00", "date": "2026-03-01",
        "fullname": "Ada Hydride", "tags": "hydrogen storage|catalysis",
        "metadata": {"elabftw": {"extra_fields_groups": []}, "extra_fields": {
            "hydrogen capacity": {"type": "number", "value": "6.0", "unit": "wt%", "units": ["wt%"]},
            "Onset dehydrogenation temperature": {"type": "number", "value": "215", "unit": "°C",
                                                  "units": ["°C", "K"]},
            "Mill": {"type": "select", "value": "P7", "options": ["P7", "PM100"]}}},
        "uploads": [
            {**template["uploads"][0], "id": 71, "real_name": "tpd_5K.csv", "type": "text/csv",
             "filesize": len(CURVE), "hash": hashlib.sha256(CURVE).hexdigest(), "hash_algorithm": "sha256",
             "comment": "TPD at 5 K/min"},
            {**template["uploads"][0], "id": 72, "real_name": "notes.txt", "type": "text/plain",
             "filesize": len(NOTES), "hash": hashlib.md5(NOTES).hexdigest(), "hash_algorithm": "md5",
             "comment": ""}],
        "comments": [{**template["comments"][0], "comment": "nice <i>plateau</i>", "fullname": "Bo Boron",
                      "created_at": "2026-03-02 10:00:00"}],
        "steps": [{**template["steps"][0], "body": "weigh 2 g in the glovebox"}],
        "experiments_links": [{**template["experiments_links"][0], "entityid": 2}],
        "items_links": [{**template["items_links"][0], "entityid": 5}]})
    return exp


class Proxy(BaseHTTPRequestHandler):
    prism = ""
    log: list = []          # (method, path, Prism's status, Prism's violations or '')
    bodies: list = []       # (method, path, JSON body) of writes
    uploads = {71: CURVE, 72: NOTES}

    def log_message(self, *a):
        pass

    def _forward(self, extra_headers: dict | None = None):
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n) if n else None
        path = self.path.removeprefix("/api/v2")
        headers = {k: v for k, v in self.headers.items()
                   if k.lower() in ("authorization", "content-type", "accept")}
        headers.update(extra_headers or {})
        req = urllib.request.Request(self.prism + path, data=body, method=self.command, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                status, data, ctype = resp.status, resp.read(), resp.headers.get("Content-Type", "")
                violations = resp.headers.get("sl-violations", "")
        except urllib.error.HTTPError as exc:
            status, data, ctype = exc.code, exc.read(), exc.headers.get("Content-Type", "")
            violations = exc.headers.get("sl-violations", "")
        self.log.append((self.command, path, status, violations))
        if body and self.command in ("PATCH", "POST"):
            self.bodies.append((self.command, path, json.loads(body)))
        return status, data, ctype

    def _send(self, status: int, data: bytes, ctype: str = "application/json"):
        self.send_response(status)
        self.send_header("Content-Type", ctype or "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        path, _, query = self.path.removeprefix("/api/v2").partition("?")
        parts = path.strip("/").split("/")
        if parts == ["experiments", str(MISSING)]:
            return self._send(*self._forward({"Prefer": "code=404"}))
        if parts == ["experiments", str(SLOW)]:
            time.sleep(3)
        status, data, ctype = self._forward()
        if status != 200:
            return self._send(status, data, ctype)
        if parts == ["experiments"]:
            params = dict(p.split("=", 1) for p in query.split("&") if "=" in p)
            offset, limit = int(params.get("offset", 0)), int(params.get("limit", 15))
            template = json.loads(data)[0]
            rows = [{**template, "id": i, "title": f"Calibration run {i}", "metadata": None, "uploads": []}
                    for i in LIST_IDS]
            return self._send(200, json.dumps(rows[offset:offset + limit]).encode())
        if len(parts) == 2 and parts[0] == "experiments":
            template = json.loads(data)
            eid = int(parts[1])
            exp = _rich(template) if eid == RICH else {**template, "id": eid, "title": f"Calibration run {eid}",
                                                       "metadata": None, "uploads": [], "comments": [],
                                                       "steps": [], "experiments_links": [], "items_links": []}
            return self._send(200, json.dumps(exp).encode())
        if len(parts) == 4 and parts[2] == "uploads":
            return self._send(200, self.uploads[int(parts[3])], "application/octet-stream")
        return self._send(status, data, ctype)

    def do_PATCH(self):
        self._send(*self._forward())

    def do_POST(self):
        self._send(*self._forward())


@pytest.fixture(scope="module")
def api():
    if not SPEC.is_file():
        pytest.skip(f"{SPEC} is absent (eLabFTW's OpenAPI description sits in ../shared/elabftw/)")
    if shutil.which("node") is None:
        pytest.skip("Node.js is not installed: Prism (the contract mock) runs on node")
    if not PRISM.is_file():
        pytest.skip("Prism is not installed: run 'npm ci' in tests/elabftw_prism")
    port = _free_port()
    prism = subprocess.Popen([str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), "--errors", str(SPEC)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/experiments", timeout=2)
            except urllib.error.HTTPError:
                break                                     # it answers (401 without a key): ready
            except OSError:
                if prism.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("Prism did not start")
                time.sleep(0.5)
        Proxy.prism = f"http://127.0.0.1:{port}"
        Proxy.log, Proxy.bodies = [], []
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
        httpd.shutdown()
        httpd.server_close()
    finally:
        prism.terminate()
        prism.wait(timeout=10)


@pytest.fixture
def refusals(api):
    """Requests Prism refused that the scenario did not ask for: must stay empty."""
    start = len(Proxy.log)
    yield
    bad = [entry for entry in Proxy.log[start:] if entry[2] >= 400 and not entry[1].endswith(f"/{MISSING}")]
    assert not bad, f"requests that break eLabFTW's contract: {bad}"


def client(api, **kw) -> ElabClient:
    return ElabClient(api, KEY, **kw)


def test_pagination_reads_every_experiment_once(api, refusals):
    c = client(api)
    assert [e["id"] for e in c.experiments(page=2)] == LIST_IDS        # offsets 0, 2, 4
    listed = [p for m, p, *_ in Proxy.log if m == "GET" and p.startswith("/experiments?")][-3:]
    assert [p.split("offset=")[1].split("&")[0] for p in listed] == ["0", "2", "4"]


def test_pagination_stops_when_the_server_ignores_offset(api, refusals, monkeypatch):
    c = client(api)
    monkeypatch.setattr(c.experiments_api, "read_experiments_with_http_info",
                        lambda **kw: c.experiments_api.__class__.read_experiments_with_http_info(
                            c.experiments_api, limit=kw["limit"], offset=0, _preload_content=False,
                            _request_timeout=kw.get("_request_timeout")))
    assert [e["id"] for e in c.experiments(page=2)] == [1, 2]          # page 2 repeats page 1: stop


def test_pull_maps_an_experiment_with_uploads_and_extra_fields(api, refusals, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ELAB_KEY", KEY)
    data = tmp_path / "d"
    assert main(["elabftw", "pull", "--url", api, "--api-key-env", "ELAB_KEY", "--data-dir", str(data),
                 "--no-graph", "--user", "t"]) == 0
    out = capsys.readouterr().out
    assert f"{len(LIST_IDS)} record(s)" in out and "4 without sample" in out
    repo = EntryRepository(data)
    docs = {repo.get(i).document["origin"].rsplit(" ", 1)[-1]: repo.get(i).document for i in repo.ids()}
    doc = docs[f"experiments/{RICH}"]
    assert doc["title"] == "MgH2 + 10 wt% Ni, milled 5 h" and doc["author"] == "Ada Hydride"
    assert doc["body"] == "Milled under Ar." and doc["tags"] == ["hydrogen storage", "catalysis"]
    assert doc["created"].startswith("2026-03-01")
    (sample,) = doc["samples"]
    got = {m["property"]: (m["value"], m["unit"]) for m in sample["measurements"]}
    assert got == {"hydrogen_capacity": (6.0, "wt%"), "onset_dehydrogenation_temperature": (215.0, "°C")}
    assert {(f["name"], f["value"], f.get("unit", "")) for f in doc["fields"]} >= {("Mill", "P7", ""),
                                                                                  ("hydrogen capacity", "6.0", "wt%")}
    assert [(c["text"], c["author"]) for c in doc["comments"]] == [("nice plateau", "Bo Boron"),
                                                                  ("step: weigh 2 g in the glovebox", "")]
    files = {f["name"]: f for f in doc["files"]}
    assert repo.read_file(files["tpd_5K.csv"]["sha256"]) == CURVE                  # checked as SHA-256
    assert repo.read_file(files["notes.txt"]["sha256"]) == NOTES                   # checked as MD5
    assert "MD5" in out and "matches" in out
    targets = {(lk["relation"], lk["target"]) for lk in doc["links"]}
    other = next(i for i in repo.ids() if repo.get(i).document["origin"].endswith(" experiments/2"))
    assert ("mentions", other) in targets                             # a link to the entry it became
    assert ("mentions", "items/5") in targets
    assert docs["experiments/1"]["samples"] == []                     # kept, without sample


def test_push_writes_the_link_and_a_comment_the_contract_accepts(api, refusals, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ELAB_KEY", KEY)
    data = tmp_path / "d"
    assert main(["elabftw", "pull", "--url", api, "--api-key-env", "ELAB_KEY", "--data-dir", str(data),
                 "--no-graph", "--user", "t"]) == 0
    repo = EntryRepository(data)
    eid = next(i for i in repo.ids() if repo.get(i).document["origin"].endswith(f" experiments/{RICH}"))
    Proxy.bodies.clear()
    assert main(["elabftw", "push", eid, "--url", api, "--api-key-env", "ELAB_KEY", "--data-dir", str(data)]) == 0
    (patch, post) = Proxy.bodies
    assert patch[:2] == ("PATCH", f"/experiments/{RICH}")
    assert patch[2]["metadatamerge"]["extra_fields"]["HydrideKG entry"]["value"] == f"hkg:entry/{eid}/r1"
    assert post[:2] == ("POST", f"/experiments/{RICH}/comments")
    assert eid in post[2]["comment"] and "hydrogen_capacity: 6 wt%" in post[2]["comment"]


def test_pushed_measurements_are_extra_fields_the_contract_accepts(api, refusals, tmp_path, monkeypatch):
    from ingest.entries.entry import load_entry

    monkeypatch.setenv("ELAB_KEY", KEY)
    measured = [{"property": "hydrogen_capacity", "value": 6.1, "value_max": 6.5, "unit": "wt%",
                 "conditions": {"temperature": "330 °C", "pressure": "1–2 MPa"}},
                {"property": "onset_dehydrogenation_temperature", "value": 265, "unit": "°C"}]
    EntryRepository(tmp_path / "d").create(load_entry({"title": "t", "author": "a", "samples": [
        {"id": "s1", "system": "MgH2 + 5 wt% Nb2O5", "measurements": measured}]}).document(), author="a",
        entry_id="local")
    Proxy.bodies.clear()
    assert main(["elabftw", "push", "local", "--experiment", "2", "--url", api, "--api-key-env", "ELAB_KEY",
                 "--data-dir", str(tmp_path / "d")]) == 0
    fields = Proxy.bodies[0][2]["metadatamerge"]["extra_fields"]
    assert fields["HydrideKG measurement 1 → hydrogen capacity"]["value"] == "6.1–6.5"
    assert fields["HydrideKG measurement 1 → pressure"] == {
        "type": "text", "value": "1–2", "unit": "MPa", "description": "measurement 1 of HydrideKG entry local, sample s1"}
    assert fields["HydrideKG measurement 2 → onset dehydrogenation temperature"]["value"] == "265"


def test_a_missing_experiment_is_a_clear_4xx(api, refusals, tmp_path, monkeypatch, capsys):
    with pytest.raises(ElabError) as info:
        client(api).experiment(MISSING)
    assert f"GET /experiments/{MISSING}: HTTP 404" in str(info.value)
    assert "Nothing to show with this id" in str(info.value)          # the server's own words
    monkeypatch.setenv("ELAB_KEY", KEY)
    repo = EntryRepository(tmp_path / "d")
    from ingest.entries.entry import load_entry
    repo.create(load_entry({"title": "t", "author": "a"}).document(), author="a", entry_id="local")
    assert main(["elabftw", "push", "local", "--experiment", str(MISSING), "--url", api, "--api-key-env",
                 "ELAB_KEY", "--data-dir", str(tmp_path / "d")]) == 2
    assert "HTTP 404" in capsys.readouterr().err


def test_a_server_that_does_not_answer_times_out_with_a_named_error(api, refusals):
    started = time.monotonic()
    with pytest.raises(ElabError) as info:
        client(api, timeout=1).experiment(SLOW)
    assert time.monotonic() - started < 2.9
    assert f"GET /experiments/{SLOW}" in str(info.value) and "timed out" in str(info.value)
