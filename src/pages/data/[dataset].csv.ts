import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetCsv } from '../../lib/charts/downloads.ts';
import { datasetPaths } from '../../lib/content/routes.ts';
import { getStore } from '../../lib/content/store.ts';

export const getStaticPaths = datasetPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const store = await getStore();
  const id = params['dataset']!;
  return new Response(datasetCsv(id, store.datasets.get(id)!, store.sources, site!), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
