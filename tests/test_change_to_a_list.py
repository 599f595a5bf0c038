"""A change written 'from X to A and B, respectively' starts from the unmodified sample's value: X is the bare
host's (never a sample holding the additives the list pairs with), A and B the modified samples' in order.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text


def _rows(text: str) -> set[tuple[float, str, tuple[str, ...]]]:
    return {(m.value, m.system.host.formula, tuple(sorted(a.formula or a.text for a in m.system.additives)))
            for m in extract_text(text).measurements}


@pytest.mark.parametrize("text, host, first, second", [
    ("Ti and Nb doping reduce the hydrogen removal energy of MgH2 from 2.41 eV to 1.83 and 1.66 eV, respectively.",
     "MgH2", "Ti", "Nb"),
    ("Doping MgH2 with Fe and Co lowers the hydrogen removal energy from 2.41 eV to 1.83 and 1.66 eV, respectively.",
     "MgH2", "Fe", "Co"),
    ("When LiBH4 is ball milled with TiF3 or NbF5, its onset temperature drops from 372 °C to 304 and 281 °C, "
     "respectively.", "LiBH4", "TiF3", "NbF5"),
])
def test_the_value_a_change_starts_from_is_the_bare_hosts(text, host, first, second):
    rows = _rows(text)
    start, to_first, to_second = (372.0, 304.0, 281.0) if "°C" in text else (2.41, 1.83, 1.66)
    assert (start, host, ()) in rows, rows
    assert not any(r[0] == start and r[2] for r in rows), rows
    assert (to_first, host, (first,)) in rows and (to_second, host, (second,)) in rows, rows


def test_near_miss_a_change_to_one_value_of_one_sample():
    rows = _rows("Adding 5 wt% Ni to MgH2 lowers the onset temperature from 351 °C to 262 °C.")
    assert (351.0, "MgH2", ()) in rows and (262.0, "MgH2", ("Ni",)) in rows, rows
