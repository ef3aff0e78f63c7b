import {
  autoUpdate,
  computePosition,
  flip,
  inline,
  offset,
  shift,
  type VirtualElement,
} from '@floating-ui/dom';
import { h, render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CardFrame } from '../../components/CardFrame';
import { CardNotice } from '../../components/CardNotice';
import { type CardAlternative, EntityCard } from '../../components/EntityCard';
import type { PageMention } from '../dom/types';
import type { CardData } from './card-data';
import { CARD_CSS } from './card-styles';
import {
  CARD_READY_MEASURE,
  type CardUi,
  type CardUiDeps,
  DWELL_END_MARK,
  type OpenOptions,
  type Point,
} from './card-ui-contract';
import { rangeBox, rangeRects } from './frame-offset';
import { createListenerScope } from './listener-scope';
import { pageTheme, type Theme } from './page-theme';

/** Our one element on the page; everything of ours lives in its shadow root. */
export const HOST_NAME = 'summit-lens-ui';
/** Ids inside our shadow root, so they can't clash with the page's. */
const ID = 'summit-lens-card';

type OpenCard = {
  mention: PageMention;
  /** The entity shown: the mention's, or one the reader picked (alternative, related). */
  entity: string;
  pinned: boolean;
  theme: Theme;
  point: Point | undefined;
  mark: boolean;
  copyStatus: 'idle' | 'copied' | 'failed';
  /** Where focus goes back to when the card closes (set once focus is inside the card). */
  returnFocus: HTMLElement | null;
  /** Move focus into the card once it is placed. */
  focusOnPlace: boolean;
  /** False while prepared during the hover delay: rendered and placed, but hidden. */
  shown: boolean;
  /** floating-ui has placed it at least once. */
  placed: boolean;
};

/**
 * Creates the card's user interface in one shadow-root host: renders the pure `EntityCard`
 * into it, places it beside the mention with floating-ui and keeps it there while the page
 * scrolls, manages focus, and reports pointer and focus in the card to the hover logic. The
 * open card's listeners live in one scope, cleared when it closes or the content script ends.
 */
