import { describe, expect, it } from 'vitest';
import { checkPermalinks, permalinkSchema } from '../../src/lib/content/permalinks.ts';

const published = { articles: new Set(['sheet']), facts: new Set(['a', 'b']) };
const registry = (extra: object = {}) => permalinkSchema.parse({ articles: ['sheet'], facts: ['a', 'b'], ...extra });

describe('permalink registry', () => {
  it('accepts a registry that lists exactly what is published', () => {
    expect(checkPermalinks(registry(), published)).toEqual([]);
  });

  it.each([
    [
      'a published fact missing from the registry',
      registry({ facts: ['a'] }),
      /fact "b" is published but not registered/,
    ],
    [
      'a removed fact with no redirect',
      registry({ facts: ['a', 'b', 'gone'] }),
      /fact "gone" was published .* add a redirect/,
    ],
    ['a removed article with no redirect', registry({ articles: ['sheet', 'old'] }), /article "old" was published/],
    [
      'a redirect to nothing',
      registry({ facts: ['a', 'b', 'gone'], redirects: [{ from: 'fact/gone', to: 'fact/nowhere' }] }),
      /fact "nowhere" does not exist/,
    ],
    [
      'a redirect from a fact that still exists',
      registry({ redirects: [{ from: 'fact/a', to: 'fact/b' }] }),
      /fact "a" still exists/,
    ],
  ])('rejects %s', (_name, input, message) => {
    expect(
      checkPermalinks(input, published)
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(message);
  });

  it('accepts a removed fact that redirects to another fact or to its article', () => {
    const input = registry({
      facts: ['a', 'b', 'renamed', 'dropped'],
      redirects: [
        { from: 'fact/renamed', to: 'fact/a' },
        { from: 'fact/dropped', to: 'article/sheet' },
      ],
    });
    expect(checkPermalinks(input, published)).toEqual([]);
  });

  it('rejects a redirect target that is not "fact/…" or "article/…"', () => {
    expect(
      permalinkSchema.safeParse({ articles: [], facts: [], redirects: [{ from: 'fact/a', to: '/facts/a/' }] }).success,
    ).toBe(false);
  });
});
