"""Ni–MH negative-electrode papers (Mg2Ni-type and La–Mg–Ni alloys): the notations they write their figures
by and the samples they name. Passages written for these tests."""
import pytest

from tests.extracted import records


def _facts(text: str) -> list[tuple[str, float, str, dict]]:
    return [(r["property"], r["value"], r["system"], r.get("conditions") or {}) for r in records(text + "\n")]


@pytest.mark.parametrize("text, fact", [
    ("The Mg2Ni0.9Co0.1 electrode kept an S50 of 64% in 6 M KOH.",
     ("capacity_retention", 64.0, "Mg2Ni0.9Co0.1", {"cycles": 50.0})),
    ("After cycling, S100 of the annealed La0.8Mg0.2Ni3.4 alloy electrode reached 81.5%.",
     ("capacity_retention", 81.5, "La0.8Mg0.2Ni3.4", {"cycles": 100.0})),
    ("For the Mg1.9Al0.1Ni electrode, HRD600 amounts to 47 %.",
     ("high_rate_dischargeability", 47.0, "Mg1.9Al0.1Ni", {"current_density": 600.0})),
    ("The melt-spun Mg2Ni0.8Mn0.2 ribbons gave HRD1200 = 39%.",
     ("high_rate_dischargeability", 39.0, "Mg2Ni0.8Mn0.2", {"current_density": 1200.0})),
])
def test_a_notation_with_its_condition_glued_on_is_the_property_at_that_condition(text, fact):
    prop, value, system, conditions = fact
    got = [f for f in _facts(text) if f[0] == prop and f[1] == value]
    assert got and got[0][2] == system and all(got[0][3].get(k) == v for k, v in conditions.items()), _facts(text)


def test_near_miss_a_sample_named_s_and_a_digit_stays_a_sample_name():
    # 'S2' names a sample: no retention after two cycles is read into it
    facts = _facts("Powders S1 and S2 were milled for 10 h; S2 gave off 5.1 wt% H2 and lost 12% of it on cycling.")
    assert not any(f[0] == "capacity_retention" for f in facts), facts


def test_near_miss_a_notation_with_no_per_cent_value_after_it_is_not_rewritten():
    from ingest.glued_conditions import glued_condition_notations
    assert glued_condition_notations("The S100 grade steel holder was used; the alloy took up 3.1 wt% H2.") == []
    assert glued_condition_notations("S100 of the alloy was 82%.") == [(0, 4, "capacity retention after 100 cycles")]
