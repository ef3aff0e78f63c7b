/**
 * Rewrites the knowledge base in canonical form: records sorted the way the validator expects
 * and `JSON.stringify(data, null, 2)` plus one newline. Run after editing the JSON by hand:
 * `npx tsx tests/scripts/format-kb.ts [rootDir]`. Content is never changed, only order and
 * whitespace; a file that does not parse is reported and left alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { KB_DIR, KB_FILES, SORT_KEYS } from '../../lib/knowledge/validate';

const root = path.resolve(process.argv[2] ?? '.');
let failed = false;
for (const file of KB_FILES) {
  const full = path.join(root, KB_DIR, file);
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(full, 'utf8'));
  } catch (err) {
    console.error(`${file}: not rewritten: ${(err as Error).message}`);
    failed = true;
    continue;
  }
  if (Array.isArray(data)) {
    const key = SORT_KEYS[file];
    data.sort((a: Record<string, unknown>, b: Record<string, unknown>) => {
      const x = String(a?.[key] ?? '');
      const y = String(b?.[key] ?? '');
      return x < y ? -1 : x > y ? 1 : 0;
    });
  }
  const text = `${JSON.stringify(data, null, 2)}\n`;
  if (text !== fs.readFileSync(full, 'utf8')) {
    fs.writeFileSync(full, text);
    console.log(`${file}: rewritten`);
  }
}
process.exit(failed ? 1 : 0);
