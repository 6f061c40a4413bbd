import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { languagePaths } from '../../lib/content/routes.ts';
import { sheetsFeed } from '../../lib/page-data/index.ts';
import { siteName } from '../../lib/site.ts';
import { LOCALES } from '../../lib/locales.ts';
import { pageLang } from '../../i18n/lang.ts';
import { t } from '../../i18n/ui.ts';

/** The fact sheets, in the language of the route (/rss.xml or /es/rss.xml). */
export const getStaticPaths = languagePaths;

export const GET: APIRoute = async (context) => {
  const lang = pageLang(context);
  return rss({
    title: `${siteName(lang)}: ${t(lang, 'feed.sheets')}`,
    description: t(lang, 'site.tagline'),
    site: context.site!,
    items: (await sheetsFeed(lang)).map(({ path, data }) => ({
      title: data.title,
      link: path,
      pubDate: data.reviewed,
      description: data.summary,
      categories: data.topics,
    })),
    customData: `<language>${LOCALES[lang].tag}</language>`,
  });
};
