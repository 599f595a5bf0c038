"""An additive's amount said away from the sample's name — only in the synthesis sentence, or as the best of the
amounts tried — is the amount of the sample the later values are of. Every sentence is written for these tests."""
from __future__ import annotations

from extracted import sample_rows

HOST = ("MgH2", "HostHydride", None, None)


def _loaded(prop: str, value: float, additive: str, amount: float | None, unit: str | None, strategy: str) -> tuple:
    return (prop, value, (HOST, (additive, "Catalyst", amount, unit)), (strategy,))


ONSET = "onset_dehydrogenation_temperature"


def test_the_synthesis_sentence_gives_the_amount():
    for text, want in (
            ("MgH2 was ball-milled with 7 wt% FeCoNi for 10 h. The composite starts to release hydrogen at 190 °C.",
             {_loaded(ONSET, 190.0, "FeCoNi", 7.0, "wt%", "MultiMetalCatalysis")}),
            ("5 wt% VC was milled into MgH2 under argon. The resulting composite begins to desorb hydrogen at 195 °C.",
             {_loaded(ONSET, 195.0, "VC", 5.0, "wt%", "MetalCompoundCatalysis")}),
            ("MgH2 was mixed with 3 mol% NbF5 by milling for 2 h. The sample starts to release hydrogen at 205 °C.",
             {_loaded(ONSET, 205.0, "NbF5", 3.0, "mol%", "MetalCompoundCatalysis")})):
        assert sample_rows(text) == want, text


def test_the_best_amount_said_apart_is_the_samples():
    for text, want in (
            ("MgH2 was doped with different amounts of VC. The optimal amount of the catalyst was 5 wt%. "
             "The MgH2–VC composite starts to release hydrogen at 190 °C.",
             {_loaded(ONSET, 190.0, "VC", 5.0, "wt%", "MetalCompoundCatalysis")}),
            ("MgH2 was milled with 2, 5 and 10 wt% TiF3. The optimum loading of TiF3 was found to be 5 wt%. "
             "The composite releases hydrogen from 200 °C.",
             {_loaded(ONSET, 200.0, "TiF3", 5.0, "wt%", "MetalCompoundCatalysis")}),
            ("MgH2 was milled with 2, 5 and 10 wt% TiF3. The composite with the optimal loading of 5 wt% starts to "
             "release hydrogen at 200 °C.",
             {_loaded(ONSET, 200.0, "TiF3", 5.0, "wt%", "MetalCompoundCatalysis")})):
        assert sample_rows(text) == want, text


def test_the_best_amount_written_before_the_additive():
    absorbed = "absorbed_hydrogen_capacity"
    for text, want in (
            ("MgH2 with the optimum 10 wt% VC addition shows an onset temperature of 185 °C.",
             {_loaded(ONSET, 185.0, "VC", 10.0, "wt%", "MetalCompoundCatalysis")}),
            ("MgH2 doped with the optimal 7 wt% TiF3 absorbs 5.2 wt% H2 within 10 min at 250 °C.",
             {(absorbed, 5.2, (HOST, ("TiF3", "Catalyst", 7.0, "wt%")), ("MetalCompoundCatalysis",))}),
            ("MgH2 catalysed by the best 5 mol% NbF5 loading releases hydrogen from 210 °C.",
             {_loaded(ONSET, 210.0, "NbF5", 5.0, "mol%", "MetalCompoundCatalysis")})):
        assert sample_rows(text) == want, text


def test_amounts_tried_without_a_choice_give_none():
    # near miss: several amounts tried and none said to be the one measured: no amount
    text = "MgH2 was milled with 2, 5 and 10 wt% TiF3. The composite releases hydrogen from 200 °C."
    assert sample_rows(text) == {_loaded(ONSET, 200.0, "TiF3", None, None, "MetalCompoundCatalysis")}
    # near miss: the amount of hydrogen released is a capacity, no share of an additive
    text = "The amount of hydrogen released by MgH2–Ni was 5.5 wt% at 300 °C."
    assert {r[:2] for r in sample_rows(text)} == {("hydrogen_capacity", 5.5)}
