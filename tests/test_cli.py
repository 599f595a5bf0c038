"""The `hkg` command line itself: help texts, a pipe closed early, and `bench load`'s scratch store."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[1]


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(path, parser) of every command that has no sub-commands."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
    for action in subs:
        for name, sp in action.choices.items():
            yield from _commands(sp, (*path, name))


def _command(*path: str) -> argparse.ArgumentParser:
    return dict(_commands(build_parser()))[path]


def _help(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as exc:
        build_parser().parse_args([*argv, "--help"])
    assert exc.value.code == 0
    return capsys.readouterr().out


# ------------------------------------------------------------------------------------ help texts
def test_analogs_help_shows_a_single_percent_sign(capsys):
    text = " ".join(_help(capsys, "analogs").split())
    assert "10 wt% TiVNbZrFe" in text and "%%" not in text


def test_synth_has_a_description(capsys):
    assert _command("synth").description
    assert "synthetic material systems" in _help(capsys, "synth").split("options:")[0]


def test_every_command_has_a_description_without_escapes():
    for path, parser in _commands(build_parser()):
        assert parser.description, " ".join(path)
        assert "%%" not in parser.description, " ".join(path)


@pytest.mark.parametrize("path, options", [
    (("bench", "load"), {"--users", "--requests", "--data-dir", "--json"}),
    (("serve",), {"--host", "--port"}),
])
def test_named_options_have_help(path, options):
    helps = {o: a.help for a in _command(*path)._actions for o in a.option_strings}
    for o in options:
        assert helps.get(o), f"hkg {' '.join(path)} {o} has no help"


def test_every_option_has_help():
    # 'report gaps' is maintained elsewhere (ui/cli/report.py)
    missing = [f"hkg {' '.join(path)} {a.option_strings or a.dest}"
               for path, parser in _commands(build_parser()) if path[:2] != ("report", "gaps")
               for a in parser._actions if a.help is None and not isinstance(a, argparse._HelpAction)]
    assert missing == []


def test_neo4j_error_names_only_what_exists(monkeypatch):
    from kg.store import StoreError, open_store

    monkeypatch.delenv("NEO4J_URI", raising=False)
    with pytest.raises(StoreError) as exc:
        open_store("neo4j")
    msg = str(exc.value)
    assert "NEO4J_URI" in msg
    options = {o for _, p in _commands(build_parser()) for a in p._actions for o in a.option_strings}
    for word in msg.split():
        if word.startswith("--"):
            assert word.strip(".,;)") in options, f"the message suggests {word}, which no command has"


# ------------------------------------------------------------------------------------ broken pipe
@pytest.mark.slow   # a child process writing into a closed pipe
def test_output_into_a_closed_pipe_exits_quietly():
    script = (
        "import sys\n"
        "import ui.cli.entry as e\n"
        "def many(args):\n"
        "    for i in range(200000):\n"
        "        print(f'line {i}')\n"
        "    return 0\n"
        "e.cmd_list = many\n"
        "from ui.cli import main\n"
        "sys.exit(main(['entry', 'list']))\n")
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout.readline().startswith(b"line 0")
    proc.stdout.close()                        # what 'head -1' does after its line
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 141
    assert "Traceback" not in err and "BrokenPipeError" not in err, err


# ------------------------------------------------------------------------------------ bench load
@pytest.fixture
def scratch(monkeypatch, tmp_path):
    """`bench load`'s temporary folders are made under tmp_path, so the test can see them."""
    import tempfile

    made: list[Path] = []
    real = tempfile.mkdtemp

    def mkdtemp(*a, **kw):
        d = real(*a, **{**kw, "dir": str(tmp_path)})
        made.append(Path(d))
        return d

    monkeypatch.setattr(tempfile, "mkdtemp", mkdtemp)
    return made


def _fake_prepare(monkeypatch, fail: BaseException):
    """The store preparation fails (an error, or Ctrl-C) after writing into the scratch store."""
    import ui.cli.serve as serve

    seen = {}

    def prepare(data_dir, lab_entries, log):
        seen["dir"] = Path(data_dir)
        (Path(data_dir) / "store.db").write_bytes(b"x" * 1000)
        raise fail

    monkeypatch.setattr(serve, "_prepare", prepare)
    return seen


def _fake_run(monkeypatch):
    """A whole run that writes into its store and succeeds (no real store or server)."""
    import ui.cli.serve as serve

    seen = {}

    def bench(args, data_dir, log):
        seen["dir"] = Path(data_dir)
        (Path(data_dir) / "store.db").write_bytes(b"x" * 1000)
        return 0

    monkeypatch.setattr(serve, "_bench_load", bench)
    return seen


@pytest.mark.parametrize("fail, code", [(RuntimeError("store broke"), None), (KeyboardInterrupt(), 130)])
def test_bench_load_deletes_its_temporary_store_on_error_and_ctrl_c(monkeypatch, scratch, fail, code):
    seen = _fake_prepare(monkeypatch, fail)
    if code is None:
        with pytest.raises(RuntimeError):
            main(["bench", "load", "--users", "1", "--requests", "1"])
    else:
        assert main(["bench", "load", "--users", "1", "--requests", "1"]) == code
    assert seen["dir"] == scratch[0] and seen["dir"].name.startswith("hkg-load-")
    assert not seen["dir"].exists()


def test_bench_load_deletes_its_temporary_store_after_a_run(monkeypatch, scratch):
    seen = _fake_run(monkeypatch)
    assert main(["bench", "load", "--users", "1", "--requests", "1"]) == 0
    assert seen["dir"] == scratch[0] and not seen["dir"].exists()


def test_bench_load_keeps_a_given_data_dir(monkeypatch, tmp_path, scratch):
    seen = _fake_prepare(monkeypatch, KeyboardInterrupt())
    keep = tmp_path / "keep"
    keep.mkdir()
    assert main(["bench", "load", "--users", "1", "--requests", "1", "--data-dir", str(keep)]) == 130
    assert seen["dir"] == keep and (keep / "store.db").exists() and scratch == []
