"""A word the labels say only right before one function word ('the bulk of …', 'most of …', 'sets in') names their
property only when the text says it so: 'for the bulk' is the material in its bulk state, no main release."""
import pytest

from ingest.extraction.values.property_cues import other_properties_named

PEAK = "peak_dehydrogenation_temperature"


@pytest.mark.parametrize("words", [
    " the bulk of the hydrogen release happened at",
    " most of the hydrogen released by the doped powder comes off at",
    " the majority of the release in both composites is seen near",
])
def test_a_part_said_before_of_names_the_main_release(words):
    assert PEAK in other_properties_named(words, None)


@pytest.mark.parametrize("words", [
    " hydrogen release from the bulk powder sets off above",
    " the hydrogen released by bulk grains, with the most release seen above",
    " the release is slow for the majority phase and the bulk, above",
])
def test_the_same_word_not_before_of_names_no_main_release(words):
    assert PEAK not in other_properties_named(words, None)


def test_the_value_after_for_the_bulk_is_no_process():
    # near miss of the process read after a value: 'for the bulk' names the reference material, 'for the
    # bulk of the release' the process the value is of
    from ingest.extraction.text.quantity_text import Group
    from ingest.extraction.values.value_roles import _process_after
    text = "Desorption peaks at 350 °C for the bulk"
    g = Group(start=text.index("350"), end=text.index("°C") + 2, numbers=[350.0], unit="°C", kind="single")
    assert _process_after(text, g) is None


@pytest.mark.parametrize("words, named", [
    (" the decomposition sets in near", True),
    (" where desorption sets in at", True),
    # near misses: 'set' not before 'in' is no onset ('a set of runs', 'the set was run in')
    (" a set of decomposition runs in argon near", False),
    (" the desorption set was run in argon at", False),
])
def test_a_phrase_verb_names_the_onset_only_in_its_order(words, named):
    assert ("onset_dehydrogenation_temperature" in other_properties_named(words, None)) is named
