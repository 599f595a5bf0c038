"""Work a sentence never needs is not done: the mechanism reader's passage reads its sentences for alternatives (and
the best of them) only when a claim asks for them, in the order the sentences came; the shared strategy reports
of a sentence are not read when it says no strategy at all. What either gives where it is asked is what reading
every sentence at once gave. Sentences are written for these tests."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from ingest.extract import extract_text
from ingest.extraction.mechanisms.mechanisms_context import Context, Said
from ingest.extraction.prose.prose_naming import shared_reports
from ingest.extraction.text.nlp import mentions
from ui.cli.extract import contract_rows


def _sent(text: str, start: int, passage: str = "p1"):
    return SimpleNamespace(text=text, start=start, end=start + len(text), section="2", passage=passage, paragraph=1,
                           refs=[])


def _passage(*texts: str, passage: str = "p1", ctx: Context | None = None) -> Context:
    ctx = ctx or Context()
    pos = 0
    for t in texts:
        sent = _sent(t, pos, passage)
        ctx.enter(sent)
        ctx.add(Said(sent))
        pos += len(t) + 1
    return ctx


# ------------------------------------------------------------------------------ alternatives read when asked
@pytest.mark.parametrize(("texts", "alternatives", "best"), [
    (("NaAlH4 was doped with different additives, Ce and Zr, before cycling.",
      "The Zr-doped sample shows the best kinetics of the two."), {"Ce", "Zr"}, None),
    (("LiAlH4 was milled with Fe or Co under argon.", "Of the two, Co gives the best performance overall."),
     {"Fe", "Co"}, "Co"),
    (("A series of NaAlH4 composites with Ce, Zr and Ti were prepared by milling.",), {"Ce", "Zr", "Ti"}, None),
])
def test_the_passage_alternatives_are_read_when_asked(texts, alternatives, best):
    ctx = _passage(*texts)
    assert ctx.alternatives == alternatives
    assert ctx.best == best


def test_alternatives_of_a_passage_left_are_not_carried_into_the_next():
    ctx = _passage("LiAlH4 was milled with Fe or Co under argon.")
    _passage("NaAlH4 was heated to 150 °C.", passage="p2", ctx=ctx)
    assert ctx.alternatives == set() and ctx.best is None


def test_a_sentence_read_late_is_read_with_the_alternatives_before_it_only():
    # (the ranking in the second sentence names Co the best of the alternatives the first one listed; read after a
    # third sentence was added, it is still read in order)
    ctx = _passage("LiAlH4 was milled with Fe or Co under argon.", "Co exhibits the best catalytic effect here.",
                   "The samples were stored in a glove box.")
    assert ctx.best == "Co"
    assert ctx.alternatives == {"Fe", "Co"}


def test_a_sample_of_one_additive_is_still_apart_from_the_others_in_a_claim():
    # (negative of skipping: a claim sentence after the list still sees the alternatives and credits Co alone)
    rows = contract_rows(extract_text("# A test note\n\n## Results\n\n"
                                      "NaAlH4 was ball milled with Co or Fe powder before cycling. "
                                      "The Co weakens the Al–H bonds of NaAlH4.\n"))
    claims = {(r["mechanism"], r["host"], r["additive"], r["strategy"]) for r in rows if r.get("kind") == "mechanism"}
    assert ("BondWeakening", "NaAlH4", "Co", "MetalCatalysis") in claims


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
    assert shared_reports(text, mentions(text), [], [], no_ref) == []


@pytest.mark.parametrize("before, key", [
    ("the cells gave a lithium-ion transference number of ", "transference_number"),
    ("its measured tLi+ = ", "transference_number"),
    ("the sodium transport number reached about ", "transference_number"),
    ("for the thin pellet the transference number is close to unity (", "transference_number"),
    ("across ten runs the plateau hysteresis was ca. ", "hysteresis"),
    # (near misses: words of the property, but no verb or sign right before the number; another property)
    ("the transference number, measured twice, gave ", None),
    ("the transference number rose after ", None),
    ("the pellet density was ", None),
])
def test_a_bare_number_is_read_by_its_words_only_where_the_text_ends_as_such_words_do(before, key):
    """The end of the words looked for first (``_UNITLESS_END``) keeps every text the whole pattern reads: the same
    property as the pattern alone gives."""
    from ingest.extraction.values.property_cues import _UNITLESS_BEFORE, _UNITLESS_END, unitless_property
    assert unitless_property(before) == key
    assert (_UNITLESS_END.search(before) is not None) >= (_UNITLESS_BEFORE.search(before) is not None)
    assert (_UNITLESS_BEFORE.search(before) is not None) == (key is not None or "density" in before)
