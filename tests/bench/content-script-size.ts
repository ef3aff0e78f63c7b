import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** The gzip budget for what the browser loads into every page at start-up. */
export const CONTENT_SCRIPT_BUDGET_GZIP = 30 * 1024;

export type FileSize = { file: string; raw: number; gzip: number };

/** Size of the content script at start-up: the files the manifest injects into every page. */
export type ContentScriptSize = {
  files: FileSize[];
  raw: number;
  gzip: number;
  budgetGzip: number;
  withinBudget: boolean;
};

/**
 * Reads the built manifest's `content_scripts` and sizes each `js` and `css` file it injects,
 * raw and gzipped (level 9, as size reports usually quote). Lazily loaded chunks are not
 * injected at start-up, so they are not counted.
 */
export function contentScriptSize(extensionDir: string): ContentScriptSize {
  const manifestFile = path.join(extensionDir, 'manifest.json');
  if (!fs.existsSync(manifestFile)) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const names = new Set<string>();
  for (const script of manifest.content_scripts ?? []) {
    for (const file of [...(script.js ?? []), ...(script.css ?? [])]) names.add(file);
  }
  if (names.size === 0) throw new Error(`${manifestFile} declares no content script.`);
  const files = [...names].map((file) => {
    const bytes = fs.readFileSync(path.join(extensionDir, file));
    return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  });
  const raw = files.reduce((sum, f) => sum + f.raw, 0);
  const gzip = files.reduce((sum, f) => sum + f.gzip, 0);
  return {
    files,
    raw,
    gzip,
    budgetGzip: CONTENT_SCRIPT_BUDGET_GZIP,
    withinBudget: gzip < CONTENT_SCRIPT_BUDGET_GZIP,
  };
}
