"""A curve attached to a saved entry in a real browser: the uploader is driven (AppTest cannot)."""
from __future__ import annotations

import re

import numpy as np
import pytest
from e2e_helpers import no_traceback, wait_idle

pytestmark = pytest.mark.slow   # a served app and Chromium (skipped with the reason when either is missing)


def _tpd_file(folder):
    T = np.linspace(100, 450, 351)
    signal = 0.02 + np.exp(-0.5 * ((T - 320) / 18) ** 2)
    path = folder / "tpd_5K.csv"
    path.write_text("# heating_rate: 5 K/min\nT (°C),signal (a.u.)\n" +
                    "\n".join(f"{a:.2f},{b:.5f}" for a, b in zip(T, signal)), encoding="utf-8")
    return path


def test_attach_a_tpd_curve_to_a_saved_entry(app_url, page, tmp_path):
    page.goto(app_url["url"] + "/Record_experiment")
    wait_idle(page)
    page.get_by_role("textbox", name="Title", exact=True).fill("Browser test: a curve for MgH2")
    page.get_by_role("textbox", name="Sample 1: material system", exact=True).fill("MgH2")
    page.keyboard.press("Tab")
    wait_idle(page)
    page.get_by_role("button", name="Save entry").click()
    wait_idle(page)
    banner = page.get_by_text("Saved as entry").inner_text()
    entry_id = re.search(r"Saved as entry (\S+)", banner).group(1)
    page.goto(app_url["url"] + f"/Sources?source=lab:{entry_id}")
    wait_idle(page)
    page.get_by_text("Attach a curve").click()
    wait_idle(page)
    page.locator("input[type='file']").last.set_input_files(str(_tpd_file(tmp_path)))
    wait_idle(page)
    page.get_by_role("button", name="Preview the values").click()
    wait_idle(page)
    page.get_by_text("Values derived").wait_for()
    page.get_by_role("button", name="Attach as a new revision").click()
    wait_idle(page)
    page.get_by_text("saved as revision 2", exact=False).wait_for()
    no_traceback(page)
    from kg.entries import EntryRepository

    latest = EntryRepository(app_url["data_dir"]).get(entry_id)
    assert latest.revision == 2 and [f["name"] for f in latest.document["files"]] == ["tpd_5K.csv"]
