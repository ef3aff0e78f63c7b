/** Self time of one function of the content script under the sampling profiler. */
export type HotFunction = { name: string; location: string; selfMs: number; share: number };

/** A V8 CPU profile as `Profiler.stop` returns it. */
export type CpuProfile = {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
};

/** True for a frame of the extension's own code. */
export const isExtensionUrl = (url: string) => url.startsWith('chrome-extension://');

/**
 * Adds up self time per function of the extension in `profile` and returns the `topN` largest,
 * with the total. Native DOM calls are charged to the JS function that made them. Names are
 * minified unless the extension was built unminified (see `wxt.profile.config.ts`).
 */
export function hotFunctions(
  profile: CpuProfile,
  topN = 12,
): { totalMs: number; top: HotFunction[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const self = new Map<string, { name: string; location: string; us: number }>();
  let totalUs = 0;
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i] as number);
    // A sample's time runs until the next sample.
    const us = deltas[i + 1] ?? 0;
    if (!node || !isExtensionUrl(node.callFrame.url)) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    const location = `${file}:${lineNumber + 1}:${columnNumber + 1}`;
    const key = `${functionName}@${location}`;
    const entry = self.get(key) ?? { name: functionName || '(anonymous)', location, us: 0 };
    entry.us += us;
    self.set(key, entry);
    totalUs += us;
  }
  const top = [...self.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, topN)
    .map((e) => ({
      name: e.name,
      location: e.location,
      selfMs: e.us / 1000,
      share: totalUs ? e.us / totalUs : 0,
    }));
  return { totalMs: totalUs / 1000, top };
}

/**
 * Timestamps (trace clock, µs) of the samples taken while extension code was on the stack.
 * The CPU profile and the trace share one monotonic clock, so these fall inside trace tasks.
 */
export function extensionSampleTimes(profile: CpuProfile): number[] {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result =
      node !== undefined &&
      (isExtensionUrl(node.callFrame.url) || (up !== undefined && isOurs(up)));
    ours.set(id, result);
    return result;
  };
  const times: number[] = [];
  let t = profile.startTime;
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    t += deltas[i] ?? 0;
    if (isOurs(id)) times.push(t);
  });
  return times;
}
