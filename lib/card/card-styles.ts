/**
 * The card's stylesheet, injected into our shadow root only (WXT adds `:host { all: initial }`
 * in front of it), so page CSS never reaches in and none of this leaks out. Category colours
 * match the page highlights in `lib/dom/highlight-styles.ts`. Exported for the popup, which
 * reuses the card's components.
 */
export const CARD_CSS = `
.sl-card, .sl-marks {
  --summit-lens-bg: #ffffff;
  --summit-lens-fg: #1a1a1a;
  --summit-lens-muted: #555b66;
  --summit-lens-border: #d0d4db;
  --summit-lens-chip-bg: #eef1f5;
  --summit-lens-chip-fg: #27303f;
  --summit-lens-accent: #1d4ed8;
  --summit-lens-differ: #9a3412;
  --summit-lens-differ-bg: #fff7ed;
  --summit-lens-shadow: 0 8px 28px rgb(0 0 0 / 0.18), 0 1px 3px rgb(0 0 0 / 0.12);
  --summit-lens-person: #1d4ed8;
  --summit-lens-place: #047857;
  --summit-lens-organization: #7e22ce;
  --summit-lens-event: #b45309;
  --summit-lens-military: #b91c1c;
  --summit-lens-policy: #0e7490;
}
.sl-card {
  position: fixed;
  top: 0;
  left: 0;
  z-index: 2147483647;
  box-sizing: border-box;
  width: min(24rem, calc(100vw - 16px));
  max-height: min(32rem, calc(100vh - 16px));
  overflow: auto;
  overscroll-behavior: contain;
  padding: 14px 16px 12px;
  border: 1px solid var(--summit-lens-border);
  border-radius: 10px;
  background: var(--summit-lens-bg);
  color: var(--summit-lens-fg);
  box-shadow: var(--summit-lens-shadow);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
  text-align: start;
  color-scheme: light;
}
.sl-theme-dark {
  --summit-lens-bg: #1e2127;
  --summit-lens-fg: #eceff4;
  --summit-lens-muted: #b4bac6;
  --summit-lens-border: #424854;
  --summit-lens-chip-bg: #2f3541;
  --summit-lens-chip-fg: #e3e8f0;
  --summit-lens-accent: #93c5fd;
  --summit-lens-differ: #fdba74;
  --summit-lens-differ-bg: #2d241c;
  --summit-lens-shadow: 0 8px 28px rgb(0 0 0 / 0.55), 0 1px 3px rgb(0 0 0 / 0.4);
  --summit-lens-person: #93c5fd;
  --summit-lens-place: #6ee7b7;
  --summit-lens-organization: #d8b4fe;
  --summit-lens-event: #fcd34d;
  --summit-lens-military: #fca5a5;
  --summit-lens-policy: #67e8f9;
  color-scheme: dark;
}
/* Hidden until floating-ui has placed it, so it never flashes at the corner. */
.sl-card:not([data-placed]) { visibility: hidden; }
.sl-card:focus { outline: none; }
.sl-card:focus-visible { outline: 2px solid var(--summit-lens-accent); outline-offset: 2px; }
.sl-card.sl-pinned { border-color: var(--summit-lens-accent); }
.sl-card * { box-sizing: border-box; }
.sl-card p, .sl-card ul, .sl-card h2, .sl-card h3 { margin: 0; padding: 0; }
.sl-card ul { list-style: none; }
.sl-card button { font: inherit; color: inherit; }
.sl-card button:focus-visible, .sl-card summary:focus-visible {
  outline: 2px solid var(--summit-lens-accent);
  outline-offset: 1px;
  border-radius: 4px;
}
.sl-close {
  position: sticky;
  top: 0;
  float: right;
  margin: -6px -8px 0 8px;
  width: 28px;
  height: 28px;
  border: 0;
  border-radius: 6px;
  background: transparent;
  font-size: 20px !important;
  line-height: 1;
  cursor: pointer;
}
.sl-close:hover { background: var(--summit-lens-chip-bg); }
.sl-name { font-size: 17px; font-weight: 650; line-height: 1.25; }
.sl-meta { margin-top: 2px !important; color: var(--summit-lens-muted); font-size: 13px; }
.sl-category {
  display: inline-block;
  margin-inline-end: 8px;
  padding-bottom: 1px;
  font-weight: 600;
  color: var(--summit-lens-cat, var(--summit-lens-accent));
  border-bottom: 2px solid var(--summit-lens-cat, var(--summit-lens-accent));
}
.sl-cat-person { --summit-lens-cat: var(--summit-lens-person); }
.sl-cat-place { --summit-lens-cat: var(--summit-lens-place); }
.sl-cat-organization { --summit-lens-cat: var(--summit-lens-organization); }
.sl-cat-event { --summit-lens-cat: var(--summit-lens-event); }
.sl-cat-military { --summit-lens-cat: var(--summit-lens-military); }
.sl-cat-policy { --summit-lens-cat: var(--summit-lens-policy); }
.sl-alternatives { margin-top: 8px !important; font-size: 13px; color: var(--summit-lens-muted); }
.sl-summary { margin-top: 10px !important; }
.sl-summary-sentence + .sl-summary-sentence { margin-top: 4px !important; }
.sl-empty { color: var(--summit-lens-muted); font-style: italic; }
.sl-section-title {
  margin-top: 12px !important;
  margin-bottom: 4px !important;
  font-size: 12px;
  font-weight: 700;
  letter-spacing: 0.04em;
  text-transform: uppercase;
  color: var(--summit-lens-muted);
}
.sl-fact { margin-top: 4px; }
.sl-fact summary { cursor: pointer; padding: 2px 0; }
.sl-fact summary::marker { color: var(--summit-lens-muted); }
.sl-chips { display: inline; white-space: normal; }
.sl-chip, .sl-count {
  display: inline-block;
  margin: 1px 3px 1px 0;
  padding: 0 6px;
  border-radius: 999px;
  font-size: 11.5px;
  line-height: 18px;
  vertical-align: 1px;
  white-space: nowrap;
}
.sl-chip { background: var(--summit-lens-chip-bg); color: var(--summit-lens-chip-fg); }
.sl-count { border: 1px solid var(--summit-lens-border); color: var(--summit-lens-muted); }
.sl-quotes { margin: 4px 0 6px 14px !important; }
.sl-quote {
  margin-top: 4px;
  padding-inline-start: 8px;
  border-inline-start: 3px solid var(--summit-lens-border);
  font-size: 13px;
}
.sl-quote q { font-style: italic; }
.sl-quote cite { font-style: normal; font-size: 12px; color: var(--summit-lens-muted); }
.sl-silent { margin: 2px 0 4px 14px !important; font-size: 12px; color: var(--summit-lens-muted); }
.sl-differ-list > li {
  margin-top: 6px;
  padding: 6px 8px;
  border-radius: 6px;
  background: var(--summit-lens-differ-bg);
}
.sl-differ .sl-section-title { color: var(--summit-lens-differ); }
.sl-differ-text { font-weight: 600; }
.sl-position { margin-top: 4px; }
.sl-position-text { font-weight: 600; color: var(--summit-lens-differ); }
.sl-position .sl-quotes { margin-left: 0 !important; }
.sl-differ .sl-silent { margin-left: 0 !important; }
.sl-related-list { display: flex; flex-wrap: wrap; gap: 4px 10px; }
.sl-related-item { border-bottom: 2px solid var(--summit-lens-cat, var(--summit-lens-border)); }
.sl-link {
  padding: 0;
  border: 0;
  background: none;
  color: var(--summit-lens-accent) !important;
  text-decoration: underline;
  text-underline-offset: 2px;
  cursor: pointer;
}
.sl-related-item .sl-link { color: inherit !important; text-decoration: none; }
.sl-actions {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px;
  margin-top: 12px;
  padding-top: 10px;
  border-top: 1px solid var(--summit-lens-border);
}
.sl-button {
  padding: 4px 10px;
  border: 1px solid var(--summit-lens-border);
  border-radius: 6px;
  background: var(--summit-lens-chip-bg);
  cursor: pointer;
}
.sl-button:hover { border-color: var(--summit-lens-accent); }
.sl-copy-status { font-size: 12px; color: var(--summit-lens-muted); }
.sl-notice { padding: 4px 28px 4px 0; color: var(--summit-lens-muted); }
.sl-sr {
  position: absolute !important;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
}
.sl-mark {
  position: fixed;
  z-index: 2147483646;
  pointer-events: none;
  border-radius: 3px;
  outline: 2px solid var(--summit-lens-cat, var(--summit-lens-accent));
  outline-offset: 1px;
}
@media (forced-colors: active) {
  .sl-card { border: 2px solid CanvasText; }
  .sl-chip, .sl-count { border: 1px solid CanvasText; }
}
`;
