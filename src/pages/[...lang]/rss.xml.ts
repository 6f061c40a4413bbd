import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { languagePaths } from '../../lib/content/routes.ts';
import { articleData, getStore } from '../../lib/content/store.ts';
import { siteName } from '../../lib/site.ts';
import { LOCALES } from '../../lib/locales.ts';
import { localePath, pageLang } from '../../i18n/lang.ts';
import { t } from '../../i18n/ui.ts';

/** The fact sheets, in the language of the route (/rss.xml or /es/rss.xml). */
export const getStaticPaths = languagePaths;

export const GET: APIRoute = async (context) => {
  const lang = pageLang(context);
  const store = await getStore();
  return rss({
    title: `${siteName(lang)}: ${t(lang, 'feed.sheets')}`,
    description: t(lang, 'site.tagline'),
    site: context.site!,
    items: store.articles.map((a) => {
      const data = articleData(store, a.id, lang);
      return {
        title: data.title,
        link: localePath(lang, `/articles/${a.id}/`),
        pubDate: data.reviewed,
        description: data.summary,
        categories: data.topics,
      };
    }),
    customData: `<language>${LOCALES[lang].tag}</language>`,
  });
};
