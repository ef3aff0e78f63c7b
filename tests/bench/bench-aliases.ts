import fs from 'node:fs';
import path from 'node:path';
import type { Entity } from '../../lib/knowledge/types';

const ENTITIES = path.resolve('assets/knowledge/entities.json');

/**
 * Story aliases used until `entities.json` exists, so the mark.js baseline can run before the
 * knowledge base lands. The real list replaces it as soon as the file is there.
 */
const FALLBACK_ALIASES = [
  'Kim Jong Un',
  'Kim Jong-un',
  'Vladimir Putin',
  'Putin',
  'Kim Yo Jong',
  'Sergei Shoigu',
  'Sergei Lavrov',
  'Dmitry Peskov',
  'Choe Son Hui',
  'Pak Jong Chon',
  'Jo Chun Ryong',
  'Yuri Borisov',
  'Kim Il Sung',
  'Kim Jong Il',
  'Yoon Suk Yeol',
  'Xi Jinping',
  'Joe Biden',
  'Antony Blinken',
  'John Kirby',
  'Vostochny Cosmodrome',
  'Vostochny',
  'Vladivostok',
  'Khabarovsk',
  'Komsomolsk-on-Amur',
  'Russky Island',
  'Amur',
  'Pyongyang',
  'Moscow',
  'Seoul',
  'Beijing',
  'North Korea',
  'South Korea',
  'Russia',
  'Ukraine',
  'Kremlin',
  'KCNA',
  'Yonhap',
  'UN Security Council',
  'United Nations',
  'Pacific Fleet',
  'Eastern Economic Forum',
  'Far Eastern Federal University',
  'Roscosmos',
  'Korean War',
  'armoured train',
  'artillery shells',
  'ballistic missiles',
  'spy satellite',
  'sanctions',
  'Su-57',
  'Tu-160',
  'Kinzhal',
  '김정은',
  '푸틴',
  'Путин',
  'Владивосток',
];

/** The aliases to highlight, and where they came from. */
export function loadBenchAliases(): { aliases: string[]; source: string } {
  if (!fs.existsSync(ENTITIES)) {
    return { aliases: FALLBACK_ALIASES, source: `fixed list (${ENTITIES} not found)` };
  }
  const raw = JSON.parse(fs.readFileSync(ENTITIES, 'utf8')) as unknown;
  const entities = (Array.isArray(raw) ? raw : (raw as { entities?: unknown }).entities) as
    | Entity[]
    | undefined;
  if (!Array.isArray(entities)) {
    return { aliases: FALLBACK_ALIASES, source: 'fixed list (entities.json has no entity array)' };
  }
  const aliases = new Set<string>();
  for (const entity of entities) {
    if (typeof entity.name === 'string') aliases.add(entity.name);
    for (const alias of entity.aliases ?? []) if (typeof alias === 'string') aliases.add(alias);
  }
  return { aliases: [...aliases], source: 'assets/knowledge/entities.json' };
}
