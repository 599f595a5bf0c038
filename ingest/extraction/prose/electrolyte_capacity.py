"""A cell's capacity is its electrode's, never its electrolyte's (issue 10).

A passage that names a hydride as its cell's electrolyte ("LiBH4 as the solid electrolyte", "a LiBH4 electrolyte")
and an electrode of another material ("an aluminium anode", "a Mg2Si negative electrode", "the silicon electrode")
then gives the cell's capacity ("the first discharge gave 870 mAh/g"). Carried over from an earlier
sentence, that value would land on the electrolyte, the last hydride named; but an electrolyte stores no charge: a
property the ontology applies to an electrode (``hkg:appliesTo hkg:Anode``: specific, discharge, charge capacity)
is never the electrolyte's. Such a record is not written (abstaining: the electrode's material, often named only in
words, is not read here). A capacity the sentence gives a sample it names itself ("the MgH2 anode delivers …") is
that sample's, and a capacity carried to a hydride electrode of the passage stays.
"""
from __future__ import annotations

from functools import cache

from ontology.models import Measurement
from ontology.system import host_formula
from ontology.vocabulary import vocabulary

from .precursor_samples import carried

_ELECTRODE = "Anode"   # the ontology's class of the electrode applications (hkg:Anode, 'negative electrode')
_ELECTROLYTE = "SolidElectrolyte"


@cache
def _of_electrode(key: str) -> bool:
    """Does the ontology apply property ``key`` to a cell's electrode and not to its electrolyte?"""
    try:
        # (an electrode's only: an interface resistance applies to both, and stays the electrolyte's)
        apps = vocabulary().property(key).applications
        return _ELECTRODE in apps and _ELECTROLYTE not in apps
    except KeyError:
        return False


def electrode_values_off_electrolyte(out: list[Measurement], ctx) -> list[Measurement]:
    """The sentence's records without an electrode's value carried to the sample the passage named as its cell's
    electrolyte (``ctx.in_passage.electrolyte``; see the module's note)."""
    electrolyte = ctx.in_passage.electrolyte
    if electrolyte is None or not out:
        return out
    host = host_formula(electrolyte)
    return [m for m in out if not (carried(m.cues) and _of_electrode(m.property)
                                   and (m.system.name == electrolyte.name or host_formula(m.system) == host))]
