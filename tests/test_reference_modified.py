"""A sample named only through its reference (G12's cause 2, own wording): the sentence puts an additive in before
the value ('With 5 wt% TiF3 present, …', 'In the presence of 7 wt% NbCl5, …') and names the host only as the
reference the value is set against, after it ('… 31 kJ/mol below the milled NaAlH4', '… lower than that of pure
LiAlH4'), in the same clause or the next. The value is the host's with that additive and its loading; the additive
is never a host of its own, and the reference keeps its own value. The sentences are written for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


def _systems(text: str) -> list[tuple[float, str, frozenset]]:
    return [(r["value"], r["material"], frozenset((c["material"], c["role"], c["amount"]) for c in r["components"]))
            for r in contract_measurements(text)]


@pytest.mark.parametrize("text, value, host, additive, amount", [
    ("With 5 wt.% TiF3 present, the activation energy fell to 70 kJ/mol, 31 kJ/mol below the milled NaAlH4.",
     70.0, "NaAlH4", "TiF3", 5.0),
    ("With 10 wt% CoFe2O4, the onset temperature is 260 °C, much lower than that of as-milled MgH2.",
     260.0, "MgH2", "CoFe2O4", 10.0),
    ("In the presence of 7 wt% NbCl5, the apparent activation energy drops to 75 kJ/mol, which is 30 kJ/mol lower "
     "than that of pure LiAlH4.", 75.0, "LiAlH4", "NbCl5", 7.0),
    # (the reference in the next clause, after a semicolon; a list of values)
    ("With 5 wt.% TiF3 present, the two steps' activation energies fell to 70 and 92 kJ/mol; 31 and 22 kJ/mol "
     "below the milled NaAlH4.", 92.0, "NaAlH4", "TiF3", 5.0),
    ("With 8 wt% CeCl3 present, the onset temperature is 95 °C; this is 60 °C lower than that of as-received "
     "LiAlH4.", 95.0, "LiAlH4", "CeCl3", 8.0),
])
def test_the_value_is_the_reference_host_with_the_additive_put_in_before_it(text, value, host, additive, amount):
    rows = {v: (h, comps) for v, h, comps in _systems(text)}
    h, comps = rows[value]
    assert h == host and (additive, "Catalyst", amount) in comps, rows


def test_the_reference_keeps_its_own_value():
    rows = {v: (h, comps) for v, h, comps in _systems(
        "With 10 wt% CoFe2O4, the onset temperature is 260 °C, much lower than that of as-milled MgH2 (340 °C).")}
    assert rows[340.0] == ("MgH2", frozenset({("MgH2", "HostHydride", None)}))


def test_a_host_named_before_the_value_is_no_reference():
    # (near miss: the host is the subject, the material after 'than' a second sample, not a reference to modify)
    rows = _systems("MgH2 with 5 wt% Ni starts to release hydrogen at 230 °C, lower than MgH2 with 5 wt% Fe.")
    assert rows and all(h == "MgH2" and ("Ni", "Catalyst", 5.0) in comps for v, h, comps in rows if v == 230.0)
