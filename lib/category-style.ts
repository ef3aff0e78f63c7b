import type { Category } from './knowledge/types';

/** How one category looks wherever it appears: popup swatches and the page's highlights. */
export type CategoryStyle = {
  /** Plural label for lists and switches. */
  label: string;
  /** Line colour on light pages (≥ 3:1 against white). */
  light: string;
  /** Line colour on dark pages (≥ 3:1 against #121212). */
  dark: string;
  /** Translucent background tint, as space-separated RGB ("59 130 246"). */
  tint: string;
  /** `text-decoration-line`. */
  line: 'underline' | 'underline overline';
  /** `text-decoration-style`: with `line` and `thickness`, colour is never the only cue. */
  style: 'solid' | 'dotted' | 'dashed' | 'wavy' | 'double';
  /** `text-decoration-thickness`. */
  thickness: string;
};

/**
 * The one place the category colours and line styles live: the page painter
 * (`lib/dom/highlight-styles`) and the popup's swatches both read it. Colours meet 3:1 against
 * white (light) or #121212 (dark); the tint is translucent so the page's background shows through.
 */
export const CATEGORY_STYLE: Readonly<Record<Category, CategoryStyle>> = Object.freeze({
  person: {
    label: 'People',
    light: '#1d4ed8',
    dark: '#93c5fd',
    tint: '59 130 246',
    line: 'underline',
    style: 'solid',
    thickness: '2px',
  },
  place: {
    label: 'Places',
    light: '#047857',
    dark: '#6ee7b7',
    tint: '16 185 129',
    line: 'underline',
    style: 'dotted',
    thickness: '3px',
  },
  organization: {
    label: 'Organizations',
    light: '#7e22ce',
    dark: '#d8b4fe',
    tint: '168 85 247',
    line: 'underline',
    style: 'dashed',
    thickness: '2px',
  },
  event: {
    label: 'Events',
    light: '#b45309',
    dark: '#fcd34d',
    tint: '245 158 11',
    line: 'underline',
    style: 'double',
    thickness: '3px',
  },
  military: {
    label: 'Military',
    light: '#b91c1c',
    dark: '#fca5a5',
    tint: '239 68 68',
    line: 'underline',
    style: 'wavy',
    thickness: '1.5px',
  },
  policy: {
    label: 'Policy',
    light: '#0e7490',
    dark: '#67e8f9',
    tint: '6 182 212',
    line: 'underline overline',
    style: 'solid',
    thickness: '1px',
  },
});
