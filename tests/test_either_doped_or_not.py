"""A value said of 'both the X-doped and the undoped' sample holds for each of the two: in either order, with
'either … or' as with 'both … and', the additive named by its formula or by its element's name."""
import pytest

from ingest.extract import extract_text


def _samples(text: str) -> set[tuple[str, float]]:
    return {(m.system.name, m.value) for m in extract_text(text).measurements}


@pytest.mark.parametrize("text, bare, doped, value", [
    ("NaAlH4, in either the pure or the cerium-doped form, absorbs hydrogen at 110 °C.",
     "NaAlH4", "NaAlH4–Ce", 110.0),
    ("Both the pristine and the Ni-catalysed MgH2 released hydrogen at 300 °C.", "MgH2", "MgH2–Ni", 300.0),
    ("Either the neat or the Ti-doped LiAlH4 gives off hydrogen at 150 °C.", "LiAlH4", "LiAlH4–Ti", 150.0),
])
def test_value_of_either_sample_holds_for_both(text, bare, doped, value):
    assert {(bare, value), (doped, value)} <= _samples(text)


def test_doped_sample_alone_stays_alone():
    # near miss: the undoped sample is only the comparison, the value is the doped one's
    text = "Compared with undoped NaAlH4, the Ti-doped NaAlH4 absorbed hydrogen at 120 °C."
    assert _samples(text) == {("NaAlH4–Ti", 120.0)}
