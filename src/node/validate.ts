/**
 * Validation of a whole catalog folder in plain Node: every problem in every file at
 * once, each with the line and column of the offending key. The build (through the
 * catalog integration) and `npm run validate` both call this, so they agree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, YAMLParseError, type Node } from 'yaml';
import { splitFrontMatter, type FrontMatter } from '../lib/front-matter.ts';
import { createAppSchema, type AppData } from '../schema/app.ts';
import { isStale } from '../lib/freshness.ts';
import { appsDir, CatalogFileError, contentDir, readCostModel, readDataSources, readVocabulary, type Vocabulary } from './catalog-files.ts';

export interface ValidationIssue {
  severity: 'error' | 'warning';
  /** Path relative to the working directory. */
  file: string;
  line: number;
  column: number;
  /** Dotted field path, for example scim.plan or plans.2.price.amount; empty for the whole file. */
  field: string;
  message: string;
}

export interface ValidationResult {
  issues: ValidationIssue[];
  /** Entries that passed the schema, by slug. */
  entries: Map<string, AppData>;
  /** The Markdown body of each valid entry, by slug, for the content collection to render. */
  bodies: Map<string, string>;
  files: number;
  /** How long reading and validating took. */
  durationMs?: number;
}

import { SLUG_PATTERN } from '../schema/common.ts';
export { SLUG_PATTERN };

export const MAX_ENTRY_BYTES = 1024 * 1024;

const firstLine = (text: string) => text.split('\n')[0]!.trim();

/**
 * The Markdown body is prose. Lines that would import or export code (MDX syntax) and
 * script tags are refused outright, even though the sanitiser would also drop them, so
 * the editor learns at once.
 */
function checkBody(raw: string, bodyStartLine: number): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  raw
    .split(/\r?\n/)
    .slice(bodyStartLine)
    .forEach((text, index) => {
      const line = bodyStartLine + index + 1;
      if (/^\s*(import|export)\s/.test(text)) {
        problems.push({ line, message: 'the Markdown body imports or exports code; entries are plain Markdown, not MDX, so remove this line' });
      } else if (/<\s*script\b|\bon[a-z]+\s*=|javascript:/i.test(text)) {
        problems.push({ line, message: 'the Markdown body contains a script, an event handler or a javascript: link; write prose only (see the allowlist in src/lib/sanitize.ts)' });
      }
    });
  return problems;
}


/** Line and column (1-based) of the deepest node of `fieldPath` that exists in the YAML source. */
function locate(source: string, fieldPath: readonly PropertyKey[]): { line: number; column: number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: false });
  let node: Node | null | undefined = doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  for (const key of fieldPath) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** The value at a path of the parsed front matter, or undefined. */
function fieldAt(data: unknown, fieldPath: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of fieldPath) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** zod's message, reworded where a newcomer needs more: what is wrong and what to do. */
function explain(zodIssue: { code: string; message: string; path: readonly PropertyKey[]; keys?: string[] }, value: unknown): string {
  if (value === undefined && (zodIssue.code === 'invalid_type' || zodIssue.code === 'invalid_format' || zodIssue.code === 'invalid_value')) {
    const field = String(zodIssue.path[zodIssue.path.length - 1] ?? 'field');
    return `required field "${field}" is missing; add it (${zodIssue.message})`;
  }
  if (zodIssue.code === 'unrecognized_keys') {
    const keys = (zodIssue.keys ?? []).map((key) => `"${key}"`).join(', ');
    return `unknown field ${keys}: fix its spelling or remove it (${zodIssue.message}; the fields are listed in public/schema/app.schema.json)`;
  }
  if (zodIssue.code === 'invalid_type') return `${zodIssue.message}; change the value to that type`;
  return zodIssue.message;
}

export function slugOf(file: string): string {
  return path.basename(file).replace(/\.md$/, '');
}

/** Markdown entry files of an apps folder, sorted so output is stable. */
export function listEntryFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((dirent) => dirent.isFile() && dirent.name.endsWith('.md'))
    .map((dirent) => path.join(dir, dirent.name))
    .sort();
}

