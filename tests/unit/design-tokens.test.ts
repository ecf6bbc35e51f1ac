/**
 * The design tokens: every text colour pair reaches WCAG AA (4.5:1) and every bar, border
 * and focus ring 3:1, in the light and the dark scheme; no stylesheet but tokens.css
 * names a colour; and the images drawn outside CSS use the light scheme's values.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { PALETTE_TOKENS } from '../../src/lib/palette.ts';

const tokensCss = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
const globalCss = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');

function declarations(block: string): Map<string, string> {
  return new Map([...block.matchAll(/(--[a-z0-9-]+):\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]));
}

const [lightPart, darkPart] = tokensCss.split('@media (prefers-color-scheme: dark)') as [string, string];
const light = declarations(lightPart);
// The dark scheme overrides some tokens and keeps the others.
const dark = new Map([...light, ...declarations(darkPart)]);

function rgb(value: string): [number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(value);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)) as [number, number, number];
  const hsl = /^hsl\((\d+)\s+(\d+)%\s+(\d+)%\)$/.exec(value);
  if (hsl) {
    const [h, s, l] = [Number(hsl[1]), Number(hsl[2]) / 100, Number(hsl[3]) / 100];
    const k = (n: number) => (n + h / 30) % 12;
    const a = s * Math.min(l, 1 - l);
    const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
    return [f(0), f(8), f(4)].map((channel) => Math.round(channel * 255)) as [number, number, number];
  }
  throw new Error(`not a colour this test reads: ${value}`);
}

function luminance([r, g, b]: [number, number, number]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

const TONES = ['good', 'warn', 'bad', 'muted'];
/** Text on a background: 4.5:1. */
const TEXT_PAIRS: [string, string][] = [
  ...['--color-bg', '--color-surface', '--color-surface-strong', '--color-highlight', '--color-mark'].map((bg): [string, string] => ['--color-text', bg]),
  ...['--color-bg', '--color-surface', '--color-surface-strong'].map((bg): [string, string] => ['--color-text-muted', bg]),
  ...['--color-bg', '--color-surface', '--color-highlight', '--color-accent-surface'].map((bg): [string, string] => ['--color-accent', bg]),
  ['--color-on-accent', '--color-accent'],
  ...TONES.flatMap((tone): [string, string][] => [[`--status-${tone}`, `--status-${tone}-surface`], [`--status-${tone}`, '--color-bg']]),
  ...Array.from({ length: 12 }, (_, i): [string, string] => ['--color-on-mono', `--mono-${i}`]),
];
/** Bars of charts, input borders and the focus ring against the page: 3:1. */
const GRAPHIC_PAIRS: [string, string][] = [
  ...TONES.map((tone): [string, string] => [`--status-${tone}`, '--color-bg']),
  ['--color-border-strong', '--color-bg'],
  ['--color-accent', '--color-bg'],
];

for (const [scheme, tokens] of [['light', light], ['dark', dark]] as const) {
  describe(`the ${scheme} colour scheme`, () => {
    it('gives every text colour pair at least 4.5:1', () => {
      const failing = TEXT_PAIRS.map(([fg, bg]) => ({ fg, bg, ratio: contrast(tokens.get(fg)!, tokens.get(bg)!) })).filter((pair) => pair.ratio < 4.5);
      assert.deepEqual(failing.map((pair) => `${pair.fg} on ${pair.bg}: ${pair.ratio.toFixed(2)}`), []);
    });
    it('gives bars, borders and the focus ring at least 3:1 against the page', () => {
      const failing = GRAPHIC_PAIRS.map(([fg, bg]) => ({ fg, bg, ratio: contrast(tokens.get(fg)!, tokens.get(bg)!) })).filter((pair) => pair.ratio < 3);
      assert.deepEqual(failing.map((pair) => `${pair.fg} on ${pair.bg}: ${pair.ratio.toFixed(2)}`), []);
    });
  });
}

describe('design tokens', () => {
  it('are the only place a colour is named', () => {
    const literals = [...globalCss.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/#[0-9a-f]{3,8}\b|\b(?:rgb|rgba|hsl|hsla)\(/gi)].map((match) => match[0]);
    assert.deepEqual(literals, []);
  });

  it('define every custom property the stylesheet uses', () => {
    const used = new Set([...globalCss.matchAll(/var\((--[a-z0-9-]+)/g)].map((match) => match[1]!));
    assert.deepEqual([...used].filter((name) => !light.has(name)), []);
  });

  it('match the palette of the images drawn outside CSS', () => {
    for (const [token, value] of Object.entries(PALETTE_TOKENS)) assert.equal(value.toLowerCase(), light.get(token)?.toLowerCase(), token);
  });

  it('can fail: a pale grey on white is below AA', () => {
    assert.ok(contrast('#999999', '#ffffff') < 4.5);
    assert.ok(contrast('#1f2328', '#ffffff') > 4.5);
  });
});
