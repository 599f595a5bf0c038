"""Objects a process builds once: the ontology's graph and vocabulary, the spaCy pipeline, the SHACL shapes.

Each is costly (seconds) and asked for by every reader, so it is kept for the process. Sessions of the app that
start together ask for it at the same moment: under a plain ``functools.lru_cache`` each thread that misses
builds its own copy while the others wait for the GIL (32 ELN previews at once took 70 s instead of 2).
``built_once`` keeps the cache's C-fast hit and lets one thread build on a miss; the others wait for it and
take what it built.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

T = TypeVar("T")

# one lock for every build: a build may ask for another (the vocabulary for the graph), in the same thread
_BUILDING = threading.RLock()


def built_once(build: Callable[[], T]) -> Callable[[], T]:
    """``build()``, called once per process by one thread; ``.built`` is the cache of the build itself."""
    built = lru_cache(maxsize=1)(build)

    @lru_cache(maxsize=1)
    @wraps(build)
    def get() -> T:
        with _BUILDING:
            return built()

    get.built = built  # type: ignore[attr-defined]
    return get
