"""Issue 14: the mechanisms credited for a strategy come from mechanism claims — a strategy–mechanism
pair only where a source's claim links them (gap report map, analogs question), never every strategy
of a system against every mechanism mentioned near it. Claims and systems are written for the tests."""
from __future__ import annotations

from kg.analogs.questions import mechanisms_for_strategy
from kg.gaps.coverage import strategy_by_mechanism
from kg.gaps.facts import SystemRow
from kg.gaps.read import _attach_claims
from kg.store import open_store
from ontology.models import GraphBatch, MechanismClaim, Source, SourceRef

SRC = "doi:10.9999/claims.2026.014"


def _claim(mechanism, host, additive, strategy):
    return {"id": f"c-{mechanism}-{additive}", "mechanism": mechanism, "host": host, "additive": additive,
            "strategy": strategy, "source": SRC}


def _systems():
    return [
        # a mechanism merely mentioned near the system (ACTS_THROUGH) must not pair with its strategies
        SystemRow(id="s1", name="MgH2–Nb2O5", host="MagnesiumHydride", host_formula="MgH2",
                  strategies=["MetalCompoundCatalysis"], mechanisms=["GrainRefinement"], additives=["Nb2O5"]),
        SystemRow(id="s2", name="MgH2@C", host="MagnesiumHydride", host_formula="MgH2",
                  strategies=["Nanoconfinement"], additives=["C"]),
        SystemRow(id="s3", name="LiBH4–LiI", host="LithiumBorohydride", host_formula="LiBH4",
                  strategies=["AnionSubstitution"], additives=["LiI"]),
    ]


def test_map_pairs_only_what_a_claim_links():
    systems = _systems()
    _attach_claims(systems, [
        _claim("ElectronTransfer", "MgH2", "Nb", "MetalCompoundCatalysis"),     # 'Nb sites' reach Nb2O5
        _claim("VolumeBuffering", "Mg", None, "Nanoconfinement"),              # Mg is MgH2; no additive
        _claim("PhaseStabilization", None, "LiI", "AnionSubstitution"),        # no host: too general
        _claim("BondWeakening", "LiBH4", "TiF3", "MetalCompoundCatalysis"),    # no such system
    ])
    assert systems[0].claimed == [("MetalCompoundCatalysis", "ElectronTransfer")]
    assert systems[1].claimed == [("Nanoconfinement", "VolumeBuffering")]
    assert systems[2].claimed == []
    cov = strategy_by_mechanism(systems, [])
    pairs = {(r, c) for r, cols in cov.cells.items() for c in cols}
    assert pairs == {("MetalCompoundCatalysis", "ElectronTransfer"), ("Nanoconfinement", "VolumeBuffering")}
    assert "GrainRefinement" not in cov.cols


def test_mechanisms_for_a_strategy_come_from_claims(tmp_path):
    def claim(mechanism, host, additive, strategy, start):
        return MechanismClaim(mechanism=mechanism, host=host, additive=additive, strategy=strategy,
                              source=SourceRef(source_id=SRC, section="2", start=start, end=start + 50))

    batch = GraphBatch(sources=[Source(id=SRC, kind="publication", title="Claims")], mechanisms=[
        claim("ElectronTransfer", "MgH2", "Nb2O5", "MetalCompoundCatalysis", 10),
        claim("ElectronTransfer", "Mg(BH4)2", "TiF3", "MetalCompoundCatalysis", 100),
        claim("Spillover", "MgH2", "Pd", "MetalCatalysis", 200),
        claim("VolumeBuffering", "MgH2", "C", "Nanoconfinement", 300),
        claim("CocktailEffect", None, None, "MultiMetalCatalysis", 400),       # no host: left out
    ])
    with open_store("ladybug", data_dir=tmp_path / "g") as st:
        st.ensure_schema()
        st.load_ontology()
        st.load(batch)
        rows = mechanisms_for_strategy(st, "catalysis")        # narrower strategies included
    by = {r["mechanism"]: r for r in rows}
    assert set(by) == {"ElectronTransfer", "Spillover"}
    assert by["ElectronTransfer"]["hosts"] == {"MagnesiumHydride": 1, "MagnesiumBorohydride": 1}
    assert by["ElectronTransfer"]["systems"] == 2 and rows[0]["mechanism"] == "ElectronTransfer"
