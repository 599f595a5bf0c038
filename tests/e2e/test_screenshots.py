"""Every page in a real browser at a laptop's 1280×800 and a desktop's 1920×1080: a full-page
screenshot of each (under the test's tmp folder, and a temporary folder or HKG_SCREENSHOT_DIR to look at), and
checks of what a lab user sees: no raw ontology keys (``onset_dehydrogenation_temperature``), no
``None``/``nan``, no traceback, the page title whole and below Streamlit's header, nothing wider than
the window, no "Deploy" menu; tables downloadable as CSV and plots as PNG and SVG."""
from __future__ import annotations

import re
import shutil

import pytest
from conftest import SHOTS
from e2e_helpers import COUNT_RUNS, no_traceback, wait_idle, wait_painted

pytestmark = pytest.mark.slow

VIEWPORTS = {"1280x800": (1280, 800), "1920x1080": (1920, 1080)}
# page path → what to do before looking (an Analogs query shows its table, explanations and plots)
PAGES = {"Home": "", "Record_experiment": "", "Analogs": "LiBH4–LiI", "Gap_report": "", "Sources": "",
         "ELN_exchange": "", "Review_facts": "", "Query_console": ""}

# What is on screen: the visible text plus the grids' cell text (drawn on a canvas; the DOM keeps an
# accessible copy of the cells in view).
VISIBLE_TEXT = """() => {
  const parts = [document.body.innerText];
  for (const t of document.querySelectorAll('[data-testid="stDataFrame"] table, [data-testid="stTable"] table'))
    parts.push(t.textContent);
  return parts.join('\\n');
}"""


def _raw_keys() -> re.Pattern:
    """Every snake_case key of the ontology (properties and conditions) as a whole word."""
    from ontology.vocabulary import vocabulary

    vocab = vocabulary()
    keys = {k for k in [*vocab.property_keys(), *vocab.condition_keys()] if "_" in k}
    return re.compile(r"\b(" + "|".join(sorted(map(re.escape, keys), key=len, reverse=True)) + r")\b")


def _settled(page) -> None:
    """Until the script has run to its end and every element is drawn: the app says it is not
    running, and no placeholder (a grey skeleton of an element still loading) is left."""
    page.locator("h1").first.wait_for()           # every page has a title
    wait_idle(page)
    page.wait_for_function(
        "() => document.querySelector('[data-testid=\"stApp\"]')?.dataset.testScriptState === 'notRunning'"
        " && !document.querySelector('[data-testid=\"stSkeleton\"]')", timeout=300000)


def _open(browser, app_url, name: str, viewport: tuple[int, int], init: str | None = None):
    ctx = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]}, accept_downloads=True)
    ctx.add_init_script(COUNT_RUNS)
    if init:
        ctx.add_init_script(init)
    page = ctx.new_page()
    page.set_default_timeout(60000)
    page.goto(app_url["url"] + ("/" + name if name != "Home" else ""))
    _settled(page)
    query = PAGES[name]
    if query:
        box = page.get_by_role("textbox", name="Query", exact=True)
        box.fill(query)
        box.press("Enter")
        _settled(page)
        page.locator("[data-testid='stVegaLiteChart']").first.wait_for()
    wait_painted(page)                   # grids and charts paint after the script has finished
    return ctx, page


@pytest.mark.parametrize("name", list(PAGES))
def test_page_reads_like_a_lab_tool(app_url, browser, tmp_path, name):
    """The page opened once in the desktop's window, then the window made a laptop's: the checks and
    the screenshots at each size (a narrower window is where text gets cut and tables overflow; one
    script run per page instead of one per size)."""
    sizes = sorted(VIEWPORTS, key=lambda size: -VIEWPORTS[size][0])      # the widest first
    ctx, page = _open(browser, app_url, name, VIEWPORTS[sizes[0]])
    try:
        for i, size in enumerate(sizes):
            if i:
                page.set_viewport_size(dict(zip(("width", "height"), VIEWPORTS[size], strict=True)))
                wait_painted(page)                 # grids and charts paint again at the new width
            try:
                _looks_like_a_lab_tool(page, name, VIEWPORTS[size][0])
            finally:
                _screenshots(page, tmp_path / f"{name}-{size}", VIEWPORTS[size])
    finally:
        ctx.close()


