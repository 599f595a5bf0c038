"""A gap report on one host family lists the challenges and outlook directions the source states for
what that family is studied for: a report on an anode-only alanate is no place for the open problems
of hydrogen-storage catalysis. Small rows of our own; no store needed."""
from __future__ import annotations

from kg.gaps import compute_report
from kg.gaps.facts import MeasurementRow, SystemRow
from kg.gaps.model import ReportFilters

SRC = "doi:10.0/made-up"


def _rows():
    systems = [
        SystemRow(id="a", name="LiAlH4 nanosized", host="LithiumAlanate", host_formula="LiAlH4",
                  strategies=["Nanosizing"], sources=[SRC]),
        SystemRow(id="m", name="MgH2–Ni", host="MagnesiumHydride", host_formula="MgH2", additives=["Ni"],
                  strategies=["Catalysis"], sources=[SRC]),
    ]
    measurements = [
        MeasurementRow(id="1", system="a", property="specific_capacity", value=900.0, value_max=None,
                       unit="mAh/g", source=SRC, source_kind="publication"),
        MeasurementRow(id="2", system="m", property="dehydrogenation_activation_energy", value=80.0,
                       value_max=None, unit="kJ/mol", source=SRC, source_kind="publication"),
    ]
    statements = [
        # a storage problem of catalysts, and an anode problem of small particles
        {"challenge": "MechanismNotEstablished", "section": "4.1", "source": SRC, "refs": [],
         "entities": ["Catalysis", "HydrogenStorage"]},
        {"challenge": "ElectrodeVolumeChange", "section": "6.2", "source": SRC, "refs": [],
         "entities": ["Nanosizing", "CoreShellStructuring", "Anode"]},
        # the storage challenge again, in a closing section that names no application: still catalysis
        {"challenge": "MechanismNotEstablished", "section": "9", "source": SRC, "refs": [],
         "entities": ["Catalysis"]},
    ]
    return systems, measurements, statements


def _report(**filters):
    systems, measurements, statements = _rows()
    return compute_report(systems, measurements, statements=statements, filters=ReportFilters(**filters))


def test_a_family_report_keeps_the_challenges_of_what_the_family_is_studied_for():
    report = _report(host_family="LithiumAlanate")
    assert [c.challenge for c in report.challenges] == ["ElectrodeVolumeChange"]
    assert {d.challenge for d in report.outlook} == {"ElectrodeVolumeChange"}


def test_the_whole_graph_keeps_every_stated_challenge():
    report = _report()
    assert sorted(c.challenge for c in report.challenges) == ["ElectrodeVolumeChange", "MechanismNotEstablished"]
    assert {d.challenge for d in report.outlook} == {"ElectrodeVolumeChange", "MechanismNotEstablished"}


def test_a_storage_family_keeps_the_storage_challenge_with_its_sections():
    report = _report(host_family="MagnesiumHydride")
    [c] = report.challenges
    assert c.challenge == "MechanismNotEstablished" and c.sections == ["4.1", "9"]


def test_an_application_report_keeps_that_application_s_challenges_only():
    systems, measurements, statements = _rows()
    # the alanate also has a storage value: the report on anodes still leaves the storage challenge out
    measurements.append(MeasurementRow(id="3", system="a", property="dehydrogenation_activation_energy",
                                       value=95.0, value_max=None, unit="kJ/mol", source=SRC,
                                       source_kind="publication"))
    report = compute_report(systems, measurements, statements=statements,
                            filters=ReportFilters(application="Anode"))
    assert [c.challenge for c in report.challenges] == ["ElectrodeVolumeChange"]
