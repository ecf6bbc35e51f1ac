/** The corpus of broken entries (tests/fixtures/broken) and the message each must produce. */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FixtureCatalog } from './catalog.ts';

export const BROKEN_DIR = fileURLToPath(new URL('../fixtures/broken/', import.meta.url));

export interface BrokenCase {
  file: string;
  field: string;
  message: RegExp;
}

export function brokenCases(): BrokenCase[] {
  const expected = JSON.parse(readFileSync(path.join(BROKEN_DIR, 'expected.json'), 'utf8')) as Record<string, { field: string; message: string }>;
  return Object.entries(expected).map(([file, { field, message }]) => ({ file, field, message: new RegExp(message) }));
}

/** Copies one case (or all) into a fixture catalog's apps folder; generates the huge file. */
export function addBroken(catalog: FixtureCatalog, file: string): void {
  const target = path.join(catalog.root, 'apps', file);
  if (file === 'huge.md') {
    const prose = 'This sentence is padding for a file that is far too large for an entry. '.repeat(16_000);
    writeFileSync(target, `---\nname: Huge\nvendorUrl: https://huge.example/\ncategory: analytics\nscim:\n  availability: unknown\nsources:\n  - title: Huge\n    url: https://huge.example/\nprovenance:\n  method: draft\nlastVerified: 2026-01-01\n---\n${prose}\n`);
    return;
  }
  copyFileSync(path.join(BROKEN_DIR, file), target);
}

export function corpusFiles(): string[] {
  return readdirSync(BROKEN_DIR).filter((file) => file.endsWith('.md'));
}
