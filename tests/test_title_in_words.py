"""A title names its materials in words as often as by formula ("Catalytic effect of nickel nanoparticles on
magnesium hydride"): its sample is read all the same. Titles and sentences written for the test."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def systems(doc: str) -> dict[float, list[str]]:
    return {r["value"]: [c["material"] for c in r["components"]] for r in contract_rows(extract_text(doc))
            if r.get("kind") == "measurement"}


@pytest.mark.parametrize("title, body, value, parts", [
    ("Catalytic effect of nickel nanoparticles on the dehydrogenation of magnesium hydride",
     "The onset temperature is reduced to 210 °C.", 210.0, ["MgH2", "Ni"]),
    ("Magnesium hydride doped with titanium dioxide nanosheets",
     "The composite absorbs 5.1 wt% H2 within 10 min at 200 °C.", 5.1, ["MgH2", "TiO2"]),
    ("Effect of graphene on the hydrogen storage of magnesium borohydride",
     "The composite starts to desorb at 180 °C.", 180.0, ["Mg(BH4)2", "graphene"]),
    ("Enhanced hydrogen storage of lithium borohydride confined in mesoporous carbon",
     "The hydride starts to release hydrogen at 220 °C.", 220.0, ["LiBH4", "mesoporous carbon"]),
])
def test_a_title_in_words_names_the_sample(title, body, value, parts):
    assert systems(f"# {title}\n\n{body}\n")[value] == parts


def test_a_title_in_words_without_a_modification_is_the_bare_host():
    got = systems("# Hydrogen storage properties of magnesium hydride thin films\n\n"
                  "The films absorb 5.1 wt% H2 at 200 °C.\n")
    assert got[5.1] == ["MgH2"]
