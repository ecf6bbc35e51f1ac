/**
 * A small static server for the built site, used by the browser tests and benchmarks. It
 * answers like a static host (GitHub Pages, Netlify): /path/ serves /path/index.html,
 * unknown paths get 404.html with status 404, text is gzipped for clients that accept it,
 * and Astro's hashed assets are cached for a year, everything else for ten minutes.
 * Usage: node scripts/serve-dist.ts [--port 4329] [--dir dist]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PREVIEW_PORT ?? '4329' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: process.env.SCIM_CATALOG_OUT ?? 'dist' },
  },
});
const root = path.resolve(values.dir);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

function fileFor(urlPath: string): string | null {
  const decoded = decodeURIComponent(urlPath);
  const target = path.resolve(root, `.${decoded}`);
  if (!target.startsWith(root)) return null; // no climbing out of dist/
  const candidates = decoded.endsWith('/') ? [path.join(target, 'index.html')] : [target, path.join(target, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

/** Headers from dist/_headers ("/*" rules only), sent as a host that reads the file would. */
function hostHeaders(): Record<string, string> {
  const file = path.join(root, '_headers');
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (match) headers[match[1]!] = match[2]!;
  }
  return headers;
}
const extraHeaders = hostHeaders();

/** Types a static host compresses; pagefind's own files and images are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.csv']);
const gzipped = new Map<string, Buffer>();

function cacheControl(urlPath: string): string {
  return urlPath.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=600';
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const file = fileFor(url.pathname);
  if (file && !url.pathname.endsWith('/') && file.endsWith(`${path.sep}index.html`) && !url.pathname.endsWith('index.html')) {
    response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const served = file ?? path.join(root, '404.html');
  const headers = { ...extraHeaders, 'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream', 'cache-control': cacheControl(url.pathname) };
  if (COMPRESSIBLE.has(path.extname(served)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
    let body = gzipped.get(served);
    if (!body) gzipped.set(served, (body = gzipSync(readFileSync(served))));
    response.writeHead(file ? 200 : 404, { ...headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding', 'content-length': body.length }).end(body);
    return;
  }
  response.writeHead(file ? 200 : 404, headers);
  createReadStream(served).pipe(response);
}).listen(Number(values.port), values.host, () => {
  console.log(`Serving ${root} at http://${values.host}:${values.port}/`);
});
