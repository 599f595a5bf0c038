"""Cypher the gap report reads with; each statement runs unchanged on LadybugDB and Neo4j.

Lists are collected per system in separate simple statements rather than nested collections,
because both backends agree on flat rows.
"""

SOURCES = """
MATCH (src:Source)
RETURN src.id AS id, src.kind AS kind, src.year AS year, src.title AS title, src.project AS project
"""

SYSTEM_SOURCES = """
MATCH (s:System)-[:REPORTED_IN]->(src:Source)
RETURN DISTINCT s.id AS system, src.id AS source
"""

SYSTEMS = """
MATCH (s:System)-[:HAS_HOST]->(h:Material)
OPTIONAL MATCH (s)-[:MODIFIED_BY]->(st:Strategy)
WITH s, h, collect(DISTINCT st.id) AS strategies
OPTIONAL MATCH (s)-[:ACTS_THROUGH]->(me:Mechanism)
WITH s, h, strategies, collect(DISTINCT me.id) AS mechanisms
OPTIONAL MATCH (s)-[a:HAS_ADDITIVE]->(x:Material)
WITH s, h, strategies, mechanisms, collect(DISTINCT a.additive_class) AS classes,
     collect(DISTINCT coalesce(x.formula, x.label)) AS additives, collect(DISTINCT x.id) AS additive_ids
OPTIONAL MATCH (s)-[:APPLIED_AS]->(ap:Application)
RETURN s.id AS id, s.name AS name, h.id AS host, h.formula AS host_formula, strategies, mechanisms,
       classes, additives, additive_ids, collect(DISTINCT ap.id) AS applications
"""

MEASUREMENTS = """
MATCH (m:Measurement)-[:OF_SYSTEM]->(s:System)
RETURN m.id AS id, s.id AS system, m.property AS property, m.value AS value, m.value_max AS value_max,
       m.unit AS unit, m.baseline AS baseline, m.theoretical AS theoretical,
       m.calculated AS calculated, m.conditions_json AS conditions_json, m.condition_max_json AS condition_max_json,
       m.source_id AS source, m.refs AS refs, m.tbl AS tbl,
       m.row AS row, m.status AS status, m.method AS method, m.section AS section, m.start AS start, m.`end` AS `end`,
       m.uncertainty AS uncertainty, m.condition_qualifiers_json AS condition_qualifiers_json
"""

CONFLICTS = """
MATCH (c:Conflict)
RETURN c.id AS id, c.kind AS kind, c.description AS description, c.candidates AS candidates,
       c.chosen AS chosen, c.source_id AS source_id, c.tbl AS tbl, c.row AS row, c.refs AS refs
"""

CHALLENGES = """
MATCH (st:ChallengeStatement)-[:STATES]->(ch:Challenge)
RETURN st.id AS id, ch.id AS challenge, st.section AS section, st.entities AS entities,
       st.source_id AS source, st.refs AS refs
"""

# the mechanism claims of the sources: which mechanism is credited for which strategy, on which
# host and additive (the strategy × mechanism map pairs only what a claim links)
CLAIMS = """
MATCH (c:MechanismClaim)-[:CREDITS]->(me:Mechanism)
MATCH (c)-[:FOR_STRATEGY]->(st:Strategy)
RETURN c.id AS id, me.id AS mechanism, st.id AS strategy, c.host AS host, c.additive AS additive,
       c.source_id AS source
"""

STATEMENTS = {
    "gaps.claims": CLAIMS,
    "gaps.sources": SOURCES, "gaps.system_sources": SYSTEM_SOURCES, "gaps.systems": SYSTEMS,
    "gaps.measurements": MEASUREMENTS, "gaps.conflicts": CONFLICTS, "gaps.challenges": CHALLENGES,
}
