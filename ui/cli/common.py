"""Options and helpers shared by the ``hkg`` sub-commands."""
from __future__ import annotations

import json
import os
import sys


class CliError(Exception):
    """An error the user can fix; printed without a traceback, exit code 2."""


def add_store_args(parser) -> None:
    parser.add_argument("--store", choices=("ladybug", "neo4j"), default=os.environ.get("HKG_STORE", "ladybug"),
                        help="graph backend (default: ladybug, the embedded store; env HKG_STORE)")
    parser.add_argument("--data-dir", default=None,
                        help="data directory of the embedded store (env HKG_DATA_DIR; default: per-user data dir)")


def open_store_from_args(args, *, read_only: bool = False):
    from kg.store import StoreError, open_store

    try:
        return open_store(args.store, data_dir=args.data_dir, read_only=read_only)
    except StoreError as exc:
        raise CliError(str(exc)) from None


def print_json(obj) -> None:
    json.dump(obj, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def print_jsonl(rows) -> None:
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def group(sub, name: str, help: str):
    """The sub-command group ``hkg NAME …`` shared by several modules (e.g. ``bench``, ``report``).

    Modules register their own verbs under a shared group through this, so that ``hkg bench
    extract`` and ``hkg bench analogs`` can live in different modules without argparse conflicts.
    """
    groups = sub.__dict__.setdefault("_hkg_groups", {})
    if name not in groups:
        parser = sub.add_parser(name, help=help)
        groups[name] = parser.add_subparsers(dest=f"{name}_what", metavar="WHAT", required=True)
    return groups[name]
