"""Adding papers through the service layer and the JSON API: ``Literature.ingest_paper`` /
``ingest_upload`` (ledger, skip when unchanged, size limits), and ``POST /api/ingest`` for signed-in
users only (a bearer token), with the service's errors mapped to HTTP statuses."""
from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from kg.literature import Literature
from kg.paper_ingest import MAX_PAPER_BYTES, PaperError, PaperTooLarge
from kg.store import open_store
from ontology.errors import UserError
from ui.auth import token_digest

FIXTURE = Path(__file__).with_name("fixtures") / "doc_sample.md"
TOKEN = "hkg_test_ingest_token"


def post(url: str, data: bytes, token: str | None = TOKEN, content_type: str = "text/markdown", method="POST"):
    headers = {"Content-Type": content_type}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=300) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


@pytest.fixture()
def served(tmp_path):
    """A server on a writable store in tmp_path; ``start(tokens=…)`` starts one."""
    from ui.api import HydrideKG
    from ui.http_api import serve_in_thread

    servers = []
    with open_store("ladybug", data_dir=tmp_path / "kg") as st:
        st.ensure_schema()

        def start(**kw):
            server = serve_in_thread(HydrideKG(store=st, data_dir=str(tmp_path / "kg")), **kw)
            servers.append(server)
            return server
        yield start, st
        for server in servers:
            server.shutdown()
            server.server_close()


@pytest.mark.slow   # ingest run: a paper extracted and loaded through the HTTP service
def test_the_service_ingests_a_paper_keeps_its_text_and_skips_it_unchanged(tmp_path):
    with open_store("ladybug", data_dir=tmp_path / "kg") as st:
        lit = Literature(st, data_dir=tmp_path)
        out = lit.ingest_upload("sample.md", FIXTURE.read_bytes())
        assert out.status == "ingested" and out.path == "sample.md" and out.measurements > 0
        assert out.loaded and st.stats()["counts"]["Measurement"] == out.measurements
        kept = tmp_path / "texts"
        assert [p.suffix for p in kept.iterdir()] == [".md"]
        assert json.loads((tmp_path / "ingested.json").read_text())     # the ledger knows it
        again = lit.ingest_upload("again.md", FIXTURE.read_bytes())
        assert again.status == "skipped" and again.source_id == out.source_id
        assert lit.ingest_upload("again.md", FIXTURE.read_bytes(), force=True).status == "ingested"
        assert lit.ingest_paper(FIXTURE).status == "ingested"           # a file: forced by default


@pytest.mark.parametrize("name, data, error, message", [
    ("paper.docx", b"PK\x03\x04", PaperError, "not a paper file"),
    ("paper.md", b"  \n", PaperError, "empty"),
    ("paper.md", b"x" * (MAX_PAPER_BYTES + 1), PaperTooLarge, "more than a paper"),
    ("paper.pdf", b"%PDF-1.4 nothing", UserError, "'paper.pdf': it is damaged"),
])
def test_bad_uploads_are_refused_naming_the_upload(tmp_path, name, data, error, message):
    with open_store("ladybug", data_dir=tmp_path / "kg") as st:
        with pytest.raises(error, match=message) as err:
            Literature(st, data_dir=tmp_path).ingest_upload(name, data)
        assert "hkg-upload-" not in str(err.value)          # the temporary copy is not named
        assert st.stats()["counts"].get("Measurement", 0) == 0


@pytest.mark.slow   # ingest run: a paper extracted and loaded through the HTTP service
def test_a_signed_in_user_posts_a_paper_and_gets_its_summary(served, tmp_path):
    start, st = served
    server = start(tokens={token_digest(TOKEN): "alice"})
    url = f"{server.url}/api/ingest?name=sample.md"
    status, body = post(url, FIXTURE.read_bytes())
    doc = json.loads(body)
    assert status == 201, doc
    assert doc["status"] == "ingested" and doc["path"] == "sample.md" and doc["measurements"] > 0
    assert set(doc["seconds"]) == {"parse", "extract", "load"} and doc["loaded"]
    n = st.query("MATCH (m:Measurement) WHERE m.source_id = $s RETURN count(m) AS n", {"s": doc["source_id"]})
    assert n[0]["n"] == doc["measurements"]
    assert (tmp_path / "kg" / "texts").is_dir()                        # kept for the evidence view
    status, body = post(url, FIXTURE.read_bytes())                     # the same content again
    assert status == 200 and json.loads(body)["status"] == "skipped"
    status, body = post(url + "&force=true", FIXTURE.read_bytes())
    assert status == 201 and json.loads(body)["status"] == "ingested"


