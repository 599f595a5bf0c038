"""A number glued before a polymer's name ('LiBH4–5PMMA', '10PEO') is no molar ratio: a chain has no formula unit,
so the count is the source's own share in a unit it does not write. The part keeps its name as written and gets
no amount (a value without a unit does not exist); a count before a compound with a formula stays its ratio."""
import pytest

from tests.extracted import records


def _parts(text: str) -> dict[str, tuple]:
    rows = records(text)
    assert rows, text
    return {c["material"]: (c["amount"], c["amount_unit"]) for r in rows for c in r["components"]}


@pytest.mark.parametrize("text, polymer", [
    ("A melt-treated LiBH4–5PMMA electrolyte conducts Li+ at 0.35 mS cm-1 at 25 °C.", "PMMA"),
    ("Blending gave LiBH4–10PEO, whose Li-ion conductivity reached 0.21 mS cm-1 at 60 °C.", "PEO"),
    ("The electrolyte Mg(BH4)2–3PEO showed a conductivity of 0.012 mS cm-1 at 70 °C.", "PEO"),
])
def test_count_before_a_polymer_is_no_ratio(text, polymer):
    parts = _parts(text)
    assert polymer in parts, parts
    assert parts[polymer] == (None, None)


def test_count_before_a_compound_stays_its_ratio():
    # near miss: a count before a formula is a molar ratio as before
    parts = _parts("The pellet of LiBH4–2LiI conducts Li+ at 0.18 mS cm-1 at 30 °C.")
    assert parts.get("LiI") == (2.0, "ratio"), parts
