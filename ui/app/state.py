"""Shared state of the Streamlit pages: the store connection and small display helpers.

Pages import from here so that every page opens the same store the same way and shows errors the
same way (a message, never a traceback).
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

import streamlit as st

# `streamlit run ui/app/Home.py` puts ui/app on sys.path, not the repo root; the packages live there.
_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from kg.settings import get_settings  # noqa: E402
from kg.store import open_store  # noqa: E402
from ontology.errors import HydrideKGError  # noqa: E402
from ui.app.display import md_text  # noqa: E402


def store_kind() -> str:
    return get_settings().store


@st.cache_resource(show_spinner=False)
def _store(kind: str, data_dir: str | None):
    return open_store(kind, data_dir=data_dir)


def get_store():
    """The process-wide store (one connection per Streamlit server)."""
    settings = get_settings()
    return _store(settings.store, str(settings.data_dir))


@st.cache_resource(show_spinner=False)
def _prepared() -> bool:
    """Shapes, ontology and SPARQL parsed once per server, before any session validates."""
    from kg.entry_shapes import prepare_validation

    prepare_validation()
    return True


def notebook():
    """The lab notebook service on the process-wide store (every write of a page goes through it)."""
    from kg.notebook import LabNotebook

    _prepared()
    return LabNotebook(get_settings().data_dir, store=get_store())


# At the server's start (the first page any session opens), before sessions validate concurrently.
_prepared()


@contextmanager
def user_errors(what: str):
    """The one place pages show errors: the project's own (``HydrideKGError``) and pydantic's
    validation as messages; anything else (a bug) as a short message too, never a traceback."""
    try:
        yield
    except (HydrideKGError, ValueError) as exc:   # ValueError: pydantic ValidationError
        st.error(md_text(f"{what}: {exc}", keep_lines=True))   # messages quote what the user gave
    except Exception as exc:  # noqa: BLE001 - never show a traceback to a researcher
        st.error(md_text(f"{what} failed: {type(exc).__name__}: {exc}", keep_lines=True))


def signed_in_user():
    """The signed-in user, or None (for pages that read freely and write only when signed in)."""
    from ui.auth import User, auth_mode, local_user

    mode = auth_mode()
    if mode == "local":
        return local_user()
    if mode == "oidc":
        if not st.user.is_logged_in:
            return None
        return User(st.user.get("email") or st.user.get("sub"), st.user.get("name") or st.user.get("email"))
    return st.session_state.get("hkg_user")


def current_user():
    """Sign the user in (password file, OIDC or local) and return them; stops the page until then."""
    from ui.auth import AuthError, auth_mode, authenticate, load_users

    user = signed_in_user()
    if user:
        return user
    if auth_mode() == "oidc":
        st.button("Log in", on_click=st.login)
        st.stop()
    try:
        users = load_users(get_settings().auth_file)
    except AuthError as exc:
        st.error(str(exc))
        st.stop()
    with st.form("login"):
        st.subheader("Sign in")
        username = st.text_input("User name")
        password = st.text_input("Password", type="password")
        if st.form_submit_button("Sign in"):
            user = authenticate(users, username, password)
            if user:
                st.session_state["hkg_user"] = user
                st.rerun()
            st.error("Unknown user name or wrong password.")
    st.stop()
