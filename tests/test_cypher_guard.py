"""The query console's guard against Neo4j's own parser, and against LadybugDB doing the work.

Oracle: for every query the guard accepts — the app's own reads, hand-written reads, and thousands of
seeded mutations that splice write clauses, procedure calls, file loads, quotes, backslashes,
comments and separators into them — Neo4j's parser (npm @neo4j-cypher/language-support, the one the
linting test uses) must see exactly one statement made of read clauses only.
"""
from __future__ import annotations

import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from kg.cypher_guard import GuardError, check_read_query, tokens
from kg.statements import all_statements
from kg.store import StoreError, open_store

LINT_DIR = Path(__file__).resolve().parent / "cypher_lint"

READ_CLAUSES = {"matchClause", "returnClause", "withClause", "unwindClause", "whereClause",
                "orderBySkipLimitClause"}

HAND_READS = [
    "MATCH (s:System)-[:HAS_HOST]->(h:Material) RETURN h.formula AS host, count(s) AS systems "
    "ORDER BY systems DESC LIMIT 20",
    "MATCH (m:Measurement) WHERE m.value > 10 AND m.unit = 'kJ/mol' RETURN m.property AS p, avg(m.value) AS v",
    "OPTIONAL MATCH (s:Source) RETURN s.id AS id, s.title AS title SKIP 2 LIMIT 3",
    "UNWIND [1, 2, 3] AS x WITH x WHERE x % 2 = 1 RETURN collect(x) AS odd",
    "MATCH (a:System)-[r*1..2]-(b:System) RETURN DISTINCT b.name AS name LIMIT 5",
    "MATCH (s:Source) WHERE s.title CONTAINS 'CREATE' OR s.id STARTS WITH 'doi' RETURN s.id AS id",
    "MATCH (s:Source) RETURN s.id AS id // a comment that says DELETE\n",
    "MATCH (s:Source) /* MERGE */ RETURN s.id AS `the id`, s.title AS `a``b`",
    "MATCH (n:System) WHERE n.name = $name RETURN n.name AS name;",
    "RETURN CASE WHEN 1 < 2 THEN 'yes' ELSE 'no' END AS answer",
    "MATCH (s:Source) RETURN s.id AS id UNION ALL MATCH (t:Source) RETURN t.id AS id",
    "MATCH (s:System) WHERE EXISTS { MATCH (s)-[:HAS_HOST]->(:Material) } RETURN count(*) AS n",
    "MATCH (s:Source) RETURN s.project AS project, s.year AS year, toLower(s.title) AS t",
    "WITH 'a\\'b' AS q, \"c\\\"d\" AS r, '\\\\' AS backslash RETURN q, r, backslash",
    "MATCH (s:Source) WHERE s.year IS NOT NULL RETURN s.year AS year ORDER BY year DESC",
]

# The reproductions of issue 12 item 1 and other walks around a pattern-based guard.
ATTACKS = [
    'UNWIND [1] AS `i\\` LOAD FROM "/etc/passwd" (header=false, file_format="csv", delim=":") '
    'RETURN column0 AS `c`',
    'RETURN 1 AS `a\\`; COPY (RETURN "owned" AS x) TO "/tmp/x.csv"; RETURN 2 AS `b`',
    "MATCH (n) RETURN n // x\rCREATE (m)",
    "MATCH (n) RETURN n // x\u2028CREATE (m)",
    "MATCH (n) RETURN n\uff1b CREATE (m)",
    "MATCH (n) RETURN n ; CREATE (m)",
    "MATCH (n) CALL { CREATE (m) } RETURN n",
    "MATCH (n) RETURN apoc.cypher.runFirstColumnSingle('CREATE (m)', {}) AS x",
    "MATCH (n) RETURN n UNION CALL db.labels() YIELD label RETURN label",
    "RETURN 1CREATE (m)",
    "MATCH (n) WITH n LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    "EXPORT DATABASE '/tmp/dump'",
    "ATTACH '/tmp/other.db' AS other (dbtype lbug)",
    "INSTALL httpfs",
    "USE other MATCH (n) RETURN n",
    "MATCH (n) RETURN 'a\\q' AS bad_escape",
    "MATCH (n) RETURN n /* unterminated",
    "RETURN 1 AS `x",
    "MATCH (n)\u00a0DELETE n",
    "SHOW TABLES",
    "MATCH (n) FINISH",
    ";",
    " ; ",
    "/* x */ ;",
]

