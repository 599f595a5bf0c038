"""Issue 10: severe plastic deformation (high-pressure torsion, equal-channel angular pressing, cold rolling or
forging, accumulative roll bonding) is how a bulk Mg sample is nanostructured without milling: a sample the sentence
says was so processed carries the ontology's SeverePlasticDeformation strategy (a Nanostructuring); a section's
heading alone, or 'rolling' in another sense, gives none."""
from __future__ import annotations

from prose_sentences import contract_measurements, the_one

_SPD = "SeverePlasticDeformation"


def test_sample_processed_by_plastic_deformation_carries_it():
    for text, value in (
            ("Discs of Mg deformed by high-pressure torsion for five turns absorbed 6.2 wt% H2 at 310 °C.", 6.2),
            ("The AZ31 billet, given eight ECAP passes, stored 5.3 wt% hydrogen at 330 °C.", 5.3),
            ("Cold-rolled MgH2 foils released 5.9 wt% H2 at 320 °C within ten minutes.", 5.9),
            ("Mg sheets stacked by accumulative roll bonding took up 6.0 wt% hydrogen at 350 °C.", 6.0),
            ("The MgH2 powder was cold forged into a pellet that gave off 5.5 wt% H2 at 335 °C.", 5.5)):
        row = the_one(contract_measurements(text), value)
        assert _SPD in row["strategies"], (text, row)


def test_near_miss_heading_or_other_rolling_gives_none():
    # the section's name is no sentence that processes the sample; a rolling average is no rolling of a metal
    row = the_one(contract_measurements("Ball-milled MgH2 released 6.1 wt% H2 at 325 °C.", section="Cold rolling"), 6.1)
    assert _SPD not in row["strategies"], row
    row = the_one(contract_measurements("As a rolling average over ten cycles, MgH2 kept 5.8 wt% H2 at 330 °C."), 5.8)
    assert _SPD not in row["strategies"], row


def test_processing_said_in_the_sentence_before_holds_for_that_sample():
    text = "Pure Mg plates were thinned by cold rolling (CR) at room temperature. The CR Mg plate took up 6.4 wt% H2 at 345 °C."
    assert _SPD in the_one(contract_measurements(text), 6.4)["strategies"]


def test_near_miss_another_sample_in_contrast_gets_none():
    text = "Mg was deformed by high-pressure torsion. By contrast, ball-milled MgH2 gave off 6.3 wt% H2 at 340 °C."
    assert _SPD not in the_one(contract_measurements(text), 6.3)["strategies"]
