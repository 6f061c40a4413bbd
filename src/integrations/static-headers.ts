/**
 * Completes dist/_headers (copied from public/_headers) with a Content-Security-Policy made from
 * the ones Astro wrote into each page's <meta>, plus frame-ancestors, which a <meta> cannot set:
 * no other site may frame a page, except the embeds made to be framed.
 * A page kept from the last build (same size and time) is not read again: its policy is kept in
 * the cache folder.
 */
import { statSync } from 'node:fs';
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/;
/** The policy <meta> is in <head>, which ends well within this on every page. */
const HEAD_BYTES = 16 * 1024;
/** Pages read at once: 22,000 pages one by one took 5 s. */
const BATCH = 64;

async function policyOf(file: string): Promise<string | undefined> {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.allocUnsafe(HEAD_BYTES), 0, HEAD_BYTES, 0);
    // The policy is ASCII; latin1 decodes several times faster than UTF-8.
    const inHead = META.exec(buffer.toString('latin1', 0, bytesRead))?.[1];
    return inHead ?? META.exec(await readFile(file, 'utf8'))?.[1];
  } finally {
    await handle.close();
  }
}

/**
 * One policy for the whole site: each directive allows what it allows on any page. Pages differ
 * only in which of our own script and style hashes they carry, so this stays one short line
 * however many pages there are (hosts cap _headers: Cloudflare Pages at 100 rules of 2,000
 * characters), where a rule per page grew to 30 MB at 1,000 sheets. Each page's <meta> still
 * holds its own policy, and a browser enforces both, so no page allows more than before.
 */
export function sitePolicy(policies: Iterable<string>): string {
  const directives = new Map<string, string[]>();
  let names = '';
  for (const policy of policies) {
    const parsed = policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name);
    // A directive missing from one page falls back to default-src there; merged, it would
    // narrow that page. Astro writes the same directives on every page, so this is a build bug.
    const these = parsed.map(([name]) => name).join(' ');
    if (names && these !== names) {
      throw new Error(`Pages' Content-Security-Policies name different directives ("${names}" and "${these}")`);
    }
    names = these;
    for (const [name, ...sources] of parsed) {
      const merged = directives.get(name!) ?? [];
      for (const source of sources) if (!merged.includes(source)) merged.push(source);
      directives.set(name!, merged);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Where embeds live, in each language: the only pages another site may frame. */
export const EMBED_PATHS = ['/embed/*', '/es/embed/*'];

/**
 * The _headers rules of the policy: every page refuses to be framed, except embeds, which drop the
 * site-wide policy and frame refusal (`!` detaches a header a broader rule set) and allow any frame.
 */
export function headerRules(policy: string): string {
  const embeds = EMBED_PATHS.map(
    (p) =>
      `${p}\n  ! Content-Security-Policy\n  ! X-Frame-Options\n  Content-Security-Policy: ${policy}; frame-ancestors *\n`,
  );
  return [`/*\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'\n`, ...embeds].join('\n');
}

/** Each page's policy as last read (an index into `policies`), with the size and time of its file. */
interface Known {
  policies: string[];
  pages: Record<string, [size: number, mtimeMs: number, policy: number]>;
}

export function staticHeaders(): AstroIntegration {
  let knownFile = '';
  return {
    name: 'fs:static-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        knownFile = path.join(fileURLToPath(config.cacheDir), 'page-policies.json');
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        const known: Known = await readFile(knownFile, 'utf8')
          .then((text) => JSON.parse(text) as Known)
          .catch(() => ({ policies: [], pages: {} }));
        const now: Known = { policies: [], pages: {} };
        const policies = new Map<string, number>();
        // Every page this build made, rendered or kept (listing the output folder took seconds).
        const pages = [
          ...new Set([...assets.values()].flat().map((url) => path.relative(out, fileURLToPath(url)))),
        ].filter((file) => file.endsWith('.html'));
        for (let i = 0; i < pages.length; i += BATCH) {
          const batch = pages.slice(i, i + BATCH);
          const found = await Promise.all(
            batch.map(async (file) => {
              const { size, mtimeMs } = statSync(path.join(out, file));
              const last = known.pages[file];
              const unchanged = last && last[0] === size && last[1] === mtimeMs;
              const csp = unchanged
                ? known.policies[last[2]]
                : (await policyOf(path.join(out, file)))?.replace(/&#39;/g, "'");
              if (!csp) throw new Error(`${file} has no Content-Security-Policy <meta>`);
              return { file, size, mtimeMs, csp };
            }),
          );
          for (const { file, size, mtimeMs, csp } of found) {
            if (!policies.has(csp)) policies.set(csp, policies.size);
            now.pages[file] = [size, mtimeMs, policies.get(csp)!];
          }
        }
        now.policies = [...policies.keys()];
        await mkdir(path.dirname(knownFile), { recursive: true });
        await writeFile(knownFile, JSON.stringify(now));
        const headersFile = path.join(out, '_headers');
        const base = await readFile(headersFile, 'utf8').catch(() => '');
        const policy = sitePolicy(policies.keys());
        await writeFile(headersFile, `${base.trimEnd()}\n\n${headerRules(policy)}`);
        logger.info(`_headers: one Content-Security-Policy covering ${pages.length} pages`);
      },
    },
  };
}
