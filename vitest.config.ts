/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's config runs the content check; tests run it on the fixture, so no edit of content/ can
// stop a code test from starting. Builds in tests name their content folder themselves.
process.env['FS_CONTENT_DIR'] ??= 'tests/fixtures/content-valid';

export default getViteConfig({
  test: {
    // Limits for a hang, not for speed: a busy machine may take several times as long as an idle
    // one, and that must not fail a test (timings belong in npm run bench).
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // The machines have two cores.
    maxWorkers: 2,
    projects: [
      // Pure modules and the content check as direct calls: nothing is built.
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      // The built sites as a reader meets them: the fixture site (code tests) and the real one
      // (tests/smoke/), each built once and served (tests/support/global-setup.ts).
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts', 'tests/smoke/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
      // Real builds of changed content (failing builds, incremental rebuilds), one file at a time:
      // two builds in one project folder would overwrite each other's generated code in .astro/.
      {
        extends: true,
        test: { name: 'builds', include: ['tests/content/**/*.test.ts'], fileParallelism: false },
      },
    ],
  },
});
