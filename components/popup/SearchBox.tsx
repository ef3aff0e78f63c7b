import { useState } from 'preact/hooks';
import { CATEGORY_STYLE } from '../../lib/category-style';
import type { SearchHit } from '../../lib/popup/search-index';

type SearchBoxProps = {
  /** Runs the search; the box shows whatever it returns. */
  search(query: string): SearchHit[];
  onSelect(entity: string): void;
};

/**
 * A combobox over entities, aliases and facts (ARIA 1.2 combobox with a listbox popup): type,
 * move with the arrow keys, Enter picks, Escape clears. Misspellings are the index's business.
 */
export function SearchBox({ search, onSelect }: SearchBoxProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // The list closes when focus leaves the box (options keep focus in it: see onMouseDown).
  const [focused, setFocused] = useState(false);
  const hits = query.trim().length >= 2 ? search(query) : [];
  const open = focused && hits.length > 0;
  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onSelect(hit.entity);
    setQuery('');
    setActive(0);
  };
  return (
    <div class="search">
      <label for="compare-search">Compare sources on a person, place or topic</label>
      <input
        id="compare-search"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        placeholder="e.g. Shoigu, Komsomolsk, sanctions"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls="compare-search-results"
        aria-activedescendant={open ? `compare-search-hit-${active}` : undefined}
        value={query}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && open) {
            e.preventDefault();
            setActive((active + 1) % hits.length);
          } else if (e.key === 'ArrowUp' && open) {
            e.preventDefault();
            setActive((active - 1 + hits.length) % hits.length);
          } else if (e.key === 'Enter' && open) {
            e.preventDefault();
            pick(hits[active]);
          } else if (e.key === 'Escape' && query) {
            e.preventDefault();
            setQuery('');
          }
        }}
      />
      <div id="compare-search-results" role="listbox" aria-label="Matches" hidden={!open}>
        {hits.map((hit, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys (aria-activedescendant).
          <div
            key={hit.entity}
            tabIndex={-1}
            id={`compare-search-hit-${i}`}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'hit active' : 'hit'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(hit)}
          >
            <span class="hit-name">{hit.name}</span>{' '}
            <span class="muted">{CATEGORY_STYLE[hit.category].label}</span>
            {hit.fact && <span class="hit-fact">{hit.fact}</span>}
          </div>
        ))}
      </div>
      {query.trim().length >= 2 && hits.length === 0 && (
        <p class="muted" role="status">
          Nothing in the five reports matches “{query.trim()}”.
        </p>
      )}
    </div>
  );
}
