import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  compareUrl,
  createCardLookup,
  handleCardMessage,
  sendNavigate,
} from '../../../lib/card/card-background';
import type { CardData } from '../../../lib/card/card-data';
import { FIXTURE_KB } from './fixture-kb';

describe('card background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });
  const lookup = createCardLookup(FIXTURE_KB);

  it('answers get-card with the entity card, and null for an unknown entity', async () => {
    const card = (await handleCardMessage(
      { type: 'summit-lens:get-card', entity: 'sergei-shoigu' },
      {},
      lookup,
    )) as CardData;
    expect(card.entity.name).toBe('Sergei Shoigu');
    expect(card.facts[0]?.sources.map((s) => s.short)).toEqual(['AP', 'Korea Herald', 'Reuters']);
    expect(
      await handleCardMessage({ type: 'summit-lens:get-card', entity: 'nobody' }, {}, lookup),
    ).toBeNull();
  });

  it('builds each card once', () => {
    expect(lookup('sergei-shoigu')).toBe(lookup('sergei-shoigu'));
  });

  it('leaves messages that are not ours to other listeners', () => {
    expect(handleCardMessage({ type: 'other' }, {}, lookup)).toBeUndefined();
    expect(handleCardMessage('summit-lens:get-card', {}, lookup)).toBeUndefined();
    expect(handleCardMessage({ type: 'summit-lens:get-summary' }, {}, lookup)).toBeUndefined();
  });

  it('opens the comparison view for the entity in a new tab beside the reader’s', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    await handleCardMessage(
      { type: 'summit-lens:open-compare', entity: 'sergei-shoigu' },
      { tab: { id: 7, index: 2, windowId: 1 } },
      lookup,
    );
    expect(create).toHaveBeenCalledWith({
      url: 'chrome-extension://test-extension-id/popup.html?entity=sergei-shoigu&view=compare',
      index: 3,
      windowId: 1,
      openerTabId: 7,
    });
    expect(compareUrl('kim jong&un')).toMatch(/\?entity=kim\+jong%26un&view=compare$/);
  });

  it('sends next and previous commands to the tab as navigate messages', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
    expect(await sendNavigate('next-mention', { id: 4 })).toBe(true);
    expect(await sendNavigate('previous-mention', { id: 4 })).toBe(true);
    expect(send.mock.calls).toEqual([
      [4, { type: 'summit-lens:navigate', direction: 1 }],
      [4, { type: 'summit-lens:navigate', direction: -1 }],
    ]);
    expect(await sendNavigate('unknown-command', { id: 4 })).toBe(false);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('falls back to the active tab and shrugs off tabs without a content script', async () => {
    const query = vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 9 }] as never);
    const send = vi
      .spyOn(browser.tabs, 'sendMessage')
      .mockRejectedValue(new Error('Receiving end does not exist'));
    expect(await sendNavigate('next-mention')).toBe(false);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(send).toHaveBeenCalledWith(9, { type: 'summit-lens:navigate', direction: 1 });
  });
});
