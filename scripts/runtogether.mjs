/**
 * Lists places where the text of two block elements runs together with no space between them
 * ("No.Formats:"), as search engines, screen readers and copy-paste see it (textContent):
 *   node scripts/runtogether.mjs <url-path> [...]   (needs a server on BASE_URL)
 */
import { chromium } from '@playwright/test';
import { launchOptions } from '../tests/browser.ts';
import { runTogether } from '../tests/e2e/text.ts';

const browser = await chromium.launch(launchOptions());
const page = await browser.newPage();
let total = 0;
for (const path of process.argv.slice(2)) {
  await page.goto(new URL(path, process.env.BASE_URL ?? 'http://localhost:4321').href);
  const found = await page.evaluate(runTogether);
  total += found.length;
  console.log(
    `${path}: ${found.length}${found.length ? `\n  ${found.slice(0, 15).join('\n  ')}` : ''}`,
  );
}
console.log(`total: ${total}`);
await browser.close();
