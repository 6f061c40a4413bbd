import type { APIRoute, GetStaticPaths } from 'astro';
import { factCardContent } from '../../../lib/content/fact-card.ts';
import { factPageHref, getStore, publishedFact, publishedFacts } from '../../../lib/content/store.ts';
import { cachedCard } from '../../../lib/share-cards/render.ts';

export const getStaticPaths = (async () => {
  const store = await getStore();
  return publishedFacts(store).map(([id]) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const store = await getStore();
  const id = params['id']!;
  const fact = publishedFact(store, id);
  const source = store.sources.get(fact.sources[0]!.id)!;
  const { png } = await cachedCard(factCardContent(fact, source, new URL(factPageHref(id), site).href));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
