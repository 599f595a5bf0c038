"""Cypher for browsing sources: what each paper or lab entry contributed, by section, table and reference."""

SOURCES_LIST = """
MATCH (src:Source)
RETURN src.id AS id, src.kind AS kind, src.title AS title, src.year AS year, src.doi AS doi
ORDER BY kind, year, id
"""

SOURCE_FACTS = """
MATCH (m:Measurement)-[:OF_SYSTEM]->(s:System)
WHERE m.source_id = $source
RETURN m.id AS id, s.name AS system, m.property AS property, m.value AS value, m.value_max AS value_max,
       m.unit AS unit, m.section AS section, m.tbl AS tbl, m.row AS row, m.refs AS refs,
       m.start AS start, m.`end` AS `end`
ORDER BY section, tbl, row, start
"""

SOURCE_REFERENCES = """
MATCH (r:Reference)-[:REFERENCE_OF]->(src:Source)
WHERE src.id = $source
RETURN r.key AS key, r.doi AS doi, r.journal AS journal, r.year AS year
ORDER BY key
"""

# Literature facts with their curation status, for the review queue and `hkg facts`.
LITERATURE_FACTS = """
MATCH (m:Measurement)-[:OF_SYSTEM]->(s:System), (src:Source)
WHERE src.id = m.source_id AND src.kind = 'publication'
RETURN m.fact_id AS fact_id, m.id AS id, m.status AS status, m.confidence AS confidence,
       m.source_id AS source_id, m.section AS section, m.tbl AS tbl, m.row AS row, m.start AS start,
       m.`end` AS `end`, m.property AS property, m.value AS value, m.value_max AS value_max, m.unit AS unit,
       m.qualifier AS qualifier, m.conditions_json AS conditions, m.condition_max_json AS condition_max,
       m.reported_sign AS reported_sign, m.theoretical AS theoretical,
       m.calculated AS calculated, m.condition_qualifiers_json AS condition_qualifiers, s.name AS system,
       s.host_formula AS host
ORDER BY source_id, start, tbl, row
"""

STATEMENTS = {"sources.list": SOURCES_LIST, "sources.facts": SOURCE_FACTS,
              "sources.references": SOURCE_REFERENCES, "sources.literature_facts": LITERATURE_FACTS}
