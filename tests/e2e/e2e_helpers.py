"""Small waits and checks shared by the browser tests."""
from __future__ import annotations

# Added to every browser context (``context.add_init_script``): counts the script runs the page has
# started (the app's ``data-test-script-state`` turning 'running'), so that a wait after an action can
# tell the rerun it asked for from the runs before it.
COUNT_RUNS = """(() => {
  window.__hkgRuns = 0;
  const watch = () => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app) return false;
    new MutationObserver(() => { if (app.dataset.testScriptState === 'running') window.__hkgRuns += 1; })
      .observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
    return true;
  };
  if (!watch()) new MutationObserver((_, seen) => { if (watch()) seen.disconnect(); })
    .observe(document, {childList: true, subtree: true});
})();"""

_RUN_STARTED = "() => (window.__hkgRuns || 0) > (window.__hkgRunsSeen || 0)"
_IDLE = ("() => document.querySelector('[data-testid=\"stApp\"]')?.dataset.testScriptState === 'notRunning'"
         " && !document.querySelector('[data-testid=\"stStatusWidget\"]')")


def wait_idle(page) -> None:
    """Until Streamlit has finished the script run the last action asked for: the run starts (within
    half a second; an action that reruns nothing starts none), then the app says it is not running,
    twice 0.1 s apart (a script that calls st.rerun runs again at once)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_function(_RUN_STARTED, timeout=500)
    except PlaywrightTimeout:
        pass
    page.wait_for_function(_IDLE, timeout=60000)
    page.wait_for_timeout(100)
    page.wait_for_function(_IDLE, timeout=60000)
    page.evaluate("() => { window.__hkgRunsSeen = window.__hkgRuns || 0; }")


# Resolves when every chart and grid on the page is drawn and nothing in the document has changed for
# 0.4 s (a chart redraws at a new width a frame or two after the window changed), at most ``max_ms``
# after it began (a page that never stops changing gets the old fixed wait).
_PAINTED = """async (maxMs) => {
  const start = performance.now();
  let last = start;
  const changes = new MutationObserver(() => { last = performance.now(); });
  changes.observe(document.body, {subtree: true, childList: true, attributes: true, characterData: true});
  const drawn = () =>
    [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')].every(c => c.querySelector('canvas, svg'))
    && [...document.querySelectorAll('[data-testid="stDataFrame"]')].every(g => g.querySelector('canvas'))
    && !document.querySelector('[data-testid="stSkeleton"]');
  await document.fonts.ready;
  while (performance.now() - start < maxMs && !(drawn() && performance.now() - last >= 400))
    await new Promise(r => setTimeout(r, 50));
  changes.disconnect();
  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
}"""


def wait_painted(page, max_ms: int = 1500) -> None:
    """Until grids and charts have painted after the script has finished (or after the window
    changed size): they draw on canvases after the elements arrive."""
    page.evaluate(_PAINTED, max_ms)


def no_traceback(page) -> None:
    assert page.locator("[data-testid='stException']").count() == 0, page.locator(
        "[data-testid='stException']").first.inner_text()
