import type { APIRoute, GetStaticPaths } from 'astro';
import { articleCardContent } from '../../../lib/content/fact-card.ts';
import { getStore } from '../../../lib/content/store.ts';
import { cachedCard } from '../../../lib/share-cards/render.ts';

export const getStaticPaths = (async () => {
  const store = await getStore();
  return store.articles.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { entry } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const { png } = await cachedCard(articleCardContent(entry.data, new URL(`/articles/${entry.id}/`, site).href));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
