"""The span of temperatures a study was run over ("the hydrogenation was studied in the temperature range of
90–160 °C") is the study's setting, no temperature of the sample: no record (real abstracts of two sets read its low
end as a hydrogenation or decomposition temperature, session 41). A span the sentence says the sample did something
in ("desorption took place in the temperature range of 230–310 °C") stays a value. Sentences made up."""
import pytest

from ingest.extract import extract_text
from ui.cli.extract import contract_rows


def _values(text: str) -> set[float]:
    return {r["value"] for r in contract_rows(extract_text(f"# Made-up study\n\n## Results\n\n{text}\n"))
            if r.get("kind") == "measurement"}


@pytest.mark.parametrize("sentence,low", [
    ("The hydrogenation of NaAlH4 doped with 2 mol% TiCl3 was studied in the temperature range of 90–160 °C under "
     "10 MPa of hydrogen.", 90.0),
    ("Decomposition of LiBH4 and of LiBH4–SiO2 was followed by thermogravimetry in the temperature range from 250 to "
     "450 °C.", 250.0),
    ("Hydrogen absorption by Mg2Ni was investigated over the temperature range 150–300 °C.", 150.0),
    ("The kinetics of hydrogen release from Ti-doped NaAlH4 were measured at temperatures between 120 and 160 °C.",
     120.0),
])
def test_the_span_a_study_was_run_over_is_no_value_of_the_sample(sentence, low):
    assert low not in _values(sentence)


def test_near_miss_a_span_the_sample_released_hydrogen_in_is_its_value():
    assert 230.0 in _values("Hydrogen desorption of the MgH2–Ni composite took place in the temperature range of "
                            "230–310 °C.")


def test_near_miss_a_value_found_after_the_studied_span_is_kept():
    values = _values("The dehydrogenation of MgH2–Ni was studied in the temperature range of 250–350 °C, and its "
                     "activation energy was 78 kJ/mol.")
    assert 78.0 in values and 250.0 not in values
