/**
 * Every share card of the real content, as the card routes draw it: its big figure is the fact's
 * formatted headline value (or there is none), and no text is cut off, runs off the card or overlaps.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContentDir, type CheckedContent } from '../../src/lib/content/check.ts';
import { factText, inLanguage, publisherText } from '../../src/lib/content/localize.ts';
import { statementText } from '../../src/lib/content/fact-text.ts';
import { articleCardContent, factCardContent } from '../../src/components/share/card-content.ts';
import type { PublishedFact } from '../../src/lib/content/schema.ts';
import { formatValue } from '../../src/lib/format.ts';
import { cardSvg, MIN_FONT_SIZE } from '../../src/lib/share-cards/render.ts';
import { cardText, cardWords, layoutProblems } from '../support/card-text.ts';
import { atLeast } from '../support/counts.ts';
import { LANGS, type Lang } from '../support/languages.ts';

let content: CheckedContent;
beforeAll(async () => {
  const dir = path.resolve('content');
  ({ content } = await checkContentDir(dir, process.cwd()));
});

/** The figure a headline must show: the value as a reader reads it, without its qualifier. */
const expectedFigure = (fact: PublishedFact, lang: Lang) =>
  fact.headline && fact.value !== undefined && fact.unit ? formatValue(fact.value, fact.unit, lang) : '';

describe.each(LANGS)('every share card in %s', (lang) => {
  it('shows the headline figure large, or no big number at all, and cuts off nothing', async () => {
    const sources = new Map(content.sources.map((s) => [s.id, s.data]));
    const published = content.facts.filter((f) => f.data.status !== 'unverified');
    for (const { id, data } of atLeast(1, published, 'published facts')) {
      const fact = data as PublishedFact;
      const card = factCardContent(fact, sources.get(fact.sources[0]!.id)!, `https://example.org/facts/${id}/`, lang);
      const words = cardWords(await cardSvg(card, { asText: true }));
      const big = words
        .filter((w) => w.size >= 80)
        .map((w) => w.text)
        .join('')
        .trim();
      expect(big, id).toBe(expectedFigure(fact, lang));
      expect(layoutProblems(words), id).toEqual([]);
      const text = cardText(words);
      expect(text, id).not.toContain('…');
      // What the fact itself says, not what the card builder made of it: its headline's label or its
      // whole statement, its data year and its first source's publisher.
      const own = factText(fact, lang);
      expect(text, id).toContain(fact.headline ? own.headlineLabel! : statementText(fact, lang));
      expect(text, id).toContain(fact.year.label);
      expect(text, id).toContain(publisherText(sources.get(fact.sources[0]!.id)!, lang));
      expect(Math.min(...words.filter((w) => w.text.trim()).map((w) => w.size)), id).toBeGreaterThanOrEqual(
        MIN_FONT_SIZE,
      );
    }
  });

  it('shows each sheet’s whole title and summary', async () => {
    for (const english of atLeast(1, content.articles, 'sheets')) {
      const spanish = content.articlesEs.find((a) => a.id === english.id)?.data;
      const article = { id: english.id, data: lang === 'es' ? inLanguage(english.data, spanish) : english.data };
      const card = articleCardContent(article.data, `https://example.org/articles/${article.id}/`, lang);
      const words = cardWords(await cardSvg(card, { asText: true }));
      expect(layoutProblems(words), article.id).toEqual([]);
      const text = cardText(words);
      expect(text).toContain(article.data.title);
      expect(text).toContain(article.data.summary);
    }
  });
});
