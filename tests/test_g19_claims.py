"""Mechanism claims in forms the open pool G19 used (4 December): a result said to benefit from its cause, and a phase
credited with catalysis that only a reaction of one additive with the host can have made. Every sentence here is
written for the test."""
from __future__ import annotations

import pytest

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences
from ingest.extraction.mechanisms.mechanisms import mechanism_claims
from tests.test_claims2_phrasings import _claims
from tests.test_claims_p16_forms import _phases


@pytest.mark.parametrize("text, claim", [
    ("We made Li2BH4NH2 by milling. Benefitting from abundant vacancies, its lithium-ion conductivity is high.",
     ("VacancyDefectFormation", "LiBH4", "LiNH2")),
    ("Li2BH4I was made by milling. Benefitting from rich vacancy defects, the lithium-ion conductivity of this phase "
     "is high.", ("VacancyDefectFormation", "LiBH4", "LiI")),
    ("Mg(BH4)2 was confined in a porous carbon. Benefiting from the nanoconfinement, the hydrogen release starts "
     "much earlier.", ("ConfinementEffect", "Mg(BH4)2", None)),
])
def test_a_result_said_to_benefit_from_its_cause_credits_that_cause(text, claim):
    mechanism, host, _ = claim
    found = _claims(text)
    assert any(m == mechanism and h == host for m, h, _ in found), found


def test_near_miss_a_benefit_named_as_a_goal_credits_nothing():
    found = _claims("Li2BH4NH2 was made by milling. Applications could benefit from a conductor of this kind.")
    assert not found, found


@pytest.mark.parametrize("text, additive, phase", [
    ("MgH2 was ball milled with WS2. The faster hydrogen release is attributed to MgS and W, which catalyze the "
     "dehydrogenation of MgH2.", "WS2", "MgS"),
    ("We milled MgH2 with 5 wt% CeF3. The improvement is ascribed to the presence of MgF2, which catalyzes the "
     "hydrogen sorption of MgH2.", "CeF3", "MgF2"),
    ("LiBH4 was milled with NiCl2. Its lower desorption temperature is due to LiCl, which catalyzes the "
     "decomposition of LiBH4.", "NiCl2", "LiCl"),
])
def test_a_catalysing_phase_of_host_and_one_additive_is_that_additive_in_situ_phase(text, additive, phase):
    found = _phases(text)
    assert any(m == "InSituCatalyticPhase" and a == additive and p == phase for m, _, a, p in found), found


def test_near_miss_a_phase_of_the_host_and_no_additive_stays_as_written():
    found = _phases("MgH2 was milled with Ni. The faster kinetics is attributed to MgO, which catalyzes the "
                        "hydrogen desorption of MgH2.")
    assert not any(m == "InSituCatalyticPhase" for m, _, _, _ in found), found


def _strategies(text: str) -> set[tuple[str, str | None, str | None]]:
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.additive, c.strategy) for c in mechanism_claims(_prose_sentences(doc), "src:g19claims")}


@pytest.mark.parametrize("text, additive", [
    ("SrB12H12 conducts Sr2+ slowly. Sr vacancies for hopping are created by a partial substitution of Sr with La.",
     "La"),
    ("Creating Li vacancies in LiBH4 is predicted to be favourable through substitution of Li by Mg.", "Mg"),
    ("Na2B10H10 was modelled. Its Na vacancies, which aid diffusion, arise on partial substitution of Na with Ca.",
     "Ca"),
])
def test_a_substitution_of_the_host_metal_named_after_the_phrase_is_cation_substitution(text, additive):
    found = _strategies(text)
    # (the strategy is what is read here; the substituent is credited where the sentence names it as the actor)
    assert any(m == "VacancyDefectFormation" and s == "CationSubstitution" and a in (additive, None)
               for m, a, s in found), found


def test_near_miss_vacancies_with_no_substitution_keep_the_strategy_of_their_composite():
    found = _strategies("In LiBH4 milled with 10 mol% LiI, iodide raises the concentration of Li vacancies.")
    assert not any(s == "CationSubstitution" for _, _, s in found), found
