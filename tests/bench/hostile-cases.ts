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

/** `n` sentences, `perParagraph` to a `<p>`. */
const paragraphs = (n: number, perParagraph = 4) =>
  Array.from(
    { length: Math.ceil(n / perParagraph) },
    (_, p) =>
      `<p>${Array.from({ length: Math.min(perParagraph, n - p * perParagraph) }, (_, i) =>
        SENTENCE(p * perParagraph + i),
      ).join('')}</p>`,
  ).join('');

/** A paragraph of Arabic (even `i`) or Hebrew (odd `i`) prose with Latin names inside. */
const RTL_PARAGRAPH = (i: number) =>
  i % 2 === 0
    ? `<p dir="rtl" lang="ar">التقى ${NAMES[i % NAMES.length]} بالوفد الرسمي قرب ${NAMES[(i + 3) % NAMES.length]} في التقرير ${i}.</p>`
    : `<p dir="rtl" lang="he">הנשיא ${NAMES[i % NAMES.length]} נפגש עם המשלחת ליד ${NAMES[(i + 3) % NAMES.length]} בדיווח ${i}.</p>`;

/**
 * Generated pages from the hardening issue (issue 6), each as one case: `npm run bench --
 * --suite hostile`. Every case reports time, longest slice, our CPU and longest task; the pages
 * that keep changing (`observeMs`) also report our CPU as a share of one core. The issue's
 * `about:blank` has no case: the content script runs on http(s) pages only (see
 * tests/e2e/hostile.spec.ts).
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
    // Text that changes 100 times a second; the issue's budget: under 5% of one core.
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
    // A single-page app: the whole <body> is replaced every second by a new one of 100
    // paragraphs (about 30 KB of text), so every second is a fresh scan of a new tree.
    generated(
      'body-replaced-every-1s',
      page(
        'Body replaced',
        paragraphs(400) +
          `<script>
            const names = ${JSON.stringify(NAMES)};
            let round = 0;
            setInterval(() => {
              round++;
              const body = document.createElement('body');
              for (let i = 0; i < 100; i++) {
                const p = document.createElement('p');
                let text = '';
                for (let k = 0; k < 4; k++) {
                  const n = i * 4 + k + round;
                  text += 'Round ' + round + ', item ' + n + ': ' + names[n % names.length] +
                    ' met officials near ' + names[(n + 3) % names.length] + '. ';
                }
                p.textContent = text;
                body.appendChild(p);
              }
              document.documentElement.replaceChild(body, document.body);
            }, 1000);
          </script>`,
      ),
      { scripts: true, observeMs: 5000 },
    ),
    // Editable regions and a rich-text editor: names there are the reader's own text and are
    // skipped, but the scanner still meets them (and the prose around them).
    generated(
      'editable-regions',
      page(
        'Editors',
        `<p>${SENTENCE(0)}</p>` +
          `<div contenteditable="true">${paragraphs(1500)}</div>` +
          `<div contenteditable="plaintext-only">${sentences(200).join('')}</div>` +
          // designMode is set by the frame's own script, as editors built on it do.
          `<iframe title="rich-text editor" style="width:100%;height:400px" srcdoc="<body>${paragraphs(
            500,
          )}<script>document.designMode = 'on';</script></body>"></iframe>` +
          `<p>${SENTENCE(1)}</p>`,
      ),
      { scripts: true },
    ),
    // 300 textareas, inputs and selects full of names: form values are not page prose.
    generated(
      'form-fields-full-of-names',
      page(
        'Fields',
        `<p>${SENTENCE(0)}</p>` +
          Array.from(
            { length: 300 },
            (_, i) =>
              `<textarea>${sentences(10).join('')}</textarea>` +
              `<input value="${SENTENCE(i).trim()}" aria-label="field ${i}">` +
              `<select aria-label="choice ${i}">${NAMES.map((n) => `<option>${n}</option>`).join('')}</select>`,
          ).join(''),
      ),
    ),
    // 300 open and 300 closed declarative shadow roots, and 300 closed roots a component
    // attaches from script: each root is its own tree to enter and style.
    generated(
      'shadow-roots-open-closed',
      page(
        'Shadow roots',
        Array.from(
          { length: 300 },
          (_, i) =>
            `<div><template shadowrootmode="open"><p>${SENTENCE(i)}</p></template></div>` +
            `<closed-widget><template shadowrootmode="closed"><p>${SENTENCE(i + 1)}</p></template></closed-widget>` +
            `<script-widget data-text="${SENTENCE(i + 2).trim()}"></script-widget>`,
        ).join('') +
          `<script>
            for (const host of document.querySelectorAll('script-widget')) {
              const p = document.createElement('p');
              p.textContent = host.dataset.text;
              host.attachShadow({ mode: 'closed' }).appendChild(p);
            }
          </script>`,
      ),
      { scripts: true },
    ),
    // Ten same-origin frames and ten cross-origin ones: the same server reached as `localhost`
    // is another origin than 127.0.0.1. A script sets their src (the port is known only then).
    generated(
      'cross-origin-iframes',
      page(
        'Cross-origin frames',
        `<p>${SENTENCE(0)}</p>` +
          Array.from(
            { length: 10 },
            (_, i) =>
              `<iframe srcdoc="${paragraphs(50)}" title="same-origin frame ${i}"></iframe>` +
              `<iframe class="cross" title="cross-origin frame ${i}"></iframe>`,
          ).join('') +
          `<script>
            let n = 0;
            for (const frame of document.querySelectorAll('iframe.cross'))
              frame.src = 'http://localhost:' + location.port + '/cross-origin-iframes-frame.html?' + n++;
          </script>`,
      ),
      {
        scripts: true,
        extraPages: { 'cross-origin-iframes-frame': page('Other origin', paragraphs(50)) },
      },
    ),
    // 2,000 SVG <text> elements, a third with the name split across a <tspan>.
    generated(
      'svg-text',
      page(
        'SVG text',
        `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="${20 * 2001}">${Array.from(
          { length: 2000 },
          (_, i) =>
            `<text x="10" y="${20 * (i + 1)}">${
              i % 3 === 0
                ? `Report ${i}: Kim <tspan font-weight="bold">Jong Un</tspan> met Sergei Shoigu.`
                : SENTENCE(i)
            }</text>`,
        ).join('')}</svg>`,
      ),
    ),
    // Served with `Content-Security-Policy: default-src 'none'`: no page style or script loads;
    // our highlight styles must still apply (adopted sheets are not subject to it).
    generated('strict-csp', page('Strict CSP', paragraphs(2000)), { csp: "default-src 'none'" }),
    // The page breaks the built-ins its own world shares: our content script runs in an
    // isolated world with its own, but the page's DOM is the same. (Array.prototype.push is
    // replaced by a working copy: the harness's long-task observer, in the page's world, needs it.)
    generated(
      'overridden-builtins',
      page(
        'Overridden built-ins',
        paragraphs(2000),
        `<script>
          Array.prototype.map = function () { throw new Error('map'); };
          Array.prototype.forEach = function () {};
          Array.prototype.push = function (...items) {
            for (const item of items) this[this.length] = item;
            return this.length;
          };
          Node.prototype.appendChild = function () { throw new Error('appendChild'); };
          Node.prototype.insertBefore = function () { throw new Error('insertBefore'); };
          Node.prototype.contains = function () { return false; };
          window.MutationObserver = function () { throw new Error('MutationObserver'); };
        </script>`,
      ),
      { scripts: true },
    ),
    // The page itself dispatches 3,000 mouse events a second (pointermove, mousemove and
    // mouseover in turn) at the names in view: none is the reader's, none may cost us much.
    generated(
      'mouse-events',
      page(
        'Mouse events',
        paragraphs(200) +
          `<script>
            addEventListener('load', () => {
              const names = ${JSON.stringify(NAMES)};
              const points = [];
              for (const p of document.querySelectorAll('p')) {
                const text = p.firstChild;
                for (const name of names) {
                  const at = text.data.indexOf(name);
                  if (at < 0) continue;
                  const range = document.createRange();
                  range.setStart(text, at);
                  range.setEnd(text, at + name.length);
                  const box = range.getBoundingClientRect();
                  if (box.width && box.top >= 0 && box.bottom <= innerHeight)
                    points.push([box.left + box.width / 2, box.top + box.height / 2, p]);
                }
              }
              let sent = 0;
              setInterval(() => {
                for (let k = 0; k < 10; k++) {
                  const [clientX, clientY, target] = points[sent++ % points.length];
                  const init = { clientX, clientY, bubbles: true, composed: true };
                  target.dispatchEvent(new PointerEvent('pointermove', { ...init, pointerType: 'mouse' }));
                  target.dispatchEvent(new MouseEvent('mousemove', init));
                  target.dispatchEvent(new MouseEvent('mouseover', init));
                }
              }, 10);
            });
          </script>`,
      ),
      { scripts: true, observeMs: 5000 },
    ),
    // 2,000 right-to-left paragraphs, Arabic and Hebrew, with Latin names inside.
    generated(
      'right-to-left',
      page('Right to left', Array.from({ length: 2000 }, (_, i) => RTL_PARAGRAPH(i)).join('')),
    ),
    // A frameset of four same-origin frames, 500 sentences each; the top document has no body.
    generated(
      'frameset',
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frameset</title></head>' +
        `<frameset cols="25%,25%,25%,25%">${Array.from(
          { length: 4 },
          (_, i) => `<frame name="f${i}" src="frameset-frame-${i}.html">`,
        ).join('')}</frameset></html>`,
      {
        extraPages: Object.fromEntries(
          Array.from({ length: 4 }, (_, i) => [
            `frameset-frame-${i}`,
            page(`Frame ${i}`, paragraphs(500)),
          ]),
        ),
      },
    ),
    // A text/plain document (Chromium shows it in one <pre>): 5,000 lines, about 400 KB.
    generated('plain-text', Array.from({ length: 5000 }, (_, i) => SENTENCE(i).trim()).join('\n'), {
      contentType: 'text/plain; charset=utf-8',
    }),
  ];
}
