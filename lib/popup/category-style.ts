import type { Category } from '../knowledge/types';

/** How one category looks wherever it appears: popup swatches and the page's highlights. */
export type CategoryStyle = {
  /** Plural label for lists and switches. */
  label: string;
  /** Underline colour on light pages (≥ 3:1 against white). */
  light: string;
  /** Underline colour on dark pages (≥ 3:1 against #1b1b1f). */
  dark: string;
  /**
   * `text-decoration-style` of the highlight. Five styles for six categories: policy shares
   * `solid` with person but is thinner, so colour is never the only cue (WCAG 1.4.1).
   */
  line: 'solid' | 'dashed' | 'dotted' | 'double' | 'wavy';
  /** `text-decoration-thickness` in px. */
  thickness: number;
};

/**
 * The one place the category colours and underline styles live. The popup's swatches use it;
 * the page painter should use it too so a swatch always matches the highlight it switches.
 */
export const CATEGORY_STYLE: Readonly<Record<Category, CategoryStyle>> = Object.freeze({
  person: { label: 'People', light: '#1d5fd1', dark: '#7fb0ff', line: 'solid', thickness: 2 },
  place: { label: 'Places', light: '#1b7f3b', dark: '#6fd58e', line: 'dashed', thickness: 2 },
  organization: {
    label: 'Organizations',
    light: '#7a3fc4',
    dark: '#c9a2ff',
    line: 'dotted',
    thickness: 3,
  },
  event: { label: 'Events', light: '#b35900', dark: '#ffb066', line: 'double', thickness: 3 },
  military: { label: 'Military', light: '#c2272d', dark: '#ff8a8f', line: 'wavy', thickness: 2 },
  policy: { label: 'Policy', light: '#0b7a7a', dark: '#5fd6d6', line: 'solid', thickness: 1 },
});
