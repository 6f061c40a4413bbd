import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetCsv } from '../../lib/charts/downloads.ts';
import { datasetPaths } from '../../lib/content/routes.ts';
import { download } from '../../lib/page-data/index.ts';

export const getStaticPaths = datasetPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { id, dataset, sources } = await download(params['dataset']!);
  return new Response(datasetCsv(id, dataset, sources, site!), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