def _looks_like_a_lab_tool(page, name: str, width: int) -> None:
    no_traceback(page)
    text = page.evaluate(VISIBLE_TEXT)
    raw = sorted(set(_raw_keys().findall(text)))
    assert not raw, f"raw ontology keys on {name}: {raw}"
    for word in ("None", "nan", "NaN"):
        assert not re.search(rf"(?<![\w.]){word}(?![\w.])", text), f"'{word}' shown on {name}"
    assert "Deploy" not in text, "Streamlit's developer toolbar is visible"
    # the title: whole, inside the window, below the header bar
    title = page.locator("h1").first
    box = title.bounding_box()
    header = page.locator("[data-testid='stHeader']").bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= width, (width, box)
    assert header is None or box["y"] >= header["y"] + header["height"] - 1, (box, header)
    assert title.evaluate("e => e.scrollWidth <= e.clientWidth + 1"), f"the title is cut off at {width} px"
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width, f"wider than the window ({width} px)"


def _screenshots(page, stem, viewport) -> None:
    """What the window shows, and the whole page: Streamlit scrolls its main block, not the document,
    so the window is made as tall as the content for the second one."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    shots = [stem.with_name(stem.name + ".png")]
    page.screenshot(path=str(shots[0]))
    tall = page.evaluate("() => Math.max(...[...document.querySelectorAll('[data-testid=\"stMain\"], "
                         "section.main, [data-testid=\"stAppViewContainer\"]')].map(e => e.scrollHeight), 0)")
    if tall > viewport[1]:
        page.set_viewport_size({"width": viewport[0], "height": min(int(tall) + 40, 8000)})
        wait_painted(page)
        shots.append(stem.with_name(stem.name + "-full.png"))
        page.screenshot(path=str(shots[1]), timeout=120000)
    for shot in shots:
        shutil.copy(shot, SHOTS / shot.name)


def test_a_table_downloads_as_csv(app_url, browser, tmp_path):
    # The grid saves through the browser's file picker when it has one, which a headless browser
    # cannot answer; without it the grid falls back to a plain download.
    ctx, page = _open(browser, app_url, "Home", VIEWPORTS["1280x800"],
                      init="window.showSaveFilePicker = undefined;")
    try:
        grid = page.locator("[data-testid='stDataFrame']").last      # the sources
        grid.hover()
        button = grid.locator("xpath=..").get_by_role("button", name="Download as CSV")
        if not button.count():
            button = page.get_by_role("button", name="Download as CSV").last
        with page.expect_download() as dl:
            button.click()
        out = tmp_path / "sources.csv"
        dl.value.save_as(out)
        # (the snapshot names its source by the DOI, the title being bibliographic metadata it does not repeat)
        assert "10.1002/adfm.202425155" in out.read_text(encoding="utf-8-sig")
    finally:
        ctx.close()


def test_plots_download_as_png_and_svg(app_url, browser, tmp_path):
    ctx, page = _open(browser, app_url, "Analogs", VIEWPORTS["1920x1080"])
    try:
        chart = page.locator("[data-testid='stVegaLiteChart']").first
        chart.hover()
        page.get_by_role("button", name="Download as PNG").first.wait_for()
        with page.expect_download() as dl:
            page.get_by_role("button", name="Download as SVG").first.click()
        out = tmp_path / dl.value.suggested_filename
        dl.value.save_as(out)
        assert out.suffix == ".svg" and "1000/T" in out.read_text(encoding="utf-8")
    finally:
        ctx.close()
