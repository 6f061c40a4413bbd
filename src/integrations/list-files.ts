/**
 * The files under a folder, as paths relative to it. A synchronous walk: on an output folder of
 * 118,000 files (1,000 sheets) it takes 0.5 s, where `readdir({ recursive: true })` took 2.7 s.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** `skip`: folders (relative paths) not to look into. A missing folder has no files. */
export function listFiles(dir: string, skip: ReadonlySet<string> = new Set()): string[] {
  const files: string[] = [];
  const walk = (rel: string) => {
    let entries;
    try {
      entries = readdirSync(path.join(dir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = rel ? path.join(rel, entry.name) : entry.name;
      if (entry.isDirectory()) {
        if (!skip.has(child)) walk(child);
      } else files.push(child);
    }
  };
  walk('');
  return files;
}
