// Astro.locals.page: the page's data, set by its page component for the components inside it
// (src/lib/page-data/page.ts), as Starlight sets Astro.locals.starlightRoute.
// https://docs.astro.build/en/guides/middleware/#storing-data-in-contextlocals
declare namespace App {
  interface Locals {
    page?: import('./lib/page-data/page.ts').PageLocals;
  }
}
