"""Security: user text is data, never Cypher or HTML; secrets never in the repo; deployment settings.

Injection strings go through every user-facing input (entry titles, notes, sample labels, system
text, analog search, gap-report filters, source ids, spreadsheet cells, .eln metadata and file
names) and the graph must come out intact with the text verbatim.
"""
from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
EVIL = [
    "' }) MATCH (n) DETACH DELETE n //",
    '"; DROP TABLE System; --',
    "`) DETACH DELETE n RETURN 1 //",
    "$sid } RETURN 1 UNION MATCH (n) RETURN n //",
    "<script>alert('x')</script>",
    "Robert'); CALL db.clearQueryCaches(); //",
    "MgH2\u202e\u0000 ünï©ødé " + "x" * 2000,
]


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("HKG_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("HKG_STORE", "ladybug")
    monkeypatch.setenv("HKG_USER", "tester")
    from ui.cli import main

    return tmp_path, main


def _counts(data_dir) -> dict:
    from kg.store import open_store

    with open_store("ladybug", data_dir=data_dir, read_only=True) as s:
        return {k: v for k, v in s.stats()["counts"].items()}


def _entry(title: str, note: str, label: str) -> dict:
    return {"title": title, "author": "A. Researcher", "project": title[:40], "tags": [note[:30]],
            "observations": [note],
            "samples": [{"id": "S1", "label": label, "system": "MgH2 + 10 wt% Ni", "notes": note,
                         "measurements": [{"property": "hydrogen_capacity", "value": 6.0, "unit": "wt%",
                                           "note": note}]}]}


# The first hostile text in `make test-fast`; every one in `make test` (each stores entries: seconds).
@pytest.mark.parametrize("evil", [EVIL[0], *(pytest.param(e, marks=pytest.mark.slow) for e in EVIL[1:])])
def test_entry_text_is_stored_verbatim_and_graph_stays_intact(env, evil):
    data_dir, main = env
    good = data_dir / "good.json"
    good.write_text(json.dumps(_entry("baseline", "fine", "S")))
    assert main(["entry", "add", str(good), "--id", "base"]) == 0
    before = _counts(data_dir)
    bad = data_dir / "bad.json"
    bad.write_text(json.dumps(_entry(evil.replace("\u0000", ""), evil, evil)))
    code = main(["entry", "add", str(bad), "--id", "evil1"])
    after = _counts(data_dir)
    if code == 0:          # stored: exactly one more source and its facts, the text verbatim
        assert after["Source"] == before["Source"] + 1
        assert after["Measurement"] == before["Measurement"] + 1
        from kg.store import open_store

        with open_store("ladybug", data_dir=data_dir, read_only=True) as s:
            rows = s.query("MATCH (x:Source {id: $id}) RETURN x.title AS t", {"id": "lab:evil1"})
        assert rows == [{"t": evil.replace("\u0000", "").strip()}]
    else:                  # refused with a message: nothing written
        assert after == before
    for label in ("System", "Material", "Property", "Strategy"):
        assert after[label] >= before[label]


@pytest.mark.parametrize("evil", [EVIL[0], *(pytest.param(e, marks=pytest.mark.slow) for e in EVIL[1:4])])
def test_search_text_filters_and_ids_are_data(env, evil, capsys):
    data_dir, main = env
    good = data_dir / "good.json"
    good.write_text(json.dumps(_entry("baseline", "fine", "S")))
    assert main(["entry", "add", str(good), "--id", "base"]) == 0
    before = _counts(data_dir)
    main(["analogs", evil, "--json"])
    main(["analogs", "MgH2", "--json", "--filter", evil])
    main(["report", "gaps", "--format", "md", "--source", evil, "--project", evil, "--out",
          str(data_dir / "r.md")])
    main(["query", f"MATCH (s:Source) RETURN s.id AS id // {evil}"])
    main(["entry", "show", evil])
    capsys.readouterr()
    assert _counts(data_dir) == before


def test_spreadsheet_cells_are_data(env, literature_graph, capsys):
    data_dir, main = env
    csv = data_dir / "lab.csv"
    rows = ["Sample,Material,Property,Value,Unit,Technique"]
    rows.append(f'"{EVIL[0]}",MgH2 + 10 wt% Ni,hydrogen_capacity,6.0,wt%,TPD')
    rows.append('"A2",MgH2,hydrogen_capacity,5.0,wt%,"' + EVIL[1].replace('"', '""') + '"')
    csv.write_text("\n".join(rows) + "\n")
    shutil.copytree(literature_graph, data_dir, dirs_exist_ok=True)   # what `hkg build` makes
    before = _counts(data_dir)
    code = main(["import", "table", str(csv), "--author", "me", "--title", EVIL[2]])
    capsys.readouterr()
    after = _counts(data_dir)
    assert after["Property"] == before["Property"] and after["System"] >= before["System"]
    if code == 0:
        from kg.store import open_store

        with open_store("ladybug", data_dir=data_dir, read_only=True) as s:
            titles = {r["t"] for r in s.query("MATCH (x:Source) WHERE x.kind = $k RETURN x.title AS t",
                                              {"k": "lab_entry"})}
        assert EVIL[2].strip() in titles
    else:
        assert after == before


def test_eln_metadata_and_file_names_are_data(env, literature_graph, tmp_path, capsys):
    data_dir, main = env
    crate = {"@context": "https://w3id.org/ro/crate/1.1/context", "@graph": [
        {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"},
         "conformsTo": {"@id": "https://w3id.org/ro/crate/1.1"}},
        {"@id": "./", "@type": "Dataset", "hasPart": [{"@id": "./exp/"}]},
        {"@id": "./exp/", "@type": "Dataset", "name": EVIL[0], "text": EVIL[4],
         "keywords": EVIL[1], "hasPart": [{"@id": "./exp/evil';DROP.csv"}]},
        {"@id": "./exp/evil';DROP.csv", "@type": "File", "name": EVIL[2], "encodingFormat": "text/csv"}]}
    archive = tmp_path / "evil.eln"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("evil/ro-crate-metadata.json", json.dumps(crate))
        z.writestr("evil/exp/evil';DROP.csv", "T,signal\n1,2\n")
    shutil.copytree(literature_graph, data_dir, dirs_exist_ok=True)   # what `hkg build` makes
    before = _counts(data_dir)
    code = main(["eln", "import", str(archive)])
    capsys.readouterr()
    after = _counts(data_dir)
    if code == 0:
        from kg.store import open_store

        with open_store("ladybug", data_dir=data_dir, read_only=True) as s:
            titles = [r["t"] for r in s.query("MATCH (x:Source) WHERE x.kind = $k RETURN x.title AS t",
                                              {"k": "lab_entry"})]
        assert EVIL[0].strip() in titles
        assert after["Source"] == before["Source"] + 1
    else:
        assert after == before
    assert after["System"] >= before["System"] and after["Property"] == before["Property"]


# ------------------------------------------------------------------------------ static checks
_QUERY_CALLS = {"query", "_read", "_execute", "run", "execute", "execute_read", "execute_write"}


def _python_files():
    out = subprocess.run(["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    return [ROOT / p for p in out if not p.startswith("tests/") and (ROOT / p).is_file()]


def test_no_query_text_is_built_from_values():
    """Every call that sends Cypher gets a constant or a statement built from schema names
    (``kg.statements``/``kg.dialect``), never an f-string, %-format or .format() at the call site."""
    offenders = []
    for path in _python_files():
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in _QUERY_CALLS and node.args):
                continue
            arg = node.args[0]
            built = isinstance(arg, ast.JoinedStr) or (isinstance(arg, ast.BinOp) and isinstance(arg.op, (ast.Mod, ast.Add))) \
                or (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr == "format")
            if built:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == [], "Cypher built at the call site: " + ", ".join(offenders)


def test_statement_builders_only_use_schema_names():
    from kg.statements import all_statements

    for name, text in all_statements().items():
        # every value a statement uses is a $parameter: no quoted literal carries user text
        literals = re.findall(r"'([^']*)'|\"([^\"]*)\"", text)
        for a, b in literals:
            lit = a or b
            assert lit in ("store",) or re.fullmatch(r"[A-Za-z_:. ]{0,40}", lit), (name, lit)


def test_user_text_is_never_rendered_as_html():
    hits = []
    for path in _python_files():
        if not str(path).startswith(str(ROOT / "ui")):
            continue
        for n, line in enumerate(path.read_text().splitlines(), 1):
            if "unsafe_allow_html=True" in line:
                hits.append(f"{path.relative_to(ROOT)}:{n}")
    assert hits == [], f"unsafe_allow_html in {hits}: escape user text with html.escape or drop it"


def test_no_secrets_in_the_repository():
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    patterns = [re.compile(p) for p in (
        r"-----BEGIN (?:RSA |EC |OPENSSH )?PRIVATE KEY-----",
        r"(?i)(?:password|passwd|secret|api[_-]?key|token)\s*[:=]\s*['\"][A-Za-z0-9+/=_\-]{12,}['\"]",
        r"NEO4J_AUTH\s*[:=]\s*['\"]?neo4j/(?!\$|<)",
        r"(?i)NEO4J_PASSWORD\s*=\s*(?!\$|<|\")\S{6,}")]
    found = []
    for f in files:
        p = ROOT / f
        if f.startswith("tests/") or not p.is_file() or p.suffix in (".png", ".eln", ".zip", ".pdf"):
            continue
        try:
            text = p.read_text()
        except UnicodeDecodeError:
            continue
        for pat in patterns:
            for m in pat.finditer(text):
                found.append(f"{f}: {m.group(0)[:60]}")
    assert found == [], found
    ignored = (ROOT / ".gitignore").read_text()
    assert ".env" in ignored and "secrets/" in ignored, ".env and secrets/ must be git-ignored"


def test_compose_has_no_default_passwords_volumes_and_health_checks():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    neo4j, app = compose["services"]["neo4j"], compose["services"]["app"]
    assert "${NEO4J_PASSWORD:?" in neo4j["environment"]["NEO4J_AUTH"]
    assert app["environment"]["NEO4J_PASSWORD"].startswith("${NEO4J_PASSWORD:?")
    for svc in (neo4j, app):
        assert svc["healthcheck"]["test"] and svc.get("volumes")
        assert all(p.startswith("127.0.0.1:") for p in svc.get("ports", [])), "ports bind to loopback only"
    assert app["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert set(compose["volumes"]) >= {"neo4j-data", "app-data"}


@pytest.mark.parametrize("user, password", [("neo4j", "neo4j"), ("neo4j", "password"), ("admin", "password")])
def test_neo4j_store_refuses_default_credentials_before_connecting(user, password, monkeypatch):
    from kg.store import StoreError, open_store

    monkeypatch.setenv("NEO4J_USER", user)
    monkeypatch.setenv("NEO4J_PASSWORD", password)
    with pytest.raises(StoreError, match="default credentials"):
        open_store("neo4j", uri="bolt://127.0.0.1:9")
