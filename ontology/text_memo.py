"""Caches keyed on a document's own text (its sentences, words, material names and formulas).

Such a cache shares work between the readers of one document (the measurement reader and the
mechanism reader ask the same questions of one sentence), but kept across documents it would make a
second extraction of the same text faster than a user's first (the bench repeats one text) and keep
every document's words in a long-running process. ``per_document`` registers such a cache;
``new_document`` (called by each extraction of a document as it starts) empties them all. Caches
keyed only on the ontology's vocabulary (a property key, a unit, a class term) stay
``functools.lru_cache``: they hold nothing a document brings.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import _lru_cache_wrapper, lru_cache
from typing import Any, TypeVar

T = TypeVar("T")

_CACHES: list[_lru_cache_wrapper[Any]] = []


def per_document(maxsize: int | None = 4096) -> Callable[[Callable[..., T]], _lru_cache_wrapper[T]]:
    """``functools.lru_cache(maxsize)``, emptied by :func:`new_document`."""
    if maxsize is not None and (not isinstance(maxsize, int) or maxsize < 1):
        raise ValueError(f"per_document: maxsize must be a positive int or None, not {maxsize!r}")

    def register(function: Callable[..., T]) -> _lru_cache_wrapper[T]:
        cached = lru_cache(maxsize=maxsize)(function)
        _CACHES.append(cached)
        return cached
    return register


def new_document() -> None:
    """Forget everything the per-document caches hold: the next document is read cold."""
    for cached in _CACHES:
        cached.cache_clear()


def registered() -> tuple[_lru_cache_wrapper[Any], ...]:
    """The per-document caches (for tests and the bench's checks)."""
    return tuple(_CACHES)
