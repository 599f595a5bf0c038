"""Forms of published abstracts on hydrides put in scaffolds, each with sentences written for the test (three
or more wordings) and one that must not change:

- a surface area said with a preposition of the scaffold a hydride was put in ("… into two carbon aerogel
  scaffolds with different BET surface areas (700 and 2100 m2/g)") is the scaffold's own, not the confined
  sample's; the confined composite's own surface area stays the composite's;
- the action that puts the sample in its scaffold as the subject of a clause ("In contrast, nanoconfinement into
  the carbon aerogel keeps 80 % …", "Infiltration into the silica brings … down to 280 °C") makes the clause's
  values the passage's host in that scaffold, after a sentence that gave values to the bulk host;
- a processing participle inside a composite's name ("2LiBH4–premilled MgH2", "LiBH4–ball-milled MgH2") says how
  a part was made: the composite stays one sample ("ball-milled MgH2" alone is MgH2);
- "improved from around 30 to 70 %" is a change from the reference to the sample, as "from about 30 to 70 %" is
  ("reached around 70 %" stays one value);
- a hydride or a composite of hydrides named as confined ("Nanoconfined 2LiBH4–MgH2", "Infiltrated NaAlH4") after
  the passage said what it puts its parts in ("nanoconfinement of LiBH4 and MgH2 in a carbon aerogel", "by melt
  infiltration into an ordered mesoporous carbon") is in that scaffold; named as milled or bulk it is not."""
from __future__ import annotations

import pytest
from prose_sentences import component_materials as _components, contract_measurements, the_one


@pytest.mark.parametrize(("text", "value", "scaffold"), [
    ("A LiBH4-KBH4 eutectic was melted into two carbon aerogel scaffolds with close pore sizes (20 and 25 nm) "
     "but unequal BET surface areas (700 and 2100 m2/g).", 2100, "carbon aerogel"),
    ("LiBH4 was melt-infiltrated into an ordered mesoporous carbon having a BET surface area of 1100 m2/g.",
     1100, "ordered mesoporous carbon"),
    ("The NaAlH4 was loaded into a silica scaffold with pores of 8 nm and a surface area of 650 m2/g.",
     650, "mesoporous silica scaffold"),
    ("Mg(BH4)2 was confined in a carbon aerogel host, possessing a specific surface area of about 900 m2/g.",
     900, "carbon aerogel"),
])
def test_a_surface_area_said_of_the_scaffold_is_the_scaffolds(text, value, scaffold):
    row = the_one(contract_measurements(text), value)
    assert _components(row) == {scaffold}, row


@pytest.mark.parametrize("text", [
    "After infiltration of LiBH4 into carbon aerogel, the confined composite has a BET surface area of 120 m2/g.",
    "MgH2 was nanoconfined in carbon aerogel; the resulting composite with a BET surface area of 95 m2/g "
    "released 5 wt% H2.",
])
def test_the_confined_composites_own_surface_area_stays_the_composites(text):
    rows = [r for r in contract_measurements(text) if r["property"] == "specific_surface_area"]
    assert len(rows) == 1 and len(rows[0]["components"]) == 2, rows


@pytest.mark.parametrize(("text", "value", "scaffold"), [
    ("LiBH4–KBH4 was infiltrated into a carbon aerogel scaffold. Bulk LiBH4–KBH4 cycles poorly, retaining 30% of "
     "its capacity after five cycles. In contrast, nanoconfinement into the lightweight carbon aerogel host keeps "
     "about 80% of the initial capacity after five cycles.", 80, "carbon aerogel"),
    ("2LiBH4–MgH2 was infiltrated into a mesoporous silica. The bulk 2LiBH4–MgH2 composite releases hydrogen at "
     "400 °C. Infiltration into the ordered mesoporous silica brings the onset temperature down to 280 °C.",
     280, "mesoporous silica"),
    ("0.7LiBH4–0.3Ca(BH4)2 was melt-infiltrated into an activated carbon. Bulk 0.7LiBH4–0.3Ca(BH4)2 cycles poorly "
     "and keeps 25% of its capacity after three cycles, but nanoconfinement into the microporous activated carbon "
     "keeps 75% after three cycles.", 75, "activated carbon"),
])
def test_confinement_as_the_clauses_subject_puts_its_values_in_the_scaffold(text, value, scaffold):
    rows = contract_measurements(text)
    confined = the_one(rows, value)
    assert scaffold in _components(confined) and len(confined["components"]) >= 2, confined
    bare = [r for r in rows if r["value"] != value]
    assert bare and all(scaffold not in _components(r) for r in bare), bare


