import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';

/** A minimal page with `body` (and optional `head`), in the shape the other specs use. */
export const htmlPage = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

/**
 * A second server on 127.0.0.1 with its own port: another origin, so a frame served from it is
 * cross-origin to the test server's pages.
 */
export async function startOtherOrigin(
  routes: Record<string, string>,
): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const body = routes[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    if (body === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/**
 * Records, in every frame of `page` (cross-origin ones too), uncaught errors and unhandled
 * rejections as `window.__summitLensErrors`: Playwright's `pageerror` reports the main frame.
 */
export async function recordFrameErrors(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const errors: string[] = [];
    (window as unknown as { __summitLensErrors: string[] }).__summitLensErrors = errors;
    window.addEventListener('error', (e) => errors.push(String(e.message)));
    window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  });
}

/**
 * Collects the console errors and warnings of `page` that name us: the content script runs in an
 * isolated world, whose failures `pageerror` does not see but the console does.
 */
export function ourConsoleProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    const type = message.type();
    if (
      (type === 'error' || type === 'warning') &&
      /summit-lens|chrome-extension:/.test(message.text() + (message.location().url ?? ''))
    ) {
      problems.push(`${type}: ${message.text()}`);
    }
  });
  return problems;
}
