"""Implicit catalytic claims (session s35 claims3; the convention of tests/devset/README.md, the sentences written for
these tests):
- a subject the sentence itself calls a catalyst ('the Ti catalyst', 'this oxide catalyst', 'as a catalyst, Nb2O5')
  credited with lowering a barrier of the host's hydrogen reaction (its temperature, its activation energy) or with
  speeding it up is that additive's CatalyticEffect; an additive that only lowers a value, named with no catalytic word,
  is credited with nothing (the review's reading);
- a destabilization said to be kinetic ('kinetic destabilization by addition of TiCl3', 'TiCl3 kinetically
  destabilizes LiAlH4') is the additive's catalytic effect, not a destabilized reactant;
- 'the catalyst effect of X', 'crystal defects' credited: the catalytic effect, the defects' mechanism."""
from __future__ import annotations

import pytest

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences
from ingest.extraction.mechanisms.mechanisms import mechanism_claims


def _claims(text: str) -> set[tuple[str, str | None, str | None]]:
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive) for c in mechanism_claims(_prose_sentences(doc), "src:s35claims3")}


@pytest.mark.parametrize("text, host, additive", [
    ("NaAlH4 was ball milled with 4 mol% of Ti powder. The Ti catalyst lowers the onset dehydrogenation "
     "temperature of NaAlH4 by about 60 °C.", "NaAlH4", "Ti"),
    ("MgH2 was milled for 10 h with 5 wt% Nb2O5. As a catalyst, the Nb2O5 can markedly reduce the desorption "
     "temperature of MgH2.", "MgH2", "Nb2O5"),
    ("LiBH4 was milled together with 10 wt% of a CoB powder. The catalyst decreases the activation energy of "
     "LiBH4 dehydrogenation from 150 to 110 kJ/mol.", "LiBH4", "CoB"),
    ("MgH2 was milled with 7 wt% V2O5. This oxide catalyst can further speed up the hydrogen release of MgH2.",
     "MgH2", "V2O5"),
    # (the host's run sped up by a transition-metal agent named after 'by', called a catalyst or not: 'the reaction …
    # was accelerated by adding 1 mol% of Ti species')
    ("LiAlH4 was milled with TiCl3 for 30 min. The decomposition of LiAlH4 is markedly accelerated by adding 2 mol% "
     "of TiCl3.", "LiAlH4", "TiCl3"),
    ("MgH2 was milled with 4 wt% Nb2O5. The hydrogen release of MgH2 was strongly promoted by Nb2O5.", "MgH2", "Nb2O5"),
    ("NaAlH4 was milled with ZrCl4. The dehydrogenation reaction of NaAlH4 is enhanced by doping with 3 mol% ZrCl4.",
     "NaAlH4", "ZrCl4"),
    # (a transition-metal subject written by the metal's name before a noun, an adverb or 'not only' after the verb:
    # 'the addition of titanium species enhances kinetically not only the dehydrogenation …')
    ("NaAlH4 was doped with 2 mol% of a titanium salt. The addition of titanium species speeds up the hydrogen release "
     "of NaAlH4.", "NaAlH4", "Ti"),
    ("MgH2 was milled with iron powder. The iron particles accelerate kinetically not only the desorption of MgH2 but "
     "also its uptake.", "MgH2", "Fe"),
    ("MgH2 was milled with 5 wt% Nb2O5. The Nb2O5 additive enhances kinetically not only the absorption of hydrogen "
     "by MgH2 but also its release.", "MgH2", "Nb2O5"),
])
def test_an_implied_catalytic_effect_is_credited(text, host, additive):
    assert ("CatalyticEffect", host, additive) in _claims(text)


@pytest.mark.parametrize("text", [
    # (no catalytic word: a lowered value alone credits nothing)
    "LiBH4 was milled with 30 mol% LiI. Adding LiI lowers the transition temperature of LiBH4 to 80 °C.",
    # (the catalyst is not what lowers anything)
    "NaAlH4 was ball milled with 4 mol% of Ti powder. Without a catalyst, the milled NaAlH4 releases hydrogen "
    "only above 200 °C.",
])
def test_no_catalytic_claim_without_a_catalyst_credited(text):
    assert not any(m == "CatalyticEffect" for m, _, _ in _claims(text))


