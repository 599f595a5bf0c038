"""Shared test hygiene."""
from __future__ import annotations

import sys

import pytest


@pytest.fixture(autouse=True)
def _keep_main_module():
    """Streamlit's AppTest runs a page as ``__main__`` and leaves it there; processes started with
    'spawn' afterwards would import that page in every child (a pool then respawns dying workers
    forever). Each test gets pytest's own ``__main__`` back."""
    main = sys.modules.get("__main__")
    yield
    if main is not None:
        sys.modules["__main__"] = main

