/**
 * The built site as the site-wide checks see it: every HTML page in dist/, found by
 * walking the folder, so pages that later features add are checked without edits here.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './catalog.ts';

export const DIST = path.resolve(PROJECT_ROOT, process.env.SCIM_CATALOG_OUT ?? 'dist');

export interface BuiltPage {
  /** Absolute path of the HTML file. */
  file: string;
  /** The URL path a server answers with this file: /apps/slack/ or /404.html. */
  url: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((dirent) => {
    const full = path.join(dir, dirent.name);
    return dirent.isDirectory() ? walk(full) : [full];
  });
}

export function assertBuilt(): void {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`No built site in ${DIST}. Run "npm run build" before the tests.`);
  }
}

export function builtPages(): BuiltPage[] {
  assertBuilt();
  return walk(DIST)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const relative = path.relative(DIST, file).split(path.sep).join('/');
      const url = relative.endsWith('index.html') ? `/${relative.slice(0, -'index.html'.length)}` : `/${relative}`;
      return { file, url };
    });
}

/**
 * One page of each kind: pages are grouped by their first path segment and depth
 * (/apps/x/ and /apps/y/ are one kind; /compare/ and /compare/a-vs-b/ are two), and the
 * largest page of each group stands for it, since it renders the most components. New
 * page kinds are picked up as they appear.
 */
export function pageKinds(pages = builtPages()): Map<string, BuiltPage> {
  const kinds = new Map<string, BuiltPage & { size: number }>();
  for (const page of pages) {
    const segments = page.url.split('/').filter(Boolean);
    const key = `${segments[0] ?? '(home)'}:${segments.length}`;
    const size = statSync(page.file).size;
    const current = kinds.get(key);
    if (!current || size > current.size) kinds.set(key, { ...page, size });
  }
  return new Map([...kinds].map(([key, { file, url }]) => [key, { file, url }]));
}

/** Where a site-relative URL path lands in dist/, or null when no file answers it. */
export function resolveInDist(urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/')
    ? [path.join(DIST, clean, 'index.html')]
    : [path.join(DIST, clean), path.join(DIST, clean, 'index.html'), path.join(DIST, `${clean}.html`)];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? null;
}
