"""A curator in a real browser: open the review queue, confirm a fact, correct a host and an amount,
reject a fact, rebuild the graph from the extraction, and see all three hold in the answers."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from e2e_helpers import no_traceback, wait_idle

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def _cli(app_url, *args) -> str:
    env = {**os.environ, "HKG_DATA_DIR": str(app_url["data_dir"]), "HKG_STORE": "ladybug"}
    out = subprocess.run([sys.executable, "-m", "ui.cli", *args], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout


def _facts(app_url) -> dict[str, dict]:
    return {r["fact_id"]: r for r in json.loads(_cli(app_url, "facts", "list", "--json", "--limit", "0"))}


def _current_fact(page) -> str:
    caption = page.get_by_text("· id ").first.inner_text()
    return caption.split("id ")[-1].strip().strip("`")


def test_curator_confirms_corrects_and_rejects_and_it_holds(app_url, page):
    page.goto(app_url["url"] + "/Review_facts")
    wait_idle(page)
    page.get_by_text("facts of this source reviewed").first.wait_for()
    no_traceback(page)

    confirmed = _current_fact(page)
    confirm = page.get_by_role("button", name=re.compile(r"^Confirm"))
    confirm.wait_for()
    confirm.click()
    wait_idle(page)
    page.get_by_text(f"{confirmed}: confirmed").wait_for()

    corrected = _current_fact(page)
    system = page.get_by_role("textbox", name="System", exact=True)
    system.fill("MgH2 + 7 wt% Nb2O5")
    page.get_by_role("textbox", name="Why", exact=True).fill("the value belongs to the Nb2O5-catalysed sample")
    page.get_by_role("button", name="Save correction").click()
    wait_idle(page)
    page.get_by_text(f"{corrected}: corrected").wait_for()

    rejected = _current_fact(page)
    page.get_by_role("textbox", name="Reason (needed to reject or correct)").fill("a calculated value")
    page.get_by_role("textbox", name="Reason (needed to reject or correct)").press("Tab")
    wait_idle(page)
    page.get_by_role("button", name="Reject").click()
    wait_idle(page)
    page.get_by_text(f"{rejected}: rejected").wait_for()
    no_traceback(page)

    # Re-run the build from the extraction: every decision is applied again.
    _cli(app_url, "build")
    facts = _facts(app_url)
    assert facts[confirmed]["status"] == "confirmed"
    assert facts[corrected]["status"] == "corrected" and "Nb2O5" in facts[corrected]["system"]
    assert "7" in facts[corrected]["system"]
    assert rejected not in facts
    report = _cli(app_url, "report", "gaps", "--confirmed-only")
    assert "Reviewed by a curator: 2 of 2 facts" in report
    analogs = json.loads(_cli(app_url, "analogs", "MgH2 + 7 wt% Nb2O5", "--json", "--confirmed-only"))
    assert analogs["candidates"] > 0
    page.reload()
    wait_idle(page)
    page.get_by_text("2 of").first.wait_for()
