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
