"""Additives named as the text names them (``ontology.system.component_name``): a known material's
specific words kept ('ordered mesoporous carbon', not the class 'porous carbon'), generic head nouns
dropped ('mesoporous silica scaffold' is 'mesoporous silica'), a formula where the text gives one, an
MXene's terminations as written ('Ti3C2Tx'); the ontology term rides along as ``term``. Also: an unnamed
metal form before its support ('CuSA/Ti3C2Tx') is one catalyst, named without the form tag ('Cu/Ti3C2Tx'). Sentences written for these tests; the
probe grid (tests/grid_names3.py) crosses additive names with sentence positions."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows
from ontology.system import analyse_system, component_name
from tests import grid_names3


def _additives(notation: str) -> list[str]:
    return [component_name(c) for c in analyse_system(notation).system.additives]


@pytest.mark.parametrize("notation, named", [
    ("LiBH4@ordered mesoporous carbon", "ordered mesoporous carbon"),
    ("MgH2–aerogel-like carbon", "aerogel-like carbon"),
    ("LiBH4@mesoporous silica scaffold", "mesoporous silica"),     # the head noun is no part of the name
    ("MgH2–10 wt% activated carbon", "activated carbon"),          # the amount is no part of it either
    ("NaAlH4@hollow carbon spheres", "hollow carbon spheres"),
    ("MgH2–Ti3C2Tx", "Ti3C2Tx"),                                    # the MXene's terminations as written
    ("MgH2–5 wt% Nb2CTx", "Nb2CTx"),
    ("MgH2–Ti3C2", "Ti3C2"),
    ("MgH2–nickel", "Ni"),                                          # a formula where the material has one
])
def test_component_named_as_written(notation, named):
    assert _additives(notation) == [named]


@pytest.mark.parametrize("notation, label", [
    ("LiBH4@porous scaffold", "porous scaffold"),   # only a head noun would be left: the term's label stays
    ("MgH2–graphene", "graphene"),
])
def test_name_without_specific_words_keeps_the_label(notation, label):
    assert _additives(notation) == [label]


def test_term_rides_along_in_the_contract():
    text = "LiBH4 was melt-infiltrated into ordered mesoporous carbon. The confined LiBH4 starts to release hydrogen at 215 °C.\n"
    rows = [r for r in contract_rows(extract_text(text)) if r.get("kind") == "measurement"]
    assert rows
    support = [c for c in rows[0]["components"] if c["role"] != "HostHydride"]
    assert [(c["material"], c["term"]) for c in support] == [("ordered mesoporous carbon", "PorousCarbon")]


def _additive_names(text: str) -> list[list[str]]:
    rows = [r for r in contract_rows(extract_text(text)) if r.get("kind") == "measurement"]
    return [[c["material"] for c in r["components"] if c["role"] != "HostHydride"] for r in rows]


@pytest.mark.parametrize("text, named", [
    ("Nanoconfinement of NaAlH4 in an aerogel-like carbon lowered the onset of hydrogen release to 150 °C.\n",
     "aerogel-like carbon"),
    ("Mg(BH4)2 was loaded into ordered mesoporous carbon by solvent infiltration; the loaded sample "
     "releases hydrogen from 170 °C.\n", "ordered mesoporous carbon"),
    ("# Hydrogen release of LiBH4 confined in hollow carbon spheres\n\nThe confined hydride starts to "
     "release hydrogen at 225 °C.\n", "hollow carbon spheres"),
])
def test_support_named_as_written_in_sentences(text, named):
    found = _additive_names(text)
    assert found and all(names == [named] for names in found)


# A generic head noun after a plain material word ('a carbon scaffold', 'the carbon matrix') says what the
# material does, not which it is: the words left name a material narrower than the class the whole phrase is
# a label of (carbon, not 'carbon support'), and that material is the component, its role the scaffold's.
@pytest.mark.parametrize("text", [
    "MgH2 particles of about 4 nm were grown inside the pores of a carbon scaffold. The confined hydride "
    "shows a reaction enthalpy of 66 kJ mol-1.\n",
    "NaAlH4 was embedded in the carbon matrix. The composite releases hydrogen at 150 °C.\n",
    "We confined LiBH4 in a carbon host by melt infiltration; the confined LiBH4 starts to desorb hydrogen "
    "at 220 °C.\n",
    "MgH2 nanoparticles were dispersed on a carbon support. The supported MgH2 has an activation energy "
    "of 95 kJ/mol.\n",
])
def test_head_noun_after_a_material_word_names_the_material(text):
    rows = [r for r in contract_rows(extract_text(text)) if r.get("kind") == "measurement"]
    assert rows
    for r in rows:
        support = [c for c in r["components"] if c["role"] != "HostHydride"]
        assert [c["material"] for c in support] == ["C"]
        assert support[0]["role"] == "ScaffoldConfinementHost"


@pytest.mark.parametrize("notation, named", [
    ("MgH2@carbon scaffold", "C"),
    ("NaAlH4@carbon matrix", "C"),
    ("LiBH4@porous carbon scaffold", "porous carbon"),     # the words left name the phrase's own class
    ("LiBH4@carbon material", "carbon material"),          # no head noun dropped: the words as written
])
def test_head_noun_dropped_in_notations(notation, named):
    assert _additives(notation) == [named]


@pytest.mark.parametrize("notation, whole", [
    # single copper atoms on the MXene: named without the form tag (tests/devset/README.md), the form in the text
    ("MgH2–CuSA/Ti3C2Tx", "Cu/Ti3C2Tx"),
    ("MgH2–5 wt% NiSA/rGO", "Ni/rGO"),
    ("LiAlH4–CoSAC/C", "CoSAC/C"),                 # ('SAC' is no form label of the ontology's: kept as written)
])
def test_unnamed_metal_form_on_its_support_is_one_catalyst(notation, whole):
    system = analyse_system(notation).system
    assert [(c.formula, c.role) for c in system.additives] == [(whole, "Catalyst")]


def test_unnamed_form_without_a_metal_is_no_catalyst():
    # 'AB' starts with no element symbol: nothing says it is a metal on the carbon
    system = analyse_system("MgH2–AB/C").system
    assert "AB/C" not in [c.formula for c in system.additives]


@pytest.mark.parametrize("text", [
    "MgH2 catalysed by CuSA/Ti3C2Tx starts to release hydrogen at 175 °C.\n",
    "With 5 wt% CuSA/Ti3C2Tx, MgH2 absorbs 5.1 wt% H2 within 60 s at 150 °C.\n",
    "The MgH2 sample with CuSA/Ti3C2Tx released hydrogen from 190 °C.\n",
])
def test_single_atom_catalyst_named_with_its_support_in_sentences(text):
    found = _additive_names(text)
    assert found and all(names == ["Cu/Ti3C2Tx"] for names in found)


# ---------------------------------------------------------------------------------- probe grid
_PROBES = list(grid_names3.docs())
# the share of each position's probes that must be named right (the grid's figure on this branch, minus
# a margin of one probe; on main f525a83 it was title 16/27, prep 17/27, with 16/27, doped 4/12,
# confined 4/10): a drop says a general reading broke
_MIN_POSITION = {"title": 0.85, "prep": 0.85, "with": 0.85, "doped": 0.58, "confined": 0.8}
# additive names the readers of sentences do not find yet (framework codes in prose, a class of supports
# written alone): listed so that a new failure elsewhere shows, and a fixed one is noticed
_KNOWN_GAPS = {"ZIF-67", "MOF-74(Mg)"}


@pytest.fixture(scope="module")
def grid_results() -> dict[tuple[str, str], list[bool]]:
    """{(slot, value): [right?, …]} over the grid, each probe extracted once."""
    out: dict[tuple[str, str], list[bool]] = {}
    for p in _PROBES:
        ok, _ = grid_names3.judge(p, grid_names3.rows_for(p.text))
        out.setdefault(("position", p.position), []).append(ok)
        out.setdefault(("additive", p.additive), []).append(ok)
    return out


def test_grid_is_small():
    assert 50 <= len(_PROBES) <= 300


@pytest.mark.parametrize("position", list(grid_names3.POSITIONS))
def test_grid_position_pass_rate(grid_results, position):
    results = grid_results[("position", position)]
    assert sum(results) / len(results) >= _MIN_POSITION[position], (position, sum(results), len(results))


@pytest.mark.parametrize("additive", [a for a, _, _ in grid_names3.ADDITIVES])
def test_grid_additive_pass_rate(grid_results, additive):
    results = grid_results[("additive", additive)]
    if additive in _KNOWN_GAPS:
        assert sum(results) < len(results), f"{additive} is named right everywhere now: drop it from the gaps"
    else:   # right in every position but at most one (the '-doped' prefix of a name of several words)
        assert sum(results) >= len(results) - 1, (additive, sum(results), len(results))


def test_grid_judge_can_fail():
    probe = grid_names3.Probe("with", "ordered mesoporous carbon", "LiBH4", "ordered mesoporous carbon", "")
    wrong = [{"kind": "measurement", "components": [{"material": "LiBH4", "role": "HostHydride"},
                                                    {"material": "porous carbon", "role": "ScaffoldConfinementHost"}]}]
    assert grid_names3.judge(probe, wrong)[0] is False


@pytest.mark.parametrize("notation, others", [
    ("NaAlH4–metal–organic framework", []),
    ("LiBH4@metal–organic framework", []),
    ("NaAlH4–Ti–metal–organic framework", ["Ti"]),
])
def test_dash_inside_a_known_name_is_no_separator(notation, others):
    additives = analyse_system(notation).system.additives
    assert [c.formula for c in additives if c.term == "MetalOrganicFramework"] == ["metal–organic framework"]
    assert [c.formula for c in additives if c.term != "MetalOrganicFramework"] == others


def test_dash_between_two_names_still_separates():
    additives = analyse_system("MgH2–graphene–carbon nanotube").system.additives
    assert [c.term for c in additives] == ["Graphene", "CarbonNanotube"]


def test_framework_with_an_en_dash_in_a_sentence_is_one_scaffold():
    found = _additive_names("NaAlH4 was infiltrated into a titanium-free metal–organic framework; the confined "
                            "hydride starts to release hydrogen at 95 °C.\n")
    assert found and all("metal" not in names and "organic framework" not in names for names in found)
