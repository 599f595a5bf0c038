"""Two ways a value found the wrong sample on real abstracts of several pools (session 41, issue 10), each written
here in made-up sentences.

A list of values paired 'respectively' with the materials one milling put together ("the milling of A and B for
2 and 10 h gave X and Y, respectively"): the materials are the parts of one sample, the values pair with the
milling times, all on that one sample — never A's value and B's value.

A value said of a whole group of the passage's samples ("all five mixtures …", "each of these composites …"):
the set's span or shared figure, no one member's — no record, rather than the paragraph's last sample's."""
import pytest

from ingest.extract import extract_text
from ui.cli.extract import contract_rows


def _rows(text: str) -> list[dict]:
    return [r for r in contract_rows(extract_text(f"# Made-up study\n\n## Results\n\n{text}\n"))
            if r.get("kind") == "measurement"]


def _additives(r: dict) -> set[str]:
    return {c["material"] for c in r["components"] if c["role"] != "HostHydride"}


@pytest.mark.parametrize("sentence,host,added,values", [
    ("Milling of LiBH4 and SiO2 for 2 and 10 h gave hydrogen capacities of 8.1 and 9.3 wt%, respectively.",
     "LiBH4", "SiO2", (8.1, 9.3)),
    ("Planetary milling of MgH2 and PMMA for 4 and 16 h yielded 6.4 and 6.0 wt% of hydrogen at 280 °C, "
     "respectively.", "MgH2", "PMMA", (6.4, 6.0)),
    ("Mixing NaAlH4 and CeCl3 for 1 and 3 h lowered the onset of hydrogen release to 140 and 125 °C, "
     "respectively.", "NaAlH4", "CeCl3", (140.0, 125.0)),
])
def test_a_list_paired_with_what_one_milling_put_together_stays_on_that_sample(sentence, host, added, values):
    rows = {r["value"]: r for r in _rows(sentence)}
    for v in values:
        assert rows[v]["material"] == host, (v, rows[v]["system"])
        assert added in _additives(rows[v]), (v, rows[v]["system"])


def test_near_miss_two_samples_named_apart_still_pair_one_each():
    rows = {r["value"]: r for r in _rows(
        "Pure LiBH4 and LiBH4 milled with SiO2 released 7.4 and 9.0 wt% of hydrogen, respectively.")}
    assert _additives(rows[7.4]) == set()
    assert _additives(rows[9.0]) == {"SiO2"}


@pytest.mark.parametrize("text,value", [
    ("2LiBH4–MgH2 was milled for 5 h. The same route gave 2NaBH4–MgH2 and then Ca(BH4)2–MgH2. All five "
     "borohydride mixtures we have studied so far release their hydrogen close to 320 °C.", 320.0),
    ("The structures of LiBH4 and NaBH4 were relaxed first. KBH4, RbBH4 and CsBH4 were treated next. All these "
     "borohydrides turn out to be insulators, with band gaps between 5.6 and 6.9 eV.", 5.6),
    ("NaAlH4 doped with TiCl3 was made first. A CeCl3-doped NaAlH4 was made later. Each of the doped alanates "
     "absorbed 4.3 wt% of hydrogen at 115 °C.", 4.3),
    ("Pd-capped Mg films and Mg–Ni films were grown by sputtering. In all the films, the metals combine into "
     "intermetallic phases once they are hydrogenated above 480 K.", 206.85),
])
def test_a_value_of_a_whole_group_of_samples_is_no_one_samples(text, value):
    assert not [r for r in _rows(text) if r["value"] == value]


def test_near_miss_a_group_shared_out_to_the_samples_named_side_by_side_stays_each_ones():
    rows = _rows("The reactive composites 2LiBH4–MgH2, 2NaBH4–MgH2 and Ca(BH4)2–MgH2 were milled under argon. "
                 "All three composites gave off their hydrogen in one broad step near 360 °C.")
    assert {r["material"] for r in rows if r["value"] == 360.0} == {"LiBH4", "NaBH4", "Ca(BH4)2"}


def test_near_miss_a_group_of_one_prepared_sample_is_that_samples():
    rows = _rows("MgH2 was milled with 5 wt% Ni for 10 h. All the milled samples released 6.5 wt% of hydrogen at "
                 "300 °C.")
    got = [r for r in rows if r["value"] == 6.5]
    assert got and got[0]["material"] == "MgH2" and _additives(got[0]) == {"Ni"}


def test_near_miss_a_sample_named_after_the_groups_words_takes_the_value():
    rows = _rows("MgH2–Ni, MgH2–Co and MgH2–Fe were made by milling. Of all the composites, MgH2–Ni released "
                 "the most hydrogen, 6.2 wt% at 300 °C.")
    got = [r for r in rows if r["value"] == 6.2]
    assert got and _additives(got[0]) == {"Ni"}
