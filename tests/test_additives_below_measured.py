"""'Which additives brought LiBH4's dehydrogenation temperature below 150 °C?' answers with measured
values: a temperature a calculation predicts (a DFT enthalpy turned into a temperature) is no result an
additive brought about."""
from __future__ import annotations

from ontology.models import GraphBatch, Measurement, Source, SourceRef
from ontology.system import parse_system

SRC = "doi:10.0/made-up-destabilization"


def _t(system: str, value: float, theoretical: bool) -> Measurement:
    return Measurement(property="dehydrogenation_temperature", value=value, unit="degC",
                       system=parse_system(system), source=SourceRef(source_id=SRC, section="1.2"),
                       theoretical=theoretical)


def test_a_predicted_temperature_is_not_an_additive_s_result(empty_store):
    from kg.analogs.questions import ask

    empty_store.load(GraphBatch(sources=[Source(id=SRC, kind="publication", title="made up")],
                                measurements=[_t("LiBH4–MnF2", 120.0, False), _t("LiBH4–KF", 90.0, True)]))
    got = ask(empty_store, "additives-below", host="LiBH4", property="dehydrogenation temperature",
              below="150 degC")
    assert [r["system_name"] for r in got] == ["LiBH4–MnF2"]
