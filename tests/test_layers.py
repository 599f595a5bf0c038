"""Imports flow ui → kg/ingest → ontology, never back: checked on every module's import statements
(lazy imports inside functions included). ``kg`` may read ``ingest`` (the entry repository refuses
documents that are not lab entries); ``ingest`` never reads ``kg``."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("ontology", "ingest", "kg", "ui")
ALLOWED = {"ontology": {"ontology"}, "ingest": {"ingest", "ontology"},
           "kg": {"kg", "ingest", "ontology"}, "ui": set(PACKAGES)}


def _imports(path: Path) -> list[tuple[int, str]]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name.split(".")[0]) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            out.append((node.lineno, node.module.split(".")[0]))
    return [(n, m) for n, m in out if m in PACKAGES]


@pytest.mark.parametrize("package", PACKAGES)
def test_imports_flow_downwards(package):
    bad = [f"{p.relative_to(ROOT)}:{n} imports {m}"
           for p in sorted((ROOT / package).rglob("*.py")) for n, m in _imports(p)
           if m not in ALLOWED[package]]
    assert not bad, "imports against the layering:\n" + "\n".join(bad)


def test_the_check_sees_imports():
    # the rule must be able to fail: a module of this repo that imports across layers is found
    mods = {m for p in (ROOT / "ui").rglob("*.py") for _, m in _imports(p)}
    assert {"kg", "ingest", "ontology"} <= mods
