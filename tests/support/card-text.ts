/** Reads what a share card says, and where, from its SVG drawn with text kept as <text> elements. */
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/lib/share-cards/render.ts';

export interface CardWord {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Every run of text on the card, in drawing order. */
export function cardWords(svg: string): CardWord[] {
  return [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map(([, attrs, text]) => {
    const num = (name: string) => Number(new RegExp(`\\b${name}="([^"]+)"`).exec(attrs!)?.[1]);
    return { text: unescape(text!), x: num('x'), y: num('y'), width: num('width'), size: num('font-size') };
  });
}

/** The card's text with words joined by single spaces. */
export function cardText(words: CardWord[]): string {
  return words
    .map((w) => w.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Problems that would show a reader a clipped or overlapping card. */
export function layoutProblems(words: CardWord[]): string[] {
  const problems: string[] = [];
  const visible = words.filter((w) => w.text.trim());
  for (const w of visible) {
    if (w.x < 0 || w.x + w.width > CARD_WIDTH || w.y > CARD_HEIGHT || w.y - w.size < 0) {
      problems.push(`"${w.text}" runs off the card`);
    }
  }
  // Ink boxes in Noto Sans: capitals and digits rise 0.714 em above the baseline, descenders
  // (g, p, y, the comma) fall 0.24 em below; 0.75 and 0.24 em leave a little room.
  for (let i = 0; i < visible.length; i++) {
    for (let j = i + 1; j < visible.length; j++) {
      const a = visible[i]!;
      const b = visible[j]!;
      if (a.y === b.y) continue;
      const across = a.x < b.x + b.width && b.x < a.x + a.width;
      const down = a.y - a.size * 0.75 < b.y + b.size * 0.24 && b.y - b.size * 0.75 < a.y + a.size * 0.24;
      if (across && down) problems.push(`"${a.text}" overlaps "${b.text}"`);
    }
  }
  return problems;
}
