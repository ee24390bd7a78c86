import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
await page.goto(`http://localhost:4400/utilities/${process.argv[2]}/`);
const out = await page.evaluate(() => {
  const res = [];
  const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  let n;
  while ((n = walker.nextNode())) {
    if (!/Not published/i.test(n.textContent)) continue;
    const el = n.parentElement;
    if (!el.checkVisibility()) continue;
    const sec = el.closest('section,details')?.id || el.closest('section,details')?.querySelector('h2,summary')?.textContent?.slice(0,30);
    const ctx = (el.closest('li,tr,div,p,dd')?.innerText || '').replace(/\s+/g, ' ').slice(0, 110);
    res.push(`${sec} | ${el.tagName}.${el.className} | ${ctx}`);
  }
  return res;
});
console.log(out.join('\n'));
await browser.close();
