"""Older papers' phrasings (sizes, plateaus, peak temperatures said the way 1995–2019 abstracts say them).
Sentences written for these tests."""
import pytest
from prose_sentences import contract_measurements, the_one

_rows, _one = contract_measurements, the_one


def _hosts_and_additives(row: dict) -> tuple[set[str], set[str]]:
    parts = row.get("components") or []
    hosts = {c["material"] for c in parts if c["role"] == "HostHydride"}
    return hosts, {c["material"] for c in parts if c["role"] != "HostHydride"}


# ---------------------------------------------------------------- a size after "X milled with Y had …"
@pytest.mark.parametrize("sentence, value, host, additive", [
    ("The MgH2 powder milled with 5 mol% Cr2O3 had an average particle size of 300 nm.", 300.0, "MgH2", "Cr2O3"),
    ("MgH2 milled with 10 wt% Fe had a mean particle size of 2 µm.", 2000.0, "MgH2", "Fe"),
    ("The LiBH4 sample ball-milled with 20 wt% SiO2 showed a particle size of 50 nm.", 50.0, "LiBH4", "SiO2"),
    ("The NaAlH4 doped with 4 mol% TiCl3 has a mean grain size of 40 nm.", 40.0, "NaAlH4", "TiCl3"),
])
def test_a_size_after_the_milled_samples_verb_is_the_samples(sentence, value, host, additive):
    assert _hosts_and_additives(_one(_rows(sentence), value)) == ({host}, {additive})


@pytest.mark.parametrize("sentence", [
    # near misses: the size phrase hangs on the additive's own particles, or the additive is the subject
    "MgH2 was milled with 5 mol% Cr2O3 nanoparticles having an average particle size of 30 nm.",
    "The Cr2O3 had an average particle size of 30 nm before it was milled with MgH2.",
])
def test_a_size_said_of_the_additive_stays_the_additives(sentence):
    row = _one(_rows(sentence), 30.0)
    assert row["system"] == "Cr2O3"
