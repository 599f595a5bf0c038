"""One Settings object: one data folder for every surface, bad values named with their fix, and the
first graph command on an empty embedded store builds the literature graph by itself."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.settings import Settings, SettingsError, get_settings, resolve_data_dir
from ontology.errors import UserError

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "data" / "snapshot" / "review.batch.json"


def test_defaults_and_environment(tmp_path, monkeypatch):
    s = Settings.from_env({"XDG_DATA_HOME": str(tmp_path)})
    assert s.store == "ladybug" and s.auth_file is None and s.lock_timeout == 60
    s = Settings.from_env({"HKG_DATA_DIR": str(tmp_path / "d"), "HKG_STORE": "Neo4j", "NEO4J_URI": "bolt://x:7687",
                           "NEO4J_USER": "u", "NEO4J_PASSWORD": "s3cret-pw", "HKG_AUTH_FILE": "", "HKG_LOCK_TIMEOUT": "5",
                           "HKG_SOURCE_TEXT_DIRS": "/a:/b"})
    assert s.data_dir == tmp_path / "d" and s.store == "neo4j" and s.neo4j_credentials() == ("bolt://x:7687", "u", "s3cret-pw")
    assert s.auth_file is None and s.lock_timeout == 5 and s.source_text_dirs == (Path("/a"), Path("/b"))
    assert "s3cret-pw" not in repr(s)                       # the password is not printed with the settings


@pytest.mark.parametrize("var, value, fix", [("HKG_STORE", "mongo", "ladybug, neo4j"),
                                             ("HKG_LOCK_TIMEOUT", "soon", "number of seconds"),
                                             ("HKG_LOCK_TIMEOUT", "-1", "number of seconds")])
def test_a_bad_value_names_the_variable_and_the_fix(var, value, fix):
    with pytest.raises(SettingsError) as err:
        Settings.from_env({var: value})
    assert isinstance(err.value, UserError) and err.value.field == var
    assert fix in err.value.fix and var in str(err.value) and fix in str(err.value)


def test_the_cli_reports_a_bad_setting_without_a_traceback(monkeypatch, capsys):
    from ui.cli import main

    monkeypatch.setenv("HKG_STORE", "mongo")
    assert main(["stats"]) == 2
    assert "HKG_STORE" in capsys.readouterr().err


def test_every_surface_uses_the_one_data_folder(tmp_path, monkeypatch):
    """The store, the entry repository, the paper texts and the CLI all resolve HKG_DATA_DIR, else the
    per-user folder, through kg.settings (there is one default, not one per module)."""
    from kg.paper_texts import texts_dir
    from kg.store import open_store
    from ui.cli import build_parser

    monkeypatch.delenv("HKG_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert get_settings().data_dir == tmp_path / "xdg" / "hydridekg" == resolve_data_dir()
    monkeypatch.setenv("HKG_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir() == tmp_path / "env" and texts_dir() == tmp_path / "env" / "texts"
    with open_store() as st:
        assert st.data_dir == tmp_path / "env"
    args = build_parser().parse_args(["stats"])
    assert args.store is None and args.data_dir is None      # the CLI leaves the default to the settings


def test_the_environment_is_read_only_in_kg_settings():
    """HKG_* and NEO4J_* are read in one module (fault injection for the crash tests aside)."""
    read = re.compile(r"""(?:environ(?:\.get)?\s*[(\[]|getenv\()\s*["'](HKG_\w+|NEO4J_\w+)""")
    hits = []
    for path in [*ROOT.glob("kg/**/*.py"), *ROOT.glob("ui/**/*.py"), *ROOT.glob("ingest/**/*.py")]:
        if path == ROOT / "kg" / "settings.py":
            continue
        for n, line in enumerate(path.read_text().splitlines(), 1):
            m = read.search(line)
            if m and m.group(1) != "HKG_ENTRIES_CRASH_AT":
                hits.append(f"{path.relative_to(ROOT)}:{n} reads {m.group(1)}")
    assert hits == []


@pytest.mark.slow   # builds a store from the shipped snapshot
@pytest.mark.skipif(not SNAPSHOT.is_file(), reason=f"{SNAPSHOT} missing")
def test_first_graph_command_on_an_empty_store_builds_the_literature_graph(tmp_path, monkeypatch, capsys):
    from ui.cli import main

    monkeypatch.setenv("HKG_DATA_DIR", str(tmp_path / "fresh"))
    assert main(["analogs", "MgH2–Ni", "--top", "3", "--json"]) == 0
    out = capsys.readouterr()
    assert "building it from the shipped snapshot" in out.err
    assert json.loads(out.out)["results"], out.out
    assert main(["stats", "--json"]) == 0                 # built once: no second build
    out = capsys.readouterr()
    assert "building" not in out.err and json.loads(out.out)["counts"]["System"] > 100


def test_backup_of_an_empty_store_builds_nothing(tmp_path, monkeypatch, capsys):
    from kg.literature import ensure_literature

    monkeypatch.setenv("HKG_STORE", "neo4j")
    assert ensure_literature(data_dir=tmp_path / "x") is False     # a team server is built on purpose
    assert not (tmp_path / "x").exists()


@pytest.mark.slow   # builds a store from the shipped snapshot
def test_a_store_made_by_an_older_version_gains_the_columns_this_one_reads(tmp_path, monkeypatch, capsys):
    """A graph built before the schema grew a column (a new condition key) must not break a read-only
    command with 'cannot find property': the first graph command adds the columns and says so."""
    from kg.schema import node_tables
    from kg.store import open_store
    from ontology.models import GraphBatch, Measurement, Source, SourceRef
    from ontology.system import parse_system
    from ui.cli import main

    data = tmp_path / "old"
    src = "doi:10.9999/older"
    batch = GraphBatch(sources=[Source(id=src, kind="publication", title="An older paper")],
                       measurements=[Measurement(property="dehydrogenation_activation_energy", value=80.0,
                                                 unit="kJ/mol", system=parse_system("MgH2–5 wt% Ni"),
                                                 source=SourceRef(source_id=src, section="1"))])
    with open_store("ladybug", data_dir=data) as store:
        store.ensure_schema()
        store.load_ontology()
        store.load(batch)
        column = next(c for c, _ in node_tables()["Measurement"].props if c.startswith("cond_"))
        store._write([(f"ALTER TABLE Measurement DROP {column}", {}),       # as an older version made it
                      ("MATCH (m:HkgMeta) SET m.schema_version = 'older'", {})])
        assert store.missing_columns() and not store.schema_is_current()
    monkeypatch.setenv("HKG_DATA_DIR", str(data))
    assert main(["analogs", "MgH2–Ni", "--top", "3", "--json"]) == 0
    out = capsys.readouterr()
    assert "made by an older HydrideKG" in out.err and "building" not in out.err
    with open_store("ladybug", data_dir=data, read_only=True) as store:
        assert store.missing_columns() == [] and store.schema_is_current()


@pytest.mark.slow   # builds a store from the shipped snapshot
def test_a_stamped_store_is_not_checked_table_by_table(tmp_path, monkeypatch):
    """The store keeps the version of the schema it was brought up to in its meta node: opening a
    current one to load runs no schema statement and checks no table's columns; one stamped by
    another version is brought up to this one (its columns added) and stamped again."""
    from kg import statements as S
    from kg.ladybug_store import LadybugStore
    from kg.literature import _CHECKED, ensure_literature
    from kg.store import open_store

    folder = tmp_path / "kg"
    with open_store("ladybug", data_dir=folder) as store:
        assert store.schema_is_current()
        store._write([("MATCH (m:HkgMeta) SET m.schema_version = 'older'", {})])
    checks: list[str] = []
    real_missing, real_write = LadybugStore.missing_columns, LadybugStore._write
    monkeypatch.setattr(LadybugStore, "missing_columns", lambda self: checks.append("columns") or real_missing(self))
    monkeypatch.setattr(LadybugStore, "_write",
                        lambda self, steps, progress=None: checks.append("write") or real_write(self, steps, progress))
    with open_store("ladybug", data_dir=folder) as store:      # another version's stamp: checked, stamped
        assert not store.schema_is_current()
        store.ensure_schema()
        assert "columns" in checks and store.schema_is_current()
        assert store.query("MATCH (m:HkgMeta) RETURN m.schema_version AS v") == [
            {"v": S.schema_version("ladybug")}]
    checks.clear()
    with open_store("ladybug", data_dir=folder) as store:      # this version's: nothing to do
        store.ensure_schema()
    assert checks == []
    with open_store("ladybug", data_dir=folder, read_only=True) as store:
        store._write = lambda steps, progress=None: (_ for _ in ()).throw(AssertionError("no write"))
        store.ensure_schema()                                 # read-only and current: no write tried

    # a graph command's check (a new process: nothing remembered) reads the stamp, not the columns
    with open_store("ladybug", data_dir=folder) as store:
        store._write([("MATCH (m:HkgMeta) SET m.schema_version = NULL", {})])   # made before stamps
    monkeypatch.setattr("kg.literature.snapshot_files", lambda: (_ for _ in ()).throw(UserError("no snapshot here")))
    _CHECKED.clear()
    checks.clear()
    assert ensure_literature("ladybug", folder) is False       # unstamped: checked and stamped (no snapshot: no build)
    assert "columns" in checks and "write" in checks
    _CHECKED.clear()
    checks.clear()
    assert ensure_literature("ladybug", folder) is False
    assert "columns" not in checks and "write" not in checks


def test_the_schema_version_follows_the_schema(monkeypatch):
    """A column the schema gains changes the version, so that stores stamped before are checked."""
    from kg import schema, statements as S

    before = S.schema_version("ladybug")
    tables = dict(schema.node_tables())
    source = tables["Source"]
    tables["Source"] = schema.NodeTable("Source", (*source.props, ("new_column", schema.STRING)))
    monkeypatch.setattr(S, "node_tables", lambda: tables)
    S.schema_version.cache_clear()
    try:
        assert S.schema_version("ladybug") != before
        assert S.schema_version("neo4j") != S.schema_version("ladybug")
    finally:
        monkeypatch.undo()
        S.schema_version.cache_clear()
    assert S.schema_version("ladybug") == before


def test_a_graph_command_checks_a_store_once_per_process(literature_graph, tmp_path, monkeypatch):
    """The check before a graph command (the schema stamp, any source) runs once per process and
    store file: a second command on the same store opens nothing more; a new store file is checked."""
    import shutil

    from kg.ladybug_store import LadybugStore
    from kg.literature import ensure_literature

    checks = []
    real = LadybugStore.schema_is_current
    monkeypatch.setattr(LadybugStore, "schema_is_current", lambda self: checks.append(self.data_dir) or real(self))
    folder = shutil.copytree(literature_graph, tmp_path / "kg")
    assert ensure_literature("ladybug", folder) is False and checks == [folder]
    assert ensure_literature("ladybug", folder) is False and checks == [folder]
    other = shutil.copytree(literature_graph, tmp_path / "other")
    assert ensure_literature("ladybug", other) is False and checks == [folder, other]
