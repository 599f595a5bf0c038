"""Issue 10: a carbon the text says is a milling aid or process control agent ('graphite served as the process
control agent') is a part of the sample in the role MillingAid: no scaffold (it holds no hydride), and no support
that would make the catalyst milled beside it a composite catalyst. A carbon milled in without such words stays
the scaffold."""
from __future__ import annotations

from prose_sentences import contract_measurements, the_one

_AIDS = (
    ("Graphene was used as a milling aid. MgH2 was milled with 5 wt% Ni and 5 wt% graphene. The composite "
     "desorbed 6.1 wt% H2 at 290 °C.", 6.1, "graphene"),
    ("Graphite served as the process control agent. MgH2 was ball milled with 10 wt% graphite and 5 wt% Fe, and "
     "the composite released 6.0 wt% H2 at 300 °C.", 6.0, "graphite"),
    ("Expanded graphite acts as a milling agent. MgH2–5 wt% expanded graphite released 6.4 wt% H2 at 320 °C.",
     6.4, "expanded graphite"),
)


def _role(row: dict, material: str) -> str:
    return next(c["role"] for c in row["components"] if c["material"] == material)


def test_a_declared_milling_aid_is_no_scaffold():
    for text, value, carbon in _AIDS:
        row = the_one(contract_measurements(text), value)
        assert _role(row, carbon) == "MillingAid", text
        assert "CompositeCatalysis" not in row["strategies"] and "Nanostructuring" not in row["strategies"], text


def test_near_miss_carbon_milled_in_without_the_words_stays_the_scaffold():
    row = the_one(contract_measurements("MgH2 was milled with 5 wt% graphene. The composite desorbed 6.2 wt% H2 "
                                        "at 300 °C."), 6.2)
    assert _role(row, "graphene") == "ScaffoldConfinementHost"
