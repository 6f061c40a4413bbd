/**
 * Astro's collections of sheets take the records the content check read and validated, so the
 * frontmatter is parsed by one parser against one schema; Astro keeps only what it needs to render
 * each MDX body (its file, for a deferred render). Under the dev server, a change under content/
 * checks the content again and reloads the sheets.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { checkedContent, contentChanged, contentDir } from './checked.ts';

/** The English sheets (content/articles/) or their Spanish twins (content/es/articles/). */
export function checkedSheets(kind: 'articles' | 'articlesEs'): Loader {
  return {
    name: `checked-${kind}`,
    load: async ({ config, store, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const content = await checkedContent(root);
        const ids = new Set<string>();
        for (const sheet of content[kind]) {
          ids.add(sheet.id);
          const file = path.isAbsolute(sheet.file) ? sheet.file : path.join(root, sheet.file);
          // Astro wants the path relative to the project, with / between folders, even outside it (tests).
          const filePath = path.relative(root, file).split(path.sep).join('/');
          const digest = generateDigest(JSON.stringify([sheet.data, sheet.body]));
          // An entry kept from the last build is not set again, but its MDX must still be imported to
          // render (as Astro's glob loader does); without this, a rebuild failed to render the sheet.
          const kept = store.get(sheet.id);
          if (kept?.digest === digest && kept.filePath === filePath) {
            store.addModuleImport(filePath);
            continue;
          }
          store.set({ id: sheet.id, data: sheet.data, body: sheet.body, filePath, digest, deferredRender: true });
        }
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      };
      await sync();
      const dir = contentDir(root);
      watcher?.add(dir);
      watcher?.on('all', (_event, changed) => {
        if (!changed.startsWith(dir + path.sep)) return;
        contentChanged();
        sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
