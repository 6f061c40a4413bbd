/**
 * schema.org ClaimReview for each claim of the original reporting that we checked, so search
 * engines and fact-check tools read our verdicts. Pure: pages pass in the words and addresses.
 */
import { LOCALES } from '../locales.ts';
import { factIn } from './localize.ts';
import type { ArticleData, Fact, Verdict } from './schema.ts';

/** The verdict on a fact's claim, or none for figures that check no claim (later data). */
export function verdictOf(fact: Fact): Verdict | undefined {
  if (fact.status === 'unverified') return 'could-not-verify';
  if (fact.status === 'corrected') return 'misstated';
  return fact.verdict;
}

/** The claim as the original reporting made it (our paraphrase), in the fact's language. */
export function claimOf(fact: Fact, lang: 'en' | 'es'): string | undefined {
  const f = factIn(fact, lang);
  return f.status === 'corrected' ? f.correction.original : f.claim;
}

/** Ratings on a scale of 1 (false) to 4 (true); "could not verify" has a name but no place on it. */
const RATING: Record<Verdict, number | undefined> = { supported: 4, qualified: 3, misstated: 1, 'could-not-verify': undefined };

export interface ClaimReviewInput {
  fact: Fact;
  lang: 'en' | 'es';
  /** Where the review is read: the fact page, or the claim's place on its sheet. */
  url: string;
  /** The verdict as readers read it ("Supported", "Con matices"). */
  verdictName: string;
  /** The sheet whose original article made the claim. */
  article: ArticleData;
  /** The day we last reviewed the claim. */
  reviewed: Date;
  site: { name: string; url: string };
}

/** The ClaimReview JSON-LD of a fact, or undefined when the fact reviews no claim. */
export function claimReview({ fact, lang, url, verdictName, article, reviewed, site }: ClaimReviewInput) {
  const verdict = verdictOf(fact);
  const claim = claimOf(fact, lang);
  if (!verdict || !claim) return undefined;
  const rating = RATING[verdict];
  const { original } = article;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url,
    claimReviewed: claim,
    datePublished: reviewed.toISOString().slice(0, 10),
    inLanguage: LOCALES[lang].tag,
    author: { '@type': 'Organization', name: site.name, url: site.url },
    reviewRating: {
      '@type': 'Rating',
      alternateName: verdictName,
      ...(rating !== undefined ? { ratingValue: rating, bestRating: 4, worstRating: 1 } : {}),
    },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Person', name: original.author },
      ...(original.date ? { datePublished: original.date.toISOString().slice(0, 10) } : {}),
      appearance: {
        '@type': 'BlogPosting',
        headline: original.title,
        author: { '@type': 'Person', name: original.author },
        publisher: { '@type': 'Organization', name: original.publication },
        ...(original.url ? { url: original.url } : {}),
      },
    },
  };
}
