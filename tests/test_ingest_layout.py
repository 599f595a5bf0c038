"""ingest/ in layers (issue 10): each subpackage says what it holds and imports only the layers below it.

The order is the one ``ingest/extraction/__init__.py`` and each package's docstring state; lazy imports inside
functions count too. A new module goes into the package of its job (the docstrings say which), never loose in
``ingest/`` beside the pipeline's entry points."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INGEST = ROOT / "ingest"
ENTRY_POINTS = {"__init__", "extract", "paper", "snapshot"}
# the extraction layers, lowest first: a layer may import the ones before it
LAYERS = ["text", "samples", "values", "attribution", "prose", "mechanisms", "tables", "document_wide"]
EXTRACTION = {f"extraction.{name}": {f"extraction.{x}" for x in LAYERS[:i]} | {"documents"}
              for i, name in enumerate(LAYERS)}
EXTRACTION["extraction.text"] = set()
ALLOWED = {
    **EXTRACTION,
    "documents": {"extraction.text"},
    "instruments": set(),
    "entries": {"instruments"},
    "eln": {"entries", "instruments", *EXTRACTION},
    "evaluation": {"documents", *EXTRACTION},
}


def _package(module: str) -> str:
    """The layer of a dotted module: 'extraction.<layer>' in extraction, the subpackage elsewhere, '' at the top."""
    parts = module.split(".")[1:]
    if not parts:
        return ""
    if parts[0] == "extraction":
        return ".".join(parts[:2])
    return parts[0] if (INGEST / parts[0]).is_dir() else ""


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every ``ingest`` import of a file, relative ones resolved."""
    module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    package = module.removesuffix(".__init__") if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - (node.level - 1)] if node.level else []
            out.append((node.lineno, ".".join([*base, *([node.module] if node.module else [])])))
    return [(n, m) for n, m in out if m.startswith("ingest.")]


def _against_layers(module: str, targets: list[tuple[int, str]]) -> list[str]:
    own = _package(module)
    if own in ("", "extraction"):
        return []
    return [f"{module}:{line} ({own}) imports {target} ({_package(target)})" for line, target in targets
            if _package(target) not in ("", own, *ALLOWED[own])]


def test_every_layer_says_what_it_holds_and_may_import():
    inits = [INGEST.joinpath(*name.split("."), "__init__.py") for name in (*ALLOWED, "extraction")]
    missing = [str(p.relative_to(ROOT)) for p in inits if not p.exists()
               or "May import" not in (ast.get_docstring(ast.parse(p.read_text(encoding="utf-8"))) or "")]
    assert not missing, "a package docstring that says what it holds and what it may import: " + ", ".join(missing)


def test_no_module_loose_in_ingest():
    loose = sorted(p.name for p in INGEST.glob("*.py") if p.stem not in ENTRY_POINTS)
    assert not loose, f"put {loose} into the ingest/ subpackage of its job (see the packages' docstrings)"


def test_layers_import_downwards():
    bad = [v for path in sorted(INGEST.rglob("*.py"))
           for v in _against_layers(".".join(path.relative_to(ROOT).with_suffix("").parts), _imports(path))]
    assert not bad, "imports against the layers of ingest/:\n" + "\n".join(bad)


def test_the_layer_check_sees_an_upward_import():
    # the check must be able to fail: the text layer importing the sentence reader, documents importing a rule
    assert _against_layers("ingest.extraction.text.nlp", [(3, "ingest.extraction.prose.prose")])
    assert _against_layers("ingest.documents.document", [(9, "ingest.extraction.samples.samples")])
    assert not _against_layers("ingest.extraction.prose.prose", [(5, "ingest.extraction.text.nlp")])
