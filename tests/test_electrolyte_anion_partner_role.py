"""A salt of the borohydride conductor's own cation with an oxoanion (LiNO3 with LiBH4), in an electrolyte, is a
substituent of the conductor's lattice, as LiI is: its strategy is anion substitution, and its role says the same (it
had been read as a filler mixed in beside the conductor). An oxide filler stays the conductor's partner. All tables
and values are made up."""
import pytest

from ingest.extract import extract_text
from ui.cli.extract import contract_rows


def _roles(name: str, header: str = "Conductivity [mS cm<sup>-1</sup>]", cell: str = "0.31") -> dict[str, str]:
    text = ("# Made-up electrolytes\n\n## 3. Results\n\n**Table 1.** Made-up hydride electrolytes compared.\n\n"
            f"| Electrolyte | {header} | Temperature [°C] | Refs. |\n|:---|---:|---:|---|\n"
            f"| {name} | {cell} | 45 | [1] |\n")
    rows = [r for r in contract_rows(extract_text(text)) if r.get("kind") == "measurement"]
    assert rows, name
    return {c["material"]: c["role"] for c in rows[0]["components"]}


@pytest.mark.parametrize("name", ["LiBH4/LiNO3", "3LiBH4–LiNO3", "LiBH4–25 mol% LiNO3"])
def test_an_oxoanion_salt_of_the_conductors_cation_is_its_substituent(name):
    assert _roles(name)["LiNO3"] == "DopantSubstituent"


def test_near_miss_an_oxide_filler_stays_the_conductors_partner():
    assert _roles("LiBH4/MgO")["MgO"] == "SolidElectrolytePartner"


def test_near_miss_a_store_keeps_the_salt_as_it_was_read():
    roles = _roles("LiBH4–LiNO3", header="Dehydrogenation temperature (°C)", cell="310")
    assert roles["LiNO3"] != "DopantSubstituent"
