import { CATEGORIES, type Category, type KnowledgeBase } from '../knowledge/types';
import type { PageSummary } from '../messages';

/** One entity found on the page, ready to list. */
export type PageEntityRow = { entity: string; name: string; role: string; count: number };

/** One category of the page's entities, most mentioned first. */
export type PageEntityGroup = { category: Category; total: number; rows: PageEntityRow[] };

/**
 * Groups the page summary by category, the most mentioned category first, with each group's
 * entities most mentioned first (ties keep the page's order of first appearance, so the lead wins).
 * Entities missing from the knowledge base still show, under their id, rather than vanish.
 */
export function groupPageEntities(
  entities: PageSummary['entities'],
  kb: Pick<KnowledgeBase, 'entities'>,
): PageEntityGroup[] {
  const byId = new Map(kb.entities.map((e) => [e.id, e]));
  const groups: PageEntityGroup[] = [];
  for (const category of CATEGORIES) {
    const rows = entities
      .map((found, order) => ({ found, order }))
      .filter(({ found }) => found.category === category && found.count > 0)
      .sort((a, b) => b.found.count - a.found.count || a.order - b.order)
      .map(({ found }) => {
        const known = byId.get(found.entity);
        return {
          entity: found.entity,
          name: known?.name ?? found.entity,
          role: known?.role ?? '',
          count: found.count,
        };
      });
    if (rows.length === 0) continue;
    groups.push({ category, total: rows.reduce((sum, r) => sum + r.count, 0), rows });
  }
  // Most prominent category first; the stable sort keeps the UI's order between equals.
  return groups.sort((a, b) => b.total - a.total);
}

/** Mention counts per category (zero for categories the page does not mention). */
export function countByCategory(entities: PageSummary['entities']): Record<Category, number> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const found of entities) counts[found.category] += found.count;
  return counts;
}
