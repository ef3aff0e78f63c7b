import type { BenchCase } from './bench-cases';

const NAMES = [
  'Kim Jong Un',
  'Vladimir Putin',
  'Vostochny Cosmodrome',
  'Sergei Shoigu',
  'Kim Yo Jong',
  'Vladivostok',
];
const SENTENCE = (i: number) =>
  `Report ${i}: ${NAMES[i % NAMES.length]} met officials near ${NAMES[(i + 3) % NAMES.length]}. `;

const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

function generated(name: string, html: string, extra: Partial<BenchCase> = {}): BenchCase {
  return {
    name,
    html,
    bytes: Buffer.byteLength(html),
    large: false,
    scripts: false,
    markJs: false,
    ...extra,
  };
}

/**
 * Generated pages from the hardening issue that stress the scanner's budget: `npm run bench --
 * --suite hostile`. Each reports time, longest task and, for the ticker, CPU overhead. More
 * cases (a body replaced every second, shadow roots, frames…) are added here the same way.
 */
export function hostileCases(): BenchCase[] {
  const sentences = (n: number) => Array.from({ length: n }, (_, i) => SENTENCE(i));
  return [
    // About 1 MB of text in one node: the scanner must slice inside a node, not per node.
    generated(
      'single-text-node-1mb',
      page('One text node', `<p>${sentences(16_000).join('')}</p>`),
    ),
    // 100,000 short inline text nodes in one paragraph (about 1 MB): one block, many nodes.
    generated(
      'text-nodes-100k',
      page(
        '100,000 text nodes',
        `<p>${Array.from({ length: 100_000 }, (_, i) =>
          i % 10 === 0 ? `<b>${NAMES[(i / 10) % NAMES.length]}</b> ` : '<span>said </span>',
        ).join('')}</p>`,
      ),
    ),
    generated(
      'nesting-10k',
      page(
        'Nested 10,000 deep',
        `${'<div>'.repeat(10_000)}${SENTENCE(1)}${'</div>'.repeat(10_000)}`,
      ),
    ),
    // Twenty same-origin frames: each one the scanner enters costs its own world's context.
    generated(
      'same-origin-iframes-20',
      page(
        'Frames',
        `<p>${SENTENCE(0)}</p>` +
          Array.from(
            { length: 20 },
            (_, i) => `<iframe srcdoc="<p>${SENTENCE(i)}</p>" title="frame ${i}"></iframe>`,
          ).join(''),
      ),
    ),
    // Text that changes 100 times a second; the budget: under 5% of one core.
    generated(
      'ticker-100hz',
      page(
        'Ticker',
        `<article><h1>Summit live</h1><p>${sentences(50).join('')}</p></article>` +
          '<p id="ticker">Kim Jong Un arrives</p>' +
          `<script>
            let i = 0;
            const names = ${JSON.stringify(NAMES)};
            const ticker = document.getElementById('ticker');
            setInterval(() => { ticker.textContent = names[i++ % names.length] + ' ' + i; }, 10);
          </script>`,
      ),
      { scripts: true, observeMs: 5000 },
    ),
  ];
}
