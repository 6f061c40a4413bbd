/**
 * Plain words: the 35-word rule as direct calls on copies of the fixture (exact messages), and the
 * sentence splitter, syllable counters and reading-ease formulas against values worked by hand.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  countTexts,
  fernandezHuerta,
  fleschKincaidGrade,
  inflesz,
  splitSentences,
  syllablesEn,
  syllablesEs,
  words,
} from '../../src/lib/content/readability.ts';
import { edit, problemsAfter, removeCopies } from '../support/fixture-edits.ts';

afterAll(removeCopies);

/** A sentence of `n` words: "one two three …" cycling through plain words, ending in a full stop. */
const sentenceOf = (n: number, lang: 'en' | 'es' = 'en') => {
  const pool =
    lang === 'en'
      ? ['the', 'survey', 'counted', 'people', 'in', 'towns', 'and', 'cities']
      : ['la', 'encuesta', 'contó', 'personas', 'en', 'pueblos', 'y', 'ciudades'];
  const ws = Array.from({ length: n }, (_, i) => pool[i % pool.length]!);
  ws[0] = ws[0]!.charAt(0).toUpperCase() + ws[0]!.slice(1);
  return `${ws.join(' ')}.`;
};
const LONG = sentenceOf(36);
const LONG_ES = sentenceOf(41, 'es');
const OPENING = 'The survey counted people in towns and cities';
const OPENING_ES = 'La encuesta contó personas en pueblos y ciudades';
const tooLong = (n: number, opening: string) =>
  `has a sentence of ${n} words ("${opening}…"); a reader needs at most 35: split it`;

describe.each<[string, string, string | RegExp, string, string]>([
  [
    'a statement',
    'facts/sample-sheet/sample-count.yaml',
    'statement: The sample survey counted {value} people.',
    `statement: The sample survey counted {value} people. ${LONG}`,
    `facts/sample-sheet/sample-count.yaml statement: ${tooLong(36, OPENING)}`,
  ],
  [
    'a Spanish claim, after a short sentence',
    'facts/sample-sheet/sample-count.yaml',
    'claim: El artículo original decía que la encuesta contó a unas mil doscientas personas.',
    `claim: Corto. ${LONG_ES}`,
    `facts/sample-sheet/sample-count.yaml es.claim: ${tooLong(41, OPENING_ES)}`,
  ],
  [
    'a dataset takeaway',
    'datasets/sample-series.yaml',
    'takeaway: The count rose between the two years.',
    `takeaway: The count rose. ${LONG}`,
    `datasets/sample-series.yaml takeaway: ${tooLong(36, OPENING)}`,
  ],
  [
    'a sheet paragraph, named by its line',
    'articles/sample-sheet.mdx',
    'The count was <Value id="sample-count" /> in the survey.',
    `The count was <Value id="sample-count" /> in the survey.\n${LONG}`,
    `articles/sample-sheet.mdx line 21: ${tooLong(36, OPENING)}`,
  ],
  [
    'a Spanish sheet summary',
    'es/articles/sample-sheet.mdx',
    /^summary: .*$/m,
    `summary: ${LONG_ES}`,
    `es/articles/sample-sheet.mdx summary: ${tooLong(41, OPENING_ES)}`,
  ],
  [
    'a classroom question',
    'classroom/sample-sheet.yaml',
    'text: What does a sample survey measure that a count does not?',
    `text: ${LONG}`,
    `classroom/sample-sheet.yaml questions[0].text: ${tooLong(36, OPENING)}`,
  ],
  [
    "a help line's details",
    'help-lines.yaml',
    'en: Free, 24 hours a day. Also by WhatsApp (see the official page).',
    `en: Free. ${LONG}`,
    `help-lines.yaml lines[0].details.en: ${tooLong(36, OPENING)}`,
  ],
])('a long sentence in %s', (_name, file, from, to, expected) => {
  it('is refused with the file, the field and its opening words', async () => {
    expect(await problemsAfter(edit(file, from, to))).toEqual([expected]);
  });
});

describe('sentences the rule lets pass', () => {
  it('a sentence of exactly 35 words, and a placeholder counted as one word', async () => {
    const text = `${sentenceOf(34).slice(0, -1)} {value}.`;
    expect(words(text)).toHaveLength(35);
    expect(
      await problemsAfter(
        edit(
          'facts/sample-sheet/sample-count.yaml',
          'statement: The sample survey counted {value} people.',
          `statement: ${text}`,
        ),
      ),
    ).toEqual([]);
  });
});

