"""A document's title states its finding as a sentence does: a mechanism the title credits to an additive of a
sample it names is a claim (issue 10), unless the body claims the same one; a title naming a mechanism but no
additive is a topic. And a material said to do a catalyst's work ('acting as hydrogen pumps', 'facilitating a
hydrogen overflow effect') is an additive, never a sample reported on its own. The sentences are written for
these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text


def _claims(text: str) -> list[tuple[str, str | None, str | None, int]]:
    return [(c.mechanism, c.host, c.additive, c.source.start) for c in extract_text(text).mechanisms]


@pytest.mark.parametrize("title, body, mechanism, host, additive", [
    ("Space-charge layers at the LiBH4/SiO2 interface raise the lithium-ion conductivity",
     "Milled LiBH4/SiO2 reaches 1 × 10-4 S cm-1 at 35 °C.", "InterfacialConduction", "LiBH4", "SiO2"),
    ("Interface pathways make NaBH4–ZrO2 composites fast sodium conductors",
     "The composite conducts 3 × 10-5 S cm-1 at 60 °C.", "InterfacialConduction", "NaBH4", "ZrO2"),
    ("Hydrogen spillover from Pd nanoparticles speeds up the hydrogenation of MgH2",
     "The Pd-doped MgH2 absorbs 5.1 wt% H2 within 10 min at 200 °C.", "Spillover", "MgH2", "Pd"),
])
def test_a_title_credits_a_mechanism_to_an_additive(title, body, mechanism, host, additive):
    claims = _claims(f"# {title}\n\n{body}")
    assert [(m, h, a) for m, h, a, _ in claims] == [(mechanism, host, additive)], claims


@pytest.mark.parametrize("title, body", [
    ("Space-charge conduction in nanoconfined LiBH4", "Milled LiBH4 reaches 1 × 10-4 S cm-1 at 35 °C."),
    ("Hydrogen spillover in catalysed hydrides", "The Pd-doped MgH2 absorbs 5.1 wt% H2 within 10 min at 200 °C."),
])
def test_a_title_naming_no_additive_claims_nothing(title, body):
    assert _claims(f"# {title}\n\n{body}") == []


def test_a_title_claim_the_body_makes_is_the_bodys():
    text = ("# Space-charge layers at the LiBH4/SiO2 interface raise the lithium-ion conductivity\n\n"
            "A space-charge layer at the LiBH4/SiO2 interface explains the fast conduction of the milled composite. "
            "Milled LiBH4/SiO2 reaches 1 × 10-4 S cm-1 at 35 °C.")
    claims = _claims(text)
    assert [(m, h, a) for m, h, a, _ in claims] == [("InterfacialConduction", "LiBH4", "SiO2")], claims
    assert claims[0][3] > text.index("\n\n")      # the evidence is the body's sentence, not the title


def test_interfacial_diffusion_of_hydrogen_is_no_interfacial_conduction():
    from ingest.extraction.mechanisms.mechanisms_phrases import find_mechanisms
    assert find_mechanisms("Interfacial hydrogen diffusion pathways in MgH2/Ni accelerate the kinetics") == []


def _bare_reports(text: str) -> list[str]:
    return [r.system.name for r in extract_text(text).reports if not r.system.additives]


@pytest.mark.parametrize("text", [
    "Intermetallic phases fulfil distinct catalytic roles, such as TiFe and ZrCo working as “hydrogen pumps,” inside "
    "the hydride.",
    "Intermetallics take on several catalytic roles; ZrCo and TiFe, for instance, function as hydrogen pumps.",
    "In these studies ZrCo serves as a hydrogen pump.",
    "Binary alloys matter too: FeCo facilitating a “hydrogen overflow” effect is one example.",
])
def test_a_material_doing_a_catalysts_work_is_no_sample_of_its_own(text):
    assert not {"ZrCo", "TiFe", "FeCo"} & set(_bare_reports(text)), _bare_reports(text)


def test_a_material_made_is_still_reported():
    assert "ZrCo" in _bare_reports("ZrCo was prepared by arc melting and then ball milled.")
