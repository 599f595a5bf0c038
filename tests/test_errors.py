"""One error hierarchy rooted in HydrideKGError, mapped once per edge (CLI, JSON API, pages)."""
from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

from ontology.errors import Conflict, HydrideKGError, NotFound, UserError

ROOT = Path(__file__).resolve().parents[1]
PRIVATE_OK = {"_SemanticErrors", "_Aborted"}      # internal signals that never leave their module


def _error_classes():
    for path in sorted(p for pkg in ("ontology", "ingest", "kg", "ui") for p in (ROOT / pkg).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and node.name not in PRIVATE_OK and any(
                    isinstance(b, ast.Name) and (b.id.endswith(("Error", "Exception")) or b.id in
                                                 ("UserError", "NotFound", "Conflict", "Refused"))
                    for b in node.bases):
                module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
                yield module, node.name


def test_every_exception_class_is_a_hydridekg_error():
    found = list(_error_classes())
    assert len(found) > 20, found                          # the scan sees the project's classes
    outside = []
    for module, name in found:
        if module.startswith("ui.app.pages"):
            continue
        cls = getattr(importlib.import_module(module), name)
        if not issubclass(cls, HydrideKGError):
            outside.append(f"{module}.{name}")
    assert outside == []


def test_old_bases_are_kept_for_callers_that_catch_them():
    from ingest.entries.entry import EntryValidationError
    from kg.entries import ConflictError, NotFoundError
    from ontology.units import UnitError
    from ontology.vocabulary import UnknownTermError

    assert issubclass(UnitError, ValueError) and issubclass(EntryValidationError, ValueError)
    assert issubclass(UnknownTermError, KeyError) and issubclass(UnknownTermError, UserError)
    assert issubclass(NotFoundError, NotFound) and issubclass(ConflictError, Conflict)
    assert str(UnknownTermError("'Xy' is not a Material")) == "'Xy' is not a Material"   # no KeyError quotes


def test_a_user_error_carries_its_field_and_fix():
    err = UserError("HKG_STORE='x' is not a store", field="HKG_STORE", fix="set HKG_STORE to ladybug or neo4j")
    assert err.field == "HKG_STORE" and str(err).endswith("— fix: set HKG_STORE to ladybug or neo4j")
    assert str(UserError("plain")) == "plain" and UserError("plain").field is None


def test_the_cli_maps_project_errors_to_exit_2_and_keeps_bugs_loud(monkeypatch, capsys):
    import ui.cli as cli

    def fails_with(exc):
        def func(args):
            raise exc
        return func

    parser = cli.build_parser()
    args = parser.parse_args(["stats"])
    for exc in (UserError("bad value", field="x", fix="give another"), NotFound("no entry 'e1'"),
                HydrideKGError("the store is locked")):
        args.func = fails_with(exc)
        monkeypatch.setattr(cli, "build_parser", lambda a=args: type("P", (), {"parse_args": lambda self, argv: a})())
        assert cli.main([]) == 2
        assert f"hkg stats: error: {exc}" in capsys.readouterr().err
    args.func = fails_with(ZeroDivisionError("a bug"))
    with pytest.raises(ZeroDivisionError):       # a bug keeps its traceback
        cli.main([])


def test_the_cli_does_not_rewrap_project_errors():
    """Errors of the hierarchy reach the one handler as they are; no ``CliError(str(exc))``."""
    hits = [f"{p.relative_to(ROOT)}:{n}" for p in (ROOT / "ui" / "cli").glob("*.py")
            for n, line in enumerate(p.read_text().splitlines(), 1)
            if re.search(r"CliError\(str\(exc\)\)", line)]
    assert hits == []


@pytest.mark.parametrize("exc, status", [(UserError("x"), 400), (NotFound("x"), 404), (Conflict("x"), 409),
                                         (ValueError("x"), 400), (HydrideKGError("locked"), 503),
                                         (ZeroDivisionError(), 500)])
def test_http_status_of_each_kind(exc, status):
    from kg.entries import ConflictError, NotFoundError
    from ui.http_api import status_for

    assert status_for(exc) == status
    assert status_for(NotFoundError("e")) == 404 and status_for(ConflictError("e")) == 409
