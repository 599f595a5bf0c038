"""Small waits and checks shared by the browser tests."""
from __future__ import annotations


def wait_idle(page) -> None:
    """Until Streamlit has finished running the script (no 'Running…' status widget)."""
    page.wait_for_timeout(300)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')",
                           timeout=60000)
    page.wait_for_timeout(200)


def no_traceback(page) -> None:
    assert page.locator("[data-testid='stException']").count() == 0, page.locator(
        "[data-testid='stException']").first.inner_text()

