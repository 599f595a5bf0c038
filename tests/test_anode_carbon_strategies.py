"""An anode's carbon conducts: the strategy ConductiveCompositing, whatever carbon it is; graphene the hydride
grew on (no loading said) shapes the hydride too (Nanostructuring), while carbon milled in at a loading only
conducts. In a hydrogen store the same graphene keeps its support strategy alone. Sentences written for these
tests."""
from __future__ import annotations

import pytest
from extracted import records


def _strategies(text: str) -> set[str]:
    row, = records(text)
    return set(row["strategies"])


@pytest.mark.parametrize("text", [
    "LiAlH4 was ball milled with 20 wt% graphene. The LiAlH4/graphene electrode delivers a first discharge "
    "capacity of 2231 mAh/g.",
    "The MgH2–10 wt% graphene anode retained 650 mAh/g after 50 cycles.",
    "TiH2 milled with 15 wt% reduced graphene oxide gave a reversible capacity of 720 mAh/g as an anode.",
])
def test_carbon_milled_into_an_anode_at_a_loading_conducts(text):
    assert _strategies(text) == {"ConductiveCompositing"}


@pytest.mark.parametrize("text", [
    "MgH2 nanocrystals were grown on graphene sheets. The MgH2/graphene anode delivers 910 mAh/g after 200 cycles.",
    "As a conversion anode, the MgH2/graphene electrode keeps 640 mAh/g after 100 cycles.",
    "The LiAlH4/graphene anode, with the hydride grown on the sheets, delivers 1300 mAh/g in the first cycle.",
])
def test_graphene_an_anode_hydride_grew_on_conducts_and_shapes(text):
    assert _strategies(text) == {"ConductiveCompositing", "Nanostructuring"}


def test_graphene_in_a_hydrogen_store_keeps_its_support_strategy():
    assert "ConductiveCompositing" not in _strategies("The MgH2/graphene composite releases 6.1 wt% H2 at 300 °C.")
