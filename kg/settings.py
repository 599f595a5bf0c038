"""The settings of a HydrideKG process, read from the environment in one place.

    from kg.settings import get_settings
    s = get_settings()          # s.data_dir, s.store, s.neo4j_uri, s.auth_file, s.lock_timeout …

Every surface (``hkg``, the pages, the JSON API, the Python API, ``make run``) asks this module, so
they agree on one data folder: ``HKG_DATA_DIR`` if set, else the per-user folder
(``$XDG_DATA_HOME/hydridekg``, by default ``~/.local/share/hydridekg``).

The environment is read once per process; a changed environment (a test's monkeypatch, a page's
server started with other variables) is noticed because the cache is keyed on the variables' values.
A bad value is a ``SettingsError`` naming the variable and the fix.
"""
from __future__ import annotations

import getpass
import os
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from ontology.errors import UserError
from ontology.limits import QUERY_TIMEOUT_SECONDS

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT_DIR = ROOT / "data" / "snapshot"     # the shipped literature snapshot (in the checkout)
STORES = ("ladybug", "neo4j")

# field name -> environment variable (one table, so errors can name the variable)
ENV = {"data_dir": "HKG_DATA_DIR", "store": "HKG_STORE", "neo4j_uri": "NEO4J_URI", "neo4j_user": "NEO4J_USER",
       "neo4j_password": "NEO4J_PASSWORD", "auth_file": "HKG_AUTH_FILE", "user": "HKG_USER",
       "lock_timeout": "HKG_LOCK_TIMEOUT", "source_text_dirs": "HKG_SOURCE_TEXT_DIRS",
       "snapshot_dir": "HKG_SNAPSHOT_DIR", "api_tokens": "HKG_API_TOKENS",
       "query_timeout": "HKG_QUERY_TIMEOUT"}
_ALSO_READ = ("XDG_DATA_HOME", "HOME")        # they move the default data folder


class SettingsError(UserError):
    """An environment variable holds a value HydrideKG cannot use."""


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - a container user without a passwd entry
        return "unknown"


def default_data_dir() -> Path:
    """The per-user data folder (used when HKG_DATA_DIR is not set)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "hydridekg"


class Settings(BaseModel):
    """What a process needs to know about where things are and who it is."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    data_dir: Path = Field(default_factory=default_data_dir,
                           description="folder of the embedded store, the lab entries and their files")
    store: Literal["ladybug", "neo4j"] = "ladybug"
    neo4j_uri: str | None = None
    neo4j_user: str | None = None
    neo4j_password: SecretStr | None = None
    auth_file: Path | None = Field(None, description="password file of the app's sign-in (None: OIDC or local)")
    user: str = Field(default_factory=_login_name, description="who writes, when nobody signed in")
    lock_timeout: float = Field(60.0, gt=0, description="seconds a writer waits for the store's lock")
    query_timeout: float = Field(QUERY_TIMEOUT_SECONDS, gt=0,
                                 description="seconds a user's read query may run before it is stopped")
    source_text_dirs: tuple[Path, ...] = ()
    snapshot_dir: Path = SNAPSHOT_DIR
    api_tokens: Path | None = Field(None, description="the JSON API's token file (default <data dir>/api-tokens.toml)")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        raw: dict[str, Any] = {}
        for name, var in ENV.items():
            value = env.get(var)
            if value is None or (value.strip() == "" and name != "neo4j_password"):
                continue                 # unset or empty: the default (HKG_AUTH_FILE= turns the file off)
            if name == "source_text_dirs":
                raw[name] = tuple(Path(p).expanduser() for p in value.split(":") if p)
            elif name in ("data_dir", "auth_file", "snapshot_dir"):
                raw[name] = Path(value).expanduser()
            elif name == "store":
                raw[name] = value.strip().lower()
            else:
                raw[name] = value
        try:
            return cls(**raw)
        except ValidationError as exc:
            err = exc.errors()[0]
            name = str(err["loc"][0]) if err["loc"] else ""
            var = ENV.get(name, name)
            fix = {"store": f"set {var} to one of: {', '.join(STORES)}",
                   "lock_timeout": f"set {var} to a number of seconds, e.g. 60",
                   "query_timeout": f"set {var} to a number of seconds, e.g. 30"}.get(name, f"correct or unset {var}")
            raise SettingsError(f"{var}={env.get(var)!r}: {err['msg']}", field=var, fix=fix) from None

    def neo4j_credentials(self) -> tuple[str | None, str | None, str | None]:
        password = self.neo4j_password.get_secret_value() if self.neo4j_password is not None else None
        return self.neo4j_uri, self.neo4j_user, password


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` (or a caller's folder) when given, else the settings' data folder."""
    return Path(explicit).expanduser() if explicit else get_settings().data_dir


_lock = threading.Lock()
_cache: dict[tuple[Any, ...], Settings] = {}


def get_settings() -> Settings:
    """The settings of this process (read once per distinct environment)."""
    key = tuple(os.environ.get(v) for v in (*ENV.values(), *_ALSO_READ))
    with _lock:
        hit = _cache.get(key)
    if hit is None:
        hit = Settings.from_env()
        with _lock:
            if len(_cache) > 32:        # tests switch environments often; keep the cache small
                _cache.clear()
            _cache[key] = hit
    return hit
