import type { APIRoute, GetStaticPaths } from 'astro';
import { factCardContent } from '../../../../components/share/card-content.ts';
import { factFreshness, factPageHref, getStore, publishedFact, sourceOf } from '../../../../lib/content/store.ts';
import { factPaths } from '../../../../lib/content/routes.ts';
import { cachedCard } from '../../../../lib/share-cards/render.ts';
import { pageLang } from '../../../../i18n/lang.ts';

export const getStaticPaths = factPaths satisfies GetStaticPaths;

/** The share card of a fact, in the language of the route (/cards/… or /es/cards/…). */
export const GET: APIRoute = async (context) => {
  const lang = pageLang(context);
  const store = await getStore();
  const id = context.params['id']!;
  const fact = publishedFact(store, id);
  const source = sourceOf(store, fact.sources[0]!.id);
  const url = new URL(factPageHref(id, lang), context.site).href;
  const { png } = await cachedCard(factCardContent(fact, source, url, lang, factFreshness(store, id)));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
