"""The terms a hydride chemist expects (issue 14, item 6): each found by the words a paper uses, with
its key and canonical unit; conditions by theirs; the RHC families under reactive hydride composite."""
from __future__ import annotations

import pytest

from ontology.vocabulary import vocabulary


@pytest.mark.parametrize("words, key, unit", [
    ("ΔS", "reaction_entropy", "J/(mol*K)"),
    ("entropy change", "reaction_entropy", "J/(mol*K)"),
    ("plateau pressure", "plateau_pressure", "MPa"),
    ("plateau hysteresis", "hysteresis", "dimensionless"),
    ("absorption kinetics", "hydrogen_absorption_rate", "wt%/min"),
    ("volumetric capacity", "volumetric_hydrogen_capacity", "g/L"),
    ("desorbed capacity", "desorbed_hydrogen_capacity", "wt%"),
    # reversible is its own (narrower) capacity, not a synonym of the capacity in general
    ("reversible hydrogen capacity", "reversible_hydrogen_capacity", "wt%"),
    ("theoretical hydrogen capacity", "hydrogen_capacity", "wt%"),
    ("stability window", "electrochemical_stability_window", "V"),
    ("electronic conductivity", "electronic_conductivity", "mS/cm"),
    ("Li+ transference number", "transference_number", "dimensionless"),
    ("interfacial resistance", "interfacial_resistance", "ohm"),
    ("average voltage", "average_voltage", "V"),
    ("pore diameter", "pore_size", "nm"),
    ("BET specific surface area", "specific_surface_area", "m**2/g"),
    ("film thickness", "film_thickness", "nm"),
    ("back-pressure", "back_pressure", "MPa"),
    ("stack pressure", "stacking_pressure", "MPa"),
])
def test_a_paper_s_words_find_the_term_with_its_unit(words, key, unit):
    vocab = vocabulary()
    term = vocab.lookup(words, "Property") or vocab.lookup(words, "Condition")
    assert term is not None and term.key == key, words
    assert term.unit == unit and term.alt_labels and term.definition


def test_theoretical_capacity_is_the_basis_of_a_capacity_value():
    """'Theoretical' is how a capacity was obtained (Measurement.basis), not another property: the
    three capacities a chemist tells apart are desorbed, reversible and the theoretical basis."""
    from ontology.models import Measurement

    m = Measurement.model_validate({"property": "hydrogen_capacity", "value": 7.6, "unit": "wt%", "theoretical": True,
                                    "system": {"text": "MgH2", "name": "MgH2", "host": {"formula": "MgH2"}},
                                    "source": {"source_id": "x"}})
    assert m.basis == "theoretical"
    vocab = vocabulary()
    for key in ("desorbed_hydrogen_capacity", "reversible_hydrogen_capacity"):
        assert vocab.is_a(vocab.property(key).id, "HydrogenCapacity")


# (no bare formula among the labels: "the LiBH4–MgH2 composite" and "the Li–Mg–N–H system" name
# systems, whose family the rules give)
@pytest.mark.parametrize("words, family", [("Li-RHC", "LithiumRHC"), ("lithium RHC", "LithiumRHC"),
                                           ("Li–Mg–N–H composite", "LiMgNHComposite"),
                                           ("amide–hydride system", "LiMgNHComposite")])
def test_rhc_families_are_strategies_under_reactive_hydride_composite(words, family):
    vocab = vocabulary()
    term = vocab.lookup(words, "Strategy")
    assert term is not None and term.id == family
    assert vocab.is_a(family, "ReactiveHydrideComposite")
