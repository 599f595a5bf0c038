"""Three or more additives after one mixing verb: a series of different kinds (oxides and a carbon, metals and an
oxide) is the catalyst of one sample; a series of one kind (three chlorides) is a comparison, one sample each.
Sentences written for these tests."""
import pytest
from prose_sentences import contract_measurements, the_one


def _adds(row) -> list[str]:
    return sorted(c["material"] for c in row["components"][1:])


@pytest.mark.parametrize("text, value, adds", [
    ("MgH2 was ball milled with TiO2, CeO2 and graphene. The composite starts to release hydrogen at 185 °C.",
     185.0, ["CeO2", "TiO2", "graphene"]),
    ("MgH2 was doped with Ni, Fe and Nb2O5 by ball milling. The composite absorbs 6.0 wt% H2 at 200 °C.",
     6.0, ["Fe", "Nb2O5", "Ni"]),
    ("LiAlH4 was mixed with NiCl2, Co and carbon nanotubes. The mixture decomposes from 95 °C.",
     95.0, ["Co", "NiCl2", "carbon nanotubes"]),
    ("NaAlH4 milled with TiF3, Ni, and activated carbon releases 4.1 wt% H2 at 150 °C.",
     4.1, ["Ni", "TiF3", "activated carbon"]),
])
def test_a_series_of_several_kinds_is_one_sample(text, value, adds):
    row = the_one(contract_measurements(text), value)
    assert _adds(row) == sorted(adds, key=str), row


def test_a_series_of_one_kind_is_one_sample_each():
    rows = contract_measurements("NaAlH4 was doped with TiCl3, ZrCl4 and CeCl3. The doped samples start to release "
                                 "hydrogen at 120, 135 and 140 °C, respectively.")
    assert [_adds(the_one(rows, v)) for v in (120.0, 135.0, 140.0)] == [["TiCl3"], ["ZrCl4"], ["CeCl3"]], rows
