"""A value set against a reference by a multiple ('half that of bulk MgH2', 'twice that of'): the reference after
it is no subject of the value, which stays the sample the passage was about. Sentences written for these tests."""
import pytest
from prose_sentences import contract_measurements, the_one as _one


@pytest.mark.parametrize("text, value, additive", [
    ("MgH2 was milled with TiO2. The activation energy was 120 kJ/mol for milled MgH2 and much lower for the "
     "composite. This value (78 ± 4 kJ/mol) is half that of bulk MgH2.", 78.0, "TiO2"),
    ("MgH2 was milled with Nb2O5. The activation energy was 150 kJ/mol for milled MgH2 and much lower for the "
     "composite. This value (70 ± 3 kJ/mol) is half that of bulk MgH2.", 70.0, "Nb2O5"),
    ("MgH2 was milled with 10 wt% Fe2O3. The activation energy is 140 kJ/mol for ball-milled MgH2 but far lower "
     "for the mixture. This value (69 kJ/mol) is roughly half that of bulk MgH2.", 69.0, "Fe2O3"),
])
def test_a_value_half_that_of_a_bulk_reference_is_the_samples(text, value, additive):
    row = _one(contract_measurements(text), value)
    assert additive in {c["material"] for c in row["components"]}, row


def test_the_reference_named_as_the_subject_keeps_its_value():
    # near miss: the bulk hydride is the subject of the value; the sample is what it is set against
    text = ("MgH2 was milled with 8 wt% Fe3O4. The activation energy of commercial MgH2 (160 kJ/mol) is twice "
            "that of the composite.")
    row = _one(contract_measurements(text), 160.0)
    assert [c["material"] for c in row["components"]] == ["MgH2"], row
