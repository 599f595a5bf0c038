"""The ELN exchange page in a real browser (headless Chromium): an .eln archive uploaded twice — the
first import says the entries were imported, the second that nothing was written and they are unchanged
(the page said 'Imported' both times).  Streamlit runs on a free port against an empty temporary store."""
from __future__ import annotations

import pytest
from conftest import ROOT, needs_chromium, served_app
from e2e_helpers import no_traceback, wait_idle

pytestmark = pytest.mark.slow
ARCHIVE = ROOT.parent / "shared" / "eln-examples" / "elabftw-export.eln"


@pytest.fixture
def empty_app(tmp_path):
    needs_chromium()
    if not ARCHIVE.is_file():
        pytest.skip(f"{ARCHIVE} missing (the shared .eln examples sit beside the repository)")
    with served_app(tmp_path / "data") as url:
        yield url


def _upload_and_import(page) -> str:
    page.locator("input[type='file']").set_input_files(str(ARCHIVE))
    wait_idle(page)
    page.get_by_text("become lab entries", exact=False).wait_for()
    page.get_by_role("button", name="Import").click()
    wait_idle(page)
    said = page.locator("[data-testid='stAlertContainer']", has_text="into the notebook").or_(
        page.locator("[data-testid='stAlertContainer']", has_text="Nothing written")).first
    said.wait_for()
    no_traceback(page)
    return said.inner_text()


def test_the_page_says_what_each_import_did(empty_app, page):
    page.goto(empty_app + "/ELN_exchange")
    wait_idle(page)
    first = _upload_and_import(page)
    assert first.startswith("Imported ") and "new entr" in first, first
    page.goto(empty_app + "/ELN_exchange")            # a fresh page: the same archive uploaded again
    wait_idle(page)
    again = _upload_and_import(page)
    assert again.startswith("Nothing written") and "unchanged" in again, again
    assert "Imported" not in again
