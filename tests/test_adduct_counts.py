"""'Mg(BH4)2·2NH3', 'Mg(BH4)2·1.5NH3', 'Mg(BH4)2·1.5(CH3)2NH': the ligand's count per formula unit is its molar
ratio to the host; an adduct written without a count ('LiBH4·NH3', 'LiBH4·en') holds one ligand per formula unit
(the dev set's convention, tests/devset fresh_li_mgbh42_ligands_scopus: 'Mg(BH4)2·NH3' is NH3 1 ratio); a symbolic
count ('·xNH3', '(H2O)n') gives none. The name stays as written and the system's identity does not change."""
import pytest

from ontology.system import parse_system


@pytest.mark.parametrize("written, ligand, count", [
    ("Mg(BH4)2·2NH3", "NH3", 2.0),
    ("Mg(BH4)2·1.5NH3", "NH3", 1.5),
    ("Mg(BH4)2·6NH3", "NH3", 6.0),
    ("Mg(BH4)2·1.5(CH3)2NH", "(CH3)2NH", 1.5),
    ("LiBH4·NH3", "NH3", 1.0),
])
def test_the_ligand_count_is_its_ratio(written, ligand, count):
    s = parse_system(written, strict=False)
    assert s.name == written and s.host.formula in ("Mg(BH4)2", "LiBH4")
    assert [(a.formula, a.amount and a.amount.value) for a in s.additives] == [(ligand, count)]


# A ligand in brackets may carry its count after them, a letter ('(H2O)n', '(NH3)x') or a number ('(NH3)2'):
# the compound before the dot is still the host and the ligand its substituent (a number is still its ratio).
@pytest.mark.parametrize("written, host, ligand, count", [
    ("LiB11H14·(H2O)n", "LiB11H14", "H2O", None),
    ("Ca(BH4)2·(NH3)x", "Ca(BH4)2", "NH3", None),
    ("Li2B12H12·(H2O)y", "Li2B12H12", "H2O", None),
    ("NaBH4·(NH3)2", "NaBH4", "NH3", 2.0),
])
def test_a_ligand_in_brackets_with_its_count_after_them_is_split_off(written, host, ligand, count):
    s = parse_system(written, strict=False)
    assert s.host.formula == host
    assert [(a.formula, a.amount and a.amount.value) for a in s.additives] == [(ligand, count)]


def test_the_nido_borate_without_a_ligand_is_its_own_host():
    # (the ontology names the Li and K nido-undecaborates as it does the Na one: no ligand, no additive)
    for written in ("LiB11H14", "KB11H14"):
        s = parse_system(written, strict=False)
        assert s.host.formula == written and not s.additives and s.host.term


# Water written into a salt's formula ('·(H2O)n', '·xH2O', '·2H2O') is its water of hydration: a neutral molecule
# coordinated to the cation (the ontology's Water, a solvent like the THF of a solvate), so the system's strategy is
# `Ammoniation` (tests/devset/README.md: every neutral molecule coordinated to the cations).
@pytest.mark.parametrize("text, value, host, count", [
    ("Hydrated Na2B12H12·(H2O)n conducts Na+ at 2.6 × 10−5 S cm−1 at 35 °C.", 0.026, "Na2B12H12", None),
    ("The dihydrate Li2B12H12·2H2O shows an ionic conductivity of 0.0031 mS/cm at 60 °C.", 0.0031, "Li2B12H12", 2.0),
    ("For Li2B10H10·xH2O a conductivity of 7.2 × 10−6 S cm−1 was measured at 40 °C.", 0.0072, "Li2B10H10", None),
])
def test_water_of_hydration_is_a_coordinated_ligand(text, value, host, count):
    from prose_sentences import contract_measurements, the_one

    row = the_one(contract_measurements(text), value)
    assert [(c["material"], c["role"], c["amount"]) for c in row["components"]] == [
        (host, "HostHydride", None), ("H2O", "DopantSubstituent", count)]
    assert row["strategies"] == ["Ammoniation"]


def test_water_a_sample_was_only_treated_with_is_no_component():
    # (near miss: water as a medium, not written into the formula)
    from prose_sentences import contract_measurements, the_one

    row = the_one(contract_measurements(
        "LiBH4 dissolved in water and dried again shows a conductivity of 0.0042 mS/cm at 30 °C."), 0.0042)
    assert [c["material"] for c in row["components"]] == ["LiBH4"]


# A hydride the ontology does not name is still a hydride by its composition (hydrogen bound in a metal's
# borohydride): its adduct splits at the dot like a named one's, so the host is the borohydride, not the adduct.
@pytest.mark.parametrize("written, host, ligand, count", [
    ("Sr(BH4)2·2NH2CH3", "Sr(BH4)2", "NH2CH3", 2.0),
    ("Ba(BH4)2·NH3", "Ba(BH4)2", "NH3", 1.0),
    ("Eu(BH4)2·3NH3", "Eu(BH4)2", "NH3", 3.0),
])
def test_the_adduct_of_an_unnamed_hydride_is_split_at_its_dot(written, host, ligand, count):
    s = parse_system(written, strict=False)
    assert s.name == written and s.host.formula == host
    assert [(a.formula, a.amount and a.amount.value) for a in s.additives] == [(ligand, count)]


def test_the_hydrate_of_a_salt_without_hydrogen_stays_one_compound():
    # (near miss: MgCl2 holds no hydrogen, so its hydrate is no hydride with a ligand)
    s = parse_system("MgCl2·6H2O", strict=False)
    assert not any(a.formula == "H2O" for a in s.additives)


# A ligand written in brackets inside or after the hydride's formula carries its count after the bracket, the
# same molar ratio as after an adduct's dot ('Sr(NH3)2(BH4)2' = 'Sr(BH4)2·2NH3').
@pytest.mark.parametrize("written, host, ligand, count", [
    ("Sr(NH3)2(BH4)2", "Sr(BH4)2", "NH3", 2.0),
    ("Ca(BH4)2(NH3)4", "Ca(BH4)2", "NH3", 4.0),
    ("Mg(en)3(BH4)2", "Mg(BH4)2", "C2H8N2", 3.0),
    ("Li(NH3)BH4", "LiBH4", "NH3", 1.0),
])
def test_a_bracketed_ligand_count_is_its_ratio(written, host, ligand, count):
    s = parse_system(written, strict=False)
    assert s.host.formula == host
    assert [(a.formula, a.amount and a.amount.value) for a in s.additives] == [(ligand, count)]
