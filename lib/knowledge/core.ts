import ambiguitiesJson from '../../assets/knowledge/ambiguities.json';
import entitiesJson from '../../assets/knowledge/entities.json';
import type { Ambiguity, Entity } from './types';

/**
 * The part of the knowledge base the content script needs to find mentions: entities and the
 * rules for ambiguous short forms. Facts, timeline and summaries live in `./index.ts` so this
 * bundle stays small.
 *
 * An alias that several entities share (a bare "Kim", "Moscow") is listed in each candidate's
 * `aliases` AND declared once in `ambiguities`, which says how to resolve it. The validator
 * (`./validate.ts`) guarantees that no alias is shared without such a declaration.
 */
export const entities: readonly Entity[] = entitiesJson as Entity[];

/** Declared ambiguous aliases, sorted by alias. */
export const ambiguities: readonly Ambiguity[] = ambiguitiesJson as Ambiguity[];

/** Entities by id. */
export const entityById: ReadonlyMap<string, Entity> = new Map(entities.map((e) => [e.id, e]));
