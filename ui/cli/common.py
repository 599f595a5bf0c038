"""Options and helpers shared by the ``hkg`` sub-commands."""
from __future__ import annotations

import json
import sys

from ontology.errors import UserError


class CliError(UserError):
    """Command-line input the user can fix (an option, a file); printed without a traceback, exit 2."""


def add_store_args(parser) -> None:
    parser.add_argument("--store", choices=("ladybug", "neo4j"), default=None,
                        help="graph backend (default: env HKG_STORE, else ladybug, the embedded store)")
    parser.add_argument("--data-dir", default=None,
                        help="data directory (env HKG_DATA_DIR; default: the per-user folder, "
                             "~/.local/share/hydridekg)")


def open_store_from_args(args, *, read_only: bool = False, literature: bool | None = None):
    """The store the options name. A graph command (``read_only``, unless ``literature=False``) on an
    embedded store without the literature graph builds it from the shipped snapshot first, saying so."""
    from kg.literature import ensure_literature
    from kg.store import open_store

    if literature if literature is not None else read_only:
        ensure_literature(args.store, args.data_dir, say=lambda text: print(text, file=sys.stderr, flush=True))
    return open_store(args.store, data_dir=args.data_dir, read_only=read_only)


def parse_assignments(items: list[str], what: str, example: str, *, identifiers: bool = False) -> dict:
    """``K=V`` arguments as a mapping; V is read as JSON when it parses (5, true, [\"a\"]), else as text."""
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key or (identifiers and not key.isidentifier()):
            raise CliError(f"{what} '{item}' must look like {example}")
        try:
            out[key] = json.loads(value)
        except json.JSONDecodeError:
            out[key] = value
    return out


def value_text(value: float, high: float | None = None) -> str:
    """A value, or a range with its upper end, as the commands print it: '300', '250–300', '1.2 × 10⁻⁵'
    (``ontology.units.number_text`` with the six significant digits of Python's ``g``, never e-notation)."""
    from ontology.units import range_text

    return range_text(value, high, 6)


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
