"""A sentence that names alternative samples ('doping MgH2 with A, B and C', 'catalysing NaAlH4 with A or B') and
then a list of as many values of one property gives one value to each sample, in order — as a chemist reads it,
with or without 'respectively'. One value after the alternatives still holds for each; a list set against as many
settings ('… at 300 and 350 °C') is one sample's values at those settings, not one per sample."""
import pytest
from prose_sentences import contract_measurements


def _pairs(text):
    return sorted((r["value"], tuple(sorted(c["material"] for c in r["components"] if c["role"] != "HostHydride")))
                  for r in contract_measurements(text))


@pytest.mark.parametrize("text, want", [
    ("Doping MgH2 with TiF3, NbF5 and VCl3 lowered its activation energy to 71, 75 and 82 kJ/mol.",
     [(71.0, ("TiF3",)), (75.0, ("NbF5",)), (82.0, ("VCl3",))]),
    ("Milling LiBH4 with SiO2, TiO2 or Al2O3 raised its conductivity at 40 °C to 0.1, 0.2 and 0.05 mS/cm.",
     [(0.05, ("Al2O3",)), (0.1, ("SiO2",)), (0.2, ("TiO2",))]),
    ("Catalysing NaAlH4 with CeCl3 or ZrCl4 lowers the onset temperature to 105 and 118 °C.",
     [(105.0, ("CeCl3",)), (118.0, ("ZrCl4",))]),
])
def test_a_list_after_the_alternatives_gives_one_value_to_each(text, want):
    assert _pairs(text) == want


def test_one_value_after_the_alternatives_holds_for_each():
    # near miss: a single value is said of every alternative sample
    got = _pairs("Doping MgH2 with TiF3, NbF5 and VCl3 lowered its activation energy to 71 kJ/mol.")
    assert got == [(71.0, ("NbF5",)), (71.0, ("TiF3",)), (71.0, ("VCl3",))]


# The same when the additions come before the host: 'The addition of A, B and C lowers … of HOST to x, y and z'
# (with or without 'respectively'), 'Adding A or B to HOST gives x and y'.
@pytest.mark.parametrize("text, want", [
    ("The addition of Fe2O3, Co3O4 and MnO2 lowers the onset temperature of LiAlH4 to 112 °C, 118 °C and 125 °C.",
     [(112.0, ("Fe2O3",)), (118.0, ("Co3O4",)), (125.0, ("MnO2",))]),
    ("Adding CeF3 or YF3 to Mg(BH4)2 gives 9.1 and 8.7 wt% H2, respectively.",
     [(8.7, ("YF3",)), (9.1, ("CeF3",))]),
    ("The introduction of TiN, VN and CrN decreased the activation energy of MgH2 to 88, 92 and 97 kJ/mol, "
     "respectively.", [(88.0, ("TiN",)), (92.0, ("VN",)), (97.0, ("CrN",))]),
    # (a fronted list with its loadings, the values' own settings after the list)
    ("With 8 wt% Mo, 8 wt% W and 8 wt% Ta, Mg2FeH6 released 4.1, 3.8 and 3.5 wt% H2 within 20 min at 320 °C.",
     [(3.5, ("Ta",)), (3.8, ("W",)), (4.1, ("Mo",))]),
])
def test_additions_named_before_the_host_pair_with_the_values(text, want):
    assert _pairs(text) == want


def test_additions_said_to_go_in_together_make_one_sample():
    # near miss: 'co-addition' puts both into one sample, whose values these are
    got = _pairs("The co-addition of NiO and CuO reduces the peak temperature of NaAlH4 to 171 °C and 176 °C.")
    assert {additives for _, additives in got} == {("CuO", "NiO")}
