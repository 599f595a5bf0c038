"""Who is using the app: a password file for labs without an identity provider, or Streamlit's OIDC.

The password file (TOML, path in ``HKG_AUTH_FILE``) holds one table per user with a PBKDF2 hash —
never a plain password:

    [users.alice]
    name = "Alice Example"
    password_hash = "pbkdf2_sha256$600000$<salt-hex>$<hash-hex>"

Create a hash with ``hkg user hash`` (prompts for the password). Without a password file and without
an ``[auth]`` section in Streamlit's secrets, the app runs in single-user mode as the OS user.

A deployment for a group (the Docker image) runs ``python -m ui.auth check`` before it serves: it
stops with a message unless users can sign in — a readable password file with at least one user, or
an ``[auth]`` section in ``.streamlit/secrets.toml`` and Authlib installed (Streamlit's ``st.login``).
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import sys
import tomllib
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

from ontology.errors import UserError

ITERATIONS = 600_000


class AuthError(UserError, ValueError):
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
    except OSError as exc:  # e.g. a mounted file the app's user may not read
        raise AuthError(f"cannot read HKG_AUTH_FILE '{path}': {exc.strerror or exc}") from None
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
    from kg.settings import get_settings

    if get_settings().auth_file is not None:
        return "password"
    try:
        import streamlit as st

        if "auth" in st.secrets:
            return "oidc"
    except Exception:  # noqa: BLE001 - no secrets file is the normal single-user case
        pass
    return "local"


def local_user() -> User:
    from kg.settings import get_settings

    name = get_settings().user
    return User(name, name)


# OIDC settings Streamlit's st.login needs in [auth] (the provider's may sit in a sub-table [auth.<name>]).
_OIDC_KEYS = ("redirect_uri", "cookie_secret")
_PROVIDER_KEYS = ("client_id", "client_secret", "server_metadata_url")


def _streamlit_secrets_files() -> list[Path]:
    """Where Streamlit looks for secrets.toml (``~/.streamlit`` and ``./.streamlit`` unless configured)."""
    try:
        from streamlit import config

        return [Path(p) for p in config.get_option("secrets.files")]
    except Exception:  # noqa: BLE001 - Streamlit's defaults
        return [Path.home() / ".streamlit" / "secrets.toml", Path.cwd() / ".streamlit" / "secrets.toml"]


def _oidc_section() -> tuple[dict | None, list[str]]:
    """The merged [auth] section of the Streamlit secrets files (later files win), and the files read."""
    section: dict | None = None
    read: list[str] = []
    for path in _streamlit_secrets_files():
        if not path.is_file():
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise AuthError(f"Streamlit secrets file '{path}' is not valid TOML: {exc}") from None
        except OSError as exc:
            raise AuthError(f"cannot read Streamlit secrets file '{path}': {exc.strerror or exc}") from None
        read.append(str(path))
        if isinstance(data.get("auth"), dict):
            section = {**(section or {}), **data["auth"]}
    return section, read


def check_sign_in() -> str:
    """Raise AuthError unless users can sign in; return a one-line description of how they do."""
    from kg.settings import get_settings

    path = get_settings().auth_file
    if path is not None:
        users = load_users(path)
        return f"password file {path} ({len(users)} user{'s' if len(users) != 1 else ''})"
    section, read = _oidc_section()
    if section is None:
        where = ", ".join(str(p) for p in _streamlit_secrets_files())
        raise AuthError("no way to sign users in: set HKG_AUTH_FILE to a password file (`hkg user hash`), "
                        f"or put an [auth] section for OIDC in Streamlit's secrets ({where})")
    missing = [k for k in _OIDC_KEYS if not section.get(k)]
    providers = [section] + [v for v in section.values() if isinstance(v, dict)]
    if not any(all(p.get(k) for k in _PROVIDER_KEYS) for p in providers):
        missing.append("client_id, client_secret and server_metadata_url (in [auth] or [auth.<provider>])")
    if missing:
        raise AuthError(f"the [auth] section of {', '.join(read)} lacks {', '.join(missing)}")
    try:
        import authlib  # noqa: F401 - Streamlit's st.login needs it
    except ImportError:
        raise AuthError("OIDC sign-in ([auth] in Streamlit's secrets) needs the Authlib package: "
                        "pip install 'Authlib>=1.3.2'") from None
    return f"OIDC ([auth] in {', '.join(read)})"


# ------------------------------------------------------------------------------------ API tokens
# Scripts sign in to the JSON API with a bearer token. The token file (TOML, ``HKG_API_TOKENS`` or
# ``<data dir>/api-tokens.toml``) keeps each token's SHA-256, never the token: a token is 256 random
# bits, so a fast digest is enough (a password needs the slow PBKDF2 above).
TOKEN_PREFIX = "hkg_"


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def api_tokens_file() -> Path:
    from kg.settings import get_settings

    settings = get_settings()
    return Path(settings.api_tokens or Path(settings.data_dir) / "api-tokens.toml")


def load_api_tokens(path: str | Path | None = None) -> dict[str, dict]:
    """sha256 of each token -> {user, label, created}; {} when the file does not exist yet."""
    path = Path(path) if path is not None else api_tokens_file()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except tomllib.TOMLDecodeError as exc:
        raise AuthError(f"API token file '{path}' is not valid TOML: {exc}") from None
    except OSError as exc:
        raise AuthError(f"cannot read API token file '{path}': {exc.strerror or exc}") from None
    tokens = data.get("tokens", {})
    if not isinstance(tokens, dict) or not all(isinstance(v, dict) and v.get("user") for v in tokens.values()):
        raise AuthError(f"API token file '{path}': every [tokens.<sha256>] table needs a user")
    return tokens


def _write_api_tokens(path: Path, tokens: dict[str, dict]) -> None:
    import json

    lines = ["# HydrideKG API tokens: SHA-256 of each token (the token itself is shown once, at creation)"]
    for digest, meta in sorted(tokens.items(), key=lambda kv: kv[1].get("created", "")):
        lines.append(f"\n[tokens.{digest}]")
        lines += [f"{k} = {json.dumps(str(v))}" for k, v in meta.items()]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    os.replace(tmp, path)  # readers see the old file or the new one, never half of it


def create_api_token(username: str, label: str = "", path: str | Path | None = None) -> str:
    """A new token for ``username`` (returned once; only its digest is stored)."""
    from datetime import datetime

    if not username or not username.replace("-", "").replace("_", "").replace(".", "").replace("@", "").isalnum():
        raise AuthError(f"username '{username}': use letters, digits, '-', '_', '.' or '@'")
    path = Path(path) if path is not None else api_tokens_file()
    tokens = load_api_tokens(path)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    tokens[token_digest(token)] = {"user": username, "label": label[:200],
                                   "created": datetime.now(UTC).isoformat(timespec="seconds")}
    _write_api_tokens(path, tokens)
    return token


def revoke_api_tokens(username: str, path: str | Path | None = None) -> int:
    """Removes every token of ``username``; returns how many there were."""
    path = Path(path) if path is not None else api_tokens_file()
    tokens = load_api_tokens(path)
    kept = {d: m for d, m in tokens.items() if m.get("user") != username}
    if len(kept) != len(tokens):
        _write_api_tokens(path, kept)
    return len(tokens) - len(kept)


def api_token_users() -> dict[str, str] | None:
    """digest -> user when the API needs tokens (sign-in is configured), else None (single user)."""
    if auth_mode() == "local":
        return None
    return {digest: meta["user"] for digest, meta in load_api_tokens().items()}


def main(argv: list[str] | None = None) -> int:
    """``python -m ui.auth check``: exit 2 with a message unless users can sign in."""
    argv = sys.argv[1:] if argv is None else argv
    if argv != ["check"]:
        print("usage: python -m ui.auth check", file=sys.stderr)
        return 2
    try:
        how = check_sign_in()
    except AuthError as exc:
        print(f"hkg sign-in: error: {exc}", file=sys.stderr)
        return 2
    print(f"hkg sign-in: {how}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
