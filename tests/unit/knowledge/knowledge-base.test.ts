// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ambiguities, entities, entityById } from '../../../lib/knowledge/core';
import { factsByEntity, kb, sourceById, summaryByEntity } from '../../../lib/knowledge/index';
import { formatKbErrors, validateKnowledgeBaseDir } from '../../../lib/knowledge/validate';

const ROOT = path.resolve(__dirname, '../../..');

describe('the knowledge base in assets/knowledge', () => {
  it('validates: quotes verbatim, references resolve, sorted, canonical', () => {
    const errors = validateKnowledgeBaseDir(ROOT);
    // On failure, show the formatted list rather than a diff of objects.
    expect(errors.length === 0 ? '' : formatKbErrors(errors)).toBe('');
  });

  it('has the ids other modules code against', () => {
    for (const id of ['port-city', 'ap', 'ndtv', 'kim-heads-home', 'korea-herald']) {
      expect(sourceById.get(id), id).toBeDefined();
    }
    const fixed = [
      'kim-jong-un',
      'vladimir-putin',
      'sergei-shoigu',
      'dmitry-peskov',
      'kim-jong-il',
      'kim-myong-sik',
      'jo-chun-ryong',
      'vladivostok',
      'komsomolsk-on-amur',
      'pyongyang',
      'moscow',
      'north-korea',
      'russia',
      'kcna',
      'tass',
      'un-security-council',
      'kremlin',
      'eastern-economic-forum',
      'shoigu-visit-july-2023',
      'summit-2019',
      'artillery-shells',
      'satellites',
      'nuclear-submarines',
      'hypersonic-missile-system',
      'geran-25',
      'air-koryo',
      'artyom-primorsky-1',
      'sanctions',
      'un-resolutions',
      'arms-trade',
    ];
    for (const id of fixed) expect(entityById.get(id), id).toBeDefined();
  });

  it('dates each source from its own text', () => {
    expect(kb.sources.map((s) => [s.id, s.short, s.date, s.dateBasis])).toEqual([
      ['port-city', 'Reuters-assisted', '2023-09-11', 'inferred'],
      ['ap', 'AP', '2023-09-12', 'inferred'],
      ['ndtv', 'NDTV/AFP', '2023-09-11', 'stated'],
      ['kim-heads-home', 'Reuters', '2023-09-17', 'inferred'],
      ['korea-herald', 'Korea Herald', '2023-09-11', 'stated'],
    ]);
  });

  it('resolves a bare Kim only from a Kim named in full, and Moscow to the city', () => {
    const kim = ambiguities.find((a) => a.alias === 'Kim');
    expect(kim).toMatchObject({
      rule: 'last-named',
      candidates: ['kim-jong-il', 'kim-jong-un', 'kim-myong-sik'],
    });
    expect(kim?.fallback).toBeUndefined();
    expect(ambiguities.find((a) => a.alias === 'Moscow')).toMatchObject({
      rule: 'default',
      fallback: 'moscow',
    });
  });

  it('has no bare short names that would paint unrelated pages', () => {
    // A short name is safe only as a `last-named` form without fallback: painted where the
    // page names its entity in full, never elsewhere.
    const guarded = new Set(
      ambiguities
        .filter((a) => a.rule === 'last-named' && a.fallback === undefined)
        .map((a) => a.alias.toLowerCase()),
    );
    const aliases = new Set(entities.flatMap((e) => e.aliases.map((a) => a.toLowerCase())));
    for (const risky of [
      'miller',
      'lee',
      'harris',
      'lim',
      'lankov',
      'kim',
      'kim jong',
      'fyodor',
      'nikolai',
      'svetlana',
      'yelena',
      'mao',
      'xi',
      'kozlov',
      'watson',
      'sullivan',
    ]) {
      expect(aliases.has(risky) && !guarded.has(risky), risky).toBe(false);
    }
  });

  it('paints the surnames the reports use alone only where the full name is on the page', () => {
    for (const [alias, candidates] of [
      ['Harris', ['kamala-harris']],
      ['Kim Jong', ['kim-jong-il', 'kim-jong-un']],
      ['Lankov', ['andrei-lankov']],
      ['Lim', ['lim-soo-suk']],
    ] as const) {
      const rule = ambiguities.find((a) => a.alias === alias);
      expect(rule, alias).toMatchObject({ rule: 'last-named', candidates });
      expect(rule?.fallback, alias).toBeUndefined();
    }
  });

  it('paints generic topics and agencies only in the story’s context', () => {
    for (const id of [
      'sanctions',
      'satellites',
      'drones',
      'ammunition',
      'reuters',
      'associated-press',
      'afp',
      'poland',
      'japan',
      'russia',
      'ukraine',
      'united-states',
    ]) {
      expect(entityById.get(id)?.needsContext, id).toBe(true);
    }
    const core = entities.filter((e) => e.core).map((e) => e.id);
    expect(core).toEqual(
      expect.arrayContaining([
        'kim-jong-un',
        'vladimir-putin',
        'sergei-shoigu',
        'dmitry-peskov',
        'north-korea',
        'pyongyang',
        'vladivostok',
        'kcna',
        'eastern-economic-forum',
        'summit-2019',
        'summit-2023',
        'komsomolsk-on-amur',
      ]),
    );
  });

  it('gives every entity facts and a summary', () => {
    for (const e of entities) {
      expect(factsByEntity.get(e.id)?.length, e.id).toBeGreaterThan(0);
      expect(summaryByEntity.get(e.id)?.sentences.length, e.id).toBeGreaterThan(0);
    }
  });

  it('records that the reports disagree on when Kim left and how long the war has lasted', () => {
    const departure = kb.discrepancies.find((d) => d.id === 'departure-day');
    expect(departure?.quotes.map((q) => q.source)).toEqual(
      expect.arrayContaining(['ap', 'korea-herald']),
    );
    const war = kb.discrepancies.find((d) => d.id === 'war-duration');
    expect(war?.quotes.map((q) => q.quote).join(' ')).toMatch(/18 months[\s\S]*17 months/);
    const crossing = kb.timeline.find((t) => t.id === '2023-09-12-kim-enters-russia');
    expect(crossing?.date).toBe('2023-09-12');
    const home = kb.timeline.find((t) => t.id === '2023-09-17-departs-artyom');
    expect(home?.entities).toContain('artyom-primorsky-1');
  });

  it('keeps facts out of the content-script module', () => {
    // core.ts is bundled into every page; facts and summaries must stay out of it.
    const source = fs.readFileSync(path.join(ROOT, 'lib/knowledge/core.ts'), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.sort()).toEqual([
      '../../assets/knowledge/ambiguities.json',
      '../../assets/knowledge/entities.json',
      './types',
    ]);
  });
});
