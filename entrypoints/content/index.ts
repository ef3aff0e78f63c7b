export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  main() {
    console.debug('[summit-lens] content script loaded');
  },
});
