"""'Ti-doped NaAlH4 (2 mol% Ti)', 'TiF3-doped LiBH4 (5 wt%)', 'CeO2-modified MgH2 (10 wt%)': the share in a bracket
after a prefixed host is the prefix's loading, never a hydrogen capacity. After 'of' ('the capacity of Ni-doped
MgH2 (6.5 wt%)') or set against another sample's share of its unit ('… compared with pure MgH2 (7.0 wt%)') the
bracket is the sample's value; a placing prefix's bracket ('CMK-3-confined LiBH4 (33 wt%)') is the hydride's
loading, no amount of the scaffold."""
import pytest

from ingest.extract import extract_text


def _rows(text):
    return [(m.property, m.value.magnitude if hasattr(m.value, "magnitude") else m.value,
             tuple((a.formula, a.amount and a.amount.value) for a in m.system.additives))
            for m in extract_text(text).measurements]


@pytest.mark.parametrize("text, additive", [
    ("Ti-doped NaAlH4 (2 mol% Ti) releases 4.9 wt% H2 at 150 °C.", ("Ti", 2.0)),
    ("TiF3-doped LiBH4 (5 wt%) starts to release hydrogen at 120 °C.", ("TiF3", 5.0)),
    ("CeO2-modified MgH2 (10 wt%) absorbs 5.5 wt% H2 at 200 °C.", ("CeO2", 10.0)),
    ("Nb2O5-catalyzed MgH2 (1 mol%) releases 6.0 wt% H2 at 300 °C, more than MgH2 (5.1 wt%).", ("Nb2O5", 1.0)),
])
def test_the_bracket_after_a_prefixed_host_is_the_loading(text, additive):
    rows = _rows(text)
    with_additive = [r for r in rows if r[2]]
    assert with_additive and all(r[2] == (additive,) for r in with_additive), rows
    assert additive[1] not in [v for _, v, adds in rows if adds], rows   # the loading is no value


@pytest.mark.parametrize("text", [
    "The capacity of Ni-doped MgH2 (6.5 wt%) is lower than that of pure MgH2 (7.0 wt%).",
    "Ni-doped MgH2 (6.5 wt%) is compared with pure MgH2 (7.0 wt%).",
])
def test_a_bracketed_value_stays_a_value(text):
    assert ("hydrogen_capacity", 6.5, (("Ni", None),)) in _rows(text)


def test_a_scaffold_prefix_bracket_is_no_amount_of_the_scaffold():
    rows = _rows("CMK-3-confined LiBH4 (33 wt%) releases hydrogen from 220 °C.")
    assert rows == [("onset_dehydrogenation_temperature", 220.0, (("CMK-3", None),))]
