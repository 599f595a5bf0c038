"""'What else behaved like MgH2 + Nb2O5, and why?': a mechanism both systems are credited with says
for which parts, without naming one element twice."""
from __future__ import annotations

from types import SimpleNamespace

from kg.analogs.explain import _claim_paths
from kg.analogs.model import QueryProfile


def _claim(additive, mechanism="ElectronTransfer"):
    return {"id": f"c-{additive}", "mechanism": mechanism, "additive": additive, "source": "doi:10.0/invented",
            "section": "2", "start": 10, "end": 20, "refs": []}


def _why(query_additive, analog_additive):
    index = SimpleNamespace(ids=["s1"], names=["MgH2–XNb2O9"])
    profile = QueryProfile(text="MgH2 + Nb2O5", kind="text", name="MgH2–Nb2O5")
    (path,) = _claim_paths(index, 0, profile, [_claim(query_additive)], [_claim(analog_additive)], None)
    return path.note


def test_an_element_both_share_is_named_once():
    assert _why("Nb", "Nb").endswith("credits electron transfer effect for Nb in both")


def test_different_parts_say_which_is_whose():
    # near miss: two parts are both named, each with its side
    assert _why("Nb", "V").endswith("for V (analog) and Nb (query)")
