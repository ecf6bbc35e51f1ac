/**
 * Each entry's history from git: the versions of content/apps/<slug>.md commit by commit,
 * read in one pass for the whole catalog (one `git log` for the list of changes, one
 * `git cat-file --batch` for every version's text), then reduced to the changes readers
 * care about by src/lib/history.ts. A build without history (a shallow clone, a tarball)
 * gets `available: false` and says so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { splitFrontMatter } from '../lib/front-matter.ts';
import { entryHistory, type EntryVersion, type HistoryEvent, type IdpNamer } from '../lib/history.ts';

export interface CatalogHistory {
  available: boolean;
  /** Why there is no history, when there is none. */
  reason: string | null;
  bySlug: Map<string, HistoryEvent[]>;
}

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });

/** Every version of every entry file under `appsDir`, oldest first, from one git repository. */
export function catalogHistory(appsDir: string, idpName?: IdpNamer): CatalogHistory {
  const none = (reason: string): CatalogHistory => ({ available: false, reason, bySlug: new Map() });
  let top: string;
  try {
    top = git(appsDir, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    return none('this build was made without git history');
  }
  if (git(top, ['rev-parse', '--is-shallow-repository']).trim() === 'true') return none('this build was made from a shallow clone, so the history is incomplete');
  const relative = path.relative(top, appsDir).split(path.sep).join('/');
  // Oldest first; each commit line is followed by the entry files it changed.
  const log = git(top, ['log', '--reverse', '--format=@@%H %cs', '--name-only', '--no-renames', '--', relative]);
  const touches: { commit: string; date: string; file: string }[] = [];
  let commit = '';
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@@')) [commit, date] = line.slice(2).split(' ') as [string, string];
    else if (line.endsWith('.md') && line.startsWith(`${relative}/`) && !line.slice(relative.length + 1).includes('/')) touches.push({ commit, date, file: line });
  }
  const blobs = readBlobs(top, touches.map((touch) => `${touch.commit}:${touch.file}`));
  const versions = new Map<string, EntryVersion[]>();
  touches.forEach((touch, index) => {
    const slug = path.basename(touch.file, '.md');
    const text = blobs[index];
    let data: Record<string, unknown> | null = null;
    if (text !== null && text !== undefined) {
      try {
        data = splitFrontMatter(text).data;
      } catch {
        data = null; // a version that did not parse is skipped, as the build then did
      }
    }
    const list = versions.get(slug) ?? [];
    list.push({ commit: touch.commit, date: touch.date, data });
    versions.set(slug, list);
  });
  return { available: true, reason: null, bySlug: new Map([...versions].map(([slug, list]) => [slug, entryHistory(list, idpName)])) };
}

/** The text of each `<commit>:<path>`, or null where the file is absent (deleted). */
function readBlobs(cwd: string, specs: string[]): (string | null)[] {
  if (!specs.length) return [];
  const out = spawnSync('git', ['cat-file', '--batch'], { cwd, input: `${specs.join('\n')}\n`, maxBuffer: 1024 * 1024 * 1024 });
  const buffer = out.stdout;
  const texts: (string | null)[] = [];
  let offset = 0;
  for (let index = 0; index < specs.length; index++) {
    const end = buffer.indexOf(10, offset);
    const header = buffer.subarray(offset, end).toString('utf8');
    offset = end + 1;
    if (header.endsWith(' missing')) {
      texts.push(null);
      continue;
    }
    const size = Number(header.split(' ')[2]);
    texts.push(buffer.subarray(offset, offset + size).toString('utf8'));
    offset += size + 1;
  }
  return texts;
}
