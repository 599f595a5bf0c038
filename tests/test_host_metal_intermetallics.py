"""An intermetallic of the host's own metal and one other metal (Mg2Ni or Mg2Cu in MgH2, formed in situ or added)
catalyses by that other metal: metal catalysis, not the catalysis of several metals (the host's Mg is no second
catalyst metal). Two foreign metals (CuNi, Nb with Ti) stay multi-metal; the host's own metal alone (Al in
LiAlH4) keeps its reading."""
import pytest

from ingest.extract import extract_text
from ontology.strategy_rules import composition_strategies
from ontology.system import parse_system


@pytest.mark.parametrize("written, strategy", [
    ("MgH2–10 wt% Mg2Ni", "MetalCatalysis"),
    ("MgH2–Mg2Cu", "MetalCatalysis"),
    ("MgH2–5 wt% Mg2Co", "MetalCatalysis"),
    ("MgH2–5 wt% CuNi", "MultiMetalCatalysis"),
    ("MgH2–2 mol% Nb–2 mol% Ti", "MultiMetalCatalysis"),
    ("MgH2–10 wt% TiVNbZrFe", "MultiMetalCatalysis"),
])
def test_the_host_metal_is_no_second_catalyst_metal(written, strategy):
    assert strategy in composition_strategies(parse_system(written, strict=False))


@pytest.mark.parametrize("text", [
    "The enhanced kinetics are attributed to the in situ formed Mg2Ni, which acts as a hydrogen pump for MgH2.",
    "Mg2Cu formed during milling acts as a hydrogen pump for MgH2.",
    "In MgH2 milled with Mg2Ni, the Mg2Ni serves as a hydrogen pump.",
])
def test_claims_on_such_a_phase_are_metal_catalysis(text):
    claims = extract_text(text).mechanisms
    assert claims and all(c.strategy == "MetalCatalysis" for c in claims), [(c.mechanism, c.strategy) for c in claims]
