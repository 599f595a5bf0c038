"""Two metal hydrides a sentence says react with each other ('MgH2 and LiBH4 react to form MgB2', 'MgH2 reacts
with LiBH4') are the partners of one reactive composite: that sentence's values, and 'the composite' of the next,
are the composite's, not the first hydride's alone. A hydride said to react with something that is no metal hydride
(oxygen, water) stays alone. Sentences written for the test."""
import pytest
from prose_sentences import contract_measurements


def _samples(text):
    return sorted((r["value"], tuple(sorted((c["material"], c["role"]) for c in r["components"])))
                  for r in contract_measurements(text))


_RHC = (("LiBH4", "HostHydride"), ("MgH2", "DestabilizingReactant"))


@pytest.mark.parametrize("text, want", [
    ("On heating, MgH2 and LiBH4 react to form MgB2. The composite gave up 8 wt% H2 at 400 °C.", [(8.0, _RHC)]),
    ("LiBH4 and MgH2 react with each other when heated, giving MgB2. The mixture desorbed 10 wt% H2 in total.",
     [(10.0, _RHC)]),
    ("Under hydrogen back-pressure MgH2 reacts with LiBH4 to form MgB2. The composite gave up 8 wt% H2 at 400 °C.",
     [(8.0, _RHC)]),
    ("When heated, LiBH4 and MgH2 readily react and MgB2 appears; the composite releases 9 wt% H2 at 380 °C.",
     [(9.0, _RHC)]),
])
def test_hydrides_said_to_react_are_one_composite(text, want):
    assert _samples(text) == want


@pytest.mark.parametrize("text, want", [
    ("Both LiBH4 and MgH2 react with oxygen in air. Milled MgH2 gave up 7 wt% H2 at 350 °C.",
     [(7.0, (("MgH2", "HostHydride"),))]),
    ("In a hydrolysis cell MgH2 reacts with water, giving 15 wt% H2 on the basis of the hydride.",
     [(15.0, (("MgH2", "HostHydride"),))]),
])
def test_a_hydride_reacting_with_no_hydride_stays_alone(text, want):
    assert _samples(text) == want


def test_the_reaction_of_the_passages_catalysed_composite_keeps_its_catalyst():
    # the passage's sample holds both hydrides and a catalyst: the reaction in words is that sample's
    text = ("LiNH2, MgH2 and 3 mol% KH were milled together for 12 h. LiNH2 reacts with MgH2 to form Li2Mg(NH)2. "
            "The onset temperature is lowered to 150 °C.")
    got = _samples(text)
    assert got and got[0][1] == (("KH", "Catalyst"), ("LiNH2", "HostHydride"), ("MgH2", "DestabilizingReactant")), got
