"""'MgH2 was milled with 5 wt% Fe2O3, Co3O4 or NiO. … The activation energy decreases in the order Fe2O3 (110 kJ/mol)
> Co3O4 (98 kJ/mol) > NiO (87 kJ/mol).': a hydrogen-storage value a sentence gives an additive by itself is the
value of the paragraph's sample that holds it — an oxide releases no hydrogen. Read where the value's subject is
chosen (ingest.extraction.prose.prose), so everything read after it takes the value as that sample's. Only when exactly
one sample the passage named holds that additive; a value of a property that is no hydrogen-storage property (an
electrolyte's conductivity, a particle size) may well be the additive's own and is left as read.
"""
from __future__ import annotations

from ontology.hosts import storage_alloy
from ontology.models import MaterialSystem
from ontology.system import storage_hydride
from ontology.vocabulary import vocabulary

from .samples_additives import alloy_beside
from .samples_systems import has_hydrogen, in_place_of_its_part, plus_additive

_STORAGE = "HydrogenStorage"


def _stores_hydrogen_only(key: str) -> bool:
    return _STORAGE in vocabulary().property(key).applications


def _holding(samples: list[MaterialSystem], formula: str) -> MaterialSystem | None:
    """The one sample (by name) among ``samples`` with ``formula`` among its additives, else None."""
    found = {s.name: s for s in samples if any(a.formula == formula for a in s.additives)}
    return next(iter(found.values())) if len(found) == 1 else None


def sample_holding(system: MaterialSystem, key: str | None, samples: list[MaterialSystem],
                   host: MaterialSystem | None = None) -> MaterialSystem | None:
    """The sample among ``samples`` (the passage's and the paragraph's side-by-side ones) that a value of
    property ``key`` given to the bare additive ``system`` is of; where none holds it, the passage's ``host``
    sample with it, in place of additives of its part ('MgH2 was milled with 5 wt% of different metals. The onsets
    were 250 and 300 °C for Ni and Fe': MgH2–Ni and MgH2–Fe); else None (the value is the additive's own)."""
    # (a storage metal or alloy named bare, 'Mg2Ni', stores hydrogen itself: its values are its own; so does one
    # written by its composition or in metallurgical notation, 'Mg-25Al', 'Mg90Al10')
    if not system.bare or has_hydrogen(system) or storage_hydride(system.host.formula) is not None \
            or storage_alloy(system.host.formula) \
            or not key or not _stores_hydrogen_only(key):
        return None
    held = _holding(samples, system.host.formula)
    if held is None and host is not None and has_hydrogen(host) and not alloy_beside(system.host.formula, host):
        # (in place of the host's additives of the same part, a catalyst for a catalyst; beside its scaffold)
        return in_place_of_its_part(host, system) or plus_additive(host, system)
    return held

