"""A minus sign set one space apart from its digits is still the number's sign ('are – 148', 'ΔH = - 75',
'−\u2009148'); a dash between two numbers (a range), joining a chemical word to an amount, or opening a
parenthesis stays no sign."""
import pytest

from ingest.extraction.text.quantity_text import numbers


def _values(text: str) -> list[float]:
    return [n.value for n in numbers(text)]


@pytest.mark.parametrize("text, value", [
    ("the two enthalpies we computed are – 212 and −31.5 kJ/mol", -212.0),
    ("we fitted ΔH = - 63.2 kJ/mol for the new borohydride", -63.2),
    ("a reaction entropy of −\u2009118 J/(mol K) follows from the van 't Hoff line", -118.0),
    ("our value (–\u00a087 kJ/mol) lies near the tabulated one", -87.0),
])
def test_spaced_minus_is_the_sign(text, value):
    assert value in _values(text)


def test_spaced_sign_span_starts_at_the_dash():
    text = "the fitted enthalpy was – 212 kJ/mol"
    n = next(n for n in numbers(text) if n.value == -212.0)
    assert text[n.start:n.end] == "– 212 kJ/mol"


@pytest.mark.parametrize("text", [
    "heated between 40 – 55 °C under argon",              # a range between two numbers
    "cycled from 280 °C – 330 °C for a day",              # a range with units on both ends
    "a ball-milled LiAlH4 – 7 wt% TiO2 mixture",          # a component joined to its amount
    "the powder – 3 g in all – was sealed in a vial",     # a parenthesis between two dashes
])
def test_dash_that_is_no_sign(text):
    assert all(v > 0 for v in _values(text))


@pytest.mark.parametrize("text", [
    "The formation enthalpy of LiAlH4 that we fitted is – 41 kJ/mol H2.",
    "For Mg2FeH6 our van 't Hoff plot gives ΔH = - 77 kJ/mol H2.",
])
def test_spaced_minus_reaches_the_record(text):
    from ingest.extract import extract_text

    rows = [m for m in extract_text(f"# t\n\n{text}\n", source_id="t").measurements if m.property == "reaction_enthalpy"]
    assert [(m.value, m.reported_sign) for m in rows] == [(rows[0].value, "-")] and rows[0].value in (41.0, 77.0)
