/**
 * Splits an entry file into its YAML front matter and its Markdown body. gray-matter
 * finds the fences; the `yaml` package (the one YAML parser of our code) reads the
 * fields with the YAML 1.2 core schema, so a date stays the text the editor wrote.
 */
import matter from 'gray-matter';
import { parse } from 'yaml';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The front matter's YAML text, as written. */
  yaml: string;
  /** The Markdown below the closing fence. */
  body: string;
}

const options = { engines: { yaml: (text: string) => (parse(text, { uniqueKeys: true }) ?? {}) as object } };

export function splitFrontMatter(text: string): FrontMatter {
  // A fresh options object keeps gray-matter from serving a cached parse of the same text.
  const file = matter(text, { ...options });
  return { data: file.data as Record<string, unknown>, yaml: file.matter.replace(/^\r?\n/, ''), body: file.content };
}
