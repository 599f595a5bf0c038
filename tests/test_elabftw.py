"""eLabFTW pull/push against a local HTTP server that answers like the API v2 specification."""
from __future__ import annotations

import hashlib
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

pytest.importorskip("elabapi_python", reason="the official eLabFTW client (pip install elabapi-python)")

from ingest.entries.entry import load_entry
from kg.entries import EntryRepository
from ui.cli import main

KEY = "3-abcdef-test-key"
CURVE = b"T_C,signal\n200,0.1\n250,0.9\n300,0.2\n"


def experiments():
    return {
        42: {"id": 42, "title": "MgH2 + 10 wt% Ni, milled 5 h", "body": "<p>Ball milled under <b>Ar</b>.</p>",
             "date": "2026-03-01", "created_at": "2026-03-01 09:00:00", "modified_at": "2026-03-04 12:00:00",
             "fullname": "Ada Hydride", "tags": "hydrogen storage|catalysis", "userid": 3,
             "metadata": json.dumps({"extra_fields": {
                 "hydrogen capacity": {"type": "number", "value": "6.0", "unit": "wt%", "units": ["wt%"]},
                 "Onset dehydrogenation temperature": {"type": "number", "value": "215", "unit": "°C",
                                                       "units": ["°C", "K"]},
                 "Mill": {"type": "select", "value": "P7", "options": ["P7", "PM100"]}}}),
             "uploads": [{"id": 7, "real_name": "tpd_5K.csv", "type": "text/csv", "filesize": len(CURVE),
                          "hash": hashlib.sha256(CURVE).hexdigest(), "hash_algorithm": "sha256",
                          "comment": "TPD at 5 K/min"}],
             "comments": [{"id": 1, "comment": "nice <i>plateau</i>", "fullname": "Bo Boron",
                           "created_at": "2026-03-02 10:00:00"}]},
        43: {"id": 43, "title": "Buffer preparation", "body": "", "date": "2026-01-01",
             "created_at": "2026-01-01 09:00:00", "modified_at": "2026-01-01 09:00:00", "fullname": "C. Bio",
             "tags": "", "metadata": None, "comments": []},
    }


class Api(BaseHTTPRequestHandler):
    body_of_upload = CURVE
    store: dict = {}
    log: list = []

    def log_message(self, *a):  # keep pytest output clean
        pass

    def _send(self, status, payload=None):
        data = b"" if payload is None else json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _auth(self) -> bool:
        if self.headers.get("Authorization") != KEY:
            self._send(401, {"code": 401, "message": "Unauthorized", "description": "No valid API key"})
            return False
        return True

    def _body(self):
        n = int(self.headers.get("Content-Length") or 0)
        return json.loads(self.rfile.read(n) or b"{}")

    def do_GET(self):
        self.log.append(("GET", self.path))
        if not self._auth():
            return
        path, _, query = self.path.partition("?")
        if path == "/api/v2/experiments":
            params = dict(p.split("=", 1) for p in query.split("&") if "=" in p)
            offset, limit = int(params.get("offset", 0)), int(params.get("limit", 15))
            rows = [{k: v for k, v in e.items() if k not in ("comments",)} for e in self.store.values()]
            return self._send(200, rows[offset:offset + limit])
        if path == "/api/v2/experiments/42/uploads/7" and "format=binary" in query:
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(self.body_of_upload)))
            self.end_headers()
            self.wfile.write(self.body_of_upload)
            return
        if path.startswith("/api/v2/experiments/"):
            exp = self.store.get(int(path.rsplit("/", 1)[-1]))
            return self._send(200, exp) if exp else self._send(404, {"code": 404, "message": "Not Found"})
        self._send(404, {"code": 404, "message": "Not Found"})

    def do_PATCH(self):
        self.log.append(("PATCH", self.path))
        if not self._auth():
            return
        exp = self.store.get(int(self.path.rsplit("/", 1)[-1]))
        if exp is None:
            return self._send(404, {"code": 404, "message": "Not Found"})
        body = self._body()
        merge = body.pop("metadatamerge", None)
        if merge:   # API v2: merged into the metadata, existing extra fields kept
            meta = exp.get("metadata") or {}
            meta = json.loads(meta) if isinstance(meta, str) else meta
            meta.setdefault("extra_fields", {}).update(merge.get("extra_fields", {}))
            exp["metadata"] = json.dumps(meta)
        exp.update(body)
        self._send(200, exp)

    def do_POST(self):
        self.log.append(("POST", self.path))
        if not self._auth():
            return
        parts = self.path.strip("/").split("/")        # api v2 experiments {id} comments
        if len(parts) == 5 and parts[2] == "experiments" and parts[4] == "comments":
            exp = self.store[int(parts[3])]
            exp["comments"].append({"id": len(exp["comments"]) + 1, "comment": self._body()["comment"]})
            self.send_response(201)
            self.send_header("Location", f"/api/v2/experiments/{parts[3]}/comments/{len(exp['comments'])}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self._send(404, {"code": 404, "message": "Not Found"})


@pytest.fixture
def server(monkeypatch):
    Api.store = experiments()
    Api.log = []
    Api.body_of_upload = CURVE
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Api)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("ELAB_KEY", KEY)
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def run(*argv) -> int:
    return main(list(argv))


