"""A hydride said to be in a porous scaffold, with no verb that put it there ("LiAlH4 nanoparticles in mesoporous
silica", "NaAlH4 within carbon aerogel"), is the confined sample. Only porous scaffolds confine so: a solvent, a
composite or another hydride after 'in' does not. Sentences written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def _systems(text: str) -> list[list[tuple[str, str]]]:
    return [[(c["material"], c["role"]) for c in r["components"]]
            for r in contract_rows(extract_text(text)) if r.get("kind") == "measurement"]


@pytest.mark.parametrize("text, scaffold", [
    ("LiAlH4 nanoparticles in mesoporous silica released 5 wt% at 150 °C.", "mesoporous silica"),
    ("MgH2 nanocrystals inside porous carbon desorb hydrogen at 250 °C.", "porous carbon"),
    ("NaAlH4 within carbon aerogel showed an onset at 150 °C.", "carbon aerogel"),
    ("LiBH4 in silica aerogel started to release hydrogen at 250 °C.", "silica aerogel"),
])
def test_in_a_porous_scaffold_is_confined(text, scaffold):
    host = _systems(text)[0][0][0]
    assert _systems(text) == [[(host, "HostHydride"), (scaffold, "ScaffoldConfinementHost")]]


@pytest.mark.parametrize("text", [
    "The MgH2 in the composite desorbed 5 wt% at 300 °C.",              # the sample itself
    "MgH2 nanoparticles in a graphene matrix released 6 wt% at 300 °C.",  # a support of no confinement strategy
])
def test_in_what_is_no_porous_scaffold_confines_nothing(text):
    assert all(role != "ScaffoldConfinementHost" for system in _systems(text) for _, role in system)


# An additive said to be in the host ("Ni nanoparticles in MgH2") is a part of the sample, as "dispersed in" says.
@pytest.mark.parametrize("text, additive", [
    ("Ni nanoparticles in MgH2 lowered the onset to 200 °C.", "Ni"),
    ("TiO2 in MgH2 lowers the onset to 210 °C.", "TiO2"),
    ("Nb2O5 nanoparticles within the MgH2 matrix reduced the activation energy to 70 kJ/mol.", "Nb2O5"),
])
def test_an_additive_in_the_host_is_its_part(text, additive):
    assert _systems(text) == [[("MgH2", "HostHydride"), (additive, "Catalyst")]]


def test_the_hosts_own_element_is_no_additive():
    assert _systems("The Li in LiBH4 diffuses fast; LiBH4 melts at 280 °C.") == [[("LiBH4", "HostHydride")]]


# "both Ti-doped NaAlH4 and Na3AlH6": the modification written before the first host is said of both
@pytest.mark.parametrize("text, first, second, additive", [
    ("The activation energies of both Ti doped NaAlH4 and Na3AlH6 are 100 kJ/mol.", "NaAlH4", "Na3AlH6", "Ti"),
    ("Both Nb2O5-doped MgH2 and LiBH4 showed activation energies of 60 kJ/mol.", "MgH2", "LiBH4", "Nb2O5"),
    ("Both CNT-confined LiBH4 and NaBH4 melt at lower temperatures, 250 and 480 °C, respectively.",
     "LiBH4", "NaBH4", "carbon nanotube"),
])
def test_both_modified_hosts_share_the_modification(text, first, second, additive):
    systems = _systems(text)
    assert sorted(s[0][0] for s in systems) == sorted([first, second])
    assert all(len(s) == 2 and s[1][0] == additive for s in systems), systems


def test_without_both_the_second_host_stays_bare():
    systems = _systems("The activation energies of Ti-doped NaAlH4 and Na3AlH6 are 100 and 120 kJ/mol, respectively.")
    assert systems == [[("NaAlH4", "HostHydride"), ("Ti", "Catalyst")], [("Na3AlH6", "HostHydride")]]
