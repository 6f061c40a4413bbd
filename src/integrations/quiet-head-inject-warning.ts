/**
 * Rolldown warns that Astro's "use astro:head-inject" marker in every compiled MDX file "may not
 * be preserved when bundling": one multi-line warning per sheet and language (2,000 at 1,000
 * sheets), about a marker Astro reads before bundling. Known and harmless (issue below). Only
 * that warning is dropped; other module-level directives still warn.
 */
// https://github.com/withastro/astro/issues/18087
import type { Plugin } from 'vite';

export function quietHeadInjectWarning(): Plugin {
  return {
    name: 'fs:quiet-head-inject-warning',
    onLog(_level, log) {
      if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return false;
      return undefined;
    },
  };
}
