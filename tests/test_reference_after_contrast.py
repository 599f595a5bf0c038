"""A value in a clause set against the one before (', whereas …', ', but …') whose bare host that clause names after
the value with a word of the unmodified sample ('for the pure NaAlH4', 'for undoped Mg(BH4)2') is that reference's,
not the sample's the sentence began with."""
import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize("text, sample_value, reference_value, host", [
    ("The LiAlH4–3 mol% TiCl3 sample started to decompose at 95 °C, whereas it had to be heated to 150 °C to "
     "decompose for the pristine LiAlH4.", 95.0, 150.0, "LiAlH4"),
    ("Mg(BH4)2 with 5 wt% NbF5 desorbs 4.1 wt% within 1 h at 300 °C, while 2.3 wt% was released under the same "
     "conditions for undoped Mg(BH4)2.", 4.1, 2.3, "Mg(BH4)2"),
    ("The KAlH4–TiF3 composite absorbed 3.2 wt% at 250 °C, but only 1.1 wt% was reached at that temperature for the "
     "pure KAlH4.", 3.2, 1.1, "KAlH4"),
])
def test_the_reference_named_after_the_value_in_its_clause_takes_it(text, sample_value, reference_value, host):
    rows = contract_measurements(text)
    assert [c["material"] for c in the_one(rows, reference_value)["components"]] == [host]
    assert len(the_one(rows, sample_value)["components"]) == 2


def test_a_contrasting_clause_without_a_reference_stays_the_samples():
    # near miss: the clause sets a second value of the same sample against the first, naming no reference
    rows = contract_measurements("The KAlH4–TiF3 composite absorbed 3.2 wt% at 250 °C, whereas it took up 2.1 wt% "
                                 "at 200 °C.")
    assert len(the_one(rows, 2.1)["components"]) == 2
