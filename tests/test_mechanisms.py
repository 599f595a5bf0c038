"""Mechanism claims: which mechanism a text credits, for which additive or strategy, in which host;
stored in the graph and exported by `hkg extract --jsonl`. The sentences are written for the tests."""
from __future__ import annotations

import json

import pytest

from ingest.document import parse_document
from ingest.extract import _prose_sentences, extract_text
from ingest.mechanisms import find_mechanisms, mechanism_claims
from kg.store import open_store
from ontology.models import GraphBatch, MechanismClaim, Source, SourceRef
from ui.cli import main

DOC = """# Mechanisms, a test paper

DOI: 10.9999/mechanisms.2026.002

## 2. Catalysts

In the milled MgH<sub>2</sub> composite, the multivalent Nb acts as an electron transfer intermediate between hydrogen and magnesium.<sup>[3]</sup> Milling TiF<sub>3</sub> into MgH<sub>2</sub> weakens the Mg–H bonds considerably. The activation energy was 80 kJ mol<sup>-1</sup> in that work.

LiBH<sub>4</sub> was milled with Ni particles on carbon. The in situ formed Ni<sub>2</sub>B then acts as a nucleation site for the boride.

Grain refinement was seen after cycling.

## 3. Amides

Adding LiH to Mg(NH<sub>2</sub>)<sub>2</sub> suppresses NH<sub>3</sub> release during heating.
"""


@pytest.fixture(scope="module")
def claims():
    doc = parse_document(DOC)
    return mechanism_claims(_prose_sentences(doc), "src:mech")


def _by(claims, mechanism):
    return [c for c in claims if c.mechanism == mechanism]


def test_inflected_phrasings_are_found_through_the_ontology_labels():
    assert [t for t, _, _ in find_mechanisms("TiF3 weakens the Mg–H bonds")] == ["BondWeakening"]
    assert [t for t, _, _ in find_mechanisms("it suppressed NH3 release")] == ["GasReleaseSuppression"]
    assert [t for t, _, _ in find_mechanisms("Nb acts as an electron transfer intermediate")] == ["ElectronTransfer"]
    assert find_mechanisms("the catalytic effects were large") == []   # a family, not a mechanism
    assert find_mechanisms("The activation energy was 80 kJ/mol.") == []


def test_electron_transfer_credited_to_nb_in_mgh2(claims):
    (c,) = _by(claims, "ElectronTransfer")
    assert (c.host, c.additive, c.strategy) == ("MgH2", "Nb", "MetalCatalysis")
    assert DOC[c.source.start:c.source.end].startswith("In the milled MgH")
    assert c.source.section == "2" and c.source.refs == ["3"]


def test_bond_weakening_by_a_halide(claims):
    (c,) = _by(claims, "BondWeakening")
    assert (c.host, c.additive, c.strategy) == ("MgH2", "TiF3", "MetalCompoundCatalysis")


def test_in_situ_phase_and_nucleation_in_the_paragraph_host(claims):
    nucleation, = _by(claims, "NucleationInduction")
    in_situ, = _by(claims, "InSituCatalyticPhase")
    for c in (nucleation, in_situ):
        assert c.host == "LiBH4" and c.additive == "Ni2B"      # host from the sentence before


def test_a_remark_that_credits_nothing_is_no_claim(claims):
    # a new paragraph: the Ni2B of the one before is not its additive, and the sentence names none
    assert _by(claims, "GrainRefinement") == []


def test_gas_release_suppression_in_an_amide_composite(claims):
    (c,) = _by(claims, "GasReleaseSuppression")
    assert (c.host, c.additive, c.strategy) == ("Mg(NH2)2", "LiH", "ReactiveHydrideComposite")
    assert c.source.section == "3"


def test_no_claim_without_a_mechanism_phrase(claims):
    texts = {DOC[c.source.start:c.source.end] for c in claims}
    assert not any("activation energy" in t for t in texts)
    assert len(claims) == 5


def test_claims_are_stored_and_queried(tmp_path):
    src = "doi:10.9999/mechanisms.2026.002"
    claim = MechanismClaim(mechanism="ElectronTransfer", host="MgH2", additive="Nb", strategy="MetalCatalysis",
                           source=SourceRef(source_id=src, section="2", start=10, end=90))
    batch = GraphBatch(sources=[Source(id=src, kind="publication", title="Mechanisms")], mechanisms=[claim])
    with open_store("ladybug", data_dir=tmp_path / "g") as st:
        st.ensure_schema()
        st.load_ontology()
        st.load(batch)
        st.load(batch)                                      # idempotent
        rows = st.query("MATCH (c:MechanismClaim)-[:CREDITS]->(m:Mechanism) "
                        "MATCH (c)-[:FOR_STRATEGY]->(s:Strategy) MATCH (c)-[:REPORTED_IN]->(src:Source) "
                        "RETURN m.id AS m, s.id AS s, c.host AS host, c.additive AS additive, "
                        "c.start AS start, src.id AS src")
    assert rows == [{"m": "ElectronTransfer", "s": "MetalCatalysis", "host": "MgH2", "additive": "Nb",
                     "start": 10, "src": src}]


def test_unknown_mechanism_is_refused():
    with pytest.raises(ValueError, match="mechanism: 'Telepathy' is not a Mechanism term"):
        MechanismClaim(mechanism="Telepathy", source=SourceRef(source_id="s"))


def test_extract_jsonl_has_mechanism_lines(tmp_path, capsys):
    path = tmp_path / "paper.md"
    path.write_text(DOC, encoding="utf-8")
    assert main(["extract", str(path), "--jsonl", "--no-progress"]) == 0
    lines = [json.loads(ln) for ln in capsys.readouterr().out.splitlines() if ln.strip()]
    mech = [ln for ln in lines if ln.get("kind") == "mechanism"]
    assert {ln["mechanism"] for ln in mech} >= {"ElectronTransfer", "BondWeakening", "GasReleaseSuppression"}
    one = next(ln for ln in mech if ln["mechanism"] == "ElectronTransfer")
    assert set(one) == {"kind", "mechanism", "host", "additive", "strategy", "source"}
    assert one["host"] == "MgH2" and one["source"]["section"] == "2"


def test_the_pipeline_carries_claims():
    batch = extract_text(DOC)
    assert {c.mechanism for c in batch.mechanisms} >= {"ElectronTransfer", "GasReleaseSuppression"}
