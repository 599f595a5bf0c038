"""Shared state of the Streamlit pages: the store connection and small display helpers.

Pages import from here so that every page opens the same store the same way and shows errors the
same way (a message, never a traceback).
"""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path

import streamlit as st

# `streamlit run ui/app/Home.py` puts ui/app on sys.path, not the repo root; the packages live there.
_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from kg.store import StoreError, open_store  # noqa: E402


def store_kind() -> str:
    return os.environ.get("HKG_STORE", "ladybug")


@st.cache_resource(show_spinner=False)
def _store(kind: str, data_dir: str | None):
    return open_store(kind, data_dir=data_dir)


def get_store():
    """The process-wide store (one connection per Streamlit server)."""
    return _store(store_kind(), os.environ.get("HKG_DATA_DIR"))


@contextmanager
def user_errors(what: str):
    """Show the project's own errors as messages; anything else as a short message too."""
    try:
        yield
    except StoreError as exc:
        st.error(f"{what}: {exc}")
    except ValueError as exc:  # pydantic ValidationError, parser errors, UnitError are ValueErrors
        st.error(f"{what}: {exc}")
    except Exception as exc:  # noqa: BLE001 - never show a traceback to a researcher
        st.error(f"{what} failed: {type(exc).__name__}: {exc}")


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
        users = load_users(os.environ["HKG_AUTH_FILE"])
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
