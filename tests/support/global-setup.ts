/**
 * Builds the site twice and serves both on loopback, so build and browser tests meet the site as a
 * reader does: once from the test fixture (tests/fixtures/content-valid), which code tests assert
 * on, and once from the real content/, which only the smoke tests read. An editor's change to
 * content/ can then break no code test. Tests read folders and URLs with inject().
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, buildFolder } from './build.ts';
import { FIXTURE_CONTENT, REAL_CONTENT } from './site.ts';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fixture site. */
    distDir: string;
    baseUrl: string;
    buildOutput: string;
    /** The real site. */
    realDistDir: string;
    realBaseUrl: string;
    realBuildOutput: string;
    realBuildCode: number | null;
  }
}

export default async function setup(project: TestProject) {
  const root = await buildFolder('fs-sites-');
  // One after the other: two builds in one project folder would share its .astro/ folder.
  const fixture = await astroBuild(path.join(root, 'fixture'), FIXTURE_CONTENT);
  if (fixture.code !== 0) throw new Error(`The fixture site did not build:\n${fixture.output}`);
  // The real content failing to build fails the smoke test only (tests/smoke/), never a code test.
  const real = await astroBuild(path.join(root, 'real'), REAL_CONTENT);
  const fixtureServer = await serveStatic(path.join(root, 'fixture'));
  const realServer = await serveStatic(path.join(root, 'real'));
  project.provide('distDir', path.join(root, 'fixture'));
  project.provide('baseUrl', fixtureServer.baseUrl);
  project.provide('buildOutput', fixture.output);
  project.provide('realDistDir', path.join(root, 'real'));
  project.provide('realBaseUrl', realServer.baseUrl);
  project.provide('realBuildOutput', real.output);
  project.provide('realBuildCode', real.code);
  return async () => {
    fixtureServer.server.close();
    realServer.server.close();
    await rm(root, { recursive: true, force: true });
  };
}
