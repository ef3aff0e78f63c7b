import { describe, expect, it, vi } from 'vitest';
import { createCardClient } from '../../../lib/card/card-client';
import { buildCardData } from '../../../lib/card/card-data';
import { FIXTURE_KB } from './fixture-kb';

describe('card client', () => {
  it('asks the background once per entity and then answers synchronously', async () => {
    const send = vi.fn(async ({ entity }: { entity: string }) => buildCardData(FIXTURE_KB, entity));
    const client = createCardClient(send);
    client.prefetch('sergei-shoigu');
    expect(client.peek('sergei-shoigu')).toBeUndefined();
    const card = await client.get('sergei-shoigu');
    expect(card?.entity.name).toBe('Sergei Shoigu');
    expect(client.peek('sergei-shoigu')).toBe(card);
    await client.get('sergei-shoigu');
    expect(send).toHaveBeenCalledOnce();
    expect(send).toHaveBeenCalledWith({ type: 'summit-lens:get-card', entity: 'sergei-shoigu' });
  });

  it('gives null for an unknown entity or a malformed answer', async () => {
    const client = createCardClient(async (m) => (m.entity === 'odd' ? { entity: 3 } : null));
    expect(await client.get('nobody')).toBeNull();
    expect(await client.get('odd')).toBeNull();
    expect(client.peek('nobody')).toBeNull();
  });

  it('forgets a failed request so the next hover retries', async () => {
    let fail = true;
    const client = createCardClient(async ({ entity }) => {
      if (fail) throw new Error('Extension context invalidated.');
      return buildCardData(FIXTURE_KB, entity);
    });
    expect(await client.get('sergei-shoigu')).toBeNull();
    expect(client.peek('sergei-shoigu')).toBeUndefined();
    fail = false;
    expect((await client.get('sergei-shoigu'))?.entity.id).toBe('sergei-shoigu');
  });
});
