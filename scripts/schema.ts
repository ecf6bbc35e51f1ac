/**
 * npm run schema — writes public/schema/app.schema.json, the JSON Schema of an entry's
 * front matter, generated from the zod schema (src/schema/app.ts) and the vocabularies.
 * Editors' YAML tooling reads it for autocompletion; the site publishes it at /schema/.
 * A test fails when the checked-in file is stale.
 */
import { writeFileSync } from 'node:fs';
import { entryJsonSchema, SCHEMA_FILE } from '../src/node/json-schema.ts';

writeFileSync(SCHEMA_FILE, entryJsonSchema());
console.log(`wrote ${SCHEMA_FILE}`);
