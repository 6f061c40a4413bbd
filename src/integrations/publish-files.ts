/**
 * Writes generated files into a folder that rebuilds keep (keep-built-pages.ts): a file already
 * there with the same bytes is left alone, and files no longer generated are deleted. The search
 * index and the oEmbed files are written so: most of their tens of thousands of files are the same
 * from one build to the next, and creating them all anew would cost seconds.
 */
import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from './list-files.ts';

/** Files written at once. */
const BATCH = 64;

export interface GeneratedFile {
  /** Relative to the folder. */
  path: string;
  content: Uint8Array;
}

/** Makes `dir` hold exactly `files`; returns how many were written. */
export async function publishFiles(dir: string, files: GeneratedFile[]): Promise<number> {
  const before = new Set(listFiles(dir));
  // Read synchronously: for 22,000 small files, four times as fast as reading them in parallel.
  const unchanged = (file: string, content: Uint8Array) =>
    before.has(file) &&
    Buffer.from(content.buffer, content.byteOffset, content.byteLength).equals(readFileSync(path.join(dir, file)));
  const changed = files.filter(({ path: file, content }) => !unchanged(file, content));
  for (let i = 0; i < changed.length; i += BATCH) {
    await Promise.all(
      changed.slice(i, i + BATCH).map(async ({ path: file, content }) => {
        await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
        await writeFile(path.join(dir, file), content);
      }),
    );
  }
  const now = new Set(files.map((f) => f.path));
  await Promise.all([...before].filter((f) => !now.has(f)).map((f) => rm(path.join(dir, f), { force: true })));
  return changed.length;
}
