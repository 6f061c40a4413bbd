/**
 * Embeds: a fact or a chart on another site, in an <iframe> of a minimal page of ours, and the
 * oEmbed 1.0 description that lets platforms build that <iframe> from a link. Pure, so the pages,
 * the oEmbed files (src/integrations/oembed-files.ts) and the tests agree.
 */
import type { CheckedContent } from './content/model.ts';
import { statementText } from './content/fact-text.ts';
import { datasetText } from './content/localize.ts';
import type { Lang } from './format.ts';
import { LANGS, localePath } from './locales.ts';
import { siteName } from './site.ts';

export type EmbedKind = 'fact' | 'chart';

/** The size an embed asks for; it fits narrower hosts too (max-width: 100%). */
export const EMBED_SIZE: Record<EmbedKind, { width: number; height: number }> = {
  fact: { width: 600, height: 420 },
  chart: { width: 680, height: 780 },
};

/** The embed page of a fact (by id) or a chart (by dataset id). */
export function embedPath(kind: EmbedKind, id: string, lang: Lang): string {
  return localePath(lang, `/embed/${kind}s/${id}/`);
}

/** The oEmbed file of a fact or a chart. */
export function oembedPath(kind: EmbedKind, id: string, lang: Lang): string {
  return localePath(lang, `/oembed/${kind}s/${id}.json`);
}

const attribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The <iframe> a host page pastes: titled for screen readers, sized, lazy, borderless. */
export function iframeCode(kind: EmbedKind, id: string, lang: Lang, title: string, site: URL | string): string {
  const { width, height } = EMBED_SIZE[kind];
  const src = new URL(embedPath(kind, id, lang), site).href;
  return `<iframe src="${src}" title="${attribute(`${title} (${siteName(lang)})`)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** The oEmbed 1.0 response of a fact or a chart: a "rich" type whose html is the <iframe>. */
export function oembedOf(kind: EmbedKind, id: string, lang: Lang, title: string, site: URL | string) {
  const { width, height } = EMBED_SIZE[kind];
  return {
    type: 'rich',
    version: '1.0',
    title,
    provider_name: siteName(lang),
    provider_url: new URL(localePath(lang, '/'), site).href,
    html: iframeCode(kind, id, lang, title, site),
    width,
    height,
  };
}

/**
 * Every oEmbed file of the site, by language folder (`oembed/`, `es/oembed/`): one per published
 * fact and one per chart. They are written from the checked content, not rendered as pages: at
 * 1,000 sheets there are 24,000, and Astro would go through each on every rebuild.
 */
export function oembedFolders(
  content: CheckedContent,
  site: URL | string,
): { folder: string; files: { path: string; json: string }[] }[] {
  return LANGS.map((lang) => {
    const folder = localePath(lang, '/oembed/');
    const file = (kind: EmbedKind, id: string, title: string) => ({
      path: oembedPath(kind, id, lang).slice(folder.length),
      json: JSON.stringify(oembedOf(kind, id, lang, title, site)),
    });
    return {
      folder: folder.slice(1),
      files: [
        ...content.facts.flatMap(({ id, data }) =>
          data.status === 'unverified' ? [] : [file('fact', id, statementText(data, lang))],
        ),
        ...content.datasets.map(({ id, data }) => file('chart', id, datasetText(data, lang).title)),
      ],
    };
  });
}
