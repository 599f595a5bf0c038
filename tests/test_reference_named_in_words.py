"""The reference a value is compared with, named in words and no formula ('the bulk value', 'that of the pristine
hydride (350 °C)'), is the unmodified host. Sentences written for these tests."""
import pytest
from extracted import records


def rows(text):
    # (the host's formula when the sample has no additive: its name is as written, 'Mg' for bulk Mg)
    return [(r["property"], r["value"], r["system"] if r["additives"] else r["material"])
            for r in records(f"# A test\n\n{text}\n")]


@pytest.mark.parametrize("text,prop,ref,host", [
    ("The desorption enthalpy of the Mg–Pd film is 68 kJ/mol H2, slightly smaller than the bulk value of 75 kJ/mol H2.",
     "reaction_enthalpy", 75.0, "MgH2"),
    ("The Mg–Pd film has an enthalpy of 68 kJ/mol H2, below the value of bulk Mg (75 kJ/mol H2).",
     "reaction_enthalpy", 75.0, "MgH2"),
    ("The onset of MgH2–Nb2O5 is 200 °C, much lower than that of the pristine hydride (350 °C).",
     "onset_dehydrogenation_temperature", 350.0, "MgH2"),
    ("The onset of MgH2–Nb2O5 is 200 °C, much lower than the value of the pristine hydride (350 °C).",
     "onset_dehydrogenation_temperature", 350.0, "MgH2"),
    ("LiAlH4–TiF3 begins to release hydrogen at 90 °C, compared with that of the as-received alanate (150 °C).",
     "onset_dehydrogenation_temperature", 150.0, "LiAlH4"),
])
def test_reference_named_in_words_is_the_bare_host(text, prop, ref, host):
    got = {v: (p, s) for p, v, s in rows(text)}
    assert got.get(ref) == (prop, host), got
    assert len(got) == 2 and all(s != host for v, (p, s) in got.items() if v != ref), got


def test_a_reference_described_at_length_is_not_guessed():
    # "MgH2 milled under argon (360 °C)": the words between the reference and its bracket are too many to
    # tell which sample the bracket is of — no value rather than one on the wrong sample
    got = rows("The peak of MgH2–Ni lies at 280 °C, lower than that of MgH2 milled under argon (360 °C).")
    assert all(s == "MgH2" for p, v, s in got if v == 360.0), got
    assert ("peak_dehydrogenation_temperature", 280.0, "MgH2–Ni") in got, got


def test_a_bracketed_setting_after_a_sample_is_still_a_setting():
    got = rows("The onset of MgH2–Nb2O5 is 200 °C, lower than that of the sample milled for 2 h (at 300 °C).")
    assert [v for _, v, _ in got] == [200.0], got


@pytest.mark.parametrize("text,before,after", [
    ("Adding 0.1 mol LiBH4 to the 2LiNH2–MgH2 system lowered the peak temperature of hydrogen desorption from 260 to "
     "207 °C.", "2LiNH2–MgH2", "2LiNH2–MgH2–0.1LiBH4"),
    ("The addition of 0.1LiBH4 to 2LiNH2–MgH2 decreased the onset temperature from 190 to 150 °C.",
     "2LiNH2–MgH2", "2LiNH2–MgH2–0.1LiBH4"),
    ("Adding 0.2 mol LiBH4 to the Mg(NH2)2–2LiH composite reduced the peak temperature from 250 to 215 °C.",
     "Mg(NH2)2–2LiH", "Mg(NH2)2–2LiH–0.2LiBH4"),
])
def test_a_change_starts_from_the_composite_the_addition_was_made_to(text, before, after):
    got = [(v, s) for _, v, s in rows(text)]
    assert [s for _, s in got] == [before, after], got
