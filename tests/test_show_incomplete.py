"""`hkg bench extract --show-incomplete`: every fact that is not complete, with the check it fails (missed, system,
or the accuracy names), so the causes can be tabulated by field (issue 10, item 1)."""
import io
from contextlib import redirect_stdout

from ingest.evaluation.scoring import incomplete_pairs

HOST = {"material": "MgH2", "role": "HostHydride"}


def _fact(value, strategies, basis="measured"):
    return {"property": "hydrogen_capacity", "value": value, "unit": "wt%", "host": "MgH2", "strategies": strategies,
            "components": [HOST], "basis": basis, "application": "hydrogen_storage"}


def _row(value, strategies, basis="measured", additives=()):
    comps = [HOST, *({"material": a, "role": "Catalyst"} for a in additives)]
    return {"property": "hydrogen_capacity", "value": value, "value_max": None, "unit": "wt%", "material": "MgH2",
            "system": "MgH2", "strategies": strategies, "components": comps, "basis": basis, "qualifier": "=",
            "uncertainty": None, "application": "hydrogen_storage", "source": {"start": 0, "end": 10}}


def test_each_incomplete_fact_names_its_failing_check():
    facts = [_fact(6.0, []), _fact(5.0, ["Nanosizing"]), _fact(4.0, [], "theoretical"), _fact(3.0, []),
             _fact(2.0, [])]
    rows = [_row(6.0, []), _row(5.0, []), _row(4.0, []), _row(3.0, [], additives=["Ni"])]
    got = {f["value"]: fails for f, _, fails in incomplete_pairs(facts, rows)}
    assert got == {5.0: ["strategies"], 4.0: ["basis"], 3.0: ["system"], 2.0: ["missed"]}   # 6.0 is complete


def test_the_listing_prints_both_systems_and_the_text():
    from ui.cli.bench_strict import print_incomplete

    out = io.StringIO()
    with redirect_stdout(out):
        print_incomplete([("doc", "MgH2 holds 5.0 wt% H2.", [_fact(5.0, ["Nanosizing"])], [_row(5.0, [])])])
    printed = out.getvalue()
    assert "not complete in doc: 1 facts" in printed and "fails strategies" in printed
    assert "| MgH2 holds" in printed
