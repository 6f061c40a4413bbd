/**
 * The permalink registry (content/permalinks.yaml): every article slug and fact id ever
 * published. Links people shared keep working: a registered id that no longer exists needs
 * a redirect, and the build turns each redirect into a real redirect page.
 */
import { z } from 'astro/zod';
import { ID_PATTERN } from './schema.ts';

const id = z.string().regex(ID_PATTERN, { error: 'must be a kebab-case id' });
const target = z
  .string()
  .regex(/^(fact|article)\/[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be "fact/<fact-id>" or "article/<slug>"' });

export const permalinkSchema = z.strictObject({
  /** Every article slug ever published. Never remove one. */
  articles: z.array(id),
  /** Every fact id ever published (verified or corrected). Never remove one. */
  facts: z.array(id),
  /** Where a registered address that no longer exists now leads. */
  redirects: z
    .array(
      z.strictObject({
        /** The old address: "fact/<old-id>" or "article/<old-slug>". */
        from: target,
        /** Where it leads now: "fact/<id>" or "article/<slug>". */
        to: target,
      }),
    )
    .default([]),
});
export type PermalinkRegistry = z.output<typeof permalinkSchema>;

export interface Redirect {
  kind: 'fact' | 'article';
  from: string;
  toKind: 'fact' | 'article';
  to: string;
}

/** The redirects of a registry, split into kind and id. */
export function redirectsOf(registry: PermalinkRegistry): Redirect[] {
  return registry.redirects.map((r) => {
    const [kind, from] = r.from.split('/') as ['fact' | 'article', string];
    const [toKind, to] = r.to.split('/') as ['fact' | 'article', string];
    return { kind, from, toKind, to };
  });
}

/** The site path of a moved address, in English ("/facts/old-id/"); the Spanish one adds /es. */
export function movedPath(redirect: Redirect): string {
  return `/${redirect.kind === 'fact' ? 'facts' : 'articles'}/${redirect.from}/`;
}

/** Problems with the registry against what is published now; each message says what to do. */
export function checkPermalinks(
  registry: PermalinkRegistry,
  published: { articles: ReadonlySet<string>; facts: ReadonlySet<string> },
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const redirects = redirectsOf(registry);
  const redirected = new Set(redirects.map((r) => `${r.kind}/${r.from}`));
  const exists = (kind: 'fact' | 'article', name: string) =>
    (kind === 'fact' ? published.facts : published.articles).has(name);

  for (const kind of ['article', 'fact'] as const) {
    const listed = kind === 'fact' ? registry.facts : registry.articles;
    const field = kind === 'fact' ? 'facts' : 'articles';
    const seen = new Set(listed);
    for (const name of kind === 'fact' ? published.facts : published.articles) {
      if (!seen.has(name)) {
        problems.push({
          field,
          message: `${kind} "${name}" is published but not registered; add "- ${name}" under ${field}: so its link is kept for good`,
        });
      }
    }
    for (const name of listed) {
      if (!exists(kind, name) && !redirected.has(`${kind}/${name}`)) {
        problems.push({
          field,
          message: `${kind} "${name}" was published and people may have shared its link, but it no longer exists; add a redirect under redirects: (from: ${kind}/${name}, to: fact/<new-id> or article/<slug>)`,
        });
      }
    }
  }
  redirects.forEach((r, i) => {
    if (exists(r.kind, r.from)) {
      problems.push({ field: `redirects[${i}].from`, message: `${r.kind} "${r.from}" still exists; remove this redirect or the ${r.kind}` });
    }
    if (!exists(r.toKind, r.to)) {
      problems.push({ field: `redirects[${i}].to`, message: `${r.toKind} "${r.to}" does not exist, so the redirect would lead nowhere` });
    }
  });
  return problems;
}
