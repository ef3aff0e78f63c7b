import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageTheme, parseComputedColor, relativeLuminance } from '../../../lib/card/page-theme';

function osPrefersDark(dark: boolean) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) => ({ matches: dark && query.includes('dark') }) as MediaQueryList,
  );
}

describe('page theme', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
    document.body.removeAttribute('style');
    document.documentElement.removeAttribute('style');
  });

  it('parses the colour forms computed styles use', () => {
    expect(parseComputedColor('rgb(21, 21, 21)')).toEqual({
      r: 21 / 255,
      g: 21 / 255,
      b: 21 / 255,
      a: 1,
    });
    expect(parseComputedColor('rgba(0, 0, 0, 0)')?.a).toBe(0);
    expect(parseComputedColor('rgb(255 255 255 / 50%)')?.a).toBe(0.5);
    expect(parseComputedColor('color(srgb 1 1 1 / 0.9)')).toEqual({ r: 1, g: 1, b: 1, a: 0.9 });
    expect(parseComputedColor('oklch(0.5 0.1 20)')).toBeUndefined();
    expect(relativeLuminance({ r: 1, g: 1, b: 1 })).toBeCloseTo(1);
  });

  it('follows the nearest opaque background, whatever the OS prefers', () => {
    osPrefersDark(true);
    document.body.style.backgroundColor = 'rgb(255, 255, 255)';
    const p = document.createElement('p');
    document.body.append(p);
    expect(pageTheme(p)).toBe('light');
    p.style.backgroundColor = 'rgb(21, 21, 21)';
    expect(pageTheme(p)).toBe('dark');
  });

  it('looks through transparent and faint backgrounds', () => {
    osPrefersDark(false);
    document.body.style.backgroundColor = 'rgb(20, 20, 30)';
    const p = document.createElement('p');
    p.style.backgroundColor = 'rgba(255, 255, 255, 0.1)';
    document.body.append(p);
    expect(pageTheme(p)).toBe('dark');
  });

  it('follows the OS where a background image hides the colour', () => {
    const p = document.createElement('p');
    p.style.backgroundImage = 'linear-gradient(red, blue)';
    document.body.append(p);
    osPrefersDark(true);
    expect(pageTheme(p)).toBe('dark');
    osPrefersDark(false);
    expect(pageTheme(p)).toBe('light');
  });

  it('treats an unpainted page as the white canvas unless it opts in to dark', () => {
    const p = document.createElement('p');
    document.body.append(p);
    osPrefersDark(true);
    expect(pageTheme(p)).toBe('light');
    document.documentElement.style.colorScheme = 'light dark';
    expect(pageTheme(p)).toBe('dark');
  });
});
