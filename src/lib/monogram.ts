/** A generated stand-in for a logo: initials on a colour picked from the name. */
export interface Monogram {
  initials: string;
  /** One of 12 hues (0–11), styled by the .mono-<hue> classes, so pages need no inline style. */
  hue: number;
  /** The colour those classes use; dark enough for white text at WCAG AA. */
  background: string;
}

export function monogram(name: string): Monogram {
  const words = name
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const initials =
    words.length >= 2
      ? `${words[0]![0]}${words[1]![0]}`
      : (words[0]?.[0] ?? '?');
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 360;
  const hue = Math.floor(hash / 30);
  return { initials: initials.toUpperCase(), hue, background: `hsl(${hue * 30} 55% 30%)` };
}
