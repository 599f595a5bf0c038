"""The README's command-line reference and the `hkg` parser cannot drift apart.

Every command and sub-command the argparse parser defines (ui.cli.build_parser) is named in README.md,
and every `hkg COMMAND [SUBCOMMAND]` the README names in code (inline or in a code block) exists.
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from ui.cli import build_parser

README = Path(__file__).resolve().parents[1] / "README.md"
# `hkg` then one or two lower-case words: a command and perhaps its sub-command (or a positional argument)
_INVOCATION = re.compile(r"(?<![\w-])hkg((?: +[a-z][a-z0-9-]*){1,2})(?![\w-])")
_FENCED = re.compile(r"^```[^\n]*\n(.*?)^```", re.S | re.M)
_INLINE = re.compile(r"`([^`\n]+)`")


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The sub-commands a parser defines, by name (aliases included)."""
    out: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            out.update(action.choices)
    return out


def parser_commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command path the parser accepts: ('entry',), ('entry', 'add'), …"""
    out = []
    for name, sub in _subparsers(parser).items():
        out.append((*path, name))
        out.extend(parser_commands(sub, (*path, name)))
    return out


def code_of(markdown: str) -> list[str]:
    """The README's code: fenced blocks, then inline spans outside them."""
    blocks = _FENCED.findall(markdown)
    prose = _FENCED.sub("", markdown)
    return blocks + _INLINE.findall(prose)


def named_invocations(markdown: str) -> set[tuple[str, ...]]:
    """('entry', 'add'), ('build',), … for each `hkg …` written in the README's code."""
    out = set()
    for code in code_of(markdown):
        for m in _INVOCATION.finditer(code):
            out.add(tuple(m.group(1).split()))
    return out


def unknown_commands(invocations: set[tuple[str, ...]], parser: argparse.ArgumentParser) -> list[str]:
    """Invocations naming a command, or a sub-command of a command that has them, the parser lacks."""
    top = _subparsers(parser)
    bad = []
    for words in sorted(invocations):
        if words[0] not in top:
            bad.append(" ".join(words))
            continue
        subs = _subparsers(top[words[0]])
        if subs and len(words) > 1 and words[1] not in subs:   # else the word is a positional argument
            bad.append(" ".join(words))
    return bad


def missing_commands(markdown: str, parser: argparse.ArgumentParser) -> list[str]:
    """Parser commands the README never writes as `hkg PATH`."""
    text = " ".join(code_of(markdown))
    return [" ".join(path) for path in parser_commands(parser)
            if not re.search(r"(?<![\w-])hkg +" + r" +".join(map(re.escape, path)) + r"(?![\w-])", text)]


def test_every_command_of_the_parser_is_in_the_readme():
    missing = missing_commands(README.read_text(encoding="utf-8"), build_parser())
    assert not missing, f"README.md does not describe: {', '.join('hkg ' + m for m in missing)}"


def test_every_command_the_readme_names_exists():
    unknown = unknown_commands(named_invocations(README.read_text(encoding="utf-8")), build_parser())
    assert not unknown, f"README.md names commands hkg does not have: {', '.join('hkg ' + u for u in unknown)}"


# The checks themselves must be able to fail: a small parser and README written for them.
def _toy_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="hkg")
    sub = p.add_subparsers()
    entry = sub.add_parser("entry").add_subparsers()
    entry.add_parser("add")
    entry.add_parser("assign-sample")
    sub.add_parser("build")
    return p


@pytest.mark.parametrize(("markdown", "missing"), [
    ("`hkg entry add F`, `hkg entry assign-sample ID`, `hkg build`", []),
    ("`hkg entry add F` and `hkg build`", ["entry assign-sample"]),
    ("hkg entry add, hkg entry assign-sample and hkg build only in prose", ["entry", "entry add", "entry assign-sample",
                                                                          "build"]),
    ("```bash\nhkg entry assign-sample ID\nhkg build\n```\n`hkg entry add`", []),
    ("`hkg entry-add` `hkg entry assign` `hkg build`", ["entry add", "entry assign-sample"]),
])
def test_missing_commands_are_found(markdown, missing):
    assert missing_commands(markdown, _toy_parser()) == missing


@pytest.mark.parametrize(("markdown", "unknown"), [
    ("`hkg entry add F` `hkg build --snapshot-dir D` `hkg entry`", []),
    ("`hkg entry remove ID`", ["entry remove"]),
    ("```\nhkg rebuild\n```", ["rebuild"]),
    ("`hkg build snapshot`", []),               # build has no sub-commands: 'snapshot' is an argument
    ("hkg rebuild in prose is not a command line", []),
])
def test_unknown_commands_are_found(markdown, unknown):
    assert unknown_commands(named_invocations(markdown), _toy_parser()) == unknown
