/**
 * Reader-first measurements of guide pages, at 360 × 800 and 1280 × 800:
 *   node scripts/measure-pages.mjs [--selector=#how-to] [url-path ...]   (server on BASE_URL)
 * For each guide: where the first how-to answer starts, in screens from the top (0 = top of the first
 * screen), the page length in screens, and the gzip-compressed weight of the HTML plus its CSS.
 * Without paths it measures every guide in the sitemap. Prints a Markdown table.
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { launchOptions } from '../tests/browser.ts';

const BASE = process.env.BASE_URL ?? 'http://localhost:4321';
const flag = (name) =>
  process.argv
    .find((a) => a.startsWith(`--${name}=`))
    ?.split('=')
    .slice(1)
    .join('=');
const selectors = (flag('selector') ?? '#how-to,#at-a-glance').split(',');
let paths = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!paths.length) {
  const xml = await (await fetch(new URL('/sitemap-0.xml', BASE))).text();
  // Guides only: directory pages share the URL pattern but have no how-to block.
  paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1]).pathname)
    .filter(
      (p) =>
        /^\/utilities\/[^/]+\/$/.test(p) &&
        ['md', 'mdx'].some((ext) => existsSync(`content/utilities/${p.split('/')[2]}.${ext}`)),
    );
}
const kb = (n) => (n / 1024).toFixed(1);
const browser = await chromium.launch(launchOptions());
const rows = [];
try {
  for (const path of paths) {
    const row = { path };
    for (const width of [360, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(new URL(path, BASE).href);
      const m = await page.evaluate((sels) => {
        const el = sels.map((s) => document.querySelector(s)).find(Boolean);
        const top = el ? el.getBoundingClientRect().top + window.scrollY : NaN;
        return {
          top,
          height: document.documentElement.scrollHeight,
          css: [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => l.href),
        };
      }, selectors);
      row[`first${width}`] = (m.top / 800).toFixed(2);
      row[`len${width}`] = (m.height / 800).toFixed(1);
      if (width === 360) {
        const html = await (await fetch(new URL(path, BASE))).arrayBuffer();
        let bytes = gzipSync(Buffer.from(html)).length;
        for (const href of m.css)
          bytes += gzipSync(Buffer.from(await (await fetch(href)).arrayBuffer())).length;
        row.kb = kb(bytes);
      }
      await page.close();
    }
    rows.push(row);
  }
} finally {
  await browser.close();
}
console.log(
  `| Guide | First answer at 360 (screens) | Length at 360 | First answer at 1280 | Length at 1280 | HTML+CSS gzip (kB) |`,
);
console.log('|---|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.path.split('/')[2]} | ${r.first360} | ${r.len360} | ${r.first1280} | ${r.len1280} | ${r.kb} |`,
  );
