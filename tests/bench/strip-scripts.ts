/**
 * Removes a saved page's own code so that benchmark runs are repeatable: `<script>` elements,
 * inline event handlers (`onclick="…"`, `onerror='…'`) and `<meta http-equiv="refresh">`.
 * The server also sends `script-src 'none'` (see `page-server.ts`), which catches what a regex
 * misses (a `srcdoc` iframe's scripts, an unquoted handler); stripping keeps the DOM the scanner
 * sees free of script text, as a page with its scripts finished would mostly be.
 */
export function stripScripts(html: string): string {
  return (
    html
      // The HTML parser ends a script at the first `</script`, so a lazy match is exact.
      .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
      .replace(/<script\b[^>]*\/>/gi, '')
      // Only quoted handlers: an unquoted `on…=` in running text is more likely prose than code.
      .replace(/(\s)on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*')/gi, '$1')
      .replace(/<meta\b[^>]*http-equiv\s*=\s*["']?refresh["']?[^>]*>/gi, '')
  );
}
