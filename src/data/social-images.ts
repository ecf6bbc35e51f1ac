/**
 * Renders social images to PNG with resvg and a font shipped in node_modules, so the
 * result does not depend on the machine's fonts. Each image is cached by a hash of its
 * SVG, so a rebuild renders only the cards whose facts changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => path.join(fontDir, file));
const CACHE = path.resolve(process.env.SCIM_CATALOG_CACHE ?? 'node_modules/.astro', 'social-images');

/** Time spent on images in this build, read by the benchmark through the build log. */
const stats = ((globalThis as { __scimSocialImages?: { ms: number; rendered: number; cached: number } }).__scimSocialImages ??= { ms: 0, rendered: 0, cached: 0 });

export function renderPng(svg: string): Buffer {
  const started = performance.now();
  try {
    const key = createHash('sha256').update(svg).digest('hex').slice(0, 24);
    const cached = path.join(CACHE, `${key}.png`);
    if (existsSync(cached)) {
      stats.cached++;
      return readFileSync(cached);
    }
    const png = new Resvg(svg, { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(cached, png);
    stats.rendered++;
    return png;
  } finally {
    stats.ms += performance.now() - started;
  }
}
