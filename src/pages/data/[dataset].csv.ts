import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetCsv } from '../../lib/charts/downloads.ts';
import { datasetPaths } from '../../lib/content/routes.ts';
import { datasetOf, getStore } from '../../lib/content/store.ts';

export const getStaticPaths = datasetPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const store = await getStore();
  const id = params['dataset']!;
  return new Response(datasetCsv(id, datasetOf(store, id), store.sources, site!), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
