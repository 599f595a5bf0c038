"""Who is using the app: a password file for labs without an identity provider, or Streamlit's OIDC.

The password file (TOML, path in ``HKG_AUTH_FILE``) holds one table per user with a PBKDF2 hash —
never a plain password:

    [users.alice]
    name = "Alice Example"
    password_hash = "pbkdf2_sha256$600000$<salt-hex>$<hash-hex>"

Create a hash with ``hkg user hash`` (prompts for the password). Without a password file and without
an ``[auth]`` section in Streamlit's secrets, the app runs in single-user mode as the OS user.
"""
from __future__ import annotations

import getpass
import hashlib
import hmac
import os
import secrets
import tomllib
from dataclasses import dataclass
from pathlib import Path

ITERATIONS = 600_000


class AuthError(ValueError):
    """A password file that cannot be used; the message says what to fix."""


@dataclass(frozen=True)
class User:
    username: str
    name: str


def hash_password(password: str, *, iterations: int = ITERATIONS, salt: bytes | None = None) -> str:
    if len(password) < 10:
        raise AuthError("password: use at least 10 characters")
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, iterations, salt, digest = stored.split("$")
        if scheme != "pbkdf2_sha256":
            return False
        candidate = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), bytes.fromhex(salt), int(iterations))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate.hex(), digest)


def load_users(path: str | Path) -> dict[str, dict]:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AuthError(f"HKG_AUTH_FILE '{path}' does not exist; create it (see docs/users.example.toml)") from None
    except tomllib.TOMLDecodeError as exc:
        raise AuthError(f"password file '{path}' is not valid TOML: {exc}") from None
    users = data.get("users")
    if not isinstance(users, dict) or not users:
        raise AuthError(f"password file '{path}' has no [users.<name>] tables")
    for name, entry in users.items():
        if not isinstance(entry, dict) or "password_hash" not in entry:
            raise AuthError(f"password file '{path}': user '{name}' has no password_hash")
        if not str(entry["password_hash"]).startswith("pbkdf2_sha256$"):
            raise AuthError(f"password file '{path}': user '{name}' must have a pbkdf2_sha256 hash, "
                            "not a plain password (create one with `hkg user hash`)")
    return users


def authenticate(users: dict[str, dict], username: str, password: str) -> User | None:
    entry = users.get(username)
    # Verify against a dummy hash for unknown users so timing does not reveal which names exist.
    stored = entry["password_hash"] if entry else "pbkdf2_sha256$1000$00$00"
    ok = verify_password(password, stored)
    return User(username, entry.get("name", username)) if ok and entry else None


def auth_mode() -> str:
    """'password' (HKG_AUTH_FILE), 'oidc' (Streamlit secrets [auth]) or 'local' (single user)."""
    if os.environ.get("HKG_AUTH_FILE"):
        return "password"
    try:
        import streamlit as st

        if "auth" in st.secrets:
            return "oidc"
    except Exception:  # noqa: BLE001 - no secrets file is the normal single-user case
        pass
    return "local"


def local_user() -> User:
    name = getpass.getuser()
    return User(name, name)
