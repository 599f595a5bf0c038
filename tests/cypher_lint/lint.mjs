// Lints Cypher statements with Neo4j's own parser (@neo4j-cypher/language-support).
// Input: a JSON file (argv[2]) holding {"statements": {name: cypher}, "schema": {labels, relationshipTypes,
// propertyKeys}}. Output (stdout): JSON list of {name, severity, message, line, character}, one per
// diagnostic. Severity follows the LSP: 1 error, 2 warning, 3 information, 4 hint.
import { readFileSync } from 'node:fs';
import { isNotParamError, lintCypherQuery } from '@neo4j-cypher/language-support';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const schema = input.schema || {};
const out = [];
for (const [name, query] of Object.entries(input.statements)) {
  const { diagnostics } = lintCypherQuery(query, schema);
  // Parameters are bound by the driver at run time; the linter cannot know them, so skip those.
  for (const d of diagnostics.filter(isNotParamError)) {
    out.push({
      name,
      severity: d.severity,
      message: d.message,
      line: d.range ? d.range.start.line + 1 : null,
      character: d.range ? d.range.start.character + 1 : null,
    });
  }
}
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
