import type { APIRoute, GetStaticPaths } from 'astro';
import { articleCardContent } from '../../../../components/share/card-content.ts';
import { articleData, getStore } from '../../../../lib/content/store.ts';
import { sheetPaths } from '../../../../lib/content/routes.ts';
import { cachedCard } from '../../../../lib/share-cards/render.ts';
import { localePath, pageLang } from '../../../../i18n/lang.ts';

export const getStaticPaths = sheetPaths satisfies GetStaticPaths;

/** The share card of a fact sheet, in the language of the route. */
export const GET: APIRoute = async (context) => {
  const lang = pageLang(context);
  const store = await getStore();
  const slug = context.params['slug']!;
  const url = new URL(localePath(lang, `/articles/${slug}/`), context.site).href;
  const { png } = await cachedCard(articleCardContent(articleData(store, slug, lang), url, lang));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
