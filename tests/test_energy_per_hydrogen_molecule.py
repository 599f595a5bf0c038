"""An energy per hydrogen molecule ('0.15 eV/H2', '0.2 eV per H2 molecule') is an energy per particle: an enthalpy
given so is read and turned into kJ/mol; an eV property keeps its eV (sentences written for this test)."""
import pytest

from ingest.extract import extract_text
from ontology.units import UnitError, parse_unit, to_canonical


@pytest.mark.parametrize("unit", ["eV/H2", "eV per H2", "meV/H2 molecule", "eV per H₂ molecule"])
def test_energy_per_h2_parses(unit):
    parse_unit(unit)


def test_a_water_molecule_is_no_hydrogen_molecule():
    with pytest.raises(UnitError):
        parse_unit("eV/H2O")


def test_enthalpy_per_h2_in_ev_is_kj_per_mol():
    assert to_canonical("reaction_enthalpy", 0.2, "eV/H2") == pytest.approx(19.297, abs=0.01)


@pytest.mark.parametrize("text, value", [
    ("Our calculations give Mg(AlH4)2 a formation enthalpy of 0.15 eV/H2.", 0.15),
    ("The computed decomposition enthalpy of Mg(AlH4)2 is only 0.11 eV per H2.", 0.11),
    ("For LiAlH4 the reaction enthalpy comes out at 0.09 eV per H2 molecule.", 0.09),
    ("The calculated formation enthalpy of NaAlH4 is only 0.17 eV per H2.", 0.17),
])
def test_enthalpy_per_h2_is_read(text, value):
    found = [m for m in extract_text(text).measurements if m.property == "reaction_enthalpy"]
    assert len(found) == 1
    assert found[0].value == pytest.approx(value * 96.485, abs=0.05)


def test_an_ev_property_per_h2_keeps_its_ev():   # the near miss: no enthalpy made of a removal energy
    text = "The hydrogen removal energy of MgH2 is 2.3 eV per H2."
    found = [(m.property, m.value, m.unit) for m in extract_text(text).measurements]
    assert found == [("hydrogen_removal_energy", 2.3, "eV")]
