import { browser } from 'wxt/browser';
import { createCardLookup, handleCardMessage, sendNavigate } from '../lib/card/card-background';
import { kb } from '../lib/knowledge';

export default defineBackground(() => {
  // The knowledge base lives here, not in the content script: cards are asked for by message,
  // so their content stays out of every page's start-up bundle.
  const lookup = createCardLookup(kb);
  browser.runtime.onMessage.addListener((message, sender) =>
    handleCardMessage(message, sender, lookup),
  );
  browser.commands.onCommand.addListener((command, tab) => {
    void sendNavigate(command, tab);
  });
});
