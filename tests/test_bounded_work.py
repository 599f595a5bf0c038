"""Bounded work (issue 12, item 5): one input cannot make unbounded work or unbounded answers.

Reproductions: an entry with '+ 1 wt% Ni' × 2000 (22 KB) made one analogs request answer 269–339 MB;
'MgH2 + 60 wt% Ni + 60 wt% Ni' passed the 100 wt% check; a 1 MB title was stored.
"""
from __future__ import annotations

import json

import pytest

from ingest.entries.entry import EntryValidationError, load_entry
from kg.analogs import AnalogQueryError, FeatureIndex, rows_from_batch, search
from ontology import limits
from ontology.models import Amount, Component, GraphBatch, MaterialSystem, Source, SourceRef, SystemReport
from ontology.system import SystemParseError, parse_system

MANY_NI = "MgH2" + " + 1 wt% Ni" * 2000


def _entry(**over) -> dict:
    doc = {"title": "MgH2 with Ni", "author": "A. Researcher",
           "samples": [{"id": "S1", "system": "MgH2 + 5 wt% Ni"}]}
    doc.update(over)
    return doc


def _issues(doc: dict) -> list[str]:
    with pytest.raises(EntryValidationError) as info:
        load_entry(doc)
    return [str(i) for i in info.value.issues if i.severity == "error"]


# ------------------------------------------------------------------------------ systems and entries
def test_the_2000_additive_system_is_refused_naming_the_limit():
    with pytest.raises(SystemParseError, match="at most 500"):
        parse_system(MANY_NI)
    forty = "MgH2" + " + 1 wt% Ni" * 40          # short enough in characters, too many components
    with pytest.raises(SystemParseError, match=f"at most {limits.MAX_COMPONENTS}"):
        parse_system(forty)
    problems = _issues(_entry(samples=[{"id": "S1", "system": MANY_NI}]))
    assert problems and problems[0].startswith("samples[0].system:")


def test_explicit_additives_are_limited_too():
    adds = [{"formula": "Ni", "amount": "0.1 wt%"}] * limits.MAX_COMPONENTS
    problems = _issues(_entry(samples=[{"id": "S1", "host": {"formula": "MgH2"}, "additives": adds}]))
    assert any(p.startswith("samples[0].additives:") and "at most" in p for p in problems), problems


def test_a_component_given_twice_is_refused_and_the_sum_is_checked():
    problems = _issues(_entry(samples=[{"id": "S1", "system": "MgH2 + 60 wt% Ni + 60 wt% Ni"}]))
    assert any(p.startswith("samples[0].system:") and "'Ni' is given 2 times" in p for p in problems)
    assert any("add up to 120 wt%: nothing would be left for the host" in p for p in problems), problems


def test_the_100_wt_percent_check_sees_the_sum_of_different_additives():
    problems = _issues(_entry(samples=[{"id": "S1", "system": "MgH2 + 60 wt% Ni + 50 wt% Fe"}]))
    assert problems == ["samples[0].system: the additives given in wt% add up to 110 wt%: nothing would "
                        "be left for the host; check the amounts"]
    problems = _issues(_entry(samples=[{"id": "S1", "host": {"formula": "MgH2", "amount": "60 wt%"},
                                        "additives": [{"formula": "Ni", "amount": "50 wt%"}]}]))
    assert problems == ["samples[0].host: the wt% amounts add up to 110 wt%, more than 100 wt%; "
                        "check the amounts"]
    # explicit components: the same check
    problems = _issues(_entry(samples=[{"id": "S1", "host": {"formula": "MgH2"}, "additives": [
        {"formula": "Ni", "amount": "60 wt%"}, {"formula": "Ni", "amount": "10 wt%"}]}]))
    assert any("'Ni' is given 2 times" in p for p in problems), problems


def test_sound_amounts_still_pass():
    e = load_entry(_entry(samples=[{"id": "S1", "system": "MgH2 + 40 wt% Ni + 40 wt% Fe"}]))
    assert e.system("S1").name