@pytest.mark.slow   # ingest run: a paper extracted and loaded through the HTTP service
def test_a_pdf_is_posted_and_read(served, tmp_path):
    from ingest.documents.pdf import synthetic

    pdf = synthetic.write_pdf(synthetic.html(1), tmp_path / "journal.pdf")
    start, _ = served
    server = start(tokens={token_digest(TOKEN): "alice"})
    status, body = post(f"{server.url}/api/ingest", pdf.read_bytes(), content_type="application/pdf")
    doc = json.loads(body)
    assert status == 201, doc
    assert doc["path"] == "upload.pdf" and doc["source_id"] == f"doi:{synthetic.DOI}" and doc["pages"] >= 1


def test_writes_need_a_token_and_errors_are_mapped(served, monkeypatch):
    import ui.http_api as http_api

    start, st = served
    server = start(tokens={token_digest(TOKEN): "alice"})
    url = f"{server.url}/api/ingest?name=sample.md"
    for token in (None, "hkg_wrong"):
        status, body = post(url, FIXTURE.read_bytes(), token=token)
        assert status == 401 and "token" in json.loads(body)["error"]
    assert post(url, b"", method="GET")[0] == 405
    assert post(f"{server.url}/api/stats", b"x")[0] == 405                 # reads stay GET
    status, body = post(f"{server.url}/api/ingest?name=paper.docx", b"PK\x03\x04")
    assert status == 400 and json.loads(body)["field"] == "name"
    status, body = post(f"{server.url}/api/ingest?name=paper.pdf", b"%PDF-1.4 not really", content_type="application/pdf")
    assert status == 400 and "damaged" in json.loads(body)["error"] and b"Traceback" not in body
    status, body = post(f"{server.url}/api/ingest", b"text", content_type="application/zip")
    assert status == 400 and "name the paper" in json.loads(body)["error"]
    monkeypatch.setattr(http_api, "MAX_PDF_BYTES", 1000)                  # the body is read no further
    status, body = post(url, b"x" * 5000)
    assert status == 413 and "more than a paper" in json.loads(body)["error"]
    assert st.stats()["counts"].get("Measurement", 0) == 0                  # nothing was written


def test_a_server_without_sign_in_takes_no_writes(served):
    start, st = served
    server = start()
    status, body = post(f"{server.url}/api/ingest?name=sample.md", FIXTURE.read_bytes(), token=None)
    assert status == 403 and "HKG_AUTH_FILE" in json.loads(body)["error"]
    assert st.stats()["counts"].get("Measurement", 0) == 0


def test_the_python_api_needs_a_signed_in_user_to_ingest(tmp_path, monkeypatch):
    from ui.api import HydrideKG
    from ui.auth import AuthError, hash_password

    users = tmp_path / "users.toml"
    users.write_text(f'[users.alice]\npassword_hash = "{hash_password("pw-long-enough", iterations=1000)}"\n')
    monkeypatch.setenv("HKG_AUTH_FILE", str(users))
    with HydrideKG(data_dir=str(tmp_path / "kg")) as hkg:
        with pytest.raises(AuthError, match="sign in first"):
            hkg.ingest_upload("sample.md", FIXTURE.read_bytes())
        with pytest.raises(AuthError, match="sign in first"):
            hkg.ingest(FIXTURE)
        hkg.sign_in("alice", "pw-long-enough")
        assert hkg.ingest_upload("sample.md", FIXTURE.read_bytes()).status == "ingested"
