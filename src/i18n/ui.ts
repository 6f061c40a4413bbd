/**
 * Interface text: one file per language (en.ts, es.ts). The Spanish has the English keys' type, so a
 * missing Spanish string is a type error (and `npm run check` fails).
 */
import type { Lang } from '../lib/format.ts';
import { en } from './en.ts';
import { es } from './es.ts';

export type UiKey = keyof typeof en;

const UI: Record<Lang, Record<UiKey, string>> = { en, es };

/** Interface text in a language, with {placeholders} filled in. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  return UI[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** Every key, for tests. */
export const UI_KEYS = Object.keys(en) as UiKey[];
export { LANGS } from '../lib/locales.ts';
