"""`hkg user hash`: make a password-file line for a lab member (see ui/auth.py)."""
from __future__ import annotations

import getpass
import sys

from .common import group


def register(sub) -> None:
    users = group(sub, "user", "app users (password file)")
    p = users.add_parser("hash", help="prompt for a password and print its pbkdf2 hash")
    p.add_argument("username", help="the sign-in name of the lab member")
    p.set_defaults(func=cmd_hash)


def cmd_hash(args) -> int:
    from ui.auth import hash_password

    # The password never comes from an argument: it would land in shell history.
    password = getpass.getpass("password: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
    line = hash_password(password)
    print(f'[users.{args.username}]\nname = "{args.username}"\npassword_hash = "{line}"')
    return 0
