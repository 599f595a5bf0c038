"""How sure extraction is of a fact, from the cues the record carries (0–1).

A table cell under a header that names the property and unit is the firmest evidence; a prose value
stands on the words around it. What lowers confidence is what curators find wrong most often: a value
put on a bare host in a sentence that names modified systems (the system is the usual error), ranges
and approximate values, values without a citation, conditions that had to be guessed.
"""
from __future__ import annotations

from ontology.models import GraphBatch, Measurement


def confidence(m: Measurement) -> float:
    src = m.source
    score = 0.9 if src.table else 0.65
    if not src.table and not m.system.additives and not m.baseline:
        score -= 0.15          # a bare host from prose: the modified system may have been missed
    if m.qualifier != "=":
        score -= 0.05
    if m.value_max is not None:
        score -= 0.05
    if not src.refs:
        score -= 0.05
    if src.table and not src.row:
        score -= 0.1
    return round(min(1.0, max(0.05, score)), 2)


def with_confidence(batch: GraphBatch) -> GraphBatch:
    """The batch with a confidence on every measurement that has none."""
    if all(m.confidence is not None for m in batch.measurements):
        return batch
    ms = [m if m.confidence is not None else m.model_copy(update={"confidence": confidence(m)})
          for m in batch.measurements]
    return batch.model_copy(update={"measurements": ms})
