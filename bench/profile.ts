/**
 * Reads a V8 CPU profile (Node's --cpu-prof) and ranks the functions of our own code by
 * the time spent in them, their callees included ("total"), and by the time spent in
 * their own bodies ("self"). Our code is every frame outside node_modules and Node's own
 * internals: the site's modules, and the chunks Vite bundles them into for the build.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface FunctionCost {
  name: string;
  where: string;
  totalMs: number;
  selfMs: number;
}

export function isOwnCode(url: string, root: string): boolean {
  if (!url || url.startsWith('node:') || !url.includes(root)) return false;
  return !url.includes('/node_modules/');
}

function where(url: string, line: number, root: string): string {
  return `${url.replace(/^file:\/\//, '').replace(`${root}/`, '')}:${line + 1}`;
}

/** The most expensive own functions of a profile, by total time, then by self time. */
export function ownFunctionCosts(profile: CpuProfile, root: string): { total: FunctionCost[]; wallMs: number } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const key = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'}@${where(node.callFrame.url, node.callFrame.lineNumber, root)}`;
  const costs = new Map<string, FunctionCost>();
  const cost = (node: ProfileNode) => {
    const id = key(node);
    let entry = costs.get(id);
    if (!entry) costs.set(id, (entry = { name: node.callFrame.functionName || '(anonymous)', where: where(node.callFrame.url, node.callFrame.lineNumber, root), totalMs: 0, selfMs: 0 }));
    return entry;
  };
  profile.samples.forEach((sample, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const leaf = byId.get(sample);
    if (!leaf) return;
    if (isOwnCode(leaf.callFrame.url, root)) cost(leaf).selfMs += ms;
    // Each function counts once per sample, however deep it recurses.
    const seen = new Set<string>();
    for (let node: ProfileNode | undefined = leaf; node; node = byId.get(parent.get(node.id) ?? -1)) {
      if (!isOwnCode(node.callFrame.url, root)) continue;
      const id = key(node);
      if (seen.has(id)) continue;
      seen.add(id);
      cost(node).totalMs += ms;
    }
  });
  return { total: [...costs.values()].sort((a, b) => b.totalMs - a.totalMs), wallMs: (profile.endTime - profile.startTime) / 1000 };
}

export function readProfile(file: string): CpuProfile {
  return JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
}

/** Two Markdown tables: the top functions by total time and by self time. */
export function profileTables(costs: FunctionCost[], wallMs: number, top = 10): string {
  const row = (c: FunctionCost) => `| \`${c.name}\` | ${c.where} | ${(c.totalMs / 1000).toFixed(2)} | ${(c.selfMs / 1000).toFixed(2)} |`;
  const head = ['| function | where | total s | self s |', '| --- | --- | ---: | ---: |'];
  const bySelf = [...costs].sort((a, b) => b.selfMs - a.selfMs);
  return [
    `Main thread profiled for ${(wallMs / 1000).toFixed(1)} s. Our code, by total time (callees included):`,
    '',
    ...head,
    ...costs.slice(0, top).map(row),
    '',
    'By self time (the function body alone):',
    '',
    ...head,
    ...bySelf.slice(0, top).map(row),
  ].join('\n');
}
