import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { languagePaths } from '../../../lib/content/routes.ts';
import { correctionsFeed } from '../../../lib/page-data/index.ts';
import { siteName } from '../../../lib/site.ts';
import { LOCALES } from '../../../lib/locales.ts';
import { pageLang } from '../../../i18n/lang.ts';
import { t } from '../../../i18n/ui.ts';

/** Corrections, in the language of the route (/corrections/rss.xml or /es/corrections/rss.xml). */
export const getStaticPaths = languagePaths;

export const GET: APIRoute = async (context) => {
  const lang = pageLang(context);
  return rss({
    title: `${siteName(lang)}: ${t(lang, 'corrections.feedTitle')}`,
    description: t(lang, 'corrections.feedDescription'),
    site: context.site!,
    items: (await correctionsFeed(lang)).map((c) => ({
      title: `${t(lang, 'fact.corrected')}: ${c.statement}`,
      link: c.factPage,
      pubDate: c.date,
      description: `${t(lang, 'corrections.said')} ${c.original} ${t(lang, 'corrections.sourceSays')} ${c.explanation}`,
      categories: [c.article.title],
    })),
    customData: `<language>${LOCALES[lang].tag}</language>`,
  });
};
