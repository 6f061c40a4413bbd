import { describe, expect, it } from 'vitest';
import { resolveFacts } from '../../src/lib/handout.ts';

const ids = {
  facts: ['a-count', 'b-share', 'c-rating'],
  moved: { 'old-count': 'a-count', 'gone-to-sheet': 'a-sheet' },
  embed: '/embed/facts/{id}/',
};

describe('a handout address', () => {
  it('names facts in its own order, each once', () => {
    expect(resolveFacts('c-rating,a-count,c-rating', ids)).toEqual({ found: ['c-rating', 'a-count'], unknown: [] });
  });

  it('follows a renamed fact to its new id, as a link to it would', () => {
    expect(resolveFacts('old-count,b-share', ids)).toEqual({ found: ['a-count', 'b-share'], unknown: [] });
  });

  it('lists ids that lead to no fact, instead of dropping them', () => {
    expect(resolveFacts('a-count, nonsense ,gone-to-sheet,,', ids)).toEqual({
      found: ['a-count'],
      unknown: ['nonsense', 'gone-to-sheet'],
    });
    expect(resolveFacts(null, ids)).toEqual({ found: [], unknown: [] });
  });
});
