import type { BrowserContext, Worker } from '@playwright/test';
import type { PageSummary } from '../../lib/messages';

/** What the content script answered, or why it did not. */
export type SummaryResult =
  | { ok: true; summary: PageSummary; waitedMs: number }
  | { ok: false; error: string; last?: PageSummary; waitedMs: number; timedOut: boolean };

/**
 * Asks the content script in the tab showing `url` for its `PageSummary`, from the extension's
 * service worker (only extension contexts can message a content script), until it reports
 * `done`. Polls every `intervalMs`: each question is a task of the content script's, so
 * polling fast would add to what the trace counts as ours. Gives up after `timeoutMs`, or after `silentMs` if no content script answers at all.
 */
export async function waitForSummary(
  context: BrowserContext,
  url: string,
  { timeoutMs = 60_000, silentMs = 5_000, intervalMs = 100 } = {},
): Promise<SummaryResult> {
  const t0 = Date.now();
  let last: PageSummary | undefined;
  let error = 'no answer';
  while (Date.now() - t0 < timeoutMs) {
    // A content script stuck in a long task answers only when the task ends: don't wait for it.
    const left = timeoutMs - (Date.now() - t0);
    let timer: NodeJS.Timeout | undefined;
    const answer = await Promise.race([
      ask(await serviceWorker(context), url),
      new Promise<{ stuck: true }>((done) => {
        timer = setTimeout(() => done({ stuck: true }), left);
      }),
    ]);
    clearTimeout(timer);
    if ('stuck' in answer) break;
    if ('summary' in answer) {
      last = answer.summary;
      if (last?.status === 'done') return { ok: true, summary: last, waitedMs: Date.now() - t0 };
    } else {
      error = answer.error;
      if (!last && Date.now() - t0 > silentMs) break;
    }
    await new Promise((done) => setTimeout(done, intervalMs));
  }
  const waitedMs = Date.now() - t0;
  const timedOut = waitedMs >= timeoutMs;
  const state = last ? `still ${last.status}` : error;
  return {
    ok: false,
    error: timedOut ? `no finished scan after ${timeoutMs / 1000} s (${state})` : state,
    last,
    waitedMs,
    timedOut,
  };
}

/** The extension's service worker; MV3 may have stopped and restarted it since launch. */
async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

async function ask(
  worker: Worker,
  url: string,
): Promise<{ summary: PageSummary } | { error: string }> {
  return worker.evaluate(async (url) => {
    type Tab = { id?: number };
    type Chrome = {
      tabs: {
        query(q: object): Promise<Tab[]>;
        sendMessage(id: number, message: unknown): Promise<unknown>;
      };
    };
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    // Without the `tabs` permission tab URLs are hidden, so ask every tab and keep the answer
    // whose own `url` is the page's.
    const tabs = await chrome.tabs.query({});
    const errors: string[] = [];
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      try {
        const answer = (await chrome.tabs.sendMessage(tab.id, {
          type: 'summit-lens:get-summary',
        })) as { url?: unknown } | null;
        if (typeof answer === 'object' && answer !== null && answer.url === url) {
          return { summary: answer as PageSummary };
        }
        errors.push(`tab ${tab.id} answered ${JSON.stringify(answer)?.slice(0, 80)}`);
      } catch (e) {
        errors.push(`tab ${tab.id}: ${String(e)}`);
      }
    }
    return { error: errors.join('; ') || 'no tabs' };
  }, url);
}
