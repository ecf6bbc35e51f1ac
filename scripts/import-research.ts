/**
 * npm run import:research -- <file.json | folder>… [--content <dir>] [--dry-run]
 *
 * Turns SCIM Tax Index research files (research/2026-09/vendors/<slug>.json) or editors'
 * extracts of them into catalog entries (see scripts/import/research.ts for the mapping).
 *
 * - A vendor already in the catalog keeps its slug: it is matched by slug, by the data
 *   set slug its entry records, by name or by a former name.
 * - An entry nobody has checked (provenance draft or research-dataset), or no entry at
 *   all, is written from the research, keeping the entry's related apps, logo and body.
 * - An entry an editor checked against the vendor's documentation keeps every fact it
 *   has; the research only fills gaps (IdP cell sources, the SCIM docs link,
 *   deprovisioning details, aliases) and records the data set's row. Where the two
 *   disagree on the status the command says so: an editor then writes the statusNote.
 *
 * Every entry is checked against the schema before it is written. It reads only the
 * paths it is given; nothing here runs at build time.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Document, isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import { readVocabulary } from '../src/lib/catalog-files.ts';
import { splitFrontMatter } from '../src/lib/front-matter.ts';
import { createAppSchema } from '../src/schema/app.ts';
import { draftFromResearch, enrichChecked, readResearch, ResearchFormatError, type ResearchFacts } from './import/research.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    content: { type: 'string', default: process.env.SCIM_CATALOG_CONTENT ?? 'content' },
    'dry-run': { type: 'boolean', default: false },
  },
});
if (!positionals.length) {
  console.error('Usage: npm run import:research -- <research.json | folder>… [--content <dir>] [--dry-run]');
  process.exit(2);
}

const SCHEMA_MODELINE = '# yaml-language-server: $schema=../../public/schema/app.schema.json';
const files = positionals.flatMap((input) =>
  statSync(input).isDirectory() ? readdirSync(input).filter((name) => name.endsWith('.json')).sort().map((name) => path.join(input, name)) : [input],
);
const vocabulary = readVocabulary(path.resolve(values.content));
const schema = createAppSchema(vocabulary);
const appsDir = path.join(values.content, 'apps');

const normalise = (name: string) => name.toLowerCase().replace(/\(.*?\)/g, '').replace(/[^a-z0-9]/g, '');

/** Our entries, by every key a research file might be matched on. */
function catalogIndex() {
  const bySlug = new Map<string, string>();
  const byKey = new Map<string, string>();
  for (const file of readdirSync(appsDir).filter((name) => name.endsWith('.md'))) {
    const slug = file.slice(0, -3);
    const data = splitFrontMatter(readFileSync(path.join(appsDir, file), 'utf8')).data as Record<string, any>;
    bySlug.set(slug, slug);
    const datasetSlug = data.provenance?.dataset?.slug;
    if (datasetSlug) byKey.set(`slug:${datasetSlug}`, slug);
    for (const name of [data.name, ...(data.aliases ?? [])]) if (typeof name === 'string') byKey.set(`name:${normalise(name)}`, slug);
  }
  return (facts: ResearchFacts) =>
    byKey.get(`slug:${facts.slug}`) ?? bySlug.get(facts.slug) ?? byKey.get(`name:${normalise(facts.vendor)}`) ?? facts.aliases.map((alias) => byKey.get(`name:${normalise(alias)}`)).find(Boolean);
}

/** YAML with prices, operations and sources written inline, as editors write them. */
function toYaml(data: Record<string, unknown>): string {
  const doc = new Document(data);
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (['price', 'operations', 'source', 'estimate', 'extraSeat', 'dataset'].includes(key) && isMap(pair.value)) pair.value.flow = true;
      if (['protocols', 'via', 'aliases'].includes(key) && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

const ourSlug = catalogIndex();
const counts = { written: 0, enriched: 0, invalid: 0, unreadable: 0, disagree: 0 };
for (const file of files) {
  let facts: ResearchFacts;
  try {
    facts = readResearch(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    console.error(`${file}: ${error instanceof ResearchFormatError || error instanceof SyntaxError ? error.message : String(error)}`);
    counts.unreadable++;
    continue;
  }
  const slug = ourSlug(facts) ?? facts.slug.replace(/\./g, '-');
  const target = path.join(appsDir, `${slug}.md`);
  const existing = existsSync(target) ? splitFrontMatter(readFileSync(target, 'utf8')) : null;
  const method = (existing?.data as Record<string, any> | undefined)?.provenance?.method;

  // Only an editor's check is kept; drafts and earlier imports of research are rewritten.
  if (existing && method === 'vendor-docs') {
    const { additions, agrees } = enrichChecked(existing.data, facts);
    // Edit the editor's YAML in place, so its comments and layout survive.
    const doc = parseDocument(existing.yaml);
    for (const [key, value] of Object.entries((additions.scim ?? {}) as Record<string, unknown>)) if (!doc.hasIn(['scim', key])) doc.setIn(['scim', key], value);
    if (additions.aliases && !doc.has('aliases')) doc.set('aliases', additions.aliases);
    ((additions.idpSources ?? []) as (Record<string, string> | null)[]).forEach((source, index) => {
      if (source && !doc.hasIn(['idps', index, 'source'])) doc.setIn(['idps', index, 'source'], doc.createNode(source, { flow: true }));
    });
    if (!doc.hasIn(['provenance', 'dataset'])) doc.setIn(['provenance', 'dataset'], doc.createNode(additions.dataset, { flow: true }));
    if (!agrees && !doc.hasIn(['provenance', 'dataset', 'statusNote'])) {
      console.warn(`${slug}: the entry says scim.availability "${(existing.data as any).scim?.availability}" but the data set says "${facts.status}"; write provenance.dataset.statusNote citing the vendor page`);
      counts.disagree++;
    }
    if (!values['dry-run']) writeFileSync(target, `---\n${doc.toString({ lineWidth: 0 })}---\n${existing.body.replace(/^\r?\n/, '')}`);
    counts.enriched++;
    continue;
  }

  const draft = draftFromResearch(facts, { slug, categories: new Set(vocabulary.categories) });
  // What the research cannot know: the catalog's own links between entries, and prose.
  const kept = existing?.data as Record<string, unknown> | undefined;
  const entry = { ...draft, ...(kept?.logo ? { logo: kept.logo } : {}), ...(kept?.related ? { related: kept.related } : {}) };
  const check = schema.safeParse(entry);
  if (!check.success) {
    console.error(`${file} → ${slug}: does not fit the schema: ${check.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    counts.invalid++;
    continue;
  }
  const body = existing?.body.trim() ? `\n${existing.body.trim()}\n` : '';
  if (!values['dry-run']) writeFileSync(target, `---\n${SCHEMA_MODELINE}\n${toYaml(entry)}---\n${body}`);
  counts.written++;
}
console.log(
  `${values['dry-run'] ? 'would write' : 'wrote'} ${counts.written} entries from research, enriched ${counts.enriched} checked entries` +
    ` (${counts.disagree} disagree with the data set), ${counts.invalid} did not fit the schema, ${counts.unreadable} unreadable`,
);
process.exit(counts.invalid + counts.unreadable > 0 ? 1 : 0);
