"""How `make test` splits the suite over its two xdist workers (tests/conftest.py): whole files, the
browser tests as one unit, the longest files named in LONGEST_FIRST first."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import LONGEST_FIRST, _work_unit

ROOT = Path(__file__).resolve().parents[1]


def test_a_file_is_one_work_unit_and_the_browser_tests_are_one():
    assert _work_unit("tests/test_pdf.py::test_a[x::y]") == _work_unit("tests/test_pdf.py::test_b") == "tests/test_pdf.py"
    assert _work_unit("tests/e2e/test_browser.py::t") == _work_unit("tests/e2e/test_screenshots.py::t[a]") == "browser"


def test_the_longest_files_named_exist():
    assert LONGEST_FIRST[0] == "browser"
    assert [p for p in LONGEST_FIRST[1:] if not (ROOT / p).is_file()] == []
