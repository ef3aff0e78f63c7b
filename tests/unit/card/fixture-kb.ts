import type { KnowledgeBase } from '../../../lib/knowledge/types';

/**
 * A small hand-made knowledge base in the shape of the real one, for card tests: five reports,
 * a person with facts that three and two reports state, and a disagreement one report sits out.
 */
export const FIXTURE_KB: KnowledgeBase = {
  sources: [
    {
      id: 'r0',
      file: 'assets/reports/r0.txt',
      outlet: 'Associated Press',
      short: 'AP',
      headline: 'Kim heads to Russia',
      date: '2023-09-11',
      dateBasis: 'stated',
      dateEvidence: 'Sep 11, 2023',
      nonContentLines: [],
    },
    {
      id: 'r1',
      file: 'assets/reports/r1.txt',
      outlet: 'The Korea Herald',
      short: 'Korea Herald',
      headline: 'Kim, Putin to meet',
      date: '2023-09-12',
      dateBasis: 'stated',
      dateEvidence: 'Sept. 12, 2023',
      nonContentLines: [],
    },
    {
      id: 'r2',
      file: 'assets/reports/r2.txt',
      outlet: 'BBC News',
      short: 'BBC',
      headline: 'Putin hosts Kim',
      date: '2023-09-13',
      dateBasis: 'inferred',
      dateEvidence: 'on Wednesday',
      nonContentLines: [],
    },
    {
      id: 'r3',
      file: 'assets/reports/r3.txt',
      outlet: 'NDTV',
      short: 'NDTV',
      headline: 'Kim train arrives',
      date: '2023-09-11',
      dateBasis: 'stated',
      dateEvidence: 'Sep 11, 2023',
      nonContentLines: [],
    },
    {
      id: 'r4',
      file: 'assets/reports/r4.txt',
      outlet: 'Reuters',
      short: 'Reuters',
      headline: 'Arms talks',
      date: '2023-09-10',
      dateBasis: 'stated',
      dateEvidence: 'Sept 10 (Reuters)',
      nonContentLines: [],
    },
  ],
  entities: [
    {
      id: 'sergei-shoigu',
      name: 'Sergei Shoigu',
      category: 'person',
      role: 'Russian defence minister',
      aliases: ['Sergei Shoigu', 'Shoigu'],
    },
    {
      id: 'pyongyang',
      name: 'Pyongyang',
      category: 'place',
      role: 'Capital of North Korea',
      aliases: ['Pyongyang'],
    },
    {
      id: 'kim-jong-un',
      name: 'Kim Jong Un',
      category: 'person',
      role: 'Leader of North Korea',
      aliases: ['Kim Jong Un', 'Kim'],
      core: true,
    },
    {
      id: 'kim-yo-jong',
      name: 'Kim Yo Jong',
      category: 'person',
      role: "Kim Jong Un's sister",
      aliases: ['Kim Yo Jong'],
    },
    {
      id: 'ukraine-war',
      name: 'War in Ukraine',
      category: 'event',
      role: "Russia's war in Ukraine",
      aliases: ['war in Ukraine'],
    },
  ],
  ambiguities: [
    {
      alias: 'Kim',
      candidates: ['kim-jong-un', 'kim-yo-jong'],
      rule: 'last-named',
      note: 'test',
    },
  ],
  facts: [
    {
      id: 'shoigu-visit',
      entities: ['sergei-shoigu', 'pyongyang', 'kim-jong-un'],
      text: 'Shoigu visited Pyongyang in July 2023.',
      quotes: [
        { source: 'r4', quote: 'Shoigu made a rare visit to North Korea in July' },
        {
          source: 'r0',
          quote: 'in July when Russian Defence Minister Sergei Shoigu visited Pyongyang',
        },
        { source: 'r1', quote: 'Shoigu visited Pyongyang in July' },
      ],
    },
    {
      id: 'shoigu-parade',
      entities: ['sergei-shoigu', 'kim-jong-un'],
      text: 'He watched a military parade beside Kim.',
      quotes: [
        { source: 'r0', quote: 'he stood alongside Kim Jong Un, saluting' },
        { source: 'r4', quote: 'a massive military parade in the capital' },
      ],
    },
    {
      id: 'kim-train',
      entities: ['kim-jong-un'],
      text: 'Kim travelled by armoured train.',
      quotes: [{ source: 'r3', quote: 'armoured train' }],
    },
  ],
  discrepancies: [
    {
      id: 'war-length',
      entities: ['ukraine-war', 'sergei-shoigu'],
      text: 'How long the war had lasted',
      quotes: [
        { source: 'r0', quote: 'over 18 months of conflict', position: '18 months' },
        { source: 'r4', quote: '17-month war', position: '17 months' },
        { source: 'r1', quote: 'some 18 months', position: '18 months' },
      ],
    },
  ],
  timeline: [],
  summaries: [
    {
      entity: 'sergei-shoigu',
      sentences: [
        {
          text: "Russia's defence minister visited Pyongyang in July 2023.",
          facts: ['shoigu-visit'],
        },
        { text: 'He stood beside Kim at a parade.', facts: ['shoigu-parade'] },
      ],
    },
  ],
};
