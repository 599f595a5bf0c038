"""'Mg(BH4)2 starts to decompose above 270 °C, but with 10 mol% TiCl3 the onset is at 200 °C': an additive a
contrasting clause gives 'with' its loading goes into the bare host the earlier clause named (the clause's own
value had gone to TiCl3 as a host). Without 'with' and a loading the clause's material is no additive of it.
Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import systems_by_value


@pytest.mark.parametrize("text, value, system", [
    ("Mg(BH4)2 starts to decompose above 270 °C, but with 10 mol% TiCl3 the onset is at 200 °C.", 200.0,
     "Mg(BH4)2–10 mol% TiCl3"),
    ("Pure LiAlH4 decomposes at 200 °C, whereas with 5 mol% NiCl2 the decomposition begins at 105 °C.", 105.0,
     "LiAlH4–5 mol% NiCl2"),
    ("Milled MgH2 needs 160 kJ/mol, while with 7 wt% Nb2O5 the activation energy falls to 62 kJ/mol.", 62.0,
     "MgH2–7 wt% Nb2O5"),
])
def test_a_with_loading_clause_adds_to_the_earlier_host(text, value, system):
    assert systems_by_value(text)[value] == system


def test_a_clause_material_without_with_and_loading_is_not_added():
    got = systems_by_value("Pure LiAlH4 decomposes at 200 °C, whereas NiCl2 itself melts at 1001 °C.")
    assert got.get(1001.0) != "LiAlH4–NiCl2"
