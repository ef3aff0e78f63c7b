/**
 * What may follow a Korean name inside the same word: a title and/or particles written without
 * a space ("김정은의", "푸틴이", "김정은위원장은"). A word that continues with anything else is
 * a different word and is not a mention.
 */

const TITLES = [
  '위원장',
  '국무위원장',
  '총비서',
  '대통령',
  '국방장관',
  '국방부장관',
  '장관',
  '대변인',
  '총리',
  '외무장관',
  '외교장관',
  '국방상',
  '주석',
  '동지',
  '원수',
  '제독',
  '씨',
  '측',
  '쪽',
  '시',
];

const PARTICLES = [
  '이',
  '가',
  '은',
  '는',
  '을',
  '를',
  '의',
  '에',
  '에게',
  '에서',
  '에게서',
  '에서의',
  '와',
  '과',
  '와의',
  '과의',
  '도',
  '만',
  '만의',
  '로',
  '으로',
  '로의',
  '으로의',
  '께',
  '께서',
  '께서는',
  '한테',
  '랑',
  '이랑',
  '까지',
  '부터',
  '보다',
  '처럼',
  '이다',
  '이며',
  '이고',
  '이나',
  '나',
  '라고',
  '이라고',
  '에는',
  '에서는',
  '과는',
  '와는',
  '이라는',
  '라는',
  '등',
];

/** Every allowed suffix: title, particle, or title followed by a particle. */
export const KOREAN_SUFFIXES: ReadonlySet<string> = (() => {
  const set = new Set<string>(PARTICLES);
  for (const title of TITLES) {
    set.add(title);
    for (const particle of PARTICLES) set.add(title + particle);
  }
  return set;
})();

/** The longest suffix in code units, to bound the look-ups per Korean word. */
export const MAX_KOREAN_SUFFIX = Math.max(...[...KOREAN_SUFFIXES].map((s) => s.length));
