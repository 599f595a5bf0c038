// What Neo4j's own parser sees in each query: an oracle for the console's read-only guard.
// Input: a JSON file (argv[2]) holding a list of queries. Output (stdout): a JSON list, one object per
// query: {statements: number of statements, rules: [every parser rule name in the tree]}.
import { readFileSync } from 'node:fs';
import { getDebugTree } from '@neo4j-cypher/language-support';

function collect(node, out) {
  out.add(node.name);
  for (const child of node.children || []) collect(child, out);
  return out;
}

const queries = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const out = queries.map((query) => {
  const tree = getDebugTree(query);
  return { statements: tree.children.length, rules: [...collect(tree, new Set())] };
});
process.stdout.write(JSON.stringify(out) + '\n');
