"""What the probe grids share: the failure rate of each slot value over a grid's verdicts, and the report a grid
prints when run as a script (``python tests/grid_NAME.py [-v]`` from the checkout root)."""
from __future__ import annotations

import os
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any


def rates(results: Iterable[tuple[Any, str]]) -> dict[str, dict[str, tuple[int, int]]]:
    """{slot: {slot value: (failures, probes)}} of (probe, verdict) pairs, a probe carrying ``slots`` and a
    verdict "OK" when the probe passed."""
    out: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for p, v in results:
        for slot, val in p.slots.items():
            out[slot][val][1] += 1
            out[slot][val][0] += v != "OK"
    return {s: {k: (a, b) for k, (a, b) in d.items()} for s, d in out.items()}


def measurement_rows(doc: str) -> list[dict]:
    """The measurement lines `hkg extract --jsonl` gives for a generated mini-abstract."""
    from ingest.extract import extract_text
    from kg.literature import contract_rows
    return [r for r in contract_rows(extract_text(doc)) if r["kind"] == "measurement"]


def value_row(doc: str, value: float) -> dict:
    """The first measurement line of ``doc`` with ``value`` (a test fails when there is none)."""
    found = [r for r in measurement_rows(doc) if r["value"] == value]
    assert found, measurement_rows(doc)
    return found[0]


def row_roles(row: dict) -> dict[str, str]:
    """A measurement line's components: material → role."""
    return {c["material"]: c["role"] for c in row["components"]}


def system_roles(text: str) -> list[tuple[str, str]]:
    """The (formula, role) of each component of a system notation, as the ontology parses it."""
    from ontology.system import analyse_system
    return [(c.formula, c.role) for c in analyse_system(text).system.components]



def failing_slot_values(grid: list[tuple[Any, str]], slot: str) -> tuple[dict, list]:
    """The values of ``slot`` with a failing probe ({value: (failing, probes)}) and up to five failing
    documents of them with their verdicts: what a grid test asserts empty."""
    failing = {v: (bad, n) for v, (bad, n) in rates(grid)[slot].items() if bad}
    examples = [(p.doc, verdict) for p, verdict in grid if verdict != "OK" and p.slots[slot] in failing][:5]
    return failing, examples


def titled(title: str, text: str) -> str:
    """A one-paragraph document under a title, as the grids' probes and their tests' sentences are written."""
    return f"# {title}\n\n{text}\n"


def value_wrongs(probe: Any, rows: list[dict], same_property: Callable[[str, str], bool],
                 rel: float = 1e-9) -> list[str]:
    """What is wrong with ``rows`` for a probe that expects a system per value (``probe.expected``: value ->
    frozenset of materials) and, for some values, a property (``probe.props``) that ``same_property(got,
    want)`` accepts: empty when every value is right."""
    wrong = []
    for value, want in probe.expected.items():
        got = [r for r in rows if abs(r["value"] - value) < rel * max(1.0, abs(value))]
        systems = [frozenset(c["material"] for c in r["components"]) for r in got]
        if not got:
            wrong.append(f"{value}: missing")
        elif any(s != want for s in systems):
            wrong.append(f"{value}: {[sorted(s) for s in systems]} != {sorted(want)}")
        elif value in probe.props and not all(same_property(r["property"], probe.props[value]) for r in got):
            wrong.append(f"{value}: property {[r['property'] for r in got]} != {probe.props[value]}")
    return wrong

def judged(verdict: Callable[[Any, list[dict]], str], probe_list: list) -> list[tuple[Any, str]]:
    """Each probe with ``verdict`` on the measurement lines of its document."""
    return [(p, verdict(p, measurement_rows(p.doc))) for p in probe_list]


def checked(check: Callable[[Any, list[dict]], list[str]], probe_list: list) -> list[tuple[Any, str]]:
    """Each probe with "OK" or the complaints ``check`` makes of the lines its sentences give as a section of a paper."""
    from prose_sentences import contract_measurements
    out = []
    for p in probe_list:
        bad = check(p, contract_measurements(p.doc))
        out.append((p, "OK" if not bad else "; ".join(bad)))
    return out


def report(run: Callable[[list], list[tuple[Any, str]]], probes: list) -> None:
    """Run a grid and print its pass count, the failures per slot value (worst first) and, with -v, each failure."""
    sys.path.insert(0, os.getcwd())
    sys.path.insert(0, os.path.join(os.getcwd(), "tests"))
    results = run(probes)
    bad = [(p, v) for p, v in results if v != "OK"]
    print(f"{len(results) - len(bad)}/{len(results)} OK")
    for slot, vals in rates(results).items():
        print(f"[{slot}]", "  ".join(f"{k}:{a}/{b}" for k, (a, b) in sorted(vals.items(), key=lambda kv: -kv[1][0])))
    if "-v" in sys.argv:
        for p, v in bad:
            print(v, "|", p.doc.replace("\n", " "))


def print_table(table: dict[str, dict[str, tuple[int, int]]], total_slot: str = "position") -> None:
    """Print a grid's {slot: {value: (passed, probes)}} table and its total over ``total_slot``."""
    for slot, cells in table.items():
        print(f"== {slot}")
        for value, (ok, n) in cells.items():
            print(f"  {ok:3}/{n:<3} {value}")
    cells = table[total_slot].values()
    print(f"TOTAL {sum(c[0] for c in cells)}/{sum(c[1] for c in cells)}")
