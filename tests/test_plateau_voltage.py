"""A plateau written with a voltage is an electrode's plateau potential (average_voltage); one written with a
pressure stays a plateau pressure. Sentences written for these tests."""
import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize("sentence, value", [
    ("As an anode, the MgH2/graphene electrode shows a plateau at 0.5 V vs. Li/Li+.", 0.5),
    ("The LiAlH4 electrode discharges along a lithiation plateau of 0.31 V.", 0.31),
    ("A voltage plateau at about 0.45 V marks the conversion of MgH2 into Mg and LiH.", 0.45),
    ("On charging, the MgH2–TiH2 anode has a delithiation plateau potential of 0.62 V.", 0.62),
])
def test_a_plateau_in_volts_is_the_plateau_potential(sentence, value):
    assert the_one(contract_measurements(sentence), value)["property"] == "average_voltage"


@pytest.mark.parametrize("sentence, value", [
    ("MgH2 shows a flat plateau at 0.12 MPa at 300 °C.", 0.12),
    ("The desorption plateau of Mg2NiH4 lies at 0.5 bar at 250 °C.", 0.05),
])
def test_a_plateau_in_pressure_stays_a_plateau_pressure(sentence, value):
    assert the_one(contract_measurements(sentence), value)["property"] == "plateau_pressure"
