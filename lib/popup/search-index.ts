import Fuse from 'fuse.js';
import type { Category, KnowledgeBase } from '../knowledge/types';

/** One search hit: an entity, and the fact that led to it when the match was in a fact. */
export type SearchHit = {
  entity: string;
  name: string;
  category: Category;
  /** The fact text that matched, when the hit came through a fact rather than a name. */
  fact?: string;
};

type Doc =
  | { kind: 'entity'; entity: string; name: string; aliases: string[] }
  | { kind: 'fact'; entity: string; text: string };

/** A fuzzy search over entity names, aliases and fact texts; see `buildSearchIndex`. */
export type SearchIndex = { search(query: string, limit?: number): SearchHit[] };

/**
 * Builds a fuse.js index over every entity's name and aliases and every fact's text. Names
 * weigh most, so "Shoygu" finds Sergei Shoigu before a fact that merely mentions him; a fact hit
 * leads to each entity the fact is about. Misspellings within fuse's threshold still match.
 */
export function buildSearchIndex(kb: Pick<KnowledgeBase, 'entities' | 'facts'>): SearchIndex {
  const entities = new Map(kb.entities.map((e) => [e.id, e]));
  const docs: Doc[] = [
    ...kb.entities.map(
      (e): Doc => ({ kind: 'entity', entity: e.id, name: e.name, aliases: e.aliases }),
    ),
    ...kb.facts.flatMap((f) =>
      f.entities.map((entity): Doc => ({ kind: 'fact', entity, text: f.text })),
    ),
  ];
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'aliases', weight: 2 },
      { name: 'text', weight: 1 },
    ],
    threshold: 0.35,
    ignoreLocation: true,
    ignoreDiacritics: true,
    minMatchCharLength: 2,
  });
  return {
    search(query, limit = 8) {
      const q = query.trim();
      if (q.length < 2) return [];
      const hits: SearchHit[] = [];
      const seen = new Set<string>();
      for (const { item } of fuse.search(q)) {
        const entity = entities.get(item.entity);
        if (!entity || seen.has(entity.id)) continue;
        seen.add(entity.id);
        hits.push({
          entity: entity.id,
          name: entity.name,
          category: entity.category,
          ...(item.kind === 'fact' ? { fact: item.text } : {}),
        });
        if (hits.length >= limit) break;
      }
      return hits;
    },
  };
}
