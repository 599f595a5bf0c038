"""Every Cypher statement the Neo4j backend can send passes Neo4j's own parser without errors.

The parser is npm ``@neo4j-cypher/language-support`` in ``tests/cypher_lint`` (``make lint-deps``
installs it). Parameter diagnostics are dropped by the lint script: the driver binds them at run time.
"""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from kg import schema
from kg.statements import all_statements, register

LINT_DIR = Path(__file__).resolve().parent / "cypher_lint"
ERROR = 1  # LSP DiagnosticSeverity.Error


def lint(statements: dict[str, str]) -> list[dict]:
    if shutil.which("node") is None:
        pytest.skip("node is not installed: cannot run Neo4j's Cypher parser (apt-get install nodejs)")
    if not (LINT_DIR / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        pytest.skip("the Cypher linter is not installed: run 'make lint-deps' (npm ci in tests/cypher_lint)")
    payload = {"statements": statements,
               "schema": {"labels": [*schema.labels(), schema.META_LABEL],
                          "relationshipTypes": list(schema.rel_types()),
                          "propertyKeys": list(schema.property_keys())}}
    proc = subprocess.run(["node", str(LINT_DIR / "lint.mjs"), "/dev/stdin"], input=json.dumps(payload),
                          capture_output=True, text=True, timeout=300, cwd=LINT_DIR)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.mark.slow   # Neo4j's semantic analysis in node: ~0.15 s CPU per statement, 200 statements
def test_every_statement_parses_without_errors():
    statements = all_statements("neo4j")
    # The registry really holds the store's statements and the other modules' read statements.
    assert any(k.startswith("upsert.Measurement") for k in statements)
    assert any(k.startswith("kg.gaps.queries:") for k in statements)
    assert any(k.startswith("kg.analogs.reader:") for k in statements)
    diagnostics = lint(statements)
    errors = [d for d in diagnostics if d["severity"] == ERROR]
    assert not errors, "\n".join(f"{d['name']} {d['line']}:{d['character']}: {d['message']}" for d in errors)
    # Unknown labels, rel types or properties come out as warnings: our names must all be known.
    warnings = [d for d in diagnostics if "not present in the database" in d["message"]]
    assert not warnings, warnings


@pytest.mark.slow   # Neo4j's parser in node
def test_linter_catches_a_broken_statement():
    diagnostics = lint({"broken": "MATCH (n:Source RETURN n", "cast": "RETURN CAST(1 AS DOUBLE) AS x"})
    assert {d["name"] for d in diagnostics if d["severity"] == ERROR} == {"broken", "cast"}


def test_registered_statements_are_linted():
    register("test", {"extra": "MATCH (s:System) RETURN s.name AS name"})
    assert "test.extra" in all_statements("neo4j")