def test_pull_imports_hydride_experiments_with_extra_fields(server, tmp_path, capsys):
    data = str(tmp_path / "d")
    assert run("elabftw", "pull", "--url", server, "--api-key-env", "ELAB_KEY", "--data-dir", data, "--no-graph") == 0
    out = capsys.readouterr().out
    assert "2 record(s)" in out and "1 without sample" in out and "Buffer preparation  [without sample]" in out
    repo = EntryRepository(data)
    assert len(repo.ids()) == 2
    docs = {repo.get(i).document["title"]: repo.get(i).document for i in repo.ids()}
    doc = docs["MgH2 + 10 wt% Ni, milled 5 h"]
    eid = next(i for i in repo.ids() if i.startswith("mgh2"))
    entry = load_entry(doc)
    assert entry.system("s1").name.startswith("MgH2") and doc["author"] == "Ada Hydride"
    got = {m["property"]: (m["value"], m["unit"]) for m in doc["samples"][0]["measurements"]}
    assert got == {"hydrogen_capacity": (6.0, "wt%"), "onset_dehydrogenation_temperature": (215.0, "°C")}
    assert doc["body"] == "Ball milled under Ar." and any(f["name"] == "Mill" and f["value"] == "P7"
                                                          for f in doc["fields"])
    assert doc["comments"] == [{"text": "nice plateau", "author": "Bo Boron", "created": "2026-03-02 10:00:00"}]
    assert doc["tags"] == ["hydrogen storage", "catalysis"] and eid
    assert docs["Buffer preparation"]["samples"] == []            # kept, without sample
    tpd = next(f for f in doc["files"] if f["name"] == "tpd_5K.csv")
    assert repo.read_file(tpd["sha256"]) == CURVE and tpd["description"] == "TPD at 5 K/min"
    # a second pull changes nothing
    assert run("elabftw", "pull", "--url", server, "--api-key-env", "ELAB_KEY", "--data-dir", data, "--no-graph") == 0
    assert repo.count_revisions() == 2


