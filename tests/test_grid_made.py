"""Additives made first and then put into the host: the probe grid of ``grid_made.py`` and, for each reading
rule, sentences written for the test in several wordings plus one the rule must not fire on. Every sentence
here is written for the test."""
from __future__ import annotations

import pytest
from grid_made import probes, run
from grid_rates import failing_slot_values
from prose_sentences import component_materials as _parts

from ingest.extract import extract_text
from kg.literature import contract_rows

# (every additive of the grid is read: "nickel–cobalt layered double hydroxide (NiCo-LDH)", once kept apart, is the
# framework class of the ontology named by its metals; see tests/test_grid_fix14.py)
KNOWN_FAILING: set[str] = set()


def _row(*sentences: str) -> dict:
    doc = "# A test paper\n\n## Abstract\n\n" + " ".join(sentences) + "\n"
    rows = [r for r in contract_rows(extract_text(doc)) if r["kind"] == "measurement"]
    assert len(rows) == 1, rows
    return rows[0]


@pytest.fixture(scope="module")
def grid():
    return run(probes())


def test_the_grid_is_small_and_crosses_every_slot():
    ps = probes()
    assert 200 <= len(ps) <= 300
    assert {p.slots["title"] for p in ps} == {"none", "words", "words_lead", "notation"}
    assert len({p.slots["making"] for p in ps}) == 10 and len({p.slots["putting"] for p in ps}) == 6


@pytest.mark.parametrize("slot", ["making", "putting", "additive", "host", "title", "value"])
def test_every_slot_value_of_the_grid_passes(grid, slot):
    kept = [(p, v) for p, v in grid if p.slots["additive"] not in KNOWN_FAILING]
    failing, examples = failing_slot_values(kept, slot)
    assert not failing, (failing, examples)


def test_the_framework_named_by_its_metals_is_guarded_by_the_grid(grid):
    # (the probes of 'nickel–cobalt layered double hydroxide (NiCo-LDH)' are among those asserted above)
    ldh = [v for p, v in grid if p.slots["additive"] == "ldh_bracket"]
    assert len(ldh) == 40 and all(v == "OK" for v in ldh)


# ---------------------------------------------------------------- a making participle with its precursor

@pytest.mark.parametrize("sentence, host, added", [
    ("A Co@C catalyst derived from ZIF-67 was introduced into MgH2.", "MgH2", "Co@C"),
    ("Fe nanoparticles derived from Prussian blue were ball milled with MgH2.", "MgH2", "Fe"),
    ("Ni/C obtained by pyrolysis of ZIF-8 was mixed with LiAlH4.", "LiAlH4", "Ni/C"),
    ("CeO2 nanorods templated by SBA-15 were fabricated and incorporated into Mg(BH4)2.", "Mg(BH4)2", "CeO2"),
])
def test_an_additive_made_from_a_precursor_then_put_in(sentence, host, added):
    row = _row(sentence, "The composite starts to release hydrogen at 196 °C.")
    assert row["material"] == host and _parts(row) == {host, added}


def test_a_made_additive_only_compared_is_not_put_in():
    # (negative) "compared with" puts nothing into the host
    row = _row("TiO2 derived from MIL-125 was compared with MgH2 in a separate test.",
               "MgH2 starts to release hydrogen at 350 °C.")
    assert _parts(row) == {"MgH2"}


# ---------------------------------------------------------------- "doped into" after a making

@pytest.mark.parametrize("sentence, host, added", [
    ("TiO2/NC was synthesized and doped into MgH2.", "MgH2", "TiO2/NC"),
    ("NbN nanoparticles were synthesized by nitridation and then doped into Mg(BH4)2.", "Mg(BH4)2", "NbN"),
    ("V2O5 was fabricated by a hydrothermal route and subsequently doped into LiBH4 by ball milling.", "LiBH4", "V2O5"),
])
def test_a_made_additive_doped_into_the_host(sentence, host, added):
    row = _row(sentence, "The composite starts to release hydrogen at 160 °C.")
    assert row["material"] == host and _parts(row) == {host, added}


# ---------------------------------------------------------------- the catalyst taken up in the next sentence

