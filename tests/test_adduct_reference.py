"""An adduct's molecule written into the host's formula ('LiBH4·NH3', 'Mg(BH4)2·6NH3') is part of the host:
the unmodified sample a text sets against its composite is the adduct as written, never the hydride stripped
of its molecule nor the additive alone. Every sentence is written for these tests."""
from __future__ import annotations

from prose_sentences import facts


def named(*texts: str) -> dict[float, str]:
    return {v: m.system.name for v, m in facts(*texts).items()}


def test_a_fronted_addition_leaves_the_named_pristine_adduct_its_value():
    # the additive of a fronted 'By adding X,' is no host of the value said of the pristine adduct
    assert named("By adding MgO, the phase transition at 55 °C of pristine LiBH4·NH3 disappears.")[55.0] == "LiBH4·NH3"
    assert named("By introducing Al2O3, the melting at 48 °C of pure Mg(BH4)2·6NH3 vanishes.")[48.0] \
        == "Mg(BH4)2·6NH3"


def test_the_pure_adduct_of_a_composite_keeps_its_molecule():
    first = "A LiBH4·NH3–MgO composite was prepared by ball milling."
    for text in ("By adding MgO, the phase transition at 55 °C of the pristine adduct disappears.",
                 "The pure adduct melts at 55 °C.",
                 "The phase transition of the unmodified adduct lies at 55 °C."):
        assert named(first, text)[55.0] == "LiBH4·NH3", text
    other = "Mg(BH4)2·6NH3 was ball milled with 10 wt% SiO2 to a composite."
    assert named(other, "The bare adduct melts at 48 °C.")[48.0] == "Mg(BH4)2·6NH3"


def test_a_composite_and_a_pristine_plain_hydride_stay_as_written():
    # near misses: the composite keeps its additive, and a plain hydride named bare stays plain
    first = "A LiBH4·NH3–MgO composite was prepared by ball milling."
    assert named(first, "The composite releases 9 wt% H2 below 250 °C.")[9.0] == "LiBH4·NH3–MgO"
    assert named(first, "Pristine LiBH4 melts at 280 °C.")[280.0] == "LiBH4"


def test_what_a_fronted_clause_adds_is_never_the_host():
    # the sentence's hydride (named as a reference) with what the fronted clause adds is the sample
    for text, value, want in (
            ("By adding MgO, the phase transition at 55 °C of pristine LiBH4·NH3 disappears and the composite "
             "releases 10 wt% H2 at 200 °C.", 10.0, "LiBH4·NH3–MgO"),
            ("By introducing Nb2O5, compared with bulk MgH2 the powder takes up 6.2 wt% H2 within 2 min at 250 °C.",
             6.2, "MgH2–Nb2O5"),
            ("After adding CeO2, unlike pristine Mg(BH4)2·6NH3 the mixture releases 7.3 wt% H2 below 200 °C.",
             7.3, "Mg(BH4)2·6NH3–CeO2")):
        assert named(text)[value] == want, text
    # near miss: a sentence that names no hydride leaves the material its own value
    assert named("The MgO powder has a specific surface area of 120 m2/g.")[120.0] == "MgO"


def test_a_value_a_fronted_addition_does_away_with_is_the_sample_before_it():
    for first, text, value, want in (
            ("A LiBH4·NH3–MgO composite was prepared by ball milling.",
             "By adding MgO, the phase transition seen at 55 °C in the crystalline adduct is suppressed.", 55.0,
             "LiBH4·NH3"),
            ("MgH2 was milled with Nb2O5.", "By adding Nb2O5, the desorption peak at 410 °C of the hydride vanishes.",
             410.0, "MgH2"),
            ("NaAlH4 was doped with TiCl3.", "After adding TiCl3, the first desorption step at 210 °C is no longer seen.",
             210.0, "NaAlH4")):
        assert named(first, text)[value] == want, text
    # near miss: a value the addition brings is the modified sample's
    assert named("MgH2 was milled with Nb2O5.", "By adding Nb2O5, the hydride releases 6 wt% H2 at 250 °C.")[6.0] \
        == "MgH2–Nb2O5"
