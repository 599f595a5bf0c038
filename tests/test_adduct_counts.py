"""'Mg(BH4)2·2NH3', 'Mg(BH4)2·1.5NH3', 'Mg(BH4)2·1.5(CH3)2NH': the ligand's count per formula unit is its molar
ratio to the host; an adduct written without a count ('LiBH4·NH3', 'LiBH4·en') gives none. The name stays as
written and the system's identity does not change."""
import pytest

from ontology.system import parse_system


@pytest.mark.parametrize("written, ligand, count", [
    ("Mg(BH4)2·2NH3", "NH3", 2.0),
    ("Mg(BH4)2·1.5NH3", "NH3", 1.5),
    ("Mg(BH4)2·6NH3", "NH3", 6.0),
    ("Mg(BH4)2·1.5(CH3)2NH", "(CH3)2NH", 1.5),
    ("LiBH4·NH3", "NH3", None),
])
def test_the_ligand_count_is_its_ratio(written, ligand, count):
    s = parse_system(written, strict=False)
    assert s.name == written and s.host.formula in ("Mg(BH4)2", "LiBH4")
    assert [(a.formula, a.amount and a.amount.value) for a in s.additives] == [(ligand, count)]
