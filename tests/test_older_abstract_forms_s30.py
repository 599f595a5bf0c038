"""Forms of older abstracts and of indexing services' copies: an approximate list printed with the
words "similar to" before each member. Sentences written for these tests."""
import pytest
from prose_sentences import contract_measurements, the_one

_rows, _one = contract_measurements, the_one


# ---------------------------------------------------------------- "similar to X and similar to Y, respectively"
@pytest.mark.parametrize("sentence, first, second", [
    ("The LiBH4–0.2MgCl2 sample shows starting and peak dehydrogenation temperatures of similar to 260 degrees C "
     "and similar to 350 degrees C, respectively.", 260.0, 350.0),
    ("Our LiBH4–0.2MgCl2 blend can give off 5 wt% hydrogen with a starting and peak dehydrogenation temperature of "
     "similar to 262 degrees C and similar to 351 degrees C, respectively.", 262.0, 351.0),
    ("The MgH2-10 wt% TiF3 powder desorbs hydrogen with onset and peak temperatures of approximate to 205 degrees C "
     "and approximate to 268 degrees C, respectively.", 205.0, 268.0),
])
def test_an_indexing_services_approximate_list_pairs_in_order(sentence, first, second):
    rows = _rows(sentence)
    assert _one(rows, first)["property"] == "onset_dehydrogenation_temperature"
    assert _one(rows, first)["qualifier"] == "~"
    assert _one(rows, second)["property"] == "peak_dehydrogenation_temperature"


def test_two_approximate_values_without_respectively_name_no_onset_and_peak():
    rows = _rows("The MgH2-10 wt% TiF3 powder desorbs hydrogen at similar to 205 degrees C and similar to 262 degrees C.")
    assert {r["property"] for r in rows if r["value"] in (205.0, 262.0)} == {"dehydrogenation_temperature"}