@pytest.mark.parametrize("text", [
    "LiAlH4 was milled with 3 mol% TiCl3. The lower onset of the milled sample is owed to thermodynamic "
    "destabilization by a Li-Al phase, and to kinetic destabilization by addition of TiCl3.",
    "LiAlH4 was milled with 3 mol% TiCl3. The TiCl3 kinetically destabilizes LiAlH4.",
    "LiAlH4 was milled with 3 mol% TiCl3. The faster hydrogen release is owed to a kinetic destabilization of "
    "LiAlH4 by the added TiCl3.",
])
def test_a_kinetic_destabilization_by_a_catalyst_is_its_catalytic_effect(text):
    claims = _claims(text)
    assert ("CatalyticEffect", "LiAlH4", "TiCl3") in claims
    assert not any(m == "ReactantDestabilization" for m, _, _ in claims)


def test_a_destabilization_not_said_kinetic_stays_the_reactants():
    text = "LiBH4 was milled with MgH2. The MgH2 thermodynamically destabilizes LiBH4."
    assert ("ReactantDestabilization", "LiBH4", "MgH2") in _claims(text)


def test_the_catalyst_effect_and_crystal_defects_credited():
    text = ("Mg was milled under hydrogen with 15 wt% of FeTi to a MgH2–FeTi composite. Both the catalyst effect of "
            "the FeTi dispersed in the MgH2 matrix and the crystal defects are thought to play the key part in its "
            "fast sorption.")
    assert {m for m, _, _ in _claims(text)} >= {"CatalyticEffect", "VacancyDefectFormation"}


def test_crystal_defects_only_seen_are_no_claim():
    text = "MgH2 was milled with 5 wt% Nb2O5 for 20 h. XRD shows many crystal defects in the milled powder."
    assert not _claims(text)


# (the unmodified hydride a comparison takes as its reference is the host bettered, not the paragraph's other hydride)
@pytest.mark.parametrize("text", [
    "LiNH2 forms when LiH takes up NH3. The release of H2 from LiH milled with TiCl3 ran six times faster than "
    "from the raw LiH, which shows that TiCl3 has a strong catalytic effect.",
    "LiNH2 forms when LiH takes up NH3. Milled with TiCl3, the hydride reacted far faster than pristine LiH, "
    "so TiCl3 exerts a clear catalytic effect.",
    "LiNH2 forms when LiH takes up NH3. Milled with TiCl3, the hydride gave off NH3 far faster than the bare LiH "
    "did, so TiCl3 exerts a clear catalytic effect.",
])
def test_the_unmodified_reference_of_a_comparison_is_the_host(text):
    assert ("CatalyticEffect", "LiH", "TiCl3") in _claims(text)


def test_a_reference_that_is_the_paragraph_host_keeps_it():
    text = ("LiNH2 was milled with 3 mol% TiCl3. The doped LiNH2 releases NH3 at a lower temperature than pristine "
            "LiNH2, and TiCl3 thus shows a strong catalytic effect.")
    assert ("CatalyticEffect", "LiNH2", "TiCl3") in _claims(text)


# ('a joint result of several factors such as …'): a family phrase named as what a result came of is credited, also
# where no formula follows it (the catalytic action of the carbon walls: the sample's carbon)
@pytest.mark.parametrize("text, host", [
    ("LiBH4 was melt infiltrated into a mesoporous carbon. The faster release may be a joint result of several "
     "factors such as the catalytic action of the carbon walls.", "LiBH4"),
    ("NaAlH4 was melted into a porous carbon. The lower onset is the result of various effects including the "
     "catalytic activity of the pore walls.", "NaAlH4"),
    ("LiBH4 was melt infiltrated into a mesoporous carbon. The faster release is the result of the catalytic action "
     "of the carbon walls.", "LiBH4"),
])
def test_a_family_named_as_what_a_result_came_of_is_credited(text, host):
    assert any(m == "CatalyticEffect" and h == host for m, h, _ in _claims(text))


def test_the_result_of_measuring_a_catalytic_activity_is_no_claim():
    text = ("NaAlH4 was ball milled with 2 mol% CeCl3. The results of our tests on the catalytic activity of other "
            "chlorides will follow.")
    assert not _claims(text)


