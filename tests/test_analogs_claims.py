"""The analog mechanism facet reads the sources' mechanism claims (mechanism, host, additive), as the
explanations do (issue 14, item 3): two systems whose sources credit one mechanism for additives of
one class score closer than a system that only has a mechanism mentioned near it."""
from __future__ import annotations

from kg.analogs import search
from kg.analogs.claims import claim_tokens
from kg.analogs.features import FeatureIndex
from kg.analogs.rows import rows_from_batch
from ontology.models import GraphBatch, MechanismClaim, Source, SourceRef, SystemReport
from ontology.system import parse_system
from ontology.vocabulary import vocabulary

SRC = "doi:10.9999/claims"


def _report(text: str, mechanisms=()) -> SystemReport:
    return SystemReport(system=parse_system(text), strategies=["MetalCompoundCatalysis"],
                        mechanisms=list(mechanisms), applications=["HydrogenStorage"],
                        source=SourceRef(source_id=SRC, section="2"))


def _claim(mechanism: str, additive: str, start: int) -> MechanismClaim:
    return MechanismClaim(mechanism=mechanism, host="MgH2", additive=additive, strategy="MetalCompoundCatalysis",
                          source=SourceRef(source_id=SRC, section="2", start=start, end=start + 50))


def _index() -> FeatureIndex:
    mech = next(t.id for t in vocabulary().terms("Mechanism") if "electron" in t.label.lower())
    batch = GraphBatch(
        sources=[Source(id=SRC, kind="publication", title="claims")],
        reports=[_report("MgH2–5 wt% Nb2O5"),
                 # the source credits the same mechanism for another oxide of MgH2
                 _report("MgH2–5 wt% V2O5"),
                 # a mechanism only mentioned near the system (a report's link), credited for nothing
                 _report("MgH2–5 wt% Fe2O3", mechanisms=[mech])],
        mechanisms=[_claim(mech, "Nb2O5", 100), _claim(mech, "V2O5", 300)])
    return FeatureIndex.build(*rows_from_batch(batch))


def test_a_shared_claimed_mechanism_ranks_the_analog_first():
    res = search(_index(), "MgH2–5 wt% Nb2O5", top=5, weights={"mechanism": 3.0}, evidence=False)
    names = [a.name for a in res.analogs]
    assert names[0] == "MgH2–5 wt% V2O5", names
    by = {a.name: a for a in res.analogs}
    assert by["MgH2–5 wt% V2O5"].facets.get("mechanism", 0) == 1.0
    assert by["MgH2–5 wt% Fe2O3"].facets.get("mechanism", 0) == 0.0     # a mention is no claim


def test_the_facet_pairs_each_mechanism_with_the_additive_class_it_is_credited_for():
    adds = [{"formula": "Nb2O5", "additive_class": "TransitionMetalOxide"}]
    claims = [{"mechanism": "ElectronTransfer", "host": "MgH2", "additive": "Nb"},
              {"mechanism": "Spillover", "host": "LiBH4", "additive": "Nb2O5"}]     # another host
    assert claim_tokens(claims, "MgH2", adds) == ["ElectronTransfer", "ElectronTransfer@TransitionMetalOxide"]
