"""An additive a sample holds without a loading takes the share in the bracket right after the same additive named
again later in the sentence ('… among the catalysts Ni, Fe and TiCl3 (1 mol%)'). Every sentence is written for
these tests."""
from __future__ import annotations

from extracted import sample_rows

CAP = "desorbed_hydrogen_capacity"


def _row(value: float, additive: str, amount: float | None, unit: str | None) -> tuple:
    return (CAP, value, (("MgH2", "HostHydride", None, None), (additive, "Catalyst", amount, unit)),
            ("MetalCompoundCatalysis",))


def test_the_share_after_the_additive_named_again_is_its_loading():
    for text, want in (
            ("The MgH2 containing TiCl3 as a catalyst was best among mixtures with Ni, Fe and TiCl3 (1 mol%). "
             "It desorbs 6.1 wt% of hydrogen.", {_row(6.1, "TiCl3", 1.0, "mol%")}),
            ("MgH2 milled with TiCl3 performed best of all samples made with catalysts Ni, Co and TiCl3 (2 mol%), "
             "desorbing 6.1 wt% of hydrogen.", {_row(6.1, "TiCl3", 2.0, "mol%")}),
            ("MgH2 catalysed by NbF5 outperformed the samples holding Fe, Cu or NbF5 (3 mol%) and desorbed "
             "6.4 wt% of hydrogen.", {_row(6.4, "NbF5", 3.0, "mol%")})):
        assert sample_rows(text) == want, text


def test_two_shares_for_the_additive_give_none():
    # near miss: the additive named twice later with two shares: no one loading is said
    text = ("MgH2 milled with TiCl3 was compared with samples made with TiCl3 (2 mol%) and TiCl3 (4 mol%), "
            "desorbing 6.1 wt% of hydrogen.")
    assert all(c[2] is None for row in sample_rows(text) if row[1] == 6.1 for c in row[2]), sample_rows(text)
