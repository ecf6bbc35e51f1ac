import assert from 'node:assert/strict';
import { mkdtempSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cardGlyphText, coveredByCardGlyphs } from '../../src/lib/card-glyphs.ts';
import { socialImageSvg, type SocialCard } from '../../src/lib/social-image.ts';

// The subset fonts are written into the cache; this test keeps its own.
process.env.SCIM_CATALOG_CACHE = mkdtempSync(path.join(os.tmpdir(), 'card-fonts-'));
const { FULL_CARD_FONTS, cardFonts, cardSubsetFonts, rasterise } = await import('../../src/catalog/social-images.ts');

/** Cards that between them draw every character the subset keeps, in both weights. */
function cardsOverEveryKeptCharacter(): SocialCard[] {
  const text = cardGlyphText();
  const cards: SocialCard[] = [];
  for (let i = 0; i < text.length; i += 44) {
    const chunk = text.slice(i, i + 44);
    cards.push({ title: chunk.slice(0, 22), badge: chunk.slice(22), tone: 'warn', line: chunk, footer: chunk });
  }
  // Kerning pairs and ligatures, the parts of a font a subsetter can lose.
  cards.push({ title: 'AVAWAYATToTaWaVo', badge: 'fi fl ffi ffl', tone: 'good', line: 'LT P. F, W. r. y, Te Tr Tu Ty We Wo Ya Ye Yo “Tõ” L’Oréal', footer: 'Łódź · 3.2× · €12 – 40%' });
  return cards;
}

describe('social card fonts', () => {
  it('draws every kept character exactly as the whole fonts do', async () => {
    const subset = await cardSubsetFonts();
    for (const card of cardsOverEveryKeptCharacter()) {
      const svg = socialImageSvg(card);
      const [whole, small] = await Promise.all([rasterise(svg, FULL_CARD_FONTS), rasterise(svg, subset)]);
      assert.ok(whole.pixels.equals(small.pixels), `the subset draws "${card.line}" differently`);
    }
  });

  it('keeps the subset files much smaller than the whole fonts', async () => {
    const subset = await cardSubsetFonts();
    subset.forEach((file, i) => assert.ok(statSync(file).size * 4 < statSync(FULL_CARD_FONTS[i]!).size, `${file} is not a subset`));
  });

  it('draws a card with a character outside the subset with the whole fonts', async () => {
    assert.deepEqual(await cardFonts(socialImageSvg({ title: 'Ωmega カタログ', badge: 'SCIM', tone: 'good', line: 'x', footer: 'y' })), FULL_CARD_FONTS);
    assert.deepEqual(await cardFonts(socialImageSvg({ title: 'Łódź × “Café”', badge: 'SCIM', tone: 'good', line: 'x', footer: 'y' })), await cardSubsetFonts());
  });

  it('tells covered text from uncovered, line breaks aside', () => {
    assert.equal(coveredByCardGlyphs('Slack\nEnterprise Grid – 3.2×'), true);
    assert.equal(coveredByCardGlyphs('Zoom 会议'), false);
    assert.equal(coveredByCardGlyphs('😀'), false);
  });
});
