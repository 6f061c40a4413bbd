/**
 * Completes dist/_headers (copied from public/_headers) with the Content-Security-Policy that
 * Astro wrote into each page's <meta>, plus frame-ancestors, which a <meta> policy cannot set.
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

/** The header lines for each page's policy: one `/*` rule when every page has the same policy. */
export function cspRules(policies: Map<string, string>): string {
  const unique = new Set(policies.values());
  const header = (csp: string) => `  Content-Security-Policy: ${csp.trim().replace(/;$/, '')}; frame-ancestors 'none'`;
  if (unique.size === 1) return `/*\n${header([...unique][0]!)}\n`;
  return [...policies].map(([route, csp]) => `${route}\n${header(csp)}\n`).join('');
}

export function staticHeaders(): AstroIntegration {
  return {
    name: 'fs:static-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies = new Map<string, string>();
        const pages = (await readdir(out, { recursive: true })).filter((file) => file.endsWith('.html'));
        for (let i = 0; i < pages.length; i += BATCH) {
          const batch = pages.slice(i, i + BATCH);
          const found = await Promise.all(batch.map((file) => policyOf(path.join(out, file))));
          batch.forEach((file, j) => {
            const csp = found[j];
            if (!csp) throw new Error(`${file} has no Content-Security-Policy <meta>`);
            const route = `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, '');
            policies.set(route, csp.replace(/&#39;/g, "'"));
          });
        }
        const headersFile = path.join(out, '_headers');
        const base = await readFile(headersFile, 'utf8').catch(() => '');
        await writeFile(headersFile, `${base.trimEnd()}\n\n${cspRules(policies)}`);
        logger.info(`_headers: Content-Security-Policy for ${policies.size} pages`);
      },
    },
  };
}
