import type { APIRoute, GetStaticPaths } from 'astro';
import { articleCardContent } from '../../../../components/share/card-content.ts';
import { sheetPaths } from '../../../../lib/content/routes.ts';
import { sheetCard } from '../../../../lib/page-data/index.ts';
import { cachedCard } from '../../../../lib/share-cards/render.ts';
import { pageLang } from '../../../../i18n/lang.ts';

export const getStaticPaths = sheetPaths satisfies GetStaticPaths;

/** The share card of a fact sheet, in the language of the route. */
export const GET: APIRoute = async (context) => {
  const lang = pageLang(context);
  const { data, path } = await sheetCard(context.params['slug']!, lang);
  const { png } = await cachedCard(articleCardContent(data, new URL(path, context.site).href, lang));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
