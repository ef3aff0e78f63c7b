import { describe, expect, it, vi } from 'vitest';
import { RelatedList } from '../../../components/RelatedList';
import { renderInto, textOf } from './render-into';

const related = [
  { id: 'kim-jong-un', name: 'Kim Jong Un', category: 'person' as const, shared: 2 },
  { id: 'pyongyang', name: 'Pyongyang', category: 'place' as const, shared: 1 },
];

describe('RelatedList', () => {
  it('lists related entities as buttons that open their card', () => {
    const onSelect = vi.fn();
    const root = renderInto(<RelatedList related={related} headingId="r" onSelect={onSelect} />);
    expect(textOf(root.querySelector('#r'))).toBe('Related');
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Kim Jong Un', 'Pyongyang']);
    buttons[1]?.click();
    expect(onSelect).toHaveBeenCalledWith('pyongyang');
  });

  it('shows plain names without a handler, and nothing without related entities', () => {
    const root = renderInto(<RelatedList related={related} headingId="r" />);
    expect(root.querySelector('button')).toBeNull();
    expect(textOf(root.querySelector('ul'))).toBe('Kim Jong UnPyongyang');
    const empty = renderInto(<RelatedList related={[]} headingId="r2" />);
    expect(empty.childElementCount).toBe(0);
  });
});
