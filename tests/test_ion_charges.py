"""A salt's ion charges as the ontology says them: the cation's by its group, a polyatomic anion's by the ontology's
alkali salts of it."""
from __future__ import annotations

import pytest

from ontology.ion_charges import anionic_part_charge, anions_per_cation


@pytest.mark.parametrize("cation, anion, count", [
    ("Mg", "BH4", 2), ("Ca", "AlH4", 2), ("Sr", "NH2", 2), ("Li", "NH2", 1), ("Na", "BH4", 1),
    ("Mg", "B12H12", 1),      # a doubly charged anion: one per Mg²⁺
    ("Li", "B12H12", None),   # two cations to one anion: no count of anions
    ("Ti", "BH4", None),      # a transition metal's charge is not one
    ("Mg", "Xy7", None),      # an anion the ontology knows no salt of
])
def test_anions_per_cation(cation, anion, count):
    assert anions_per_cation(cation, anion) == count


def test_anion_charges_come_from_the_alkali_salts():
    assert (anionic_part_charge("BH4"), anionic_part_charge("B12H12"), anionic_part_charge("AlH6")) == (1, 2, 3)


def test_the_table_holds_anionic_parts_not_only_anions():
    # an oxide's framework is charged by its alkali's count as an anion is; the name says so ('anionic part')
    assert anionic_part_charge("CoO2") == 1 and anionic_part_charge("Xy7") is None
