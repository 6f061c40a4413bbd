/**
 * Completes dist/_headers (copied from public/_headers) with the Content-Security-Policy that
 * Astro wrote into each page's <meta>, plus frame-ancestors, which a <meta> policy cannot set.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/;

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
        for (const file of await readdir(out, { recursive: true })) {
          if (!file.endsWith('.html')) continue;
          const csp = META.exec(await readFile(path.join(out, file), 'utf8'))?.[1];
          if (!csp) throw new Error(`${file} has no Content-Security-Policy <meta>`);
          const route = `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, '');
          policies.set(route, csp.replace(/&#39;/g, "'"));
        }
        const headersFile = path.join(out, '_headers');
        const base = await readFile(headersFile, 'utf8').catch(() => '');
        await writeFile(headersFile, `${base.trimEnd()}\n\n${cspRules(policies)}`);
        logger.info(`_headers: Content-Security-Policy for ${policies.size} pages`);
      },
    },
  };
}
