/**
 * Embeds: a fact or a chart on another site, in an <iframe> of a minimal page of ours, and the
 * oEmbed 1.0 description that lets platforms build that <iframe> from a link. Pure, so the pages,
 * the oEmbed files and the tests agree.
 */
import type { Lang } from './format.ts';
import { localePath } from './locales.ts';
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
