import type { CardData } from './card-data';

/**
 * Card data from the background, each entity asked for once. `peek` answers synchronously once
 * the data is in, so a card prefetched during the hover delay paints in the same task as the
 * delay ends. A failed request (the extension reloaded under the page) is forgotten, to retry.
 */
export function createCardClient(
  send: (message: { type: 'summit-lens:get-card'; entity: string }) => Promise<unknown>,
) {
  const pending = new Map<string, Promise<CardData | null>>();
  const ready = new Map<string, CardData | null>();
  const get = (entity: string): Promise<CardData | null> => {
    let request = pending.get(entity);
    if (!request) {
      request = send({ type: 'summit-lens:get-card', entity }).then(
        (answer) => {
          const card = isCardData(answer) ? answer : null;
          ready.set(entity, card);
          return card;
        },
        () => {
          pending.delete(entity);
          return null;
        },
      );
      pending.set(entity, request);
    }
    return request;
  };
  return {
    get,
    prefetch(entity: string): void {
      void get(entity);
    },
    /** The card if it has arrived, `null` if the entity has none, `undefined` while loading. */
    peek(entity: string): CardData | null | undefined {
      return ready.get(entity);
    },
  };
}

/** Just enough of a shape check that a stray answer can't break the card. */
function isCardData(value: unknown): value is CardData {
  const card = value as CardData | null;
  return (
    typeof card === 'object' &&
    card !== null &&
    typeof card.entity?.name === 'string' &&
    Array.isArray(card.facts) &&
    Array.isArray(card.summary)
  );
}

/** Card data from the background, cached; see `createCardClient`. */
export type CardClient = ReturnType<typeof createCardClient>;
