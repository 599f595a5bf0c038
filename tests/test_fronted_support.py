"""A support named in a phrase fronted before the clause ("Using graphene as a support, Ni was milled with MgH2")
carries the additive the clause names: the sample is the host with the catalyst on its support, one additive
written catalyst/support (tests/devset/README.md's supported-catalyst convention), as "Ni supported on graphene"
gives it. A putting on a support said of the additive before it goes into the host ("Ni nanoparticles were
dispersed and then milled with MgH2") keeps the additive in the sample."""
import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize("text, value, catalyst", [
    ("Using reduced graphene oxide as a support, Pd nanoparticles were dispersed and subsequently ball milled with "
     "MgH2. This composite desorbed 5.6 wt% H2 at 300 °C.", 5.6, "Pd/reduced graphene oxide"),
    ("With CNTs as the support, Fe was loaded and then milled together with MgH2; the product took up 6.1 wt% H2.",
     6.1, "Fe/CNTs"),
    ("Employing carbon black as the supporting material, the Co catalyst was deposited and then milled with LiBH4, "
     "and the mixture gave off 8.8 wt% H2 below 400 °C.", 8.8, "Co/C"),
])
def test_a_fronted_support_carries_the_additive(text, value, catalyst):
    row = the_one(contract_measurements(text), value)
    assert [(c["material"], c["role"]) for c in row["components"][1:]] == [(catalyst, "Catalyst")]
    assert row["strategies"] == ["CompositeCatalysis"]


def test_an_additive_dispersed_then_milled_stays_in_the_sample():
    row = the_one(contract_measurements(
        "Ti nanoparticles were first dispersed and then ball milled with MgH2, which then desorbed 6.3 wt% H2."), 6.3)
    assert [c["material"] for c in row["components"]] == ["MgH2", "Ti"]


def test_a_fronted_material_in_another_part_is_no_support():
    # near miss: the fronted material is a reference, not the additive's support
    row = the_one(contract_measurements(
        "Using graphite as a reference, Ni nanoparticles were milled with MgH2; the product took up 6.1 wt% H2."), 6.1)
    assert [c["material"] for c in row["components"]] == ["MgH2", "Ni"]
