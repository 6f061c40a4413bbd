import { describe, expect, it } from 'vitest';
import { englishPath, localePath } from '../../src/i18n/lang.ts';
import { t, UI_KEYS } from '../../src/i18n/ui.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import { atLeast } from '../support/counts.ts';
import { LANGUAGES } from '../support/languages.ts';

describe('the languages the tests cover', () => {
  it('are the site’s languages, with the same path prefixes', () => {
    expect(LANGUAGES).toEqual(Object.entries(LOCALES).map(([lang, { prefix }]) => [lang, prefix]));
  });
});

describe('interface text', () => {
  // The interface has well over a hundred strings (the header, the footer, a fact card, the search page…).
  it.each(atLeast(100, UI_KEYS, 'interface strings'))(
    '"%s" exists in both languages with the same placeholders',
    (key) => {
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const en = t('en', key);
      const es = t('es', key);
      expect(es.trim().length).toBeGreaterThan(0);
      expect(placeholders(es)).toEqual(placeholders(en));
    },
  );

  it('fills placeholders', () => {
    expect(t('es', 'fact.label', { n: 3 })).toBe('Dato 3');
    expect(t('en', 'search.results', { n: 4, q: 'asylum' })).toBe('4 results for “asylum”.');
  });
});

describe('paths in each language', () => {
  it.each([
    ['en', '/facts/x/', '/facts/x/'],
    ['es', '/facts/x/', '/es/facts/x/'],
    ['es', '/es/facts/x/', '/es/facts/x/'],
    ['en', '/es/articles/a/#f', '/articles/a/#f'],
    ['es', '/', '/es/'],
    ['en', '/es/', '/'],
    ['en', '/404/', '/404.html'],
    ['es', '/404.html', '/es/404/'],
  ] as const)('%s of %s is %s', (lang, path, expected) => {
    expect(localePath(lang, path)).toBe(expected);
  });

  it('finds the English form of a Spanish path', () => {
    expect(englishPath('/es/sources/')).toBe('/sources/');
    expect(englishPath('/especial/')).toBe('/especial/');
  });
});
