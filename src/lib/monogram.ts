/** A generated stand-in for a logo: initials on a colour picked from the name. */
export interface Monogram {
  initials: string;
  /** Background colour; dark enough for white text at WCAG AA. */
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
  return { initials: initials.toUpperCase(), background: `hsl(${hash} 55% 30%)` };
}
