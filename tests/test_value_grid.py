"""The value grid: the properties other than hydrogen capacities and dehydrogenation temperatures (activation
energies, enthalpy, entropy, plateau pressure, DSC peak and absorption onset temperatures, ionic conductivity in
every printed form, ion migration and hydrogen diffusion barriers, electrode capacities, coulombic efficiency,
capacity retention, particle and crystallite sizes) crossed with the frame that says the value (active verb, passive, nominal 'with a … of',
apposition, equation, a bracket after the property or after the sample, comparisons, 'respectively', 'as low as',
'only', 'reaching', 'amounting to', value first, two sentences). Each cell is written with two systems
(MgH2–5 wt% Nb2O5 and LiBH4–LiI). One test per cell (property × frame), so a frame or a property the value
readers lose shows as a run of failing cells; cells still failing are listed in STILL_FAILING (xfail, strict:
a cell that starts to pass must leave the list). The sentences are our own."""
from __future__ import annotations

import pytest
from grid_cells import failures

from ingest.extract import extract_text

SYSTEMS = [("MgH2–5 wt% Nb2O5", "MgH2", ("Nb2O5",)), ("LiBH4–LiI", "LiBH4", ("LiI",))]  # (as written, host, additives)

# (row, property key, noun phrase, symbol or None, value forms [(as written, value in the stored unit)],
#  the reference's value as written and stored, adjective of a good value)
ROWS = [
    ("ea_des", "dehydrogenation_activation_energy", "apparent activation energy for dehydrogenation", "Ea",
     [("75 kJ/mol", 75.0), ("82 ± 3 kJ mol−1", 82.0)], ("160 kJ/mol", 160.0), "low"),
    ("ea_abs", "hydrogenation_activation_energy", "activation energy for hydrogenation", None,
     [("48 kJ/mol", 48.0), ("53 kJ mol−1", 53.0)], ("95 kJ/mol", 95.0), "low"),
    ("enthalpy", "reaction_enthalpy", "dehydrogenation enthalpy", "ΔH",
     [("68 kJ/mol H2", 68.0), ("71 kJ mol−1 H2", 71.0)], ("76 kJ/mol H2", 76.0), "low"),
    ("entropy", "reaction_entropy", "dehydrogenation entropy", "ΔS",
     [("128 J/(mol K)", 128.0), ("131 J mol−1 K−1", 131.0)], ("138 J/(mol K)", 138.0), "low"),
    ("plateau", "plateau_pressure", "desorption plateau pressure at 300 °C", None,
     [("0.15 MPa", 0.15), ("0.21 MPa", 0.21)], ("0.10 MPa", 0.10), "high"),
    ("dsc_peak", "peak_dehydrogenation_temperature", "DSC peak temperature", None,
     [("312 °C", 312.0), ("327 °C", 327.0)], ("402 °C", 402.0), "low"),
    ("absorption_onset", "hydrogenation_temperature", "onset temperature of hydrogen absorption", None,
     [("95 °C", 95.0), ("120 °C", 120.0)], ("210 °C", 210.0), "low"),
    ("conductivity", "ionic_conductivity", "ionic conductivity at 30 °C", "σ",
     [("1.2 × 10−4 S cm−1", 0.12), ("0.34 mS cm−1", 0.34), ("10^-3 S/cm", 1.0)], ("1.0 × 10−8 S cm−1", 1e-5),
     "high"),
    ("migration", "ion_migration_activation_energy", "activation energy for Li+ migration", None,
     [("0.45 eV", 0.45), ("0.52 eV", 0.52)], ("0.69 eV", 0.69), "low"),
    ("h_diffusion", "hydrogen_diffusion_activation_energy", "hydrogen diffusion barrier", None,
     [("0.48 eV", 0.48), ("0.61 eV", 0.61)], ("0.85 eV", 0.85), "low"),
    ("discharge", "discharge_capacity", "discharge capacity after 50 cycles at 100 mA g−1", None,
     [("850 mAh/g", 850.0), ("912 mAh g−1", 912.0)], ("310 mAh/g", 310.0), "high"),
    ("coulombic", "coulombic_efficiency", "coulombic efficiency", None,
     [("98.5 %", 98.5), ("97 %", 97.0)], ("91 %", 91.0), "high"),
    ("retention", "capacity_retention", "capacity retention after 100 cycles", None,
     [("85 %", 85.0), ("78 %", 78.0)], ("40 %", 40.0), "high"),
    ("particle", "particle_size", "average particle size", None,
     [("200 nm", 200.0), ("350 nm", 350.0)], ("5 μm", 5000.0), "small"),
    ("crystallite", "crystallite_size", "crystallite size", None,
     [("15 nm", 15.0), ("22 nm", 22.0)], ("60 nm", 60.0), "small"),
]
# (frame, template, whether the reference's value is expected on the bare host too)
# {S} the system, {P} the property's noun phrase, {SYM} its symbol, {V} the value, {R} the reference's value,
# {REF} the bare host, {ADJ} the adjective of a good value
FRAMES = [
    ("active", "{S} exhibits a {P} of {V}.", False),
    ("passive_determined", "The {P} of {S} was determined to be {V}.", False),
    ("passive_calculated", "The {P} of {S} was calculated as {V}.", False),
    ("passive_estimated", "The {P} of {S} is estimated at {V}.", False),
    ("nominal_with", "{S} shows improved properties, with a {P} of {V}.", False),
    ("apposition", "For {S}, the {P}, {V}, is the best value in this series.", False),
    ("equation", "For {S}, {SYM} = {V}.", False),
    ("bracket_property", "{S} shows a {ADJ} {P} ({V}).", False),
    ("bracket_sample", "The {P} is best for {S} ({V}).", False),
    ("changed_from_to", "The {P} of {S} changed from {R} to {V}.", False),
    ("compared_with", "{S} has a {P} of {V}, compared with {R} for {REF}.", True),
    ("respectively", "The {P} of {S} and {REF} are {V} and {R}, respectively.", True),
    ("as_adj_as", "{S} has a {P} as {ADJ} as {V}.", False),
    ("only", "The {P} of {S} is only {V}.", False),
    ("reaching", "The {P} of {S} improves with milling time, reaching {V}.", False),
    ("amounting_to", "{S} shows a {P} amounting to {V}.", False),
    ("value_first", "{V} is the {P} of {S}.", False),
    ("two_sentences", "We measured the {P} of {S}. The value is {V}.", False),
    # (frames added with the rules they brought: tests/test_grid_frame_rules.py)
    ("reported_for", "A {P} of {V} was reported for {S}.", False),
    ("compared_to_reference_first", "Compared to {REF} ({R}), {S} shows a {P} of {V}.", True),
    ("which_clause", "{S}, which has a {P} of {V}, was studied further.", False),
]
# cells (row, frame) the extraction does not pass yet: xfail-strict, so one that starts to pass must leave
STILL_FAILING: set[tuple[str, str]] = set()


