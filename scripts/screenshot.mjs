/**
 * Screenshots built pages for review and for the README:
 *   node scripts/screenshot.mjs <url-path> <out.png> [width] [--dark] [--full]
 * Needs `npm run preview` (or any server) on BASE_URL, default http://localhost:4321.
 */
import { chromium } from '@playwright/test';
import { launchOptions } from '../tests/browser.ts';

const [path = '/', out = 'screenshot.png', width = '1280'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dark = process.argv.includes('--dark');
const full = process.argv.includes('--full');
const browser = await chromium.launch(launchOptions());
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: dark ? 'dark' : 'light' });
  await page.goto(new URL(path, process.env.BASE_URL ?? 'http://localhost:4321').href);
  await page.screenshot({ path: out, fullPage: full });
} finally {
  await browser.close();
}
