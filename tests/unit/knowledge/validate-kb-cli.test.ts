// @vitest-environment node
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertKnowledgeBase } from '../../../lib/knowledge/validate';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'tests/scripts/validate-kb.ts');
const FORMAT = path.join(ROOT, 'tests/scripts/format-kb.ts');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of assets/knowledge and assets/reports in a fresh temp dir. */
function copyKb(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-lens-kb-'));
  made.push(dir);
  for (const sub of ['assets/knowledge', 'assets/reports']) {
    fs.cpSync(path.join(ROOT, sub), path.join(dir, sub), { recursive: true });
  }
  return dir;
}

type Rec = Record<string, unknown>;

/** Rewrites one knowledge file of the copy, keeping canonical formatting. */
function edit(dir: string, file: string, change: (records: Rec[]) => void): void {
  const full = path.join(dir, 'assets/knowledge', file);
  const records = JSON.parse(fs.readFileSync(full, 'utf8')) as Rec[];
  change(records);
  fs.writeFileSync(full, `${JSON.stringify(records, null, 2)}\n`);
}

function find(records: Rec[], key: string, value: string): Rec {
  const found = records.find((r) => r[key] === value);
  if (!found) throw new Error(`no record with ${key} ${value}`);
  return found;
}

function runCli(
  dir: string,
  script = CLI,
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, [script, dir], { encoding: 'utf8', cwd: ROOT });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case starts a tsx process; on a loaded 2-core machine that can take several seconds.
describe('tests/scripts/validate-kb.ts', { timeout: 60_000 }, () => {
  it('passes an unbroken copy and prints the counts', () => {
    const result = runCli(copyKb());
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Knowledge base OK: \d+ entities, \d+ facts \(\d+ quotes\)/);
    expect(result.status).toBe(0);
  });

  it('fails a broken copy, naming file, record and field of each problem', () => {
    const dir = copyKb();
    edit(dir, 'facts.json', (facts) => {
      const fact = find(facts, 'id', 'shoigu-arms-exhibition');
      // A straightened apostrophe is enough to make a quote not verbatim.
      (fact.quotes as Rec[])[0] = {
        source: 'port-city',
        quote:
          "he toured a weapons exhibition that included North Korea's banned ballistic missiles",
      };
    });
    edit(dir, 'entities.json', (entities) => {
      find(entities, 'id', 'geran-25').category = 'weapon';
    });
    edit(dir, 'timeline.json', (timeline) => {
      find(timeline, 'id', '2023-09-17-departs-artyom').conflicts = ['length-of-visit'];
    });
    const result = runCli(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Knowledge base: 3 errors');
    expect(result.stderr).toContain(
      'facts.json: record "shoigu-arms-exhibition", field quotes[0].quote: not found verbatim in assets/reports/000_22bd6abafa7c9c8e.txt',
    );
    expect(result.stderr).toContain(
      'entities.json: record "geran-25", field category: unknown category "weapon"',
    );
    expect(result.stderr).toContain(
      'timeline.json: record "2023-09-17-departs-artyom", field conflicts[0]: unknown discrepancy "length-of-visit"',
    );
  });

  it('reports unparseable JSON and non-canonical formatting by file', () => {
    const dir = copyKb();
    fs.writeFileSync(path.join(dir, 'assets/knowledge/summaries.json'), '[{"entity": ');
    const ambiguities = path.join(dir, 'assets/knowledge/ambiguities.json');
    fs.writeFileSync(ambiguities, JSON.stringify(JSON.parse(fs.readFileSync(ambiguities, 'utf8'))));
    const result = runCli(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('summaries.json: record "(file)", field (file): invalid JSON');
    expect(result.stderr).toContain(
      'ambiguities.json: record "(file)", field (formatting): not canonical',
    );
  });

  it('format-kb restores order and formatting without touching content', () => {
    const dir = copyKb();
    const facts = path.join(dir, 'assets/knowledge/facts.json');
    const original = fs.readFileSync(facts, 'utf8');
    const records = JSON.parse(original) as Rec[];
    fs.writeFileSync(facts, JSON.stringify(records.reverse()));
    expect(runCli(dir).stderr).toContain('field id: out of order');
    const formatted = runCli(dir, FORMAT);
    expect(formatted.stdout).toBe('facts.json: rewritten\n');
    expect(formatted.status).toBe(0);
    expect(fs.readFileSync(facts, 'utf8')).toBe(original);
  });

  it('makes the build hook throw with the same message', () => {
    const dir = copyKb();
    edit(dir, 'facts.json', (facts) => {
      find(facts, 'id', 'rifle-exchange').entities = [
        'rifle-exchange',
        'vladimir-putin',
        'kim-jong-un',
        'kim-yo-jong',
      ];
    });
    expect(() => assertKnowledgeBase(dir)).toThrow(
      'facts.json: record "rifle-exchange", field entities[3]: unknown entity "kim-yo-jong"',
    );
    expect(() => assertKnowledgeBase(ROOT)).not.toThrow();
  });
});
