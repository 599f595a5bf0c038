"""A thin film's own thickness and its cover's (names3, form g). 'Mg thin films of 100 nm were capped with Pd': the
'of' after the film noun measures the film, whatever cover is named after it (it was read as the cap's coating
thickness, or as a particle size). 'A Mg layer covered by 10 nm Pd': the length after a covering participle's 'by'
or 'with' is the cover's thickness on the covered sample (the 'by' was read as a change, 'by 10 nm', and the value
dropped). Every sentence is written for these tests."""
from __future__ import annotations

from prose_sentences import facts


def _formulas(m):
    return {c.formula for c in m.system.components}


def test_the_of_after_a_film_noun_gives_the_film_thickness():
    v = facts("Sputtered Mg thin films of 150 nm were subsequently capped with Pd.")
    assert v[150.0].property == "film_thickness" and _formulas(v[150.0]) == {"Mg", "Pd"}
    v = facts("Pd-capped magnesium films of about 80 nm were annealed in argon.")
    assert v[80.0].property == "film_thickness" and _formulas(v[80.0]) == {"Mg", "Pd"}
    v = facts("We grew MgH2 films of approximately 320 nm on quartz substrates.")
    assert v[320.0].property == "film_thickness"


def test_a_length_the_of_gives_to_another_noun_is_no_film_thickness():
    # near misses: the length measures the noun after it (crystallites, particles), not the film
    v = facts("Mg films of 25 nm crystallites were capped with Pd.")
    assert v[25.0].property != "film_thickness"
    v = facts("Thin films of 35 nm Pd particles were spread over the MgH2 powder.")
    assert v[35.0].property != "film_thickness"


def test_the_length_after_a_covering_participle_is_the_cover_thickness():
    v = facts("A 60 nm thick Mg film was covered by 12 nm Pd before hydrogenation.")
    assert v[12.0].property == "coating_thickness" and _formulas(v[12.0]) == {"Mg", "Pd"}
    assert v[60.0].property == "film_thickness"
    v = facts("The magnesium layer was then protected with 7 nm of Ti.")
    assert v[7.0].property == "coating_thickness" and _formulas(v[7.0]) == {"Mg", "Ti"}
    v = facts("Each Mg film was overcoated by roughly 20 nm Pd in the same chamber.")
    assert v[20.0].property == "coating_thickness" and _formulas(v[20.0]) == {"Mg", "Pd"}


def test_a_change_by_a_length_stays_a_change():
    # near miss: 'by' after a verb of change, no covering participle, is by how much the value changed
    assert 10.0 not in facts("The Mg film thickness decreased by 10 nm after cycling in hydrogen.")


def test_a_layer_covered_by_a_cap_is_the_capped_sample():
    # 'layer' names the sample as 'film' does: the layer's own thickness is the capped sample's
    v = facts("A 45 nm Mg layer covered by Pd was sputtered on glass.")
    assert v[45.0].property == "film_thickness" and _formulas(v[45.0]) == {"Mg", "Pd"}
    v = facts("Each 70 nm thick Mg layer, capped with a Pd overlayer, was annealed.")
    assert _formulas(v[70.0]) == {"Mg", "Pd"}
    v = facts("A 90-nm Mg layer coated by 6 nm Ti took up hydrogen at 330 K.")
    assert _formulas(v[90.0]) == {"Mg", "Ti"} and v[6.0].property == "coating_thickness"
