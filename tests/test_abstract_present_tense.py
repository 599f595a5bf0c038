"""Abstracts tell their own work in the present: 'we synthesize X and ball mill it with MgH2', 'we prepare X
and introduce them into MgH2', 'X was used to improve LiAlH4', 'we use X to enhance LiAlH4'. The sample they
make is the host with that additive, for the values that follow. And a value whose words name a property only
in part ('the hydrogen storage properties …, which releases 4.5 wt%') is of the broader property, not of a
narrower one whose name shares those words."""
import pytest

from ingest.extract import extract_text


def _rows(text):
    return [(m.property, m.system.host.formula, tuple(a.formula for a in m.system.additives))
            for m in extract_text(text).measurements]


@pytest.mark.parametrize("text, additive", [
    ("We synthesize a TiO2 catalyst and ball mill it with MgH2. The catalyzed MgH2 absorbs 6.0 wt% H2 at 200 °C.",
     "TiO2"),
    ("Here, we prepare Nb2O5 nanosheets and introduce them into MgH2. The MgH2 sample absorbs 6.0 wt% H2 at 200 °C.",
     "Nb2O5"),
    ("We fabricate Ni@C nanospheres and mix them with LiBH4. The LiBH4 sample releases hydrogen from 220 °C.",
     "Ni@C"),
    ("We grow CeO2 nanorods hydrothermally and incorporate them into NaAlH4. The doped NaAlH4 releases 4.1 wt% H2 "
     "at 150 °C.", "CeO2"),
])
def test_the_authors_making_then_putting_in_the_present(text, additive):
    rows = _rows(text)
    assert rows and all(additive in adds for _, _, adds in rows), rows


@pytest.mark.parametrize("text", [
    "A CoFe2O4 additive was used to improve LiAlH4. LiAlH4 begins to decompose at 80 °C.",
    "We use CoFe2O4 to improve LiAlH4. LiAlH4 begins to decompose at 80 °C.",
    "CoFe2O4 nanoparticles were employed to enhance LiAlH4, which then begins to decompose at 80 °C.",
])
def test_an_additive_used_to_improve_the_host(text):
    rows = _rows(text)
    assert rows and all("CoFe2O4" in adds for _, _, adds in rows), rows


@pytest.mark.parametrize("text", [
    "We prepare MgH2 and measure it. MgH2 absorbs 6.0 wt% H2 at 200 °C.",      # no additive made
    "We use X-ray diffraction to improve our view of MgH2, which releases 7.0 wt% H2 at 350 °C.",
    "We synthesize TiO2 nanosheets. Pure MgH2 absorbs 6.0 wt% H2 at 200 °C.",  # made, never put in
])
def test_no_additive_where_none_is_put_in(text):
    rows = _rows(text)
    assert rows and all(adds == () for _, _, adds in rows), rows


@pytest.mark.parametrize("text, prop", [
    ("CeO2 improves the hydrogen storage properties of NaAlH4, which releases 4.5 wt% H2 at 150 °C.", "hydrogen_capacity"),
    ("Alloyed with heavy elements, Mg keeps an effective storage capacity below 6 wt% H2.", "hydrogen_capacity"),
    ("The LiBH4–MgH2 composite has a high theoretical capacity of 11 wt% H2.", "hydrogen_capacity"),
    ("The reversible hydrogen storage capacity of MgH2–Ni is 6.1 wt% after 50 cycles.", "reversible_hydrogen_capacity"),
])
def test_a_property_named_in_part_is_the_broader_one(text, prop):
    assert [p for p, _, _ in _rows(text)] == [prop]
