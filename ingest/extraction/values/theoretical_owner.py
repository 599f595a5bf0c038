"""Whose a theoretical hydrogen capacity said of a modified sample is: the host's, or the whole sample's by formula.

"MgH2 catalysed by 5 wt% Nb2O5 has a theoretical hydrogen capacity of 7.6 wt%": a theoretical capacity is what a
formula gives, and the figure written decides which formula: 7.6 wt% is MgH2's own (7.66), not the catalysed sample's
(5 wt% of oxide holds no hydrogen: 7.28), so the value is the bare host's; "… a theoretical capacity of 7.3 wt%" is
the sample's by its composition and stays on it. A figure that neither formula gives (or a sample whose composition
gives none, its amounts unwritten) stays where the sentence put it. The figures are ontology.capacity's, from the
molar masses.
"""
from __future__ import annotations

from ingest.extraction.samples.samples_systems import bare_sample
from ontology.capacity import hydrogen_content
from ontology.models import Measurement

from .reaction_capacity import FIGURE_ROUNDING

_CAPACITY_KEYS = frozenset({"hydrogen_capacity"})


def theoretical_of_host(out: list[Measurement]) -> list[Measurement]:
    """``out`` with each theoretical hydrogen capacity (wt%) said of a modified sample given to its bare host when the
    figure is the host's by formula and not the whole sample's."""
    if not any(m.theoretical for m in out):
        return out
    result = []
    for m in out:
        if m.theoretical and m.property in _CAPACITY_KEYS and m.unit == "wt%" and m.system.additives \
                and m.value_max is None:
            host = bare_sample(m.system)
            own, whole = hydrogen_content(host), hydrogen_content(m.system)
            if own is not None and abs(m.value - own) <= FIGURE_ROUNDING \
                    and (whole is None or abs(m.value - whole) > FIGURE_ROUNDING):
                m = m.model_copy(update={"system": host})
        result.append(m)
    return result
