/**
 * node bench/social-cards.ts [--cards 200] — what one social card costs: draws the same
 * cards one at a time with the whole fonts and with the cut-down ones, and prints the
 * CPU time per card (user and system, resvg drawing and sharp encoding apart) and
 * whether both font sets drew the same pixels. The cards are the real catalog's.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { deriveAppView } from '../src/lib/app-view.ts';
import { appSocialCard, socialImageSvg } from '../src/lib/social-image.ts';
import { readCatalogContext } from '../src/node/catalog-files.ts';
import { catalogValidation } from '../src/node/validate.ts';

const { values } = parseArgs({ options: { cards: { type: 'string', default: '200' } } });
process.env.SCIM_CATALOG_CACHE ??= mkdtempSync(path.join(os.tmpdir(), 'social-cards-'));
const { FULL_CARD_FONTS, cardSubsetFonts, rasterise } = await import('../src/catalog/social-images.ts');

const context = readCatalogContext();
const svgs = [...catalogValidation().entries]
  .slice(0, Number(values.cards))
  .map(([slug, app]) => socialImageSvg(appSocialCard(deriveAppView(slug, app, context))));
const subset = await cardSubsetFonts();

async function measure(fonts: string[]) {
  const draw = { user: 0, system: 0 };
  const encode = { user: 0, system: 0 };
  const pixels: Buffer[] = [];
  for (const svg of svgs) {
    let start = process.cpuUsage();
    const image = await rasterise(svg, fonts);
    let used = process.cpuUsage(start);
    draw.user += used.user;
    draw.system += used.system;
    start = process.cpuUsage();
    await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } }).png({ compressionLevel: 6 }).toBuffer();
    used = process.cpuUsage(start);
    encode.user += used.user;
    encode.system += used.system;
    pixels.push(image.pixels);
  }
  const ms = (micro: number) => (micro / 1000 / svgs.length).toFixed(2);
  return { row: `${ms(draw.user)} | ${ms(draw.system)} | ${ms(encode.user)} | ${ms(encode.system)} | ${ms(draw.user + draw.system + encode.user + encode.system)}`, pixels };
}

await measure(subset); // warm-up: loads the libraries and the font files into the page cache
const whole = await measure(FULL_CARD_FONTS);
const small = await measure(subset);
const same = whole.pixels.every((pixels, i) => pixels.equals(small.pixels[i]!));
console.log(`${svgs.length} cards of the catalog, one at a time, CPU ms per card:\n`);
console.log('| fonts | draw, user | draw, system | encode, user | encode, system | total |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
console.log(`| whole (DejaVu Sans) | ${whole.row} |`);
console.log(`| cut down to the card characters | ${small.row} |`);
console.log(`\nSame pixels with both: ${same ? 'yes' : 'NO'}`);
if (!same) process.exitCode = 1;
