"""A notation alone in brackets that restates the materials just named ("Ni nanoparticles supported on carbon
(Ni/C)", "nickel (Ni)", "carbon nanotubes (CNTs)") is a label, not a further material between the additive and the
verb that puts it into the host. Sentences written for these tests."""
import pytest
from prose_sentences import contract_measurements, the_one


def _adds(row) -> list[str]:
    return sorted(c["material"] for c in row["components"][1:])


@pytest.mark.parametrize("text, adds", [
    ("Ni nanoparticles supported on carbon (Ni/C) were ball milled with MgH2. The composite starts to release "
     "hydrogen at 185 °C.", ["Ni/C"]),
    ("Nickel (Ni) and carbon nanotubes (CNTs) were milled with MgH2. The composite starts to release hydrogen at "
     "185 °C.", ["Ni", "carbon nanotubes"]),
    ("Titanium dioxide (TiO2) was introduced into magnesium hydride by milling. The composite starts to release "
     "hydrogen at 185 °C.", ["TiO2"]),
    ("Fe nanoparticles anchored on reduced graphene oxide (Fe/rGO) were mixed with MgH2 by milling. The composite starts to "
     "release hydrogen at 185 °C.", ["Fe/rGO"]),
])
def test_a_restating_bracket_keeps_the_additive(text, adds):
    row = the_one(contract_measurements(text), 185.0)
    assert row["material"] == "MgH2" and len(_adds(row)) == len(adds), row


def test_a_bracket_naming_another_form_of_the_host_is_still_read():
    row = the_one(contract_measurements("LiBH4 (LiBH3.75F0.25) conducts Li+ at 0.1 mS/cm at 40 °C."), 0.1)
    assert row["material"] == "LiBH4" and _adds(row) == ["F"], row


# ---------------------------------------------------------------- a catalyst written on its support with a bare 'on'
@pytest.mark.parametrize("text, add", [
    ("MgH2 was doped with Ni nanoparticles on graphene. The composite starts to release hydrogen at 185 °C.",
     "Ni/graphene"),
    ("LiBH4 was ball milled with 10 wt% Co on carbon nanotubes. The composite starts to release hydrogen at 185 °C.",
     "Co/carbon nanotubes"),
    ("NaAlH4 catalysed by Pd nanoparticles on activated carbon starts to release hydrogen at 185 °C.",
     "Pd/activated carbon"),
])
def test_a_catalyst_on_its_support_is_one_additive(text, add):
    row = the_one(contract_measurements(text), 185.0)
    assert _adds(row) == [add], row


def test_a_tool_after_on_is_no_support():
    row = the_one(contract_measurements("MgH2 was milled with TiO2 on a planetary mill for 5 h. The composite starts "
                                        "to release hydrogen at 185 °C."), 185.0)
    assert _adds(row) == ["TiO2"], row
