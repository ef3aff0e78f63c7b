import type { Ambiguity, Category, Entity } from '../../../lib/knowledge/types';

function entity(
  id: string,
  category: Category,
  aliases: string[],
  flags: { core?: boolean; needsContext?: boolean } = {},
): Entity {
  return { id, name: aliases[0] ?? id, category, role: `${id} (test)`, aliases, ...flags };
}

/** A small knowledge base that exercises every alias shape, independent of the real one. */
export const entities: Entity[] = [
  entity('kim-jong-un', 'person', ['Kim Jong Un', 'Kim Jong-un', 'Kim', '김정은', 'Ким Чен Ын'], {
    core: true,
  }),
  entity('kim-jong-il', 'person', ['Kim Jong Il', 'Kim Jong-il', 'Kim']),
  entity('kim-myong-sik', 'person', ['Kim Myong Sik', 'Adm. Kim Myong Sik', 'Kim']),
  entity(
    'vladimir-putin',
    'person',
    ['Vladimir Putin', 'Putin', 'Путин', 'Владимир Путин', '푸틴'],
    {
      core: true,
    },
  ),
  entity('sergei-shoigu', 'person', ['Sergei Shoigu', 'Shoigu', 'Шойгу', 'Сергей Шойгу'], {
    core: true,
  }),
  entity('vladivostok', 'place', ['Vladivostok', 'Владивосток', '블라디보스토크'], { core: true }),
  entity('moscow', 'place', ['Moscow', 'Москва']),
  entity('kremlin', 'organization', ['Kremlin', 'the Kremlin', 'Moscow']),
  entity('north-korea', 'place', ['North Korea', 'N. Korea', 'DPRK', 'Северная Корея', '북한'], {
    core: true,
  }),
  entity('komsomolsk-on-amur', 'place', ['Komsomolsk-on-Amur', 'Комсомольск-на-Амуре']),
  entity('un', 'organization', ['UN', 'U.N.', 'United Nations'], { needsContext: true }),
  entity('un-security-council', 'organization', ['UN Security Council', 'U.N. Security Council']),
  entity('tass', 'organization', ['TASS']),
  entity('icbms', 'military', ['ICBM']),
  entity('artillery-shells', 'military', ['artillery shell'], { needsContext: true }),
  entity('sanctions', 'policy', ['sanctions'], { needsContext: true }),
  entity('summit', 'event', ['Kim–Putin summit']),
  entity('washington', 'place', ['Washington', 'Washington, D.C.'], { needsContext: true }),
  entity('korean-peoples-army', 'military', ['Korean People’s Army']),
  entity('beijing', 'place', ['北京']),
];

export const ambiguities: Ambiguity[] = [
  {
    alias: 'Kim',
    candidates: ['kim-jong-il', 'kim-jong-un', 'kim-myong-sik'],
    rule: 'last-named',
    note: 'test',
  },
  {
    alias: 'Moscow',
    candidates: ['kremlin', 'moscow'],
    rule: 'default',
    fallback: 'moscow',
    note: 'test',
  },
];
