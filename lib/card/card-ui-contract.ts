import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageMention } from '../dom/types';
import type { CardClient } from './card-client';
import type { HoverIntent } from './hover-intent';

/**
 * The contract between the content script's small start-up part of the card (hover intent,
 * hit-testing, keyboard walk) and its user interface (Preact, floating-ui, styles), which is
 * built as its own file and loaded on first use, so it stays out of the start-up bundle.
 */

/** The card UI's file in the extension, listed in `web_accessible_resources`. */
export const CARD_UI_FILE = '/card-ui.js';

/** Where the loaded UI file leaves its factory: a global of the content script's isolated
 * world, which the page's own scripts can't see. */
const CARD_UI_KEY = 'summit-lens-card-ui';

/** User Timing names: the bench reads them, and they show in DevTools' performance panel. */
export const DWELL_END_MARK = 'summit-lens:card-dwell-end';
export const CARD_READY_MEASURE = 'summit-lens:card-ready';

export type Point = { x: number; y: number };

export type OpenOptions = {
  /** Stays until closed (keyboard opens, and any click or key in the card). */
  pinned: boolean;
  /** Move focus into the card once it is placed (keyboard opens). */
  focus: boolean;
  /** Where the pointer rested, so the card sits beside that line of a wrapped mention. */
  point?: Point;
  /** Outline the mention on the page: nothing else marks it for a keyboard user. */
  mark: boolean;
};

/** The card's user interface, as the start-up part drives it. */
export type CardUi = {
  open(mention: PageMention, options: OpenOptions): void;
  /** Renders and places `mention`'s card hidden during the hover delay (data must be in). */
  prepare(mention: PageMention, point: Point | undefined): void;
  /** Drops a prepared, never shown card. */
  discard(): void;
  close(options?: { restoreFocus?: boolean }): void;
  /** Says `text` through the card's live region. */
  announce(text: string): void;
  /** The mention whose card is open. */
  readonly current: PageMention | undefined;
  /** Our one element on the page. */
  readonly host: HTMLElement;
};

export type CardUiDeps = {
  ctx: ContentScriptContext;
  client: CardClient;
  intent: HoverIntent<PageMention>;
  openCompare(entity: string): void;
};

export type CreateCardUi = (deps: CardUiDeps) => Promise<CardUi>;

/** Called by the UI file once loaded. */
export function registerCardUi(create: CreateCardUi): void {
  (globalThis as Record<string, unknown>)[CARD_UI_KEY] = create;
}

/** Loads the UI file (once) from `url` and returns its factory. */
export async function loadCardUi(url: string): Promise<CreateCardUi | undefined> {
  const registry = globalThis as Record<string, unknown>;
  if (!registry[CARD_UI_KEY]) await import(/* @vite-ignore */ url);
  return registry[CARD_UI_KEY] as CreateCardUi | undefined;
}
