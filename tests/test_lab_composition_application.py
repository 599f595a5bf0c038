"""'Composition reported' beside a lab value: a storage entry on a pair the literature studied only as
an anode has not been reported for what the lab measured; the report says where it was reported."""
from __future__ import annotations

from kg.gaps import compute_report
from kg.gaps.facts import MeasurementRow, SystemRow
from kg.gaps.model import ReportFilters
from ui.report.render import composition_text, to_markdown

SRC = "doi:10.0/made-up-anodes"


def _report(anode_only: bool):
    lit_prop, lit_unit = (("specific_capacity", "mAh/g") if anode_only
                          else ("dehydrogenation_activation_energy", "kJ/mol"))
    systems = [
        SystemRow(id="p", name="MgH2@X2O5", host="MagnesiumHydride", host_formula="MgH2", additives=["X2O5"],
                  sources=[SRC]),
        SystemRow(id="q", name="MgH2–Co", host="MagnesiumHydride", host_formula="MgH2", additives=["Co"],
                  sources=[SRC]),
        SystemRow(id="lab", name="MgH2 + 5 wt% X2O5", host="MagnesiumHydride", host_formula="MgH2",
                  additives=["X2O5"]),
    ]
    measurements = [
        MeasurementRow(id="1", system="p", property=lit_prop, value=150.0, value_max=None, unit=lit_unit,
                       source=SRC, source_kind="publication"),
        MeasurementRow(id="2", system="q", property="dehydrogenation_activation_energy", value=90.0,
                       value_max=None, unit="kJ/mol", source=SRC, source_kind="publication"),
        MeasurementRow(id="3", system="lab", property="dehydrogenation_activation_energy", value=75.0,
                       value_max=None, unit="kJ/mol", source="lab:e1", source_kind="lab_entry", title="e1"),
    ]
    return compute_report(systems, measurements, filters=ReportFilters())


def test_a_pair_reported_only_as_an_anode_is_not_reported_for_storage():
    report = _report(anode_only=True)
    [c] = report.lab
    assert c.composition_reported is False and c.composition_reported_for == ["Anode"]
    assert composition_text(c) == "no (reported for anode)"
    assert "no (reported for anode)" in to_markdown(report)


def test_a_pair_reported_for_storage_is_reported():
    [c] = _report(anode_only=False).lab
    assert c.composition_reported is True and composition_text(c) == "yes"
