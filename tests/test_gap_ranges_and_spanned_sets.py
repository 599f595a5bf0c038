"""kg/ui leftovers of issue 10: a lab value recorded as a range is printed with both ends in the gap report, and two
values of a method derived across a condition (Kissinger energies from several heating rates) taken over different
sets of it carry a caveat saying so, even where the sets overlap."""
from __future__ import annotations

from kg.gaps.model import LabComparison
from ontology.comparability import compare_conditions
from ui.report.render import lab_value_text


def _lab(**more) -> LabComparison:
    return LabComparison(entry="e1", entry_title="TPD run", system="MgH2–5 wt% Nb2O5",
                         property="onset_dehydrogenation_temperature", unit="degC", n_literature=0, **more)


def test_a_lab_range_is_printed_with_both_ends():
    assert lab_value_text(_lab(value=325.0, value_range=(300.0, 350.0))).startswith("300–350 °C")
    assert lab_value_text(_lab(value=0.15, value_range=(0.1, 0.2), uncertainty=None)).startswith("0.1–0.2 °C")


def test_a_single_lab_value_stays_one_number():
    assert lab_value_text(_lab(value=325.0)).startswith("325 °C")


def test_kissinger_energies_from_overlapping_but_different_heating_rate_sets_get_a_caveat():
    for a, b in (((2.0, 10.0), (5.0, 20.0)), ((1.0, 8.0), (2.0, 8.0)), ((5.0, 15.0), (5.0, 25.0))):
        check = compare_conditions("dehydrogenation_activation_energy", {"heating_rate": a}, {"heating_rate": b},
                                   method_a="Kissinger", method_b="Kissinger")
        assert check.comparable and any("heating rate sets" in c for c in check.caveats), (a, b, check)


def test_near_miss_the_same_set_or_no_spanning_method_gives_no_set_caveat():
    same = compare_conditions("dehydrogenation_activation_energy", {"heating_rate": (2.0, 10.0)},
                              {"heating_rate": (2.0, 10.0)}, method_a="Kissinger", method_b="Kissinger")
    assert same.comparable and not same.caveats
    # two temperatures read at nearly one heating rate: within the window, and no method derived across it
    close = compare_conditions("onset_dehydrogenation_temperature", {"heating_rate": 5.0}, {"heating_rate": 5.2})
    assert close.comparable and not any("sets" in c for c in close.caveats)
