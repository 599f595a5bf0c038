"""An entry whose fields name no sample takes it from its title, read as the extraction reads a paper's
title (``ingest.extraction.prose.prose_context.heading_sample``): 'NaAlH4 with Ti' is NaAlH4 with Ti added, not bare
NaAlH4, and a run label before it ('run 5: …') is no part of the material.

Fixture: tests/fixtures/eln/linked_data_forms.json, retitled here."""
from __future__ import annotations

import copy

import pytest

from ontology.system import parse_system
from tests.test_eln_more_elns import build, fixture, mapped


def _titled(tmp_path, title: str):
    spec = copy.deepcopy(fixture("linked_data_forms"))
    run = next(n for n in spec["metadata"]["@graph"] if n["@id"] == "./run-1/")
    run["name"] = title
    return mapped(build(tmp_path, "titled", spec))[1]["./run-1/"]


@pytest.mark.parametrize(("title", "host", "additives"), [
    ("NaAlH4 with Ti", "NaAlH4", {"Ti"}),
    ("run 5: NaAlH4 with Ti", "NaAlH4", {"Ti"}),
    ("NaAlH4 with 4 mol% TiCl3", "NaAlH4", {"TiCl3"}),
    ("Mg2NiH4 run 1", "Mg2NiH4", set()),                # what read well before still does
])
def test_the_title_gives_the_sample_with_its_additive(tmp_path, title, host, additives):
    m = _titled(tmp_path, title)
    (sample,) = m.document["samples"]
    system = parse_system(sample["system"])
    assert system.host is not None and system.host.formula == host
    assert {a.formula for a in system.additives} == additives
    assert dict(m.explain)[f"sample s1: {sample['system']}"] == f"named by the title '{title}'"


def test_a_title_naming_no_material_gives_no_sample(tmp_path):
    spec = copy.deepcopy(fixture("linked_data_forms"))
    run = next(n for n in spec["metadata"]["@graph"] if n["@id"] == "./run-1/")
    run["name"], run["keywords"] = "Calibration of the balance", []
    m = mapped(build(tmp_path, "untitled", spec))[1]["./run-1/"]
    assert m.document["samples"] == []


def _entry(system: str, capacity: float) -> dict:
    return {"title": "a run", "author": "tester", "samples": [{"id": "s1", "system": system, "measurements": [
        {"property": "hydrogen_capacity", "value": capacity, "unit": "wt%"}]}]}


@pytest.mark.parametrize("system", ["NaAlH4–Ti", "NaAlH4 + TiCl3"])
def test_an_additive_without_amount_bounds_the_capacity_by_the_host(system):
    """A catalyst named without its amount is no mole per mole of host: the host's own content (7.5 wt%
    for NaAlH4) bounds the capacity, not the 1:1 mixture's (under 4 wt%), which refused real values."""
    from ingest.entries.entry import load_entry

    assert load_entry(_entry(system, 4.6)).samples[0].system == system


def test_a_capacity_above_every_components_content_is_still_refused():
    from ingest.entries.entry import EntryValidationError, load_entry

    with pytest.raises(EntryValidationError, match="above the theoretical hydrogen content"):
        load_entry(_entry("NaAlH4–Ti", 9.0))
    with pytest.raises(EntryValidationError, match="above the theoretical hydrogen content"):
        load_entry(_entry("NaAlH4–50 wt% Ti", 4.6))        # an amount given: the mixture bounds it
