"""Ammonia borane mixed with a hydride of metals and hydrogen alone ('the 1:4 mixture of Na3AlH6 and NH3BH3') is the
host, the metal hydride its destabilising reactant (no coordinated ligand, no Ammoniation); the paper's abbreviation
of it ('NH3BH3 (AB)' … 'pristine AB') names bare ammonia borane; a compound named only in a comparison after the
values ('which compares favorably with … such as sodium amidoborane') takes none of them. Own wording."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


def _parts(row) -> set[tuple[str, str]]:
    return {(c["material"], c["role"]) for c in row["components"]}


@pytest.mark.parametrize("text, partner", [
    ("The dehydrogenation of the 1:2 mixture of K3AlH6 and NH3BH3 was followed by NMR. Its activation energy is "
     "102 kJ/mol.", "K3AlH6"),
    ("A 1:3 mixture of NaAlH4 and NH3BH3 releases 6.8 wt% H2 below 120 °C.", "NaAlH4"),
    ("Mixtures of Li3AlH6 and NH3BH3 in a 1:5 ratio start to release hydrogen at 58 °C.", "Li3AlH6"),
])
def test_ammonia_borane_is_the_host_beside_a_metal_hydride(text, partner):
    rows = contract_measurements(text)
    assert rows and all({("NH3BH3", "HostHydride"), (partner, "DestabilizingReactant")} <= _parts(r) for r in rows), rows
    assert all("Ammoniation" not in r["strategies"] for r in rows)


def test_ammonia_borane_coordinated_in_an_adduct_stays_ammoniation():
    row = contract_measurements("The Ca(BH4)2·2NH3BH3 adduct releases 7.9 wt% H2 at 160 °C.")[0]
    assert "Ammoniation" in row["strategies"], row


@pytest.mark.parametrize("text, value", [
    ("The 1:2 mixture of K3AlH6 and NH3BH3 (AB) was studied. Its activation energy is 99 kJ mol(-1), lower than "
     "for pristine AB (179 kJ mol(-1)).", 179.0),
    ("We milled NaAlH4 with NH3BH3 (AB) in a 1:3 ratio. The mixture releases hydrogen from 71 °C, while neat AB "
     "starts at 104 °C.", 104.0),
    ("A 1:4 mixture of Li3AlH6 and NH3BH3 (AB) was made. Its enthalpy of 21.3 kJ/mol H2 differs from that of "
     "pristine AB, 23.9 kJ/mol H2.", 23.9),
])
def test_the_abbreviation_of_ammonia_borane_names_it_bare(text, value):
    row = next(r for r in contract_measurements(text) if r["value"] == value)
    assert [c["material"] for c in row["components"]] == ["NH3BH3"], row


@pytest.mark.parametrize("text, value", [
    ("A 1:3 mixture of NaAlH4 and NH3BH3 (AB) was milled. Its hydrogen release peaks at 69 °C, which compares "
     "favourably with neat AB and with sodium amidoborane (NaNH2BH3).", 69.0),
    ("A 1:2 mixture of KAlH4 and NH3BH3 (AB) was milled. Its hydrogen release peaks at 74 °C, which compares "
     "favorably with neat AB and with potassium amidoborane (KNH2BH3).", 74.0),
    ("A 1:4 mixture of Li3AlH6 and NH3BH3 (AB) was milled. Its hydrogen release starts at 57 °C, which compares "
     "favourably with pristine AB and with lithium amidoborane (LiNH2BH3).", 57.0),
])
def test_a_compound_named_only_in_a_comparison_takes_no_value(text, value):
    row = next(r for r in contract_measurements(text) if r["value"] == value)
    assert ("NH3BH3", "HostHydride") in _parts(row) and len(row["components"]) == 2, row


def test_a_value_given_for_the_compared_compound_stays_its_own():
    rows = contract_measurements("The NaAlH4–Ti sample releases hydrogen at 66 °C, compared with 120 °C for "
                                 "NaNH2BH3.")
    assert any(r["value"] == 120.0 and [c["material"] for c in r["components"]] == ["NaNH2BH3"] for r in rows), rows
