import { afterEach, describe, expect, it } from 'vitest';
import { rangeOf, readRuns } from '../../../lib/dom/text-runs';
import { setBody } from './dom-test-helpers';

const texts = (root: Node = document.body, options = {}) =>
  readRuns(root, options).map((run) => run.text);

afterEach(() => document.body.replaceChildren());

describe('readRuns', () => {
  it('joins inline elements of one block and keeps node offsets', () => {
    setBody('<p>Kim <b>Jong</b> <a href="#">Un</a> met</p>');
    const [run] = readRuns(document.body);
    expect(run?.text).toBe('Kim Jong Un met');
    expect(run?.starts).toEqual([0, 4, 8, 9, 11]);
    expect(run?.container).toBe(document.querySelector('p'));
    expect(rangeOf(run as NonNullable<typeof run>, 0, 11).toString()).toBe('Kim Jong Un');
  });

  it('splits at blocks, list items, cells, <br> and <img>, and at nested blocks', () => {
    setBody(
      '<div>a<p>b</p>c</div><ul><li>d</li><li>e</li></ul><table><tr><td>f</td><td>g</td></tr></table><p>h<br>i<img alt="">j</p>',
    );
    expect(texts()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
  });

  it('does not report runs of white space only (the indentation between blocks)', () => {
    setBody('<div>\n  <p>a</p>\n  <p> <b>b</b></p>\n\u00a0<br> \n</div>');
    const runs = readRuns(document.body);
    // A run with text keeps its white space (and its nodes, for the ranges): " b" is two nodes.
    expect(runs.map((run) => run.text)).toEqual(['a', ' b']);
    expect(runs[1]?.starts).toEqual([0, 1]);
  });

  it('skips unrendered and editable subtrees, and our own UI', () => {
    setBody(
      '<p>a<script>x</script><style>x</style>b</p><textarea>x</textarea><div contenteditable="">x</div><div contenteditable="plaintext-only">x</div><summit-lens-card>x</summit-lens-card><svg><title>x</title><text>k</text></svg>',
    );
    // A skipped element also ends a run: "a" and "b" are not joined across a script.
    expect(texts()).toEqual(['a', 'b', 'k']);
  });

  it('reads one block only (containerOnly) and only blocks inside the subtree (ownOnly)', () => {
    setBody('<div id="d">a <span>b</span><p>c</p> d<section id="s">e <i>f</i></section></div>');
    const div = document.getElementById('d') as HTMLElement;
    expect(texts(div, { containerOnly: true })).toEqual(['a b', ' d']);
    const span = div.querySelector('span') as HTMLElement;
    expect(texts(span, { ownOnly: true })).toEqual([]);
    expect(texts(document.getElementById('s') as HTMLElement, { ownOnly: true })).toEqual(['e f']);
  });

  it('starting mid-page (visible part first) still reads every run exactly once', () => {
    setBody('<p>1</p><p>2</p><div>3<p id="v">4</p>5</div><p>6</p>');
    const from = document.getElementById('v') as HTMLElement;
    expect(texts(document.body, { from })).toEqual(['4', '5', '6', '1', '2', '3']);
  });

  it('reports open shadow roots and frame documents instead of entering them', () => {
    setBody('<div id="h">light</div><p>x</p>');
    const host = document.getElementById('h') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append('shadow text');
    const found: Node[] = [];
    expect(texts(document.body, { onRoot: (root: Node) => found.push(root) })).toEqual([
      'light',
      'x',
    ]);
    expect(found).toEqual([shadow]);
    expect(texts(shadow)).toEqual(['shadow text']);
  });

  it('reports the shadow roots of every kind of element that can host one', () => {
    setBody('<span id="a">a</span><p id="b">b</p><x-card id="c">c</x-card><h3 id="d">d</h3>');
    const shadows = ['a', 'b', 'c', 'd'].map((id) =>
      (document.getElementById(id) as HTMLElement).attachShadow({ mode: 'open' }),
    );
    const found: Node[] = [];
    readRuns(document.body, { onRoot: (root: Node) => found.push(root) });
    expect(found).toEqual(shadows);
  });

  it('walks deep nesting without recursion', () => {
    // happy-dom's own code recurses on deep trees (connecting, selector queries): 2,000 levels
    // here; the Chromium test (scan-hostile.spec.ts) walks 10,000.
    const root = document.createElement('div');
    let inner: HTMLElement = root;
    for (let i = 0; i < 2000; i++) {
      const span = document.createElement('span');
      inner.append(span);
      inner = span;
    }
    inner.append('deep');
    expect(texts(root)).toEqual(['deep']);
  });
});
