"""Analogous systems on the literature graph (the shipped snapshot on the embedded store).

The sanity cases of the analogs issue, read against what the review reports: Ni-containing catalysts
for MgH2–Ni, halide-substituted LiBH4 for LiBH4–LiI, MXenes for MgH2@Ti3C2, Nb/V oxides for a lab
entry of MgH2 + Nb oxide. Plus the contract of the result (facets, paths, sources), facet weights,
value filters with unit conversion, unknown tokens, and the CLI's JSON.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.analogs import AnalogQueryError, search

SNAPSHOT_DIR = Path(__file__).resolve().parents[1] / "data" / "snapshot"
pytestmark = pytest.mark.skipif(not (SNAPSHOT_DIR / "review.batch.json").is_file(),
                                reason="data/snapshot/review.batch.json missing: regenerate it with "
                                       "`hkg ingest review … --snapshot data/snapshot/review.batch.json`")


def _hkg(data_dir: Path, *argv: str) -> int:
    import os

    from ui.cli import main

    old = {k: os.environ.get(k) for k in ("HKG_DATA_DIR", "HKG_STORE", "HKG_USER")}
    os.environ.update(HKG_DATA_DIR=str(data_dir), HKG_STORE="ladybug", HKG_USER="tester")
    try:
        return main(list(argv))
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


# ------------------------------------------------------------------------------------------ sanity
def test_mgh2_ni_finds_ni_and_ni_bimetallic_catalysts_above_other_hosts(store):
    res = search(store, "MgH2–Ni", top=25)
    names = [a.name for a in res.analogs]
    ni = [i for i, a in enumerate(res.analogs) if a.host == "MagnesiumHydride" and "Ni" in a.name]
    assert ni and ni[0] == 0, names                       # best analog: MgH2 with Ni
    for bimetallic in ("CuNi", "PdNi"):
        hits = [i for i, n in enumerate(names) if bimetallic in n]
        assert hits, f"{bimetallic} missing from {names}"
        first_other_host = next((i for i, a in enumerate(res.analogs) if a.host != "MagnesiumHydride"),
                                len(names))
        assert hits[0] < first_other_host, names
    assert all(a.host == "MagnesiumHydride" for a in res.analogs[:10]), names


def test_libh4_lii_finds_other_halide_substituted_libh4(store):
    res = search(store, "LiBH4–LiI", top=10)
    lib = [a for a in res.analogs if a.host == "LithiumBorohydride"]
    assert len(lib) >= 5, [a.name for a in res.analogs]
    with_other_halide = [a for a in lib if any(h in a.name for h in ("NaI", "NaCl", "MgI2", "LiCl",
                                                                        "LiBr", "KI", "CaI2"))]
    assert with_other_halide, [a.name for a in res.analogs]
    # the additive-class facet is what puts them there
    assert all(a.facets["additive_class"] > 0 for a in with_other_halide)


def test_mgh2_ti3c2_finds_other_mxene_catalysed_systems(store):
    res = search(store, "MgH2@Ti3C2", top=10)
    mxene = [a for a in res.analogs if a.facets["additive_class"] > 0 and
             any(p.facet == "additive_class" and "MXene" in p.text() for p in a.paths)]
    assert len(mxene) >= 2, [(a.name, [p.text() for p in a.paths]) for a in res.analogs]
    assert res.analogs[0].name in {a.name for a in mxene}


def _add_entry(data_dir, tmp_path, entry_id: str, title: str, system: str, measurements_yaml: str) -> None:
    """A one-sample lab entry added through `hkg entry add`."""
    entry = tmp_path / f"{entry_id}.yaml"
    entry.write_text(f"title: {title}\nauthor: A. Researcher\ncreated: 2026-03-02T09:00:00Z\n"
                     f"samples:\n  - id: S1\n    system: {system}\n    measurements:\n" + measurements_yaml)
    assert _hkg(data_dir, "entry", "add", str(entry), "--id", entry_id) == 0


def test_lab_entry_mgh2_nb_oxide_finds_nb_and_v_oxide_literature(data_dir, tmp_path):
    _add_entry(data_dir, tmp_path, "nb-oxide-1", "MgH2 with Nb oxide nanosheets", "MgH2 + 7 wt% Nb2O5",
               "      - {property: onset_dehydrogenation_temperature, value: 205, unit: degC}\n"
               "      - {property: dehydrogenation_activation_energy, value: 72, unit: kJ/mol}\n")
    from kg.store import open_store

    with open_store("ladybug", data_dir=data_dir, read_only=True) as s:
        res = search(s, "lab:nb-oxide-1", top=8)
    assert res.profile.host == "MagnesiumHydride"
    names = [a.name for a in res.analogs]
    nb_or_v = [n for n in names if "Nb" in n or "V" in n.replace("MgH2", "")]
    assert len(nb_or_v) >= 2, names
    assert any("Nb" in n for n in names[:3]), names


# ------------------------------------------------------------------------------------------ contract
def test_every_result_has_facets_paths_and_sources(store):
    res = search(store, "MgH2 + 10 wt% TiVNbZrFe", top=5)
    assert res.analogs
    for a in res.analogs:
        assert set(a.facets) >= {"host", "elements", "additive_class", "strategy"}
        assert a.paths and all(p.nodes and p.nodes[0].label for p in a.paths)
        assert a.sources and all(s["id"] for s in a.sources)
        assert 0 < a.score <= 1.0 + 1e-9
    assert [a.score for a in res.analogs] == sorted((a.score for a in res.analogs), reverse=True)


def test_switching_the_host_facet_off_changes_the_ranking(store):
    base = search(store, "MgH2–Ni", top=15)
    off = search(store, "MgH2–Ni", top=15, weights={"host": 0.0})
    assert all(a.facets.get("host", 0) == 0 or off.weights["host"] == 0 for a in off.analogs)
    assert off.weights["host"] == 0
    # without the host facet, Ni-bearing systems of other hosts come into the list
    assert {a.host for a in off.analogs} != {a.host for a in base.analogs} or \
        [a.name for a in off.analogs] != [a.name for a in base.analogs]


def test_value_filter_converts_units(store):
    kj = search(store, "MgH2–Ni", top=50, filters=["Ea < 70 kJ/mol"])
    jmol = search(store, "MgH2–Ni", top=50, filters=["Ea < 70000 J/mol"])
    kcal = search(store, "MgH2–Ni", top=50, filters=["Ea < 16.73 kcal/mol"])   # 70.0 kJ/mol
    assert kj.analogs and {a.name for a in kj.analogs} == {a.name for a in jmol.analogs} \
        == {a.name for a in kcal.analogs}
    unfiltered = search(store, "MgH2–Ni", top=50)
    assert len(kj.analogs) < len(unfiltered.analogs)
    for a in kj.analogs:       # a system passes when one of its measurements does
        rows = store.query("MATCH (m:Measurement)-[:OF_SYSTEM]->(s:System {id: $id}) WHERE m.property = $p "
                           "RETURN min(m.value) AS low", {"id": a.system_id,
                                                          "p": "dehydrogenation_activation_energy"})
        assert rows[0]["low"] < 70.0, a.name


def test_conductivity_filter_at_temperature(store):
    res = search(store, "LiBH4–LiI", top=50, filters=["ionic_conductivity >= 1 mS/cm at <= 30 °C"])
    res_s = search(store, "LiBH4–LiI", top=50, filters=["ionic_conductivity >= 1e-3 S/cm at <= 303.15 K"])
    assert {a.name for a in res.analogs} == {a.name for a in res_s.analogs}
    unfiltered = search(store, "LiBH4–LiI", top=50)
    assert len(res.analogs) < len(unfiltered.analogs)


def test_unknown_tokens_are_reported_not_ignored(store):
    with pytest.raises(AnalogQueryError) as exc:
        search(store, "MgH2 + 5 wt% Unobtainium42")
    assert "Unobtainium42" in str(exc.value) or "Unobtainium42" in " ".join(exc.value.unknown)


def test_query_by_graph_system_id(store):
    first = search(store, "MgH2–Ni", top=1).analogs[0]
    res = search(store, first.system_id, top=3)
    assert res.profile.system_ids == [first.system_id]
    assert first.system_id not in [a.system_id for a in res.analogs]     # itself is not its analog


def test_cli_json_output(data_dir, capsys):
    assert _hkg(data_dir, "analogs", "MgH2–Ni", "--json", "--top", "3") == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["results"]) == 3
    r = out["results"][0]
    assert {"system", "score", "facets", "explanation"} <= set(r)
    assert r["explanation"][0]["path"].startswith("(")


def test_cli_unknown_token_is_a_clear_error(data_dir, capsys):
    code = _hkg(data_dir, "analogs", "MgH2 + Foo9Bar", "--json")
    assert code != 0
    assert "Foo9Bar" in capsys.readouterr().err


def test_a_bare_lab_entry_id_is_its_source(data_dir, tmp_path, capsys):
    _add_entry(data_dir, tmp_path, "bare-ni-1", "MgH2 with Ni, bare id", "MgH2 + 5 wt% Ni",
               "      - {property: onset_dehydrogenation_temperature, value: 230, unit: degC}\n")
    from kg.store import open_store

    with open_store("ladybug", data_dir=data_dir, read_only=True) as s:
        bare = search(s, "bare-ni-1", top=5)
        full = search(s, "lab:bare-ni-1", top=5)
    assert bare.profile.kind == "lab_entry"
    assert bare.profile.system_ids == full.profile.system_ids
    assert [a.system_id for a in bare.analogs] == [a.system_id for a in full.analogs]
    capsys.readouterr()
    assert _hkg(data_dir, "analogs", "bare-ni-1", "--json", "--top", "3") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["query"]["kind"] == "lab_entry" and len(out["results"]) == 3


def test_an_unknown_id_says_what_was_tried(data_dir, capsys):
    assert _hkg(data_dir, "analogs", "no-such-entry-42") == 2
    err = capsys.readouterr().err
    assert "system id 'no-such-entry-42'" in err and "system name 'no-such-entry-42'" in err
    assert "lab:no-such-entry-42" in err and "system notation" in err
