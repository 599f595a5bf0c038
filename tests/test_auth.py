"""Password-file sign-in: hashes only, clear errors, no plain passwords accepted."""
import pytest

from ui.auth import AuthError, authenticate, hash_password, load_users, verify_password


def test_hash_and_verify():
    h = hash_password("correct horse battery", iterations=1000)
    assert h.startswith("pbkdf2_sha256$1000$")
    assert verify_password("correct horse battery", h)
    assert not verify_password("wrong horse battery", h)
    assert not verify_password("x", "garbage")


def test_short_password_refused():
    with pytest.raises(AuthError, match="at least 10"):
        hash_password("short")


def test_password_file(tmp_path):
    f = tmp_path / "users.toml"
    f.write_text(f'[users.alice]\nname = "Alice"\npassword_hash = "{hash_password("alice-secret-1", iterations=1000)}"\n')
    users = load_users(f)
    assert authenticate(users, "alice", "alice-secret-1").name == "Alice"
    assert authenticate(users, "alice", "nope") is None
    assert authenticate(users, "mallory", "alice-secret-1") is None


def test_plain_password_in_file_refused(tmp_path):
    f = tmp_path / "users.toml"
    f.write_text('[users.bob]\npassword_hash = "hunter2hunter2"\n')
    with pytest.raises(AuthError, match="plain password"):
        load_users(f)
    with pytest.raises(AuthError, match="does not exist"):
        load_users(tmp_path / "missing.toml")


def test_unreadable_password_file_is_a_message(tmp_path):
    with pytest.raises(AuthError, match="cannot read"):
        load_users(tmp_path)                       # a folder where the file should be


def test_empty_auth_file_setting_means_no_password_file(monkeypatch):
    """docker compose sets HKG_AUTH_FILE= (empty) for OIDC: that is not a password file."""
    from ui.auth import auth_mode

    monkeypatch.setenv("HKG_AUTH_FILE", "")
    assert auth_mode() != "password"
    monkeypatch.setenv("HKG_AUTH_FILE", "/run/secrets/hkg/users.toml")
    assert auth_mode() == "password"


def test_sign_in_check(tmp_path, monkeypatch):
    from ui.auth import check_sign_in

    f = tmp_path / "users.toml"
    f.write_text(f'[users.alice]\npassword_hash = "{hash_password("alice-secret-1", iterations=1000)}"\n')
    monkeypatch.setenv("HKG_AUTH_FILE", str(f))
    assert check_sign_in() == f"password file {f} (1 user)"
    monkeypatch.setenv("HKG_AUTH_FILE", str(tmp_path / "gone.toml"))
    with pytest.raises(AuthError, match="does not exist"):
        check_sign_in()
