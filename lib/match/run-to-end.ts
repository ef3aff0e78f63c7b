/**
 * Runs a stepwise job (a generator that yields between steps, for a time-sliced caller) to its
 * end at once, and returns what it returns: for callers with no page to yield to (the batch
 * CLI, tests, a plain `paint`).
 */
export function runToEnd<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
