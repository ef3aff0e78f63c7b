import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/match/build-index';
import { findMentions } from '../../../lib/match/find-mentions';
import { ambiguities, entities } from './fixture-kb';

const index = buildIndex(entities, ambiguities);

/** "surface=entity" for each mention, in order; a core name is added where context matters. */
function found(text: string): string[] {
  return findMentions(text, index).map((m) => `${m.surface}=${m.entity}`);
}

describe('findMentions: alias forms', () => {
  it('finds case and punctuation variants of a full name', () => {
    expect(found('Kim Jong Un, Kim Jong-un, Kim Jong-Un and KIM JONG UN met.')).toEqual([
      'Kim Jong Un=kim-jong-un',
      'Kim Jong-un=kim-jong-un',
      'Kim Jong-Un=kim-jong-un',
      'KIM JONG UN=kim-jong-un',
    ]);
  });

  it('ends a possessive mention before the apostrophe, straight or curly', () => {
    const text = "Putin's aides, Putin’s train, Russia‘s Putin‘s plan";
    const mentions = findMentions(text, index);
    expect(mentions.map((m) => m.surface)).toEqual(['Putin', 'Putin', 'Putin']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe('Putin');
  });

  it('joins a name across line breaks, NBSP, non-breaking hyphens and soft hyphens', () => {
    const text =
      'Kim\nJong Un; Kim\u00a0Jong\u2011un; Vladimir\r\n  Putin; Vla\u00addi\u00advostok';
    expect(found(text)).toEqual([
      'Kim\nJong Un=kim-jong-un',
      'Kim\u00a0Jong\u2011un=kim-jong-un',
      'Vladimir\r\n  Putin=vladimir-putin',
      'Vla\u00addi\u00advostok=vladivostok',
    ]);
  });

  it('does not join words across other punctuation or long gaps', () => {
    expect(found('Vladimir, Putin')).toEqual(['Putin=vladimir-putin']);
    expect(found('Vladimir           Putin')).toEqual(['Putin=vladimir-putin']);
  });

  it('accepts punctuation the alias itself has', () => {
    const text = 'Adm. Kim Myong Sik; Washington, D.C. and the Kim–Putin summit; Putin, Putin';
    expect(found(text)).toEqual([
      'Adm. Kim Myong Sik=kim-myong-sik',
      'Washington, D.C.=washington',
      'Kim–Putin summit=summit',
      'Putin=vladimir-putin',
      'Putin=vladimir-putin',
    ]);
  });

  it('reads initials with full stops', () => {
    expect(found('Putin, Shoigu: N. Korea and the U.N. Security Council; U.N. officials')).toEqual([
      'Putin=vladimir-putin',
      'Shoigu=sergei-shoigu',
      'N. Korea=north-korea',
      'U.N. Security Council=un-security-council',
      'U.N.=un',
    ]);
  });

  it('needs the full stop of an initial the alias writes with one', () => {
    expect(found('N. Korea and N Korea; PUTIN’S KOREA')).toEqual([
      'N. Korea=north-korea',
      'PUTIN=vladimir-putin',
    ]);
  });

  it('matches accented spellings against unaccented aliases', () => {
    expect(found('Vladímir Pútin')).toEqual(['Vladímir Pútin=vladimir-putin']);
  });

  it('finds Korean names followed by particles and titles', () => {
    expect(found('김정은 위원장은 푸틴이 김정은의 김정은위원장이 블라디보스토크에서')).toEqual([
      '김정은=kim-jong-un',
      '푸틴=vladimir-putin',
      '김정은=kim-jong-un',
      '김정은=kim-jong-un',
      '블라디보스토크=vladivostok',
    ]);
  });

  it('does not take a Korean name out of a longer word', () => {
    expect(found('북한산 김정은숙')).toEqual([]);
  });

  it('finds Russian names in their case forms', () => {
    const text =
      'Путина, Путину, Путиным, о Путине, Шойгу, Сергея Шойгу, во Владивостоке, из Москвы, ' +
      'Северной Кореи, Ким Чен Ына, в Комсомольске-на-Амуре';
    expect(found(text)).toEqual([
      'Путина=vladimir-putin',
      'Путину=vladimir-putin',
      'Путиным=vladimir-putin',
      'Путине=vladimir-putin',
      'Шойгу=sergei-shoigu',
      'Сергея Шойгу=sergei-shoigu',
      'Владивостоке=vladivostok',
      'Москвы=moscow',
      'Северной Кореи=north-korea',
      'Ким Чен Ына=kim-jong-un',
      'Комсомольске-на-Амуре=komsomolsk-on-amur',
    ]);
  });

  it('does not match Russian words that merely start with a name', () => {
    expect(found('путинизм Путинизм Москвич')).toEqual([]);
  });

  it('finds names written in Han characters without spaces', () => {
    expect(found('普京在北京会见')).toEqual(['北京=beijing']);
  });
});

describe('findMentions: boundaries and precedence', () => {
  it('never matches inside a word', () => {
    expect(found('Kimberly read about Putinism and Shoiguesque Vladivostokers')).toEqual([]);
  });

  it('lets the longest alias win', () => {
    expect(found('the UN Security Council met; Kim Myong Sik spoke')).toEqual([
      'UN Security Council=un-security-council',
      'Kim Myong Sik=kim-myong-sik',
    ]);
  });

  it('matches acronyms only as written', () => {
    expect(found('Putin, Shoigu: un acuerdo, un accord, Un, UN, TASS, Tass, tass')).toEqual([
      'Putin=vladimir-putin',
      'Shoigu=sergei-shoigu',
      'UN=un',
      'TASS=tass',
    ]);
  });

  it('lets an acronym take a plural s', () => {
    expect(found('ICBMs and an ICBM')).toEqual(['ICBMs=icbms', 'ICBM=icbms']);
  });

  it('needs a capital letter for a proper noun', () => {
    expect(found('vladivostok putin kim jong un')).toEqual([]);
  });

  it('matches lower-case topics in any case, with a plain plural', () => {
    expect(
      found('Putin, Shoigu. Artillery shells, artillery shell, SANCTIONS and sanctions'),
    ).toEqual([
      'Putin=vladimir-putin',
      'Shoigu=sergei-shoigu',
      'Artillery shells=artillery-shells',
      'artillery shell=artillery-shells',
      'SANCTIONS=sanctions',
      'sanctions=sanctions',
    ]);
  });

  it('treats straight and curly apostrophes inside a name alike', () => {
    expect(found("Korean People's Army and Korean People’s Army")).toEqual([
      "Korean People's Army=korean-peoples-army",
      'Korean People’s Army=korean-peoples-army',
    ]);
  });

  it('keeps the alias that starts first when two would overlap', () => {
    expect(found('North Korea’s Kim Jong Un')).toEqual([
      'North Korea=north-korea',
      'Kim Jong Un=kim-jong-un',
    ]);
  });

  it('gives UTF-16 offsets that slice to the surface', () => {
    const text = '🇰🇵 Kim Jong Un 🤝 Путин: «Владивостоке»';
    const mentions = findMentions(text, index);
    expect(mentions).toHaveLength(3);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(mentions[0]).toMatchObject({ start: 5, end: 16, category: 'person', via: 'alias' });
  });
});

describe('findMentions: ambiguous short forms', () => {
  it('resolves a bare Kim to the Kim last named in full', () => {
    const text = 'Kim Jong Un arrived. Kim smiled. Kim Jong Il was his father; Kim died in 2011.';
    expect(found(text)).toEqual([
      'Kim Jong Un=kim-jong-un',
      'Kim=kim-jong-un',
      'Kim Jong Il=kim-jong-il',
      'Kim=kim-jong-il',
    ]);
  });

  it('resolves a Kim before any full name to the first Kim named later', () => {
    const text = 'Kim heads home. Kim Myong Sik came along. Later, Kim Jong Un waved.';
    const mentions = findMentions(text, index);
    expect(mentions.map((m) => `${m.surface}=${m.entity}`)).toEqual([
      'Kim=kim-myong-sik',
      'Kim Myong Sik=kim-myong-sik',
      'Kim Jong Un=kim-jong-un',
    ]);
    expect(mentions[0]?.alternatives).toEqual(['kim-jong-il', 'kim-jong-un']);
  });

  it('leaves a bare Kim unhighlighted on a page that names no Kim in full', () => {
    expect(found('Kim Kardashian met Putin; Kim said.')).toEqual(['Putin=vladimir-putin']);
  });

  it('resolves a default-rule short form to its fallback and lists the others', () => {
    const mentions = findMentions('Moscow and the Kremlin; Москва', index);
    expect(mentions.map((m) => `${m.surface}=${m.entity}`)).toEqual([
      'Moscow=moscow',
      'the Kremlin=kremlin',
      'Москва=moscow',
    ]);
    expect(mentions[0]?.alternatives).toEqual(['kremlin']);
    expect(mentions[1]?.alternatives).toBeUndefined();
  });
});

describe('findMentions: context-only topics', () => {
  it('drops needsContext topics on a page without a core entity', () => {
    expect(found('The UN imposed sanctions on Sudan; artillery shells fell.')).toEqual([]);
  });

  it('keeps them once the page mentions core entities at least twice, anywhere', () => {
    expect(found('The UN imposed sanctions. Later, Shoigu visited Putin.')).toEqual([
      'UN=un',
      'sanctions=sanctions',
      'Shoigu=sergei-shoigu',
      'Putin=vladimir-putin',
    ]);
  });

  it('does not let one passing core mention (a related-story link) set the context', () => {
    expect(
      found('The US imposed sanctions on Sudan. Related: As Trump Reaches Toward Putin'),
    ).toEqual(['Putin=vladimir-putin']);
  });
});

describe('findMentions: a bare "Kim" that begins another name', () => {
  it('does not paint "Kim Kardashian" as the Kim named before', () => {
    expect(found('Kim Jong Un arrived. Kim Kardashian posted. Kim smiled.')).toEqual([
      'Kim Jong Un=kim-jong-un',
    ]);
  });

  it('lets an unknown Kim interrupt the last-named rule until ours is named again', () => {
    expect(
      found(
        'Kim Jong Un fired a missile. Defence minister Kim Yong-hyun resigned; Kim said sorry. ' +
          'Then Kim Jong Un spoke, and Kim left.',
      ),
    ).toEqual(['Kim Jong Un=kim-jong-un', 'Kim Jong Un=kim-jong-un', 'Kim=kim-jong-un']);
  });

  it('still reads a title-case headline’s "Kim Heads Home" as the Kim of the page', () => {
    expect(found('North Korea’s Kim Heads Home From Russia’s Far East. Kim Jong Un left.')).toEqual(
      ['North Korea=north-korea', 'Kim=kim-jong-un', 'Kim Jong Un=kim-jong-un'],
    );
  });
});
