"""Gaps a chemist would propose, contradictions that are real (issue 14, items 1 and 2)."""
from __future__ import annotations

from kg.gaps import compute_report
from kg.gaps.facts import MeasurementRow, SystemRow
from ontology.vocabulary import vocabulary


def host(formula: str) -> str:
    t = vocabulary().by_formula(formula)
    assert t is not None, formula
    return t.id


def strategy(label: str) -> str:
    return vocabulary().lookup(label, "Strategy").id


def m(i, system, prop, value, source="p1", **kw) -> MeasurementRow:
    return MeasurementRow(id=i, system=system, property=prop, value=value, value_max=None,
                          unit=vocabulary().property(prop).unit, source=source, source_kind="publication", **kw)


def test_catalyst_phases_are_never_proposed_as_hosts():
    cat = strategy("catalysis")
    conf = strategy("nanoconfinement")
    mgh, tih, lib, mgb = host("MgH2"), host("TiH2"), host("LiBH4"), host("Mg(BH4)2")
    systems = [SystemRow(id="a", name="MgH2–Nb2O5", host=mgh, host_formula="MgH2", strategies=[cat], sources=["p1"]),
               SystemRow(id="a2", name="Mg(BH4)2–TiF3", host=mgb, host_formula="Mg(BH4)2", strategies=[cat],
                         sources=["p5"]),
               SystemRow(id="b", name="MgH2@C", host=mgh, host_formula="MgH2", strategies=[conf], sources=["p2"]),
               # a by-product phase that an extraction put as the host of a value
               SystemRow(id="c", name="TiH2", host=tih, host_formula="TiH2", sources=["p3"]),
               SystemRow(id="d", name="LiBH4", host=lib, host_formula="LiBH4", sources=["p4"])]
    ms = [m("1", "a", "dehydrogenation_activation_energy", 70.0), m("2", "b", "onset_dehydrogenation_temperature", 250.0, "p2"),
          m("5", "a2", "dehydrogenation_activation_energy", 104.0, "p5"),
          m("3", "c", "hydrogen_release_rate", 1.2, "p3"), m("4", "d", "onset_dehydrogenation_temperature", 380.0, "p4")]
    report = compute_report(systems, ms)
    hosts = {g.host for g in report.gaps}
    assert tih not in hosts                                  # TiH2 is a catalytic phase (hkg:usualRole)
    assert any(g.host == lib and g.value == cat for g in report.gaps)
    gap = next(g for g in report.gaps if g.host == lib and g.value == cat)
    assert gap.application == "HydrogenStorage"
    assert "Mg(BH4)2–TiF3" in gap.description and "104" in gap.description   # why: what worked, with values


def test_gaps_stay_within_one_application():
    sub = strategy("anion substitution")
    lib, mgb = host("LiBH4"), host("Mg(BH4)2")
    systems = [SystemRow(id="e", name="LiBH4–LiI", host=lib, host_formula="LiBH4", strategies=[sub], sources=["p1"]),
               SystemRow(id="f", name="Mg(BH4)2", host=mgb, host_formula="Mg(BH4)2", sources=["p2"])]
    # Mg(BH4)2 is only studied for hydrogen storage here: an electrolyte strategy is not its gap
    ms = [m("1", "e", "ionic_conductivity", 0.1, "p1"),
          m("2", "f", "onset_dehydrogenation_temperature", 250.0, "p2")]
    report = compute_report(systems, ms)
    assert not any(g.host == mgb and g.value == sub for g in report.gaps)


def test_a_factor_of_a_thousand_is_flagged_as_a_unit_slip():
    lib = host("LiBH4")
    systems = [SystemRow(id="g", name="3LiBH4–LiI", host=lib, host_formula="LiBH4", sources=["p1"])]
    ms = [m("1", "g", "ionic_conductivity", 0.0001, "p1", table="Table 3", row=14, conditions={"temperature": 25.0}),
          m("2", "g", "ionic_conductivity", 0.1, "p1", conditions={"temperature": 25.0})]
    report = compute_report(systems, ms)
    slips = [c for c in report.contradictions if c.origin == "probable_unit_error"]
    assert len(slips) == 1 and "10³" in slips[0].tolerance
    assert any(c.origin == "table_vs_text" for c in report.contradictions)


def test_values_at_different_temperatures_or_theory_do_not_contradict():
    lib = host("LiBH4")
    systems = [SystemRow(id="h", name="LiBH4", host=lib, host_formula="LiBH4", sources=["p1", "p2"])]
    ms = [m("1", "h", "ionic_conductivity", 0.001, "p1", conditions={"temperature": 25.0}),
          m("2", "h", "ionic_conductivity", 1.0, "p2", conditions={"temperature": 120.0}),
          m("3", "h", "hydrogen_capacity", 18.5, "p1", theoretical=True),
          m("4", "h", "hydrogen_capacity", 13.5, "p2")]
    report = compute_report(systems, ms)
    assert not [c for c in report.contradictions if c.origin in ("values", "table_vs_text")]


def test_a_composite_family_is_not_proposed_to_another_host():
    """Li-RHC is LiBH4 with MgH2 (hkg:familyHost): 'Li-RHC untried on Mg(BH4)2' is no experiment; the
    reactive-hydride-composite strategy itself still is."""
    rhc, family = strategy("reactive hydride composite"), "LithiumRHC"
    lib, mgb = host("LiBH4"), host("Mg(BH4)2")
    systems = [SystemRow(id="g", name="2LiBH4–MgH2", host=lib, host_formula="LiBH4", strategies=[rhc, family],
                         sources=["p1"]),
               SystemRow(id="h", name="Mg(BH4)2–TiF3", host=mgb, host_formula="Mg(BH4)2", sources=["p2"])]
    ms = [m("1", "g", "hydrogen_capacity", 10.0, "p1"), m("2", "h", "onset_dehydrogenation_temperature", 250.0, "p2")]
    proposed = {(g.host, g.value) for g in compute_report(systems, ms).gaps}
    assert (mgb, rhc) in proposed and (mgb, family) not in proposed
