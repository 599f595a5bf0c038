"""Negative enthalpies listed under words naming both ways of one reaction (formation and decomposition, hydriding
and dehydriding, absorption and desorption): a hydride formed with heat given off takes heat to decompose, so the
release's value is the formation's sign on its magnitude — stored positive, the reported sign kept."""
import pytest

from ingest.extract import extract_text


def _release(text: str) -> list[tuple[float, str | None]]:
    return [(m.value, m.reported_sign) for m in extract_text(text).measurements if m.property == "reaction_enthalpy"]


@pytest.mark.parametrize("text, value", [
    ("For Mg2FeH6 the formation and decomposition enthalpies were found to be −77 and −86 kJ/mol H2, respectively.",
     86.0),
    ("Van 't Hoff analysis of MgH2 with Nb2O5 gave hydriding and dehydriding enthalpies of −72 and −78 kJ/mol H2.",
     78.0),
    ("The enthalpies tied to hydride formation and to hydride decomposition of Mg2CoH5 came out as -68.1 and "
     "-81.9 kJ/mol H2, respectively.", 81.9),
])
def test_release_listed_beside_formation_stored_positive(text, value):
    assert (value, "-") in _release(text)
    assert all(v > 0 for v, _ in _release(text))


def test_exothermic_release_keeps_its_sign():
    # near miss: the sentence says the decomposition gives heat off — the release's own negative value
    text = ("For LiAlH4 the decomposition into Li3AlH6 is exothermic, with an enthalpy of −10 kJ/mol H2, while the "
            "formation enthalpy of Li3AlH6 is −25 kJ/mol H2.")
    assert (-10.0, "-") in _release(text)


def test_one_way_named_release_keeps_its_sign():
    # near miss: only the release is named, its own negative value (no formation listed beside it)
    text = "The decomposition enthalpies of LiAlH4 and of Mg(AlH4)2 were −9 and −11 kJ/mol H2, respectively."
    assert all(v < 0 for v, _ in _release(text))
