"""A metal compound on carbon ('VC@C', 'Ni3S2/rGO', 'TiO2 supported on graphene', a carbide with graphene) is
composite catalysis and keeps the metal-compound catalysis of the compound; a single metal on carbon ('Ni/C') is
composite catalysis alone. Every sentence is written for these tests."""
from __future__ import annotations

from extracted import sample_rows

HOST = ("MgH2", "HostHydride", None, None)
T = "dehydrogenation_temperature"
BOTH = ("CompositeCatalysis", "MetalCompoundCatalysis")


def test_a_compound_on_carbon_keeps_its_own_catalysis():
    for text, additive in (
            ("MgH2–VC@C releases hydrogen at 230 °C.", "VC@C"),
            ("MgH2–Ni3S2/rGO releases hydrogen at 230 °C.", "Ni3S2/rGO"),
            ("MgH2 doped with TiO2 supported on graphene releases hydrogen at 230 °C.", "TiO2/graphene"),
            ("MgH2–Nb2O5@C releases hydrogen at 230 °C.", "Nb2O5@C")):
        assert sample_rows(text) == {(T, 230.0, (HOST, (additive, "Catalyst", None, None)), BOTH)}, text


def test_a_compound_milled_with_a_carbon_keeps_its_own_catalysis():
    for text, compound in (
            ("MgH2 catalysed by VC + graphene releases hydrogen at 230 °C.", "VC"),
            ("MgH2 doped with a mixture of NbC and graphene releases hydrogen at 230 °C.", "NbC"),
            ("MgH2 milled with TiF3 and graphene releases hydrogen at 230 °C.", "TiF3")):
        want = {(T, 230.0, (HOST, (compound, "Catalyst", None, None),
                            ("graphene", "ScaffoldConfinementHost", None, None)), BOTH)}
        assert sample_rows(text) == want, text


def test_a_metal_on_carbon_is_composite_catalysis_alone():
    # near miss: a single metal's catalysis gives way to the composite's
    for text, additive in (("MgH2 milled with Ni/C releases hydrogen at 230 °C.", "Ni/C"),
                           ("MgH2–Co@C releases hydrogen at 230 °C.", "Co@C")):
        assert sample_rows(text) == {(T, 230.0, (HOST, (additive, "Catalyst", None, None)),
                                      ("CompositeCatalysis",))}, text
