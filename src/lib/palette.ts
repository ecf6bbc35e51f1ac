/**
 * The light scheme's colours for the images drawn outside CSS (status badges and social
 * cards), which cannot read custom properties. The values are those of
 * src/styles/tokens.css; tests/unit/design-tokens.test.ts fails if the two drift apart.
 */
import type { ScimStatus } from './status.ts';

export const PALETTE = {
  bg: '#ffffff',
  text: '#1f2328',
  textMuted: '#59636e',
  accent: '#0b5cad',
  onStatus: '#ffffff',
} as const;

/** Each tone's text colour and surface, as the status badges of the site show them. */
export const STATUS_PALETTE: Record<ScimStatus['tone'], { text: string; surface: string }> = {
  good: { text: '#116330', surface: '#e6f4ea' },
  warn: { text: '#8a4b00', surface: '#fff4e0' },
  bad: { text: '#a11d2a', surface: '#fdecee' },
  muted: { text: '#59636e', surface: '#eef1f4' },
};

/** Which custom property of tokens.css each value mirrors. */
export const PALETTE_TOKENS: Record<string, string> = {
  '--color-bg': PALETTE.bg,
  '--color-text': PALETTE.text,
  '--color-text-muted': PALETTE.textMuted,
  '--color-accent': PALETTE.accent,
  ...Object.fromEntries(Object.entries(STATUS_PALETTE).flatMap(([tone, { text, surface }]) => [[`--status-${tone}`, text], [`--status-${tone}-surface`, surface]])),
};
