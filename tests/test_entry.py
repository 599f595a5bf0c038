"""The lab-entry model: validation with field paths, system parsing, and the graph batch."""
from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from ingest.entries.entry import (
    EntryValidationError,
    LabEntry,
    entry_to_batch,
    load_entry,
    load_entry_file,
    source_id,
    step_parameters,
)
from ontology.system import parse_system
from ontology.units import canonical_unit
from ontology.vocabulary import vocabulary

FIX = Path(__file__).with_name("fixtures")


def good() -> dict:
    return yaml.safe_load((FIX / "entry_mgh2_ni.yaml").read_text())


def errors_of(data) -> dict[str, str]:
    with pytest.raises(EntryValidationError) as exc:
        load_entry(data)
    return {i.path: i.message for i in exc.value.issues if i.severity == "error"}


def test_valid_fixture_loads_and_converts_units():
    e = load_entry_file(FIX / "entry_mgh2_ni.yaml")
    assert e.flags == []
    e.id = "e-mgh2"
    batch = entry_to_batch(e, 3)
    (src,) = batch.sources
    assert src.kind == "lab_entry" and src.id == source_id("e-mgh2") and src.url.endswith("/r3")
    by = {m.property: m for m in batch.measurements}
    assert by["onset_dehydrogenation_temperature"].value == pytest.approx(220.0)   # 493.15 K
    assert by["onset_dehydrogenation_temperature"].conditions == {"heating_rate": 5.0}
    assert by["hydrogen_capacity"].conditions == {"temperature": 300.0}
    ea = by["dehydrogenation_activation_energy"]
    assert (ea.value, ea.value_max, ea.method) == (85.0, 95.0, "Kissinger")
    assert ea.derived_from == "file:" + e.files[0].sha256
    assert len(batch.reports) == 2


def test_lab_system_is_the_same_node_as_the_literature_notation():
    e = load_entry_file(FIX / "entry_mgh2_ni.yaml")
    assert e.system("S1").id == parse_system("MgH2–10 wt% Ni").id
    assert e.system("S2").id == parse_system("MgH2").id


def test_explicit_host_and_additives_equal_the_notation():
    e = load_entry_file(FIX / "entry_li_electrolyte.json")
    assert e.system("E1").id == parse_system("3LiBH4–LiI").id
    assert e.system("E1").host.formula == "LiBH4"


def test_flags_keep_unusual_but_possible_values():
    e = load_entry_file(FIX / "entry_li_electrolyte.json")
    (flag,) = e.flags
    assert flag.path == "samples[0].measurements[1].value" and "100 %" in flag.message


def test_bad_values_are_refused_with_field_paths():
    with pytest.raises(EntryValidationError) as exc:
        load_entry_file(FIX / "entry_bad_values.yaml")
    errs = {i.path: i.message for i in exc.value.issues}
    assert "entry_bad_values.yaml" in str(exc.value)
    assert "theoretical" in errs["samples[0].measurements[0].value"]
    assert "absolute zero" in errs["samples[0].measurements[1].value"]
    assert "does not fit" in errs["samples[0].measurements[2].unit"]
    assert "Unobtainium12" in errs["samples[1].additives[0].formula"]
    assert "cannot exceed 100" in errs["samples[1].measurements[0].value"]
    assert "unknown property" in errs["samples[1].measurements[1].property"]
    assert len(errs) == 6


def test_capacity_limit_depends_on_composition():
    # 2LiBH4–MgH2 holds 14.4 wt%: 12 wt% is possible there, not on MgH2
    d = good()
    d["samples"] = [{"id": "A", "system": "2LiBH4–MgH2",
                     "measurements": [{"property": "hydrogen_capacity", "value": 12, "unit": "wt%"}]}]
    d["files"] = []
    assert load_entry(d).system("A").name
    d["samples"][0]["system"] = "MgH2"
    assert "samples[0].measurements[0].value" in errors_of(d)


