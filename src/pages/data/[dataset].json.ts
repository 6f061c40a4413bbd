import type { APIRoute } from 'astro';
import { datasetJson } from '../../lib/charts/downloads.ts';
import { datasetOf, getStore } from '../../lib/content/store.ts';

// One download of each kind per dataset, the same list as the CSV.
export { getStaticPaths } from './[dataset].csv.ts';

export const GET: APIRoute = async ({ params, site }) => {
  const store = await getStore();
  const id = params['dataset']!;
  return new Response(JSON.stringify(datasetJson(id, datasetOf(store, id), store.sources, site!), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
