import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getStore } from '../lib/content/store.ts';
import { SITE } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const { articles } = await getStore();
  return rss({
    title: `${SITE.name}: fact sheets`,
    description: SITE.tagline,
    site: site!,
    items: articles.map((a) => ({
      title: a.data.title,
      link: `/articles/${a.id}/`,
      pubDate: a.data.reviewed,
      description: a.data.summary,
      categories: a.data.topics,
    })),
    customData: '<language>en</language>',
  });
};
