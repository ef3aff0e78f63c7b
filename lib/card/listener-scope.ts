/** Listeners and timers registered in one place, all removed by one `clear()`. */
export type ListenerScope = {
  on<K extends keyof DocumentEventMap>(
    target: EventTarget,
    type: K | (string & {}),
    listener: (event: DocumentEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void;
  timeout(callback: () => void, ms: number): () => void;
  frame(callback: () => void): () => void;
  /** Runs `cleanup` on `clear()`, for things that hand back their own disposer (autoUpdate). */
  add(cleanup: () => void): void;
  clear(): void;
};

/**
 * Creates a scope that also clears itself when `parent` aborts (the content script's context
 * being invalidated), so nothing we start outlives the content script.
 */
export function createListenerScope(parent?: AbortSignal): ListenerScope {
  let controller = new AbortController();
  let cleanups = new Set<() => void>();
  const clear = () => {
    controller.abort();
    controller = new AbortController();
    const pending = cleanups;
    cleanups = new Set();
    for (const cleanup of pending) cleanup();
  };
  parent?.addEventListener('abort', clear, { once: true });
  const add = (cleanup: () => void) => {
    cleanups.add(cleanup);
    return () => {
      if (cleanups.delete(cleanup)) cleanup();
    };
  };
  return {
    on(target, type, listener, options) {
      if (parent?.aborted) return;
      target.addEventListener(type, listener as EventListener, {
        ...options,
        signal: controller.signal,
      });
    },
    timeout(callback, ms) {
      if (parent?.aborted) return () => {};
      let cancel = () => {};
      const id = setTimeout(() => {
        cleanups.delete(cancel);
        callback();
      }, ms);
      cancel = add(() => clearTimeout(id));
      return cancel;
    },
    frame(callback) {
      if (parent?.aborted) return () => {};
      let cancel = () => {};
      const id = requestAnimationFrame(() => {
        cleanups.delete(cancel);
        callback();
      });
      cancel = add(() => cancelAnimationFrame(id));
      return cancel;
    },
    add(cleanup) {
      if (parent?.aborted) cleanup();
      else add(cleanup);
    },
    clear,
  };
}
