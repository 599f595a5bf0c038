"""Work a sentence never needs is not done: the shared strategy reports of a sentence are not read when it says no
strategy at all; one that says a strategy still reports it. Sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from ingest.nlp import mentions
from ingest.prose import _shared_reports


# ------------------------------------------------------------------------------ shared strategy reports
def _reports(text: str) -> list[tuple[str, tuple[str, ...]]]:
    batch = extract_text(f"# A test note\n\n## Results\n\n{text}\n")
    return [(r.system.name, tuple(r.strategies)) for r in batch.reports]


@pytest.mark.parametrize("text", [
    "Nanosized NaAlH4 doped with 2 mol% CeCl3 released 4.4 wt% H2 at 150 °C.",
    "The NaAlH4 nanoparticles released 4.8 wt% H2 at 140 °C.",
    "Ball-milled KBH4 nanoparticles release 5.1 wt% H2 at 390 °C.",
])
def test_a_sentence_saying_a_strategy_still_reports_it(text):
    assert any(strategies for _, strategies in _reports(text))


def test_a_sentence_saying_no_strategy_shares_none_and_is_not_read_further():
    text = "NaAlH4 doped with 2 mol% CeCl3 released 4.1 wt% H2 at 160 °C."

    def no_ref():
        raise AssertionError("no report is made: the sentence's place is never asked for")
    assert _shared_reports(text, mentions(text), [], [], no_ref) == []
