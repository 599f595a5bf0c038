"""A hydride's adduct written with the molecule's abbreviation after the dot ('·AB', ammonia borane) is the hydride,
the host, with that molecule as its partner, as the adduct written with the molecule's formula is. The same letters
elsewhere in a notation (a part after a dash: acetylene black beside a carbon-coated anode) name no ammonia borane.
All notations are made up."""
import pytest

from ontology.system import analyse_system


@pytest.mark.parametrize("notation,host,count", [
    ("LiBH4·AB", "LiBH4", 1.0),
    ("Mg(BH4)2·2AB", "Mg(BH4)2", 2.0),
    ("Ca(BH4)2·AB", "Ca(BH4)2", 1.0),
    ("NaBH4·0.5AB", "NaBH4", 0.5),
])
def test_an_abbreviated_molecule_after_the_dot_is_the_hosts_partner(notation, host, count):
    read = analyse_system(notation)
    assert read.unknown == []
    assert read.system.host.formula == host
    (partner,) = read.system.additives
    assert partner.term == "AmmoniaBorane" and partner.formula == "NH3BH3"
    assert partner.amount is not None and partner.amount.value == count


def test_the_abbreviation_and_the_formula_give_the_same_parts():
    by_letters, by_formula = analyse_system("LiBH4·AB").system, analyse_system("LiBH4·NH3BH3").system
    assert [(c.formula, c.role) for c in by_letters.components] == [(c.formula, c.role) for c in by_formula.components]


@pytest.mark.parametrize("notation", ["MgH2–TiH2–AB", "LiBH4–AB", "Mg2NiH4/AB"])
def test_near_miss_the_letters_beside_a_dash_are_no_ammonia_borane(notation):
    assert all(c.term != "AmmoniaBorane" for c in analyse_system(notation).system.components)


def test_near_miss_letters_no_term_declares_stay_unread():
    assert analyse_system("LiBH4·XQ").unknown == ["LiBH4·XQ"]
