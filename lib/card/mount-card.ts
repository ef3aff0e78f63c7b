import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MentionStore, PageMention } from '../dom/types';
import type { Settings } from '../settings';
import { createCardClient } from './card-client';
import {
  CARD_UI_FILE,
  type CardUi,
  DWELL_END_MARK,
  loadCardUi,
  type OpenOptions,
  type Point,
} from './card-ui-contract';
import { frameOffset, rangeBox } from './frame-offset';
import { createHoverIntent } from './hover-intent';
import { createListenerScope } from './listener-scope';
import { mentionAtPoint } from './mention-at-point';
import { scrollToMention } from './scroll-to-mention';

/**
 * How long after the mentions change we look for frames that hold some: the scan commits
 * often, and each look reads every mention.
 */
const FRAMES_AFTER_MS = 250;
/** How long a card waits after the pointer has left the mention and the card. */
const GRACE_MS = 300;
/**
 * How long the pointer rests on a mention before its card is rendered, hidden, ahead of the
 * intent delay: long enough that a sweep across the text renders nothing, short enough that
 * the card is ready well before the delay ends.
 */
const PREPARE_AFTER_MS = 80;
/**
 * Pointer events reach us aligned to frames, so a delay timer started from one expires at a
 * frame's start when the delay is a whole number of frames (300 ms is 18 at 60 Hz) and the card
 * then waits a whole frame to be painted. Ending the dwell half a frame early lands the card on
 * the frame nearest the reader's delay instead of up to a frame after it.
 */
const HALF_FRAME_MS = 8;

/**
 * Mounts the hover card for the mentions in `store`: hover/focus handling, the shadow-root host,
 * and keyboard navigation between mentions. Everything it starts ends with `ctx`.
 *
 * This part is in the content script's start-up bundle and stays small: hover intent,
 * hit-testing and the keyboard walk. The card's data comes from the background and its user
 * interface from its own file, both fetched when the pointer first rests on a mention — during
 * the intent delay, so the card still paints at once when the delay ends.
 */
