"""'What did MgH2 try that its siblings did not?': a sibling the literature only adds to storage hosts
(TiH2 as a catalyst, CaH2 as a destabilizing reactant) is named apart, not offered as untried."""
from __future__ import annotations

import kg.analogs.questions as q


class _Store:
    def __init__(self, strategies):
        self.rows = strategies

    def query(self, stmt, params=None):
        return self.rows if stmt == q.STRATEGIES_ON_HOSTS else []


def test_a_sibling_that_is_usually_an_additive_is_named_apart(monkeypatch):
    monkeypatch.setattr(q, "_term", lambda text, kind: "Host")
    monkeypatch.setattr(q, "_siblings", lambda host: ["TitaniumHydride", "CalciumHydride", "Plain", "Unseen"])
    rows = [{"strategy": "Nanoconfinement", "host": "Host", "systems": 4},
            *({"strategy": "Alloying", "host": h, "systems": 1} for h in ("TitaniumHydride", "CalciumHydride", "Plain"))]
    (row,) = q.untried_on_siblings(_Store(rows), "Host")
    assert row["not_tried_on"] == ["Plain"]                 # near miss: a studied storage sibling stays a gap
    assert row["usually_an_additive"] == ["CalciumHydride", "TitaniumHydride"]
    assert row["no_data_on"] == ["Unseen"]
