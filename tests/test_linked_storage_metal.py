"""Issue 10: a storage metal (Mg, Mg2Ni: the dehydrogenated state of its hydride) with what a linking verb puts
into it is a sample, as the hydride is ('Mg milled with 15 wt% Ni powder releases …' had given the value to Ni)."""
from __future__ import annotations

from prose_sentences import facts


def _system(v, value):
    s = v[value].system
    return s.host.formula, sorted(c.formula for c in s.additives)


def test_a_metal_milled_with_an_additive_is_the_sample():
    for sentence, value, host, additive in (
        ("Pure Mg milled with 15 wt% Ni powder releases 5.2 wt% H2 at 300 °C.", 5.2, "Mg", "Ni"),
        ("Mg was ball milled with 5 wt% Nb2O5, and the composite absorbed 6.0 wt% H2 at 250 °C.", 6.0, "Mg", "Nb2O5"),
        ("Mg2Ni doped with 3 wt% graphite absorbs 3.4 wt% H2 at 250 °C.", 3.4, "Mg2Ni", "graphite"),
    ):
        v = facts(sentence)
        got_host, adds = _system(v, value)
        assert got_host in (host, host + "H2", host + "H4") and adds == [additive], sentence


def test_a_metal_that_stores_no_hydrogen_is_no_host():
    v = facts("Ni milled with 10 wt% graphite was added to MgH2, which then released 6.1 wt% H2 at 300 °C.")
    assert _system(v, 6.1)[0] == "MgH2"


def test_a_polymer_abbreviation_is_no_hydride():
    # 'PVDF' reads as the letters P, V, D and F: vanadium and deuterium, no hydride
    for sentence in (
        "LiAlH4 was ball-milled with 20 wt% graphene. Electrodes were cast with 10 wt% PVDF binder. "
        "The electrode delivers 1480 mA h g-1.",
        "MgH2 was milled with 10 wt% carbon black. The slurry was prepared with PVDF in NMP. "
        "The electrode delivers 1200 mA h g-1.",
    ):
        v = facts(*sentence.split(". ", 1))
        value = max(v)
        assert _system(v, value)[0] in ("LiAlH4", "MgH2"), sentence
