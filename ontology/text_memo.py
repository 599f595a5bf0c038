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

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
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


# name → that reader's memo, while one document is extracted (``one_document``); None outside. A
# context variable, as ``ingest.extraction.text.nlp.reading_once``'s: two extractions on two threads keep their own,
# and nothing is kept outside one (a caller outside an extraction computes every answer afresh).
_MEMOS: ContextVar[dict[str, dict[Any, Any]] | None] = ContextVar("hydridekg_document_memos", default=None)


@contextmanager
def one_document() -> Iterator[None]:
    """Within, ``document_memo`` gives each reader a memo that lives as long as the document's
    extraction (a nested use shares the outer one's)."""
    token = _MEMOS.set(_MEMOS.get() if _MEMOS.get() is not None else {})
    try:
        yield
    finally:
        _MEMOS.reset(token)


def document_memo(name: str) -> dict[Any, Any] | None:
    """The memo ``name`` of the current ``one_document`` (made empty at first use), None outside one."""
    memos = _MEMOS.get()
    if memos is None:
        return None
    memo = memos.get(name)
    if memo is None:
        memo = memos[name] = {}
    return memo
