"""A scaffold named by its substance and then, in brackets, by its own name ('SiO2 (MCM-41)', 'silica (KIT-6)',
'mesoporous silica (SBA-15)') is the named scaffold; a hydride the text shortened ('ammonia borane (AB)', also at
a sentence's start) is that hydride in a later notation ('AB/SBA-15'). A bracket that names no kind of the material
before it keeps both readings. Sentences written for the test."""
import pytest
from prose_sentences import contract_measurements


def _samples(text):
    return sorted((r["value"], tuple(sorted((c["material"], c["role"]) for c in r["components"])))
                  for r in contract_measurements(text))


_IN = "ScaffoldConfinementHost"


@pytest.mark.parametrize("text, want", [
    ("We melted LiBH4 into SiO2 (MCM-41); the confined borohydride conducts 0.1 mS/cm at 40 °C.",
     [(0.1, (("LiBH4", "HostHydride"), ("MCM-41", _IN)))]),
    ("NaAlH4 infiltrated into silica (KIT-6) began to give off hydrogen at 150 °C.",
     [(150.0, (("KIT-6", _IN), ("NaAlH4", "HostHydride")))]),
    ("LiBH4 confined in mesoporous silica (SBA-15) began to give off hydrogen at 160 °C.",
     [(160.0, (("LiBH4", "HostHydride"), ("SBA-15", _IN)))]),
    ("After melting, LiBH4 sat inside carbon (CMK-8) and gave off 9 wt% H2 below 350 °C.",
     [(9.0, (("CMK-8", _IN), ("LiBH4", "HostHydride")))]),
])
def test_the_bracket_names_the_scaffold(text, want):
    assert _samples(text) == want


@pytest.mark.parametrize("text", [
    "Ammonia borane (AB) was loaded into SBA-15 from solution. The AB/SBA-15 composite began to release H2 at 50 °C.",
    "In this work, ammonia borane (AB) filled the pores of SBA-15. AB/SBA-15 began to release H2 at 50 °C.",
])
def test_an_abbreviated_hydride_in_a_scaffold_notation(text):
    assert _samples(text) == [(50.0, (("NH3BH3", "HostHydride"), ("SBA-15", _IN)))]


def test_a_bracket_of_another_material_is_no_name_of_the_scaffold():
    # near miss: the bracket holds the hydride put in, no kind of silica
    got = _samples("Silica (LiBH4 inside) was heated; the LiBH4@SiO2 sample gave off hydrogen from 200 °C.")
    assert got == [(200.0, (("LiBH4", "HostHydride"), ("SiO2", _IN)))]
