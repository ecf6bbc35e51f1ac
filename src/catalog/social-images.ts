/**
 * Renders social images to PNG with resvg and a font shipped in node_modules, so the
 * result does not depend on the machine's fonts; sharp encodes the PNG. Each image is cached by a hash of its
 * SVG, so a rebuild renders only the cards whose facts changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';

const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => path.join(fontDir, file));
const CACHE = path.resolve(process.env.SCIM_CATALOG_CACHE ?? 'node_modules/.astro', 'social-images');

/** Time spent on images in this build, read by the benchmark through the build log. */
const stats = ((globalThis as { __scimSocialImages?: { ms: number; rendered: number; cached: number } }).__scimSocialImages ??= { ms: 0, rendered: 0, cached: 0 });

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
    const image = await renderAsync(svg, { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } });
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
