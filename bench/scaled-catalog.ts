/**
 * The real catalog grown to N apps for page benchmarks (search transfer, Lighthouse):
 * every real entry, then copies of real entries under new slugs and names until there are
 * N. Unlike bench/synthetic.ts, the pages carry real prose, tables and matrices, so page
 * weight and index size are what 1,000 real apps would give. Deterministic for a given N.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { splitFrontMatter } from '../src/lib/front-matter.ts';

export function writeScaledCatalog(target: string, n: number, contentRoot = 'content'): number {
  mkdirSync(path.join(target, 'apps'), { recursive: true });
  for (const file of readdirSync(contentRoot).filter((name) => name.endsWith('.yaml'))) {
    copyFileSync(path.join(contentRoot, file), path.join(target, file));
  }
  const sources = readdirSync(path.join(contentRoot, 'apps')).filter((name) => name.endsWith('.md')).sort();
  for (const file of sources) copyFileSync(path.join(contentRoot, 'apps', file), path.join(target, 'apps', file));
  for (let copy = 1; sources.length + copy <= n; copy++) {
    const file = sources[(copy * 7) % sources.length]!;
    const { data, body } = splitFrontMatter(readFileSync(path.join(contentRoot, 'apps', file), 'utf8'));
    const slug = `${file.replace(/\.md$/, '')}-copy-${copy}`;
    // A copy is a new app: its own name, no former names, and no claim on the data set's row.
    data.name = `${String(data.name)} Copy ${copy}`;
    delete data.aliases;
    const provenance = data.provenance as Record<string, unknown> | undefined;
    if (provenance?.dataset) delete provenance.dataset;
    if (provenance?.method === 'research-dataset') provenance.method = 'draft';
    writeFileSync(path.join(target, 'apps', `${slug}.md`), `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`);
  }
  return Math.max(n, sources.length);
}