interface ParsedFile {
  file: string;
  slug: string;
  data?: AppData;
  /** The Markdown below the front matter. */
  body?: string;
  /** The front matter as parsed, even when it failed the schema. */
  raw?: Record<string, unknown>;
  /** The front matter's YAML text, kept to locate later issues without reading the file again. */
  source?: string;
  issues: ValidationIssue[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The name and related slugs of an entry, from its valid data or, failing that, its raw YAML. */
function crossFields(entry: ParsedFile): { name?: string; related: string[] } {
  if (entry.data) return { name: entry.data.name, related: entry.data.related ?? [] };
  const name = typeof entry.raw?.name === 'string' ? entry.raw.name : undefined;
  const related = Array.isArray(entry.raw?.related) ? entry.raw.related.filter((slug): slug is string => typeof slug === 'string') : [];
  return { ...(name && { name }), related };
}

function parseEntry(file: string, schema: ReturnType<typeof createAppSchema>): ParsedFile {
  const display = path.relative(process.cwd(), file) || file;
  const slug = slugOf(file);
  const issue = (field: string, message: string, line = 1, column = 1, severity: ValidationIssue['severity'] = 'error'): ValidationIssue => ({
    severity,
    file: display,
    line,
    column,
    field,
    message,
  });
  const bytes = readFileSync(file);
  if (bytes.length > MAX_ENTRY_BYTES) {
    return { file, slug, issues: [issue('', `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; an entry must stay under 1 MB, so move long prose out or shorten it`)] };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { file, slug, issues: [issue('', 'the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM')] };
  }
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { file, slug, issues: [issue('', 'the file is not valid UTF-8; save it as UTF-8')] };
  }
  if (!/^---[ \t]*\r?\n/.test(raw)) {
    return { file, slug, issues: [issue('', 'no YAML front matter: the file must start with a line "---", the fields, then "---"')] };
  }
  let split: FrontMatter;
  try {
    split = splitFrontMatter(raw);
  } catch (error) {
    // linePos is 1-based within the front matter, which starts on line 2.
    const where = error instanceof YAMLParseError ? error.linePos?.[0] : undefined;
    const reason = error instanceof YAMLParseError && error.code === 'DUPLICATE_KEY' ? `a key is duplicated (${firstLine(error.message)})` : firstLine(error instanceof Error ? error.message : String(error));
    return { file, slug, issues: [issue('', `the front matter is not valid YAML: ${reason}`, (where?.line ?? 1) + 1, where?.col ?? 1)] };
  }
  const data: unknown = split.data;
  // The body starts on the line after the closing fence.
  const head = raw.slice(0, raw.length - split.body.length);
  const bodyIssues = checkBody(raw, head.split('\n').length - 1).map((problem) => issue('', problem.message, problem.line));
  const result = schema.safeParse(data ?? {});
  const source = split.yaml;
  if (result.success) return { file, slug, source, ...(bodyIssues.length ? {} : { data: result.data, body: split.body }), issues: bodyIssues };
  return {
    file,
    slug,
    source,
    ...(isRecord(data) ? { raw: data } : {}),
    issues: [...bodyIssues, ...result.error.issues.map((zodIssue) => {
      const where = locate(source, zodIssue.path);
      // +1: the front matter starts on the line after the opening "---".
      return issue(zodIssue.path.join('.'), explain(zodIssue, fieldAt(data, zodIssue.path)), where.line + 1, where.column);
    })],
  };
}

/** Checks across entries: references, duplicate names, slugs that clash. */
function crossCheck(parsed: ParsedFile[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const slugs = new Set(parsed.map((entry) => entry.slug));
  const bySlugKey = new Map<string, ParsedFile>();
  const byName = new Map<string, ParsedFile>();
  const at = (entry: ParsedFile, field: string, message: string): ValidationIssue => {
    const where = locate(entry.source ?? '', field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)));
    return { severity: 'error', file: path.relative(process.cwd(), entry.file), line: where.line + 1, column: where.column, field, message };
  };

  for (const entry of parsed) {
    if (!SLUG_PATTERN.test(entry.slug)) {
      issues.push({
        severity: 'error',
        file: path.relative(process.cwd(), entry.file),
        line: 1,
        column: 1,
        field: '',
        message: `the file name "${entry.slug}.md" is not a valid slug; rename it to lowercase letters, digits and hyphens, for example ${entry.slug.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.md`,
      });
    }
    const slugKey = entry.slug.normalize('NFKC').toLowerCase();
    const clash = bySlugKey.get(slugKey);
    if (clash) {
      issues.push(at(entry, '', `the slug "${entry.slug}" clashes with ${path.basename(clash.file)}; two entries cannot differ only by case or Unicode form`));
    } else {
      bySlugKey.set(slugKey, entry);
    }
    // Also for entries with schema errors, so an editor sees these problems in the same run.
    const { name, related: relatedSlugs } = crossFields(entry);

    const nameKey = name?.normalize('NFKC').toLowerCase();
    const sameName = nameKey ? byName.get(nameKey) : undefined;
    if (sameName) {
      issues.push(at(entry, 'name', `"${name}" is already the name of ${path.basename(sameName.file)}; fix that entry instead of adding a second one`));
    } else if (nameKey) {
      byName.set(nameKey, entry);
    }

    const seen = new Set<string>();
    relatedSlugs.forEach((related, index) => {
      const field = `related.${index}`;
      if (related === entry.slug) issues.push(at(entry, field, `an entry cannot be related to itself; remove "${related}"`));
      else if (!slugs.has(related)) {
        issues.push(at(entry, field, `"${related}" is not an app in the catalog (no ${related}.md in the apps folder); use the slug of an existing entry`));
      }
      if (seen.has(related)) issues.push(at(entry, field, `"${related}" is listed twice`));
      seen.add(related);
    });
  }
  return issues;
}

