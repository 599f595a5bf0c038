"""Composition families written with a symbol ('xLiBH4–(1−x)LiI', 'Mg1−xZnx(BH4)2') and the member a
value of the symbol names ('x = 0.25'). Every sentence here is made up for the test."""
import pytest

from ingest.extract import extract_text
from ontology.families import family_member, family_symbols
from ontology.system import analyse_system


@pytest.mark.parametrize("notation,x,member", [
    ("xLiBH4–(1−x)LiI", 0.25, "0.25LiBH4–0.75LiI"),
    ("(1-x)Li2B12H12-xLiI", 0.25, "0.75Li2B12H12-0.25LiI"),      # '12-x': a separator, then the coefficient x
    ("(100−x)LiBH4–xLiNH2", 25, "75LiBH4–25LiNH2"),
    ("Mg1-xZnx(BH4)2", 0.1, "Mg0.9Zn0.1(BH4)2"),                   # subscripts
    ("Li(BH4)1-xIx", 0.25, "Li(BH4)0.75I0.25"),
    ("LiBH4-xFx", 0.3, "LiBH3.7F0.3"),                             # 'H4-x' with x again after: a subscript
])
def test_member_of_a_family(notation, x, member):
    assert family_symbols(notation) == {"x"}
    assert family_member(notation, {"x": x}) == member


def test_written_compositions_and_element_letters_are_no_family():
    assert family_symbols("3LiBH4–LiI") == set()
    assert family_member("3LiBH4–LiI", {"x": 0.2}) is None
    assert family_symbols("Mg1-yDyy(BH4)2") == {"y"}                 # the y of Dy is a letter of dysprosium
    assert family_member("xLiBH4–(1−x)LiI", {"x": 1}) is None         # an end member: LiI's amount is zero


def test_bad_values_are_refused():
    with pytest.raises(ValueError, match="no finite number"):
        family_member("xLiBH4–(1−x)LiI", {"x": float("nan")})
    with pytest.raises(ValueError, match="no family symbol"):
        family_member("xLiBH4–(1−x)LiI", {"q": 0.5})


def test_the_member_is_the_written_composition():
    member = analyse_system(family_member("Li(BH4)1-xIx", {"x": 0.25})).system
    assert member.id == analyse_system("0.75LiBH4–0.25LiI").system.id


@pytest.mark.parametrize("notation,host,partner,role", [
    ("xLiBH4–(1−x)LiI", "LiBH4", "LiI", "DopantSubstituent"),
    ("(1-x)Li2B12H12-xLiI", "Li2B12H12", "LiI", "DopantSubstituent"),
    ("(100−x)LiBH4–xLiNH2", "LiBH4", "LiNH2", "DestabilizingReactant"),
    ("(1−x)LiBH4–xLiI", "LiBH4", "LiI", "DopantSubstituent"),
])
def test_family_notation_is_host_and_partner(notation, host, partner, role):
    s = analyse_system(notation).system
    assert (s.host.formula, s.host.amount) == (host, None)
    assert [(a.formula, a.role, a.amount) for a in s.additives] == [(partner, role, None)]


def test_the_two_minus_signs_name_one_family():
    assert analyse_system("xLiBH4–(1−x)LiI").system.id == analyse_system("xLiBH4-(1-x)LiI").system.id


def _rows(text):
    out = []
    for m in extract_text(text).measurements:
        comps = [(c.formula, c.amount.value if c.amount else None) for c in m.system.components]
        out.append((m.property, m.value, comps))
    return out


def test_values_of_a_member_and_of_the_family():
    text = ("# Made-up results\n\n## 3. Results\n\n"
            "We prepared the xLiBH4–(1−x)LiI series (x = 0.25, 0.5, 0.75) by ball milling. "
            "The whole series conducted Li+ with an ionic conductivity above 0.01 mS/cm at 30 °C. "
            "The sample with x = 0.25 shows 0.1 mS/cm at 25 °C. "
            "For x = 0.5, the ionic conductivity reached 0.3 mS/cm at 25 °C, whereas x = 0.75 gave 0.05 mS/cm.\n")
    rows = _rows(text)
    assert ("ionic_conductivity", 0.01, [("LiBH4", None), ("LiI", None)]) in rows          # a list names no member
    assert ("ionic_conductivity", 0.1, [("LiBH4", 0.25), ("LiI", 0.75)]) in rows
    assert ("ionic_conductivity", 0.3, [("LiBH4", 0.5), ("LiI", 0.5)]) in rows
    assert ("ionic_conductivity", 0.05, [("LiBH4", 0.75), ("LiI", 0.25)]) in rows          # the x before it


def test_value_given_in_brackets_after_the_family():
    text = ("# Made-up results\n\n## 3. Results\n\n"
            "The Mg1-xZnx(BH4)2 (x = 0.1) sample began to release hydrogen at an onset temperature of 120 °C. "
            "The (1-x)Li2B12H12-xLiI electrolyte with x = 0.4 reached an ionic conductivity of 0.02 mS/cm at 60 °C.\n")
    rows = _rows(text)
    assert ("onset_dehydrogenation_temperature", 120.0, [("Mg(BH4)2", 0.9), ("Zn(BH4)2", 0.1)]) in rows
    assert ("ionic_conductivity", 0.02, [("Li2B12H12", 0.6), ("LiI", 0.4)]) in rows