export function mountCard(
  ctx: ContentScriptContext,
  store: MentionStore,
  getSettings: () => Settings,
): { reveal(entity: string): void; navigate(direction: 1 | -1): void } {
  const page = createListenerScope(ctx.signal);
  const client = createCardClient((message) => browser.runtime.sendMessage(message));
  let ui: CardUi | undefined;
  let uiLoading: Promise<CardUi | undefined> | undefined;
  /** The pointer, in the page's viewport, and the document under it (the page or a frame's). */
  let lastPoint: (Point & { inCard: boolean; doc: Document }) | undefined;
  let hitTestQueued = false;
  /** The mention the keyboard last moved to, for the next step. */
  let lastNavigated: PageMention | undefined;
  let cancelPrepare = () => {};
  /**
   * Open shadow roots that hold mentions, for hit-testing inside them, and the documents of
   * same-origin frames that hold mentions, whose pointer events we listen to as well.
   */
  let shadowRoots: ShadowRoot[] = [];
  let frameDocs: Document[] = [];
  let rootsStale = true;
  const readRoots = () => {
    if (!rootsStale) return;
    rootsStale = false;
    const roots = new Set<ShadowRoot>();
    const docs = new Set<Document>();
    for (const m of store.all()) {
      const node = m.range.startContainer;
      const root = node.getRootNode();
      if (root instanceof ShadowRoot) roots.add(root);
      const doc = node.ownerDocument;
      if (doc && doc !== document) docs.add(doc);
    }
    shadowRoots = [...roots];
    frameDocs = [...docs];
  };
  /** The open shadow roots in `doc` that hold mentions. */
  const mentionRoots = (doc: Document) => {
    readRoots();
    return shadowRoots.filter((root) => root.ownerDocument === doc);
  };

  const painted = (m: PageMention) => {
    const settings = getSettings();
    return settings.enabled && settings.categories[m.category];
  };

  const intent = createHoverIntent<PageMention>({
    delay: () => Math.max(0, getSettings().hoverDelayMs - HALF_FRAME_MS),
    grace: GRACE_MS,
    scope: page,
    prefetch(mention) {
      void loadUi();
      client.prefetch(mention.entity);
      for (const alt of mention.alternatives ?? []) client.prefetch(alt);
      cancelPrepare();
      const delay = Math.min(PREPARE_AFTER_MS, getSettings().hoverDelayMs / 2);
      cancelPrepare = page.timeout(() => {
        void Promise.all([loadUi(), client.get(mention.entity)]).then(([cardUi]) => {
          if (intent.candidate?.id !== mention.id || intent.current) return;
          cardUi?.prepare(mention, lastPoint && { x: lastPoint.x, y: lastPoint.y });
        });
      }, delay);
    },
    abandon() {
      cancelPrepare();
      ui?.discard();
    },
    open(mention) {
      performance.mark(DWELL_END_MARK);
      const point = lastPoint && { x: lastPoint.x, y: lastPoint.y };
      withUi((cardUi) => cardUi.open(mention, { pinned: false, focus: false, point, mark: false }));
    },
    close: () => ui?.close(),
  });

  function loadUi(): Promise<CardUi | undefined> {
    uiLoading ??= loadCardUi(browser.runtime.getURL(CARD_UI_FILE))
      .then((create) =>
        create?.({
          ctx,
          client,
          intent,
          openCompare(entity) {
            void browser.runtime
              .sendMessage({ type: 'summit-lens:open-compare', entity })
              .catch(() => {});
          },
        }),
      )
      .then((created) => {
        ui = created;
        return created;
      })
      .catch((error) => {
        // Most likely the extension was updated under the page; the next hover tries again.
        console.warn('[summit-lens] card could not load', error);
        uiLoading = undefined;
        return undefined;
      });
    return uiLoading;
  }

  /** Runs `action` with the UI: at once when it is loaded (the usual case), else once it is. */
  function withUi(action: (cardUi: CardUi) => void) {
    if (ui) action(ui);
    else
      void loadUi().then((cardUi) => {
        if (cardUi && !ctx.isInvalid) action(cardUi);
      });
  }

  function hitTest() {
    hitTestQueued = false;
    const point = lastPoint;
    if (!point || point.inCard) {
      intent.pointerOver(undefined);
      return;
    }
    // Inside a frame, the caret is asked for in the frame's own viewport.
    const offset = frameOffset(point.doc);
    const x = point.x - offset.x;
    const y = point.y - offset.y;
    const mention = mentionAtPoint(store, x, y, point.doc, mentionRoots(point.doc));
    intent.pointerOver(mention && painted(mention) ? mention : undefined);
  }

  function queueHitTest() {
    // At most one caret lookup per frame, however fast the pointer events come.
    if (hitTestQueued) return;
    hitTestQueued = true;
    page.frame(hitTest);
  }

  const isOurs = (event: Event) => !!ui && event.composedPath().includes(ui.host);

  /** Hover, scroll, Escape and click handling for `doc`: the page, or a same-origin frame's. */
  function listen(doc: Document) {
    page.on(
      doc,
      'pointermove',
      (e) => {
        // Only the reader's pointer opens cards: a page can dispatch pointer events of its own.
        if (!e.isTrusted || e.pointerType === 'touch') return;
        const offset = frameOffset(doc);
        lastPoint = { x: e.clientX + offset.x, y: e.clientY + offset.y, inCard: isOurs(e), doc };
        queueHitTest();
      },
      { capture: true, passive: true },
    );
    page.on(
      doc,
      'pointerout',
      (e) => {
        // Leaving the window (or the frame): no mention of this document under the pointer.
        if (e.isTrusted && e.relatedTarget === null && lastPoint?.doc === doc) {
          lastPoint = undefined;
          queueHitTest();
        }
      },
      { capture: true, passive: true },
    );
    // Scrolling moves text under a resting pointer without any pointer event.
    page.on(doc, 'scroll', () => lastPoint && queueHitTest(), { capture: true, passive: true });
    page.on(
      doc,
      'keydown',
      (e) => {
        if (!e.isTrusted || e.key !== 'Escape' || !ui?.current) return;
        // The card is on top of everything: Escape closes it and nothing of the page's.
        e.preventDefault();
        e.stopPropagation();
        ui.close({ restoreFocus: true });
      },
      { capture: true },
    );
    page.on(
      doc,
      'pointerdown',
      (e) => {
        const current = ui?.current;
        if (!e.isTrusted || !current || isOurs(e)) return;
        if (
          mentionAtPoint(store, e.clientX, e.clientY, doc, mentionRoots(doc))?.id === current.id
        ) {
          return;
        }
        // A click elsewhere on the page dismisses the card, pinned or not.
        ui?.close();
      },
      { capture: true, passive: true },
    );
  }
  listen(document);
  /** Frames whose documents we listen to; a frame's new document is listened to anew. */
  const listened = new WeakSet<Document>();
  let framesQueued = false;
  /** After the store changes: at most once per `FRAMES_AFTER_MS`, not once per commit. */
  const listenToFrames = () => {
    if (framesQueued) return;
    framesQueued = true;
    page.timeout(() => {
      framesQueued = false;
      readRoots();
      for (const doc of frameDocs) {
        if (listened.has(doc)) continue;
        listened.add(doc);
        listen(doc);
      }
    }, FRAMES_AFTER_MS);
  };
  page.add(
    store.subscribe(() => {
      rootsStale = true;
      listenToFrames();
      const current = ui?.current;
      if (!current || intent.pinned) return;
      // The page removed the mention's text: an unpinned card goes with it.
      if (!store.all().some((m) => m.id === current.id)) ui?.close();
    }),
  );

  /** Moves to `target` from the keyboard or the popup: scroll there, open, focus the card. */
  function goTo(target: PageMention) {
    lastNavigated = target;
    scrollToMention(target);
    const options: OpenOptions = { pinned: true, focus: true, mark: true };
    withUi((cardUi) => cardUi.open(target, options));
  }

  /** Where a walk continues from: the open card's mention, else the last one walked to. */
  const walkFrom = () => ui?.current?.id ?? lastNavigated?.id;

  return {
    navigate(direction) {
      const list = store.all().filter(painted);
      if (list.length === 0) {
        withUi((cardUi) => cardUi.announce('No highlighted mentions on this page.'));
        return;
      }
      const index = list.findIndex((m) => m.id === walkFrom());
      const start = index >= 0 ? index : firstFromViewport(list, direction) - direction;
      const next = stepVisible(list, start, direction);
      if (next) goTo(next);
    },
    reveal(entity) {
      const list = store.all().filter((m) => m.entity === entity);
      if (list.length === 0) return;
      const index = list.findIndex((m) => m.id === walkFrom());
      const start = index >= 0 ? index : firstFromViewport(list, 1) - 1;
      const next = stepVisible(list, start, 1);
      if (next) goTo(next);
    },
  };
}

/** The first mention after `index` in `direction` (wrapping round) that is rendered at all. */
function stepVisible(
  list: readonly PageMention[],
  index: number,
  direction: 1 | -1,
): PageMention | undefined {
  const n = list.length;
  for (let step = 1; step <= n; step++) {
    const mention = list[(((index + direction * step) % n) + n) % n];
    if (mention && mention.range.getClientRects().length > 0) return mention;
  }
  return undefined;
}

/**
 * Where a walk starts when no card is open: the first mention at or below the top of the
 * viewport going forwards, the last one above its bottom going backwards. Mentions are in
 * document order, so a binary search finds it with a few layout reads.
 */
function firstFromViewport(list: readonly PageMention[], direction: 1 | -1): number {
  let lo = 0;
  let hi = list.length;
  const before =
    direction === 1
      ? (rect: DOMRect) => rect.bottom <= 0
      : (rect: DOMRect) => rect.top < window.innerHeight;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const mention = list[mid];
    const rect = mention && rangeBox(mention.range);
    if (rect && before(rect)) lo = mid + 1;
    else hi = mid;
  }
  return direction === 1 ? lo % list.length : (lo - 1 + list.length) % list.length;
}