@pytest.mark.parametrize("field,size", [("title", 1024 ** 2), ("author", 10_000), ("project", 10_000)])
def test_a_1mb_title_and_other_long_short_fields_are_refused(field, size):
    problems = _issues(_entry(**{field: "x" * size}))
    assert problems == [f"{field}: {size:,} characters; at most {limits.MAX_SHORT_TEXT_CHARS:,} are "
                        "allowed here"]


def test_long_text_fields_have_their_own_bound():
    ok = load_entry(_entry(observations=["a" * 50_000]))
    assert len(ok.observations[0]) == 50_000
    problems = _issues(_entry(observations=["ok", "a" * (limits.MAX_LONG_TEXT_CHARS + 1)]))
    assert problems and problems[0].startswith("observations: item [1]:")


def test_list_fields_are_bounded():
    problems = _issues(_entry(tags=["t"] * (limits.MAX_LIST_ITEMS + 1)))
    assert problems[0].startswith("tags:") and "at most" in problems[0]


def test_an_entry_file_past_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    from ingest.entries.entry import load_entry_file

    monkeypatch.setattr(limits, "MAX_ENTRY_FILE_BYTES", 1000)
    f = tmp_path / "big.json"
    f.write_text(json.dumps(_entry(observations=["x" * 2000])))
    with pytest.raises(EntryValidationError, match="at most 1,000 bytes"):
        load_entry_file(f)


# ------------------------------------------------------------------------------------ analogs
def _old_data_index() -> FeatureIndex:
    """A graph holding systems stored before the limits (a 2,000-additive lab sample and its twin)."""
    ni = [Component(formula="Ni", text="1 wt% Ni", term=None, amount=Amount(value=1, unit="wt%"),
                    role="Catalyst", additive_class="Metal") for _ in range(2000)]
    host = Component(formula="MgH2", text="MgH2", term="MagnesiumHydride", role="HostHydride")
    big = MaterialSystem(text=MANY_NI, name="MgH2–" + "–".join(["1 wt% Ni"] * 2000), host=host, additives=ni)
    twin = MaterialSystem(text=MANY_NI + "x", name="MgH2–" + "–".join(["1 wt% Ni"] * 1999), host=host,
                          additives=ni[:1999])
    small = parse_system("MgH2 + 5 wt% Ni")
    batch = GraphBatch(sources=[Source(id="lab:big", kind="lab_entry", title="big"),
                                Source(id="lit", kind="publication", title="paper")])
    for sys_, sid in ((big, "lab:big"), (twin, "lit"), (small, "lit")):
        batch.reports.append(SystemReport(system=sys_,
                                          source=SourceRef(source_id=sid)))
    return FeatureIndex.build(*rows_from_batch(batch))


def test_analogs_of_the_2000_additive_entry_answer_in_bounded_size():
    index = _old_data_index()
    res = search(index, "lab:big", top=10)
    body = json.dumps(res.to_dict())
    assert len(body) < 1024 ** 2, f"{len(body):,} bytes"          # was hundreds of MB
    for a in res.analogs:
        assert len(a.paths) <= limits.MAX_PATHS_PER_ANALOG
        by_facet: dict[str, int] = {}
        for p in a.paths:
            by_facet[p.facet] = by_facet.get(p.facet, 0) + 1
            assert all(len(n.name) <= limits.MAX_PATH_NAME_CHARS for n in p.nodes)
        assert max(by_facet.values()) <= limits.MAX_PATHS_PER_FACET
    assert any(a.paths for a in res.analogs)


def test_top_and_query_text_are_bounded():
    index = _old_data_index()
    with pytest.raises(AnalogQueryError, match=f"at most {limits.MAX_ANALOGS}"):
        search(index, "MgH2 + 5 wt% Ni", top=limits.MAX_ANALOGS + 1)
    with pytest.raises(AnalogQueryError, match="characters; at most"):
        search(index, "MgH2 " * 1000)
