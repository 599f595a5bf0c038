"""A table row's system cell that is no clean notation: a setting written after the material (a stacking
pressure, a temperature, a milling time), a formula with its class word glued on ('Nb2CMXene'), words that
describe the sample with its notation bracketed after them, a batch label glued before the hydride, a
formula with the name of the framework it is ('SiO2(MCM-41)'), a closing full stop; a part no reading
knows takes no role and is left out of the record, never listed with role None; one row's confined carbon
says nothing of another row's. All tables and values are made up."""
import pytest

from ingest.extract import extract_text
from ontology.system import analyse_system
from ui.cli.extract import contract_rows


def _table(*cells: str) -> str:
    rows = "\n".join(f"| {c} | {100 + 10 * k} | {500 + k} |" for k, c in enumerate(cells))
    return ("# Made-up anodes\n\n## 2. Results\n\n**Table 1.** Made-up hydride anodes.\n\n"
            "| Material | Current density [mA g<sup>-1</sup>] | Capacity [mAh g<sup>-1</sup>] |\n"
            f"|:---|---:|---:|\n{rows}\n")


def _rows(*cells: str) -> list[list[tuple[str, str | None]]]:
    found = [r for r in contract_rows(extract_text(_table(*cells))) if r.get("kind") == "measurement"]
    by_value = {r["value"]: [(c["material"], c["role"]) for c in r["components"]] for r in found}
    return [by_value.get(500.0 + k) for k in range(len(cells))]


@pytest.mark.parametrize("cell,parts", [
    ("Mg2NiH4 (12 MPa stacking pressure)", [("Mg2NiH4", "HostHydride")]),
    ("NaAlH4(150 °C)", [("NaAlH4", "HostHydride")]),
    ("LiAlH4–CeO2 5h", [("LiAlH4", "HostHydride"), ("CeO2", "Catalyst")]),
    ("Mg2FeH6–Nb2O5 (3 h)", [("Mg2FeH6", "HostHydride"), ("Nb2O5", "Catalyst")]),
])
def test_a_setting_after_the_material_is_no_part(cell, parts):
    assert _rows(cell) == [parts]


def test_a_bracket_of_another_quantity_is_no_setting():
    # a size or a share is no time, temperature or pressure: the reader does not take it off as one
    for cell in ("NaAlH4–CeO2 (12 nm)", "NaAlH4–CeO2 4wt"):
        assert not any("setting" in n for n in analyse_system(cell).notes)


@pytest.mark.parametrize("cell,additive", [
    # a class word after a formula names that formula
    ("MgH2–Nb2CMXene", "Nb2C"),
    ("NaAlH4–V2C MXenes", "V2C"),
    ("LiAlH4–Ti2CMXenes", "Ti2C"),
    ("Mg2NiH4–Nb2O5oxide", "Nb2O5"),
    # a full stop that closes the cell is no part of the last name
    ("NaAlH4@CMK-3.", "CMK-3"),
    ("LiAlH4–graphene.", "graphene"),
    ("Mg2NiH4@PTh.", "polythiophene"),
])
def test_a_word_or_stop_after_the_additive_is_no_part_of_it(cell, additive):
    assert [c.formula for c in analyse_system(cell).system.additives] == [additive]


def test_a_class_word_the_formula_is_not_stays_unread():
    assert analyse_system("MgH2–Ti2Coxide").unknown == ["Ti2Coxide"]


