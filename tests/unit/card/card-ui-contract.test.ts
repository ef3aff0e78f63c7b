import { describe, expect, it } from 'vitest';
import { loadCardUi, registerCardUi } from '../../../lib/card/card-ui-contract';

describe('card UI loading', () => {
  it('fails plainly when the UI file cannot be loaded', async () => {
    await expect(loadCardUi('data:text/javascript,throw new Error("broken")')).rejects.toThrow();
  });

  it('hands back the factory the UI file registered, without loading it again', async () => {
    const create = async () => {
      throw new Error('not called here');
    };
    registerCardUi(create);
    // A URL that would fail to load proves nothing is imported once the factory is there.
    expect(await loadCardUi('chrome-extension://invalid/card-ui.js')).toBe(create);
  });
});