def test_pull_since_filters_and_dry_run_writes_nothing(server, tmp_path, capsys):
    data = tmp_path / "d"
    assert run("elabftw", "pull", "--url", server, "--api-key-env", "ELAB_KEY", "--data-dir", str(data),
               "--since", "2026-02-01", "--dry-run", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["records"] == 1 and [e["title"] for e in out["entries"]] == ["MgH2 + 10 wt% Ni, milled 5 h"]
    assert not (data / "entries").exists()


def test_pull_keeps_a_unit_that_does_not_fit_as_a_field(server, tmp_path, capsys):
    meta = json.loads(Api.store[42]["metadata"])
    meta["extra_fields"]["hydrogen capacity"]["unit"] = "mS/cm"
    Api.store[42]["metadata"] = json.dumps(meta)
    data = tmp_path / "d"
    assert run("elabftw", "pull", "--url", server, "--api-key-env", "ELAB_KEY", "--data-dir", str(data),
               "--no-graph") == 0
    out = capsys.readouterr().out
    assert "hydrogen capacity" in out and "mS/cm" in out and "kept as a field" in out
    doc = next(EntryRepository(data).get(i).document for i in EntryRepository(data).ids() if i.startswith("mgh2"))
    assert [m["property"] for m in doc["samples"][0]["measurements"]] == ["onset_dehydrogenation_temperature"]


def test_pull_keeps_the_experiment_but_not_an_upload_that_does_not_match_its_hash(server, tmp_path, capsys):
    Api.body_of_upload = CURVE + b"tampered"
    data = tmp_path / "d"
    assert run("elabftw", "pull", "--url", server, "--api-key-env", "ELAB_KEY", "--data-dir", str(data),
               "--no-graph") == 0
    out = capsys.readouterr().out
    assert "file 'tpd_5K.csv' not kept: its bytes do not match" in out and "1 file(s) not kept" in out
    doc = next(EntryRepository(data).get(i).document for i in EntryRepository(data).ids() if i.startswith("mgh2"))
    assert "tpd_5K.csv" not in [f["name"] for f in doc["files"]]


def test_wrong_or_missing_key(server, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("BAD_KEY", "nope")
    assert run("elabftw", "pull", "--url", server, "--api-key-env", "BAD_KEY", "--data-dir", str(tmp_path)) == 2
    assert "HTTP 401" in capsys.readouterr().err
    assert run("elabftw", "pull", "--url", server, "--api-key-env", "UNSET_VAR_XYZ", "--data-dir", str(tmp_path)) == 2
    assert "UNSET_VAR_XYZ holds no API key" in capsys.readouterr().err


def test_push_links_and_comments(server, tmp_path, capsys):
    data = str(tmp_path / "d")
    assert run("elabftw", "pull", "--url", server, "--api-key-env", "ELAB_KEY", "--data-dir", data, "--no-graph") == 0
    eid = next(i for i in EntryRepository(data).ids() if i.startswith("mgh2"))
    assert run("elabftw", "push", eid, "--url", server, "--api-key-env", "ELAB_KEY", "--data-dir", data) == 0
    exp = Api.store[42]
    fields = json.loads(exp["metadata"])["extra_fields"]
    assert fields["HydrideKG entry"]["value"] == f"hkg:entry/{eid}/r1"
    assert fields["Mill"]["value"] == "P7"                      # existing fields kept
    comment = exp["comments"][-1]["comment"]
    assert eid in comment and "hydrogen_capacity: 6 wt%" in comment
    assert ("PATCH", "/api/v2/experiments/42") in Api.log
    assert ("POST", "/api/v2/experiments/42/comments") in Api.log


def test_push_needs_an_experiment_for_local_entries(server, tmp_path, capsys):
    repo = EntryRepository(tmp_path / "d")
    repo.create(load_entry({"title": "t", "author": "a", "samples": [{"id": "S", "system": "MgH2"}]}).document(),
                author="a", entry_id="local")
    assert run("elabftw", "push", "local", "--url", server, "--api-key-env", "ELAB_KEY",
               "--data-dir", str(tmp_path / "d")) == 2
    assert "--experiment N" in capsys.readouterr().err
    assert run("elabftw", "push", "local", "--experiment", "43", "--url", server, "--api-key-env", "ELAB_KEY",
               "--data-dir", str(tmp_path / "d")) == 0
    assert "local" in Api.store[43]["comments"][-1]["comment"]


# ------------------------------------------------------------------ measurements pushed and read back
CYCLED = {"id": 44, "title": "LiBH4 + 20 wt% MgH2, cycled", "body": "", "date": "2026-04-01",
          "created_at": "2026-04-01 09:00:00", "modified_at": "2026-04-01 09:00:00", "fullname": "Di Boride",
          "tags": "", "metadata": json.dumps({"extra_fields": {"Furnace": {"type": "text", "value": "tube 2"}}}),
          "comments": []}
MEASURED = [
    {"property": "hydrogen_capacity", "value": 8.1, "unit": "wt%",
     "conditions": {"temperature": "350 °C", "pressure": "0.3–0.5 MPa"}},                # a condition range
    {"property": "hydrogen capacity", "value": 7.2, "value_max": 7.6, "unit": "wt%",      # a measured range
     "conditions": {"temperature": {"value": 673.15, "unit": "K"}, "cycles": 10}},
    {"property": "onset_dehydrogenation_temperature", "value": 282, "unit": "°C",
     "conditions": {"heating_rate": "5 K/min"}},
    {"property": "hydrogen_capacity", "value": 8.1, "unit": "wt%"},                       # no conditions at all
    {"property": "ionic_conductivity", "value": 0.12, "unit": "mS/cm",                    # a categorical one
     "conditions": {"temperature": "27 °C", "conducting_ion": "Li+"}},
]


def _local_entry(data, measurements=MEASURED) -> str:
    repo = EntryRepository(data)
    doc = load_entry({"title": "cycling of the borohydride composite", "author": "a",
                      "samples": [{"id": "s1", "system": "LiBH4 + 20 wt% MgH2", "measurements": measurements}]})
    repo.create(doc.document(), author="a", entry_id="cycled")
    return "cycled"


def _held(measurements) -> list:
    """Measurements as the graph holds them (canonical values, conditions and ranges), in one order."""
    from ingest.eln.elabftw import _same_key

    return sorted(_same_key(m) for m in measurements)


def test_push_writes_each_measurement_with_its_conditions_and_the_import_reads_them_back(server, tmp_path, capsys):
    Api.store[44] = json.loads(json.dumps(CYCLED))
    data = str(tmp_path / "d")
    eid = _local_entry(data)
    assert run("elabftw", "push", eid, "--experiment", "44", "--url", server, "--api-key-env", "ELAB_KEY",
               "--data-dir", data) == 0
    fields = json.loads(Api.store[44]["metadata"])["extra_fields"]
    assert fields["Furnace"]["value"] == "tube 2"                                     # the lab's field kept
    assert fields["HydrideKG measurement 1 → pressure"] == {
        "type": "text", "value": "0.3–0.5", "unit": "MPa",
        "description": "measurement 1 of HydrideKG entry cycled, sample s1"}
    assert fields["HydrideKG measurement 2 → hydrogen capacity"]["value"] == "7.2–7.6"
    assert fields["HydrideKG measurement 3 → onset dehydrogenation temperature"]["type"] == "number"
    assert not any(n.startswith("HydrideKG measurement 4 →") and not n.endswith("capacity") for n in fields)
    assert fields["HydrideKG measurement 5 → conducting ion"]["value"] == "Li+"
    # pulled back: the same four measurements, each with its own conditions (none shared out)
    assert run("elabftw", "pull", "--url", server, "--api-key-env", "ELAB_KEY", "--data-dir", data, "--no-graph") == 0
    repo = EntryRepository(data)
    back = next(repo.get(i).document for i in repo.ids() if repo.get(i).document.get("origin", "").endswith("/44"))
    assert back["samples"][0]["system"].startswith("LiBH4")
    assert _held(back["samples"][0]["measurements"]) == _held(MEASURED)
    # pushed again (the local entry, or the one pulled back): nothing is written twice
    for again in (eid, back["id"]):
        assert run("elabftw", "push", again, "--experiment", "44", "--url", server, "--api-key-env", "ELAB_KEY",
                   "--data-dir", data) == 0
        assert json.loads(Api.store[44]["metadata"])["extra_fields"].keys() == fields.keys()


def test_a_measurement_added_later_gets_the_next_group_and_the_labs_own_conditions_stay_shared(server, tmp_path):
    from ingest.eln.elabftw import measurement_fields
    from ingest.entries.entry_fields import measurements_from_fields

    doc = {"samples": [{"id": "s1", "measurements": MEASURED[:1] + [
        {"property": "hydrogen_capacity", "value": 5.5, "unit": "wt%", "conditions": {"time": "2 h"}}]}]}
    existing = measurement_fields("e", {"samples": [{"id": "s1", "measurements": MEASURED[:1]}]}, {})
    added = measurement_fields("e", doc, existing)
    assert set(added) == {"HydrideKG measurement 2 → hydrogen capacity", "HydrideKG measurement 2 → time"}
    # the lab's own fields beside them: an ungrouped temperature is every ungrouped measurement's, not a group's
    lab = [{"name": "Temperature", "value": "150", "unit": "°C"},
           {"name": "Onset dehydrogenation temperature", "value": "260", "unit": "°C"}]
    pushed = [{"name": n, **{k: v for k, v in f.items() if k in ("value", "unit")}}
              for n, f in {**existing, **added}.items()]
    got, uses = measurements_from_fields(lab + pushed)
    by_value = {m["value"]: m.get("conditions") for m in got}
    assert by_value[260.0] == {"temperature": {"value": 150.0, "unit": "°C"}}
    assert by_value[5.5] == {"time": {"value": 2.0, "unit": "h"}}
    assert by_value[8.1] == {"temperature": {"value": 350.0, "unit": "°C"},
                             "pressure": {"value": 0.3, "unit": "MPa", "value_max": 0.5}}
    assert any("of the measurement 'HydrideKG measurement 2' alone" in u.why for u in uses)
