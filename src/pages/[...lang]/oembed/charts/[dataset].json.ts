/** The oEmbed 1.0 description of a chart: platforms that read oEmbed build its <iframe> from it. */
import type { APIRoute } from 'astro';
import { oembedOf } from '../../../../lib/embeds.ts';
import { datasetText } from '../../../../lib/content/localize.ts';
import { chartPaths } from '../../../../lib/content/routes.ts';
import { datasetOf, getStore } from '../../../../lib/content/store.ts';
import { pageLang } from '../../../../i18n/lang.ts';

export const getStaticPaths = chartPaths;

export const GET: APIRoute = async (context) => {
  const { params, site } = context;
  const lang = pageLang(context);
  const title = datasetText(datasetOf(await getStore(), params['dataset']!), lang).title;
  return Response.json(oembedOf('chart', params['dataset']!, lang, title, site!));
};
