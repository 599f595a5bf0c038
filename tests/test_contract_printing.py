"""The contract prints values as a chemist reads them: a unit conversion adds no digits the paper never
measured, while the stored value (and so every id) keeps its full precision."""
from extracted import records

from ingest.extract import extract_text


def test_converted_values_print_six_significant_digits():
    text = ("# A test\n\nThe Li+ migration barrier of the LiBH4–LiI solid solution is 42 kJ/mol, "
            "and its conductivity is 1.23 x 10-4 S cm-1 at 30 °C.\n")
    rows = {r["property"]: r for r in records(text)}
    assert rows["ion_migration_activation_energy"]["value"] == 0.435299      # 42 kJ/mol in eV
    assert rows["ionic_conductivity"]["value"] == 0.123                       # S/cm → mS/cm, no float noise
    stored = {m.property: m.value for m in extract_text(text).measurements}
    assert stored["ion_migration_activation_energy"] != 0.435299           # the stored value is not rounded


def test_uncertainty_and_range_ends_print_the_same_way():
    text = "# A test\n\nThe apparent activation energy of MgH2–5 wt% Nb2O5 is 20.2 ± 1.3 kJ/mol H2.\n"
    row = next(r for r in records(text) if r["property"] == "dehydrogenation_activation_energy")
    assert (row["value"], row["uncertainty"]) == (20.2, 1.3)


def test_a_barrier_named_whole_in_the_other_unit_of_its_quantity():
    # authors print an ion's migration barrier per mole too: the name decides, the unit converts
    for text in ("The Li+ migration barrier of LiBH4–LiI is 42 kJ/mol.",
                 "The migration barrier of Li+ in the LiBH4–LiI solid solution is 42 kJ mol-1.",
                 "A Li+ migration barrier of 42 kJ/mol was found for LiBH4–LiI."):
        rows = records(f"# A test\n\n{text}\n")
        assert [(r["property"], r["value"]) for r in rows] == [("ion_migration_activation_energy", 0.435299)], text
    # a barrier of hydrogen release in the same unit stays the dehydrogenation barrier
    rows = records("# A test\n\nThe hydrogen desorption barrier of MgH2 is 160 kJ/mol.\n")
    assert [(r["property"], r["value"]) for r in rows] == [("dehydrogenation_activation_energy", 160.0)]
