"""A word of a sample's name before its material that says how it was treated names a strategy when the ontology
gives that word to one (hkg:treatmentLabel) and the sample is used as the strategy applies to: a borohydride
electrolyte named 'heated' was partially dehydrogenated. The same word before a hydrogen store or an anode, or
after the formula, names none. All tables and values are made up."""
import pytest

from ingest.extract import extract_text
from ontology.vocabulary import vocabulary
from ui.cli.extract import contract_rows

_CONDUCTIVITY = "Conductivity [mS cm<sup>-1</sup>]"


def _strategies(name: str, header: str = _CONDUCTIVITY, cell: str = "0.52") -> list[str]:
    text = ("# Made-up hydrides\n\n## 3. Results\n\n**Table 1.** Made-up samples compared.\n\n"
            f"| Sample | {header} | Temperature [°C] | Refs. |\n|:---|---:|---:|---|\n| {name} | {cell} | 35 | [1] |\n")
    rows = [r for r in contract_rows(extract_text(text)) if r.get("kind") == "measurement"]
    assert rows, name
    return rows[0]["strategies"]


def test_the_word_is_the_ontologys():
    assert "heated" in vocabulary().get("PartialDehydrogenation").treatment_labels


@pytest.mark.parametrize("name", ["Heated-350LiBH4", "heated Li2B12H12", "Heat-treated NaBH4/PEO"])
def test_a_heated_borohydride_electrolyte_was_partially_dehydrogenated(name):
    assert "PartialDehydrogenation" in _strategies(name)


@pytest.mark.parametrize("name,header,cell", [
    ("Heated LiBH4", "Dehydrogenation temperature (°C)", "380"),     # a store: heated to release hydrogen
    ("Heated MgH2", "Capacity [mAh g<sup>-1</sup>]", "820"),         # an anode
    ("LiBH4 heated", _CONDUCTIVITY, "0.52"),                          # after the formula: no part of the name's front
    ("Milled LiBH4", _CONDUCTIVITY, "0.52"),                          # a word the ontology gives no strategy
])
def test_near_miss_no_strategy_from_the_word(name, header, cell):
    assert "PartialDehydrogenation" not in _strategies(name, header, cell)
