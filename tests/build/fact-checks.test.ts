/**
 * Every checked claim of the original articles is a fact-check that search engines and fact-check
 * tools read (schema.org ClaimReview), whose verdict readers see in the same words; every fact shows
 * its grade and what its source says.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { CheckedContent, LoadedFact } from '../../src/lib/content/check.ts';
import { exactly, IN_FIXTURE } from '../support/counts.ts';
import { LANGUAGES, type Lang } from '../support/languages.ts';
import { builtContent, figureSelector, page } from '../support/site.ts';

const distDir = inject('distDir');
let content: CheckedContent;
let origin: string;
beforeAll(async () => {
  content = await builtContent();
  origin = new URL((await page(distDir, '/'))('link[rel="canonical"]').attr('href')!).origin;
});

/** What the site calls itself in each language. */
const SITE_NAMES = { en: 'Mexico Fact Sheets', es: 'Fichas sobre México' };

/** The verdicts a reader and a fact-check tool read, in each language. */
const VERDICT_NAMES = {
  en: { supported: 'Supported', qualified: 'Qualified', misstated: 'Corrected', unverified: 'Could not verify' },
  es: {
    supported: 'Confirmada',
    qualified: 'Con matices',
    misstated: 'Corregida',
    unverified: 'No se pudo verificar',
  },
};
const sheets = () => exactly(IN_FIXTURE.sheets, content.articles, 'sheets');
const published = () =>
  exactly(
    IN_FIXTURE.publishedFacts,
    content.facts.flatMap((f) => (f.data.status !== 'unverified' ? [{ ...f, data: f.data }] : [])),
    'published facts',
  );

type Json = Record<string, any>;
/** Every JSON-LD object on a page, arrays flattened. */
function jsonLd($: Awaited<ReturnType<typeof page>>): Json[] {
  return $('script[type="application/ld+json"]')
    .map((_, el) => JSON.parse($(el).text()) as Json | Json[])
    .get()
    .flat();
}

/** The claim a fact reviews and our verdict on it, from the content itself. */
function reviewOf(fact: LoadedFact, lang: Lang) {
  const d = fact.data;
  const es = lang === 'es' ? d.es : undefined;
  if (d.status === 'corrected')
    return { claim: (es?.correction ?? d.correction).original, verdict: 'misstated' as const };
  if (d.status === 'verified' && d.claim && d.verdict) return { claim: es?.claim ?? d.claim, verdict: d.verdict };
  if (d.status === 'unverified') return { claim: es?.claim ?? d.claim, verdict: 'unverified' as const };
  return undefined;
}

/** The fields Google's fact-check markup and fact-check tools require or use. */
function expectCompleteReview(
  review: Json,
  expected: { url: string; claim: string; verdict: string; author: string; title: string; site: string },
) {
  expect(review['@context']).toBe('https://schema.org');
  expect(review['@type']).toBe('ClaimReview');
  expect(review.url).toBe(expected.url);
  expect(review.claimReviewed).toBe(expected.claim);
  expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  // The site, by its name in the page's language.
  expect(review.author).toMatchObject({ '@type': 'Organization', name: expected.site });
  expect(review.reviewRating['@type']).toBe('Rating');
  expect(review.reviewRating.alternateName).toBe(expected.verdict);
  expect(review.itemReviewed['@type']).toBe('Claim');
  expect(review.itemReviewed.author.name).toBe(expected.author);
  expect(review.itemReviewed.appearance.headline).toBe(expected.title);
}

describe('ClaimReview on fact pages', () => {
  it.each(LANGUAGES)('reviews each claim of the original articles in %s, and only those', async (lang, prefix) => {
    let reviewed = 0;
    for (const fact of published()) {
      const $ = await page(distDir, `${prefix}/facts/${fact.id}/`);
      const reviews = jsonLd($).filter((j) => j['@type'] === 'ClaimReview');
      const expected = reviewOf(fact, lang);
      if (!expected) {
        expect(reviews, fact.id).toEqual([]);
        continue;
      }
      const article = content.articles.find((a) => a.id === fact.article)!.data;
      expect(reviews, fact.id).toHaveLength(1);
      expectCompleteReview(reviews[0]!, {
        url: `${origin}${prefix}/facts/${fact.id}/`,
        claim: expected.claim,
        verdict: VERDICT_NAMES[lang][expected.verdict],
        author: article.original.author,
        title: article.original.title,
        site: SITE_NAMES[lang],
      });
      reviewed += 1;
    }
    expect(reviewed).toBeGreaterThan(0);
  });
});

describe('ClaimReview of claims we could not verify', () => {
  it.each(LANGUAGES)('is on the sheet in %s, pointing at the claim there', async (lang, prefix) => {
    for (const article of sheets()) {
      const $ = await page(distDir, `${prefix}/articles/${article.id}/`);
      const reviews = jsonLd($).filter((j) => j['@type'] === 'ClaimReview');
      const unverified = content.facts.filter((f) => f.article === article.id && f.data.status === 'unverified');
      expect(reviews).toHaveLength(unverified.length);
      // One rumour on each fixture sheet.
      for (const fact of exactly(1, unverified, `unverified claims on ${article.id}`)) {
        const review = reviews.find((r) => r.url.endsWith(`#${fact.id}`));
        expect(review, fact.id).toBeDefined();
        expect($(`[id="${fact.id}"]`).length, `the sheet has the claim ${fact.id} to point at`).toBe(1);
        // Readers see the verdict the markup gives.
        expect($(`[id="${fact.id}"] .verdict-badge .verdict-name`).text()).toBe(review!.reviewRating.alternateName);
        expectCompleteReview(review!, {
          url: `${origin}${prefix}/articles/${article.id}/#${fact.id}`,
          claim: reviewOf(fact, lang)!.claim,
          verdict: VERDICT_NAMES[lang].unverified,
          author: article.data.original.author,
          title: article.data.original.title,
          site: SITE_NAMES[lang],
        });
      }
    }
  });
});

