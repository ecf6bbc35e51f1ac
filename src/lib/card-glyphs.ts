/**
 * The characters the social cards' small fonts keep. Drawing a card, resvg reads its font
 * file once per glyph, so a 750 KB font costs more than drawing the card does; a font cut
 * down to these characters draws the same pixels for a fraction of that. A card that uses
 * any other character is drawn with the whole font.
 */

/** Inclusive code-point ranges: Latin with its accents, and the punctuation, currency and
 * arithmetic signs that app names, plans and prices use. */
export const CARD_GLYPH_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x024f], // Latin-1 Supplement, Latin Extended-A and -B (×, ·, é, ł…)
  [0x2010, 0x2027], // dashes, quotation marks, bullet, ellipsis
  [0x2030, 0x203a], // per mille, primes, angle quotation marks
  [0x20ac, 0x20ac], // euro sign
  [0x2122, 0x2122], // trade mark sign
  [0x2190, 0x2193], // arrows
  [0x2212, 0x2212], // minus sign
];

/** Every character of the ranges, in order: what the font subsetter is asked to keep. */
export function cardGlyphText(ranges: readonly (readonly [number, number])[] = CARD_GLYPH_RANGES): string {
  let text = '';
  for (const [first, last] of ranges) for (let code = first; code <= last; code++) text += String.fromCodePoint(code);
  return text;
}

/** Whether every character of `text` is in the ranges. Line breaks are layout, not glyphs. */
export function coveredByCardGlyphs(text: string, ranges: readonly (readonly [number, number])[] = CARD_GLYPH_RANGES): boolean {
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code === 0x0a || code === 0x0d || code === 0x09) continue;
    if (!ranges.some(([first, last]) => code >= first && code <= last)) return false;
  }
  return true;
}
