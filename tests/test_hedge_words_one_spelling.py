"""The hedge before a value ('about', '~', 'roughly', 'circa', 'approx.') is one spelling (value_roles.APPROX_WORD)
for every reader of a particle's own size and of a value's settings: any of them reads as 'about' does.
Sentences written for these tests."""
import pytest
from extracted import records


def _sizes(text: str) -> list[tuple[str, float]]:
    return [(r["system"], r["value"]) for r in records(text) if r["property"] == "particle_size"]


@pytest.mark.parametrize("hedge", ["roughly", "circa", "approx."])
def test_a_hedged_particle_size_is_the_particles_own(hedge):
    about = _sizes("LiBH4 was ground with Co nanoparticles having a mean size of about 9 nm.")
    assert about and _sizes(f"LiBH4 was ground with Co nanoparticles having a mean size of {hedge} 9 nm.") == about


@pytest.mark.parametrize("hedge", ["roughly", "circa", "approx."])
def test_a_hedged_setting_is_read_as_one(hedge):
    text = f"The MgH2–Fe composite takes up 4.8 wt% H2 in {hedge} 6 min at 225 °C."
    got = [r for r in records(text) if r["value"] == 4.8]
    assert got and got[0]["conditions"].get("time") == 6.0


def test_a_bound_before_the_size_is_no_hedge():
    # near miss: 'well over' bounds the size, it does not round it: not read as the particles' own phrase
    got = _sizes("LiBH4 was ground with Co nanoparticles having a mean size of well over 9 nm.")
    assert got and all(system != "Co" for system, _ in got)
