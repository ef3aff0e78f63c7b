import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createListenerScope } from '../../../lib/card/listener-scope';

describe('listener scope', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('removes listeners, timers and cleanups on clear, and works again afterwards', () => {
    const scope = createListenerScope();
    const target = new EventTarget();
    const heard = vi.fn();
    const timed = vi.fn();
    const cleanup = vi.fn();
    scope.on(target, 'ping', heard);
    scope.timeout(timed, 10);
    scope.add(cleanup);
    scope.clear();
    target.dispatchEvent(new Event('ping'));
    vi.advanceTimersByTime(20);
    expect(heard).not.toHaveBeenCalled();
    expect(timed).not.toHaveBeenCalled();
    expect(cleanup).toHaveBeenCalledOnce();
    scope.on(target, 'ping', heard);
    target.dispatchEvent(new Event('ping'));
    expect(heard).toHaveBeenCalledOnce();
  });

  it('clears itself when the content script context is invalidated', () => {
    const parent = new AbortController();
    const scope = createListenerScope(parent.signal);
    const timed = vi.fn();
    scope.timeout(timed, 10);
    parent.abort();
    vi.advanceTimersByTime(20);
    expect(timed).not.toHaveBeenCalled();
    const late = vi.fn();
    scope.add(late);
    expect(late).toHaveBeenCalledOnce();
  });

  it('lets one timer be cancelled alone', () => {
    const scope = createListenerScope();
    const a = vi.fn();
    const b = vi.fn();
    const cancelA = scope.timeout(a, 10);
    scope.timeout(b, 10);
    cancelA();
    vi.advanceTimersByTime(10);
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledOnce();
  });
});
