import { describe, expect, it } from 'vitest';
import { russianForms } from '../../../lib/match/russian-forms';

describe('russianForms', () => {
  it('declines surnames and cities ending in a consonant', () => {
    expect(russianForms('путин')).toEqual(
      expect.arrayContaining(['путина', 'путину', 'путиным', 'путине']),
    );
    expect(russianForms('владивосток')).toContain('владивостоке');
  });

  it('declines feminine nouns and adjectives', () => {
    expect(russianForms('москва')).toEqual(
      expect.arrayContaining(['москвы', 'москве', 'москву', 'москвой']),
    );
    expect(russianForms('северная')).toEqual(expect.arrayContaining(['северной', 'северную']));
    expect(russianForms('россия')).toEqual(expect.arrayContaining(['россии', 'россию', 'россией']));
  });

  it('declines names in -й and -ь', () => {
    expect(russianForms('сергей')).toEqual(expect.arrayContaining(['сергея', 'сергею', 'сергеем']));
    expect(russianForms('кремль')).toEqual(expect.arrayContaining(['кремля', 'кремле']));
  });

  it('leaves indeclinable words alone', () => {
    expect(russianForms('шойгу')).toEqual([]);
    expect(russianForms('сочи')).toEqual([]);
  });
});
