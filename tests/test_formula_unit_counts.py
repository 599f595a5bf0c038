"""Issue 10: a count the formula states is the component's molar ratio, one included. A neutral ligand written
without a count after an adduct's dot or in its bracket ('LiBH4·CH3NH2', 'Mg(BH4)2·(CH3)2CHNH2', 'Mg(en)(BH4)2')
is one per formula unit, and a mixed-anion salt of one metal is its single-anion salts each at its count
(Li2(BH4)(NH2) = 1 LiBH4 + 1 LiNH2, Li4(BH4)(NH2)3 = 1 LiBH4 + 3 LiNH2), as the dev set annotates them
(tests/devset/README.md; fresh_li_libh4_linh2_chemmater, fresh_li_mgbh42_ligands_scopus). A count left open
('·xNH3', '(H2O)n') and a composite written with its parts ('3LiBH4–LiI', where the text wrote no count for LiI)
give none."""
from __future__ import annotations

import pytest
from extracted import records


def _parts(sentence):
    return [[(c["material"], c["amount"]) for c in r["components"]] for r in records(sentence)]


@pytest.mark.parametrize("sentence, parts", [
    ("Methylamine lithium borohydride, LiBH4·CH3NH2, conducts 1.1 × 10−3 S cm−1 at 25 °C.",
     [("LiBH4", None), ("CH3NH2", 1.0)]),
    ("With isopropylamine as the ligand, Mg(BH4)2·(CH3)2CHNH2 reached 3 × 10−5 S cm−1 at 40 °C.",
     [("Mg(BH4)2", None), ("(CH3)2CHNH2", 1.0)]),
    ("An ionic conductivity of 0.05 mS/cm at 70 °C was found for Mg(en)(BH4)2.",
     [("Mg(BH4)2", None), ("C2H8N2", 1.0)]),
    ("The β-Mg(BH4)2·CH3NH2 phase conducts Mg2+ at 1.4 × 10−4 S cm−1 (60 °C).",
     [("Mg(BH4)2", None), ("CH3NH2", 1.0)]),
])
def test_a_ligand_without_a_count_is_one_per_formula_unit(sentence, parts):
    assert _parts(sentence) == [parts], sentence


@pytest.mark.parametrize("sentence, parts", [
    ("Li2(BH4)(NH2) shows a conductivity of 6 × 10−2 S cm−1 at 100 °C.", [("LiBH4", 1.0), ("LiNH2", 1.0)]),
    ("At 30 °C the Li4(BH4)(NH2)3 electrolyte conducts 2 × 10−4 S cm−1.", [("LiBH4", 1.0), ("LiNH2", 3.0)]),
    ("Na3(BH4)(B12H12) reaches 0.5 mS/cm at 80 °C.", [("NaBH4", 1.0), ("Na2B12H12", 1.0)]),
    ("The mixed-anion Li3(CB11H12)2(CB9H10) conducts 1 mS/cm at 30 °C.", [("LiCB11H12", 2.0), ("LiCB9H10", 1.0)]),
])
def test_a_mixed_anion_salt_is_its_salts_each_at_its_count(sentence, parts):
    assert _parts(sentence) == [parts], sentence


@pytest.mark.parametrize("sentence, parts", [
    # (near misses: a symbolic count, and a composite whose second part the text wrote without a count)
    ("LiBH4·xNH3 conducts 0.2 mS/cm at 40 °C.", [("LiBH4", None), ("NH3", None)]),
    ("The 3LiBH4–LiI solid solution conducts 0.1 mS/cm at 30 °C.", [("LiBH4", 3.0), ("LiI", None)]),
])
def test_an_open_or_unwritten_count_stays_empty(sentence, parts):
    assert _parts(sentence) == [parts], sentence
