/**
 * Share cards: 1200×630 PNG previews of a fact or a fact sheet, drawn at build time with satori
 * (layout and glyphs to SVG), resvg (SVG to pixels) and sharp (pixels to PNG), with Noto Sans from an
 * npm package; no network. Nothing on a card is cut off: text is set at the
 * largest size that fits its box, never shortened. Sizes stay legible when a platform shows the
 * card at half size (600×315).
 * Cards are cached in node_modules/.astro/share-cards/ by a hash of what they show and of
 * everything that draws them (this file, the fonts, satori, resvg and sharp); safe to delete.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Smallest type on a card, in pixels: 13 px when a platform halves the card. */
export const MIN_FONT_SIZE = 26;
/** The biggest headline figure. */
const FIGURE_MAX = 150;
/** The smallest headline figure beside its year; a longer figure puts the year under it instead. */
const FIGURE_MIN = 96;
/** The data year beside the headline figure, and the gap between them. */
const YEAR_SIZE = 48;
const YEAR_GAP = 24;

/** What a card shows, in the reader's language. A figure is never shown without its data year and source. */
export type CardContent = {
  lang: 'en' | 'es';
  site: string;
  /** "Checked fact", "Fact sheet"… */
  kicker: string;
  url: string;
} & (
  | {
      kind: 'fact';
      /**
       * The figure shown large, with its qualifier apart ("more than"), its data year beside it ("in 2022") and
       * its label; absent for events and ratings.
       */
      headline?: { qualifier?: string; figure: string; year: string; label: string };
      /** The statement, shown when there is no headline figure. */
      statement: string;
      /** The grade of evidence as readers read it ("Modelled estimate"). */
      grade: string;
      /** Whether the grade is a weaker one (drawn with a dashed outline). */
      weaker: boolean;
      /** "Data: 2016 · Source: Walk Free Foundation", in the card's language. */
      footer: string;
    }
  | { kind: 'article'; title: string; summary: string; footer: string }
);

