"""A value's hedge ('~', '∼', '≈', 'ca.', 'circa', 'approx.', 'about', 'roughly', …) is one ontology word scheme
(ValueHedgeWord in ontology/reporting.ttl, read by ingest/extraction/text/hedge_words.py), which every reader of values
composes: any of its words reads as '~' does wherever a value may be hedged. Sentences written for these tests."""
import pytest
from extracted import records

from ingest.extraction.text.hedge_words import APPROXIMATING_WORDS, LIMITING_WORDS, UP_TO_WORDS

# (hedges some readers once spelled without: the typeset tilde, the sign of approximate equality, the abbreviations)
HEDGES = ["∼", "≈", "approx. ", "circa "]


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(r["property"], r["value"], r["system"]) for r in records(text)]


# a change from one value to another: the first value is the unmodified sample's, the second the modified one's
FROM_TO = [
    "The peak desorption temperature of LiBH4 fell from {h}460 °C to {h}370 °C upon adding 10 wt% SiO2.",
    "The activation energy of MgH2 was reduced from {h}160 kJ/mol to {h}95 kJ/mol by doping with 5 mol% TiF3.",
    "The onset temperature of MgH2 decreased from {h}350 °C to {h}290 °C after milling with 5 wt% Nb2O5.",
]


@pytest.mark.parametrize("hedge", HEDGES)
@pytest.mark.parametrize("sentence", FROM_TO)
def test_a_hedged_change_from_one_value_to_another_reads_as_the_plain_one(sentence, hedge):
    plain = _read(sentence.format(h=""))
    assert len(plain) == 2 and plain[0][2] != plain[1][2]
    hedged = records(sentence.format(h=hedge))
    assert [(r["property"], r["value"], r["system"]) for r in hedged] == plain
    assert {r["qualifier"] for r in hedged} == {"~"}


# a change by how much, then to what: the value is the one it changed to, no difference
BY_THEN_TO = [
    ("Milling with 7 wt% CeO2 shifted the onset temperature of Mg(BH4)2 by {h}45 °C to 240 °C.", 240.0),
    ("Adding 3 mol% VCl3 lowered the dehydrogenation enthalpy of the Li–Mg–N–H system by {h}8 kJ/mol to 32 kJ/mol H2.",
     32.0),
]


@pytest.mark.parametrize("hedge", HEDGES)
@pytest.mark.parametrize(("sentence", "value"), BY_THEN_TO)
def test_a_hedged_change_by_an_amount_gives_the_value_it_went_to(sentence, value, hedge):
    assert [v for _, v, _ in _read(sentence.format(h=hedge))] == [value]


@pytest.mark.parametrize("hedge", ["~", *HEDGES])
def test_a_hedged_bare_difference_is_no_value(hedge):
    # ('by approx. 60 °C': the abbreviation's full stop ends no clause, so the change word before 'by' still counts)
    assert _read(f"The onset temperature of MgH2 went down by {hedge}60 °C once 5 wt% Nb2O5 was milled in.") == []


@pytest.mark.parametrize("hedge", ["", *HEDGES])
def test_near_miss_a_hedged_temperature_something_is_done_by_stays_a_value(hedge):
    # no change in the clause: 'by' gives the point the hydrogen was gone by, a value (hedged or not)
    got = _read(f"All of the hydrogen in the LiBH4–MgH2 mixture was given off by {hedge}420 °C.")
    assert got == [("full_dehydrogenation_temperature", 420.0, "LiBH4–MgH2")]


@pytest.mark.parametrize("hedge", ["~", *HEDGES])
def test_near_miss_a_hedged_heating_span_is_no_change_of_a_property(hedge):
    got = _read(f"The MgH2–5 wt% Nb2O5 sample was heated from {hedge}25 °C to {hedge}400 °C at 5 K/min; its onset "
                "temperature was 220 °C.")
    assert got == [("onset_dehydrogenation_temperature", 220.0, "MgH2–5 wt% Nb2O5")]


def test_the_hedge_spellings_come_from_the_ontology_scheme():
    assert {"~", "∼", "≈", "ca.", "circa", "approx.", "about", "roughly"} <= set(APPROXIMATING_WORDS)
    # the limiting words are the condition bound's intensifiers ('within just 5 min'), one concept for both readers
    assert {"only", "just", "merely"} <= set(LIMITING_WORDS) and UP_TO_WORDS == ("up to",)
