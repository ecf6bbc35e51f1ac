/**
 * npm run import -- <data.csv> [--notes <research-notes.md>] [--ssotax <dir>]
 *                   [--categories <tsv>] [--date YYYY-MM-DD] [--content <dir>] [--force] [--dry-run]
 *
 * Drafts content/apps/<slug>.md for every row of a SCIM Tax Index CSV, adding SSO facts
 * from ssotax.org's vendor files when a directory is given. Existing entries are left
 * alone; --force replaces only drafts that still carry the draft marker line, so
 * hand-written and hand-checked entries survive a re-import. Every draft is
 * checked against the entry schema before it is written. Nothing here runs at build time.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { readVocabulary } from '../src/node/catalog-files.ts';
import { splitFrontMatter } from '../src/lib/front-matter.ts';
import { createAppSchema } from '../src/schema/app.ts';
import { parseCsvRecords } from './import/csv.ts';
import { draftEntry, type IndexRow } from './import/draft-entry.ts';
import { noteKey, parseResearchNotes, type ResearchNote } from './import/research-notes.ts';
import { matchSsotax, parseSsotax, type SsotaxVendor } from './import/ssotax.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    ssotax: { type: 'string' },
    notes: { type: 'string' },
    categories: { type: 'string', default: 'scripts/import/vendor-categories.tsv' },
    date: { type: 'string', default: '2026-04-02' },
    content: { type: 'string', default: process.env.SCIM_CATALOG_CONTENT ?? 'content' },
    force: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
  },
});

/** Points editors' YAML tooling at the generated JSON Schema. */
const SCHEMA_MODELINE = '# yaml-language-server: $schema=../../public/schema/app.schema.json';
/** A draft says so in its provenance until someone checks it; only drafts may be replaced. */
const isDraft = (file: string) => (splitFrontMatter(readFileSync(file, 'utf8')).data as { provenance?: { method?: string } }).provenance?.method === 'draft';

const csvPath = positionals[0];
if (!csvPath) {
  console.error('Usage: npm run import -- <data.csv> [--ssotax <dir>] [--categories <tsv>] [--date YYYY-MM-DD] [--force] [--dry-run]');
  process.exit(2);
}

const rows = parseCsvRecords(readFileSync(csvPath, 'utf8')) as unknown as IndexRow[];
const categories = new Map(
  readFileSync(values.categories, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => line.split('\t') as [string, string]),
);
const ssotax: SsotaxVendor[] = [];
if (values.ssotax) {
  for (const file of readdirSync(values.ssotax).filter((name) => name.endsWith('.yaml')).sort()) {
    ssotax.push(...parseSsotax(readFileSync(path.join(values.ssotax, file), 'utf8'), file.includes('friendly') ? 'friendly' : 'tax'));
  }
}

const research: Map<string, ResearchNote> = values.notes ? parseResearchNotes(readFileSync(values.notes, 'utf8')) : new Map();

const schema = createAppSchema(readVocabulary(path.resolve(values.content)));
const appsDir = path.join(values.content, 'apps');
mkdirSync(appsDir, { recursive: true });

let written = 0;
let skipped = 0;
let invalid = 0;
for (const row of rows) {
  const file = path.join(appsDir, `${row.slug}.md`);
  // --force replaces only untouched drafts: a file without the marker line is an editor's.
  if (existsSync(file) && (!values.force || !isDraft(file))) {
    skipped++;
    continue;
  }
  const category = categories.get(row.slug);
  if (!category) {
    console.error(`${row.slug}: no category in ${values.categories}; add a line "${row.slug}<TAB><category>".`);
    invalid++;
    continue;
  }
  const entry = draftEntry(row, {
    category,
    date: values.date,
    research: research.get(noteKey(row.vendor)),
    ssotax: matchSsotax(ssotax, row.slug, row.vendor, row.pricing_page_url),
  });
  const check = schema.safeParse(entry);
  if (!check.success) {
    console.error(`${row.slug}: the draft does not fit the schema: ${check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    invalid++;
    continue;
  }
  if (!values['dry-run']) writeFileSync(file, `---\n${SCHEMA_MODELINE}\n${stringify(entry, { lineWidth: 0 })}---\n`);
  written++;
}
console.log(`${values['dry-run'] ? 'would write' : 'wrote'} ${written}, kept ${skipped} existing, ${invalid} not drafted`);
process.exit(invalid > 0 ? 1 : 0);
