"""YAML aliases in an entry file and in the Sources page's editor: a few hundred bytes of anchors and
aliases ('billion laughs') stand for hundreds of millions of values. The parser shares them, but every
walk of the document (its depth check, validation, storing) expanded them: ``hkg entry add`` and the
editor's Preview ran for minutes. Now the document is measured with each shared part counted once and
refused, with the fix, past ``MAX_DOCUMENT_VALUES``; small aliases, which a lab may use, still work."""
from __future__ import annotations

import pytest

from ontology.limits import MAX_DOCUMENT_VALUES

ENTRY = """title: MgH2 ball-milled with Ni
author: A. Tester
samples:
  - id: S1
    system: MgH2 + 5 wt% Ni
    measurements:
      - {property: onset_dehydrogenation_temperature, value: 010, unit: degC, conditions: &rate {heating_rate: 5 K/min}}
      - {property: peak_dehydrogenation_temperature, value: 320, unit: degC, conditions: *rate}
"""


def laughs(levels: int = 7) -> str:
    """Nine aliases of the anchor before, ``levels`` deep: 9**levels strings under 'observations'."""
    lines = ['l0: &l0 ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]']
    lines += [f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]" for i in range(1, levels)]
    return "\n".join(lines) + f"\ntitle: x\nauthor: y\nobservations: *l{levels - 1}\n"


def test_the_bomb_stands_for_more_values_than_the_limit():
    import yaml

    from ingest.entries.bounded_json import value_shape

    assert value_shape(yaml.safe_load(laughs()))[1] > MAX_DOCUMENT_VALUES


def test_entry_file_with_an_alias_bomb_is_refused_naming_the_aliases(tmp_path):
    from ingest.entries.entry import EntryValidationError, load_entry_file

    path = tmp_path / "laughs.yaml"
    path.write_text(laughs(), encoding="utf-8")
    with pytest.raises(EntryValidationError) as exc:
        load_entry_file(path)
    text = str(exc.value)
    assert "aliases" in text and f"{MAX_DOCUMENT_VALUES:,}" in text and "write the values out" in text


def test_entry_file_that_holds_itself_is_refused(tmp_path):
    from ingest.entries.entry import EntryValidationError, load_entry_file

    path = tmp_path / "loop.yaml"
    path.write_text("title: x\nauthor: y\ntags: &t [a, *t]\n", encoding="utf-8")
    with pytest.raises(EntryValidationError, match="holds itself"):
        load_entry_file(path)


def test_a_small_alias_still_works(tmp_path):
    from ingest.entries.entry import load_entry_file

    path = tmp_path / "ok.yaml"
    path.write_text(ENTRY, encoding="utf-8")
    entry = load_entry_file(path)
    m = entry.samples[0].measurements
    assert len(m) == 2 and m[0].conditions == m[1].conditions


def test_the_page_editor_refuses_the_bomb_under_the_entry_box():
    from ui.app import lab_entry as le

    with pytest.raises(le.FieldErrors) as exc:
        le.read_entry_text(laughs())
    assert list(exc.value.errors) == ["entry"]
    assert "aliases" in exc.value.errors["entry"][0]


def test_the_page_editor_reads_numbers_as_the_cli_does(tmp_path):
    """'010' is ten in `hkg entry add` (YAML 1.2); the editor read it as YAML 1.1's octal 8."""
    from ingest.entries.entry import load_entry_file
    from ui.app import lab_entry as le

    path = tmp_path / "ok.yaml"
    path.write_text(ENTRY, encoding="utf-8")
    doc = le.read_entry_text(ENTRY)
    assert doc["samples"][0]["measurements"][0]["value"] == 10
    assert load_entry_file(path).samples[0].measurements[0].value == 10


def test_deep_nesting_is_still_refused():
    from ingest.entries.bounded_json import JsonLimitError, load_yaml

    deep = "a:\n" + "".join("  " * i + "- \n" for i in range(1, 80)) + "  " * 80 + "- x\n"
    with pytest.raises(JsonLimitError, match="levels deep"):
        load_yaml(deep)
