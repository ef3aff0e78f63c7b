import fc from 'fast-check';
import { ambiguities, entities, entityById } from '../../../lib/knowledge/core';
import { buildIndex } from '../../../lib/match/build-index';
import { findCandidates } from '../../../lib/match/find-candidates';
import { findMentions } from '../../../lib/match/find-mentions';

/** The real index, built once for the property tests. */
export const index = buildIndex(entities, ambiguities);

/**
 * Full names of entities that need no context (a page naming only one of them still paints
 * it), as the reports write them. Each is checked against the knowledge base below, so a
 * renamed alias fails loudly here instead of making the properties vacuous.
 */
export const FULL_NAMES: readonly { entity: string; text: string }[] = [
  { entity: 'kim-jong-un', text: 'Kim Jong Un' },
  { entity: 'kim-jong-un', text: 'Kim Jong-un' },
  { entity: 'vladimir-putin', text: 'Vladimir Putin' },
  { entity: 'sergei-shoigu', text: 'Sergei Shoigu' },
  { entity: 'komsomolsk-on-amur', text: 'Komsomolsk-on-Amur' },
  { entity: 'dmitry-peskov', text: 'Dmitry Peskov' },
  { entity: 'choe-sun-hui', text: 'Choe Son Hui' },
  { entity: 'vladivostok', text: 'Vladivostok' },
  { entity: 'north-korea', text: 'North Korea' },
  { entity: 'eastern-economic-forum', text: 'Eastern Economic Forum' },
  { entity: 'kim-jong-il', text: 'Kim Jong Il' },
];

for (const { entity, text } of FULL_NAMES) {
  const known = entityById.get(entity);
  if (!known?.aliases.includes(text) || known.needsContext) {
    throw new Error(`random-page: ${text} is no longer a context-free alias of ${entity}`);
  }
}

/** Words that are part of no alias: they separate names without joining or extending them. */
const FILLERS = ['met', 'and', 'later', 'spoke', 'there', 'on', 'Tuesday.', 'then'] as const;

/** Pieces of names, which alone may or may not be names ("Putin" is, "Jong Un" is not). */
export const FRAGMENTS = ['Kim', 'Jong Un', 'Vladimir', 'Putin', 'Shoigu', 'Komsomolsk', 'Amur'];

