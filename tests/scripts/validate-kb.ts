/**
 * Validates the knowledge base: `npx tsx tests/scripts/validate-kb.ts [rootDir]`.
 * Prints every problem as `file: record "id", field path: message` and exits 1, or prints the
 * counts and exits 0. `rootDir` defaults to the repo root (the current directory).
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatKbErrors, KB_DIR, validateKnowledgeBaseDir } from '../../lib/knowledge/validate';

const root = path.resolve(process.argv[2] ?? '.');
const errors = validateKnowledgeBaseDir(root);
if (errors.length > 0) {
  console.error(formatKbErrors(errors));
  process.exit(1);
}
const count = (file: string): unknown[] =>
  JSON.parse(fs.readFileSync(path.join(root, KB_DIR, file), 'utf8')) as unknown[];
const facts = count('facts.json') as { quotes: unknown[] }[];
const quotes = facts.reduce((n, f) => n + f.quotes.length, 0);
console.log(
  `Knowledge base OK: ${count('entities.json').length} entities, ${facts.length} facts ` +
    `(${quotes} quotes), ${count('discrepancies.json').length} discrepancies, ` +
    `${count('timeline.json').length} timeline entries, ${count('summaries.json').length} summaries`,
);
