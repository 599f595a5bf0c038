"""'A and B doped with 3 mol% X or Y': each alternative is a sample of both hosts, and a later sentence naming one
of them by its prefix ('X-doped A') keeps that loading, also after a sentence that names the two hosts again
without values. Every sentence is written for these tests."""
from __future__ import annotations

from extracted import sample_rows

EA = "dehydrogenation_activation_energy"


def _row(value: float, host: str, additive: str, amount: float | None, unit: str | None, strategy: str) -> tuple:
    return (EA, value, ((host, "HostHydride", None, None), (additive, "Catalyst", amount, unit)), (strategy,))


def test_a_loading_of_alternatives_after_two_hosts_is_each_hosts():
    for text, want in (
            ("LiAlH4 and Li3AlH6 doped with 3 mol% Ni or Co were examined. The dehydrogenation activation energy "
             "was 90 kJ/mol for Ni-doped LiAlH4.",
             {_row(90.0, "LiAlH4", "Ni", 3.0, "mol%", "MetalCatalysis")}),
            ("We prepared NaAlH4 and Na3AlH6 catalysed with 4 mol% Ti or Zr. For Zr-doped NaAlH4 the activation "
             "energy of dehydrogenation came to 131 kJ/mol.",
             {_row(131.0, "NaAlH4", "Zr", 4.0, "mol%", "MetalCatalysis")}),
            ("Samples of LiAlH4 and Li3AlH6 doped with 2 mol% Fe or V were ball milled. Our Kissinger analysis gave "
             "a dehydrogenation activation energy of 84 kJ/mol for V-doped LiAlH4.",
             {_row(84.0, "LiAlH4", "V", 2.0, "mol%", "MetalCatalysis")})):
        assert sample_rows(text) == want, text


def test_the_hosts_named_again_keep_the_paragraphs_samples():
    text = ("LiAlH4 and Li3AlH6 doped with 3 mol% Ni or Co were examined. LiAlH4 and Li3AlH6 decompose at "
            "similar rates once doped with nickel. The dehydrogenation activation energy was 90 kJ/mol for "
            "Ni-doped LiAlH4.")
    assert sample_rows(text) == {_row(90.0, "LiAlH4", "Ni", 3.0, "mol%", "MetalCatalysis")}


def test_a_baseline_host_before_and_is_not_doped():
    # near miss: 'pure LiAlH4 and Li3AlH6 doped with …' names a bare reference first; only the second is doped
    text = ("Pure LiAlH4 and Li3AlH6 doped with 3 mol% Ni or Co were examined. The dehydrogenation activation "
            "energy was 90 kJ/mol for Ni-doped LiAlH4.")
    assert sample_rows(text) == {_row(90.0, "LiAlH4", "Ni", None, None, "MetalCatalysis")}
