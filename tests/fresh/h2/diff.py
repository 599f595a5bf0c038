"""Per document: annotated facts no row matches strictly, and rows no fact matches (for error analysis)."""
import os
import sys
from pathlib import Path

sys.path.insert(0, os.getcwd())
from ingest.scoring import same_material  # noqa: E402
from ui.cli.bench_strict import jsonl_rows  # noqa: E402
from ui.cli.extract import load_devset  # noqa: E402

folder = Path(sys.argv[1] if len(sys.argv) > 1 else "tests/fresh/h2")
facts = load_devset(folder / "styles.jsonl")
docs = sorted({f["doc"] for f in facts})


def adds(comps, host):
    return sorted(c["material"] for c in comps if c.get("role") != "HostHydride" and c["material"] != host)


def show(x):
    return f"{x['property']:36s} {x['value']!s:>7} {x.get('unit')!s:8s} host={x.get('host') or x.get('material')} adds={adds(x.get('components') or [], x.get('host') or x.get('material'))}"


for d in docs:
    rows = [r for r in jsonl_rows(folder / "styles" / f"{d}.md") if r.get("kind") != "mechanism"]
    fs = [f for f in facts if f["doc"] == d and f.get("kind") != "mechanism"]
    print(f"== {d}")
    used = set()
    for f in fs:
        hit = None
        for i, r in enumerate(rows):
            if i in used or r["property"] != f["property"] or abs((r["value"] or 0) - f["value"]) > 1e-6:
                continue
            ra = adds(r.get("components") or [], r.get("material"))
            fa = adds(f["components"], f["host"])
            ok = same_material(r.get("material"), f["host"]) and len(ra) == len(fa) and all(
                any(same_material(a, b) for b in ra) for a in fa)
            hit = (i, ok)
            if ok:
                break
        if hit and hit[1]:
            used.add(hit[0])
            continue
        print("  MISS ", show(f))
        if hit:
            print("   got ", show(rows[hit[0]]))
    for i, r in enumerate(rows):
        if i not in used:
            print("  EXTRA", show(r), "|", (r.get("source") or {}).get("text", "")[:0])
