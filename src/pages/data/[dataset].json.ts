import type { APIRoute } from 'astro';
import { datasetJson } from '../../lib/charts/downloads.ts';
import { download } from '../../lib/page-data/index.ts';

// One download of each kind per dataset, the same list as the CSV.
export { getStaticPaths } from './[dataset].csv.ts';

export const GET: APIRoute = async ({ params, site }) => {
  const { id, dataset, sources } = await download(params['dataset']!);
  return new Response(JSON.stringify(datasetJson(id, dataset, sources, site!), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
