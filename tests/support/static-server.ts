/**
 * A minimal static file server for a built site, as a static host would serve dist/, with the
 * headers of dist/_headers (so browser tests meet its Content-Security-Policy too).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

type HeaderRule = { pattern: string; headers: [string, string][]; detach: string[] };

/**
 * The rules of a _headers file, as Cloudflare Pages reads them: a path (`*` matches the rest),
 * indented `Name: value` lines, and `! Name` lines that remove a header a broader rule set.
 */
async function headerRules(root: string): Promise<HeaderRule[]> {
  const rules: HeaderRule[] = [];
  const text = await readFile(path.join(root, '_headers'), 'utf8').catch(() => '');
  for (const line of text.split('\n')) {
    if (line.startsWith('/')) rules.push({ pattern: line.trim(), headers: [], detach: [] });
    const rule = rules.at(-1);
    if (!rule) continue;
    const detach = /^\s+!\s*([\w-]+)\s*$/.exec(line);
    if (detach) rule.detach.push(detach[1]!.toLowerCase());
    const header = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (header) rule.headers.push([header[1]!.toLowerCase(), header[2]!]);
  }
  return rules;
}

/** A path's headers: every matching rule in order; a header set twice is joined, as hosts do. */
function headersFor(rules: HeaderRule[], urlPath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const { pattern } = rule;
    if (!(pattern.endsWith('*') ? urlPath.startsWith(pattern.slice(0, -1)) : urlPath === pattern)) continue;
    for (const name of rule.detach) delete headers[name];
    for (const [name, value] of rule.headers) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const clean = path.normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
  const candidate = path.join(root, clean);
  if (!candidate.startsWith(root)) return undefined;
  for (const file of [candidate, path.join(candidate, 'index.html')]) {
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) return file;
  }
  return undefined;
}

/** Serves `root` on a free loopback port; resolves to the server and its base URL. */
export async function serveStatic(root: string): Promise<{ server: Server; baseUrl: string }> {
  const rules = await headerRules(root);
  const server = createServer(async (req, res) => {
    const headers = headersFor(rules, (req.url ?? '/').split('?')[0]!);
    const file = await resolveFile(root, req.url ?? '/');
    if (!file) {
      const notFound = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('Not found'));
      res.writeHead(404, { ...headers, 'content-type': TYPES['.html']! }).end(notFound);
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return { server, baseUrl: `http://127.0.0.1:${address.port}` };
}
