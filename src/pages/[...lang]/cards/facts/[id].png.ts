import type { APIRoute, GetStaticPaths } from 'astro';
import { factCardContent } from '../../../../components/share/card-content.ts';
import { factPaths } from '../../../../lib/content/routes.ts';
import { factCard } from '../../../../lib/page-data/index.ts';
import { cachedCard } from '../../../../lib/share-cards/render.ts';
import { pageLang } from '../../../../i18n/lang.ts';

export const getStaticPaths = factPaths satisfies GetStaticPaths;

/** The share card of a fact, in the language of the route (/cards/… or /es/cards/…). */
export const GET: APIRoute = async (context) => {
  const lang = pageLang(context);
  const { fact, source, freshness, path } = await factCard(context.params['id']!, lang);
  const url = new URL(path, context.site).href;
  const { png } = await cachedCard(factCardContent(fact, source, url, lang, freshness));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
