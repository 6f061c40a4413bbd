/**
 * Vite wraps every dynamic import in a preload helper (about 0.9 KB gzip) that preloads the
 * imported chunk's dependencies. Astro sets `build.modulePreload` itself, so turning it off in
 * our config does not remove the helper. Our one dynamic import, the chart runtime, is a single
 * chunk without CSS, so the helper only costs bytes on every article page: this plugin calls
 * the import directly, and the unused (pure) helper is dropped by the minifier.
 * If a lazily loaded module ever imports CSS, remove this plugin: the helper loads that CSS.
 */
import type { Plugin } from 'vite';

export function noPreloadHelper(): Plugin {
  return {
    name: 'fs:no-preload-helper',
    enforce: 'post',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    renderChunk(code) {
      if (!code.includes('__vitePreload(')) return null;
      const calls = code.replaceAll('__vitePreload(', '__fsImport(');
      // When several entries share the helper it lives in its own chunk: drop the import of it too.
      const withoutHelper = calls.replace(/^import[^;]*preload-helper[^;]*;\n?/gm, '');
      return { code: `${withoutHelper}\nfunction __fsImport(load) { return load(); }\n`, map: null };
    },
  };
}
