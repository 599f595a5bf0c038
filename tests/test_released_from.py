"""A value of hydrogen a verb says came FROM a sample named right after it ("only 6.2 wt% hydrogen was released
from 2LiBH4–MgH2", "2.1 wt% H2 evolved from Mg(NH2)2–2LiH") is that sample's, not the one the sentence opened
with. Sentences written for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


def _rows(text: str) -> list[dict]:
    return contract_measurements(text, section="Abstract")


def _system(rows: list[dict], value: float) -> set[str]:
    return {r["system"] for r in rows if abs(r["value"] - value) < 1e-6}


@pytest.mark.parametrize("sentence, value, system", [
    ("The 2LiBH4–MgH2–TiF3 sample released 9.1 wt% hydrogen below 400 °C, while only 6.2 wt% hydrogen was "
     "released from 2LiBH4–MgH2 under the same conditions.", 6.2, "2LiBH4–MgH2"),
    ("The NaAlH4–CeCl3 powder desorbs 4.9 wt% H2 at 150 °C, whereas less than 3 wt% H2 is desorbed from "
     "NaAlH4–TiCl3 at that temperature.", 3.0, "NaAlH4–TiCl3"),
    ("Mg(NH2)2–2LiH–KH gave off 5.0 wt% hydrogen at 180 °C, but only 2.1 wt% hydrogen evolved from "
     "Mg(NH2)2–2LiH.", 2.1, "Mg(NH2)2–2LiH"),
    ("LiAlH4–TiO2 lost 6.6 wt% of its mass as hydrogen by 200 °C; about 4.0 wt% hydrogen was liberated from "
     "the LiAlH4–Al2O3 mixture.", 4.0, "LiAlH4–Al2O3"),
    ("NaAlH4 doped with 2 mol% CeCl3 delivers 4.6 wt% hydrogen at 160 °C, while 1.9 wt% hydrogen is released "
     "from undoped NaAlH4 at that temperature.", 1.9, "NaAlH4"),
    # an aside between commas before the verb
    ("The NH3BH3–LiH mixture released 9.5 wt% hydrogen at 90 °C, while 6.1 wt% hydrogen, contaminated by "
     "borazine, was released from NH3BH3–SiO2.", 6.1, "NH3BH3–SiO2"),
    ("The LiBH4–MgH2 composite gives 8.9 wt% hydrogen at 400 °C, whereas 5.2 wt% H2, together with traces of "
     "diborane, is desorbed from LiBH4–SiO2.", 5.2, "LiBH4–SiO2"),
])
def test_the_sample_the_hydrogen_came_from_owns_the_value(sentence, value, system):
    rows = _rows(sentence)
    assert _system(rows, value) == {system}, rows


def test_an_aside_with_no_from_leaves_the_sample():
    rows = _rows("The MgH2–Ni sample released 6.0 wt% hydrogen, which was far more than expected, within 10 min.")
    assert _system(rows, 6.0) == {"MgH2–Ni"}, rows


def test_a_from_that_names_no_hydride_leaves_the_sample():
    # TiO2 holds no hydrogen: the value stays the composite's
    rows = _rows("The MgH2–TiO2 composite released 6.3 wt% hydrogen separated from TiO2 particles at 300 °C.")
    assert _system(rows, 6.3) == {"MgH2–TiO2"}, rows
