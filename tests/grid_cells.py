"""What the frame grids (test_property_grid, test_sample_grid, test_value_grid) share: whether a sentence's records
hold an expected fact (property the same or narrower, value, host, additives), and the failures of a cell's sentences."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from ingest.extract import extract_text
from ontology.vocabulary import vocabulary


def narrower_or_same(got: str, want: str) -> bool:
    vocab = vocabulary()
    return got == want or vocab.is_a(vocab.property(got).id, vocab.property(want).id)


def has_fact(rows, key: str, value: float, host: str, additives, near: Callable[[float, float], bool]) -> bool:
    return any(narrower_or_same(r.property, key) and near(r.value, value) and r.system.host.formula == host
               and sorted(a.formula for a in r.system.additives) == sorted(additives) for r in rows)


def failures(sentences: Iterable[tuple[str, list]], near: Callable[[float, float], bool]) -> list[str]:
    """Each expected fact (key, value, host, additives) of each (text, facts) that the text's extraction lacks."""
    out = []
    for text, facts in sentences:
        rows = extract_text(text).measurements
        got = [(r.property, r.value, r.system.host.formula, [a.formula for a in r.system.additives]) for r in rows]
        out += [f"{text} :: missing {f[0]} {f[1]} on {f[2]} + {f[3]} :: got {got}" for f in facts
                if not has_fact(rows, *f, near=near)]
    return out
