/**
 * npm run import:research -- <file.json | folder>… [--statuses vendors.csv] [--content <dir>] [--dry-run]
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
import { Document, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';
import { readVocabulary } from '../src/node/catalog-files.ts';
import { splitFrontMatter } from '../src/lib/front-matter.ts';
import { createAppSchema, type DatasetStatus } from '../src/schema/app.ts';
import { parseCsvRecords } from './import/csv.ts';
import { draftFromResearch, enrichChecked, readResearch, ResearchFormatError, type ResearchFacts } from './import/research.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    content: { type: 'string', default: process.env.SCIM_CATALOG_CONTENT ?? 'content' },
    // The release's published statuses (its vendors.csv: slug,vendor,status), to record in each entry.
    statuses: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  },
});
if (!positionals.length) {
  console.error('Usage: npm run import:research -- <research.json | folder>… [--statuses vendors.csv] [--content <dir>] [--dry-run]');
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

/**
 * Our entries, by every key a research file might be matched on: the data set slug an
 * entry records, its file name, its name or one of its former names. An entry that
 * already records another vendor's data set slug is never matched by name, and the
 * first entry to claim a name keeps it, so one vendor cannot overwrite another's entry.
 */
function catalogIndex() {
  const bySlug = new Set<string>();
  const byDatasetSlug = new Map<string, string>();
  const byName = new Map<string, string>();
  const claimed = new Map<string, string>();
  for (const file of readdirSync(appsDir).filter((name) => name.endsWith('.md')).sort()) {
    const slug = file.slice(0, -3);
    const data = splitFrontMatter(readFileSync(path.join(appsDir, file), 'utf8')).data as Record<string, any>;
    bySlug.add(slug);
    const datasetSlug = data.provenance?.dataset?.slug;
    if (datasetSlug) {
      byDatasetSlug.set(datasetSlug, slug);
      claimed.set(slug, datasetSlug);
    }
    for (const name of [data.name, ...(data.aliases ?? [])]) {
      const key = typeof name === 'string' ? normalise(name) : '';
      if (key && !byName.has(key)) byName.set(key, slug);
    }
  }
  const free = (slug: string | undefined, facts: ResearchFacts) => (slug && (!claimed.has(slug) || claimed.get(slug) === facts.slug) ? slug : undefined);
  return (facts: ResearchFacts) =>
    byDatasetSlug.get(facts.slug) ??
    (bySlug.has(facts.slug) ? facts.slug : undefined) ??
    free(byName.get(normalise(facts.vendor)), facts) ??
    // A former name, but not a parent company's: it must be the whole of our entry's name.
    facts.aliases.map((alias) => free(byName.get(normalise(alias)), facts)).find(Boolean);
}

/** A value as one line of YAML flow syntax. */
function inline(value: unknown): string {
  return new Document(value).toString({ lineWidth: 0, collectionStyle: 'flow' }).trim();
}

/**
 * An insertion of `lines` at the end of `node`'s last line, indented like the node's own
 * keys (or at `indent` columns for a top-level neighbour).
 */
function after(text: string, node: Node, lines: string[], indent?: number): { at: number; text: string } {
  const [start, , end] = node.range ?? [0, 0, 0];
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const column = indent ?? start - lineStart;
  // The node's range ends after its trailing newline; insert before it.
  const at = text[end - 1] === '\n' ? end - 1 : text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end);
  return { at, text: lines.map((line) => `\n${' '.repeat(column)}${line}`).join('') };
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
const published = new Map<string, DatasetStatus>(
  values.statuses ? parseCsvRecords(readFileSync(values.statuses, 'utf8')).map((row) => [row.slug!, row.status as DatasetStatus]) : [],
);
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

  // An editor's check and a hand-written deep guide are kept; drafts and earlier imports
  // of research are rewritten.
  if (existing && (method === 'vendor-docs' || (existing.data as { deep?: boolean }).deep === true)) {
    const { additions, agrees } = enrichChecked(existing.data, facts, published.get(facts.slug));
    // Insert lines into the editor's YAML text, so its comments and layout survive.
    const doc = parseDocument(existing.yaml);
    const edits: { at: number; text: string }[] = [];
    const scimMap = doc.get('scim', true);
    const scimAdditions = Object.entries((additions.scim ?? {}) as Record<string, unknown>).filter(([key]) => !doc.hasIn(['scim', key]));
    if (isMap(scimMap) && scimAdditions.length) edits.push(after(existing.yaml, scimMap, scimAdditions.map(([key, value]) => `${key}: ${inline(value)}`)));
    if (additions.aliases && !doc.has('aliases')) edits.push(after(existing.yaml, doc.get('name', true) as Node, [`aliases: ${inline(additions.aliases)}`], 0));
    const cells = doc.get('idps', true);
    ((additions.idpSources ?? []) as (Record<string, string> | null)[]).forEach((source, index) => {
      const cell = isSeq(cells) ? cells.items[index] : undefined;
      if (source && isMap(cell) && !doc.hasIn(['idps', index, 'source'])) edits.push(after(existing.yaml, cell, [`source: ${inline(source)}`]));
    });
    const provenance = doc.get('provenance', true);
    if (isMap(provenance) && !doc.hasIn(['provenance', 'dataset'])) edits.push(after(existing.yaml, provenance, [`dataset: ${inline(additions.dataset)}`]));
    let yaml = existing.yaml;
    for (const edit of edits.sort((x, y) => y.at - x.at)) yaml = `${yaml.slice(0, edit.at)}${edit.text}${yaml.slice(edit.at)}`;
    if (!agrees && !doc.hasIn(['provenance', 'dataset', 'statusNote'])) {
      console.warn(`${slug}: the entry says scim.availability "${(existing.data as any).scim?.availability}" but the data set says "${facts.status}"; write provenance.dataset.statusNote citing the vendor page`);
      counts.disagree++;
    }
    if (!values['dry-run']) writeFileSync(target, `---\n${yaml.replace(/\n?$/, '\n')}---\n${existing.body}`);
    counts.enriched++;
    continue;
  }

  const draft = draftFromResearch(facts, { slug, categories: new Set(vocabulary.categories), idps: new Set(vocabulary.idps), publishedStatus: published.get(facts.slug) });
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
