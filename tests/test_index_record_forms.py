"""Forms of abstracts as indexing services, databases and PDF copies give them (Elsevier's PDF glyphs, the hedges
authors put before a loading, the stock phrases of hydride introductions), read like their plain spellings.
Sentences written for these tests."""
import pytest
from extracted import records


def _values(text: str) -> set[tuple]:
    return {(r["property"], r["value"]) for r in records(text)}


# ---------------------------------------------------------------- a hedged loading is a loading
@pytest.mark.parametrize("text", [
    "TiH2 was milled into MgH2. The best catalyst concentration was around 8 wt.%.",
    "Graphite was added to the MgH2 powder; the optimal additive content was found to be roughly 6 wt%.",
    "LiBH4 was ball milled with NbF5, and the most effective catalyst content was nearly 4 wt%.",
])
def test_a_hedged_loading_is_no_hydrogen_capacity(text):
    assert not records(text)


def test_a_hedged_capacity_is_still_a_capacity():
    # near miss: the words before the hedge say hydrogen is what the fraction counts
    assert _values("The milled MgH2–TiH2 composite released around 5.8 wt% hydrogen at 300 °C.") \
        == {("hydrogen_capacity", 5.8)}


# ---------------------------------------------------------------- the degree sign an Elsevier PDF copy prints as '8'
def _temperatures(text: str) -> set[tuple]:
    return {(r["property"], r["value"], r["unit"], (r.get("conditions") or {}).get("temperature")) for r in records(text)}


@pytest.mark.parametrize("text, expected", [
    ("The MgH2–TiF3 sample began to give off hydrogen at 180 8C and gave off 5.9 wt% hydrogen at 300 8C.",
     {("onset_dehydrogenation_temperature", 180.0, "degC", None), ("hydrogen_capacity", 5.9, "wt%", 300.0)}),
    ("Confined in the carbon scaffold, LiBH4 starts to desorb hydrogen at 215 8C.",
     {("onset_dehydrogenation_temperature", 215.0, "degC", None)}),
    ("The LiBH4–LiI solid solution conducts lithium ions with 0.12 mS cm−1 at 35 8C.",
     {("ionic_conductivity", 0.12, "mS/cm", 35.0)}),
])
def test_a_degree_sign_printed_as_eight_is_a_celsius_temperature(text, expected):
    assert _temperatures(text) == expected


def test_a_c_rate_of_eight_stays_a_rate():
    # near miss: '8C' glued to no number before it is a battery's rate, no temperature
    rows = records("The MgH2 electrode kept 410 mAh g−1 when cycled at 8C.")
    assert [(r["property"], r["value"]) for r in rows] == [("specific_capacity", 410.0)] \
        and "temperature" not in (rows[0].get("conditions") or {})


# ---------------------------------------------------------------- 'light metal hydride': a class of hydrides, no light
def _strategies(text: str) -> set[tuple]:
    return {(r["property"], r["value"], tuple(r["strategies"])) for r in records(text)}


@pytest.mark.parametrize("text, expected", [
    ("LiAlH4, a light metal hydride, holds 10.5 wt% hydrogen in theory.", {("hydrogen_capacity", 10.5, ())}),
    ("Light metal hydrides like Mg(BH4)2 hold up to 14.9 wt% hydrogen.", {("hydrogen_capacity", 14.9, ())}),
    ("Among the light-metal hydrides, LiH stores 12.6 wt% hydrogen.", {("hydrogen_capacity", 12.6, ())}),
])
def test_a_light_metal_hydride_is_not_driven_by_light(text, expected):
    assert _strategies(text) == expected


def test_light_shone_on_a_hydride_still_drives_it():
    # near miss: the light is what the sample was irradiated with
    ((prop, value, strategies),) = _strategies("Under light irradiation of 2 W cm−2, MgH2–Ni released 6.0 wt% hydrogen.")
    assert (prop, value) == ("hydrogen_capacity", 6.0) and "LightDriving" in strategies


# ---------------------------------------------------------------- a comma before the 'for' of a 'respectively' list
def _on_samples(text: str) -> list[tuple]:
    return sorted((r["value"], r["system"]) for r in records(text))


@pytest.mark.parametrize("text, expected", [
    ("The peak desorption temperatures fell to 305, 318 and 327 °C, for MgH2–TiO2, MgH2–ZrO2 and MgH2–CeO2, "
     "respectively.", [(305.0, "MgH2–TiO2"), (318.0, "MgH2–ZrO2"), (327.0, "MgH2–CeO2")]),
    ("The activation energies were 92 and 118 kJ/mol, for LiBH4–TiF3 and LiBH4–NbF5, respectively.",
     [(92.0, "LiBH4–TiF3"), (118.0, "LiBH4–NbF5")]),
    ("The onset temperatures were lowered to 240 and 262 °C, for ball-milled MgH2–Nb2O5 and MgH2–V2O5, "
     "respectively.", [(240.0, "MgH2–Nb2O5"), (262.0, "MgH2–V2O5")]),
])
def test_a_comma_before_the_for_list_still_pairs_each_value_with_its_sample(text, expected):
    assert _on_samples(text) == expected


def test_a_comma_before_a_list_of_steps_keeps_the_values_on_the_sample():
    # near miss: what the comma's 'for' lists are steps, no samples
    assert _on_samples("The MgH2–Nb2O5 composite released hydrogen at peaks of 240 and 262 °C, for the first and "
                       "second steps, respectively.") == [(240.0, "MgH2–Nb2O5"), (262.0, "MgH2–Nb2O5")]
