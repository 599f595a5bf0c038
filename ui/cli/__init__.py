"""The ``hkg`` command line.

Each module of this package that defines ``register(subparsers)`` adds its sub-commands, so a new
capability adds a module here rather than editing a central list.
"""
from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys

from ontology.errors import HydrideKGError
from ontology.safe_text import escape_controls


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hkg", description="HydrideKG: knowledge graph and lab notebook for Li/Mg-based hydrides")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_") or info.name == "common":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    _describe(parser)
    return parser


def _describe(parser: argparse.ArgumentParser) -> None:
    """A command without a description shows its one-line help in its own ``--help``.

    (A help string is %-formatted by argparse, a description is not: '%%' becomes '%'.)
    """
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        helps = {a.dest: a.help for a in action._choices_actions}
        for name, sp in action.choices.items():
            if not sp.description and helps.get(name):
                sp.description = helps[name].replace("%%", "%")
            _describe(sp)


EXIT_BROKEN_PIPE = 141   # 128 + SIGPIPE, what a shell reports for a writer whose reader went away


def _run(argv: list[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        result = args.func(args)
    except HydrideKGError as exc:     # the one place errors meet the CLI user: a message, exit 2
        # messages quote what the user (or an imported archive) wrote: never raw control characters
        print(f"hkg {args.command}: error: {escape_controls(str(exc), one_line=False)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        message = fixable_message(exc)
        if message is None:
            raise
        print(f"hkg {args.command}: error: {escape_controls(message, one_line=False)}", file=sys.stderr)
        return 2
    return int(result or 0)


def fixable_message(exc: BaseException) -> str | None:
    """The one-line message of an error the user can act on that a command did not turn into a
    ``CliError`` itself: a full disk, a store that cannot be opened or is damaged, an entry store
    problem. None for anything else (a bug: its traceback is wanted)."""
    import errno

    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        where = f" (writing '{exc.filename}')" if exc.filename else ""
        return (f"no space left on the device{where}. Fix: free space on it (or point --data-dir / "
                "HKG_DATA_DIR elsewhere), then run the command again; anything stored before is whole "
                "and is recognised when you re-run")
    # the classes are looked up, not imported: if their module is not loaded, exc is not one of them
    for module, name in (("kg.store", "StoreError"), ("kg.entries", "EntryStoreError")):
        cls = getattr(sys.modules.get(module), name, None)
        if cls is not None and isinstance(exc, cls):
            return str(exc)
    return None


def _stdout_to_devnull() -> None:
    """Point stdout at /dev/null, so the interpreter's final flush cannot fail again."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):   # not a real file (e.g. captured in tests)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


def main(argv: list[str] | None = None) -> int:
    # Output piped into a reader that stops early ('hkg … | head'): exit quietly, as other Unix
    # tools do, instead of a BrokenPipeError traceback (from a command, or from the final flush).
    try:
        try:
            return _run(argv)
        finally:
            sys.stdout.flush()
    except BrokenPipeError:
        _stdout_to_devnull()
        return EXIT_BROKEN_PIPE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
