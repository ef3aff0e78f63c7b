import { describe, expect, it, vi } from 'vitest';
import { CardFrame } from '../../../components/CardFrame';
import { CardNotice } from '../../../components/CardNotice';
import { renderInto, textOf } from './render-into';

describe('CardFrame', () => {
  it('is a dialog named by its heading, in the theme asked for, with a close button', () => {
    const onClose = vi.fn();
    const root = renderInto(
      <CardFrame labelledBy="n" describedBy="s" theme="dark" pinned={false} onClose={onClose}>
        <h2 id="n">Sergei Shoigu</h2>
        <p id="s">Summary</p>
      </CardFrame>,
    );
    const dialog = root.querySelector('[role="dialog"]') as HTMLElement;
    expect(dialog.getAttribute('aria-labelledby')).toBe('n');
    expect(dialog.getAttribute('aria-describedby')).toBe('s');
    expect(dialog.getAttribute('aria-modal')).toBeNull();
    expect(dialog.classList.contains('sl-theme-dark')).toBe(true);
    expect(dialog.tabIndex).toBe(-1);
    const close = root.querySelector('button[aria-label="Close card"]') as HTMLButtonElement;
    close.click();
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('marks a pinned card', () => {
    const root = renderInto(
      <CardFrame labelledBy="n" theme="light" pinned onClose={() => {}}>
        <CardNotice id="n" message="Loading what the reports say…" />
      </CardFrame>,
    );
    expect(root.querySelector('.sl-card')?.classList.contains('sl-pinned')).toBe(true);
    expect(textOf(root.querySelector('#n'))).toBe('Loading what the reports say…');
  });
});