const require = createRequire(path.join(process.cwd(), 'package.json'));
const fontPath = (weight: 400 | 700) =>
  require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`);

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;
function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Noto Sans',
      weight,
      style: 'normal' as const,
      data: await readFile(fontPath(weight)),
    })),
  );
  return fonts;
}

const COLOURS = { bg: '#ffffff', text: '#1b1f24', muted: '#454d57', accent: '#0b5cad', figure: '#7a2e00' };
const INNER = { width: CARD_WIDTH - 128, height: CARD_HEIGHT - 96 };

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const box = (style: Record<string, unknown>, ...children: unknown[]): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/**
 * Lines a text takes at a font size in a box width. An estimate from Noto Sans's average advance
 * (wider for bold), on the safe side; the share-card tests check the real layout never overflows.
 */
export function estimateLines(text: string, fontSize: number, width: number, bold = false): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * (bold ? 0.62 : 0.56))));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    const need = (used > 0 ? 1 : 0) + word.length;
    if (used > 0 && used + need > perLine) {
      lines += Math.ceil(word.length / perLine);
      used = word.length % perLine;
    } else used += need;
  }
  return lines;
}

/** The largest size (from `max` down to MIN_FONT_SIZE) at which a text fits a box. */
export function fitFontSize(
  text: string,
  width: number,
  height: number,
  max: number,
  lineHeight: number,
  bold = false,
): number {
  for (let size = max; size > MIN_FONT_SIZE; size -= 2) {
    if (estimateLines(text, size, width, bold) * size * lineHeight <= height) return size;
  }
  return MIN_FONT_SIZE;
}

const LINE = 1.25;

function layout(card: CardContent): Node {
  const header = box(
    { width: '100%', justifyContent: 'space-between', alignItems: 'center', fontSize: 30 },
    box({ color: COLOURS.accent, fontWeight: 700 }, card.site),
    box({ color: COLOURS.muted }, card.kicker),
  );
  const footerSize = 28;
  const footerLines = estimateLines(card.footer, footerSize, INNER.width);
  const footer = box(
    {
      width: '100%',
      flexDirection: 'column',
      fontSize: footerSize,
      lineHeight: LINE,
      color: COLOURS.muted,
      borderTop: `3px solid ${COLOURS.accent}`,
      paddingTop: 12,
    },
    box({}, card.footer),
    box({ color: COLOURS.accent, fontSize: MIN_FONT_SIZE }, card.url.replace(/^https?:\/\//, '')),
  );
  // What is left for the body between the header (about 45 px), the footer and the gaps.
  const bodyHeight = INNER.height - 45 - (footerLines * footerSize * LINE + MIN_FONT_SIZE * LINE + 15) - 48;
  let body: Node;
  if (card.kind === 'fact' && card.headline) {
    const { qualifier, figure, year, label } = card.headline;
    // The year sits beside the figure, on its baseline, large enough to read when the card is halved;
    // under it when a long figure ("US$2.8 mil millones") would otherwise shrink below FIGURE_MIN.
    const yearSize = YEAR_SIZE;
    const yearWidth = year.length * yearSize * 0.6 + YEAR_GAP;
    const besideSize = Math.floor((INNER.width - yearWidth) / (figure.length * 0.64));
    const beside = besideSize >= FIGURE_MIN;
    const figureSize = Math.min(FIGURE_MAX, beside ? besideSize : Math.floor(INNER.width / (figure.length * 0.64)));
    const labelSize = fitFontSize(
      label,
      INNER.width,
      bodyHeight - figureSize * 1.1 - (beside ? 0 : yearSize * 1.2) - (qualifier ? 44 : 0) - 64,
      44,
      LINE,
    );
    body = box(
      { width: '100%', flexDirection: 'column' },
      ...(qualifier ? [box({ fontSize: 36, color: COLOURS.figure }, qualifier)] : []),
      box(
        beside ? { alignItems: 'baseline', marginBottom: 8 } : { flexDirection: 'column', marginBottom: 8 },
        box({ fontSize: figureSize, fontWeight: 700, color: COLOURS.figure, lineHeight: 1.1 }, figure),
        box(
          { fontSize: yearSize, fontWeight: 700, color: COLOURS.text, ...(beside ? { marginLeft: YEAR_GAP } : {}) },
          year,
        ),
      ),
      box({ fontSize: labelSize, lineHeight: LINE, marginBottom: 16 }, label),
      gradeBadge(card.grade, card.weaker),
    );
  } else if (card.kind === 'fact') {
    const size = fitFontSize(card.statement, INNER.width, bodyHeight - 64, 46, LINE);
    body = box(
      { width: '100%', flexDirection: 'column' },
      box({ fontSize: size, lineHeight: LINE, marginBottom: 16 }, card.statement),
      gradeBadge(card.grade, card.weaker),
    );
  } else {
    const titleSize = fitFontSize(card.title, INNER.width, bodyHeight * 0.5, 60, 1.15, true);
    const summarySize = fitFontSize(
      card.summary,
      INNER.width,
      bodyHeight - titleSize * 1.15 * estimateLines(card.title, titleSize, INNER.width, true) - 20,
      34,
      1.3,
    );
    body = box(
      { width: '100%', flexDirection: 'column', gap: 20 },
      box({ fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }, card.title),
      box({ fontSize: summarySize, lineHeight: 1.3, color: COLOURS.muted }, card.summary),
    );
  }
  // Yoga sizes boxes without their padding, so the margins are an inner box of fixed size.
  return box(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      alignItems: 'center',
      justifyContent: 'center',
      background: COLOURS.bg,
      color: COLOURS.text,
      fontFamily: 'Noto Sans',
    },
    box({ ...INNER, flexDirection: 'column', justifyContent: 'space-between' }, header, body, footer),
  );
}

/** The grade as a pill: solid outline for stronger grades, dashed for news and secondary reports. */
function gradeBadge(grade: string, weaker: boolean): Node {
  return box(
    {
      alignSelf: 'flex-start',
      fontSize: 30,
      fontWeight: 700,
      color: COLOURS.text,
      border: `3px ${weaker ? 'dashed' : 'solid'} ${weaker ? COLOURS.muted : COLOURS.accent}`,
      borderRadius: 28,
      padding: '2px 20px',
    },
    grade,
  );
}

/**
 * The card as SVG. Glyphs are drawn as paths (resvg's own text drawing is slower); `asText` keeps
 * them as <text> elements at the same positions, for tests that read what a card says.
 */
export async function cardSvg(card: CardContent, { asText = false } = {}): Promise<string> {
  return satori(layout(card) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await loadFonts(),
    embedFont: !asText,
  });
}

/** Draws a card as PNG bytes. */
export async function renderCard(card: CardContent): Promise<Buffer> {
  const svg = await cardSvg(card);
  // The SVG holds no text, so resvg needs no fonts: scanning the system's cost more than drawing the card.
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  // sharp encodes PNG in a third of resvg's time: a fast zlib level, no alpha channel and no
  // per-row filter search (flat colours compress well anyway).
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 2, adaptiveFiltering: false })
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

let rendererKey: Promise<string> | undefined;
/** A hash of everything that draws a card: this code, the fonts and the versions of satori, resvg and sharp. */
export function cardRendererKey(): Promise<string> {
  rendererKey ??= (async () => {
    const hash = createHash('sha256');
    hash.update(await readFile(fileURLToPath(import.meta.url)));
    for (const weight of [400, 700] as const) hash.update(await readFile(fontPath(weight)));
    for (const pkg of ['satori', '@resvg/resvg-js', 'sharp']) {
      // Not every package exports its package.json, so it is found beside the resolved entry point.
      const entry = require.resolve(pkg);
      const root = entry.slice(0, entry.lastIndexOf(`node_modules/${pkg}/`) + `node_modules/${pkg}/`.length);
      const json = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { version: string };
      hash.update(`${pkg}@${json.version}`);
    }
    return hash.digest('hex');
  })();
  return rendererKey;
}

/** The card as PNG, from the cache when neither what it shows nor what draws it has changed. */
export async function cachedCard(card: CardContent): Promise<{ png: Buffer; cached: boolean }> {
  const key = createHash('sha256')
    .update(JSON.stringify({ renderer: await cardRendererKey(), card }))
    .digest('hex')
    .slice(0, 32);
  const file = path.join(cacheDir(), `${key}.png`);
  const hit = await readFile(file).catch(() => undefined);
  if (hit) return { png: hit, cached: true };
  const png = await renderCard(card);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, png);
  return { png, cached: false };
}
