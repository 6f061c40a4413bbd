import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetJson } from '../../lib/charts/downloads.ts';
import { getStore } from '../../lib/content/store.ts';

export const getStaticPaths = (async () => {
  const store = await getStore();
  return [...store.datasets.keys()].map((dataset) => ({ params: { dataset } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const store = await getStore();
  const id = params['dataset']!;
  return new Response(JSON.stringify(datasetJson(id, store.datasets.get(id)!, store.sources, site!), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
