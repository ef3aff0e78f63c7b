import fs from 'node:fs';
import path from 'node:path';
import type { Ambiguity, Entity } from '../knowledge/types';
import { buildIndex } from './build-index';
import type { MatchIndex } from './types';

/**
 * The match index of the knowledge base in `knowledgeDir`, for the build's plugins. Read from
 * disk on every call, and each file handed to `watch`, so `wxt` dev rebuilds after a KB edit.
 */
export function indexFromDisk(knowledgeDir: string, watch: (file: string) => void): MatchIndex {
  const read = <T>(name: string): T => {
    const file = path.join(knowledgeDir, name);
    watch(file);
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  };
  return buildIndex(read<Entity[]>('entities.json'), read<Ambiguity[]>('ambiguities.json'));
}
