"""A value a sentence says a change would bring about ('… would lower the capacity to below 5 wt%'), in a sentence
naming no sample, is a supposition (ingest/extraction/prose/prose.py `_supposed`): no record; the passage's sample keeps
only what it did. 'could' reports what a sample was able to do and stays, and so does a 'would' after the value."""
import pytest

from ingest.extract import extract_text


def _values(text: str) -> list[tuple[str, float]]:
    return [(m.property, m.value) for m in extract_text(text).measurements]


@pytest.mark.parametrize("text, kept", [
    ("Ti-doped MgH2 was ball milled for 10 h. It released 6.1 wt% H2 at 300 °C. Adding larger amounts of the heavy "
     "dopant would lower the usable capacity to less than 5 wt% H2.", [("hydrogen_capacity", 6.1)]),
    ("The Fe-catalysed MgH2 composite was studied by TPD. Its onset temperature was 255 °C. A thicker oxide layer "
     "might raise the onset temperature above 300 °C.", [("onset_dehydrogenation_temperature", 255.0)]),
    ("LiBH4 confined in SBA-15 conducts 0.1 mS cm-1 at 30 °C. Filling the pores completely, in contrast, would drop "
     "the conductivity to about 0.01 mS cm-1.", [("ionic_conductivity", 0.1)]),
])
def test_a_supposed_value_is_no_record(text, kept):
    assert _values(text) == kept


@pytest.mark.parametrize("text, kept", [
    # near misses: 'could' of ability, and a 'would' that comes after the value it does not govern
    ("The MgH2–Ni composite was ball milled for 5 h. After activation, it could release 6.2 wt% H2 within 10 min "
     "at 300 °C.", [("hydrogen_capacity", 6.2)]),
    ("The Nb2O5-doped MgH2 sample was tested. It released 6.5 wt% H2 at 250 °C, which would make it attractive "
     "for onboard use.", [("hydrogen_capacity", 6.5)]),
])
def test_a_value_the_sample_gave_stays(text, kept):
    assert _values(text) == kept
