"""Every page of the app runs on a fresh literature graph without an exception (Streamlit AppTest),
and shows what it should; bad input gives a message, never a traceback."""
from __future__ import annotations

from pathlib import Path

import pytest
from app_pages import app_test, page_test, use_graph

APP = Path(__file__).resolve().parents[1] / "ui" / "app"


@pytest.fixture
def page(data_dir, monkeypatch):
    return lambda name: page_test(monkeypatch, data_dir, name).run()


def test_home_counts_the_graph(page):
    at = page("Home.py")
    assert not at.exception
    metrics = {m.label: int(m.value.replace(",", "")) for m in at.metric}
    assert metrics["Material systems"] > 100 and metrics["Measurements"] > 300 and metrics["Sources"] >= 1


def test_query_console_reads_and_refuses_writes(page):
    at = page("9_Query_console.py")
    at.text_area[0].set_value("MATCH (s:System) RETURN count(s) AS n")
    at.button[0].click().run()
    assert not at.exception and not at.error
    at.text_area[0].set_value("MATCH (s:System) DETACH DELETE s")
    at.button[0].click().run()
    assert not at.exception
    assert any("write" in e.value.lower() or "refused" in e.value.lower() for e in at.error)
    at.text_area[0].set_value("MATCH (s:System) RETURN count(s) AS n")
    at.button[0].click().run()
    assert not at.error                              # the systems are all still there


def test_analogs_page_ranks_and_reports_unknown_tokens(page):
    at = page("2_Analogs.py")
    at.text_input(key="analog_query").set_value("MgH2–Ni").run()
    assert not at.exception
    shown = " ".join(str(getattr(e, "value", "")) for e in at.markdown) + " ".join(
        df.value.to_string() for df in at.dataframe)
    # Ni-catalysed MgH2 systems rank first (Ni on carbon, one supported catalyst, among them)
    # (systems shown with ' + ' before a loaded component: ui.app.display.system_text)
    assert "MgH2 + 16.1 wt% Ni" in shown and "MgH2 + 3 wt% Ni@C" in shown
    at.text_input(key="analog_query").set_value("MgH2 + 5 wt% Qx9zz").run()
    assert not at.exception
    assert any("Qx9zz" in e.value for e in [*at.error, *at.warning])


def test_sources_page_lists_the_review(page):
    at = page("4_Sources.py")
    assert not at.exception
    text = " ".join(str(getattr(e, "value", "")) for e in list(at.markdown) + list(at.caption)
                    + list(at.subheader) + list(at.selectbox))
    assert "Hydrides" in text or "adfm" in text


# ------------------------------------------------------------------------------------------ sign-in
# A lab's notebook is private: with a password file (HKG_AUTH_FILE) or OIDC, every page asks for a
# signed-in user before it shows anything of the graph. Without either (local mode) pages show directly.
PAGES = ["Home.py"] + sorted(p.name for p in (APP / "pages").glob("*.py"))
PASSWORD = "alice-secret-1"
# Element kinds that show the graph (or let one query it); the sign-in form has none of them.
GRAPH_ELEMENTS = ("dataframe", "table", "metric", "tabs", "selectbox", "multiselect", "slider",
                  "text_area", "number_input", "expander", "plotly_chart", "download_button",
                  "file_uploader", "json", "code")


@pytest.fixture(scope="module")
def users_file(tmp_path_factory):
    """A password file made the way the README says: `hkg user hash alice` (password on stdin; its
    main() in this process, with stdin and stdout swapped for strings)."""
    import io
    from contextlib import redirect_stdout

    from ui.cli import main

    out = io.StringIO()
    with pytest.MonkeyPatch.context() as mp, redirect_stdout(out):
        mp.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        assert main(["user", "hash", "alice"]) == 0
    path = tmp_path_factory.mktemp("auth") / "users.toml"
    path.write_text(out.getvalue().replace('name = "alice"', 'name = "Alice Example"'))
    return path


@pytest.fixture
def app(data_dir, monkeypatch):
    """An AppTest of a page (not run yet) on the module's graph; no sign-in configured unless set."""
    use_graph(monkeypatch, data_dir)
    return app_test


def _graph_content(at) -> list[str]:
    return [kind for kind in GRAPH_ELEMENTS if len(at.get(kind))]


