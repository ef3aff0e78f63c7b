import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback server for benchmark pages: only what was added with `add` is served. */
export type PageServer = {
  origin: string;
  /**
   * Serves `html` at `/<name>.html` and returns its URL; `scripts` lifts `script-src 'none'`,
   * `csp` replaces that header, and a `text/plain` `contentType` is served at `/<name>.txt`.
   */
  add(name: string, html: string, options?: PageOptions): string;
  close(): Promise<void>;
};

export type PageOptions = { scripts?: boolean; csp?: string; contentType?: string };

/**
 * `script-src 'none'` stops any of a saved page's code that stripping missed (srcdoc iframes
 * inherit it). It does not reach the extension: content scripts and DevTools-protocol
 * evaluation (how the harness injects mark.js and its probes) are exempt from a page's CSP.
 */
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "script-src 'none'",
  'cache-control': 'no-store',
};

/** Starts the server on 127.0.0.1 at a free port. Anything not added is a fast 404. */
export function startPageServer(): Promise<PageServer> {
  const pages = new Map<string, { html: string; options: PageOptions }>();
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const page = pages.get(pathname);
    if (page === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const { scripts, csp, contentType } = page.options;
    const { 'content-security-policy': noScripts, ...open } = PAGE_HEADERS;
    const policy = csp ?? (scripts ? undefined : noScripts);
    res.writeHead(200, {
      ...open,
      ...(contentType ? { 'content-type': contentType } : {}),
      ...(policy ? { 'content-security-policy': policy } : {}),
    });
    res.end(page.html);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve({
        origin,
        add(name, html, options = {}) {
          const file = `/${name}.${options.contentType?.startsWith('text/plain') ? 'txt' : 'html'}`;
          pages.set(file, { html, options });
          return origin + file;
        },
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
