"""Run an ``hkg`` command in-process for a page (one implementation of imports and exports: the CLI's).

The command's own clear errors (``CliError`` → exit code and a message on stderr) come back as text
for ``st.error``; nothing is printed to the server's console.
"""
from __future__ import annotations

import contextlib
import io
import json
from dataclasses import dataclass


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def ok(self) -> bool:
        return self.code == 0

    def json(self):
        return json.loads(self.out)


def run_hkg(*argv: str) -> Run:
    from ui.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:          # argparse refusing the arguments
            code = exc.code if isinstance(exc.code, int) else 2
    return Run(int(code or 0), out.getvalue(), err.getvalue())
