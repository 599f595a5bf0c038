"""'What is untried for LiAlH4 × activation energy?': a report on one property of one host family says
that a host studied for other things has no value of it, instead of 'no gaps' (graphs of our own)."""
from __future__ import annotations

from kg.gaps import ReportFilters, compute_report
from kg.gaps.facts import MeasurementRow, SystemRow

SOURCE = "doi:10.0/invented"


def _system(sid, name, host, formula):
    return SystemRow(id=sid, name=name, host=host, host_formula=formula, sources=[SOURCE])


def _value(mid, system, prop, value, unit):
    return MeasurementRow(id=mid, system=system, property=prop, value=value, value_max=None, unit=unit,
                          source=SOURCE, source_kind="publication")


SYSTEMS = [_system("a1", "LiAlH4–C", "LithiumAlanate", "LiAlH4"),
           _system("a2", "LiAlH4–Ni", "LithiumAlanate", "LiAlH4"),
           _system("m", "MgH2–Co", "MagnesiumHydride", "MgH2")]
VALUES = [_value("1", "a1", "specific_capacity", 1500.0, "mAh/g"),
          _value("2", "a2", "specific_capacity", 900.0, "mAh/g"),
          _value("3", "m", "dehydrogenation_activation_energy", 80.0, "kJ/mol")]


def _gaps(**filters):
    return compute_report(SYSTEMS, VALUES, filters=ReportFilters(**filters)).gaps


def test_a_family_never_measured_for_the_property_is_an_untried_gap():
    (gap,) = _gaps(host_family="LithiumAlanate", property="dehydrogenation_activation_energy")
    assert (gap.kind, gap.host, gap.facet, gap.value) == (
        "untried", "LithiumAlanate", "property", "dehydrogenation_activation_energy")
    assert gap.description.startswith("LiAlH4: no dehydrogenation activation energy reported")
    assert "2 system(s) are studied for anode (specific capacity)" in gap.description


def test_a_host_with_a_value_of_the_property_has_no_such_gap():
    # near miss: MgH2 has an activation energy, so nothing is untried there for it
    assert not [g for g in _gaps(host_family="MagnesiumHydride", property="dehydrogenation_activation_energy")
                if g.facet == "property" and g.kind == "untried"]


def test_without_a_host_family_hosts_lacking_the_property_are_not_listed():
    # a report on one property across every host would list each host studied for something else
    assert not [g for g in _gaps(property="ionic_conductivity") if g.kind == "untried" and g.facet == "property"]


def test_a_report_whose_gaps_have_no_values_prints_no_empty_evidence_heading():
    from ui.report.render import render

    filters = ReportFilters(host_family="LithiumAlanate", property="dehydrogenation_activation_energy")
    text = render(compute_report(SYSTEMS, VALUES, filters=filters), "md")
    assert "LiAlH4: no dehydrogenation activation energy" in text
    assert "### Evidence of the gaps" not in text
