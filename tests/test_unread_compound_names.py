"""An element's name before an anion word the ontology does not know ('potassium hexahydroborate', 'lithium titanate',
'sodium amide') names one compound, never the bare metal (names3, form f: such values were put on K, Li or Na).
A word after the name that is no compound's ('magnesium composite') leaves the element as it was. Every sentence is
written for these tests."""
from __future__ import annotations

from prose_sentences import facts

from ingest.extraction.text.nlp import mentions


def _hosts(found):
    return {m.system.host.formula for m in found.values()}


def test_words_built_like_an_anion_are_read_as_one():
    from ontology.compound_names import anion_like

    assert all(anion_like(w) for w in ("hexahydroborate", "titanates", "germanide", "carbonate", "borohyride",
                                       "amide", "halides", "trihydride"))
    # near misses: English words of the same endings
    assert not any(anion_like(w) for w in ("composite", "substrate", "side", "plate", "state", "template"))


def test_an_unknown_compound_name_gives_no_bare_metal():
    assert "K" not in _hosts(facts("Our potassium hexahydroborate powder melted near 480 °C under argon."))
    assert "Li" not in _hosts(facts("The lithium titanate additive lowered nothing; the blend desorbed 3.2 wt% H2."))
    assert "Na" not in _hosts(facts("Sodium amide decomposes at 350 °C."))
    assert not any(m.text.casefold() == "lithium" for m in mentions("A lithium germanides phase formed after cycling."))


def test_a_known_name_and_an_element_before_an_ordinary_noun_stay():
    # near misses: a name the ontology knows is its compound; an element before a noun of no compound is the element
    assert "LiNH2" in _hosts(facts("Lithium amide decomposes at 300 °C."))
    assert "KNH2" in _hosts(facts("Potassium amide begins to decompose near 330 °C in our cell."))
    assert "Mg" in _hosts(facts("The magnesium composite absorbed 5.1 wt% hydrogen at 300 °C."))
    assert any(m.text == "magnesium" for m in mentions("The magnesium substrate was polished before deposition."))
