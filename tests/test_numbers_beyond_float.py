"""Numbers no float holds (NaN, ±infinity, a 400-digit integer) in lab entries and .eln records.

JSON from another notebook may carry them (``NaN``, ``1e400``, an integer with hundreds of digits):
a 400-digit field value ended the .eln import in an OverflowError traceback, and NaN or infinity in
a field was stored as ``NaN``/``Infinity`` in the revision file and written into exported archives,
which is not JSON (RFC 8259) and which other ELNs refuse. Preparation parameters took NaN and
infinity as numbers.
"""
from __future__ import annotations

import copy
import json
import re
import zipfile

import pytest

from ingest.entries.entry import LabEntry
from tests.test_eln_safety import META, build

BIG = "1" + "0" * 400
BASE = {"title": "MgH2 milled", "author": "A. Researcher"}


def _strict(text: str):
    """json.loads that refuses NaN and Infinity, as strict JSON readers do."""
    def refuse(name):
        raise ValueError(f"{name} is not JSON")
    return json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize("value,text", [(10 ** 400, BIG), (-(10 ** 400), "-" + BIG),
                                        (float("nan"), "nan"), (float("inf"), "inf")])
def test_a_field_value_no_float_holds_is_kept_as_text(value, text):
    entry = LabEntry.model_validate({**BASE, "fields": [{"name": "batch", "value": value}]})
    assert entry.fields[0].value == text


@pytest.mark.parametrize("step", [
    {"milling_time": {"value": float("nan"), "unit": "h"}},
    {"speed": {"value": float("inf"), "unit": "rpm"}},
    {"ball_to_powder_ratio": float("inf")},
    {"ball_to_powder_ratio": BIG},
    {"ball_to_powder_ratio": f"{BIG}:1"},
])
def test_a_preparation_parameter_must_be_finite(step):
    with pytest.raises(ValueError, match=r"synthesis.0|synthesis\[0\]"):
        LabEntry.model_validate({**BASE, "synthesis": [{"method": "ball milling", **step}]})


def test_an_additive_amount_must_be_finite():
    sample = {"id": "S1", "host": {"formula": "MgH2"}, "additives": [{"formula": "Ni", "amount": float("inf")}]}
    with pytest.raises(ValueError, match="finite"):
        LabEntry.model_validate({**BASE, "samples": [sample]})


def _archive(tmp_path, literal: str):
    meta = copy.deepcopy(META)
    meta["@graph"][2]["variableMeasured"] = [
        {"@type": "PropertyValue", "name": "batch number", "value": "__V__", "unitText": "mm"},
        {"@type": "PropertyValue", "name": "hydrogen capacity", "value": "__V__", "unitText": "wt%"}]
    path = tmp_path / "odd-numbers.eln"
    return build(path, [("crate/exp/a.csv", b"x")], json.dumps(meta).replace('"__V__"', literal))


@pytest.mark.parametrize("literal", [BIG, "-" + BIG, "1e400", "NaN", "-Infinity"])
def test_eln_import_and_export_of_numbers_no_float_holds(tmp_path, monkeypatch, capsys, literal):
    from ui.cli import main

    data = tmp_path / "data"
    monkeypatch.setenv("HKG_DATA_DIR", str(data))
    assert main(["eln", "import", str(_archive(tmp_path, literal)), "--user", "tester", "--no-graph"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    for revision in (data / "entries").glob("*/r*.json"):
        _strict(revision.read_text())           # the stored revision is JSON
    out = tmp_path / "out.eln"
    assert main(["eln", "export", "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as zf:
        for name in zf.namelist():
            if name.endswith(".json"):
                _strict(zf.read(name).decode())  # and so is every JSON file of the archive


@pytest.mark.parametrize("where,document", [
    ("fields[0].value", {**BASE, "fields": [{"name": "batch", "value": float("nan")}]}),
    ("samples[0].measurements[0].value", {**BASE, "samples": [{"id": "S1", "system": "MgH2", "measurements": [
        {"property": "hydrogen_capacity", "value": float("inf"), "unit": "wt%"}]}]}),
])
def test_the_repository_stores_no_nan_or_infinity(tmp_path, where, document):
    from kg.entries import EntryRepository, InvalidEntryError

    repo = EntryRepository(tmp_path)
    with pytest.raises(InvalidEntryError, match=re.escape(where)):
        repo.create(document, author="tester", entry_id="e1")
    assert repo.ids() == [] and not (tmp_path / "entries" / "e1").exists()