def test_confinement_named_inside_the_bulk_samples_clause_leaves_it_bare():
    row = the_one(contract_measurements(
        "LiBH4–KBH4 was infiltrated into a carbon aerogel scaffold. Bulk LiBH4–KBH4, before confinement in the "
        "carbon aerogel, keeps only 30% of its capacity after five cycles."), 30)
    assert _components(row) == {"LiBH4", "KBH4"}, row


@pytest.mark.parametrize("text", [
    "The 2LiBH4–premilled MgH2 composite releases hydrogen in a single step at 345 °C.",
    "Dehydrogenation of 2LiBH4–ball-milled MgH2 starts at 345 °C.",
    "A 2LiBH4–as-received MgH2 mixture desorbs hydrogen at 345 °C.",
    "The 2LiBH4–pre-milled MgH2 sample showed its main desorption peak at 345 °C.",
])
def test_a_participle_inside_a_composites_name_keeps_it_one_sample(text):
    row = the_one(contract_measurements(text), 345)
    assert _components(row) == {"LiBH4", "MgH2"}, row


def test_a_milled_hydride_alone_is_the_hydride():
    row = the_one(contract_measurements("Ball-milled MgH2 releases hydrogen at 345 °C."), 345)
    assert _components(row) == {"MgH2"}, row


@pytest.mark.parametrize("text", [
    "NaAlH4 was melt-infiltrated into a carbon scaffold. The coulombic efficiency of nanoconfined NaAlH4 rose from "
    "around 30 to 70%.",
    "LiAlH4 was melt-infiltrated into a carbon scaffold. In the first cycle the electrochemical reversibility of confined LiAlH4 was "
    "improved from around 30 to 70% compared to that of nonconfined LiAlH4.",
    "MgH2 was milled with 5 wt% Nb2O5. The Nb2O5 raised the capacity retention of MgH2 from roughly 30 to 70%.",
])
def test_a_change_from_around_a_value_is_a_change(text):
    rows = contract_measurements(text)
    start, end = the_one(rows, 30), the_one(rows, 70)
    assert start["qualifier"] == "~" and len(start["components"]) == 1, start
    assert len(end["components"]) == 2, end


def test_around_a_single_value_stays_one_value():
    rows = contract_measurements("NaAlH4 was melt-infiltrated into a carbon scaffold. The coulombic efficiency of "
                                 "nanoconfined NaAlH4 reached around 70%.")
    assert len(rows) == 1 and rows[0]["qualifier"] == "~" and rows[0]["value"] == 70, rows


@pytest.mark.parametrize(("text", "value", "parts"), [
    ("To improve kinetics, nanoconfinement of LiBH4 and MgH2 in a carbon aerogel scaffold is proposed. Nanoconfined "
     "2LiBH4–MgH2 releases hydrogen at 345 °C.", 345, 3),
    ("The samples were made by melt infiltration into an ordered mesoporous carbon. Infiltrated NaAlH4 shows a "
     "first-cycle coulombic efficiency of 70%.", 70, 2),
    ("Melt infiltration of NaBH4 and MgH2 into a silica aerogel was carried out. The confined 2NaBH4–MgH2 desorbs "
     "hydrogen at 350 °C.", 350, 3),
    ("LiBH4 and CaH2 were confined in an ordered mesoporous carbon. Nanoconfined 6LiBH4–CaH2 desorbs hydrogen at "
     "350 °C.", 350, 3),
    ("The hydride was prepared by solvent infiltration into a graphene aerogel. Infiltrated LiAlH4 releases hydrogen "
     "at 150 °C.", 150, 2),
])
def test_a_hydride_named_as_confined_is_in_the_scaffold_the_passage_named(text, value, parts):
    row = the_one(contract_measurements(text), value)
    roles = [c["role"] for c in row["components"]]
    assert len(roles) == parts and roles[-1] == "ScaffoldConfinementHost", row


@pytest.mark.parametrize("text", [
    "Nanoconfinement of LiBH4 and MgH2 in a carbon aerogel scaffold is proposed. Milled 2LiBH4–MgH2 releases "
    "hydrogen at 400 °C.",
    "The samples were made by melt infiltration into an ordered mesoporous carbon. Bulk LiBH4 releases hydrogen "
    "at 400 °C.",
])
def test_a_hydride_named_as_milled_or_bulk_stays_out_of_the_scaffold(text):
    row = the_one(contract_measurements(text), 400)
    assert all(c["role"] != "ScaffoldConfinementHost" for c in row["components"]), row