FRAGMENTS = [";", "`", "\\", "'", '"', "//", "/*", "*/", "\n", "\r", " ", "(", ")", "{", "}", "[", "]", ",",
             "CALL db.labels()", "CALL { CREATE (z) } ", "LOAD FROM '/etc/passwd' ", "LOAD CSV FROM 'x' AS l ",
             "COPY (RETURN 1) TO '/tmp/x.csv' ", "CREATE (n) ", "SET n.x = 1 ", "DETACH DELETE n ",
             "MERGE (m) ", "REMOVE n.x ", "FOREACH (x IN [1] | CREATE (y)) ", " UNION ", " UNION ALL ",
             "EXPORT DATABASE '/tmp/x' ", "ATTACH 'x' AS y ", "USE neo4j ", "SHOW TABLES ", "INSTALL json ",
             "`a\\`", " AS `x` ", "apoc.cypher.run('CREATE (n)', {}) ", "RETURN 1 ", "WITH 1 AS a ",
             "$p ", "{a: 1} ", "EXISTS { MATCH (n) } ", "FINISH ", "LET x = 1 ", "FILTER x > 1 ", "NEXT ",
             "YIELD x ", "count(*) ", "db.labels() ", "'CREATE (q)' ", "\"; CREATE (q) \" ", "` ; CREATE `",
             "MATCH (n) ", "OPTIONAL ", "WHERE ", "RETURN n ", "1", "0x1F", ".", "..", "*", "-", "->", ":"]


