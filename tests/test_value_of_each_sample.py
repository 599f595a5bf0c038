"""One value said of two or more samples at once ('both the Ni- and Co-doped samples', 'A as well as B') is a
record of each sample, with that sample's own additive. Every sentence is written for these tests."""
from __future__ import annotations

from extracted import sample_rows

HOST = ("MgH2", "HostHydride", None, None)


def _doped(prop: str, value: float, additive: str, strategy: str) -> tuple:
    return (prop, value, (HOST, (additive, "Catalyst", None, None)), (strategy,))


def test_both_samples_cut_at_their_hyphens_get_the_value():
    ea = "dehydrogenation_activation_energy"
    onset = "onset_dehydrogenation_temperature"
    for text, want in (
            ("MgH2 samples doped with Ni or Co were ball milled for 5 h. The activation energies of both the Ni- and "
             "Co-doped samples are about 80 kJ/mol.",
             {_doped(ea, 80.0, "Ni", "MetalCatalysis"), _doped(ea, 80.0, "Co", "MetalCatalysis")}),
            ("Both the TiF3- and NbF5-catalysed MgH2 begin to desorb hydrogen at 200 °C.",
             {_doped(onset, 200.0, "TiF3", "MetalCompoundCatalysis"),
              _doped(onset, 200.0, "NbF5", "MetalCompoundCatalysis")}),
            ("The apparent activation energy of both the Fe- and V-doped MgH2 falls to 95 kJ/mol.",
             {_doped(ea, 95.0, "Fe", "MetalCatalysis"), _doped(ea, 95.0, "V", "MetalCatalysis")})):
        assert sample_rows(text) == want, text


def test_as_well_as_says_the_value_is_each_samples():
    peak = "peak_dehydrogenation_temperature"
    onset = "onset_dehydrogenation_temperature"
    for text, want in (
            ("The peak desorption temperature of MgH2–Ni as well as MgH2–Co is 250 °C.",
             {_doped(peak, 250.0, "Ni", "MetalCatalysis"), _doped(peak, 250.0, "Co", "MetalCatalysis")}),
            ("The peak desorption temperature is 250 °C for MgH2–Ni as well as MgH2–Co.",
             {_doped(peak, 250.0, "Ni", "MetalCatalysis"), _doped(peak, 250.0, "Co", "MetalCatalysis")}),
            ("Nb2O5-doped MgH2 as well as TiO2-doped MgH2 start to release hydrogen near 200 °C.",
             {_doped(onset, 200.0, "Nb2O5", "MetalCompoundCatalysis"),
              _doped(onset, 200.0, "TiO2", "MetalCompoundCatalysis")})):
        assert sample_rows(text) == want, text


def test_a_sample_only_compared_with_keeps_no_value():
    # near miss: the list is what a third sample was compared with; the value is that sample's alone
    text = "MgH2–Ni as well as MgH2–Co were compared with MgH2–Fe, which releases hydrogen at 250 °C."
    assert {(p, v, c[1][0]) for p, v, c, _ in sample_rows(text)} == {("dehydrogenation_temperature", 250.0, "Fe")}
    # near miss: without 'both', the samples cut at their hyphens pair off two values
    text = "The Ni- and Co-doped MgH2 begin to desorb hydrogen at 200 and 220 °C, respectively."
    assert {(v, c[1][0]) for _, v, c, _ in sample_rows(text)} == {(200.0, "Ni"), (220.0, "Co")}
