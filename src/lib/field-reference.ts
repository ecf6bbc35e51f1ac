/**
 * The field reference editors read on /fields/, generated from the entry's JSON Schema
 * (itself generated from the zod schema), so the reference cannot drift from the code.
 */

export interface FieldRow {
  /** Dotted path, with [] for list items: plans[].price.unit. */
  path: string;
  depth: number;
  type: string;
  required: boolean;
  description: string;
  /** The allowed values of an enumerated field. */
  values: string[];
  defaultValue: string | null;
}

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  description?: string;
  default?: unknown;
  format?: string;
  pattern?: string;
};

function typeOf(schema: JsonSchema): string {
  if (schema.anyOf) return [...new Set(schema.anyOf.map(typeOf))].join(' or ');
  if (schema.enum) return 'one of';
  if (schema.type === 'array') return `list of ${schema.items ? typeOf(schema.items) : 'values'}`;
  if (schema.format === 'date' || schema.pattern?.includes('\\d{4}')) return 'date (YYYY-MM-DD)';
  if (schema.format === 'uri') return 'https URL';
  return Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'value');
}

/** Every field, parents before children, in the schema's own order. */
export function fieldReference(root: JsonSchema): FieldRow[] {
  const rows: FieldRow[] = [];
  const visit = (schema: JsonSchema, prefix: string, depth: number) => {
    const required = new Set(schema.required ?? []);
    for (const [name, field] of Object.entries(schema.properties ?? {})) {
      const path = prefix ? `${prefix}.${name}` : name;
      const enumerated = field.enum ?? field.items?.enum ?? [];
      rows.push({
        path,
        depth,
        type: typeOf(field),
        required: required.has(name),
        description: field.description ?? '',
        values: enumerated.map(String),
        defaultValue: field.default === undefined ? null : JSON.stringify(field.default),
      });
      if (field.properties) visit(field, path, depth + 1);
      if (field.items?.properties) visit(field.items, `${path}[]`, depth + 1);
      for (const option of field.anyOf ?? []) if (option.properties) visit(option, path, depth + 1);
    }
  };
  visit(root, '', 0);
  return rows;
}
