/**
 * A small status badge an app's own docs or a company wiki can embed: "SCIM | on a paid
 * tier", coloured by the status's tone, with a title and an accessible name. Built from the
 * same derived status every page shows.
 */
import type { ScimStatus } from './status.ts';
import { escapeXml } from './text.ts';
import { badgeHref, guideHref } from './links.ts';
import { PALETTE, STATUS_PALETTE } from './palette.ts';

const TONE_FILL = (tone: ScimStatus['tone']) => STATUS_PALETTE[tone].text;

/** Width of text at 11 px Verdana, near enough: badges only need to fit their words. */
const textWidth = (text: string) => Math.round(text.length * 6.6 + 10);

const LEFT = 'SCIM';
const rightText = (label: string) => label.replace(/^SCIM /, '');

/** The badge's width in pixels at its 20 px height, for the <img> that shows it. */
export function badgeWidth(label: string): number {
  return textWidth(LEFT) + textWidth(rightText(label));
}

export function badgeSvg(name: string, status: Pick<ScimStatus, 'label' | 'tone'>): string {
  const left = LEFT;
  const right = rightText(status.label);
  const leftWidth = textWidth(left);
  const rightWidth = textWidth(right);
  const width = badgeWidth(status.label);
  const alt = `${name}: ${status.label}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" viewBox="0 0 ${width} 20" role="img" aria-label="${escapeXml(alt)}">
  <title>${escapeXml(alt)}</title>
  <rect width="${leftWidth}" height="20" rx="3" fill="${PALETTE.text}"/>
  <rect x="${leftWidth}" width="${rightWidth}" height="20" rx="3" fill="${TONE_FILL(status.tone)}"/>
  <rect x="${leftWidth - 3}" width="6" height="20" fill="${TONE_FILL(status.tone)}"/>
  <g fill="${PALETTE.onStatus}" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle">
    <text x="${leftWidth / 2}" y="14">${escapeXml(left)}</text>
    <text x="${leftWidth + rightWidth / 2}" y="14">${escapeXml(right)}</text>
  </g>
</svg>
`;
}

export interface BadgeSnippets {
  markdown: string;
  html: string;
  alt: string;
  width: number;
}

/** Copyable snippets that show the badge and link back to the guide. */
export function badgeSnippets(site: string, slug: string, name: string, status: Pick<ScimStatus, 'label'>): BadgeSnippets {
  const image = new URL(badgeHref(slug), site).href;
  const page = new URL(guideHref(slug), site).href;
  const alt = `${name}: ${status.label}`;
  const width = badgeWidth(status.label);
  return {
    alt,
    width,
    markdown: `[![${alt.replace(/[[\]]/g, '')}](${image})](${page})`,
    html: `<a href="${page}"><img src="${image}" alt="${escapeXml(alt)}" width="${width}" height="20"></a>`,
  };
}