/** The verdict a reader sees in a part of a page: its words, or undefined when there is none. */
function visibleVerdict($: Awaited<ReturnType<typeof page>>, where: string, what: string): string | undefined {
  const badges = $(where).find('.verdict-badge');
  expect(badges.length, `verdicts shown on ${what}`).toBeLessThanOrEqual(1);
  return badges.length ? badges.find('.verdict-name').text().trim() : undefined;
}

describe('verdicts readers see', () => {
  it.each(LANGUAGES)(
    'each fact page in %s shows the verdict of its ClaimReview, in the same words; later data show none',
    async (lang, prefix) => {
      const reviewed = exactly(
        IN_FIXTURE.reviewedFacts,
        published().flatMap((f) => (reviewOf(f, lang) ? [f.id] : [])),
        'reviewed facts',
      );
      for (const fact of published()) {
        const $ = await page(distDir, `${prefix}/facts/${fact.id}/`);
        const review = jsonLd($).find((j) => j['@type'] === 'ClaimReview');
        const shown = visibleVerdict($, 'body', `the page of ${fact.id}`);
        // "Verified" above a "Qualified" verdict contradicted it: the kicker names only the fact and its sheet.
        expect($('.fact-page .kicker').text(), fact.id).not.toMatch(/verified|verificad/i);
        if (!reviewed.includes(fact.id)) {
          expect(review, fact.id).toBeUndefined();
          expect(shown, fact.id).toBeUndefined();
          continue;
        }
        expect(shown, fact.id).toBe(review!.reviewRating.alternateName);
        expect(shown, fact.id).toBe(VERDICT_NAMES[lang][reviewOf(fact, lang)!.verdict]);
        // Under the statement, beside the grade.
        expect($('.fact-page .meta').first().find('.verdict-badge + .grade-badge').length, fact.id).toBe(1);
      }
    },
  );

  it.each(LANGUAGES)('each fact card on a sheet in %s shows the verdict its fact page shows', async (_lang, prefix) => {
    let withVerdict = 0;
    for (const article of sheets()) {
      const $ = await page(distDir, `${prefix}/articles/${article.id}/`);
      // Three published facts on each fixture sheet.
      for (const fact of exactly(
        3,
        published().filter((f) => f.article === article.id),
        `facts on ${article.id}`,
      )) {
        const factPage = await page(distDir, `${prefix}/facts/${fact.id}/`);
        const review = jsonLd(factPage).find((j) => j['@type'] === 'ClaimReview');
        const shown = visibleVerdict($, figureSelector(fact.id), `the card of ${fact.id}`);
        expect(shown, fact.id).toBe(review?.reviewRating.alternateName);
        if (shown) withVerdict += 1;
      }
    }
    expect(withVerdict).toBe(IN_FIXTURE.reviewedFacts);
  });
});

describe('grades and evidence', () => {
  it.each(LANGUAGES)(
    'every fact page in %s shows its grade and quotes its first source, attributed',
    async (_lang, prefix) => {
      const sources = new Map(content.sources.map((s) => [s.id, s.data]));
      for (const fact of published()) {
        const $ = await page(distDir, `${prefix}/facts/${fact.id}/`);
        expect($('.fact-page .grade-badge').attr('data-grade'), fact.id).toBe(fact.data.grade);
        const first = fact.data.sources[0]!;
        const source = sources.get(first.id)!;
        const quote = $('.evidence blockquote').first();
        expect(quote.text().trim(), fact.id).toBe(first.quote);
        expect(quote.attr('lang')).toBe(source.lang);
        expect(quote.closest('figure').find('figcaption').text()).toContain(source.publisher);
        expect(quote.closest('figure').find('time').attr('datetime')).toBe(first.checked!.toISOString().slice(0, 10));
      }
    },
  );

  it('every fact card on a sheet shows its grade', async () => {
    for (const article of sheets()) {
      const $ = await page(distDir, `/articles/${article.id}/`);
      // Three published facts on each fixture sheet.
      const onSheet = published().filter((f) => f.article === article.id);
      for (const { id, data } of exactly(3, onSheet, `published facts on ${article.id}`)) {
        const figure = $(figureSelector(id));
        expect(figure.length, id).toBe(1);
        expect(figure.find('.grade-badge').first().attr('data-grade'), id).toBe(data.grade);
      }
    }
  });
});

describe('source titles', () => {
  it('say in the reader’s language where a title came from, outside the title itself', async () => {
    // In the fixture, sample-primary's headline was read from its web address; sample-secondary has none.
    const NOTES = {
      en: {
        fromAddress: 'headline as given in its web address',
        untitled: 'our description; its headline was not recorded',
      },
      es: {
        fromAddress: 'titular tal como aparece en su dirección web',
        untitled: 'descripción nuestra; no se registró su titular',
      },
    };
    for (const [lang, prefix] of LANGUAGES) {
      const $ = await page(distDir, `${prefix}/articles/sample-sheet/`);
      const primary = $('.source-list li#src-sample-primary');
      expect(primary.find('cite').text()).toBe('Sample Survey Report');
      expect(primary.find('.untitled').text()).toBe(`(${NOTES[lang].fromAddress})`);
      expect(primary.find('cite .untitled').length).toBe(0);
      expect($('.source-list li#src-sample-secondary .untitled').text()).toBe(`(${NOTES[lang].untitled})`);
    }
  });
});
