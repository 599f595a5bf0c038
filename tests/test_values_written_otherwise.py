"""Values not written as a plain number with its unit: the number one said as 'unity' ('a transference
number close to unity': 1, approximate) and a conductivity written as its decimal logarithm ('log σ = −3.2
(S cm−1)': 10^−3.2 S/cm). Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


def _rows(text: str) -> list[tuple]:
    return [(r["property"], round(r["value"], 6), r["qualifier"], r["unit"], r["system"],
             [(c["material"], c["role"], c["amount"], c["amount_unit"]) for c in r["components"]], r["conditions"])
            for r in contract_measurements(text)]


_LII = [("LiBH4", "HostHydride", None, None), ("LiI", "DopantSubstituent", None, None)]


@pytest.mark.parametrize("text, qualifier", [
    ("The LiBH4–LiI electrolyte shows a Li+ transference number close to unity.", "~"),
    ("The LiBH4–LiI electrolyte has a lithium transference number of nearly unity.", "~"),
    ("A transference number approaching unity was measured for the LiBH4–LiI electrolyte.", "~"),
    ("For the LiBH4–LiI electrolyte, the Li+ transference number is unity.", "="),
])
def test_unity_is_the_value_one(text, qualifier):
    rows = _rows(text)
    assert [r[:6] for r in rows] == [("transference_number", 1.0, qualifier, "dimensionless", "LiBH4–LiI", _LII)]


def test_unity_said_in_a_sentence_without_digits_is_read():
    rows = _rows("The LiBH4–LiI electrolyte was milled for 5 h. Its Li+ transference number is close to unity.")
    assert [r[:6] for r in rows] == [("transference_number", 1.0, "~", "dimensionless", "LiBH4–LiI", _LII)]


@pytest.mark.parametrize("text, value", [
    ("The LiBH4–LiI electrolyte shows a Li+ transference number close to unity (0.97).", 0.97),
    ("For the LiBH4–LiI electrolyte, the lithium transference number is nearly unity (tLi+ = 0.95).", 0.95),
    ("A transference number of almost unity (0.98) was measured for the LiBH4–LiI electrolyte.", 0.98),
])
def test_unity_with_the_measured_figure_in_brackets_is_that_figure(text, value):
    # the word only rounds the figure the bracket gives: the figure is the value, and the only one
    assert [r[:6] for r in _rows(text)] == [("transference_number", value, "=", "dimensionless", "LiBH4–LiI", _LII)]


@pytest.mark.parametrize("text", [
    "The Li+ transference number of 0.75LiBH4–0.25LiI is 0.96.",
    "The Li+ transference number of 0.75LiBH4–0.25LiI is close to unity (0.96).",
    "The lithium transference number of 0.75LiBH4–0.25LiI was 0.96 at 30 °C.",
])
def test_a_decimal_in_the_sample_name_does_not_cut_off_the_property(text):
    # a point inside '0.75LiBH4' is a decimal, not the end of a sentence before the value
    rows = _rows(text)
    assert [r[:5] for r in rows] == [("transference_number", 0.96, "=", "dimensionless", "0.75LiBH4–0.25LiI")]


def test_a_sentence_end_still_cuts_off_the_property_named_before_it():
    # near miss: a property named in the sentence before does not name a bare number after a full stop
    assert _rows("The Li+ transference number of LiBH4–LiI was measured. The cell was cycled 25 times.") == []


def test_unity_followed_by_a_bracketed_condition_is_still_one():
    # near miss: the bracket holds no figure of the ratio, so 'unity' stays the value
    rows = _rows("The LiBH4–LiI electrolyte shows a Li+ transference number close to unity (Bruce–Vincent method).")
    assert [r[:6] for r in rows] == [("transference_number", 1.0, "~", "dimensionless", "LiBH4–LiI", _LII)]


@pytest.mark.parametrize("text", [
    "The phase ratio of the MgH2–Ni composite is far from unity.",
    "The MgH2 anode shows a coulombic efficiency approaching unity.",
])
def test_unity_without_a_ratio_property_gives_no_value(text):
    assert _rows(text) == []


@pytest.mark.parametrize("text, value, temperature", [
    ("For the LiBH4–LiI electrolyte, log σ = −3.2 (S cm−1) at 30 °C.", 0.630957, 30.0),
    ("The LiBH4–LiI electrolyte reaches log(σ / S cm−1) of −3.5 at 60 °C.", 0.316228, 60.0),
    ("At 25 °C, log σ (S cm−1) = −2.9 for the LiBH4–LiI electrolyte.", 1.25893, 25.0),
])
def test_a_logarithmic_conductivity_is_the_conductivity(text, value, temperature):
    assert _rows(text) == [("ionic_conductivity", value, "=", "mS/cm", "LiBH4–LiI", _LII,
                            {"temperature": temperature})]


def test_a_plain_conductivity_beside_a_logarithm_word_is_as_written():
    text = "The LiBH4–LiI electrolyte conducts 3.2 mS cm−1 at 30 °C; its log plot is linear."
    assert _rows(text) == [("ionic_conductivity", 3.2, "=", "mS/cm", "LiBH4–LiI", _LII, {"temperature": 30.0})]
