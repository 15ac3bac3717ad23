// Renders media/icon.svg to media/icon.png (the extension's icon, 128 × 128) in Debian's
// Chromium: `node --import tsx scripts/render-icon.ts` after editing the SVG.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { launchChromium } from '../test/chromium.js';

const media = path.join(__dirname, '..', 'media');
const svg = readFileSync(path.join(media, 'icon.svg'), 'utf8');
void (async () => {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.screenshot({ path: path.join(media, 'icon.png'), omitBackground: true });
  } finally {
    await browser.close();
  }
})();
