/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // The machines have two cores.
    maxWorkers: 2,
    projects: [
      // Pure modules and the content check: no site build needed.
      // One file at a time: the content tests run real builds, and two builds in one project
      // folder overwrite each other's generated code in .astro/.
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          fileParallelism: false,
        },
      },
      // The built site as a reader meets it: built once and served (tests/support/global-setup.ts).
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
    ],
  },
});
