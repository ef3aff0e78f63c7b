import type { KnowledgeBase, Source } from '../../../lib/knowledge/types';

const source = (id: string, short: string, date: string): Source => ({
  id,
  file: `assets/reports/${id}.txt`,
  outlet: `${short} outlet`,
  short,
  headline: `${short} headline`,
  date,
  dateBasis: 'stated',
  dateEvidence: date,
  nonContentLines: [],
});

/** A small hand-made knowledge base: five reports, a handful of entities, facts and disputes. */
export const fixtureKb: KnowledgeBase = {
  sources: [
    source('r1', 'AP', '2023-09-12'),
    source('r2', 'Reuters', '2023-09-17'),
    source('r3', 'AFP', '2023-09-11'),
    source('r4', 'Herald', '2023-09-11'),
    source('r5', 'Port', '2023-09-11'),
  ],
  entities: [
    {
      id: 'kim-jong-un',
      name: 'Kim Jong Un',
      category: 'person',
      role: 'North Korean leader',
      aliases: ['Kim Jong Un', 'Kim'],
      core: true,
    },
    {
      id: 'sergei-shoigu',
      name: 'Sergei Shoigu',
      category: 'person',
      role: 'Russian defence minister',
      aliases: ['Sergei Shoigu', 'Shoigu'],
    },
    {
      id: 'vladivostok',
      name: 'Vladivostok',
      category: 'place',
      role: 'Russian Pacific port city',
      aliases: ['Vladivostok'],
    },
    {
      id: 'sanctions',
      name: 'Sanctions',
      category: 'policy',
      role: 'UN sanctions on North Korea',
      aliases: ['sanctions'],
      needsContext: true,
    },
    {
      id: 'unused',
      name: 'Nobody Reports This',
      category: 'organization',
      role: '',
      aliases: ['Nobody'],
    },
  ],
  ambiguities: [],
  facts: [
    {
      id: 'f-shoigu-visit',
      entities: ['sergei-shoigu'],
      text: 'Shoigu visited Pyongyang in July.',
      quotes: [
        { source: 'r1', quote: 'Shoigu visited Pyongyang in July' },
        { source: 'r4', quote: 'Russian Defense Minister Sergei Shoigu visited' },
      ],
    },
    {
      id: 'f-kim-train',
      entities: ['kim-jong-un', 'vladivostok'],
      text: 'Kim travelled by armoured train.',
      quotes: [
        { source: 'r1', quote: 'his armored train' },
        { source: 'r2', quote: 'by train' },
        { source: 'r3', quote: 'via train' },
      ],
    },
    {
      id: 'f-sanctions',
      entities: ['sanctions', 'kim-jong-un'],
      text: 'Arms deals would violate UN sanctions.',
      quotes: [{ source: 'r5', quote: 'violate U.N. sanctions' }],
    },
  ],
  discrepancies: [
    {
      id: 'd-war-months',
      entities: ['kim-jong-un'],
      text: 'How long the war in Ukraine had lasted.',
      quotes: [
        { source: 'r1', quote: '18-month war', position: '18 months' },
        { source: 'r4', quote: '17 months', position: '17 months' },
        { source: 'r3', quote: 'its 18th month', position: '18 months' },
      ],
    },
    {
      id: 'd-arrival',
      entities: ['kim-jong-un'],
      text: 'When Kim crossed into Russia.',
      quotes: [
        { source: 'r1', quote: 'arrived in Russia on Tuesday', position: '12 September' },
        { source: 'r5', quote: 'arrived Monday', position: '11 September' },
      ],
    },
  ],
  timeline: [
    {
      id: 't-crossing',
      date: '2023-09-12',
      entities: ['kim-jong-un'],
      text: 'Kim crosses into Russia.',
      quotes: [
        { source: 'r1', quote: 'arrived in Russia on Tuesday' },
        { source: 'r2', quote: 'crossed on Tuesday' },
      ],
      conflicts: ['d-arrival'],
    },
    {
      id: 't-shoigu',
      date: '2023-07',
      entities: ['sergei-shoigu'],
      text: 'Shoigu visits Pyongyang.',
      quotes: [{ source: 'r1', quote: 'Shoigu visited Pyongyang in July' }],
    },
    {
      id: 't-2019',
      date: '2019-04',
      entities: ['kim-jong-un', 'vladivostok'],
      text: 'First Kim–Putin summit in Vladivostok.',
      quotes: [{ source: 'r3', quote: 'in April 2019' }],
    },
  ],
  summaries: [],
};
