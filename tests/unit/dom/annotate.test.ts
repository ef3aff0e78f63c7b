import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { annotateDocument } from '../../../lib/dom/annotate-document';
import { matcher } from './dom-test-helpers';

const run = promisify(execFile);
const REPORT_TXT = 'assets/reports/001_dc193595e359f47e.txt';
const REPORT_HTML = 'tests/fixtures/reports/001_dc193595e359f47e.html';

type Line = {
  file: string;
  entity: string;
  category: string;
  surface: string;
  start: number;
  end: number;
};

describe('annotateDocument', () => {
  it('gives offsets into body.textContent, one mention across inline elements', () => {
    const doc = new DOMParser().parseFromString(
      '<body><script>var x = "Putin";</script><p>Kim <b>Jong Un</b></p><p>met Vladimir <a>Putin</a></p></body>',
      'text/html',
    );
    const text = doc.body.textContent ?? '';
    const mentions = annotateDocument(doc, matcher);
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual([
      'Kim Jong Un',
      'Vladimir Putin',
    ]);
  });

  it("reads nothing from an editor's editable body (TinyMCE, CKEditor frames)", () => {
    const doc = new DOMParser().parseFromString(
      '<body contenteditable="true"><p>Kim Jong Un met Vladimir Putin</p></body>',
      'text/html',
    );
    expect(annotateDocument(doc, matcher)).toEqual([]);
  });
});

describe('npm run annotate', () => {
  it('prints one JSON line per mention, one error line per bad file, and exits non-zero', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-lens-annotate-'));
    const badUtf8 = path.join(dir, 'latin1.txt');
    fs.writeFileSync(badUtf8, Buffer.from([0x50, 0x75, 0x74, 0x69, 0x6e, 0xe9, 0xff]));
    const missing = path.join(dir, 'missing.html');
    const nearMiss = path.join(dir, 'near-miss.txt');
    fs.writeFileSync(nearMiss, 'Vladimir Poutine arrived.');
    const result = await run(
      'npx',
      ['tsx', 'tests/scripts/annotate.ts', REPORT_TXT, missing, badUtf8, REPORT_HTML, nearMiss],
      { maxBuffer: 1 << 24 },
    ).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    const errors = result.stderr.split('\n').filter((l) => l.startsWith('annotate:'));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('missing.html');
    expect(errors[1]).toContain('not valid UTF-8');

    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Line);
    const txt = fs.readFileSync(REPORT_TXT, 'utf8');
    const fromTxt = lines.filter((l) => l.file === REPORT_TXT);
    expect(fromTxt.length).toBeGreaterThan(20);
    for (const l of fromTxt) expect(txt.slice(l.start, l.end)).toBe(l.surface);
    expect(fromTxt.map((l) => l.entity)).toEqual(
      expect.arrayContaining(['kim-jong-un', 'vladimir-putin', 'dmitry-peskov']),
    );

    const doc = new DOMParser().parseFromString(fs.readFileSync(REPORT_HTML, 'utf8'), 'text/html');
    const bodyText = doc.body.textContent ?? '';
    const fromHtml = lines.filter((l) => l.file === REPORT_HTML);
    for (const l of fromHtml) expect(bodyText.slice(l.start, l.end)).toBe(l.surface);
    // The report page holds the report's text: the same entities are found in both.
    expect(new Set(fromHtml.map((l) => l.entity))).toEqual(new Set(fromTxt.map((l) => l.entity)));
    for (const l of lines)
      expect(Object.keys(l)).toEqual(['file', 'entity', 'category', 'surface', 'start', 'end']);
  }, 60_000);
});
