/**
 * The social image of a guide as SVG text: app name, status badge and the plan SCIM
 * needs, at 1200×630. Rendered to PNG at build time; pure, so it is easy to test.
 */
import { escapeXml } from './text.ts';
import { PALETTE, STATUS_PALETTE } from './palette.ts';
import type { AppView } from './app-view.ts';

export const SOCIAL_WIDTH = 1200;
export const SOCIAL_HEIGHT = 630;

export interface SocialCard {
  title: string;
  badge: string;
  tone: 'good' | 'warn' | 'bad' | 'muted';
  line: string;
  footer: string;
}

const TONES = (tone: SocialCard['tone']) => ({ fill: STATUS_PALETTE[tone].surface, text: STATUS_PALETTE[tone].text });


/** Splits text into lines of at most `width` characters, at spaces. */
export function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s+\S*$/, '')}…`;
    return kept;
  }
  return lines;
}

export function socialImageSvg(card: SocialCard): string {
  const tone = TONES(card.tone);
  const title = wrap(card.title, 26, 2);
  const line = wrap(card.line, 48, 2);
  const badgeWidth = Math.min(1040, 28 + card.badge.length * 19);
  const titleY = 250;
  const lineY = titleY + title.length * 86 + 40;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SOCIAL_WIDTH}" height="${SOCIAL_HEIGHT}" viewBox="0 0 ${SOCIAL_WIDTH} ${SOCIAL_HEIGHT}">
  <rect width="100%" height="100%" fill="${PALETTE.bg}"/>
  <rect width="100%" height="14" fill="${PALETTE.accent}"/>
  <text x="80" y="110" font-family="DejaVu Sans" font-size="30" font-weight="bold" fill="${PALETTE.accent}">scim-catalog</text>
  <rect x="80" y="140" rx="26" ry="26" width="${badgeWidth}" height="52" fill="${tone.fill}" stroke="${tone.text}" stroke-width="2"/>
  <text x="${80 + badgeWidth / 2}" y="176" text-anchor="middle" font-family="DejaVu Sans" font-size="28" font-weight="bold" fill="${tone.text}">${escapeXml(card.badge)}</text>
  ${title.map((text, i) => `<text x="80" y="${titleY + 70 + i * 86}" font-family="DejaVu Sans" font-size="76" font-weight="bold" fill="${PALETTE.text}">${escapeXml(text)}</text>`).join('\n  ')}
  ${line.map((text, i) => `<text x="80" y="${lineY + 40 + i * 48}" font-family="DejaVu Sans" font-size="38" fill="${PALETTE.text}">${escapeXml(text)}</text>`).join('\n  ')}
  <text x="80" y="580" font-family="DejaVu Sans" font-size="26" fill="${PALETTE.textMuted}">${escapeXml(card.footer)}</text>
</svg>`;
}

/** What an app's card says: its name, status badge and callout, category and check date. */
export function appSocialCard(view: AppView): SocialCard {
  return {
    title: view.app.name,
    badge: view.status.label,
    tone: view.status.tone,
    line: view.status.callout,
    footer: `${view.category.name} · last verified ${view.app.lastVerified}`,
  };
}
