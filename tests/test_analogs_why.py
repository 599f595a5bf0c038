"""Analogs that say why: labelled with their application and filtered to the query's by default,
explained by the mechanism claims both systems share or one lacks, each value with its provenance."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from system_names import canonical

from kg.analogs import search
from kg.analogs.claims import bearing, compare
from kg.evidence import EvidenceReader, cite

SNAPSHOT = Path(__file__).resolve().parents[1] / "data" / "snapshot" / "review.batch.json"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
pytestmark = pytest.mark.skipif(not SNAPSHOT.is_file(), reason=f"{SNAPSHOT} missing: rebuild the snapshot")


def test_mgh2_nb2o5_analogs_stay_in_hydrogen_storage(store):
    res = search(store, "MgH2 + Nb2O5", top=20)
    assert res.analogs
    assert all("HydrogenStorage" in a.applications for a in res.analogs), \
        [(a.name, a.applications) for a in res.analogs]
    assert not any(a.applications == ["Anode"] for a in res.analogs)
    assert any("hydrogen storage" in n for n in res.profile.notes)
    everything = search(store, "MgH2 + Nb2O5", top=40, application="all")
    assert everything.candidates > res.candidates


def test_libh4_lii_analogs_are_electrolytes_not_halide_catalysts(store):
    res = search(store, "LiBH4–LiI", top=15)
    names = [a.name for a in res.analogs]
    # Li4(BH4)3I and 3LiBH4–LiI are one system, stored under the notation met first
    same = {canonical(n) for n in names}
    assert canonical("Li4(BH4)3I") in same and canonical("Li4(BH4)3I@SBA-15") in same, names
    assert not any("TiF3" in n or "ZnF2" in n for n in names), names
    assert all("SolidElectrolyte" in a.applications for a in res.analogs)


def test_explicit_application_still_filters(store):
    res = search(store, "MgH2 + Nb2O5", top=10, application="anode")
    assert res.analogs and all("Anode" in a.applications for a in res.analogs)


def test_mechanism_claims_shared_and_lacking(store):
    res = search(store, "MgH2 + Nb2O5", top=20)
    by_name = {a.name: a for a in res.analogs}
    v4 = next(a for n, a in by_name.items() if "V4Nb18O55" in n)
    notes = [p.note for p in v4.paths if p.facet == "mechanism_claim"]
    # the review credits electron transfer at Nb/V sites: shared by the query and the Nb–V oxide
    assert any(n.startswith("both") and "electron transfer" in n for n in notes), notes
    lacking = [p.note for a in res.analogs for p in a.paths if p.facet == "mechanism_claim"
               and p.note.startswith("only the")]
    assert lacking


def test_claim_matching_rules():
    claims = [{"mechanism": "ElectronTransfer", "host": "MgH2", "additive": "Nb"},
              {"mechanism": "BondWeakening", "host": None, "additive": "Li"},
              {"mechanism": "PhaseStabilization", "host": None, "additive": "LiI"}]
    assert [c["mechanism"] for c in bearing(claims, "MgH2", [{"formula": "Nb2O5"}])] == ["ElectronTransfer"]
    assert bearing(claims, "LiBH4", [{"formula": "Nb2O5"}]) == []
    # a hostless element claim does not reach LiI, nor does Li of the host itself
    assert [c["mechanism"] for c in bearing(claims, "LiBH4", [{"formula": "LiI"}])] == ["PhaseStabilization"]
    assert compare(claims[:1], claims[2:]) == ([], ["ElectronTransfer"], ["PhaseStabilization"])


def test_performance_shows_ratio_within_the_same_property(store):
    res = search(store, "MgH2–10 wt% V4Nb18O55", top=10)
    perf = [p.note for a in res.analogs for p in a.paths if p.facet == "performance"]
    # a temperature is told as a difference ('15 degC lower'), every other value as a ratio
    assert perf and all("vs query" in n and ("ratio" in n or ("temperature" in n and (
        "higher)" in n or "lower)" in n or "(the same)" in n))) for n in perf), perf
    assert any("ratio" in n for n in perf) and any("degC lower)" in n or "degC higher)" in n for n in perf), perf


def test_every_value_carries_its_place(store):
    res = search(store, "LiBH4–LiI", top=5)
    recs = [r for a in res.analogs for r in a.evidence]
    assert recs
    assert all(r["source"] and r["place"] for r in recs if not str(r["source"]).startswith("lab:"))
    table = [r for r in recs if r.get("table")]
    assert table and all(r["row"] is not None and r["refs"] for r in table)


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"{CORPUS} absent: evidence sentences need the review text")
def test_evidence_sentence_from_the_corpus(store):
    res = search(store, "LiBH4–LiI", top=5)
    recs = [r for a in res.analogs for r in a.evidence]
    assert any(r.get("sentence") for r in recs)
    assert any(r.get("table_row") and "|" in r["table_row"] for r in recs)


def test_without_the_text_the_record_says_how_to_supply_it(tmp_path):
    rec = EvidenceReader(dirs=[tmp_path]).record({"source": "doi:10.1/none", "section": "2.1", "refs": ["4"],
                                                  "start": 0, "end": 10})
    assert "HKG_SOURCE_TEXT_DIRS" in rec["text_missing"] and "sentence" not in rec
    assert cite(rec) == "doi:10.1/none §2.1 [refs 4]"


def test_cli_text_and_json_show_labels_and_evidence(data_dir, capsys):
    from ui.cli import main

    assert main(["analogs", "--data-dir", str(data_dir), "MgH2 + Nb2O5", "--top", "3"]) == 0
    out = capsys.readouterr().out
    assert "(hydrogen storage)" in out and "value dehydrogenation_activation_energy" in out
    assert "Table 1 row" in out and "[refs" in out
    assert main(["analogs", "--data-dir", str(data_dir), "MgH2 + Nb2O5", "--top", "3", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    first = doc["results"][0]
    assert first["applications"] == ["HydrogenStorage"]
    assert all({"source", "place", "refs"} <= set(r) for r in first["evidence"])


def test_ask_answers_cite_their_table_row(store):
    from kg.analogs.questions import ask

    rows = ask(store, "additives-below", host="MgH2", property="Ea", below="45 kJ/mol")
    (fe,) = [r for r in rows if r["formula"] == "Fe"]
    assert fe["evidence"]["place"].startswith("Table 1 row") and fe["evidence"]["refs"] == ["235"]
    assert "start" not in fe and "tbl" not in fe


def test_performance_names_the_measurement_temperature(store):
    res = search(store, "LiBH4–LiNH2–g-C3N4", top=5)
    notes = [p.note for a in res.analogs for p in a.paths if p.facet == "performance"]
    assert any("ionic conductivity at 40 degC" in n or "ionic conductivity at 30 degC" in n for n in notes), notes


def test_a_typed_query_takes_its_strategies_from_its_composition():
    """'MgH2–Nb2O5' is oxide catalysis by its composition; it does not borrow the strategy of another
    graph system that happens to hold Nb2O5 (e.g. a confined one)."""
    from kg.analogs.profile import profile_from_system
    from ontology.system import parse_system

    profile = profile_from_system(parse_system("MgH2–Nb2O5"))
    assert profile.strategies == ["MetalCompoundCatalysis"] and "strategies" not in profile.inferred


def test_a_small_value_and_a_large_ratio_are_written_as_a_chemist_writes_them():
    # 1.2e-4 S/cm against 0.1: '1.2 × 10⁻⁴' and 'ratio 830×', never '0.00012' beside '8.3e+02×'
    from kg.analogs.explain import _compared
    from ontology.units import number_text

    said = _compared("ionic_conductivity", {"value": 0.1}, 0.00012, None, "S/cm")
    assert said == "1.2 × 10⁻⁴ S/cm (ratio 830×)"
    assert [number_text(v) for v in (205, 71.0, 0.0012, 6.1, 2.5e7, 1e-5)] == [
        "205", "71", "0.0012", "6.1", "2.5 × 10⁷", "10⁻⁵"]
