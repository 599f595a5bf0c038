"""A formula written with a placeholder metal and a bracket listing the metals ('Mg0.7TM0.3Hx (TM: Ti, V and Cr)',
'Mg1-xTMxH2 (TM = Ti, V)', 'MgyTM(1-y)Hx (TM: Sc, Ti)') names one sample per metal: a colon may define the
placeholder, the formula may hold decimal or symbolic counts, and the value may come before it. Sentences written for
the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


@pytest.mark.parametrize(("text", "expected"), [
    ("Thin films of Mg0.7TM0.3Hx (TM: Ti, V and Cr) take up 4.9, 5.1 and 5.3 wt% hydrogen, respectively.",
     {(4.9, "Mg0.7Ti0.3Hx"), (5.1, "Mg0.7V0.3Hx"), (5.3, "Mg0.7Cr0.3Hx")}),
    ("Films of Mg1-xTMxH2 (TM = Ti, V) release 5.2 and 5.6 wt% hydrogen, respectively.",
     {(5.2, "Mg1-xTixH2"), (5.6, "Mg1-xVxH2")}),
    ("So far, 4.5 wt% of hydrogen has been cycled in MgyTM(1-y)Hx (TM: Sc, Ti).",
     {(4.5, "MgySc1-yHx")}),
])
def test_a_placeholder_metal_names_one_sample_per_listed_metal(text, expected):
    assert {(r["value"], r["system"]) for r in contract_measurements(text)} == expected


def test_a_colon_bracket_of_a_setting_is_no_family():
    # near miss: a bracketed note with a colon after a formula defines no placeholder
    rows = contract_measurements("Adding 5 wt% TiF3 to MgH2 (note: milled 2 h) lowers the onset to 250 °C.")
    assert [(r["value"], r["system"]) for r in rows] == [(250.0, "MgH2–5 wt% TiF3")]
