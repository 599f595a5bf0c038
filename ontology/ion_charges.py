"""The charges of a salt's ions, as far as the ontology says them: an alkali or alkaline-earth cation's by its group
(``elements.cation_charge``), and the formal charge of the anionic part of each alkali compound the ontology writes
as an alkali and one group, the alkali's count being that charge. That part is most often a polyatomic anion (LiBH4:
BH4−, Li2B12H12: B12H12²−, Li3AlH6: AlH6³−), but an alkali oxide or sulfide has its framework there too (LiCoO2:
CoO2−, Li7La3Zr2O12: La3Zr2O12⁷−, Li6PS5Cl: PS5Cl⁶−): the table holds charges of anionic parts, not a list of
anions. A salt of one such cation and one such part then has as many parts
as the charges ask ('Mg' and 'BH4': two, Mg(BH4)2), which a copy that lost or garbled the count is read by."""
from __future__ import annotations

import re
from functools import lru_cache

from .elements import ALKALI, cation_charge
from .vocabulary import vocabulary

# an alkali compound of one group as the ontology writes it: the alkali's count is the group's charge
_ALKALI_COMPOUND = re.compile(r"(?P<cation>[A-Z][a-z]?)(?P<count>\d?)(?P<anion>[A-Z][a-z]?\d*(?:[A-Z][a-z]?\d*)+)")


@lru_cache(maxsize=1)
def _anionic_part_charges() -> dict[str, int]:
    found: dict[str, set[int]] = {}
    for term in vocabulary().terms("Material"):
        m = _ALKALI_COMPOUND.fullmatch(term.formula or "")
        if m is not None and m.group("cation") in ALKALI and any(c.isdigit() for c in m.group("anion")):
            found.setdefault(m.group("anion"), set()).add(int(m.group("count") or 1))
    return {anion: next(iter(charges)) for anion, charges in found.items() if len(charges) == 1}


def anionic_part_charge(anion: str) -> int | None:
    """The (positive) charge of the anionic part of an alkali compound the ontology knows ('BH4': 1, 'NH2': 1, 'AlH4':
    1, 'B12H12': 2; a framework too, 'CoO2': 1); None for another group, or one whose compounds disagree."""
    return _anionic_part_charges().get(anion)


def anions_per_cation(cation: str, anion: str) -> int | None:
    """How many ``anion`` groups one ``cation`` takes in a salt of the two ('Mg', 'BH4': 2; 'Li', 'NH2': 1), where both
    charges are known and the cation's is a whole multiple of the anion's; else None ('Li', 'B12H12': Li2B12H12 has two
    cations to one anion)."""
    plus, minus = cation_charge(cation), anionic_part_charge(anion)
    if plus is None or minus is None or plus % minus:
        return None
    return plus // minus
