"""The JSON API's gap report: a large lab's values are capped by default (most notable first),
every one with lab=all; bad limits are a 400."""
from __future__ import annotations

import json
import urllib.error
import urllib.request
from datetime import UTC, datetime

import pytest

from kg.gaps.model import GapReport, GraphVersion, LabComparison


def _report(n: int) -> GapReport:
    version = GraphVersion(backend="fixture", ontology_version="t", counts={}, content_hash="h",
                           generated=datetime.now(UTC), app_version="t")
    lab = [LabComparison(entry=f"lab:e{i}", entry_title=f"entry {i}", system="MgH2–Ni",
                         property="onset_dehydrogenation_temperature", unit="degC", value=150.0 + i,
                         n_literature=4, percentile=float(i % 101), rank=1) for i in range(n)]
    return GapReport(version=version, lab=lab)


@pytest.fixture
def server(tmp_path, monkeypatch):
    from kg.store import open_store
    from ui.api import HydrideKG
    from ui.http_api import serve_in_thread

    with open_store("ladybug", data_dir=tmp_path) as st:
        st.ensure_schema()
        api = HydrideKG(store=st)
        monkeypatch.setattr(api, "gap_report", lambda filters=None, **kw: _report(1000))
        srv = serve_in_thread(api)
        yield srv
        srv.shutdown()
        srv.server_close()


def _get(url):
    try:
        with urllib.request.urlopen(url, timeout=60) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_json_report_lists_the_most_notable_lab_values_by_default(server):
    status, body = _get(f"{server.url}/api/report/gaps?format=json")
    doc = json.loads(body)
    assert status == 200 and doc["lab_total"] == 1000 and len(doc["lab"]) == 300
    assert [c["percentile"] for c in doc["lab"][:10]] == [100.0] * 9 + [99.0]
    assert "300 most notable of 1,000" in doc["lab_note"]
    status, body = _get(f"{server.url}/api/report/gaps?format=json&lab=5")
    assert len(json.loads(body)["lab"]) == 5


def test_lab_all_gives_every_value_and_bad_limits_are_refused(server):
    status, body = _get(f"{server.url}/api/report/gaps?format=json&lab=all")
    doc = json.loads(body)
    assert status == 200 and len(doc["lab"]) == doc["lab_total"] == 1000
    for bad in ("-3", "many", "1e3"):
        status, body = _get(f"{server.url}/api/report/gaps?format=json&lab={bad}")
        assert status == 400 and "parameter 'lab'" in json.loads(body)["error"]
