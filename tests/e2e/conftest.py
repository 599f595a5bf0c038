"""Browser tests: Streamlit served on a free loopback port against a fresh store, driven by Playwright
with Debian's Chromium. Screenshots go to a temporary folder (printed once), or to HKG_SCREENSHOT_DIR
when it is set: a test writes nothing outside temporary folders unless asked to."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))   # e2e_helpers for the test modules

import pytest
from e2e_helpers import COUNT_RUNS, wait_painted

ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("HKG_SCREENSHOT_DIR") or tempfile.mkdtemp(prefix="hkg-screenshots-"))
CHROMIUM = os.environ.get("HKG_CHROMIUM", "/usr/bin/chromium")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def needs_chromium() -> None:
    """Skip (saying why) where the browser tests cannot run: no Chromium, no Playwright."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: apt-get install chromium (or set HKG_CHROMIUM)")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")


@contextmanager
def served_app(data: Path) -> Iterator[str]:
    """The app served by Streamlit on a free loopback port against the store in ``data``; its URL."""
    env = {**os.environ, "HKG_DATA_DIR": str(data), "HKG_STORE": "ladybug", "HKG_USER": "e2e-tester"}
    env.pop("HKG_AUTH_FILE", None)
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "ui/app/Home.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 90
        while time.time() < deadline:
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail(f"streamlit did not come up: {proc.stderr.read().decode()[-2000:]}")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="session")
def app_url(tmp_path_factory, literature_graph):
    needs_chromium()
    # the app's own copy of what `hkg build` makes (built once per run: tests/conftest.py); the tests write to it
    data = shutil.copytree(literature_graph, tmp_path_factory.mktemp("e2e-store"), dirs_exist_ok=True)
    with served_app(data) as url:
        yield {"url": url, "data_dir": data}


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser, request):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    ctx.add_init_script(COUNT_RUNS)
    pg = ctx.new_page()
    pg.set_default_timeout(30000)
    yield pg
    SHOTS.mkdir(parents=True, exist_ok=True)
    wait_painted(pg)                     # grids and charts paint after the script has finished
    pg.screenshot(path=str(SHOTS / f"{request.node.name}.png"), full_page=True)
    ctx.close()
