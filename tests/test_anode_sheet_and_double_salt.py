"""Two conventions of the dev set (tests/devset/README.md), decided 4 December:

- in an anode, graphene or rGO sheets the hydride grew on or is anchored on are its conductive additive however
  the text writes them ('MgH2@rGO', '... anchored on graphene'): a sheet has no pore to hold the particles. The
  system gets ConductiveCompositing and Nanostructuring; a porous carbon or plain '@C' stays the scaffold, and the
  same sheets in a hydrogen store keep their support role;
- a double alanate written as one formula (LiMg(AlH4)3, K2LiAlH6) is one compound, its own host, with
  CationSubstitution as a double borohydride has; a single-cation alanate has none.

Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _one(text: str) -> dict:
    row, = records(text)
    return row


def _roles(row: dict) -> dict[str, str]:
    return {c["material"]: c["role"] for c in row["components"]}


@pytest.mark.parametrize(("text", "sheet"), [
    ("Used as a lithium-ion anode, the MgH2@rGO electrode returned 840 mAh/g at 100 mA/g.",
     "reduced graphene oxide"),
    ("Magnesium hydride crystals grown on graphene served as the anode and kept 760 mAh/g after 80 cycles.",
     "graphene"),
    ("MgH2 nanoparticles anchored on rGO deliver 690 mAh/g as a conversion anode.", "reduced graphene oxide"),
    ("Hydride particles were made on graphene (denoted MgH2@G). In a half cell the first charge capacity of "
     "MgH2@G was 1010 mAh/g.", "graphene"),
    ("Few-nanometre MgH2 was deposited on graphene (hereafter MgH2@G); as an anode, MgH2@G kept 700 mAh/g after "
     "150 cycles.", "graphene"),
])
def test_sheets_an_anode_hydride_grew_on_conduct(text, sheet):
    row = _one(text)
    assert _roles(row).get(sheet) == "ConductiveAdditive"
    assert set(row["strategies"]) == {"ConductiveCompositing", "Nanostructuring"}


@pytest.mark.parametrize("text", [
    "The LiAlH4@C anode kept 610 mAh/g after 40 cycles.",
    "MgH2 confined in a porous carbon returned 720 mAh/g as an anode.",
])
def test_a_carbon_that_holds_the_anode_hydride_stays_its_scaffold(text):
    row = _one(text)
    assert "ScaffoldConfinementHost" in _roles(row).values()
    assert "Nanoconfinement" in row["strategies"]


def test_sheets_a_stored_hydride_grew_on_keep_their_support_role():
    row = _one("MgH2 nanocrystals anchored on rGO give off 6.3 wt% H2 at 275 °C.")
    assert _roles(row).get("reduced graphene oxide") == "ScaffoldConfinementHost"
    assert "ConductiveCompositing" not in row["strategies"]


@pytest.mark.parametrize(("text", "host"), [
    ("The double alanate LiMg(AlH4)3 gives off 6.9 wt% hydrogen below 210 °C.", "LiMg(AlH4)3"),
    ("Ball-milled K2LiAlH6 desorbs 2.4 wt% H2 near 310 °C.", "K2LiAlH6"),
    ("Upon heating, LiMgAlH6 releases 3.8 wt% of hydrogen at 170 °C.", "LiMgAlH6"),
])
def test_a_double_alanate_is_one_compound_with_cation_substitution(text, host):
    row = _one(text)
    assert [c["material"] for c in row["components"]] == [host]
    assert row["strategies"] == ["CationSubstitution"]


@pytest.mark.parametrize("text", [
    "Pure Na3AlH6 gives off 2.9 wt% H2 at 260 °C.",
    "As received, LiAlH4 desorbs 7.1 wt% H2 by 230 °C.",
])
def test_a_single_cation_alanate_has_no_substitution(text):
    assert _one(text)["strategies"] == []


@pytest.mark.parametrize("text", [
    "Hydride crystals were deposited on graphene (denoted MgH2@G). First-cycle capacities of 1090 and 640 mAh/g "
    "were found for MgH2@G and bare MgH2, respectively.",
    "MgH2 was grown on graphene (hereafter MgH2@G). Reversible capacities of 870 and 310 mAh/g were measured for "
    "MgH2@G and ball-milled MgH2 anodes, respectively.",
    "Tiny MgH2 particles were formed on graphene (denoted MgH2@G). After 100 cycles the anodes kept 720 and "
    "150 mAh/g for MgH2@G and commercial MgH2, respectively.",
])
def test_a_name_the_passage_gave_is_that_sample_in_a_list_after_the_values(text):
    first, second = records(text)
    assert _roles(first) == {"MgH2": "HostHydride", "graphene": "ConductiveAdditive"}
    assert [c["material"] for c in second["components"]] == ["MgH2"]


@pytest.mark.parametrize("text", [
    "MgH2 nanocrystals of about 7 nm were grown on graphene sheets by a wet route. As an anode, the MgH2/graphene "
    "electrode gives 930 mAh g−1 after 100 cycles.",
    "Graphene-supported MgH2 with 9 nm particles was made by solvothermal hydrogenation. The MgH2/graphene anode "
    "kept 760 mAh g−1 at 200 mA g−1.",
    "Particles of 6 nm formed when MgH2 was grown on graphene. In half cells the MgH2/graphene electrode stored "
    "1010 mAh g−1.",
])
def test_a_size_of_the_anode_sample_takes_the_anodes_strategies(text):
    size = next(r for r in records(text) if r["property"] == "particle_size")
    assert set(size["strategies"]) == {"ConductiveCompositing", "Nanostructuring"}


def test_a_size_in_a_hydrogen_storage_paper_keeps_the_sheets_strategy_alone():
    size = next(r for r in records("MgH2 nanocrystals of about 7 nm were grown on graphene sheets by a wet route. "
                                   "The MgH2/graphene composite releases 6.2 wt% H2 at 260 °C.")
                if r["property"] == "particle_size")
    assert size["strategies"] == ["Nanostructuring"]


@pytest.mark.parametrize("text", [
    "Hydride particles were made on graphene (denoted MgH2@G). In a half cell the coulombic efficiency of MgH2@G "
    "was 81 % in the first cycle.",
    "The MgH2@rGO electrode showed a first-cycle coulombic efficiency of 84 %.",
    "MgH2 crystals anchored on rGO give an initial coulombic efficiency of 79 % as an anode.",
])
def test_a_coulombic_efficiency_alone_takes_the_anode_strategies(text):
    row, = records(text)
    assert set(row["strategies"]) == {"ConductiveCompositing", "Nanostructuring"}
