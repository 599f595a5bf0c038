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
    t = users.add_parser("token", help="make an API token for a lab member (shown once) or revoke theirs",
                         description="Scripts sign in to the JSON API (`hkg serve`) with a bearer token. The "
                                     "token file (HKG_API_TOKENS, default <data dir>/api-tokens.toml) keeps "
                                     "only each token's SHA-256.")
    t.add_argument("username", help="the sign-in name the token acts as")
    t.add_argument("--label", default="", help="what the token is for, e.g. 'plotting script on lab-pc-3'")
    t.add_argument("--revoke", action="store_true", help="remove every token of this user instead")
    t.set_defaults(func=cmd_token)


def cmd_hash(args) -> int:
    from ui.auth import hash_password

    # The password never comes from an argument: it would land in shell history.
    password = getpass.getpass("password: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
    line = hash_password(password)
    print(f'[users.{args.username}]\nname = "{args.username}"\npassword_hash = "{line}"')
    return 0


def cmd_token(args) -> int:
    from ui.auth import api_tokens_file, create_api_token, revoke_api_tokens

    if args.revoke:
        n = revoke_api_tokens(args.username)
        print(f"revoked {n} token(s) of {args.username} in {api_tokens_file()}", file=sys.stderr)
        return 0
    token = create_api_token(args.username, args.label)
    print(f"token for {args.username} (stored as its SHA-256 in {api_tokens_file()}; shown only now):",
          file=sys.stderr)
    print(token)
    return 0
