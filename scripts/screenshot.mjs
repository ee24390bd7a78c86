/**
 * Screenshots built pages for review and for the README:
 *   node scripts/screenshot.mjs <url-path> <out.png> [width] [--dark] [--full] [--at=<css selector>] [--height=<px>]
 * `--at` scrolls the element to the top first (e.g. --at=#third-party). Needs a server on BASE_URL
 * (default http://localhost:4321), e.g. `npm run preview`.
 */
import { chromium } from '@playwright/test';
import { launchOptions } from '../tests/browser.ts';

const flag = (name) =>
  process.argv
    .find((a) => a.startsWith(`--${name}=`))
    ?.split('=')
    .slice(1)
    .join('=');
const [path = '/', out = 'screenshot.png', width = '1280'] = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'));
const dark = process.argv.includes('--dark');
const full = process.argv.includes('--full');
const browser = await chromium.launch(launchOptions());
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: Number(flag('height') ?? 900) },
    colorScheme: dark ? 'dark' : 'light',
  });
  await page.goto(new URL(path, process.env.BASE_URL ?? 'http://localhost:4321').href);
  const at = flag('at');
  if (at)
    await page
      .locator(at)
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: out, fullPage: full });
} finally {
  await browser.close();
}
