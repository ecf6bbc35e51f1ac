/**
 * Renders social images to PNG with resvg and a font shipped in node_modules, so the
 * result does not depend on the machine's fonts; sharp encodes the PNG. Each image is
 * cached by a hash of its SVG, so a rebuild renders only the cards whose facts changed.
 * Cards are drawn with the fonts cut down to the characters cards use (see
 * lib/card-glyphs.ts): the pixels are the same, and resvg, which reads the font file
 * again for every glyph, spends half as long on each card.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import subsetFont from 'subset-font';
import { CARD_GLYPH_RANGES, cardGlyphText, coveredByCardGlyphs } from '../lib/card-glyphs.ts';
import { socialImageStats } from '../node/image-stats.ts';

const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];
/** The whole fonts: what every card used to be drawn with, and still is when a character falls outside the subset. */
export const FULL_CARD_FONTS = FONT_FILES.map((file) => path.join(fontDir, file));
const CACHE = path.resolve(process.env.SCIM_CATALOG_CACHE ?? 'node_modules/.astro', 'social-images');

/** Time spent on images in this build, read by the benchmark through the build log. */
const stats = socialImageStats();

let subsetFonts: Promise<string[]> | undefined;

/**
 * The fonts cut down to CARD_GLYPH_RANGES, written once into the cache under a name that
 * hashes their inputs (the font files, the ranges and the subsetter's version), so a
 * change to any of them makes new files instead of reusing stale ones.
 */
export function cardSubsetFonts(): Promise<string[]> {
  subsetFonts ??= (async () => {
    const version = (require('subset-font/package.json') as { version: string }).version;
    const sources = FULL_CARD_FONTS.map((file) => readFileSync(file));
    const hash = createHash('sha256').update(`${version}\n${JSON.stringify(CARD_GLYPH_RANGES)}\n`);
    for (const source of sources) hash.update(source);
    const key = hash.digest('hex').slice(0, 16);
    const dir = path.join(CACHE, 'fonts');
    mkdirSync(dir, { recursive: true });
    return Promise.all(
      FONT_FILES.map(async (file, i) => {
        const target = path.join(dir, `${key}-${file}`);
        if (!existsSync(target)) {
          const subset = await subsetFont(sources[i]!, cardGlyphText(), { targetFormat: 'truetype' });
          // Written aside, then renamed: a build running alongside never reads half a font.
          const partial = `${target}.${process.pid}.partial`;
          writeFileSync(partial, subset);
          renameSync(partial, target);
        }
        return target;
      }),
    );
  })();
  return subsetFonts;
}

/** The small fonts when they hold every character of the card, else the whole ones. */
export async function cardFonts(svg: string): Promise<string[]> {
  return coveredByCardGlyphs(svg) ? cardSubsetFonts() : FULL_CARD_FONTS;
}

/** The card's pixels (RGBA) as resvg draws them with the given font files. */
export async function rasterise(svg: string, fontFiles: string[]): Promise<{ width: number; height: number; pixels: Buffer }> {
  const image = await renderAsync(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } });
  return { width: image.width, height: image.height, pixels: image.pixels };
}

/**
 * SVG to PNG off the main thread: resvg rasterises on libuv's thread pool and sharp
 * encodes there too, so with Astro rendering several pages at once the images use
 * every core. Both are deterministic for the same input and versions.
 */
export async function renderPng(svg: string): Promise<Buffer> {
  const started = performance.now();
  try {
    const key = createHash('sha256').update(svg).digest('hex').slice(0, 24);
    const cached = path.join(CACHE, `${key}.png`);
    if (existsSync(cached)) {
      stats.cached++;
      return readFileSync(cached);
    }
    const fonts = await cardFonts(svg);
    if (fonts === FULL_CARD_FONTS) stats.wholeFonts++;
    const image = await rasterise(svg, fonts);
    const png = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
      .png({ compressionLevel: 6 })
      .toBuffer();
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(cached, png);
    stats.rendered++;
    return png;
  } finally {
    stats.ms += performance.now() - started;
  }
}
