"""One reading of a term a person names (its id, a label or a synonym; a formula where asked) with the nearest
terms for a refusal: the entry checks, the gap filters and the analog questions share it."""
from __future__ import annotations

import pytest

from ontology.vocabulary import vocabulary


def test_a_term_by_id_label_or_formula_and_the_nearest_ones_else():
    vocab = vocabulary()
    assert vocab.named_term("HydrogenStorage", "Application") == ("HydrogenStorage", [])
    assert vocab.named_term("hydrogen storage", "Application") == ("HydrogenStorage", [])
    by_formula = vocab.by_formula("MgH2")
    assert by_formula is not None and vocab.named_term("MgH2", "Material", formula=True) == (by_formula.id, [])
    found, near = vocab.named_term("hydrogen storag", "Application")
    assert found is None and "hydrogen storage" in [n.lower() for n in near] and len(near) <= 3


def test_the_three_readers_refuse_alike():
    from ingest.entries.entry import resolve_term
    from kg.analogs.questions import _term
    from kg.gaps.model import term_id

    with pytest.raises(ValueError, match="did you mean"):
        term_id("hydrogen storag", "Application")
    with pytest.raises(Exception, match="did you mean"):
        _term("hydrogen storag", "Application")
    with pytest.raises(Exception, match="close: "):
        resolve_term("hydrogen storag", "Application")
    assert term_id(" hydrogen storage ", "Application") == _term("hydrogen storage", "Application") \
        == resolve_term("hydrogen storage", "Application") == "HydrogenStorage"