def test_a_range_of_x_names_no_member():
    text = ("# Made-up results\n\n## 3. Results\n\n"
            "Across x = 0.1–0.5 the (100−x)LiBH4–xLiNH2 composites kept an ionic conductivity of 0.2 mS/cm at 50 °C.\n")
    assert ("ionic_conductivity", 0.2, [("LiBH4", None), ("LiNH2", None)]) in _rows(text)


@pytest.mark.parametrize("written", ["0.75LiBH4–0.25LiI", "75LiBH4-25LiI", "Li(BH4)0.75I0.25", "3LiBH4·LiI"])
def test_one_composition_in_any_numbers_is_one_system(written):
    # the member at x = 0.25 of '(1-x)LiBH4–xLiI' is the system 3LiBH4–LiI, whatever numbers name it
    assert analyse_system(written).system.id == analyse_system("3LiBH4–LiI").system.id
    assert analyse_system(family_member("(1-x)LiBH4–xLiI", {"x": 0.25})).system.id == analyse_system("3LiBH4–LiI").system.id


def test_amounts_in_wt_percent_are_no_molar_ratio():
    assert analyse_system("MgH2–10 wt% Ni").system.id != analyse_system("MgH2–0.1Ni").system.id
    assert analyse_system("2LiBH4–MgH2").system.id != analyse_system("LiBH4–MgH2").system.id


# the member the passage studied: a later value of the family, in a sentence writing no symbol, is that member's
@pytest.mark.parametrize("text, value, comps", [
    ("The (1-x)LiBH4-xLiNH2 system was milled. For x = 0.6, the ionic conductivity is 0.9 mS/cm at 40 °C. "
     "Its activation energy for Li+ conduction amounts to 0.45 eV.",
     0.45, [("LiBH4", 0.4), ("LiNH2", 0.6)]),
    ("Electrolytes of the xNa2B10H10-(1-x)Na2B12H12 family were made. The sample with x = 0.5 shows "
     "0.2 mS/cm at 30 °C. The order-disorder transition is found at 95 °C.",
     95.0, [("Na2B12H12", 0.5), ("Na2B10H10", 0.5)]),
    ("We studied Mg1-xZnx(BH4)2 solid solutions. At x = 0.2 the onset temperature is 190 °C. "
     "Hydrogen release reaches 9.1 wt% at 400 °C.",
     9.1, [("Mg(BH4)2", 0.8), ("Zn(BH4)2", 0.2)]),
])
def test_a_later_value_of_the_family_is_the_studied_member_s(text, value, comps):
    rows = _rows("# Made-up results\n\n## 3. Results\n\n" + text + "\n")
    assert any(v == value and sorted(c) == sorted(comps) for _, v, c in rows), rows


def test_a_later_value_said_of_the_symbol_stays_the_family_s():
    rows = _rows("# Made-up results\n\n## 3. Results\n\nThe (1-x)LiBH4-xLiNH2 system was milled. For x = 0.6, the "
                 "ionic conductivity is 0.9 mS/cm at 40 °C. With increasing x the activation energy drops to 0.45 eV.\n")
    assert ("ion_migration_activation_energy", 0.45, [("LiBH4", None), ("LiNH2", None)]) in rows, rows


# a change whose first value names its own sample in a bare bracket: 'from 355 °C (X) to 85 °C'
@pytest.mark.parametrize("text, first, second", [
    ("MgH2 was milled with 5 wt% TiO2. The onset temperature decreases from 350 °C (MgH2) to 250 °C.",
     (350.0, "MgH2"), (250.0, "MgH2–5 wt% TiO2")),
    ("LiBH4 was ball milled with 30 mol% LiI. The transition temperature falls from 118 °C (pristine LiBH4) to 40 °C.",
     (118.0, "LiBH4"), (40.0, "LiBH4–30 mol% LiI")),
    ("Mg(BH4)2 was milled with 3 mol% NbF5. The onset temperature was lowered from 275 °C (as-milled Mg(BH4)2) to 180 °C.",
     (275.0, "Mg(BH4)2"), (180.0, "Mg(BH4)2–3 mol% NbF5")),
])
def test_a_bracketed_sample_after_the_first_value_of_a_change(text, first, second):
    got = {m.value: m.system.name for m in extract_text("# Made-up results\n\n" + text + "\n").measurements}
    assert got.get(first[0]) == first[1] and got.get(second[0]) == second[1], got


def test_a_bracketed_setting_after_the_first_value_is_no_change_of_sample():
    # 'from 350 °C (10 K/min) to …': the bracket holds a number of its own, no sample
    got = {m.value: m.system.name for m in extract_text(
        "# Made-up results\n\nMgH2 was milled with 5 wt% TiO2. The peak shifts from 350 °C (at 10 K/min) to 250 °C.\n"
    ).measurements}
    assert 350.0 not in got or got[350.0] == "MgH2–5 wt% TiO2", got
