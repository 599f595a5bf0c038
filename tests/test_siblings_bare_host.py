"""'What did LiAlH4 try that NaAlH4 did not?': a strategy only the bare host carries is what its
sources discuss about the host, not a sample made that way, so it is no 'tried on LiAlH4' answer."""
from __future__ import annotations

from ontology.models import GraphBatch, Measurement, Source, SourceRef, SystemReport
from ontology.system import parse_system

SRC = "doi:10.0/made-up-alanates"


def _report(system: str, strategies: list[str]) -> SystemReport:
    return SystemReport(system=parse_system(system), strategies=strategies,
                        source=SourceRef(source_id=SRC, section="3.1"))


def test_the_bare_host_s_topics_are_not_strategies_tried_on_it(empty_store):
    from kg.analogs.questions import ask

    empty_store.load(GraphBatch(
        sources=[Source(id=SRC, kind="publication", title="made up")],
        reports=[_report("LiAlH4", ["Catalysis", "Nanosizing"]),          # topics of the section
                 _report("LiAlH4–Al", ["Nanostructuring"]),                # a sample made so
                 _report("NaAlH4–TiO2", ["Catalysis"])],
        measurements=[Measurement(property="specific_capacity", value=1000.0, unit="mAh/g",
                                  system=parse_system("LiAlH4–Al"), source=SourceRef(source_id=SRC))]))
    got = {r["term"] for r in ask(empty_store, "untried-on-siblings", host="LiAlH4") if r["kind"] == "strategy"}
    assert got == {"Nanostructuring"}
