"""'w/w%' and 'wt/wt%' (weight per weight) write a mass fraction as 'wt%' does: the additive keeps its loading
(sentences written for this test)."""
import pytest

from tests.extracted import component_amounts


@pytest.mark.parametrize("text, share", [
    ("The activation energy of MgH2 doped with 2 w/w% Ni was 250 kJ/mol.", ("Ni", 2.0, "wt%")),
    ("MgH2 milled with 5 wt/wt% Nb2O5 started to release hydrogen at 200 °C.", ("Nb2O5", 5.0, "wt%")),
    ("Ni (2 w/w %) was milled into MgH2, and the composite began to desorb hydrogen at 250 °C.", ("Ni", 2.0, "wt%")),
])
def test_a_weight_per_weight_share_is_a_loading(text, share):
    assert share in component_amounts(text)


def test_a_weight_ratio_is_no_loading():
    # near miss: '(1:1 w/w)' is a ratio of two parts, no per cent share of an additive
    text = "MgH2 and graphite (1:1 w/w) were milled; the composite began to desorb hydrogen at 250 °C."
    assert all(amount is None for _, amount, _ in component_amounts(text))
