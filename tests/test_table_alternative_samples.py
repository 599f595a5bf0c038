"""A table row whose name offers two samples joined by 'or' ('A–B–C or A–B–D') reports its value for each: two
systems of one host, each with its own parts. A name that is one sample with 'or' in it, or that writes the second
sample short ('MgH2–Ni or Co'), stays one row. All tables and values are made up."""
import pytest

from ingest.extract import extract_text
from ui.cli.extract import contract_rows


def _systems(name: str) -> list[str]:
    text = ("# Made-up anodes\n\n## 2. Results\n\n**Table 1.** Made-up hydride anodes compared.\n\n"
            f"| Material | Capacity [mAh g<sup>-1</sup>] |\n|:---|---:|\n| {name} | 777 |\n| MgH2–Si | 1650 |\n")
    return sorted(r["system"] for r in contract_rows(extract_text(text))
                  if r.get("kind") == "measurement" and r["value"] == 777.0)


@pytest.mark.parametrize("name,expected", [
    ("MgH2–TiH2–VGCF or MgH2–TiH2–graphene", ["MgH2–TiH2–graphene", "MgH2–TiH2–vapor-grown carbon fiber"]),
    ("LiBH4–LiI or LiBH4–LiBr", ["LiBH4–LiBr", "LiBH4–LiI"]),
    ("Mg2NiH4–C or Mg2NiH4–Ni", ["Mg2NiH4–C", "Mg2NiH4–Ni"]),
])
def test_two_samples_joined_by_or_are_two_systems(name, expected):
    assert _systems(name) == expected


@pytest.mark.parametrize("name", ["MgH2–Ni or Co", "LiBH4 or LiAlH4"])
def test_near_miss_a_short_or_a_bare_alternative_stays_one_row(name):
    assert len(_systems(name)) == 1


@pytest.mark.parametrize("name", ["LiBH4–LiI or LiBH4–LiBr", "MgH2–Ni or Co"])
def test_the_table_reader_parses_each_notation_of_a_row_once(monkeypatch, name):
    import collections

    from ingest.extraction.tables import tables

    calls: collections.Counter[str] = collections.Counter()
    real = tables.analyse_system

    def counted(text, *args, **kwargs):
        calls[text] += 1
        return real(text, *args, **kwargs)

    monkeypatch.setattr(tables, "analyse_system", counted)
    _systems(name)
    assert calls and max(calls.values()) == 1, calls
