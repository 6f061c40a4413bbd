/**
 * Builds the site once into a temporary folder and serves it on loopback, so build and
 * browser tests meet the site as a reader does. Tests read the folder and URL with inject().
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild } from './build.ts';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    baseUrl: string;
    buildOutput: string;
  }
}

export default async function setup(project: TestProject) {
  const distDir = await mkdtemp(path.join(os.tmpdir(), 'fs-dist-'));
  const { code, output } = await astroBuild(distDir);
  if (code !== 0) throw new Error(`The site did not build:\n${output}`);
  const { server, baseUrl } = await serveStatic(distDir);
  project.provide('distDir', distDir);
  project.provide('baseUrl', baseUrl);
  project.provide('buildOutput', output);
  return async () => {
    server.close();
    await rm(distDir, { recursive: true, force: true });
  };
}
