/**
 * Each page's data, computed once per page from this build's store (Starlight's route data): route
 * files in src/pages/ call these and hand the result to their page component, so no route file,
 * page or component reaches into the store. The builders are pure functions of a store (one module
 * per kind of page), tested on fixture content; these wrappers only load the build's store.
 */
import { getStore } from '../content/store.ts';
import type { Lang } from '../format.ts';
import { factCardData, sheetCardData } from './cards.ts';
import { classroomPageData } from './classroom.ts';
import { correctionsPageData } from './corrections.ts';
import { downloadData } from './downloads.ts';
import { chartEmbedData, factEmbedData } from './embeds.ts';
import { factPageData } from './fact.ts';
import { correctionsFeedData, sheetsFeedData } from './feeds.ts';
import { handoutPageData } from './handout.ts';
import { homePageData } from './home.ts';
import { sheetPageData } from './sheet.ts';
import { sitePageData } from './site-pages.ts';
import { sourcesPageData } from './sources.ts';

export type { PageLocals } from './page.ts';

/** A fact sheet's page. */
export const sheetPage = async (slug: string, lang: Lang, site: URL | undefined) =>
  sheetPageData(await getStore(), slug, lang, site);
/** A fact's own page. */
export const factPage = async (id: string, lang: Lang) => factPageData(await getStore(), id, lang);
/** A sheet's classroom edition. */
export const classroomPage = async (slug: string, lang: Lang) => classroomPageData(await getStore(), slug, lang);
/** A fact's embed. */
export const factEmbed = async (id: string, lang: Lang) => factEmbedData(await getStore(), id, lang);
/** A chart's embed. */
export const chartEmbed = async (dataset: string, lang: Lang) => chartEmbedData(await getStore(), dataset, lang);
/** The home page. */
export const homePage = async (lang: Lang) => homePageData(await getStore(), lang);
/** The sources page. */
export const sourcesPage = async (lang: Lang) => sourcesPageData(await getStore(), lang);
/** The corrections page. */
export const correctionsPage = async (lang: Lang) => correctionsPageData(await getStore(), lang);
/** The handout builder. */
export const handoutPage = async (lang: Lang) => handoutPageData(await getStore(), lang);
/** A page that shows only what every page shows (method, search, "not found"). */
export const sitePage = async () => sitePageData(await getStore());
/** The feed of fact sheets. */
export const sheetsFeed = async (lang: Lang) => sheetsFeedData(await getStore(), lang);
/** The feed of corrections. */
export const correctionsFeed = async (lang: Lang) => correctionsFeedData(await getStore(), lang);
/** A fact's share card. */
export const factCard = async (id: string, lang: Lang) => factCardData(await getStore(), id, lang);
/** A sheet's share card. */
export const sheetCard = async (slug: string, lang: Lang) => sheetCardData(await getStore(), slug, lang);
/** A dataset's downloads. */
export const download = async (id: string) => downloadData(await getStore(), id);
