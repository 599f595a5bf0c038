"""A notation's molar ratio written with a colon or an equals sign after the word ("(mole ratio: 3:1)",
"(molar ratio = 2:1)") is its composition; "carbon-covered", "carbon-encapsulated", "graphene-wrapped"
say a core–shell sample as "carbon-coated" does. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import records


@pytest.mark.parametrize("text, host_count", [
    ("The LiBH4–TiF3 (mole ratio: 3:1) sample started to release hydrogen at around 100 °C.", 3.0),
    ("The LiBH4–MgH2 (molar ratio = 2:1) composite released 8 wt% H2 at 400 °C.", 2.0),
    ("The LiBH4–TiF3 (3:1 molar ratio) sample started to release hydrogen at 100 °C.", 3.0),
])
def test_a_molar_ratio_after_its_word_is_the_composition(text, host_count):
    (r,) = [r for r in records(text) if r["unit"] in ("degC", "wt%")][:1]
    host = r["components"][0]
    assert (host["amount"], host["amount_unit"]) == (host_count, "ratio")


def test_a_ratio_of_another_kind_is_no_composition():
    (r,) = [r for r in records("The LiBH4–TiF3 (ball-to-powder ratio: 40:1) sample released hydrogen at 100 °C.")
            if r["unit"] == "degC"]
    assert r["components"][0]["amount"] is None


@pytest.mark.parametrize("text", [
    "The carbon-covered nanocrystalline Mg2Ni released hydrogen at 180 °C.",
    "Carbon-encapsulated MgH2 nanoparticles release hydrogen at 250 °C.",
    "Graphene-wrapped MgH2 releases hydrogen at 260 °C.",
])
def test_covering_words_say_core_shell(text):
    (r,) = records(text)
    assert "CoreShellStructuring" in r["strategies"]
