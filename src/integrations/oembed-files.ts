/**
 * Writes the oEmbed file of every published fact and chart (src/lib/embeds.ts) from the checked
 * content, in place as the search index is (publish-files.ts): a rebuild after one edit rewrites a
 * few files instead of having Astro go through 24,000 routes (1,000 sheets). The dev server
 * answers the same files from the content as it stands.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkedContent } from '../lib/content/checked.ts';
import { oembedFolders } from '../lib/embeds.ts';
import { publishFiles } from './publish-files.ts';

const encoder = new TextEncoder();

export function oembedFiles(): AstroIntegration {
  let root = '';
  let site = '';
  return {
    name: 'fs:oembed-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        if (!config.site) throw new Error('oEmbed files need the site address (`site` in astro.config.mjs)');
        site = config.site;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const wanted = decodeURIComponent((req.url ?? '').split('?')[0]!).slice(1);
          if (!/(^|\/)oembed\//.test(wanted)) return next();
          checkedContent(root).then((content) => {
            for (const { folder, files } of oembedFolders(content, site)) {
              const file = files.find((f) => `${folder}${f.path}` === wanted);
              if (file) return void res.setHeader('content-type', 'application/json').end(file.json);
            }
            next();
          }, next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        let total = 0;
        let written = 0;
        for (const { folder, files } of oembedFolders(await checkedContent(root), site)) {
          total += files.length;
          written += await publishFiles(
            path.join(out, folder),
            files.map((f) => ({ path: f.path, content: encoder.encode(f.json) })),
          );
        }
        logger.info(`oEmbed files: ${total}, ${written} of them new or changed`);
      },
    },
  };
}
