/**
 * Recall and precision of the matcher on the five reports against the hand-made gold in
 * `tests/fixtures/gold/`, listing every miss and every wrong mention with its context.
 *
 * Run: npx tsx tests/scripts/measure-recall.ts [report-id-fragment]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { ambiguities, entities } from '../../lib/knowledge/core';
import { buildIndex } from '../../lib/match/build-index';
import { findMentions } from '../../lib/match/find-mentions';
import { locateGold, readGold, score } from '../unit/match/gold';

const index = buildIndex(entities, ambiguities);
const only = process.argv[2];
let tp = 0;
let found = 0;
let total = 0;
for (const file of readdirSync('tests/fixtures/gold').filter((f) => f.endsWith('.json'))) {
  if (only !== undefined && !file.includes(only)) continue;
  const gold = readGold(`tests/fixtures/gold/${file}`);
  const text = readFileSync(gold.report, 'utf8');
  const { spans, located } = locateGold(text, gold.mentions);
  for (const [entry, n] of located) {
    if (n !== entry.count)
      console.log(`COUNT "${entry.surface}": stated ${entry.count}, found ${n}`);
  }
  const s = score(findMentions(text, index), spans);
  tp += s.tp;
  found += s.found;
  total += s.gold;
  const context = (start: number, end: number) =>
    JSON.stringify(text.slice(Math.max(0, start - 30), end + 10));
  console.log(
    `${file}: recall ${(s.tp / s.gold).toFixed(3)} (${s.tp}/${s.gold}), precision ${(s.tp / s.found).toFixed(3)} (${s.tp}/${s.found})`,
  );
  for (const m of s.misses) console.log(`  missed ${m.entity} ${context(m.start, m.end)}`);
  for (const m of s.wrong) console.log(`  wrong  ${m.entity} ${context(m.start, m.end)}`);
}
console.log(
  `all: recall ${(tp / total).toFixed(3)} (${tp}/${total}), precision ${(tp / found).toFixed(3)} (${tp}/${found})`,
);