@pytest.mark.parametrize("sentences, host, added", [
    (("Ni/C was synthesized via a sol-gel route.", "The catalyst was ball-milled with LiBH4."), "LiBH4", "Ni/C"),
    (("Ni/C was synthesized by a wet route.", "The as-synthesized powder was subsequently ball milled with MgH2."),
     "MgH2", "Ni/C"),
    (("Pd/C was prepared by impregnation.", "These catalysts were then milled with LiAlH4."), "LiAlH4", "Pd/C"),
    (("TiO2/NC was synthesized hydrothermally.", "It was then milled with NaAlH4."), "NaAlH4", "TiO2/NC"),
])
def test_the_catalyst_made_before_is_milled_into_the_hydride(sentences, host, added):
    row = _row(*sentences, "The composite starts to release hydrogen at 210 °C.")
    assert row["material"] == host and _parts(row) == {host, added}


def test_a_catalyst_only_characterized_is_put_into_nothing():
    # (negative) no putting verb: the hydride named next is measured bare
    row = _row("Ni/C was synthesized via a sol-gel route.", "The catalyst was then characterized by XRD.",
               "LiBH4 starts to release hydrogen at 301 °C.")
    assert _parts(row) == {"LiBH4"}


# ---------------------------------------------------------------- the loading of the sample written out after

@pytest.mark.parametrize("sentence, host, added, amount", [
    ("MoS2 nanosheets grown by a solvothermal route were ball-milled with magnesium hydride to give an "
     "MgH2–7 wt% MoS2 composite.", "MgH2", "MoS2", 7.0),
    ("CoO nanosheets were made by calcination and milled with LiBH4 to yield a LiBH4–10 wt% CoO composite.",
     "LiBH4", "CoO", 10.0),
    ("We prepared Nb2O5 by a sol-gel route and mixed it with NaAlH4, giving NaAlH4–3 mol% Nb2O5.",
     "NaAlH4", "Nb2O5", 3.0),
])
def test_a_made_additive_takes_the_loading_of_the_sample_written_out(sentence, host, added, amount):
    row = _row(sentence, "The composite starts to release hydrogen at 196 °C.")
    assert row["material"] == host and _parts(row) == {host, added}
    assert [c["amount"] for c in row["components"] if c["material"] == added] == [amount]


def test_a_made_additive_without_a_written_sample_has_no_loading():
    # (negative) no sample written out: the loading stays unknown
    row = _row("CoO nanosheets were made by calcination and milled with LiBH4.",
               "The composite starts to release hydrogen at 296 °C.")
    assert [c["amount"] for c in row["components"] if c["material"] == "CoO"] == [None]


# ---------------------------------------------------------------- a title's support before its catalyst

def _titled(title: str) -> dict:
    doc = f"# {title}\n\n## Abstract\n\nThe composite starts to release hydrogen at 96 °C.\n"
    rows = [r for r in contract_rows(extract_text(doc)) if r["kind"] == "measurement"]
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize("title, host, added", [
    ("Enhanced hydrogen storage of MgH2 by N-doped carbon supported TiO2", "MgH2", "TiO2/N-doped carbon"),
    ("Enhanced dehydrogenation of LiAlH4 by graphene-supported Ni nanoparticles", "LiAlH4", "Ni/graphene"),
    ("Improved kinetics of NaAlH4 with 5 wt% CNT-anchored CeO2", "NaAlH4", "CeO2/CNT"),
    ("Faster hydrogen release from LiBH4 by graphene supported Co", "LiBH4", "Co/graphene"),
])
def test_a_titles_support_before_its_catalyst_is_one_supported_catalyst(title, host, added):
    row = _titled(title)
    assert row["material"] == host and _parts(row) == {host, added}


def test_a_titles_support_and_catalyst_joined_by_and_stay_two():
    # (negative) "graphene and Ni": two additives, no catalyst on a support
    row = _titled("Enhanced dehydrogenation of LiAlH4 by graphene and Ni")
    assert _parts(row) == {"LiAlH4", "graphene", "Ni"}


def test_a_titles_catalyst_anchored_on_its_support_keeps_its_order():
    # (negative for the support-first reading) "TiO2 anchored on graphene" names the catalyst first: TiO2/graphene
    row = _titled("Effect of TiO2 anchored on graphene on the dehydrogenation of NaAlH4")
    assert _parts(row) == {"NaAlH4", "TiO2/graphene"}