def _sign_in_form(at) -> bool:
    return ([t.label for t in at.text_input] == ["User name", "Password"]
            and any(s.value == "Sign in" for s in at.subheader))


def test_every_page_asks_for_sign_in_with_a_password_file(app, users_file, monkeypatch):
    monkeypatch.setenv("HKG_AUTH_FILE", str(users_file))
    for name in PAGES:
        at = app(name).run()
        assert not at.exception, (name, at.exception)
        assert _sign_in_form(at), name
        assert _graph_content(at) == [], (name, _graph_content(at))


def test_signing_in_with_the_password_file_shows_the_graph(app, users_file, monkeypatch):
    monkeypatch.setenv("HKG_AUTH_FILE", str(users_file))
    at = app("Home.py").run()
    at.text_input[0].input("alice")
    at.text_input[1].input("not-alice-s-password")
    at.button[0].click().run()
    assert not at.exception and _sign_in_form(at) and not at.metric
    assert any("wrong password" in e.value for e in at.error)
    at.text_input[0].input("alice")
    at.text_input[1].input(PASSWORD)
    at.button[0].click().run()
    assert not at.exception and not _sign_in_form(at)
    assert at.session_state["hkg_user"].name == "Alice Example"
    metrics = {m.label: int(m.value.replace(",", "")) for m in at.metric}
    assert metrics["Material systems"] > 100 and metrics["Sources"] >= 1


@pytest.mark.slow   # runs every page again, signed in (test_local_mode_shows_every_page_without_sign_in is the quick one)
def test_signed_in_users_see_every_page(app, users_file, monkeypatch):
    from ui.auth import User

    monkeypatch.setenv("HKG_AUTH_FILE", str(users_file))
    for name in PAGES:
        at = app(name)
        at.session_state["hkg_user"] = User("alice", "Alice Example")
        at.run()
        assert not at.exception, (name, at.exception)
        assert not _sign_in_form(at) and at.title, name
    at = app("Home.py")
    at.session_state["hkg_user"] = User("alice", "Alice Example")
    assert at.run().metric


@pytest.mark.slow   # page runs that ingest papers into the graph
def test_sources_page_adds_papers_for_the_signed_in_user(app, users_file, monkeypatch):
    fixture = APP.parents[1] / "tests" / "fixtures" / "doc_sample.md"
    monkeypatch.setenv("HKG_AUTH_FILE", str(users_file))
    at = app("4_Sources.py").run()
    assert _sign_in_form(at) and not at.get("text_area")
    at.text_input[0].input("alice")
    at.text_input[1].input(PASSWORD)
    at.button[0].click().run()
    assert not at.exception and not _sign_in_form(at)
    at.text_area(key="paper_text").set_value(fixture.read_text(encoding="utf-8"))
    at.button(key="paper_extract").click().run()
    assert not at.exception and not at.error
    assert any(m.label == "Measurements" and int(m.value) > 0 for m in at.metric)
    preview = "\n".join(df.value.to_string() for df in at.dataframe)   # in words (issue 16)
    assert "°C" in preview and "degC" not in preview and "None" not in preview
    assert "onset_dehydrogenation_temperature" not in preview and "MetalCatalysis" not in preview
    assert at.button(key="paper_load")                  # loading is offered (not pressed: shared graph)


OIDC = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "test-only-cookie-secret",
        "client_id": "hkg", "client_secret": "test-only", "server_metadata_url":
        "https://id.lab.example/.well-known/openid-configuration"}


def test_every_page_asks_for_oidc_login(app):
    for name in PAGES:
        at = app(name)
        at.secrets["auth"] = OIDC
        at.user = {"is_logged_in": False}
        at.run()
        assert not at.exception, (name, at.exception)
        assert [b.label for b in at.button] == ["Log in"], name
        assert _graph_content(at) == [], (name, _graph_content(at))
    at = app("Home.py")
    at.secrets["auth"] = OIDC
    at.user = {"is_logged_in": True, "email": "alice@lab.example", "name": "Alice Example"}
    at.run()
    assert not at.exception and at.metric and not [b for b in at.button if b.label == "Log in"]


def test_local_mode_shows_every_page_without_sign_in(app):
    for name in PAGES:
        at = app(name).run()
        assert not at.exception, (name, at.exception)
        assert not _sign_in_form(at) and not [b for b in at.button if b.label == "Log in"], name
        assert at.title, name
    assert app("Home.py").run().metric