def test_structural_errors_name_their_path():
    d = good()
    d["samples"][0]["measurements"][0]["colour"] = "grey"
    del d["title"]
    d["samples"][1]["measurements"][0]["unit"] = ""
    errs = errors_of(d)
    assert "samples[0].measurements[0].colour" in errs
    assert "title" in errs


def test_missing_unit_and_missing_file_reference():
    d = good()
    d["samples"][1]["measurements"][0]["unit"] = ""
    d["samples"][0]["measurements"][2]["derived_from"] = "nope.csv"
    errs = errors_of(d)
    assert "needs a unit" in errs["samples[1].measurements[0].unit"]
    assert "nope.csv" in errs["samples[0].measurements[2].derived_from"]


def test_sample_needs_system_or_host_and_unique_ids():
    d = good()
    d["samples"][1]["id"] = "S1"
    assert "samples[1].id" in errors_of(d)
    d = good()
    d["samples"][1]["system"] = "MgH2"
    assert "samples[1]" in errors_of(d)


def test_condition_errors_name_the_condition():
    d = good()
    d["samples"][0]["measurements"][0]["conditions"] = {"temperature": "-500 degC"}
    assert "samples[0].measurements[0].conditions.temperature" in errors_of(d)
    d["samples"][0]["measurements"][0]["conditions"] = {"moon_phase": 3}
    assert "unknown condition" in errors_of(d)["samples[0].measurements[0].conditions.moon_phase"]


def _a_method() -> str:
    terms = vocabulary().terms("SynthesisMethod")
    if not terms:
        pytest.skip("the ontology defines no SynthesisMethod terms yet")
    return sorted(terms, key=lambda t: t.id)[0].label


def test_synthesis_steps_are_typed_and_checked_with_pint():
    d = good()
    d["synthesis"] = [{"method": _a_method(), "sample": "S1", "milling_time": "10 h", "speed": "400 rpm",
                       "ball_to_powder_ratio": "40:1", "atmosphere": "Ar", "temperature": "25 degC"}]
    e = load_entry(d)
    params = step_parameters(e.synthesis[0])
    assert params["milling_time"]["value"] == pytest.approx(
        10 * 60 if canonical_unit("time") == "min" else 10 * 3600 if canonical_unit("time") == "s" else 10)
    assert params["ball_to_powder_ratio"] == 40.0
    e.id = "x"
    (report,) = [r for r in entry_to_batch(e).reports if r.source.section == "S1"]
    assert report.methods and all(vocabulary().get(m).kind == "SynthesisMethod" for m in report.methods)
    d["synthesis"][0]["speed"] = 400          # structural: a number without its unit
    assert "no unit" in errors_of(d)["synthesis[0].speed"]
    d["synthesis"][0]["speed"] = "400 rpm"
    d["synthesis"][0]["milling_time"] = "400 rpm"
    d["synthesis"][0]["method"] = "levitation by wishful thinking"
    d["synthesis"][0]["sample"] = "S9"
    errs = errors_of(d)
    assert "does not fit milling time" in errs["synthesis[0].milling_time.unit"]
    assert "not a SynthesisMethod" in errs["synthesis[0].method"]
    assert "S9" in errs["synthesis[0].sample"]


def test_document_round_trips():
    e = load_entry_file(FIX / "entry_mgh2_ni.yaml")
    again = load_entry(copy.deepcopy(e.document()))
    assert again.document() == e.document()
    assert isinstance(again, LabEntry)


def test_non_mapping_and_unreadable_files_are_clear(tmp_path):
    with pytest.raises(EntryValidationError, match="mapping"):
        load_entry(["not", "an", "entry"])
    bad = tmp_path / "broken.yaml"
    bad.write_text("title: [unclosed\n")
    with pytest.raises(EntryValidationError, match="(?s)broken.yaml.*YAML"):
        load_entry_file(bad)