export async function createCardUi({
  ctx,
  client,
  intent,
  openCompare,
}: CardUiDeps): Promise<CardUi> {
  const cardScope = createListenerScope(ctx.signal);
  let state: OpenCard | undefined;
  let frame: HTMLDivElement | null = null;
  let marks: HTMLDivElement | null = null;
  let announcement = '';

  const ui = await createShadowRootUi(ctx, {
    name: HOST_NAME,
    // 'overlay' gives a zero-size host out of the page's flow, so adding it moves nothing;
    // the card itself is `position: fixed` and placed by floating-ui. ('modal' would cover the
    // page, 'inline' would sit in its layout.) The host goes after <body>: outside any
    // transformed or clipped page container, and outside the subtree frameworks hydrate.
    position: 'overlay',
    anchor: () => document.documentElement,
    append: 'last',
    // Keys typed in the card don't reach the page's shortcuts.
    isolateEvents: true,
    css: CARD_CSS,
    onMount: (container) => container,
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  listenInCard(ui.shadow);

  /** Renders the current state into the shadow root. Synchronous: Preact commits at once. */
  function paint() {
    const card = state ? client.peek(state.entity) : undefined;
    const alternatives: CardAlternative[] = state
      ? [state.mention.entity, ...(state.mention.alternatives ?? [])]
          .filter((id) => id !== state?.entity)
          .map((id) => ({ id, name: client.peek(id)?.entity.name ?? '' }))
          .filter((alt) => alt.name !== '')
      : [];
    render(
      // The card is in English whatever the page's language and direction: say so, or a
      // screen reader on a Korean page would read it with a Korean voice.
      h('div', { class: 'sl-root', lang: 'en', dir: 'ltr' }, [
        state &&
          h(
            CardFrame,
            {
              key: 'card',
              labelledBy: `${ID}-name`,
              describedBy: card && hasSummaryBlock(card) ? `${ID}-summary` : undefined,
              theme: state.theme,
              pinned: state.pinned,
              onClose: () => close({ restoreFocus: true }),
              frameRef: (el: HTMLDivElement | null) => {
                frame = el;
              },
            },
            card
              ? h(EntityCard, {
                  key: state.entity,
                  card,
                  idPrefix: ID,
                  alternatives,
                  copyStatus: state.copyStatus,
                  onSelectEntity: selectEntity,
                  onCompare: openCompare,
                  onCopy: copy,
                })
              : h(CardNotice, {
                  id: `${ID}-name`,
                  message:
                    card === null
                      ? 'Summit Lens has no card for this name.'
                      : 'Loading what the reports say…',
                }),
          ),
        state?.mark &&
          h('div', {
            key: 'marks',
            class: `sl-marks sl-theme-${state.theme} sl-cat-${state.mention.category}`,
            'aria-hidden': 'true',
            ref: (el: HTMLDivElement | null) => {
              marks = el;
            },
          }),
        h(
          'div',
          { key: 'live', class: 'sl-sr', role: 'status', 'aria-live': 'polite' },
          announcement,
        ),
      ]),
      ui.uiContainer,
    );
  }

  function open(mention: PageMention, options: OpenOptions) {
    const previous = state;
    if (previous && !previous.shown && previous.mention.id === mention.id) {
      // Prepared during the hover delay: already rendered and placed, so showing it is all.
      previous.shown = true;
      previous.pinned = options.pinned;
      previous.mark = options.mark;
      previous.focusOnPlace = options.focus;
      if (options.focus) previous.returnFocus ??= focusOutside();
      intent.shown(mention, options.pinned);
      if (options.pinned || options.mark) paint();
      reveal();
      announceCard();
      return;
    }
    start(mention, options, true);
  }

  /**
   * Renders and places `mention`'s card hidden while the pointer rests on it, so that when the
   * delay ends the card only has to become visible. Never over a card the reader can see.
   */
  function prepare(mention: PageMention, point: Point | undefined) {
    if (state?.shown || state?.mention.id === mention.id) return;
    if (!client.peek(mention.entity)) return;
    start(mention, { pinned: false, focus: false, point, mark: false }, false);
  }

  /** Drops a prepared card whose mention the pointer left before the delay ran out. */
  function discard() {
    if (!state || state.shown) return;
    state = undefined;
    cardScope.clear();
    paint();
  }

  function start(mention: PageMention, options: OpenOptions, shown: boolean) {
    const previous = state?.shown ? state : undefined;
    cardScope.clear();
    state = {
      mention,
      entity: previous?.mention.id === mention.id ? previous.entity : mention.entity,
      pinned: options.pinned,
      theme: pageTheme(mention.range.startContainer.parentElement),
      point: options.point,
      mark: options.mark,
      copyStatus: 'idle',
      // Keep the first place focus came from across a walk through several mentions.
      returnFocus: previous?.returnFocus ?? (options.focus ? focusOutside() : null),
      focusOnPlace: options.focus,
      shown,
      placed: false,
    };
    // A card open elsewhere moves rather than showing at its old place first.
    frame?.removeAttribute('data-placed');
    if (shown) intent.shown(mention, options.pinned);
    paint();
    place();
    if (shown) whenLoaded(state.entity);
  }

  /** Shows the card once it is both opened and placed. */
  function reveal() {
    const opened = state;
    const el = frame;
    if (!opened?.shown || !opened.placed || !el || el.hasAttribute('data-placed')) return;
    el.setAttribute('data-placed', '');
    measureReady();
    if (opened.focusOnPlace) {
      opened.focusOnPlace = false;
      el.focus({ preventScroll: true });
    }
  }

  /** Repaints once `entity`'s data arrives, if its card is still the one shown. */
  function whenLoaded(entity: string) {
    const opened = state;
    if (!opened || client.peek(entity) !== undefined) {
      announceCard();
      return;
    }
    void client.get(entity).then(() => {
      if (state !== opened || state.entity !== entity) return;
      paint();
      announceCard();
    });
  }

  /** Positions the card beside the mention's line and keeps it there as the page scrolls. */
  function place() {
    const opened = state;
    const el = frame;
    if (!opened || !el) return;
    const range = opened.mention.range;
    // A mention inside a same-origin frame has its boxes in the frame's viewport: they are
    // moved into the page's, where the card is.
    const inFrame = range.startContainer.ownerDocument !== document;
    const reference: VirtualElement = {
      getBoundingClientRect: () => rangeBox(range),
      getClientRects: () => rangeRects(range),
      contextElement: inFrame ? undefined : (range.startContainer.parentElement ?? undefined),
    };
    const update = () => {
      // Fit the taller side of the line before measuring, so flip() always finds a side that
      // holds the card; a write here, not in a middleware, keeps it to one layout per update.
      const line = rangeBox(range);
      const room = Math.max(line.top, window.innerHeight - line.bottom) - 16;
      el.style.maxHeight = `${Math.max(120, Math.min(512, Math.floor(room)))}px`;
      void computePosition(reference, el, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [inline(opened.point), offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        if (state !== opened) return;
        el.style.left = `${x}px`;
        el.style.top = `${y}px`;
        updateMarks(range);
        opened.placed = true;
        reveal();
      });
    };
    // Scrolling inside a frame, or the page around it, moves the mention without any event the
    // page's scroll ancestors see: a frame's card follows it frame by frame while open.
    cardScope.add(autoUpdate(reference, el, update, { animationFrame: inFrame }));
  }

  function measureReady() {
    // Only hover opens set the dwell mark; a keyboard open has no dwell to measure.
    if (performance.getEntriesByName(DWELL_END_MARK, 'mark').length === 0) return;
    // Only the latest measure is kept, so a long session doesn't pile entries on the page.
    performance.clearMeasures(CARD_READY_MEASURE);
    performance.measure(CARD_READY_MEASURE, DWELL_END_MARK);
    performance.clearMarks(DWELL_END_MARK);
  }

  function updateMarks(range: Range) {
    if (!marks) return;
    const boxes = rangeRects(range).map((rect) => {
      const box = document.createElement('div');
      box.className = 'sl-mark';
      box.style.left = `${rect.left}px`;
      box.style.top = `${rect.top}px`;
      box.style.width = `${rect.width}px`;
      box.style.height = `${rect.height}px`;
      return box;
    });
    marks.replaceChildren(...boxes);
  }

  function close(options: { restoreFocus?: boolean } = {}) {
    if (!state?.shown) return;
    const { returnFocus } = state;
    const focusInside = ui.shadow.activeElement != null;
    state = undefined;
    frame = null;
    marks = null;
    cardScope.clear();
    intent.hidden();
    paint();
    if (focusInside || options.restoreFocus) {
      if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
      else if (focusInside) (document.activeElement as HTMLElement | null)?.blur();
    }
  }

  function selectEntity(entity: string) {
    if (!state) return;
    state.entity = entity;
    state.pinned = true;
    state.copyStatus = 'idle';
    intent.pin();
    paint();
    // The button that was clicked is gone with the old content: keep focus in the card.
    frame?.focus({ preventScroll: true });
    whenLoaded(entity);
  }

  function copy(text: string) {
    const opened = state;
    const done = (ok: boolean) => {
      if (state !== opened || !state) return;
      state.copyStatus = ok ? 'copied' : 'failed';
      paint();
    };
    navigator.clipboard.writeText(text).then(
      () => done(true),
      () => done(copyWithSelection(text)),
    );
  }

  /** The Clipboard API refused (an http: page): copy through a selection in our shadow root. */
  function copyWithSelection(text: string): boolean {
    const area = document.createElement('textarea');
    area.value = text;
    area.className = 'sl-sr';
    ui.uiContainer.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
      frame?.focus({ preventScroll: true });
    }
  }

  function announceCard() {
    if (!state?.shown) return;
    const card = client.peek(state.entity);
    if (card === undefined) return;
    const keyboard = state.focusOnPlace || ui.shadow.activeElement != null;
    announce(
      card === null
        ? 'Summit Lens has no card for this name.'
        : `${describeCard(card)}${keyboard ? ' Press Escape to close.' : ''}`,
    );
  }

  function announce(text: string) {
    // The same words again would not be announced: make the text differ.
    announcement = text === announcement ? `${text}\u00a0` : text;
    paint();
  }

  function listenInCard(shadow: ShadowRoot) {
    // Registered once on our shadow root for the UI's life; cleared with the content script.
    const scope = createListenerScope(ctx.signal);
    const inCard = (node: EventTarget | null) => node instanceof Node && !!frame?.contains(node);
    scope.on(shadow, 'pointerover', (e) => {
      if (inCard(e.target)) intent.pointerInCard(true);
    });
    scope.on(shadow, 'pointerout', (e) => {
      if (inCard(e.target) && !inCard(e.relatedTarget)) intent.pointerInCard(false);
    });
    scope.on(shadow, 'focusin', (e) => {
      if (!inCard(e.target) || !state) return;
      if (
        !state.returnFocus &&
        e.relatedTarget instanceof HTMLElement &&
        !inCard(e.relatedTarget)
      ) {
        state.returnFocus = e.relatedTarget;
      }
      intent.focusInCard(true);
    });
    scope.on(shadow, 'focusout', (e) => {
      if (inCard(e.target) && !inCard(e.relatedTarget)) intent.focusInCard(false);
    });
    scope.on(shadow, 'pointerdown', (e) => {
      if (inCard(e.target)) pin();
    });
    scope.on(shadow, 'keydown', (e) => {
      if (inCard(e.target) && e.key !== 'Escape') pin();
    });
  }

  function pin() {
    if (!state || state.pinned) return;
    state.pinned = true;
    intent.pin();
    paint();
  }

  paint();
  return {
    open,
    prepare,
    discard,
    close,
    announce: (text) => announce(text),
    get current() {
      return state?.shown ? state.mention : undefined;
    },
    host: ui.shadowHost,
  };
}

/** Focus as the page has it, looking into open shadow roots (but not ours). */
function focusOutside(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement && active.localName !== HOST_NAME) {
    active = active.shadowRoot.activeElement;
  }
  return active instanceof HTMLElement && active.localName !== HOST_NAME ? active : null;
}

/** Whether `EntityCard` renders its summary block (the dialog's description). */
function hasSummaryBlock(card: CardData): boolean {
  return card.summary.length > 0 || (card.facts.length === 0 && card.discrepancies.length === 0);
}

/** One line a screen reader hears when a card opens. */
function describeCard(card: CardData): string {
  const parts = [`${card.entity.name}, ${card.entity.category}: ${card.entity.role}.`];
  if (card.facts.length) {
    parts.push(`${card.facts.length} key fact${card.facts.length === 1 ? '' : 's'}.`);
  }
  if (card.discrepancies.length) parts.push('Sources differ.');
  return parts.join(' ');
}
