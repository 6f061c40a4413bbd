/** Runs the real `astro build` into a folder, optionally on another content folder. */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';

/**
 * A new folder inside the project (.tmp/, which git ignores) to build into: a build empties its
 * output folder, and only one inside the project (src/integrations/keep-built-pages.ts).
 */
export async function buildFolder(prefix: string): Promise<string> {
  await mkdir(path.resolve('.tmp'), { recursive: true });
  return mkdtemp(path.resolve('.tmp', prefix));
}

export interface BuildResult {
  code: number | null;
  output: string;
}

export function astroBuild(outDir: string, contentDir?: string): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['astro', 'build'], {
      cwd: process.cwd(),
      env: {
        ...process.env,
        FS_OUT_DIR: outDir,
        ...(contentDir ? { FS_CONTENT_DIR: contentDir, FS_ASTRO_CACHE_DIR: `${outDir}-astro-cache` } : {}),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}
