"""A volume change the sentence works out from the cell or molar volumes it gives is the reaction's figure,
theoretical; one stated alone, as seen on an electrode, stays measured (ingest/extraction/values/volume_basis.py)."""
import pytest

from tests.extracted import records


def _bases(text: str) -> set:
    rows = [r for r in records(text) if r["property"] == "volume_expansion"]
    assert rows, text
    return {(r["value"], r["basis"]) for r in rows}


@pytest.mark.parametrize("text, value", [
    ("On lithiation MgH2 (61.6 Å3 per formula unit) turns into Mg (46.5 Å3) and two LiH (33.3 Å3 each), so the MgH2 "
     "electrode undergoes a volume expansion of about 85%.", 85.0),
    ("Going from LiAlH4 (about 44 cm3 mol-1) to Li3AlH6 plus Al (about 60 cm3 mol-1) means a volume expansion of 36% "
     "for the LiAlH4 anode.", 36.0),
    ("The cell volume of MgH2 is 61.59 Å^3 and that of Mg is 46.46 Å^3, so hydrogenating Mg gives a volume change of "
     "33%.", 33.0),
])
def test_volume_change_from_the_volumes_given_is_theoretical(text, value):
    assert _bases(text) == {(value, "theoretical")}


def test_volume_change_seen_on_an_electrode_stays_measured():
    # near miss: no volumes written, a swelling observed
    assert _bases("After ten cycles the MgH2 electrode showed a volume expansion of 30% in cross-section SEM.") \
        == {(30.0, "measured")}
