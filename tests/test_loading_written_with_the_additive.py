"""A loading written right before the additive a sentence adds is that sample's loading: after the paragraph named
the host with the additive ('MgH2 was milled with TiF3'), 'With 10 wt% TiF3, …' is MgH2 at 10 wt% TiF3; and a noun
of adding before 'of' and a share ('an optimized doping of 10 wt% TiF3') puts in what follows the share (sentences
written for this test)."""
import pytest

from tests.extracted import sample_rows

_TIF3 = (("MgH2", "HostHydride", None, None), ("TiF3", "Catalyst", 10.0, "wt%"))


def _systems(text):
    return {(prop, comps) for prop, _, comps, _ in sample_rows(text)}


@pytest.mark.parametrize("text", [
    "TiF3 nanosheets were ball milled into MgH2. With 10 wt% TiF3, the onset dehydrogenation temperature fell to 160 °C.",
    "MgH2 catalysed by TiF3 was studied. Adding 10 wt% TiF3 brought the onset dehydrogenation temperature down to 160 °C.",
    "We milled MgH2 with TiF3 in several ratios. For an optimal doping of 10 wt% TiF3, the onset dehydrogenation "
    "temperature dropped to 160 °C.",
    "MgH2 was milled with TiF3 for 5 h. With 10 wt%TiF3, the onset dehydrogenation temperature went down to 160 °C.",
])
def test_the_paragraphs_sample_takes_the_loading_written(text):
    assert ("onset_dehydrogenation_temperature", _TIF3) in _systems(text)


@pytest.mark.parametrize("text", [
    "With an optimized doping of 10 wt% TiF3, the onset dehydrogenation temperature of MgH2 dropped to 160 °C.",
    "With a loading of 10 wt% TiF3, the onset dehydrogenation temperature of MgH2 fell to 160 °C.",
])
def test_a_noun_of_adding_before_a_share_puts_the_material_in(text):
    assert ("onset_dehydrogenation_temperature", _TIF3) in _systems(text)


def test_no_loading_is_made_up_and_the_doped_host_stays_the_host():
    # near misses: no share written keeps the sample without one; 'the doping of MgH2 with …' dopes MgH2
    assert _systems("MgH2 was milled with TiF3. The onset dehydrogenation temperature fell to 160 °C.") == {
        ("onset_dehydrogenation_temperature", (("MgH2", "HostHydride", None, None), ("TiF3", "Catalyst", None, None)))}
    assert _systems("The doping of MgH2 with 10 wt% TiF3 lowered its onset dehydrogenation temperature to 160 °C.") == {
        ("onset_dehydrogenation_temperature", _TIF3)}