/** A phrase of fillers and names, any of which may be a full name or a fragment. */
export const phrase = fc
  .array(
    fc.oneof(
      fc.constantFrom(...FILLERS),
      fc.constantFrom(...FULL_NAMES.map((n) => n.text)),
      fc.constantFrom(...FRAGMENTS),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((words) => words.join(' '));

/** One word of a block's prose: a filler, or a full name we expect to be found. */
type Word = { text: string; entity?: string };

const INLINE_TAGS = ['b', 'i', 'a', 'span', 'em', 'strong', 'u', 'code'] as const;
const BLOCK_TAGS = ['p', 'div', 'li', 'h2', 'td', 'blockquote', 'section'] as const;

/** How one piece of a block's text is put in the DOM. */
const wrapping = fc.oneof(
  { weight: 3, arbitrary: fc.constant<string[]>([]) },
  {
    weight: 3,
    arbitrary: fc.array(fc.constantFrom(...INLINE_TAGS), { minLength: 1, maxLength: 3 }),
  },
);

/** Prose split at random offsets (mid-word too) into pieces, each wrapped in inline elements. */
const proseBlock = fc
  .record({
    tag: fc.constantFrom(...BLOCK_TAGS),
    // Fillers at both ends and between names: names never touch each other or a fragment.
    words: fc.array(
      fc.tuple(
        fc.constantFrom(...FILLERS),
        fc.option(fc.constantFrom(...FULL_NAMES), { nil: undefined }),
      ),
      { minLength: 1, maxLength: 5 },
    ),
    cuts: fc.array(fc.nat({ max: 200 }), { maxLength: 8 }),
    wrappers: fc.array(wrapping, { minLength: 9, maxLength: 9 }),
    nestedIn: fc.option(fc.constantFrom('div', 'article', 'section'), { nil: undefined }),
  })
  .map(({ tag, words, cuts, wrappers, nestedIn }) => {
    const list: Word[] = [];
    for (const [filler, name] of words) {
      list.push({ text: filler });
      if (name) list.push({ text: name.text, entity: name.entity });
    }
    list.push({ text: FILLERS[0] });
    return { kind: 'prose' as const, tag, words: list, cuts, wrappers, nestedIn };
  });

/** A name split across two blocks ("Vladimir" | "Putin"): no full-name mention is owed. */
const splitAcrossBlocks = fc
  .record({
    name: fc.constantFrom(...FULL_NAMES.filter((n) => n.text.includes(' '))),
    tags: fc.tuple(fc.constantFrom(...BLOCK_TAGS), fc.constantFrom(...BLOCK_TAGS, 'br')),
  })
  .map(({ name, tags }) => ({ kind: 'split' as const, name: name.text, tags }));

/** Text we must never read: code, form fields, editors. */
const excludedRegion = fc
  .record({
    tag: fc.constantFrom('script', 'style', 'textarea', 'noscript', 'editable', 'template'),
    text: phrase,
  })
  .map(({ tag, text }) => ({ kind: 'excluded' as const, tag, text }));

export type PagePart =
  | (typeof proseBlock extends fc.Arbitrary<infer T> ? T : never)
  | (typeof splitAcrossBlocks extends fc.Arbitrary<infer T> ? T : never)
  | (typeof excludedRegion extends fc.Arbitrary<infer T> ? T : never);

/** A random page: prose blocks, names split across blocks, and regions never read. */
export const randomPage = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: proseBlock as fc.Arbitrary<PagePart> },
    { weight: 1, arbitrary: splitAcrossBlocks as fc.Arbitrary<PagePart> },
    { weight: 2, arbitrary: excludedRegion as fc.Arbitrary<PagePart> },
  ),
  { minLength: 1, maxLength: 8 },
);

/** Where a full name was placed, as offsets into `body.textContent`. */
export type Placed = { entity: string; start: number; end: number; text: string };

/** What `buildPage` put where. */
export type BuiltPage = {
  /** Full names in prose, each owed a mention. */
  expected: Placed[];
  /** Spans of `body.textContent` that must never be painted. */
  excluded: { start: number; end: number }[];
};

/**
 * Replaces `doc.body`'s children with the page, built node by node (no markup parsing), and
 * says where each full name and each excluded region ended up in `body.textContent`.
 */
