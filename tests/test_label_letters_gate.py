"""The letters gate of ``keys_named``: a sentence whose letters hold no written start of a label is not stemmed,
and the gate never hides a label said whole (it is a necessary condition, not a rule of its own)."""
import pytest

from ingest.extraction.values.property_cues import cue_table, keys_named, own_property_labels, stems
from ontology.vocabulary import vocabulary


def _ungated(words: str, table) -> set[str]:
    said = set(stems(words))
    return {k for k, labels in table().items() if any(lab and set(lab) <= said for lab in labels)}


@pytest.mark.parametrize("table", [cue_table, own_property_labels])
def test_every_label_the_ontology_writes_passes_the_gate(table):
    vocab = vocabulary()
    written = [label for kind in ("Property", "Condition", "Technique") for t in vocab.terms(kind) for label in t.labels]
    for label in written:
        words = f"We then looked at the {label} once more"
        assert keys_named(words, table) == _ungated(words, table), label


@pytest.mark.parametrize("words", [
    "The samples re-absorbed hydrogen quickly after they had been re-hydrogenated twice.",
    "Both composites began to desorb well below the melting point of the pure salt.",
    "Their ionic conductivities and the migration barriers were then compared by impedance.",
    "The reaction enthalpies and entropies follow from plateau pressures read at several temperatures.",
])
def test_inflected_labels_pass_the_gate(words):
    for table in (cue_table, own_property_labels):
        assert keys_named(words, table) == _ungated(words, table)
        assert keys_named(words, table), words   # (each sentence names some key)


def test_a_sentence_with_no_label_letters_is_not_stemmed():
    # near miss: a sentence of ordinary words names nothing, and the gate says so before any stem is taken
    from ingest.extraction.values.property_cues import _may_say_a_label
    words = "Wang and his group showed this in a long study of old papers."
    assert not _may_say_a_label(words, cue_table)
    assert keys_named(words, cue_table) == _ungated(words, cue_table) == set()