/** Problems that do not fail a build: old verification dates, deep guides missing optional sections. */
function warnings(parsed: ParsedFile[], today = new Date().toISOString().slice(0, 10)): ValidationIssue[] {
  const found: ValidationIssue[] = [];
  for (const entry of parsed) {
    if (!entry.data) continue;
    const warn = (field: string, message: string) => {
      const where = locate(entry.source ?? '', field ? field.split('.') : []);
      found.push({ severity: 'warning', file: path.relative(process.cwd(), entry.file), line: where.line + 1, column: where.column, field, message });
    };
    if (isStale(entry.data.lastVerified, today)) {
      warn('lastVerified', `last verified ${entry.data.lastVerified}, over a year ago; check the sources again and update the date`);
    }
    if (entry.data.deep) {
      if (!entry.data.bundledFeatures?.length) warn('', 'this deep guide has no bundledFeatures, so "What the upgrade includes" is not shown');
      if (!entry.data.complaints?.length && !entry.data.quotes?.length) warn('', 'this deep guide has no complaints or quotes, so "What IT admins say" is not shown');
    }
  }
  return found;
}

/**
 * Validate the catalog at `root` (default: the configured content folder). `only`, when
 * given, limits the per-file report to those files; cross-entry checks still see the
 * whole catalog so references resolve.
 */
export function validateCatalog(root = contentDir(), only?: readonly string[]): ValidationResult {
  let vocabulary: Vocabulary;
  try {
    vocabulary = readVocabulary(root);
    readCostModel(root);
    readDataSources(root);
  } catch (error) {
    if (!(error instanceof CatalogFileError)) throw error;
    return {
      issues: [{ severity: 'error', file: path.relative(process.cwd(), error.file), line: 1, column: 1, field: '', message: error.message }],
      entries: new Map(),
      bodies: new Map(),
      files: 0,
    };
  }
  const schema = createAppSchema(vocabulary);
  const files = listEntryFiles(appsDir(root));
  const parsed = files.map((file) => parseEntry(file, schema));
  const wanted = only ? new Set(only.map((file) => path.resolve(file))) : null;
  const issues = [...parsed.flatMap((entry) => entry.issues), ...crossCheck(parsed)].filter(
    (issue) => !wanted || wanted.has(path.resolve(issue.file)),
  );
  issues.push(...warnings(parsed).filter((issue) => !wanted || wanted.has(path.resolve(issue.file))));
  issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  const entries = new Map(parsed.flatMap((entry) => (entry.data ? [[entry.slug, entry.data] as const] : [])));
  const bodies = new Map(parsed.flatMap((entry) => (entry.data ? [[entry.slug, entry.body ?? ''] as const] : [])));
  return { issues, entries, bodies, files: files.length };
}

// Kept on globalThis because Astro loads the config (and its integrations) and the
// content config as separate module graphs: this way they share one result.
const SHARED = Symbol.for('scim-catalog:validation');
type Shared = { [SHARED]?: Map<string, ValidationResult> };

/**
 * The whole catalog, read and validated once per build and shared by everything that
 * needs it (the sitemap's dates, the catalog check, the content collection). `forget`
 * drops it, for the dev server after an edit.
 */
export function catalogValidation(root = contentDir()): ValidationResult {
  const cache = ((globalThis as Shared)[SHARED] ??= new Map());
  const key = path.resolve(root);
  let result = cache.get(key);
  if (!result) {
    const started = performance.now();
    result = validateCatalog(root);
    result.durationMs = performance.now() - started;
    cache.set(key, result);
  }
  return result;
}

export function forgetCatalogValidation(root = contentDir()): void {
  (globalThis as Shared)[SHARED]?.delete(path.resolve(root));
}

/** `path:line:column field: message`, the form editors' tools link to. */
export function formatIssue(issue: ValidationIssue): string {
  const field = issue.field ? `${issue.field}: ` : '';
  return `${issue.file}:${issue.line}:${issue.column} ${issue.severity === 'warning' ? 'warning ' : ''}${field}${issue.message}`;
}
