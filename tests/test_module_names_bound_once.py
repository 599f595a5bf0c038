"""Every top-level name of a package module is bound once.

A second ``_PATTERN = …`` further down a long module silently replaces the first for every function that reads it
at run time (two helpers' branches each added a ``_NEXT_WORD`` to one module, and 'batch No. 7' became nobelium
again). Names read only while the module is imported still worked, which is why nothing else showed it.
"""
from __future__ import annotations

import ast
import collections
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("ontology", "ingest", "kg", "ui")


def _bound_twice(source: str) -> list[str]:
    """The names ``source`` binds more than once at its top level (defs, classes, plain assignments)."""
    seen: collections.Counter[str] = collections.Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            seen[node.name] += 1
        elif isinstance(node, ast.Assign):
            seen.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            seen[node.target.id] += 1
    return sorted(n for n, c in seen.items() if c > 1)


def test_the_check_sees_a_rebinding():
    assert _bound_twice("A = 1\ndef f():\n    return A\nA = 2\n") == ["A"]
    assert _bound_twice("def g():\n    pass\n\ndef g():\n    pass\n") == ["g"]
    assert _bound_twice("A = 1\nB: int = 2\nif A:\n    A = 3\n") == []   # (a conditional rebinding is meant)


@pytest.mark.parametrize("package", PACKAGES)
def test_no_module_binds_a_top_level_name_twice(package):
    twice = {str(p.relative_to(ROOT)): names for p in sorted((ROOT / package).rglob("*.py"))
             if (names := _bound_twice(p.read_text(encoding="utf-8")))}
    assert not twice, f"top-level names bound twice (rename one): {twice}"
