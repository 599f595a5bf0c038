"""Imports flow ui → kg/ingest → ontology, never back: checked on every module's import statements
(lazy imports inside functions included). ``kg`` may read ``ingest`` (the entry repository refuses
documents that are not lab entries); ``ingest`` never reads ``kg``."""
from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("ontology", "ingest", "kg", "ui")
ALLOWED = {"ontology": {"ontology"}, "ingest": {"ingest", "ontology"},
           "kg": {"kg", "ingest", "ontology"}, "ui": set(PACKAGES)}


@cache
def _nodes(path: Path) -> tuple[ast.AST, ...]:
    """Every node of a module's syntax tree; parsed once for the checks of this file."""
    return tuple(ast.walk(ast.parse(path.read_text(encoding="utf-8"))))


def _imports(path: Path) -> list[tuple[int, str]]:
    out = []
    for node in _nodes(path):
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


def _full_imports(path: Path) -> list[tuple[int, str, list[str]]]:
    """(line, absolute module, imported names) of every import, relative ones resolved."""
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    out = []
    for node in _nodes(path):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name, []) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".") if node.level else []
            if node.level > 1:
                base = base[:-(node.level - 1)]
            module = ".".join([*base, *([node.module] if node.module else [])])
            out.append((node.lineno, module, [a.name for a in node.names]))
    return out


def test_pages_use_services_not_the_cli():
    """The Streamlit app (pages and their helpers) calls services; it never runs or imports the CLI,
    nor swaps the process's stdout (which leaked one session's output into another's)."""
    app = ROOT / "ui" / "app"
    bad = [f"{p.relative_to(ROOT)}:{n} imports {m}" for p in sorted(app.rglob("*.py"))
           for n, m, _ in _full_imports(p) if m == "ui.cli" or m.startswith("ui.cli.")]
    for p in sorted(app.rglob("*.py")):
        text = p.read_text(encoding="utf-8")
        for word in ("redirect_stdout", "redirect_stderr", "sys.stdout =", "subprocess"):
            if word in text:
                bad.append(f"{p.relative_to(ROOT)} uses {word}")
    assert not bad, "\n".join(bad)


def test_no_module_imports_private_names_of_the_cli():
    """The CLI's helpers stay its own (writes live in the services, not in ``ui.cli``)."""
    bad = [f"{p.relative_to(ROOT)}:{n} imports {name} from {m}"
           for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))
           for n, m, names in _full_imports(p) for name in names
           if (m == "ui.cli" or m.startswith("ui.cli.")) and name.startswith("_") and not name.startswith("__")]
    assert not bad, "\n".join(bad)


def test_the_private_name_check_sees_imports(tmp_path):
    # it must be able to fail: the resolver finds a relative import of a private name
    probe = ROOT / "ui" / "cli" / "eln.py"
    assert any(m == "ui.cli.entry" for _, m, _ in _full_imports(probe))
