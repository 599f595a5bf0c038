"""A list of materials added after the value a sentence gives for the bare host ("… fell to 241.7 °C after the
co-addition of Ni and graphene", "… by adding Co, Fe and TiO2") puts every member of the list into that value's
sample, not only the first; a hydride or a new clause after 'and' ends the list. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import component_materials, contract_measurements, the_one


def _materials(text: str, value: float) -> set[str]:
    return component_materials(the_one(contract_measurements(text), value))


@pytest.mark.parametrize("text, added", [
    ("The onset temperature of MgH2 fell from 352.0 °C to 241.7 °C after the co-addition of Ni and graphene.",
     {"Ni", "graphene"}),
    ("The peak temperature of MgH2 was lowered from 390.0 °C to 241.7 °C by adding 4 wt% Co and 6 wt% Nb2O5.",
     {"Co", "Nb2O5"}),
    ("MgH2 had its dehydrogenation onset moved from 352.0 °C to 241.7 °C upon co-doping with Co, Fe and TiO2.",
     {"Co", "Fe", "TiO2"}),
])
def test_every_member_of_a_list_added_after_the_value_goes_in(text, added):
    assert _materials(text, 241.7) == {"MgH2", *added}


def test_a_second_value_after_and_keeps_its_own_additive():
    # near miss: 'and then to … by adding X' is a new step, not a member of the first list
    text = ("The onset temperature of MgH2 fell from 352.0 °C to 241.7 °C by adding Ni and then to 228.4 °C by "
            "adding TiO2.")
    assert _materials(text, 241.7) == {"MgH2", "Ni"}
