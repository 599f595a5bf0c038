"""'Which additive classes transfer from MgH2 to LiBH4?': each class is shown with examples, also a
class whose additives have no formula (a polymer, a named carbon)."""
from __future__ import annotations

import kg.analogs.questions as q


def test_a_class_of_additives_without_formula_still_has_examples(store):
    rows = {r["additive_class"]: r for r in q.transferable_classes(store, "MgH2", "LiBH4")}
    assert "PMMA" in rows["Polymer"]["examples"]
    carbons = rows["CarbonSupport"]["examples"]
    assert "C" in carbons and "graphene" in carbons      # the formula where there is one, else the name
    assert None not in carbons