def _cells():
    return [(row, frame) for row in ROWS for frame in FRAMES if frame[0] != "equation" or row[3]]


def _sentences(row, frame):
    """The cell's sentences (one per system; the value forms rotate) with the facts they state."""
    _name, key, noun, symbol, forms, (ref_written, ref_value), adjective = row
    _frame, template, reference_expected = frame
    for i, (written, host, additives) in enumerate(SYSTEMS):
        for value_written, value in forms[i::len(SYSTEMS)] if i < len(forms) else forms[:1]:
            text = template.format(S=written, P=noun, SYM=symbol, V=value_written, R=ref_written, REF=f"pure {host}",
                                   ADJ=adjective)
            text = text[0].upper() + text[1:]
            facts = [(key, value, host, additives)]
            if reference_expected:
                facts.append((key, ref_value, host, ()))
            yield text, facts


def _failures(row, frame) -> list[str]:
    return failures(_sentences(row, frame), near=lambda got, want: abs(got - want) <= 0.01 * abs(want))


@pytest.mark.parametrize("row, frame", [
    pytest.param(row, frame, id=f"{row[0]}-{frame[0]}",
                 marks=[pytest.mark.xfail(strict=True, reason="cell still failing")]
                 if (row[0], frame[0]) in STILL_FAILING else [])
    for row, frame in _cells()])
def test_value_grid_cell(row, frame):
    assert not _failures(row, frame)


def test_the_grid_is_large_enough():
    """Every row crossed with every frame (the equation only where the property has a symbol), two systems each."""
    assert len(_cells()) >= 200
    assert sum(1 for row, frame in _cells() for _ in _sentences(row, frame)) >= 400


