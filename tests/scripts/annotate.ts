/**
 * `npm run annotate -- FILE...`: runs Summit Lens's engine over `.txt` and `.html` files and
 * prints one JSON object per mention per line: `{file, entity, category, surface, start, end}`.
 * Offsets are UTF-16 offsets into the file's text (`.txt`) or into `body.textContent` (`.html`,
 * parsed with happy-dom and walked by the same block walker as the extension). A file that can't
 * be read or parsed gets one error line on stderr; the others go on; the exit code is then 1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { annotateDocument } from '../../lib/dom/annotate-document';
import { createEngineMatcher, resolveAll } from '../../lib/dom/engine-matcher';
import { ambiguities, entities } from '../../lib/knowledge/core';
import { buildIndex } from '../../lib/match/build-index';
import { createFuzzyTier } from '../../lib/match/create-fuzzy-tier';
import type { Mention } from '../../lib/match/types';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run annotate -- FILE.txt|FILE.html ...');
  process.exit(2);
}

const index = buildIndex(entities, ambiguities);
// The CLI has no bundle to keep small: it always runs the fuzzy tier too.
const matcher = createEngineMatcher(index, createFuzzyTier(index));
const window = new Window({
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
  },
});

function annotate(file: string): Mention[] {
  const extension = path.extname(file).toLowerCase();
  if (extension !== '.txt' && extension !== '.html' && extension !== '.htm') {
    throw new Error(`unsupported file type "${extension || '(none)'}": expected .txt or .html`);
  }
  const buffer = fs.readFileSync(file);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  // A text file is one block: the same find-then-resolve as a page with one paragraph.
  if (extension === '.txt') return resolveAll(matcher, [matcher.find(text)])[0] ?? [];
  const doc = new window.DOMParser().parseFromString(text, 'text/html');
  return annotateDocument(doc as unknown as Document, matcher);
}

let failed = 0;
for (const file of files) {
  let mentions: Mention[];
  try {
    mentions = annotate(file);
  } catch (error) {
    failed++;
    const reason =
      error instanceof TypeError && /decode|encoded/i.test(error.message)
        ? 'not valid UTF-8 text'
        : error instanceof Error
          ? error.message
          : String(error);
    console.error(`annotate: ${file}: ${reason}`);
    continue;
  }
  const lines = mentions.map(({ entity, category, surface, start, end }) =>
    JSON.stringify({ file, entity, category, surface, start, end }),
  );
  if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
}
await window.happyDOM.close();
if (failed > 0) {
  process.exitCode = 1;
}