@pytest.mark.parametrize("cell,parts", [
    ("Ball-milled NaAlH4 powder (NaAlH4@CMK-3)", [("NaAlH4", "HostHydride"), ("CMK-3", "ScaffoldConfinementHost")]),
    ("Nanoconfined Mg2NiH4 sample (Mg2NiH4@SBA-15)", [("Mg2NiH4", "HostHydride"),
                                                    ("SBA-15", "ScaffoldConfinementHost")]),
    ("Milled LiAlH4 powder (BM20LiAlH4@SBA-15)", [("LiAlH4", "HostHydride"), ("SBA-15", "ScaffoldConfinementHost")]),
    ("BM5NaAlH4@CMK-3", [("NaAlH4", "HostHydride"), ("CMK-3", "ScaffoldConfinementHost")]),
    ("XM12Mg2NiH4–CeO2", [("Mg2NiH4", "HostHydride"), ("CeO2", "Catalyst")]),
])
def test_words_with_a_bracketed_notation_read_the_notation(cell, parts):
    assert _rows(cell) == [parts]


def test_a_bracket_that_does_not_write_the_hydride_is_no_notation():
    # the words' hydride is not in the bracket: the bracket is no notation of the sample
    assert analyse_system("Milled NaAlH4 powder (K2ZrF6)").system.host.formula != "K2ZrF6"
    assert analyse_system("BM20NaCl").unknown == ["BM20NaCl"]      # a label before no hydride


@pytest.mark.parametrize("cell,support", [
    ("NaAlH4@C(CMK-3)", "CMK-3"),
    ("LiAlH4@SiO2 (SBA-15)", "SBA-15"),
    ("Mg(BH4)2@SiO2(MCM-41)", "MCM-41"),
])
def test_a_formula_with_its_framework_name_is_the_framework(cell, support):
    assert [(c.formula, c.role) for c in analyse_system(cell).system.additives] == \
        [(support, "ScaffoldConfinementHost")]


def test_a_framework_name_of_another_substance_stays_unread():
    assert analyse_system("LiAlH4@C(SBA-15)").unknown == ["C(SBA-15)"]


@pytest.mark.parametrize("cell,parts", [
    ("NaAlH4–EG", [("NaAlH4", "HostHydride"), ("expanded graphite", "ConductiveAdditive")]),
    ("LiAlH4/EG", [("LiAlH4", "HostHydride"), ("expanded graphite", "ConductiveAdditive")]),
    ("Mg2NiH4–CeO2–EG 3h", [("Mg2NiH4", "HostHydride"), ("CeO2", "Catalyst"),
                            ("expanded graphite", "ConductiveAdditive")]),
])
def test_a_notation_names_a_material_by_the_letters_the_ontology_gives(cell, parts):
    assert _rows(cell) == [parts]


def test_notation_letters_are_read_as_written_and_in_notations_only():
    from ontology.vocabulary import vocabulary
    assert analyse_system("NaAlH4–Eg").unknown == ["Eg"]
    assert vocabulary().lookup("EG", "Material") is None        # no name of prose


def test_a_part_no_reading_knows_has_no_role_and_no_place_in_the_record():
    # (after the host's '@' the notation itself says what the part does: it holds the host)
    rows = _rows("NaAlH4–QXZ", "LiAlH4–CeO2–WQK", "Mg2NiH4@QQB", "QXZ@NaAlH4")
    assert rows == [[("NaAlH4", "HostHydride")],
                    [("LiAlH4", "HostHydride"), ("CeO2", "Catalyst")],
                    [("Mg2NiH4", "HostHydride"), ("QQB", "ScaffoldConfinementHost")],
                    [("NaAlH4", "HostHydride")]]
    assert any("no role" in n for n in analyse_system("NaAlH4–QXZ").notes)


def test_a_lone_material_of_another_chemistry_is_the_record_host():
    rows = [r for r in contract_rows(extract_text("The Co3O4 particles were about 7 nm across."))
            if r.get("kind") == "measurement"]
    assert rows and all(c["role"] is not None for r in rows for c in r["components"])


def test_one_rows_confined_carbon_says_nothing_of_anothers():
    # the row that puts MgH2 in CMK-3 is a sample of its own: the graphene mixed into another row's
    # MgH2 electrode still conducts
    rows = _rows("MgH2@CMK-3", "MgH2/graphene")
    assert rows[1] == [("MgH2", "HostHydride"), ("graphene", "ConductiveAdditive")]