describe('splitSentences', () => {
  it.each<[string, string[]]>([
    ['One idea. Another idea? Yes! Done…', ['One idea.', 'Another idea?', 'Yes!', 'Done…']],
    ['The rate was 2.8 percent in the U.S. and it fell.', ['The rate was 2.8 percent in the U.S. and it fell.']],
    [
      'Viven en EE. UU. desde hace años. ¿Cuántos son? ¡Muchos!',
      ['Viven en EE. UU. desde hace años.', '¿Cuántos son?', '¡Muchos!'],
    ],
    ['Case No. 4 was heard by Dr. Ruiz. It ended.', ['Case No. 4 was heard by Dr. Ruiz.', 'It ended.']],
    ['He said "stop." Then he left.', ['He said "stop."', 'Then he left.']],
  ])('%s', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });
});

describe('syllables', () => {
  it.each<[string, number]>([
    ['the', 1],
    ['cat', 1],
    ['people', 2],
    ['reader', 2],
    ['trafficking', 3],
    ['government', 3],
    ['estimate', 3],
  ])('English: %s has %i', (word, n) => expect(syllablesEn(word)).toBe(n));
  it.each<[string, number]>([
    ['casa', 2], // ca-sa
    ['personas', 3], // per-so-nas
    ['tienen', 2], // tie-nen: ie is a diphthong
    ['ciudad', 2], // ciu-dad: two weak vowels, one syllable
    ['leer', 2], // le-er: two strong vowels, a hiatus
    ['día', 2], // dí-a: the accent breaks the diphthong
    ['hoy', 1], // final y is a vowel
    ['guerra', 2], // gue-rra
    ['país', 2], // pa-ís
  ])('Spanish: %s has %i', (word, n) => expect(syllablesEs(word)).toBe(n));
});

describe('reading ease, worked by hand', () => {
  it('Flesch–Kincaid grade of two short English sentences', () => {
    // "The cat sat on the mat. The dog ran to the park."
    // 12 words, 2 sentences, 12 syllables (every word has one).
    // 0.39 × (12 / 2) + 11.8 × (12 / 12) − 15.59 = 2.34 + 11.8 − 15.59 = −1.45
    const counts = countTexts(['The cat sat on the mat. The dog ran to the park.'], 'en');
    expect(counts).toEqual({ words: 12, sentences: 2, syllables: 12, longest: 6 });
    expect(fleschKincaidGrade(counts)).toBeCloseTo(-1.45, 2);
  });
  it('Flesch–Kincaid grade of one longer English sentence', () => {
    // "Officials identified people trafficked for labour." 6 words, 1 sentence.
    // of-fi-cials 3, i-den-ti-fied 4, peo-ple 2, traf-ficked 2, for 1, la-bour 2: 14 syllables
    // (the heuristic reads "officials" as o-ffi-cia-ls → groups o, i, ia = 3; "identified" i, e, i, ie = 4).
    // 0.39 × 6 + 11.8 × 14 / 6 − 15.59 = 2.34 + 27.533 − 15.59 = 14.283
    const counts = countTexts(['Officials identified people trafficked for labour.'], 'en');
    expect(counts.syllables).toBe(14);
    expect(fleschKincaidGrade(counts)).toBeCloseTo(14.283, 2);
  });
  it('Fernández-Huerta and INFLESZ of two Spanish sentences', () => {
    // "La casa es grande. El perro come pan."
    // la 1, ca-sa 2, es 1, gran-de 2 | el 1, pe-rro 2, co-me 2, pan 1: 8 words, 2 sentences, 12 syllables.
    // Fernández-Huerta (Law's correction): 206.84 − 0.60 × (100 × 12 / 8) − 1.02 × (8 / 2) = 206.84 − 90 − 4.08 = 112.76
    // INFLESZ: 206.835 − 62.3 × 12 / 8 − 8 / 2 = 206.835 − 93.45 − 4 = 109.385
    const counts = countTexts(['La casa es grande. El perro come pan.'], 'es');
    expect(counts).toEqual({ words: 8, sentences: 2, syllables: 12, longest: 4 });
    expect(fernandezHuerta(counts)).toBeCloseTo(112.76, 2);
    expect(inflesz(counts)).toBeCloseTo(109.385, 3);
  });
});
