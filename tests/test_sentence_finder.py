"""ingest.extraction.document_wide.field_absorbers.sentence_finder gives, for every place, the sentence sentence_at
gives (the first in the list holding it): for sentences in order, with a sentence joined across a table holding another,
and out of order."""
import random
from types import SimpleNamespace

from ingest.extraction.document_wide.field_absorbers import sentence_at, sentence_finder


def _sentences(spans):
    return [SimpleNamespace(start=a, end=b) for a, b in spans]


def test_in_order_and_overlapping():
    # the second sentence is joined across a table whose footnote (the third) lies inside it
    sentences = _sentences([(0, 10), (11, 40), (25, 30), (41, 41), (41, 50)])
    find = sentence_finder(sentences)
    for place in range(-3, 55):
        assert find(place) is sentence_at(sentences, place), place
    assert find(27) is sentences[1]
    assert find(41) is sentences[3]      # (an empty sentence holds its own start)
    assert find(10) is None


def test_random_lists_in_and_out_of_order():
    rng = random.Random(7)
    for _ in range(2000):
        spans = []
        for _ in range(rng.randint(0, 7)):
            a = rng.randint(0, 25)
            spans.append((a, a + rng.randint(-1, 9)))
        if rng.random() < 0.7:
            spans.sort()
        sentences = _sentences(spans)
        find = sentence_finder(sentences)
        for place in range(-2, 40):
            assert find(place) is sentence_at(sentences, place), (spans, place)