# the two rules the grid brought, in other wordings, and their near misses
@pytest.mark.parametrize("text, key, value", [
    # a setting said right after the property's own name: the next value of its unit is that property's
    ("The absorption plateau pressure at 250 °C of TiF3-doped MgH2 amounts to 0.42 MPa.", "plateau_pressure", 0.42),
    ("We find an equilibrium plateau pressure at 320 °C of 0.33 MPa for the milled Mg2NiH4.", "plateau_pressure", 0.33),
    ("The plateau pressure at 573 K of Mg–5Ni is estimated at 0.27 MPa.", "plateau_pressure", 0.27),
    # a value that opens its clause, then 'is the' and the property's name
    ("296 °C is the DSC peak temperature of the ball-milled LiAlH4.", "peak_dehydrogenation_temperature", 296.0),
    ("62 kJ/mol was the apparent activation energy for desorption of NbF5-doped MgH2.",
     "dehydrogenation_activation_energy", 62.0),
    ("Milling went on for 20 h; 11 nm is the crystallite size of the resulting MgH2.", "crystallite_size", 11.0),
])
def test_value_named_across_a_setting_or_after_it(text, key, value):
    rows = extract_text(text).measurements
    assert any(r.property == key and abs(r.value - value) < 0.01 for r in rows), [(r.property, r.value) for r in rows]


@pytest.mark.parametrize("text, value", [
    # the setting's own preposition before the value: another event's setting, no value of the named property
    ("The plateau pressure at 300 °C of MgH2 was measured after absorption under 3 MPa.", 3.0),
    ("Structural water in the hydride leaves at 60 °C and then returns at around 30 °C.", 30.0),
    # a value opening its clause before 'is the' and a noun that names no property of its unit
    ("300 °C is the temperature of the furnace used for milling MgH2.", 300.0),
])
def test_near_misses_name_no_property(text, value):
    rows = extract_text(text).measurements
    assert all(abs(r.value - value) > 0.01 for r in rows), [(r.property, r.value) for r in rows]


@pytest.mark.parametrize("text, key, value", [
    # 'the value' of a sentence after one that named the property with no value: that property's value, even when
    # its unit alone would read it as another (a size as a particle size)
    ("We determined the crystallite size of ball-milled MgH2 by XRD. The value obtained is 12 nm.", "crystallite_size", 12.0),
    ("The Scherrer crystallite size of TiF3-doped MgH2 was evaluated. Its value is about 18 nm.", "crystallite_size", 18.0),
    ("Line broadening gave the crystallite size of the LiBH4–LiI sample. The value was 27 nm.", "crystallite_size", 27.0),
])
def test_the_value_of_the_sentence_before(text, key, value):
    rows = extract_text(text).measurements
    assert [(r.property, r.value) for r in rows] == [(key, value)], [(r.property, r.value) for r in rows]


def test_the_value_after_a_sentence_naming_nothing_keeps_its_unit_reading():
    rows = extract_text("TiF3-doped MgH2 was milled for 10 h. The value is 40 nm.").measurements
    assert [(r.property, r.value) for r in rows] == [("particle_size", 40.0)], [(r.property, r.value) for r in rows]


@pytest.mark.parametrize("text, key", [
    # the barrier of an ion's migration named by the ion and 'migration': the conduction's barrier, whole
    ("The activation energy for Li+ migration in LiBH4–LiI was derived from NMR. The value is 0.38 eV.",
     "ion_migration_activation_energy"),
    ("We evaluated the activation energy of Li+ migration in Li2B12H12. The value obtained was 0.61 eV.",
     "ion_migration_activation_energy"),
    ("The activation energy for lithium-ion migration in LiBH4–LiI was fitted. Its value is 0.44 eV.",
     "ion_migration_activation_energy"),
])
def test_an_ion_migration_barrier_named_before(text, key):
    assert [r.property for r in extract_text(text).measurements] == [key]


def test_a_value_in_another_unit_is_not_the_barrier_named_before():
    text = "We studied the activation energy for Li+ migration in LiBH4–LiI. The value is 0.25 mS/cm at 25 °C."
    assert [r.property for r in extract_text(text).measurements] == ["ionic_conductivity"]
