/**
 * Share cards: 1200×630 PNG previews of a fact or a fact sheet, drawn at build time with
 * satori (layout to SVG), resvg (SVG to pixels) and sharp (pixels to PNG), with a font from an
 * npm package; no network.
 * Cards are cached by a hash of what they show, in node_modules/.astro/share-cards/ (safe to
 * delete).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Bump when the card design changes, so cached cards are drawn again. */
const DESIGN_VERSION = 1;

/** What a card shows. A figure is never shown without its data year and source. */
export type CardContent = { lang: 'en' | 'es' } & (
  | { kind: 'fact'; label: string; figure?: string; statement: string; year: string; source: string; url: string }
  | { kind: 'article'; label: string; title: string; summary: string; reviewed: string; url: string }
);

const FOOTER = {
  en: { data: 'Data', source: 'Source', reviewed: 'Last reviewed' },
  es: { data: 'Datos', source: 'Fuente', reviewed: 'Última revisión:' },
};

const require = createRequire(path.join(process.cwd(), 'package.json'));
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Noto Sans',
      weight,
      style: 'normal' as const,
      data: await readFile(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`)),
    })),
  );
  return fonts;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const box = (style: Record<string, unknown>, ...children: unknown[]): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** Shortens text to a length a card can hold, at a word boundary. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

function layout(card: CardContent): Node {
  const colours = { bg: '#ffffff', text: '#1b1f24', muted: '#4f5863', accent: '#0b5cad', figure: '#7a2e00' };
  const header = box(
    {
      width: '100%',
      justifyContent: 'space-between',
      alignItems: 'center',
      fontSize: 30,
      color: colours.accent,
      fontWeight: 700,
    },
    'Mexico Fact Sheets',
    box({ fontSize: 26, color: colours.muted, fontWeight: 400 }, card.label),
  );
  const words = FOOTER[card.lang];
  const footerLine =
    card.kind === 'fact'
      ? `${words.data}: ${card.year} · ${words.source}: ${card.source}`
      : `${words.reviewed} ${card.reviewed}`;
  const footer = box(
    {
      width: '100%',
      flexDirection: 'column',
      fontSize: 24,
      color: colours.muted,
      borderTop: `3px solid ${colours.accent}`,
      paddingTop: 14,
    },
    box({}, clip(footerLine, 80)),
    box({ color: colours.accent }, card.url.replace(/^https?:\/\//, '')),
  );
  const body =
    card.kind === 'fact'
      ? box(
          { width: '100%', flexDirection: 'column', gap: 8 },
          ...(card.figure ? [box({ fontSize: 80, fontWeight: 700, color: colours.figure }, card.figure)] : []),
          box({ fontSize: card.figure ? 32 : 40, lineHeight: 1.3 }, clip(card.statement, card.figure ? 170 : 200)),
        )
      : box(
          { width: '100%', flexDirection: 'column', gap: 20 },
          box({ fontSize: 58, fontWeight: 700, lineHeight: 1.15 }, clip(card.title, 90)),
          box({ fontSize: 30, lineHeight: 1.35, color: colours.muted }, clip(card.summary, 180)),
        );
  // Yoga sizes boxes without their padding, so the margins are an inner box of fixed size.
  return box(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      alignItems: 'center',
      justifyContent: 'center',
      background: colours.bg,
      color: colours.text,
      fontFamily: 'Noto Sans',
    },
    box(
      { width: CARD_WIDTH - 128, height: CARD_HEIGHT - 88, flexDirection: 'column', justifyContent: 'space-between' },
      header,
      body,
      footer,
    ),
  );
}

/** Draws a card as PNG bytes. */
export async function renderCard(card: CardContent): Promise<Buffer> {
  const svg = await satori(layout(card) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await loadFonts(),
  });
  // Both steps run off the main thread (libuv's pool, then libvips'), so cards of pages built
  // concurrently draw in parallel. sharp encodes PNG in a third of resvg's time: a fast zlib
  // level, no alpha channel and no per-row filter search (flat colours compress well anyway).
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } });
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 3, adaptiveFiltering: false })
    .toBuffer();
}

/**
 * Where cached cards live: in Astro's cache folder (cacheDir in astro.config.mjs), which hosts such
 * as Cloudflare Pages keep between builds, so a deploy draws only changed cards. FS_CACHE_DIR
 * moves it on its own (tests, benchmark).
 */
export function cacheDir(): string {
  const astroCache = process.env['FS_ASTRO_CACHE_DIR'] ?? 'node_modules/.astro';
  return path.resolve(process.env['FS_CACHE_DIR'] ?? astroCache, 'share-cards');
}

/** The card as PNG, from the cache when nothing it shows has changed. */
export async function cachedCard(card: CardContent): Promise<{ png: Buffer; cached: boolean }> {
  const key = createHash('sha256').update(JSON.stringify({ DESIGN_VERSION, card })).digest('hex').slice(0, 32);
  const file = path.join(cacheDir(), `${key}.png`);
  const hit = await readFile(file).catch(() => undefined);
  if (hit) return { png: hit, cached: true };
  const png = await renderCard(card);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, png);
  return { png, cached: false };
}
