"""'…, whereas the undoped sample requires 320 °C': a clause set against the sample's value whose subject is the
unmodified host named only by a word ('undoped', 'pristine', 'additive-free' and a sample noun) gives that host's
value of the same property, in the same unit. A clause naming its own property keeps it, and one that gives a
setting of a treatment gives no value of the host."""
import pytest

from ingest.extract import extract_text


def _rows(text):
    return [(m.property, m.value, m.system.host.formula, len(m.system.additives))
            for m in extract_text(text).measurements]


@pytest.mark.parametrize("text, host, doped, bare", [
    ("MgH2 doped with 5 wt% Nb2O5 starts to release hydrogen at 210 °C, whereas the undoped sample requires 320 °C.",
     "MgH2", 210.0, 320.0),
    ("LiAlH4 milled with 2 mol% TiCl3 begins to decompose at 95 °C, while the additive-free powder needs 150 °C.",
     "LiAlH4", 95.0, 150.0),
    ("The onset of dehydrogenation of LiBH4 with 10 wt% Co is 280 °C, whereas the pristine counterpart needs 370 °C.",
     "LiBH4", 280.0, 370.0),
])
def test_the_unmodified_counterparts_value(text, host, doped, bare):
    rows = _rows(text)
    assert ("onset_dehydrogenation_temperature", doped, host, 1) in rows, rows
    assert ("onset_dehydrogenation_temperature", bare, host, 0) in rows, rows


def test_a_counterpart_with_its_own_property_keeps_it():
    rows = _rows("MgH2 doped with 5 wt% Nb2O5 starts to release hydrogen at 210 °C, "
                 "while the undoped sample melts near 320 °C.")
    assert not any(p == "onset_dehydrogenation_temperature" and v == 320.0 for p, v, _, _ in rows), rows


def test_a_treatment_setting_of_the_counterpart_is_no_value():
    rows = _rows("MgH2 doped with 5 wt% Nb2O5 starts to release hydrogen at 210 °C, "
                 "while the undoped sample was milled for 20 h at 25 °C.")
    assert [v for _, v, _, _ in rows] == [210.0], rows
