/**
 * Small fixture catalogs for bad-input tests: a copy of tests/fixtures/catalog in a
 * temporary folder, with entries added, replaced or removed. `content/` is never touched.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_CATALOG = fileURLToPath(new URL('../fixtures/catalog/', import.meta.url));
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface FixtureCatalog {
  root: string;
  /** Path of an entry file in the fixture. */
  entry(slug: string): string;
  /** Write `content` as content/apps/<slug>.md (front matter and body, verbatim). */
  write(slug: string, content: string): string;
  remove(): void;
}

export function fixtureCatalog(): FixtureCatalog {
  const root = mkdtempSync(path.join(tmpdir(), 'scim-catalog-fixture-'));
  cpSync(FIXTURE_CATALOG, root, { recursive: true });
  const entry = (slug: string) => path.join(root, 'apps', `${slug}.md`);
  return {
    root,
    entry,
    write(slug, content) {
      writeFileSync(entry(slug), content);
      return entry(slug);
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A minimal valid entry's front matter lines, to edit in tests. */
export function entryText(lines: string[], body = ''): string {
  return `---\n${lines.join('\n')}\n---\n${body}`;
}

export const VALID_ENTRY_LINES = [
  'name: Gamma',
  'vendorUrl: https://gamma.example/',
  'category: analytics',
  'scim:',
  '  availability: native',
  '  plan: Business',
  'plans:',
  '  - name: Basic',
  '    price: { unit: flat-month, amount: 100 }',
  '  - name: Business',
  '    price: { unit: flat-month, amount: 400 }',
  '    scim: true',
  'related: [alpha]',
  'sources:',
  '  - title: Gamma pricing',
  '    url: https://gamma.example/pricing',
  'provenance:',
  '  method: draft',
  'lastVerified: 2026-01-01',
];
