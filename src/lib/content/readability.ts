/**
 * Plain-words arithmetic, pure: splitting text into sentences and words, counting syllables in
 * English and Spanish, and the reading-ease formulas editors aim by (Flesch–Kincaid grade level
 * for English; Fernández-Huerta and INFLESZ for Spanish). The content check fails a sentence of
 * more than MAX_SENTENCE_WORDS words; the reading level is reported, never enforced.
 */

/** The longest sentence a reader should meet, in words. */
export const MAX_SENTENCE_WORDS = 35;

/**
 * Words that end in a full stop without ending a sentence, lower-cased: "U.S.", "EE. UU.", "No.",
 * titles, "e.g." and months written short. A single letter and a full stop ("J. Smith") is an initial.
 */
const ABBREVIATIONS = new Set(
  [
    'u.s.', 'u.k.', 'u.n.', 'ee.', 'uu.', 'no.', 'nos.', 'núm.', 'mr.', 'mrs.', 'ms.', 'dr.', 'dra.', 'sr.', 'sra.',
    'srta.', 'st.', 'jr.', 'vs.', 'e.g.', 'i.e.', 'etc.', 'p.', 'pp.', 'pág.', 'fig.', 'approx.', 'aprox.', 'inc.',
    'corp.', 'co.', 'ltd.', 'a.m.', 'p.m.', 'ca.', 'cf.', 'vol.', 'art.', 'gen.', 'gov.', 'sen.', 'rep.', 'ed.',
    'jan.', 'feb.', 'mar.', 'apr.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'ene.', 'dic.',
  ],
);

/** A placeholder ({value}, {fact:…}, {data:…}) is one word: the figure a reader sees in its place. */
const PLACEHOLDER = /\{[^{}]*\}/g;

/** A sentence of a text, with where it starts in the text. */
export interface Sentence {
  text: string;
  start: number;
}

/**
 * The sentences of a text. A sentence ends at ".", "?", "!" or "…" (with any closing quotes or
 * brackets) followed by a space and the end of the text; a full stop inside a number (2.8) or
 * after an abbreviation ("U.S.", "EE. UU.", "No.") ends nothing. "¿…?" and "¡…!" end at their
 * closing mark. A line break between two blocks of text ends a sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const source = text.replace(PLACEHOLDER, (p) => 'x'.repeat(p.length));
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (/[\p{L}\p{N}{]/u.test(trimmed)) out.push({ text: trimmed, start: start + lead });
    start = end;
  };
  const end = /[.?!…]+["'”’»)\]]*(?=\s|$)|\n\s*\n/g;
  for (const m of source.matchAll(end)) {
    const at = m.index;
    if (m[0].startsWith('.') && m[0].length === 1) {
      const word = /\S*$/.exec(source.slice(0, at))![0];
      const token = `${word}.`.toLowerCase().replace(/^["'“‘«(¿¡[]+/, '');
      if (ABBREVIATIONS.has(token) || /^\p{L}\.$/u.test(token) || /^(\p{L}\.)+\p{L}?\.?$/u.test(token)) {
        // "EE. UU. y México": an abbreviation in the middle of a sentence; but "en EE. UU. Luego…"
        // is rare enough that an editor can reword it.
        continue;
      }
    }
    push(at + m[0].length);
  }
  push(text.length);
  return out;
}

/** The words of a text: runs without spaces that hold a letter or digit; a placeholder is one word. */
export function words(text: string): string[] {
  return text
    .replace(PLACEHOLDER, ' 0 ')
    .split(/[\s—–]+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/**
 * English syllables, by the usual heuristic: groups of vowels (y counts), less a silent final
 * "e", "es" or "ed"; at least one. A figure is counted as two.
 */
export function syllablesEn(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w === '') return 2;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m[0]!).replace(/^y/, '');
  return Math.max(1, (trimmed.match(/[aeiouy]{1,2}/g) ?? []).length);
}

/**
 * Spanish syllables: each group of vowels is one syllable (a diphthong: a weak vowel i, u, ü
 * beside any vowel, or two weak ones), plus one more for each pair of strong vowels side by side
 * (a, e, o, and an accented í or ú, which break a diphthong: "dí-a", "le-er"). A final "y" is a
 * vowel ("hoy", "y"). A figure is counted as two.
 */
export function syllablesEs(word: string): number {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (w === '') return 2;
  const kind = (c: string, i: number): 'S' | 'W' | 'C' => {
    if ('aeoáéóíú'.includes(c)) return 'S';
    if ('iuü'.includes(c)) return 'W';
    if (c === 'y' && i === w.length - 1) return 'W';
    return 'C';
  };
  let count = 0;
  let prev: 'S' | 'W' | 'C' = 'C';
  [...w].forEach((c, i) => {
    const k = kind(c, i);
    if (k !== 'C' && (prev === 'C' || (k === 'S' && prev === 'S'))) count += 1;
    prev = k;
  });
  return Math.max(1, count);
}

/** What the formulas need: words, sentences, syllables, and the longest sentence. */
export interface TextCounts {
  words: number;
  sentences: number;
  syllables: number;
  longest: number;
}

/** Counts texts (each is one or more sentences) in a language. */
export function countTexts(texts: readonly string[], lang: 'en' | 'es'): TextCounts {
  const syllables = lang === 'en' ? syllablesEn : syllablesEs;
  const counts: TextCounts = { words: 0, sentences: 0, syllables: 0, longest: 0 };
  for (const text of texts) {
    for (const s of splitSentences(text)) {
      const ws = words(s.text);
      if (ws.length === 0) continue;
      counts.sentences += 1;
      counts.words += ws.length;
      counts.longest = Math.max(counts.longest, ws.length);
      for (const w of ws) counts.syllables += syllables(w);
    }
  }
  return counts;
}

/** Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function fleschKincaidGrade({ words, sentences, syllables }: TextCounts): number {
  if (words === 0 || sentences === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/**
 * Fernández-Huerta reading ease, as corrected by Gwillim Law (2011): 206.84 − 0.60 × syllables per
 * hundred words − 1.02 × words per sentence (the formula often printed subtracts sentences per
 * hundred words, which scores shorter sentences as harder). 70 to 80 is "bastante fácil", 60 to 70
 * "normal".
 */
export function fernandezHuerta({ words, sentences, syllables }: TextCounts): number {
  if (words === 0 || sentences === 0) return 0;
  return 206.84 - 0.6 * ((100 * syllables) / words) - 1.02 * (words / sentences);
}

/**
 * INFLESZ (Szigriszt-Pazos perspicuity): 206.835 − 62.3 × syllables per word − words per sentence.
 * 65 to 80 is "bastante fácil", 55 to 65 "normal", 40 to 55 "algo difícil".
 */
export function inflesz({ words, sentences, syllables }: TextCounts): number {
  if (words === 0 || sentences === 0) return 0;
  return 206.835 - 62.3 * (syllables / words) - words / sentences;
}
