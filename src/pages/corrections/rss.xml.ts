import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { corrections } from '../../lib/content/corrections.ts';
import { factPageHref, getStore } from '../../lib/content/store.ts';
import { SITE } from '../../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const store = await getStore();
  return rss({
    title: `${SITE.name}: corrections and updates`,
    description: 'Every correction to a checked fact: what was said, what the source says.',
    site: site!,
    items: corrections(store).map((c) => ({
      title: `Corrected: ${c.statement}`,
      link: factPageHref(c.factId),
      pubDate: c.date,
      description: `What was said: ${c.original} What the source says: ${c.explanation}`,
      categories: [c.article.title],
    })),
    customData: '<language>en</language>',
  });
};
