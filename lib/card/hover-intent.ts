import type { ListenerScope } from './listener-scope';

/** What the hover logic needs from the page; the card container supplies it. */
export type HoverIntentOptions<T extends { id: number }> = {
  /** Intent delay: how long the pointer must rest on a mention before its card opens. */
  delay: () => number;
  /** Grace period after the pointer leaves the mention and the card, before the card closes. */
  grace: number;
  /** Called when the pointer starts resting on a mention, so data can load during the delay. */
  prefetch: (target: T) => void;
  open: (target: T) => void;
  /** The pointer left `target` before its delay ran out: its card won't open. */
  abandon?: (target: T) => void;
  close: () => void;
  /** Timers come from the container's scope, so they are cleared with everything else. */
  scope: ListenerScope;
};

/** The hover state machine, fed by pointer and focus events. */
export type HoverIntent<T> = {
  /** The pointer is now over `target` (a mention), or over no mention. */
  pointerOver(target: T | undefined): void;
  /** The pointer entered or left the card. */
  pointerInCard(inside: boolean): void;
  /** Focus entered or left the card. */
  focusInCard(inside: boolean): void;
  /** The card is open for `target` (opened by hover, or by the keyboard with `pinned`). */
  shown(target: T, pinned: boolean): void;
  /** A click or a key in the card: it stays until it is closed. */
  pin(): void;
  /** The card closed (Escape, close button, or this machine's own grace timer). */
  hidden(): void;
  readonly pinned: boolean;
  readonly current: T | undefined;
  /** The mention under the pointer. */
  readonly candidate: T | undefined;
};

/**
 * Hover intent and grace, per WCAG 1.4.13: a card opens only after the pointer rests on one
 * mention for the intent delay (so sweeping across text opens nothing), stays while the pointer
 * is on the mention or the card or focus is in the card, and closes a grace period after the
 * pointer has left both. A pinned card ignores the pointer altogether.
 */
export function createHoverIntent<T extends { id: number }>(
  options: HoverIntentOptions<T>,
): HoverIntent<T> {
  let candidate: T | undefined;
  let current: T | undefined;
  let pinned = false;
  let overCard = false;
  let focusInside = false;
  let pending: T | undefined;
  let cancelTimer = () => {};
  const cancelOpen = () => {
    cancelTimer();
    if (pending) options.abandon?.(pending);
    pending = undefined;
  };
  let cancelClose = () => {};

  const beingRead = () => pinned || overCard || focusInside;
  const scheduleClose = () => {
    cancelClose();
    if (!current || beingRead() || candidate?.id === current.id) return;
    cancelClose = options.scope.timeout(() => {
      if (current && !beingRead() && candidate?.id !== current.id) options.close();
    }, options.grace);
  };

  return {
    pointerOver(target) {
      if (target?.id === candidate?.id) return;
      candidate = target;
      cancelOpen();
      if (target && target.id === current?.id) {
        cancelClose();
        return;
      }
      scheduleClose();
      // A pinned card stays put: hovering other mentions does not replace it.
      if (!target || pinned) return;
      options.prefetch(target);
      pending = target;
      cancelTimer = options.scope.timeout(() => {
        pending = undefined;
        if (candidate?.id === target.id && !pinned) options.open(target);
      }, options.delay());
    },
    pointerInCard(inside) {
      overCard = inside;
      if (inside) cancelClose();
      else scheduleClose();
    },
    focusInCard(inside) {
      focusInside = inside;
      if (inside) cancelClose();
      else scheduleClose();
    },
    shown(target, isPinned) {
      current = target;
      pinned = isPinned;
      cancelOpen();
      cancelClose();
      if (!isPinned) scheduleClose();
    },
    pin() {
      if (!current) return;
      pinned = true;
      cancelClose();
    },
    hidden() {
      current = undefined;
      pinned = false;
      overCard = false;
      focusInside = false;
      cancelClose();
    },
    get pinned() {
      return pinned;
    },
    get current() {
      return current;
    },
    get candidate() {
      return candidate;
    },
  };
}
