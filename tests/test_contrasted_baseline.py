"""A bare host set against the sample in a clause of its own ("The composite released 6.1 wt%, whereas Mg(BH4)2
released only 2.2 wt%"), or named after the value in a clause set against the one before ("…, whereas it had to be
heated to 150 °C … for the pristine LiAlH4"), is the reference the paper compares with: its value stays on the bare
host, even in a passage about the modified sample (where a bare host named again is otherwise that sample)."""
import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize("text, sample_value, bare_value, host", [
    ("Mg(BH4)2–5 wt% NbF5 was milled for 3 h. The composite released 6.1 wt% H2 at 300 °C, whereas Mg(BH4)2 released "
     "only 2.2 wt%.", 6.1, 2.2, "Mg(BH4)2"),
    ("NaAlH4 doped with 4 mol% CeCl3 was prepared. The doped sample desorbs 4.2 wt% H2 at 160 °C; while NaAlH4 "
     "desorbs only 1.3 wt% at that temperature.", 4.2, 1.3, "NaAlH4"),
    ("LiBH4–30 wt% SiO2 was made by milling. The composite conducts 0.12 mS/cm at 40 °C, while the LiBH4 conducts "
     "only 0.0002 mS/cm.", 0.12, 0.0002, "LiBH4"),
    # (the bare host named after the value, in the contrasting clause: 'for the pristine LiAlH4')
    ("The LiAlH4–3 mol% TiCl3 sample started to decompose at 95 °C, whereas it had to be heated to 150 °C to "
     "decompose for the pristine LiAlH4.", 95.0, 150.0, "LiAlH4"),
    ("Mg(BH4)2 with 5 wt% NbF5 desorbs 4.1 wt% within 1 h at 300 °C, while 2.3 wt% was released under the same "
     "conditions for undoped Mg(BH4)2.", 4.1, 2.3, "Mg(BH4)2"),
    ("The KAlH4–TiF3 composite absorbed 3.2 wt% at 250 °C, but only 1.1 wt% was reached at that temperature for the "
     "pure KAlH4.", 3.2, 1.1, "KAlH4"),
])
def test_the_contrasted_bare_host_keeps_its_value(text, sample_value, bare_value, host):
    rows = contract_measurements(text)
    bare = the_one(rows, bare_value)
    assert [c["material"] for c in bare["components"]] == [host] and bare["baseline"]
    assert len(the_one(rows, sample_value)["components"]) == 2


def test_the_host_named_again_without_a_contrast_is_still_the_sample():
    # near miss: no clause sets the bare host against the sample
    row = the_one(contract_measurements("MgH2–10 wt% Ni was milled for 5 h. After cycling, MgH2 released 5.0 wt% H2 "
                                        "at 300 °C."), 5.0)
    assert [c["material"] for c in row["components"]] == ["MgH2", "Ni"]


def test_a_contrasting_clause_without_a_reference_stays_the_samples():
    # near miss: the clause sets a second value of the same sample against the first, naming no reference
    rows = contract_measurements("The KAlH4–TiF3 composite absorbed 3.2 wt% at 250 °C, whereas it took up 2.1 wt% "
                                 "at 200 °C.")
    assert len(the_one(rows, 2.1)["components"]) == 2
