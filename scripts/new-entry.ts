/**
 * npm run new -- "App Name"
 *
 * Creates content/apps/<slug>.md with the required fields and the optional sections as
 * comments. Refuses to overwrite an existing entry.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { appsDir, contentDir, readVocabulary } from '../src/node/catalog-files.ts';
import { scaffoldEntry, slugify } from '../src/lib/scaffold.ts';

const name = process.argv.slice(2).join(' ').trim();
if (!name) {
  console.error('Usage: npm run new -- "App Name"');
  process.exit(2);
}
const slug = slugify(name);
if (!slug) {
  console.error(`"${name}" gives an empty file name; use letters or digits.`);
  process.exit(2);
}
const file = path.join(appsDir(contentDir()), `${slug}.md`);
if (existsSync(file)) {
  console.error(`${path.relative(process.cwd(), file)} already exists; edit it instead of creating a new entry.`);
  process.exit(1);
}
const { categories, idps } = readVocabulary();
writeFileSync(file, scaffoldEntry(name, categories, idps), { flag: 'wx' });
console.log(`created ${path.relative(process.cwd(), file)}: replace every TODO, then run npm run validate -- ${path.relative(process.cwd(), file)}`);
