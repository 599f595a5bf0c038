"""'Gap report for Mg(BH4)2': a report narrowed to one host still judges it against its siblings
(LiBH4), and a strategy only the bare host's sources discuss is no evidence that it worked there
(graphs of our own)."""
from __future__ import annotations

from kg.gaps import ReportFilters, compute_report
from kg.gaps.facts import MeasurementRow, SystemRow

SOURCE = "doi:10.0/invented"


def _system(sid, name, host, formula, classes=(), strategies=(), additives=()):
    return SystemRow(id=sid, name=name, host=host, host_formula=formula, additive_classes=list(classes),
                     strategies=list(strategies), additives=list(additives), additive_ids=list(additives),
                     sources=[SOURCE])


def _value(mid, system, value):
    return MeasurementRow(id=mid, system=system, property="ionic_conductivity", value=value, value_max=None,
                          unit="mS/cm", source=SOURCE, source_kind="publication", conditions={"temperature": 25.0})


LI = ("LithiumBorohydride", "LiBH4")
MG = ("MagnesiumBorohydride", "Mg(BH4)2")
SYSTEMS = [_system("l1", "LiBH4–KI", *LI, classes=["Halide"], strategies=["AnionSubstitution"], additives=["KI"]),
           _system("l2", "LiBH4–CsBr", *LI, classes=["Halide"], strategies=["AnionSubstitution"], additives=["CsBr"]),
           _system("lb", "LiBH4", *LI, strategies=["LightDriving"]),          # the bare host: a topic, no sample
           _system("m1", "Mg(BH4)2–SiO2", *MG, classes=["Oxide"], strategies=["Nanoconfinement"], additives=["SiO2"])]
VALUES = [_value("1", "l1", 0.2), _value("2", "l2", 0.3), _value("3", "lb", 0.001), _value("4", "m1", 0.01)]


def _gaps(**filters):
    return [(g.host, g.value) for g in compute_report(SYSTEMS, VALUES, filters=ReportFilters(**filters)).gaps]


def test_a_one_host_report_still_finds_what_its_siblings_tried():
    gaps = _gaps(host_family="MagnesiumBorohydride")
    assert ("MagnesiumBorohydride", "Halide") in gaps and ("MagnesiumBorohydride", "AnionSubstitution") in gaps
    assert all(host == "MagnesiumBorohydride" for host, _ in gaps)      # LiBH4's own gaps are not asked for


def test_the_family_report_and_the_one_host_report_agree_on_that_host():
    # near miss: the wider family report was already right; the one-host report must say the same
    wide = {g for g in _gaps(host_family="Borohydride") if g[0] == "MagnesiumBorohydride"}
    assert wide == set(_gaps(host_family="MagnesiumBorohydride"))


def test_a_strategy_only_the_bare_host_carries_is_no_gap_for_its_siblings():
    assert ("MagnesiumBorohydride", "LightDriving") not in _gaps()


def test_a_report_works_out_what_its_systems_are_studied_for_once(monkeypatch):
    """What each system is studied for (promise.applications_of) serves the gaps of both facets, the
    statements in scope and the challenges' coverage: one computation per report on the report's rows
    (the lab comparison reads other rows, the published ones)."""
    import kg.gaps
    from kg.gaps import challenges, promise

    calls = []
    real = promise.applications_of

    def counted(systems, measurements):
        calls.append(len(systems))
        return real(systems, measurements)

    for module in (kg.gaps, challenges, promise):
        if hasattr(module, "applications_of"):
            monkeypatch.setattr(module, "applications_of", counted)
    statements = [{"challenge": "IonicConductivity", "section": "1", "entities": ["LithiumBorohydride"]}]
    plain = compute_report(SYSTEMS, VALUES, statements=statements)
    assert calls == [len(SYSTEMS)] and plain.gaps
    calls.clear()
    compute_report(SYSTEMS, VALUES, statements=statements, filters=ReportFilters(application="SolidElectrolyte"))
    assert len(calls) == 1
