"""The gap report's own texts (a lab value's conditions against its literature pool, a value set apart from a
contradiction, the worked examples of a gap) print numbers with the one formatter of the UI
(``ontology.units.number_text``: 4 significant digits, a power of ten for the small), never Python's ':g'
('0.0002', '7.66667')."""
from __future__ import annotations

from kg.gaps.facts import MeasurementRow
from kg.gaps.lab import caveats
from ontology.units import range_text
from ontology.vocabulary import vocabulary


def _m(i, value, **conditions):
    prop = "dehydrogenation_activation_energy"
    return MeasurementRow(id=i, system="s", property=prop, value=value, value_max=None,
                          unit=vocabulary().property(prop).unit, source=f"p{i}", source_kind="publication",
                          conditions=conditions)


def test_the_heating_rates_of_a_lab_value_and_its_pool_are_printed_to_four_digits():
    lab = _m("lab", 80.0, heating_rate=7.666666)
    said = caveats(lab, [_m("1", 90.0, heating_rate=2.333333), _m("2", 95.0, heating_rate=12.3456)])
    assert "heating rate 7.667 K/min in the lab vs 2.333–12.35 K/min in the literature" in said
    said = caveats(lab, [_m("1", 90.0)])
    assert "heating rate 7.667 K/min in the lab; not stated for the literature values" in said
    said = caveats(_m("lab", 80.0), [_m("1", 90.0, heating_rate=0.00025)])
    assert "heating rate of the lab value not recorded; literature 2.5 × 10⁻⁴ K/min" in said


def test_range_text():
    assert range_text(250.0, 300.0) == "250–300" and range_text(0.1234567) == "0.1235"
    assert range_text(1.5, 2.0, 6) == "1.5–2"
