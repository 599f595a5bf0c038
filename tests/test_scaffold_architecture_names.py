"""A scaffold keeps its architecture name and its strategy (G12 cause 1): a support written as bare carbon in a
sample's notation ('X@C', 'X/carbon') is the one carbon scaffold its passage names anywhere — before or after the
sample, in its heading too, whatever the sentence says of it ('supported on', 'made from') — and a build noun
after up to three shaping words ('carbon micro-cellular foams') still names the build. Sentences written for these
tests."""
from __future__ import annotations

import pytest
from extracted import records


def _last(text: str) -> dict:
    return [r for r in records(text) if r.get("kind") != "mechanism"][-1]


def _scaffold(row: dict) -> list[str]:
    return [c["material"].rstrip("s") for c in row["components"] if c["role"] == "ScaffoldConfinementHost"]


@pytest.mark.parametrize("text, host, support", [
    # the carbon named in a sentence that says nothing of confining, before the sample
    ("LiBH4/carbon composites were prepared from LiH that had been deposited on a carbon aerogel. The composite "
     "starts releasing hydrogen at 250 °C.", "LiBH4", "carbon aerogel"),
    ("The NaAlH4/C composites release hydrogen from 150 °C. They were made from a carbon aerogel.",
     "NaAlH4", "carbon aerogel"),
    # the sample named in a sentence before the one naming its carbon; the value reached through the carried subject
    ("Our sample is LiAlH4@C. The hydride was confined in CMK-3. It desorbs 5 wt% at 150 °C.", "LiAlH4", "CMK-3"),
    ("We studied NaAlH4@C. The alanate was infiltrated into a carbon aerogel. It releases 3 wt% at 180 °C.",
     "NaAlH4", "carbon aerogel"),
])
def test_bare_carbon_is_the_passages_one_carbon_scaffold(text, host, support):
    row = _last(text)
    assert row["components"][0]["material"] == host
    assert _scaffold(row) == [support] and "Nanoconfinement" in row["strategies"], row


@pytest.mark.parametrize("text, support", [
    ("LiBH4 was melt-infiltrated into carbon micro–macrocellular foams and released 4 wt% at 300 °C.", "carbon foam"),
    ("NaAlH4 infiltrated into silica hierarchically templated aerogels desorbed 3 wt% at 180 °C.", "silica aerogel"),
    ("MgH2 grown inside graphene three-layered sponge-like foams released 6 wt% at 300 °C.", "graphene foam"),
])
def test_build_noun_after_shaping_words(text, support):
    assert _scaffold(_last(text)) == [support]


def test_heading_names_the_carbon_of_the_notation():
    text = ("# Tuning LiBH4@carbon micro–macrocellular foams\n\n"
            "LiBH4 was impregnated from an ether solution to give LiBH4@carbon samples. "
            "The LiBH4@carbon samples release 4.0 wt% at 300 °C.")
    assert _scaffold(_last(text)) == ["carbon foam"]


@pytest.mark.parametrize("text", [
    "We studied Mg(BH4)2@C [3]. The hydride was melt-infiltrated into carbon foams. It releases 5 wt% at 300 °C.",
    "We studied LiBH4@C. The hydride was melt-infiltrated into hollow carbon spheres and also mixed with a carbon "
    "aerogel. It releases 5 wt% at 300 °C.",
])
def test_the_scaffold_is_named_once(text):
    assert len(_scaffold(_last(text))) == 1


@pytest.mark.parametrize("text", [
    # two carbon scaffolds in the passage: which one is not said
    "The NaAlH4/C composites release hydrogen from 150 °C. CMK-3 and a carbon aerogel were both tried as hosts.",
    # a carbon of cited work is that work's, not the sample's
    "Carbon aerogels were used earlier [4]. The NaAlH4/C composites release hydrogen from 150 °C.",
    # the carbon the hydride was milled with, not put into
    "NaAlH4 was hand ground with a carbon aerogel. The NaAlH4/C composite releases hydrogen from 150 °C.",
    # a function word between carbon and a build noun: no carbon foam
    "LiBH4@C composites and silica foams were compared; the LiBH4@C composite releases hydrogen from 250 °C.",
])
def test_near_misses_stay_carbon(text):
    assert _scaffold(_last(text)) == ["C"]


def _claim_additives(text: str) -> set[str]:
    return {r["additive"] for r in records(text, kind="mechanism")}


@pytest.mark.parametrize("text, support", [
    ("# NaAlH4@carbon aerogel composites\n\nThe NaAlH4@C composite releases 3 wt% at 180 °C. This gain is "
     "attributed to the destabilization of NaAlH4 through confinement in the carbon pores.", "carbon aerogel"),
    ("# LiBH4 in hollow carbon spheres\n\nThe LiBH4@C samples desorb hydrogen from 250 °C. The destabilization "
     "of LiBH4 through confinement is thought to cause the lower onset.", "hollow carbon"),
    ("LiBH4 was infiltrated into CMK-3. The LiBH4@C samples desorb hydrogen from 250 °C. The destabilization "
     "of LiBH4 through confinement is thought to cause the lower onset.", "CMK-3"),
])
def test_a_claim_credits_the_carbon_the_sample_was_measured_in(text, support):
    assert _claim_additives(text) == {support}


@pytest.mark.parametrize("text", [
    # no carbon named: carbon as such
    "The LiBH4@C samples desorb hydrogen from 250 °C. The destabilization of LiBH4 through confinement is thought "
    "to cause the lower onset.",
    # the named carbon was milled in, not the scaffold
    "LiBH4 was ball milled with CMK-3. The LiBH4@C samples desorb hydrogen from 250 °C. The destabilization of "
    "LiBH4 through confinement is thought to cause the lower onset.",
])
def test_a_claim_on_carbon_as_such_stays_carbon(text):
    assert _claim_additives(text) == {"C"}
