"""A sentence crediting a scaffold that holds the host with both nanoconfinement and 'catalysis' (the catalysis
family named, no kind of it) gives both claims the scaffold's strategy, Nanoconfinement: the sample's composition
has no catalyst, so what the support brings it is its confinement, whatever it does there. A catalyst beside the
scaffold keeps its own catalysis. The sentences are written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _claims(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    return {(r["mechanism"], r["host"], r["additive"], r["strategy"]) for r in records(text, "mechanism")}


@pytest.mark.parametrize("text, host, scaffold", [
    ("LiBH4 was melt-infiltrated into a nitrogen-doped carbon (NC). The gains are attributed to both "
     "nanoconfinement and chemical catalysis by the NC.", "LiBH4", "N-doped carbon"),
    ("Mg(BH4)2 was infiltrated into a carbon aerogel. Its faster release is ascribed to both nanoconfinement and "
     "catalysis by the carbon aerogel.", "Mg(BH4)2", "carbon aerogel"),
    ("NaAlH4 was embedded in CMK-3. The lower barrier results from nanoconfinement as well as chemical catalysis "
     "provided by the CMK-3.", "NaAlH4", "CMK-3"),
])
def test_a_scaffolds_catalysis_is_its_confinement_strategy(text, host, scaffold):
    claims = _claims(text)
    assert ("CatalyticEffect", host, scaffold, "Nanoconfinement") in claims, claims
    assert ("ConfinementEffect", host, scaffold, "Nanoconfinement") in claims, claims


def test_a_catalyst_beside_the_scaffold_keeps_its_catalysis():
    # near miss: the catalysis is credited to a metal, not to the scaffold
    claims = _claims("MgH2 was milled with Ni and a carbon aerogel. The improvement is due to catalysis by Ni and "
                     "nanoconfinement in the carbon aerogel.")
    assert ("CatalyticEffect", "MgH2", "Ni", "CompositeCatalysis") in claims, claims
