"""Every reader of a comparison takes its words from one builder (comparison_words.comparison: the ontology's
ComparisonWord scheme and 'than'), each naming only what it asks of the words after them. Sentences written
for these tests."""
import pytest

import ingest.extraction.prose.prose_mentions as prose_mentions
import ingest.extraction.prose.prose_words as prose_words
from ingest.extraction.attribution import referents, shared_values
from ingest.extraction.samples import material_cues

# (the reader's pattern, what it is given after the comparison's words)
READERS = {
    "prose.compared_just_before": (prose_mentions._COMPARED, " "),
    "prose.than_between": (prose_words.THAN_BETWEEN, " the milled powder"),
    "prose.compared_object": (prose_words.COMPARED_OBJECT, " the neat "),
    "prose.comparison": (prose_words.COMPARISON, " about "),
    "referents.compared": (referents._COMPARED, " "),
    "shared_values.compared": (shared_values._COMPARED, " the ternary one"),
    "material_cues.compared_clause": (material_cues.COMPARED_CLAUSE, " the milled powder"),
}


@pytest.mark.parametrize("reader", sorted(READERS))
@pytest.mark.parametrize("words", ["compared with", "unlike", "similar to", "well below", "below those of",
                                   "faster than"])
def test_every_reader_knows_every_comparing_word(reader, words):
    pattern, after = READERS[reader]
    assert pattern.search(f"The doped grains released hydrogen {words}{after}"), (reader, words)


@pytest.mark.parametrize("reader", sorted(READERS))
def test_a_word_that_only_contains_a_comparing_word_is_none(reader):
    # near miss: 'dissimilarly toasted' holds the letters of 'similar to' inside its words, and compares nothing
    pattern, after = READERS[reader]
    assert not pattern.search(f"The grains were dissimilarly toasted and kept{after}"), reader
