"""Caches keyed on a document's text are per document: every extraction starts them empty, so a
second extraction of the same text costs what a user's first one does (the bench repeats one text),
and no document's words stay in a long-running process. Caches keyed on the ontology's vocabulary
stay warm."""
from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import ingest
import ontology
from ingest.extract import extract_text
from ontology import text_memo
from ontology.text_memo import new_document, per_document, registered

_DOC = ("# A test note\n\nThe MgH2–5 wt% Nb2O5 composite released 6.1 wt% H2 at 300 °C.\n\n"
        "LiBH4 confined in a carbon scaffold desorbed hydrogen at 275 °C.\n")

# Caches with arguments that hold only what the ontology's vocabulary brings (a unit, a property
# key, a class term, a kind, a flag), or that extraction never calls: they stay process-wide. A new
# cache keyed on a document's words must be made ``per_document`` (or named here, with a reason).
_VOCABULARY_KEYED = {
    "ingest.extraction.text.architecture_names._plain_support", "ingest.extraction.text.challenges._matcher", "ingest.extraction.values.condition_terms._qualifies", "ingest.extract._leaf_applications_of",
    "ingest.extraction.values.first_cycle._label_words", "ingest.extraction.values.first_cycle._cycled", "ingest.extraction.mechanisms.mechanisms_phrases._phrases", "ingest.extraction.mechanisms.mechanisms_phrases.label_word",
    "ingest.extraction.mechanisms.mechanisms_phrases._passives", "ingest.extraction.mechanisms.mechanisms_document._effects_of_strategies", "ingest.extraction.text.nlp._patterns", "ingest.extraction.text.nlp._is_unit",
    "ingest.extraction.values.property_cues.per_hydrogen_property", "ingest.extraction.values.property_cues.generic_words",
    "ingest.extraction.values.property_cues._label_words", "ingest.extraction.values.property_cues._label_index",
    "ingest.extraction.values.property_cues._cue_words", "ingest.extraction.values.property_cues._same_unit", "ingest.extraction.values.property_cues._needs_cue",
    "ingest.extraction.text.quantity_text._dims", "ingest.extraction.text.quantity_text.compatible_keys", "ingest.extraction.text.quantity_text.same_unit_spelled",
    "ingest.extraction.tables.tables._compact_labels",
    "ingest.extraction.tables.tables._compact_names", "ingest.extraction.tables.tables._condition_for_unit", "ingest.extraction.values.value_roles._label_lengths",
    "ingest.extraction.values.value_roles._value_words", "ingest.extraction.values.value_roles._method_labels", "ingest.extraction.prose.prose_naming._class_formulas",
    "ingest.extraction.attribution.referents._class_words", "ingest.evaluation.scoring.material_key", "ingest.documents.source_texts._read",
    "ontology.units.parse_unit", "ontology.units._dimension", "ontology.units.is_compatible",
    "ontology.formula._element", "ontology.strategy_rules._checked", "ontology.strategy_rules.role_in_application",
    "ontology.system._ontology_for", "ontology.comparability.method_family",
    "ontology.comparability.compare_signatures", "ontology.comparability.spanned_conditions",
    "ingest.extraction.mechanisms.mechanisms_phrases._name_index", "ingest.extraction.mechanisms.mechanisms_phrases._phrase_index",     # (a flag: ordinary or family phrases)
    "ingest.extraction.values.said_settings._cell_run",     # (a property key)
    "ingest.extraction.values.property_cues._reads_by_default",     # (a property key)
    "ingest.extraction.values.property_cues._labels_by_first_word", "ingest.extraction.values.property_cues._label_letters",     # (a label table of the vocabulary)
    "ingest.extraction.prose.computed_or_measured._experimental_technique",     # (a Technique term of the ontology)
    "ontology.units.unit_text",     # (a unit of the registry, as the pages print it)
}


def _module_caches():
    """(dotted name, cache) of every functools cache with arguments defined in ingest/ and ontology/."""
    out = []
    for pkg in (ingest, ontology):
        for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
            try:
                mod = importlib.import_module(info.name)
            except ImportError:
                continue     # an optional extra (OCR, PDF) not installed here
            for name, obj in vars(mod).items():
                if getattr(obj, "__module__", None) != info.name or not callable(getattr(obj, "cache_clear", None)):
                    continue
                wrapped = getattr(obj, "__wrapped__", None)
                if wrapped is not None and inspect.signature(wrapped).parameters:
                    out.append((f"{info.name}.{name}", obj))
    return out


def test_a_per_document_cache_remembers_within_a_document_and_forgets_at_the_next():
    calls = []

    @per_document(maxsize=8)
    def length(word: str) -> int:
        calls.append(word)
        return len(word)

    assert length("MgH2") == length("MgH2") == 4 and calls == ["MgH2"]
    new_document()
    assert length("MgH2") == 4 and calls == ["MgH2", "MgH2"]
    assert length in registered()


def test_each_extraction_starts_the_per_document_caches_empty():
    calls = []

    @per_document()
    def seen(word: str) -> str:
        calls.append(word)
        return word

    seen("LiAlH4")
    extract_text(_DOC)
    seen("LiAlH4")
    assert calls == ["LiAlH4", "LiAlH4"]


def test_an_extraction_leaves_the_per_document_caches_empty():
    # (emptied as the extraction ends, before its one garbage collection: nothing of the document is kept
    # until the next one, and that collection does not walk the entries)
    from ontology.vocabulary import fold
    extract_text(_DOC)
    assert all(cached.cache_info().currsize == 0 for cached in registered())
    assert fold("MgH2") == fold("MgH2") and fold.cache_info().currsize == 1   # (a cache still fills outside)


def test_a_second_extraction_of_one_text_is_read_cold_and_finds_the_same():
    from ontology.vocabulary import fold
    first = extract_text(_DOC).model_dump()
    assert first["measurements"], "the test note has values"
    fold("a word only this test folds")
    second = extract_text(_DOC).model_dump()
    assert second == first
    # fold is keyed on the document's words: the extraction emptied it, so this word is a miss again
    misses = fold.cache_info().misses
    fold("a word only this test folds")
    assert fold.cache_info().misses == misses + 1


def test_vocabulary_keyed_caches_stay_warm_across_documents():
    from ingest.extraction.mechanisms.mechanisms_phrases import _phrases
    extract_text(_DOC)
    assert _phrases.cache_info().currsize > 0
    extract_text(_DOC)
    assert _phrases.cache_info().currsize > 0


def test_every_cache_with_arguments_is_per_document_or_named_vocabulary_keyed():
    per_doc = {id(c) for c in registered()}
    unclassified = [name for name, cache in _module_caches()
                    if id(cache) not in per_doc and name not in _VOCABULARY_KEYED]
    assert not unclassified, f"caches keyed on what? make them per_document or list them: {unclassified}"
    assert len(registered()) >= 50


@pytest.mark.parametrize("bad", [0, -3, 2.5, "16"])
def test_a_bad_cache_size_is_refused_with_a_clear_error(bad):
    with pytest.raises(ValueError, match="maxsize must be a positive int or None"):
        text_memo.per_document(maxsize=bad)
