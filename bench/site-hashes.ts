/**
 * node bench/site-hashes.ts [dist] [--pages] — one line per file of a built site: its
 * SHA-256 and path, sorted. Diff two runs to prove a speed-up left the output unchanged:
 *   node bench/site-hashes.ts > before.txt; (optimise, build); node bench/site-hashes.ts > after.txt; diff before.txt after.txt
 * A change to code that also ships to the browser renames its bundle in _astro/; --pages
 * leaves _astro/ out and reads every other file with the bundles' content hashes taken
 * out of their names, so only what the pages say is compared.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const pagesOnly = args.includes('--pages');
const dist = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? process.env.SCIM_CATALOG_OUT ?? 'dist');
const TEXT = /\.(html|xml|json|txt|css|js|svg|csv)$|_headers$/;
const files: string[] = [];
const walk = (dir: string) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else files.push(full);
  }
};
walk(dist);
for (const file of files.sort()) {
  const relative = path.relative(dist, file);
  if (pagesOnly && relative.startsWith('_astro')) continue;
  let body: Buffer | string = readFileSync(file);
  if (pagesOnly && TEXT.test(relative)) body = body.toString('utf8').replace(/(\/_astro\/[^"'\s)]*?)\.[A-Za-z0-9_-]{8}\.(js|css)/g, '$1.$2');
  console.log(`${createHash('sha256').update(body).digest('hex')}  ${relative}`);
}