def neo4j_parse(queries: list[str]) -> list[dict]:
    if shutil.which("node") is None:
        pytest.skip("node is not installed: cannot run Neo4j's Cypher parser (apt-get install nodejs)")
    if not (LINT_DIR / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        pytest.skip("Neo4j's Cypher parser is not installed: run 'make lint-deps' (npm ci in tests/cypher_lint)")
    proc = subprocess.run(["node", str(LINT_DIR / "parse_tree.mjs"), "/dev/stdin"], input=json.dumps(queries),
                          capture_output=True, text=True, timeout=600, cwd=LINT_DIR)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def app_reads() -> list[str]:
    """The read statements other modules send through ``store.query`` (the guarded path)."""
    return [q for name, q in all_statements("neo4j").items() if name.startswith(("kg.", "count.", "dump."))]


def mutate(rng: random.Random, base: list[str]) -> str:
    query = rng.choice(base)
    for _ in range(rng.randint(1, 4)):
        op = rng.random()
        pos = rng.randint(0, len(query))
        if op < 0.55:
            query = query[:pos] + rng.choice(FRAGMENTS) + query[pos:]
        elif op < 0.75:
            end = min(len(query), pos + rng.randint(1, 12))
            query = query[:pos] + query[end:]
        elif op < 0.9:
            query = query + rng.choice([";", " ", "\n", " UNION "]) + rng.choice(base)
        else:
            other = rng.choice(base)
            cut = rng.randint(0, len(other))
            query = query[:pos] + other[cut:]
    return query


def accepted(query: str) -> bool:
    try:
        check_read_query(query)
        return True
    except GuardError:
        return False


def violations(queries: list[str]) -> list[tuple[str, dict]]:
    bad = []
    for query, seen in zip(queries, neo4j_parse([check_read_query(q) for q in queries])):
        rules = set(seen["rules"])
        clauses = {r for r in rules if r.endswith("Clause")}
        commands = {r for r in rules if r.endswith("Command") and r != "statementOrCommand"} | (rules & {"CALL", "LOAD", "USE"})
        if seen["statements"] != 1 or clauses - READ_CLAUSES or commands:
            bad.append((query, seen))
    return bad


def test_the_app_reads_and_hand_written_reads_are_accepted():
    reads = app_reads()
    assert len(reads) >= 10, "the registry should hold the analog and gap-report reads"
    for query in reads + HAND_READS:
        check_read_query(query)


@pytest.mark.parametrize("query", ATTACKS)
def test_attacks_are_refused(query):
    with pytest.raises(GuardError, match="refused|unterminated|empty"):
        check_read_query(query)


def test_backticks_close_only_on_a_backtick_and_double_to_escape():
    assert [t.text for t in tokens("RETURN 1 AS `a\\` , `b``c`")] == ["RETURN", "1", "AS", "`a\\`", ",", "`b``c`"]


@pytest.mark.slow   # fuzz run: 6,000 mutations, the accepted ones parsed by Neo4j's parser in node
def test_guard_never_accepts_what_neo4j_sees_as_more_than_one_read_query():
    rng = random.Random(20261130)
    base = HAND_READS + app_reads()[:40]
    generated = [mutate(rng, base) for _ in range(6000)]
    passed = [q for q in generated if accepted(q)]
    # The mutations must exercise both sides, or the oracle proves nothing.
    assert 300 < len(passed) < len(generated) - 1000, len(passed)
    bad = violations(passed + HAND_READS)
    assert not bad, "\n".join(f"{q!r}: {s['statements']} statement(s), {sorted(s['rules'])}" for q, s in bad[:5])


@pytest.mark.slow   # Neo4j's parser in node
def test_the_oracle_itself_sees_writes_and_two_statements():
    seen = neo4j_parse(["MATCH (n) RETURN n; MATCH (m) RETURN m", "MATCH (n) SET n.x = 1 RETURN n",
                        "LOAD CSV FROM 'x' AS l RETURN l"])
    assert seen[0]["statements"] == 2
    assert "setClause" in seen[1]["rules"] and "loadCSVClause" in seen[2]["rules"]


def test_ladybug_runs_no_accepted_mutation_that_reads_files_or_writes(tmp_path):
    """The second oracle: LadybugDB itself, on a writable connection, runs every accepted mutation of
    a sample; the graph keeps its rows and no file appears."""
    import ladybug

    secret = tmp_path / "secret.csv"
    secret.write_text("root:x:0:0\n")
    base = HAND_READS + [f"MATCH (s:Source) WITH s LOAD FROM '{secret}' (header=false) RETURN *",
                         f"COPY (MATCH (s:Source) RETURN s.id) TO '{tmp_path / 'leak.csv'}'"]
    db = ladybug.Database(str(tmp_path / "db"))
    conn = ladybug.Connection(db)
    conn.execute("CREATE NODE TABLE Source(id STRING, title STRING, year INT64, project STRING, PRIMARY KEY (id))")
    conn.execute("CREATE (:Source {id: 'a', title: 'A', year: 2020})")
    rng = random.Random(7)
    ran = 0
    for _ in range(1500):
        query = mutate(rng, base)
        if not accepted(query):
            continue
        try:
            result = conn.execute(check_read_query(query), {"p": 1, "name": "x"})
            while result.has_next():
                row = result.get_next()
                assert "root:x" not in repr(row), query
            ran += 1
        except RuntimeError:
            pass
    res = conn.execute("MATCH (s:Source) RETURN count(*)")
    assert res.get_next()[0] == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db", "secret.csv"] or not (tmp_path / "leak.csv").exists()
    assert ran > 20


def test_store_query_refuses_and_says_why(tmp_path):
    with open_store("ladybug", data_dir=tmp_path / "g") as st:
        st.ensure_schema()
        with pytest.raises(StoreError, match="LOAD"):
            st.query('UNWIND [1] AS `i\\` LOAD FROM "/etc/passwd" (header=false) RETURN column0 AS `c`')
        assert st.query("MATCH (s:Source) RETURN count(s) AS n;") == [{"n": 0}]


@pytest.mark.slow   # Neo4j's parser in node
def test_the_oracle_flags_the_issue_reproductions_the_old_guard_let_through():
    """Had the guard accepted them, the oracle would have failed the run."""
    seen = neo4j_parse(ATTACKS[:2])
    for query, parsed in zip(ATTACKS[:2], seen):
        rules = set(parsed["rules"])
        assert parsed["statements"] > 1 or rules & {"LOAD", "loadCSVClause"}, query
