import { describe, expect, it } from 'vitest';
import { framePointsElsewhere } from '../../../lib/dom/frame-has-box';

const frame = (attributes: Record<string, string>) => {
  const element = document.createElement('iframe');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
};

describe('framePointsElsewhere', () => {
  it('is true only for a page of another origin or a data: URL', () => {
    const here = window.location.origin;
    expect(here).toMatch(/^https?:/);
    expect(framePointsElsewhere(frame({ src: 'https://ads.example.net/slot.html' }))).toBe(true);
    expect(framePointsElsewhere(frame({ src: '//cdn.example.org/x.html' }))).toBe(true);
    expect(framePointsElsewhere(frame({ src: 'data:text/html,<p>Kim Jong Un</p>' }))).toBe(true);
    // Frames a page fills itself, or of its own origin: they may be read once they show.
    expect(framePointsElsewhere(frame({}))).toBe(false);
    expect(framePointsElsewhere(frame({ src: '' }))).toBe(false);
    expect(framePointsElsewhere(frame({ src: 'about:blank' }))).toBe(false);
    expect(framePointsElsewhere(frame({ src: 'javascript:void(0)' }))).toBe(false);
    expect(framePointsElsewhere(frame({ src: '/email/form' }))).toBe(false);
    expect(framePointsElsewhere(frame({ src: `${here}/page.html` }))).toBe(false);
    expect(
      framePointsElsewhere(frame({ src: 'https://ads.example.net/x', srcdoc: '<p>x</p>' })),
    ).toBe(false);
  });
});