# ('To study the reorientational motion …, we measured …'): a mechanism the work sets out to study is credited to nothing
@pytest.mark.parametrize("text", [
    "LiBH4 was milled with LiI. To study the reorientational motion of the BH4 anions in the LiBH4–LiI solid "
    "solution, we measured NMR spectra.",
    "MgH2 was milled with 5 wt% Pd. In order to probe the spillover effect of Pd on MgH2, we used isotope exchange.",
    "MgH2 was milled with 5 wt% Ni. To better understand the hydrogen pump role of Mg2NiH4, the milled powder was "
    "cycled ten times.",
])
def test_a_mechanism_the_work_sets_out_to_study_is_no_claim(text):
    assert not _claims(text)


def test_a_mechanism_found_after_the_study_is_a_claim():
    text = ("MgH2 was milled with 5 wt% Pd. In order to probe it, we used isotope exchange, which shows that the "
            "spillover effect of Pd speeds up the uptake of MgH2.")
    assert ("Spillover", "MgH2", "Pd") in _claims(text)


def test_a_run_sped_up_by_an_agent_with_no_transition_metal_is_no_claim():
    text = "LiBH4 was milled with LiI. The decomposition of LiBH4 is promoted by adding 30 mol% of LiI."
    assert not any(m == "CatalyticEffect" for m, _, _ in _claims(text))



def test_a_subject_with_no_transition_metal_speeding_the_runs_is_no_catalyst():
    text = "LiBH4 was mixed with carbon. The carbon particles improve the kinetics of LiBH4."
    assert not any(m == "CatalyticEffect" for m, _, _ in _claims(text))


# ('… lowers not only the dehydrogenation temperature of NaAlH4, but also that of Na3AlH6'): the same said of a second host
@pytest.mark.parametrize("text, hosts, additive", [
    ("NaAlH4 was milled with 2 mol% TiCl3. The TiCl3 catalyst lowers not only the onset temperature of NaAlH4, but "
     "also that of Na3AlH6.", {"NaAlH4", "Na3AlH6"}, "TiCl3"),
    ("MgH2 was milled with 5 wt% Nb2O5. The Nb2O5 catalyst cuts not only the desorption temperature of MgH2 but also "
     "that of Mg2NiH4.", {"MgH2", "Mg2NiH4"}, "Nb2O5"),
    ("LiAlH4 was milled with 3 mol% NiCl2. As a catalyst, NiCl2 reduces not only the activation energy of LiAlH4, but "
     "also that of Li3AlH6.", {"LiAlH4", "Li3AlH6"}, "NiCl2"),
])
def test_a_claim_said_also_of_a_second_host_holds_for_both(text, hosts, additive):
    assert {h for m, h, a in _claims(text) if m == "CatalyticEffect" and a == additive} == hosts


def test_not_only_a_second_property_adds_no_host():
    text = ("NaAlH4 was milled with 2 mol% TiCl3. The TiCl3 catalyst lowers not only the onset temperature of NaAlH4, "
            "but also its activation energy.")
    assert {h for _, h, _ in _claims(text)} == {"NaAlH4"}


# (one set of unmodified-baseline words for every reader: an 'X-free' reference is unmodified as 'raw' is)
@pytest.mark.parametrize("text, host", [
    ("LiNH2 forms when LiH takes up NH3. The release of H2 from LiH milled with TiCl3 ran six times faster than from "
     "the additive-free LiH, which shows that TiCl3 has a strong catalytic effect.", "LiH"),
    ("LiNH2 forms when LiH takes up NH3. Milled with TiCl3, the hydride reacted far faster than catalyst-free LiH, so "
     "TiCl3 exerts a clear catalytic effect.", "LiH"),
    ("LiNH2 forms when LiH takes up NH3. Milled with TiCl3, the hydride gave off NH3 far faster than the TiCl3-free "
     "LiH did, so TiCl3 exerts a clear catalytic effect.", "LiH"),
    # near miss: the reference named free of something is the paragraph's host itself
    ("LiNH2 forms when LiH takes up NH3. Milled with TiCl3, the hydride gave off NH3 far faster than the carbon-free "
     "LiNH2 did, so TiCl3 exerts a clear catalytic effect.", "LiNH2"),
])
def test_a_reference_free_of_the_additive_is_the_host(text, host):
    assert ("CatalyticEffect", host, "TiCl3") in _claims(text)
