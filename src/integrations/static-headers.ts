/**
 * Completes dist/_headers (copied from public/_headers) with a Content-Security-Policy made from
 * the ones Astro wrote into each page's <meta>, plus frame-ancestors, which a <meta> cannot set.
 */
import { open, readdir, readFile, writeFile } from 'node:fs/promises';
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

export function staticHeaders(): AstroIntegration {
  return {
    name: 'fs:static-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies = new Set<string>();
        const pages = (await readdir(out, { recursive: true })).filter((file) => file.endsWith('.html'));
        for (let i = 0; i < pages.length; i += BATCH) {
          const batch = pages.slice(i, i + BATCH);
          const found = await Promise.all(batch.map((file) => policyOf(path.join(out, file))));
          batch.forEach((file, j) => {
            const csp = found[j];
            if (!csp) throw new Error(`${file} has no Content-Security-Policy <meta>`);
            policies.add(csp.replace(/&#39;/g, "'"));
          });
        }
        const headersFile = path.join(out, '_headers');
        const base = await readFile(headersFile, 'utf8').catch(() => '');
        const policy = `${sitePolicy(policies)}; frame-ancestors 'none'`;
        await writeFile(headersFile, `${base.trimEnd()}\n\n/*\n  Content-Security-Policy: ${policy}\n`);
        logger.info(`_headers: one Content-Security-Policy covering ${pages.length} pages`);
      },
    },
  };
}
