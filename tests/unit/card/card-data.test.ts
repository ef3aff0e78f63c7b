import { describe, expect, it } from 'vitest';
import { buildCardData } from '../../../lib/card/card-data';
import { FIXTURE_KB } from './fixture-kb';

const shorts = (refs: { short: string }[]) => refs.map((r) => r.short);

describe('buildCardData', () => {
  const card = buildCardData(FIXTURE_KB, 'sergei-shoigu');

  it('returns nothing for an unknown entity', () => {
    expect(buildCardData(FIXTURE_KB, 'nobody')).toBeUndefined();
  });

  it('names the entity with its category and role, out of five reports', () => {
    expect(card?.entity).toEqual({
      id: 'sergei-shoigu',
      name: 'Sergei Shoigu',
      category: 'person',
      role: 'Russian defence minister',
    });
    expect(card?.totalSources).toBe(5);
  });

  it('lists the best-attested facts first, with chips in report order and every quote', () => {
    expect(card?.facts.map((f) => f.id)).toEqual(['shoigu-visit', 'shoigu-parade']);
    const visit = card?.facts[0];
    expect(shorts(visit?.sources ?? [])).toEqual(['AP', 'Korea Herald', 'Reuters']);
    expect(visit?.quotes.map((q) => [q.source.short, q.quote])).toEqual([
      ['AP', 'in July when Russian Defence Minister Sergei Shoigu visited Pyongyang'],
      ['Korea Herald', 'Shoigu visited Pyongyang in July'],
      ['Reuters', 'Shoigu made a rare visit to North Korea in July'],
    ]);
    expect(shorts(visit?.silent ?? [])).toEqual(['BBC', 'NDTV']);
  });

  it('cites each summary sentence with the reports behind its facts', () => {
    expect(card?.summary.map((s) => [s.text, shorts(s.sources)])).toEqual([
      [
        "Russia's defence minister visited Pyongyang in July 2023.",
        ['AP', 'Korea Herald', 'Reuters'],
      ],
      ['He stood beside Kim at a parade.', ['AP', 'Reuters']],
    ]);
  });

  it('groups a disagreement by position and names the silent reports', () => {
    const [war] = card?.discrepancies ?? [];
    expect(war?.text).toBe('How long the war had lasted');
    expect(war?.positions.map((p) => [p.position, shorts(p.sources)])).toEqual([
      ['18 months', ['AP', 'Korea Herald']],
      ['17 months', ['Reuters']],
    ]);
    expect(war?.positions[0]?.quotes.map((q) => q.quote)).toEqual([
      'over 18 months of conflict',
      'some 18 months',
    ]);
    expect(shorts(war?.silent ?? [])).toEqual(['BBC', 'NDTV']);
  });

  it('derives related entities from shared facts and disagreements, most shared first', () => {
    expect(card?.related.map((r) => [r.id, r.shared])).toEqual([
      ['kim-jong-un', 2],
      ['pyongyang', 1],
      ['ukraine-war', 1],
    ]);
  });

  it('gives an entity without facts an empty but valid card', () => {
    const empty = buildCardData(FIXTURE_KB, 'kim-yo-jong');
    expect(empty?.facts).toEqual([]);
    expect(empty?.summary).toEqual([]);
    expect(empty?.discrepancies).toEqual([]);
    expect(empty?.plainText).toBe("Kim Yo Jong (person): Kim Jong Un's sister");
  });

  it('copies the summary with its citations and the cited reports as plain text', () => {
    const text = card?.plainText ?? '';
    expect(text).toContain(
      "Russia's defence minister visited Pyongyang in July 2023. [AP; Korea Herald; Reuters]",
    );
    expect(text).toContain('"Shoigu visited Pyongyang in July" (Korea Herald)');
    expect(text).toContain('17 months [Reuters]');
    expect(text).toContain('Silent: BBC; NDTV');
    expect(text).toContain('[AP] Associated Press, "Kim heads to Russia", 2023-09-11');
    // Only cited reports are listed, in report order.
    expect(text).not.toContain('[NDTV]');
    expect(text.indexOf('[AP] Associated')).toBeLessThan(text.indexOf('[Reuters] Reuters'));
  });
});
