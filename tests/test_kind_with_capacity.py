"""A bare compound said to be a kind of hydrogen store 'with' a capacity ('NaBH4 is regarded as a hydrogen storage
material with a gravimetric hydrogen capacity of 10.8 wt%') gives the hydrogen its formula holds: a theoretical
value, as the bracketed form ('a high-capacity hydrogen storage material (14.9 wt%)') already was (issue 10: a real
2022 NaBH4 hydrolysis review read by eye). The sentences are written for these tests."""
from __future__ import annotations

from prose_sentences import facts


def test_a_kind_of_store_with_a_capacity_is_what_the_formula_holds():
    for sentence, value in (
        ("Potassium borohydride is often described as a cheap hydrogen storage material with a "
         "hydrogen capacity of about 7.4 wt%.", 7.4),
        ("LiAlH4 has been regarded as an attractive hydrogen storage material with a high gravimetric "
         "capacity of 10.5 wt%.", 10.5),
        ("Ca(BH4)2 is considered a promising hydrogen storage material with a gravimetric hydrogen "
         "content of 11.5 wt%.", 11.5),
    ):
        got = facts(sentence)
        assert value in got and got[value].basis == "theoretical", (sentence, {v: m.basis for v, m in got.items()})


def test_a_milled_sample_with_a_capacity_stays_measured():
    # near miss: the store is a sample made with an additive; its capacity is what a run gave
    sentence = "NaAlH4 milled with 4 mol% TiCl3 is a hydrogen storage material with a usable capacity of 4.2 wt%."
    got = facts(sentence)
    assert 4.2 in got and got[4.2].basis == "measured", {v: (m.basis, m.system.name) for v, m in got.items()}
