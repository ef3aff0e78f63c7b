// Imported first by main.tsx: ES modules run their imports in order, so this mark is taken
// before the knowledge base, Preact and the components are evaluated — the popup's script start.
performance.mark('summit-lens:script-start');
