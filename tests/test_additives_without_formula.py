"""An additive with no chemical formula (a polymer such as PMMA or PEO, a named carbon) is an additive of its system
in the graph's system rows, named by its label, as one with a formula is named by it: a best-values answer lists it
among the system's additives. All sources and values are made up."""
from __future__ import annotations

import pytest

from kg.gaps.read import read_rows
from ontology.models import GraphBatch, Measurement, Source, SourceRef
from ontology.system import parse_system

SOURCE = "doi:10.1000/polymer-additives"


def _load(store, notations: list[str]) -> dict[str, list[str]]:
    store.load(GraphBatch(
        sources=[Source(id=SOURCE, kind="publication", title="Made-up polymer composites")],
        measurements=[Measurement(property="ionic_conductivity", value=0.2 + k / 10, unit="mS/cm",
                                  system=parse_system(t), source=SourceRef(source_id=SOURCE, section="3"))
                      for k, t in enumerate(notations)]))
    return {s.name: s.additives for s in read_rows(store)["systems"]}


@pytest.mark.parametrize("notation,additive", [
    ("LiBH4–5PMMA", "PMMA"),        # a polymer with a leading amount
    ("NaBH4–10PEO", "PEO"),
    ("Mg(BH4)2–graphene", "graphene"),
])
def test_an_additive_without_a_formula_is_listed_by_its_label(empty_store, notation, additive):
    rows = _load(empty_store, [notation, "LiBH4–LiI"])
    assert additive in rows[parse_system(notation).name]
    assert rows["LiBH4–LiI"] == ["LiI"]              # near miss: a formula stays the formula


def test_near_miss_the_bare_host_lists_no_additive(empty_store):
    assert _load(empty_store, ["LiBH4"]) == {"LiBH4": []}
