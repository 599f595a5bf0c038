"""A sample label that writes an alloy's atomic per cents one element a part ('Mg96-Ni04-rGO', 'Mg88–Ni12', 'Mg80-Ni15-La5')
names that one alloy, as its tight formula does (names3, form c: the label was read as a host 'Mg96' with a catalyst
'Ni4'). Shares that do not add up to a hundred ('Mg17–Al12') are left as written. Every label is written for these
tests."""
from __future__ import annotations

from prose_sentences import facts

from ingest.extraction.text.nlp import system_of


def _parts(notation):
    s = system_of(notation)
    return [(c.formula, c.role) for c in s.components]


def test_parts_of_atomic_per_cents_are_one_alloy():
    assert _parts("Mg88–Ni12") == [("Mg88Ni12", "HostHydride")]
    assert _parts("Mg80-Ni15-La5") == [("Mg80Ni15La5", "HostHydride")]
    assert _parts("Mg96-Ni04-rGO") == [("Mg96Ni4", "HostHydride"), ("reduced graphene oxide", "ScaffoldConfinementHost")]


def test_the_alloy_of_the_label_holds_the_value():
    v = facts("Our Mg94-Ni06-rGO powder began to release hydrogen at 265 °C.")
    assert v[265.0].system.host.formula == "Mg94Ni6"


def test_shares_of_another_sum_stay_parts():
    # near miss: 17 + 12 is no hundred: the parts are read as written
    assert _parts("Mg17–Al12")[0][0] == "Mg17"
