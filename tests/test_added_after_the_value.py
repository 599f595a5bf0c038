"""A material the sentence puts into the bare host right after its value ("… fell to 230 °C after adding 6 wt% Co@C",
"… dropped to 92 kJ/mol when 4 mol% NbF5 was added") makes that value the sample's: a catalyst on its support is
added as one, and a clause of time with a passive of adding says the material went in as 'upon adding' does. The
value before the change ('from 140') stays the bare host's."""
import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize("text, bare_value, value, additive", [
    ("The onset of MgH2 was lowered from 345 °C to 230 °C after adding 6 wt% Co@C.", 345.0, 230.0, "Co@C"),
    ("The activation energy of Mg(BH4)2 dropped from 140 to 92 kJ/mol when 4 mol% NbF5 was added.", 140.0, 92.0,
     "NbF5"),
    ("The onset of KAlH4 fell from 300 °C to 250 °C once 3 mol% TiCl3 had been introduced.", 300.0, 250.0, "TiCl3"),
])
def test_the_material_added_after_the_value_is_its_samples(text, bare_value, value, additive):
    rows = contract_measurements(text)
    assert [c["material"] for c in the_one(rows, value)["components"]][1:] == [additive]
    assert len(the_one(rows, bare_value)["components"]) == 1


def test_a_passive_adding_in_a_clause_of_its_own_is_not_the_values():
    # near miss: the adding stands in the next clause, about another series
    row = the_one(contract_measurements("The onset of NaAlH4 is 180 °C; 2 mol% CeCl3 was added later for the "
                                        "second series."), 180.0)
    assert [c["material"] for c in row["components"]] == ["NaAlH4"]
