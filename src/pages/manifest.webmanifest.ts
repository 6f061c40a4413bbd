import type { APIRoute } from 'astro';
import { SITE, THEME } from '../lib/site.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: SITE.name,
        short_name: 'Fact Sheets',
        description: SITE.tagline,
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: THEME.light,
        background_color: THEME.background,
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      null,
      2,
    ),
    { headers: { 'content-type': 'application/manifest+json' } },
  );