export function buildPage(parts: readonly PagePart[], doc: Document = document): BuiltPage {
  const expected: Placed[] = [];
  const excluded: { start: number; end: number }[] = [];
  const nodes: Node[] = [];
  let offset = 0;
  const text = (data: string) => {
    offset += data.length;
    return doc.createTextNode(data);
  };

  for (const part of parts) {
    if (part.kind === 'prose') {
      const block = doc.createElement(part.tag);
      const prose = part.words.map((w) => w.text).join(' ');
      const start = offset;
      let at = 0;
      for (const word of part.words) {
        if (word.entity) {
          const s = start + at;
          expected.push({
            entity: word.entity,
            start: s,
            end: s + word.text.length,
            text: word.text,
          });
        }
        at += word.text.length + 1;
      }
      const cuts = [...new Set(part.cuts.map((c) => c % (prose.length + 1)))].sort((a, b) => a - b);
      const bounds = [0, ...cuts, prose.length];
      for (let i = 0; i + 1 < bounds.length; i++) {
        const piece = prose.slice(bounds[i], bounds[i + 1]);
        if (!piece) continue;
        const tags = part.wrappers[i % part.wrappers.length] ?? [];
        let node: Node = text(piece);
        for (const tag of tags) {
          const wrapper = doc.createElement(tag);
          if (tag === 'a') wrapper.setAttribute('href', '#');
          wrapper.append(node);
          node = wrapper;
        }
        block.append(node);
      }
      nodes.push(wrapIn(doc, block, part.tag, part.nestedIn));
    } else if (part.kind === 'split') {
      const space = part.name.indexOf(' ');
      const [first, second] = [part.name.slice(0, space), part.name.slice(space + 1)];
      if (part.tags[1] === 'br') {
        const p = doc.createElement('p');
        p.append(text(first), doc.createElement('br'), text(second));
        nodes.push(p);
      } else {
        const [a, b] = [doc.createElement(part.tags[0]), doc.createElement(part.tags[1])];
        a.append(text(first));
        b.append(text(second));
        nodes.push(wrapIn(doc, a, part.tags[0]), wrapIn(doc, b, part.tags[1]));
      }
    } else {
      const start = offset;
      let region: Element;
      if (part.tag === 'editable') {
        region = doc.createElement('div');
        region.setAttribute('contenteditable', 'true');
        const p = doc.createElement('p');
        p.append(text(part.text));
        region.append(p);
      } else if (part.tag === 'template') {
        // A template's content is a separate fragment: not in textContent at all.
        region = doc.createElement('template');
        (region as HTMLTemplateElement).content.append(doc.createTextNode(part.text));
      } else {
        region = doc.createElement(part.tag);
        region.append(text(part.text));
      }
      excluded.push({ start, end: offset });
      nodes.push(region);
    }
  }
  doc.body.replaceChildren(...nodes);
  return { expected, excluded };
}

/** Puts table cells and list items where they belong, and optionally nests the block. */
function wrapIn(doc: Document, block: Element, tag: string, nestedIn?: string): Element {
  let outer = block;
  if (tag === 'td') {
    const table = doc.createElement('table');
    const row = doc.createElement('tr');
    row.append(block);
    table.append(row);
    outer = table;
  } else if (tag === 'li') {
    const list = doc.createElement('ul');
    list.append(block);
    outer = list;
  }
  if (nestedIn) {
    const wrapper = doc.createElement(nestedIn);
    wrapper.append(outer);
    outer = wrapper;
  }
  return outer;
}

/**
 * True when `text` alone is a form of `entity`: the matcher finds that entity covering all of
 * it, or (an ambiguous short form like a bare "Kim", which only the page resolves) a candidate
 * covering all of it whose ambiguity lists the entity.
 */
export function isFormOf(text: string, entity: string): boolean {
  if (
    findMentions(text, index).some(
      (m) => m.entity === entity && m.start === 0 && m.end === text.length,
    )
  ) {
    return true;
  }
  return findCandidates(text, index).some(
    (c) =>
      c.start === 0 &&
      c.end === text.length &&
      (c.entity === entity ||
        (c.ambiguity >= 0 && !!index.ambiguities[c.ambiguity]?.candidates.includes(entity))),
  );
}

/** Offsets into `body.textContent` of every text node under `body`. */
export function textOffsets(body: Node): Map<Node, number> {
  const offsets = new Map<Node, number>();
  const walker = (body.ownerDocument ?? (body as Document)).createTreeWalker(body, 0x4);
  let offset = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    offsets.set(node, offset);
    offset += (node as Text).data.length;
  }
  return offsets;
}

/** A range's start and end as offsets into `body.textContent` (its ends are in text nodes). */
export function rangeOffsets(
  range: Range,
  offsets: Map<Node, number>,
): { start: number; end: number } {
  const start = offsets.get(range.startContainer);
  const end = offsets.get(range.endContainer);
  if (start === undefined || end === undefined) {
    throw new Error(`range ends outside the body's text: ${range.toString()}`);
  }
  return { start: start + range.startOffset, end: end + range.endOffset };
}

/** Sorted, comparable `start-end entity` keys. */
export function keys(
  mentions: readonly { start: number; end: number; entity: string }[],
): string[] {
  return mentions.map((m) => `${m.start}-${m.end} ${m.entity}`).sort();
}
