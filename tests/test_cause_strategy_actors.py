"""Two strategies credited together as a cause, each with the material it is said of, by or in ('attributed to
nanoconfinement in the carbon aerogel and catalysis of NiB'), are two claims, each on its own actor: the words
naming the first one's material (up to three, before 'and') do not end the list of causes. A strategy the
sentence names as what was done, after a word that is no cause, credits nothing. The sentences are written for
these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _claims(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(r["mechanism"], r["host"], r["additive"]) for r in records(text, "mechanism")}


@pytest.mark.parametrize("text, scaffold, catalyst", [
    ("LiBH4 was infiltrated into a TiF3-loaded carbon aerogel. The faster release is attributed to nanoconfinement "
     "in the carbon aerogel and catalysis of TiF3.", "carbon aerogel", "TiF3"),
    ("LiBH4 was infiltrated into a NiB-loaded carbon aerogel. The faster release is attributed to nanoconfinement "
     "in the carbon aerogel and catalysis of NiB nanoparticles.", "carbon aerogel", "NiB"),
    ("LiBH4 was infiltrated into a NiB-loaded carbon aerogel. The faster release is attributed to the synergistic "
     "effect between nanoconfinement of the carbon aerogel and catalysis of NiB nanoparticles.",
     "carbon aerogel", "NiB"),
])
def test_each_credited_strategy_is_a_claim_on_its_actor(text, scaffold, catalyst):
    claims = _claims(text)
    assert ("ConfinementEffect", "LiBH4", scaffold) in claims, claims
    assert ("CatalyticEffect", "LiBH4", catalyst) in claims, claims


def test_a_strategy_named_as_what_was_done_credits_nothing():
    # near miss: no cue word makes the strategies a cause
    claims = _claims("LiBH4 was infiltrated into a NiB-loaded carbon aerogel, combining nanoconfinement in the "
                     "carbon aerogel and catalysis of NiB nanoparticles.")
    assert not claims, claims


@pytest.mark.parametrize("text, host, scaffold, catalyst", [
    ("# Synergistic effect between nanoconfinement in carbon aerogel and catalysis of NiB nanoparticles on the "
     "dehydrogenation of LiBH4\n\nHerein LiBH4 was infiltrated into a NiB-loaded carbon aerogel (LiBH4@CA@NiB). "
     "The onset temperature of LiBH4@CA@NiB is 200 °C.", "LiBH4", "carbon aerogel", "NiB"),
    ("LiBH4 was infiltrated into a TiF3-loaded carbon aerogel. The synergistic effect of nanoconfinement by the "
     "carbon aerogel and catalysis by TiF3 lowers the onset to 210 °C.", "LiBH4", "carbon aerogel", "TiF3"),
    ("NaAlH4 was melt-infiltrated into Ni-decorated CMK-3. A synergy between catalysis of Ni and nanoconfinement "
     "in CMK-3 speeds up hydrogen release from NaAlH4.", "NaAlH4", "CMK-3", "Ni"),
])
def test_a_synergy_of_two_strategies_credits_both(text, host, scaffold, catalyst):
    claims = _claims(text)
    assert ("ConfinementEffect", host, scaffold) in claims, claims
    assert ("CatalyticEffect", host, catalyst) in claims, claims


def test_a_synergy_named_as_a_topic_credits_nothing():
    # near miss: the synergy is a route for a class of hydrides, no material's work
    claims = _claims("NaAlH4 was melt-infiltrated into Ni-decorated CMK-3. A synergy of nanoconfinement and "
                     "catalysis is a promising route for complex hydrides.")
    assert not claims, claims
