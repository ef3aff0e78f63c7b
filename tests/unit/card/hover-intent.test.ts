import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent } from '../../../lib/card/hover-intent';
import { createListenerScope } from '../../../lib/card/listener-scope';

type M = { id: number };
const A: M = { id: 1 };
const B: M = { id: 2 };

function setup(delay = 300) {
  const events: string[] = [];
  const scope = createListenerScope();
  const intent = createHoverIntent<M>({
    delay: () => delay,
    grace: 200,
    scope,
    prefetch: (m) => events.push(`prefetch ${m.id}`),
    abandon: (m) => events.push(`abandon ${m.id}`),
    open: (m) => {
      events.push(`open ${m.id}`);
      intent.shown(m, false);
    },
    close: () => {
      events.push('close');
      intent.hidden();
    },
  });
  return { intent, events, scope };
}

describe('hover intent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens a card once the pointer has rested on a mention for the delay, prefetching at once', () => {
    const { intent, events } = setup();
    intent.pointerOver(A);
    expect(events).toEqual(['prefetch 1']);
    vi.advanceTimersByTime(299);
    expect(events).toEqual(['prefetch 1']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['prefetch 1', 'open 1']);
  });

  it('opens nothing on a fast sweep across mentions, abandoning each one it passed', () => {
    const { intent, events } = setup();
    intent.pointerOver(A);
    vi.advanceTimersByTime(150);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(100);
    intent.pointerOver(B);
    expect(intent.candidate).toBe(B);
    vi.advanceTimersByTime(150);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['prefetch 1', 'abandon 1', 'prefetch 2', 'abandon 2']);
  });

  it('restarts the delay when the pointer moves on to another mention', () => {
    const { intent, events } = setup();
    intent.pointerOver(A);
    vi.advanceTimersByTime(250);
    intent.pointerOver(B);
    vi.advanceTimersByTime(250);
    expect(events.filter((e) => e.startsWith('open'))).toEqual([]);
    vi.advanceTimersByTime(50);
    expect(events.filter((e) => e.startsWith('open'))).toEqual(['open 2']);
  });

  it('keeps the card while the pointer moves from the mention into the card', () => {
    const { intent, events } = setup();
    intent.pointerOver(A);
    vi.advanceTimersByTime(300);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(100);
    intent.pointerInCard(true);
    vi.advanceTimersByTime(5000);
    expect(events).not.toContain('close');
  });

  it('closes a grace period after the pointer leaves both mention and card', () => {
    const { intent, events } = setup();
    intent.pointerOver(A);
    vi.advanceTimersByTime(300);
    intent.pointerInCard(true);
    intent.pointerOver(undefined);
    intent.pointerInCard(false);
    vi.advanceTimersByTime(199);
    expect(events).not.toContain('close');
    vi.advanceTimersByTime(1);
    expect(events).toContain('close');
  });

  it('never closes while focus is in the card', () => {
    const { intent, events } = setup();
    intent.pointerOver(A);
    vi.advanceTimersByTime(300);
    intent.focusInCard(true);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(5000);
    expect(events).not.toContain('close');
    intent.focusInCard(false);
    vi.advanceTimersByTime(200);
    expect(events).toContain('close');
  });

  it('keeps a pinned card when the pointer leaves, and opens no other card over it', () => {
    const { intent, events } = setup();
    intent.pointerOver(A);
    vi.advanceTimersByTime(300);
    intent.pin();
    intent.pointerOver(B);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['prefetch 1', 'open 1']);
    expect(intent.pinned).toBe(true);
  });

  it('does not reopen the card just closed while the pointer stays on its mention', () => {
    const { intent, events } = setup();
    intent.pointerOver(A);
    vi.advanceTimersByTime(300);
    intent.hidden(); // Escape
    intent.pointerOver(A);
    vi.advanceTimersByTime(1000);
    expect(events.filter((e) => e.startsWith('open'))).toEqual(['open 1']);
  });

  it('reads the delay from the settings at each hover', () => {
    let delay = 300;
    const events: string[] = [];
    const intent = createHoverIntent<M>({
      delay: () => delay,
      grace: 200,
      scope: createListenerScope(),
      prefetch: () => {},
      open: (m) => events.push(`open ${m.id}`),
      close: () => {},
    });
    delay = 1000;
    intent.pointerOver(A);
    vi.advanceTimersByTime(999);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open 1']);
  });

  it('clears every pending timer with its scope', () => {
    const { intent, events, scope } = setup();
    intent.pointerOver(A);
    scope.clear();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['prefetch 1']);
  });
});
