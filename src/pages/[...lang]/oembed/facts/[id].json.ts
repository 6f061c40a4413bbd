/** The oEmbed 1.0 description of a fact: platforms that read oEmbed build its <iframe> from it. */
import type { APIRoute } from 'astro';
import { oembedOf } from '../../../../lib/embeds.ts';
import { statementText } from '../../../../lib/content/fact-text.ts';
import { factPaths } from '../../../../lib/content/routes.ts';
import { getStore, publishedFact } from '../../../../lib/content/store.ts';
import { pageLang } from '../../../../i18n/lang.ts';

export const getStaticPaths = factPaths;

export const GET: APIRoute = async (context) => {
  const { params, site } = context;
  const lang = pageLang(context);
  const fact = publishedFact(await getStore(), params['id']!);
  return Response.json(oembedOf('fact', params['id']!, lang, statementText(fact, lang), site!));
};