# ------------------------------------------------------------------------ CLI and the graph
def _hkg(monkeypatch, tmp_path, *argv) -> int:
    from ui.cli import main

    monkeypatch.setenv("HKG_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("HKG_STORE", "ladybug")
    monkeypatch.setenv("HKG_USER", "tester")
    return main(list(argv))


KISSINGER_CSV = b"heating_rate_K_min,T_peak_C\n2,300.1\n5,314.8\n10,326.9\n20,339.5\n"


def _stored_fixture(data_dir: Path) -> Path:
    """The MgH2–Ni fixture with its kissinger.csv in the file store of ``data_dir``.

    The fixture names a file by a made-up sha256; an entry's files must be stored content (as
    'hkg entry attach' leaves them), so the file is stored and the copy names its real digest.
    """
    from kg.entries import EntryRepository

    sha, size = EntryRepository(data_dir).put_file(KISSINGER_CSV)
    doc = good()
    doc["files"][0].update(sha256=sha, size=size)
    out = data_dir / "in"
    out.mkdir(exist_ok=True)
    path = out / "entry_mgh2_ni.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _graph_measurements(tmp_path, entry_id: str) -> list[dict]:
    from kg.store import open_store

    with open_store("ladybug", data_dir=tmp_path, read_only=True) as store:
        return store.query("MATCH (m:Measurement) WHERE m.source_id = $s RETURN m.property AS p, "
                           "m.value AS v, m.derived_from AS f", {"s": source_id(entry_id)})


def test_cli_add_attach_and_graph(monkeypatch, tmp_path, capsys):
    import numpy as np

    assert _hkg(monkeypatch, tmp_path, "entry", "add", str(_stored_fixture(tmp_path)), "--id", "mg1") == 0
    assert len(_graph_measurements(tmp_path, "mg1")) == 4
    T = np.linspace(100, 450, 701)
    y = 0.05 + np.exp(-0.5 * ((T - 300) / 20) ** 2)
    curve = tmp_path / "tpd5.csv"
    curve.write_text("# heating_rate: 5 K/min\nT (°C),signal (a.u.)\n" +
                     "\n".join(f"{a},{b}" for a, b in zip(T, y)))
    assert _hkg(monkeypatch, tmp_path, "entry", "attach", "mg1", str(curve), "--kind", "tpd",
                "--sample", "S1") == 0
    rows = _graph_measurements(tmp_path, "mg1")
    derived = [r for r in rows if r["f"]]
    assert {r["p"] for r in derived} >= {"peak_dehydrogenation_temperature", "onset_dehydrogenation_temperature"}
    from kg.entries import EntryRepository
    repo = EntryRepository(tmp_path)
    doc = repo.get("mg1").document
    (f,) = [f for f in doc["files"] if f["name"] == "tpd5.csv"]
    assert repo.read_file(f["sha256"]) == curve.read_bytes()
    assert [r.action for r in repo.history("mg1")] == ["create", "edit"]
    assert _hkg(monkeypatch, tmp_path, "entry", "edit", "mg1", str(_stored_fixture(tmp_path)), "--base", "1") == 2
    assert "based on revision 1" in capsys.readouterr().err


def test_cli_refuses_bad_entries_and_writes_nothing(monkeypatch, tmp_path, capsys):
    assert _hkg(monkeypatch, tmp_path, "entry", "add", str(FIX / "entry_bad_values.yaml")) == 2
    err = capsys.readouterr().err
    assert "samples[0].measurements[2].unit" in err
    from kg.entries import EntryRepository
    assert EntryRepository(tmp_path).ids() == []


@pytest.mark.slow   # crash run: a write stopped before the graph load, then sync
def test_crash_between_revision_and_graph_load_converges_with_sync(monkeypatch, tmp_path):
    from kg.entries import EntryRepository
    from kg.store import GraphStore

    def boom(self, batch, progress=None):
        raise RuntimeError("simulated crash during the graph load")

    with monkeypatch.context() as m:
        m.setattr(GraphStore, "load", boom)
        assert _hkg(monkeypatch, tmp_path, "entry", "add", str(_stored_fixture(tmp_path)), "--id", "mg1") == 1
    repo = EntryRepository(tmp_path)
    assert repo.get("mg1").revision == 1                 # the revision is durable
    assert [r.entry_id for r in repo.pending()] == ["mg1"]
    assert _hkg(monkeypatch, tmp_path, "entry", "sync") == 0
    first = sorted((r["p"], r["v"]) for r in _graph_measurements(tmp_path, "mg1"))
    assert len(first) == 4 and repo.pending() == []
    # re-running converges: same graph, nothing pending
    (tmp_path / "entries" / "mg1" / "loaded").unlink()
    assert _hkg(monkeypatch, tmp_path, "entry", "sync") == 0
    assert sorted((r["p"], r["v"]) for r in _graph_measurements(tmp_path, "mg1")) == first


def test_strategies_and_mechanisms_link_to_ontology_terms():
    vocab = vocabulary()
    strategies, mechanisms = vocab.terms("Strategy"), vocab.terms("Mechanism")
    if not strategies or not mechanisms:
        pytest.skip("the ontology has no Strategy/Mechanism terms yet")
    s, m = sorted(strategies, key=lambda t: t.id)[0], sorted(mechanisms, key=lambda t: t.id)[0]
    d = good()
    d["samples"][0]["strategies"] = [s.label.upper()]      # labels match case-insensitively
    d["samples"][0]["mechanisms"] = [m.id]
    e = load_entry(d)
    e.id = "x"
    report = entry_to_batch(e).reports[0]
    assert (report.strategies, report.mechanisms) == ([s.id], [m.id])
    d["samples"][0]["mechanisms"] = ["telekinesis"]
    assert "not a Mechanism" in errors_of(d)["samples[0].mechanisms[0]"]


def test_cli_kissinger_from_tpd_files_at_several_heating_rates(monkeypatch, tmp_path, capsys):
    import math

    import numpy as np

    R, ea = 8.314462618, 120_000.0
    assert _hkg(monkeypatch, tmp_path, "entry", "add", str(_stored_fixture(tmp_path)), "--id", "mg1",
                "--no-graph") == 0
    files = []
    T = np.linspace(150, 550, 2001)
    for beta in (2, 5, 10, 20):
        def f(t, beta=beta):
            return math.log(beta / t ** 2) - math.log(1e10 * R / ea) + ea / (R * t)
        lo, hi = 300.0, 1500.0
        for _ in range(200):
            mid = (lo + hi) / 2
            lo, hi = (mid, hi) if f(mid) > 0 else (lo, mid)
        tp_c = (lo + hi) / 2 - 273.15
        p = tmp_path / f"tpd_{beta}K.csv"
        p.write_text(f"# heating_rate: {beta} K/min\nT (°C),signal\n" +
                     "\n".join(f"{a:.4f},{math.exp(-0.5 * ((a - tp_c) / 18) ** 2):.8g}" for a in T))
        files.append(str(p))
    assert _hkg(monkeypatch, tmp_path, "entry", "attach", "mg1", *files, "--kind", "kissinger",
                "--sample", "S1", "--no-graph") == 0
    from kg.entries import EntryRepository
    doc = EntryRepository(tmp_path).get("mg1").document
    ms = doc["samples"][0]["measurements"]
    (k,) = [m for m in ms if m.get("method") == "Kissinger" and m.get("derived_from") == "tpd_2K.csv"]
    assert k["value"] == pytest.approx(120.0, rel=0.02)
    assert len([m for m in ms if m["property"] == "peak_dehydrogenation_temperature"]) == 4
    assert {f["name"] for f in doc["files"]} >= {"tpd_2K.csv", "tpd_20K.csv"}


def test_cli_refuses_files_that_are_not_in_the_file_store(monkeypatch, tmp_path, capsys):
    from kg.entries import EntryRepository

    # the fixture names kissinger.csv by a sha256 nobody stored: 'eln export' could never write it
    assert _hkg(monkeypatch, tmp_path, "entry", "add", str(FIX / "entry_mgh2_ni.yaml"), "--id", "mg1") == 2
    err = capsys.readouterr().err
    assert "entry 'mg1'" in err and "files[0].sha256" in err and "kissinger.csv" in err
    assert "hkg entry attach" in err and "Nothing was written" in err
    repo = EntryRepository(tmp_path)
    assert repo.ids() == [] and repo.pending() == []
    # an edit is refused the same way and leaves the entry as it was
    assert _hkg(monkeypatch, tmp_path, "entry", "add", str(_stored_fixture(tmp_path)), "--id", "mg1",
                "--no-graph") == 0
    capsys.readouterr()
    assert _hkg(monkeypatch, tmp_path, "entry", "edit", "mg1", str(FIX / "entry_mgh2_ni.yaml"), "--base", "1",
                "--no-graph") == 2
    err = capsys.readouterr().err
    assert "entry 'mg1'" in err and "files[0].sha256" in err and "hkg entry attach" in err
    assert [r.revision for r in repo.history("mg1")] == [1]


def test_cli_comment_is_kept_in_the_history(monkeypatch, tmp_path, capsys):
    from kg.entries import EntryRepository

    assert _hkg(monkeypatch, tmp_path, "entry", "add", str(_stored_fixture(tmp_path)), "--id", "mg1",
                "--no-graph", "--comment", "first run of batch 7") == 0
    curve = tmp_path / "tpd5.csv"
    curve.write_text("# heating_rate: 5 K/min\nT (°C),signal (a.u.)\n" +
                     "\n".join(f"{t},{1.0 if t == 300 else 0.1}" for t in range(200, 401, 5)))
    assert _hkg(monkeypatch, tmp_path, "entry", "attach", "mg1", str(curve), "--kind", "tpd", "--sample", "S1",
                "--no-derive", "--no-graph", "--comment", "rerun after recalibration") == 0
    comments = [r.comment for r in EntryRepository(tmp_path).history("mg1")]
    assert comments[0] == "first run of batch 7"
    assert "attached tpd5.csv" in comments[1] and "rerun after recalibration" in comments[1]
    capsys.readouterr()
    assert _hkg(monkeypatch, tmp_path, "entry", "history", "mg1") == 0
    out = capsys.readouterr().out
    assert "first run of batch 7" in out and "rerun after recalibration" in out


def test_a_capacity_fade_above_100_percent_is_refused():
    d = good()
    d["samples"][0]["measurements"][0] = {"property": "capacity_fade", "value": 120, "unit": "%"}
    assert "exceed 100" in errors_of(d)["samples[0].measurements[0].value"]
    d["samples"][0]["measurements"][0] = {"property": "capacity fade", "value": 4, "unit": "%"}
    load_entry(d)   # a fade of 4 % over the cycles is a value like any other


def test_the_capacity_limit_rule_is_the_ontologys():
    """ontology.capacity.hydrogen_capacity_limit: a mixture with every amount given is bounded by its own content,
    one with an additive of unknown amount by its richest component's."""
    from ontology.capacity import hydrogen_capacity_limit, theoretical_hydrogen_capacity
    from ontology.system import parse_system

    given = parse_system("MgH2–10 wt% Ni")
    assert hydrogen_capacity_limit(given) == pytest.approx(theoretical_hydrogen_capacity(given))
    assert hydrogen_capacity_limit(given) < theoretical_hydrogen_capacity("MgH2")
    assert hydrogen_capacity_limit(parse_system("MgH2–Ni")) == pytest.approx(theoretical_hydrogen_capacity("MgH2"))
