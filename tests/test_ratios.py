"""ingest.extraction.samples.ratios: one pattern for a ratio after the names it is of, its kind read from the words
around it; a sample's molar ratio and an electrode's mass ratio each take only their own kind.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from ingest.extraction.samples.ratios import RATIO_AFTER, ratio_after, ratio_before, ratio_kind, ratio_shares
from ingest.extraction.samples.samples_composites import _ratio_after


@pytest.mark.parametrize("after,kind,shares,rest", [
    (" (1:0.1) were milled", None, [1.0, 0.1], " were milled"),
    (" in a 2:1 molar ratio were milled", "molar", [2.0, 1.0], " were milled"),
    (" with the molar ratios of 1:2, and", "molar", [1.0, 2.0], ", and"),
    (" (2:1 by mole)", "molar", [2.0, 1.0], ""),
    (" in a weight ratio of 70:20:10 were", "mass", [70.0, 20.0, 10.0], " were"),
    (" (8:1:1 by weight)", "mass", [8.0, 1.0, 1.0], ""),
    (" in a 90:10 wt. ratio", "mass", [90.0, 10.0], ""),
    (" in a 1:1 mass ratio", "mass", [1.0, 1.0], ""),
    (" (1:1) molecules", None, [1.0, 1.0], " molecules"),
])
def test_ratio_kind_and_shares(after, kind, shares, rest):
    m = RATIO_AFTER.match(after)
    assert m is not None
    assert (ratio_kind(m), ratio_shares(m), after[m.end():]) == (kind, shares, rest)


def test_a_mass_word_inside_a_longer_word_is_no_kind():
    m = RATIO_AFTER.match(" in a 1:1 massive block")
    assert m is not None and ratio_kind(m) is None and m.group(0) == " in a 1:1"


@pytest.mark.parametrize("after,ok", [
    (" in a 2:1 molar ratio", True),
    (" (1:0.1)", True),
    (" in a weight ratio of 2:1", False),   # a mass ratio is an electrode's, not a sample's composition
    (" (2:1 by mass)", False),
    (" (8:1:1)", False),                     # three parts: no ratio of two names
])
def test_a_samples_ratio_is_a_molar_or_bare_ratio_of_two(after, ok):
    assert (_ratio_after("MgH2 and Ni" + after, len("MgH2 and Ni")) is not None) == ok


def _parts(sentence: str) -> dict:
    from ingest.extract import extract_text
    from kg.literature import contract_rows
    rows = [r for r in contract_rows(extract_text("# Ratios\n\n" + sentence + "\n")) if r["kind"] == "measurement"]
    assert len(rows) == 1, rows
    return {c["material"]: (c["role"], c["amount"]) for c in rows[0]["components"] if c["role"] != "HostHydride"}


sample_parts = electrode_parts = _parts


def test_both_readers_keep_their_kind():
    # a molar ratio of a hydride and a metal: the metal's moles per mole of the host
    assert sample_parts("MgH2 and Ni in a molar ratio of 1:0.1 were co-milled, and the composite "
                        "released 6.4 wt% H2 at 280 °C.") == {"Ni": ("Catalyst", 0.1)}
    # a mass ratio of an electrode's parts: mass fractions of each
    assert electrode_parts("MgH2, acetylene black and CMC in a weight ratio of 7:2:1 were coated into "
                           "an electrode that delivered 1210 mAh g−1 in the first discharge.") \
        == {"C": ("ConductiveAdditive", 20.0), "CMC": ("Binder", 10.0)}
    # a molar ratio after an electrode's parts gives no formulation
    assert electrode_parts("MgH2, acetylene black and CMC in a molar ratio of 7:2:1 were coated into "
                           "an electrode that delivered 1210 mAh g−1 in the first discharge.") \
        == {"C": ("ConductiveAdditive", None)}


# ---------------------------------------------------------------- one system from names and their ratio
def _row(sentence: str) -> dict:
    from ingest.extract import extract_text
    from kg.literature import contract_rows
    rows = [r for r in contract_rows(extract_text("# Ratios\n\n" + sentence + "\n")) if r["kind"] == "measurement"]
    assert len(rows) == 1, rows
    return rows[0]


def _amounts(row: dict) -> dict:
    return {c["material"]: (c["amount"], c["amount_unit"]) for c in row["components"]}


def _system_id(row: dict) -> str:
    from ontology.system import parse_system
    return parse_system(row.get("system") or row["material"]).id


_CONDUCTS = " conducted 2.4 × 10−5 S cm−1 at 30 °C."


@pytest.mark.parametrize("sentence", [
    "LiBH4 and LiI in a 3:1 molar ratio were ball-milled, and the pellet" + _CONDUCTS,
    "LiBH4 and LiI mixed at a molar ratio of 3:1" + _CONDUCTS,
    "LiBH4 and LiI were ball-milled in a 3:1 molar ratio, and the pellet" + _CONDUCTS,
    "A 3:1 (molar) mixture of LiBH4 and LiI" + _CONDUCTS,
    "A 3:1 molar mixture of LiBH4 and LiI" + _CONDUCTS,
    "The LiBH4–LiI (3:1 mol) pellet" + _CONDUCTS,
    "LiBH4 and LiI (3:1 by mole)" + _CONDUCTS,
])
def test_a_molar_ratio_of_named_parts_is_one_system_with_its_counts(sentence):
    from ontology.system import parse_system
    row = _row(sentence)
    # every phrasing is the system of 3LiBH4–LiI and Li4(BH4)3I, LiBH4 counted three times, no mass shares
    assert _system_id(row) == parse_system("Li4(BH4)3I").id == parse_system("3LiBH4·LiI").id
    assert _amounts(row)["LiBH4"] == (3.0, "ratio")
    assert row["material"] == "LiBH4"


def test_a_molar_ratio_of_three_named_parts():
    from ontology.system import parse_system
    row = _row("LiBH4, LiI and LiNH2 in a 2:1:1 molar ratio" + _CONDUCTS)
    assert _system_id(row) == parse_system("2LiBH4–LiI–LiNH2").id
    assert _amounts(row)["LiBH4"] == (2.0, "ratio")


_RELEASES = " released 9.4 wt% H2 at 390 °C."


@pytest.mark.parametrize("sentence,shares", [
    ("A mixture of LiBH4 and MgH2 (2:1 by weight)" + _RELEASES, {"LiBH4": 66.7, "MgH2": 33.3}),
    ("LiBH4 and MgH2 in a 1:1 mass ratio" + _RELEASES, {"LiBH4": 50.0, "MgH2": 50.0}),
    ("LiBH4 and MgH2 with a weight ratio of 2:1" + _RELEASES, {"LiBH4": 66.7, "MgH2": 33.3}),
    ("LiBH4 and MgH2 with a mass ratio of 1:9" + _RELEASES, {"LiBH4": 10.0, "MgH2": 90.0}),
    ("A 1:1 (by weight) mixture of LiBH4 and MgH2" + _RELEASES, {"LiBH4": 50.0, "MgH2": 50.0}),
    ("LiBH4, MgH2 and TiF3 in a weight ratio of 60:30:10" + _RELEASES, {"LiBH4": 60.0, "MgH2": 30.0, "TiF3": 10.0}),
])
def test_a_mass_ratio_gives_mass_shares_not_a_molar_formula(sentence, shares):
    row = _row(sentence)
    assert _amounts(row) == {k: (v, "wt%") for k, v in shares.items()}
    # a hydride share of the whole is the composite's reactant, not a catalyst's loading
    assert {c["material"]: c["role"] for c in row["components"]}["MgH2" if shares["LiBH4"] >= 50 else "LiBH4"] \
        == "DestabilizingReactant"


def test_a_bare_ratio_is_read_as_before():
    # a mixture of two hydrides: a bare ratio is molar (2LiBH4–MgH2)
    row = _row("A mixture of LiBH4 and MgH2 (2:1)" + _RELEASES)
    assert _amounts(row)["LiBH4"] == (2.0, "ratio")
    # two hydrides named apart with a bare ratio in brackets: molar too, as after 'LiBH4–MgH2 (2:1)'
    row = _row("LiBH4 and MgH2 (2:1)" + _RELEASES)
    assert _amounts(row) == {"LiBH4": (2.0, "ratio"), "MgH2": (None, None)}
    # an electrode's parts: a bare ratio is by mass
    row = _row("MgH2, acetylene black and PVDF (8:1:1) were coated into an electrode that delivered "
               "1210 mAh g−1 in the first discharge.")
    assert _amounts(row) == {"MgH2": (80.0, "wt%"), "C": (10.0, "wt%"), "PVDF": (10.0, "wt%")}


@pytest.mark.parametrize("sentence", [
    "MgH2 and Ni (40:1 ball-to-powder ratio) were milled together and" + _RELEASES,
    "MgH2 and Ni were milled at a 40:1 ball-to-powder ratio and" + _RELEASES,
    "LiBH4 and LiI (1:1 B/Li ratio) were milled and the pellet" + _CONDUCTS,
    "LiBH4 and LiI in a 1:1 v/v solvent mixture" + _CONDUCTS,
    "LiBH4 and LiI were dissolved in THF and diethyl ether (1:1 v/v), and the dried product" + _CONDUCTS,
])
def test_a_ratio_that_is_no_composition_gives_no_amounts(sentence):
    row = _row(sentence)
    assert all(a == (None, None) for a in _amounts(row).values()), _amounts(row)


@pytest.mark.parametrize("after", [
    " (40:1 ball-to-powder ratio)", " were milled at a 40:1 ball-to-powder ratio", " (1:1 B/Li ratio)",
    " in a 2:1 Mg/Ni atomic ratio",
])
def test_another_ratio_named_after_the_numbers_is_no_ratio_of_the_names(after):
    assert ratio_after(after, 0) is None


def test_a_volume_ratio_is_neither_molar_nor_mass():
    assert ratio_kind(ratio_after(" (1:1 v/v)", 0)) == "volume"
    assert ratio_before("a 1:1 v/v solvent mixture of ", 29) is None


def test_parse_system_reads_a_ratio_called_molar_and_one_by_weight_as_mass_shares():
    from ontology.system import parse_system
    assert parse_system("LiBH4–LiI (3:1 by mole)").id == parse_system("LiBH4–LiI (3:1 mol)").id \
        == parse_system("Li4(BH4)3I").id
    # by weight: each part's share of the mass, as prose reads 'in a 2:1 mass ratio'
    assert {c.formula: c.amount.value for c in parse_system("LiBH4–MgH2 (2:1 by weight)").components} \
        == {"LiBH4": 66.7, "MgH2": 33.3}


def _components(text):
    from ingest.extract import extract_text
    return [[(c.formula, c.amount.value if c.amount else None) for c in m.system.components]
            for m in extract_text(f"# Made up\n\n## 3. Results\n\n{text}\n").measurements]


@pytest.mark.parametrize("sentence,components", [
    ("LiBH4/MgH2 = 2:1 composites desorbed 9 wt% hydrogen at 400 °C.", [("LiBH4", 2.0), ("MgH2", None)]),
    ("The Mg(NH2)2–LiH = 1:2 mixture released 5.2 wt% hydrogen at 200 °C.", [("Mg(NH2)2", None), ("LiH", 2.0)]),
    ("Milled as LiBH4-LiNH2 = 1:3, the sample conducted 1 mS/cm at 40 °C.", [("LiBH4", None), ("LiNH2", 3.0)]),
])
def test_a_ratio_set_equal_to_the_names(sentence, components):
    # (an unwritten 1 stays None, as in '2LiBH4–MgH2')
    assert _components(sentence) == [components]


def test_an_equation_of_a_reaction_is_no_ratio():
    m = RATIO_AFTER.match(" = 2LiH + MgB2")
    assert m is None


@pytest.mark.parametrize("sentence,amounts", [
    ("A LiBH4:LiBr 3:1 mixture" + _CONDUCTS, {"LiBH4": (3.0, "ratio"), "LiBr": (None, None)}),
    ("The NaBH4:C60 80:20 wt % sample" + _CONDUCTS, {"NaBH4": (80.0, "wt%"), "C60": (20.0, "wt%")}),
    ("The LiBH4–Al2O3 (65:35 wt%) composite" + _CONDUCTS, {"LiBH4": (65.0, "wt%"), "Al2O3": (35.0, "wt%")}),
])
def test_a_ratio_after_a_colon_notation_or_in_a_mass_bracket_is_the_samples(sentence, amounts):
    assert _amounts(_row(sentence)) == amounts


def test_a_mass_ratio_in_a_bracket_is_no_hydrogen_capacity():
    # near miss of a loading read as a value: the '35 wt%' of the ratio is the partner's share, not a capacity
    from ingest.extract import extract_text
    from kg.literature import contract_rows
    rows = contract_rows(extract_text("# Ratios\n\nThe LiBH4–Al2O3 (65:35 wt%) composite" + _CONDUCTS + "\n"))
    assert [r["property"] for r in rows if r["kind"] == "measurement"] == ["ionic_conductivity"]
